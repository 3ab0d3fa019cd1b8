from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from nps_trainer.quiz.attempt import Attempt, AttemptError, AttemptStatus
from nps_trainer.quiz.model import QuizMode
from nps_trainer.quiz.scoring import AnswerError

from .support import sample_quiz

T0 = datetime(2026, 1, 5, 10, 0, tzinfo=UTC)

RIGHT = {
    "single": "a",
    "multi": ["a", "b"],
    "multi-strict": ["x", "y"],
    "tf": True,
    "order": ["s1", "s2", "s3", "s4"],
    "order-lcs": ["a", "b", "c", "d", "e"],
    "match": {"p1": "Injection into a muscle", "p2": "Nasal spray", "p3": "Every 2-3 minutes"},
    "short": "999",
    "scene": ["call", "cpr"],
}


def roundtrip(attempt: Attempt) -> Attempt:
    """What the storage layer does: save as JSON text, read it back later."""
    return Attempt.from_dict(attempt.quiz, json.loads(json.dumps(attempt.to_dict())))


def test_same_seed_gives_the_same_layout_and_a_different_seed_usually_does_not() -> None:
    quiz = sample_quiz()
    a, b = Attempt.start(quiz, "practice", seed=7), Attempt.start(quiz, "practice", seed=7)
    assert a.question_ids == b.question_ids
    assert a.option_order("multi") == b.option_order("multi")
    layouts = {tuple(Attempt.start(quiz, "practice", seed=s).question_ids) for s in range(10)}
    assert len(layouts) > 1
    assert sorted(a.question_ids) == sorted(q.id for q in quiz.questions)


def test_ordering_items_never_start_in_the_right_order() -> None:
    quiz = sample_quiz()
    for seed in range(20):
        assert Attempt.start(quiz, "assessed", seed=seed).option_order("order") != ["s1", "s2", "s3", "s4"]


def test_random_draw_by_tag() -> None:
    from nps_trainer.quiz.model import Draw, Selection

    quiz = sample_quiz()
    quiz.selection = Selection([Draw(2, "steps"), Draw(1, "signs"), Draw(1)])
    for seed in range(10):
        ids = Attempt.start(quiz, "practice", seed=seed).question_ids
        assert len(ids) == 4 and len(set(ids)) == 4
        assert {"order", "order-lcs"} <= set(ids)
        assert {"multi", "multi-strict"} & set(ids)


def test_practice_mode_gives_feedback_at_once_and_locks_the_answer() -> None:
    attempt = Attempt.start(sample_quiz(), QuizMode.PRACTICE, seed=1, now=T0)
    feedback = attempt.answer("multi", ["a", "c"], now=T0)
    assert feedback is not None
    assert feedback.score == 0.0
    assert feedback.comments == ["Yes.", "Yes.", "No."]
    assert feedback.explanation == "Slow breathing and blue lips."
    assert str(feedback.source) == "overdose-response#recognising-an-opioid-overdose"
    with pytest.raises(AttemptError):
        attempt.answer("multi", ["a", "b"])


def test_assessed_mode_holds_feedback_until_the_end_and_allows_changes() -> None:
    attempt = Attempt.start(sample_quiz(), QuizMode.ASSESSED, seed=1, now=T0)
    assert attempt.answer("single", "b", now=T0) is None
    assert attempt.answer("single", "a", now=T0) is None
    assert attempt.feedback("single") is None
    result = attempt.finish(now=T0)
    review = next(r for r in result.reviews if r.question_id == "single")
    assert review.score == 1.0 and review.your_answer == "999" and review.right_answer == "999"
    assert review.comments == ["Right: 999 # the one to remember."]


def test_mode_must_be_allowed_by_the_quiz() -> None:
    quiz = sample_quiz()
    quiz.mode = QuizMode.ASSESSED
    with pytest.raises(AttemptError):
        Attempt.start(quiz, "practice")
    with pytest.raises(AttemptError):
        Attempt.start(sample_quiz(), "either")


def test_scenario_step_by_step_in_practice_mode() -> None:
    attempt = Attempt.start(sample_quiz(), "practice", seed=3)
    assert {c.id for c in attempt.scenario_choices("scene")} == {"call", "wait"}
    step = attempt.choose("scene", "wait")
    assert step.rationale == "Time matters." and step.next_node is not None and step.ending is None
    assert not attempt.is_answered("scene")
    step = attempt.choose("scene", "cpr")
    assert step.ending is not None and step.ending.id == "late"
    assert step.review is not None and step.review.score == 0.25
    assert step.review.recap[-1] == "Ending: Late (score 25%)"
    with pytest.raises(AttemptError):
        attempt.choose("scene", "cpr")


def test_assessed_scenario_hides_rationales() -> None:
    attempt = Attempt.start(sample_quiz(), "assessed", seed=3)
    step = attempt.choose("scene", "call")
    assert step.rationale is None and step.review is None


def test_bad_answers_are_refused_and_not_saved() -> None:
    attempt = Attempt.start(sample_quiz(), "practice", seed=3)
    with pytest.raises(AnswerError):
        attempt.answer("tf", "yes")
    with pytest.raises(AnswerError):
        attempt.answer("scene", ["cpr"])
    with pytest.raises(AttemptError):
        attempt.answer("no-such-question", "a")
    assert attempt.responses == {}


def test_serialise_resume_and_continue_gives_the_same_result() -> None:
    quiz = sample_quiz()
    ids = list(RIGHT)
    answers = {**RIGHT, "multi": ["a"], "order": ["s2", "s1", "s3", "s4"], "scene": ["wait", "cpr"]}

    straight = Attempt.start(quiz, "assessed", seed=42, now=T0)
    for qid in ids:
        straight.answer(qid, answers[qid], now=T0)
    expected = straight.finish(now=T0)

    resumed = Attempt.start(quiz, "assessed", seed=42, now=T0)
    for qid in ids[:4]:
        resumed.answer(qid, answers[qid], now=T0)
        resumed = roundtrip(resumed)  # saved after every answer, as if the app were killed each time
    resumed.choose("scene", "wait", now=T0)
    resumed = roundtrip(resumed)  # mid-scenario
    assert [s.choice.id for s in resumed.scenario_walk("scene").steps] == ["wait"]
    resumed.choose("scene", "cpr", now=T0)
    for qid in ids[4:-1]:
        resumed.answer(qid, answers[qid], now=T0)
    resumed = roundtrip(resumed)
    result = roundtrip(resumed).finish(now=T0)

    assert result == expected
    assert result.percent == pytest.approx(100 * (1 + 0.5 + 1 + 1 + 0.5 + 1 + 1 + 1 + 0.25) / 9, abs=0.01)
    assert result.passed  # pass mark 60
    finished = roundtrip(resumed)
    assert finished.status is AttemptStatus.IN_PROGRESS  # the copy before finish() is still open


def test_finished_attempt_survives_a_round_trip_and_is_closed() -> None:
    attempt = Attempt.start(sample_quiz(), "practice", seed=1, now=T0)
    attempt.answer("tf", False, now=T0)
    result = attempt.finish(now=T0)
    again = roundtrip(attempt)
    assert again.finished and again.result() == result
    assert not result.passed and result.answered == 1
    with pytest.raises(AttemptError):
        again.answer("single", "a")


def test_state_is_plain_json_with_times_per_answer() -> None:
    attempt = Attempt.start(sample_quiz(), "practice", seed=9, now=T0)
    attempt.answer("short", "  Nine nine NINE. ", now=T0)
    state = attempt.to_dict()
    assert json.loads(json.dumps(state)) == state
    assert state["responses"]["short"] == {
        "answer": "  Nine nine NINE. ",
        "score": 1.0,
        "answered_at": "2026-01-05T10:00:00+00:00",
        "complete": True,
    }
    assert state["seed"] == 9 and state["quiz_version"] == "2.1"


def test_resume_refuses_another_quiz_and_flags_a_changed_version() -> None:
    quiz = sample_quiz()
    state = Attempt.start(quiz, "practice", seed=1).to_dict()
    other = sample_quiz()
    other.id = "other"
    with pytest.raises(AttemptError):
        Attempt.from_dict(other, state)
    newer = sample_quiz()
    newer.version = "2.2"
    assert Attempt.from_dict(newer, state).quiz_changed
    fewer = sample_quiz()
    fewer.questions = fewer.questions[1:]
    with pytest.raises(AttemptError):
        Attempt.from_dict(fewer, state)


def test_navigation() -> None:
    attempt = Attempt.start(sample_quiz(), "practice", seed=2)
    first = attempt.current_question
    assert first is not None and first.id == attempt.question_ids[0]
    assert attempt.next() is not None and attempt.position == 1
    assert attempt.previous() is not None and attempt.position == 0
    attempt.go_to(len(attempt.question_ids) - 1)
    attempt.next()
    assert attempt.position == len(attempt.question_ids) - 1
    attempt.finish()
    assert attempt.current_question is None
