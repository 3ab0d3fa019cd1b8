"""Attempts as the learner sees them: scenario steps, display orders, navigation and messages (issue 14).

Written while triaging mutation-testing survivors. Each test builds its own attempt, so that mutmut links
every test to the code it runs.
"""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime

import pytest

from nps_trainer.quiz.attempt import Attempt, AttemptError
from nps_trainer.quiz.model import Quiz, QuizMode, Scenario

from .support import sample_quiz

T0 = datetime(2026, 1, 5, 10, 0, tzinfo=UTC)
T1 = datetime(2026, 1, 5, 10, 7, 30, tzinfo=UTC)
SEEDS = range(30)


def test_a_scenario_choice_is_saved_with_its_time_and_named_in_the_outcome() -> None:
    attempt = Attempt.start(sample_quiz(), "practice", seed=3, now=T0)
    outcome = attempt.choose("scene", "wait", now=T1)
    assert outcome.choice.id == "wait" and outcome.choice.text == "Wait"
    assert outcome.next_node is not None and outcome.next_node.id == "breathe"
    saved = attempt.to_dict()["responses"]["scene"]
    assert saved == {"answer": ["wait"], "score": 0.0, "answered_at": "2026-01-05T10:07:30+00:00", "complete": False}
    last = attempt.choose("scene", "cpr", now=T0)
    assert last.choice.id == "cpr" and last.ending is not None and last.ending.id == "late"
    assert attempt.to_dict()["responses"]["scene"]["answered_at"] == "2026-01-05T10:00:00+00:00"


def test_messages_for_scenario_actions_that_are_not_allowed() -> None:
    attempt = Attempt.start(sample_quiz(), "practice", seed=3)
    attempt.choose("scene", "call")
    attempt.choose("scene", "cpr")
    with pytest.raises(AttemptError, match=r"^scenario 'scene' has already reached an ending$"):
        attempt.choose("scene", "cpr")
    with pytest.raises(AttemptError, match=r"^question 'tf' is not a scenario$"):
        attempt.scenario_choices("tf")
    with pytest.raises(AttemptError, match=r"^question 'single' is not a scenario$"):
        attempt.choose("single", "a")


def test_display_orders() -> None:
    quiz = sample_quiz()
    attempt = Attempt.start(quiz, "practice", seed=5)
    assert sorted(attempt.option_order("multi")) == ["a", "b", "c", "d"]
    assert sorted(attempt.option_order("order")) == ["s1", "s2", "s3", "s4"]
    assert sorted(attempt.option_order("match")) == sorted(
        ["Injection into a muscle", "Nasal spray", "Every 2-3 minutes", "Tablet"]
    )
    # Questions without options to lay out have no order, rather than an error.
    assert attempt.option_order("tf") == []
    assert attempt.option_order("short") == []
    assert attempt.option_order("scene") == []


def test_previous_goes_back_one_question_at_a_time() -> None:
    attempt = Attempt.start(sample_quiz(), "practice", seed=2)
    attempt.go_to(3)
    attempt.previous()
    assert attempt.position == 2
    attempt.previous()
    assert attempt.position == 1
    attempt.previous()
    attempt.previous()
    assert attempt.position == 0


def test_an_unfinished_scenario_is_recapped_as_not_finished() -> None:
    attempt = Attempt.start(sample_quiz(), "assessed", seed=4)
    attempt.choose("scene", "wait")
    result = attempt.finish()
    review = next(r for r in result.reviews if r.question_id == "scene")
    assert review.score == 0.0
    assert review.recap == ["Wait (risky): Time matters.", "Not finished."]


def first_choices(attempt: Attempt, question_id: str = "scene") -> list[str]:
    return [c.id for c in attempt.scenario_choices(question_id)]


def test_scenario_choices_keep_their_shuffled_order_for_a_seed() -> None:
    quiz = sample_quiz()
    assert quiz.shuffle.options
    for seed in SEEDS:
        attempt = Attempt.start(quiz, "practice", seed=seed)
        first = first_choices(attempt)
        assert sorted(first) == ["call", "wait"]
        assert first_choices(Attempt.start(quiz, "practice", seed=seed)) == first
        resumed = Attempt.from_dict(quiz, attempt.to_dict())
        assert first_choices(resumed) == first


def test_scenario_choices_are_shuffled_differently_by_seed_node_and_question() -> None:
    quiz = sample_quiz()
    scene = quiz.question("scene")
    assert isinstance(scene, Scenario)
    twin = copy.deepcopy(scene)
    twin.id = "scene-2"
    quiz.questions.append(twin)
    by_seed: set[tuple[str, ...]] = set()
    nodes_differ = questions_differ = False
    for seed in SEEDS:
        attempt = Attempt.start(quiz, "practice", seed=seed)
        find = first_choices(attempt)
        by_seed.add(tuple(find))
        attempt.choose("scene", "call")
        breathe = first_choices(attempt)
        # Same position of the best choice at both nodes, or not? It must vary, or learners could learn it.
        nodes_differ |= (find[0] == "call") != (breathe[0] == "cpr")
        questions_differ |= first_choices(attempt, "scene-2") != find
    assert len(by_seed) == 2
    assert nodes_differ and questions_differ


def test_choices_are_in_definition_order_without_option_shuffling() -> None:
    quiz: Quiz = sample_quiz()
    quiz.shuffle.options = False
    for seed in range(5):
        assert first_choices(Attempt.start(quiz, "practice", seed=seed)) == ["call", "wait"]


def test_going_past_the_last_question_is_refused_with_its_number() -> None:
    attempt = Attempt.start(sample_quiz(), "practice", seed=2)
    count = len(attempt.question_ids)
    assert count == 9
    with pytest.raises(AttemptError, match=r"^no question number 10$"):
        attempt.go_to(count)
    with pytest.raises(AttemptError, match=r"^no question number 0$"):
        attempt.go_to(-1)
    assert attempt.position == 0


def test_a_two_item_ordering_never_starts_in_the_right_order() -> None:
    from nps_trainer.quiz.model import Ordering, OrderItem

    question = Ordering(
        id="pair",
        prompt="Which comes first?",
        items=[OrderItem("call", "Call 999"), OrderItem("cpr", "Start CPR")],
    )
    quiz = Quiz(id="two", title="Two", version="1", modules=["m"], questions=[question])
    for seed in SEEDS:
        assert Attempt.start(quiz, "practice", seed=seed).option_order("pair") == ["cpr", "call"]


def test_times_are_saved_in_utc_whatever_the_computer_time_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    import time
    from datetime import timedelta, timezone

    monkeypatch.setenv("TZ", "Pacific/Auckland")
    time.tzset()
    try:
        paris = timezone(timedelta(hours=1))
        attempt = Attempt.start(sample_quiz(), "practice", seed=1, now=datetime(2026, 1, 5, 11, 0, tzinfo=paris))
        attempt.answer("tf", True, now=datetime(2026, 1, 5, 11, 30, tzinfo=paris))
        state = attempt.to_dict()
        assert state["started_at"] == "2026-01-05T10:00:00+00:00"
        assert state["responses"]["tf"]["answered_at"] == "2026-01-05T10:30:00+00:00"
        attempt.answer("single", "a")  # no time given: now, in UTC
        assert attempt.to_dict()["responses"]["single"]["answered_at"].endswith("+00:00")
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_resumed_attempt_keeps_answer_times_and_an_unfinished_scenario() -> None:
    quiz = sample_quiz()
    attempt = Attempt.start(quiz, "practice", seed=6, now=T0)
    attempt.answer("tf", True, now=T1)
    attempt.choose("scene", "wait", now=T0)
    resumed = Attempt.from_dict(quiz, json.loads(json.dumps(attempt.to_dict())))
    assert resumed.to_dict() == attempt.to_dict()
    tf = resumed.response("tf")
    assert tf is not None and tf.answered_at == "2026-01-05T10:07:30+00:00" and tf.score == 1.0
    scene = resumed.response("scene")
    assert scene is not None and scene.complete is False and scene.answer == ["wait"]
    assert not resumed.is_answered("scene") and "scene" in resumed.unanswered()
    assert resumed.is_answered("tf") and "tf" not in resumed.unanswered()


def test_messages_for_attempt_actions_that_are_not_allowed() -> None:
    from nps_trainer.quiz.scoring import AnswerError

    quiz = sample_quiz()
    attempt = Attempt.start(quiz, "practice", seed=1)
    with pytest.raises(AttemptError, match=r"^question 'nothing' is not part of this attempt$"):
        attempt.answer("nothing", "a")
    attempt.answer("multi", ["a"])
    with pytest.raises(AttemptError, match=r"^question 'multi' has already been answered in practice mode$"):
        attempt.answer("multi", ["a", "b"])
    with pytest.raises(AnswerError, match=r"^choice 'cpr' is not offered at node 'find'$"):
        attempt.answer("scene", ["cpr"])
    with pytest.raises(AnswerError, match=r"^answer 'call' does not fit a scenario question$"):
        attempt.answer("scene", "call")
    with pytest.raises(AttemptError, match=r"^the attempt is not finished$"):
        attempt.result()
    state = attempt.to_dict()
    with pytest.raises(AttemptError, match=r"^unknown attempt format 2$"):
        Attempt.from_dict(quiz, {**state, "format": 2})
    other = sample_quiz()
    other.id = "other"
    with pytest.raises(AttemptError, match=r"^attempt is for quiz 'sample', not 'other'$"):
        Attempt.from_dict(other, state)


def test_a_saved_state_without_responses_resumes_with_none() -> None:
    quiz = sample_quiz()
    state = Attempt.start(quiz, "practice", seed=1).to_dict()
    del state["responses"]
    resumed = Attempt.from_dict(quiz, state)
    assert resumed.responses == {} and len(resumed.unanswered()) == 9


def test_no_feedback_before_an_answer() -> None:
    attempt = Attempt.start(sample_quiz(), "practice", seed=1)
    assert attempt.feedback("tf") is None
    attempt.choose("scene", "wait")
    assert attempt.feedback("scene") is None  # not finished yet


def test_the_result_records_the_quiz_and_when_it_was_finished() -> None:
    attempt = Attempt.start(sample_quiz(), "assessed", seed=1, now=T0)
    result = attempt.finish(now=T1)
    assert (result.quiz_id, result.quiz_version, result.mode) == ("sample", "2.1", QuizMode.ASSESSED)
    assert (result.started_at, result.finished_at) == ("2026-01-05T10:00:00+00:00", "2026-01-05T10:07:30+00:00")
    assert attempt.to_dict()["finished_at"] == "2026-01-05T10:07:30+00:00"
    assert result.percent == 0.0 and not result.passed and result.answered == 0


def test_the_percentage_is_rounded_to_two_places() -> None:
    from nps_trainer.quiz.model import TrueFalse

    questions = [TrueFalse(id=f"q{i}", prompt=f"Statement {i}.", answer=True) for i in range(3)]
    quiz = Quiz(id="thirds", title="Thirds", version="1", modules=["m"], questions=questions, pass_mark=33.33)
    attempt = Attempt.start(quiz, "assessed", seed=1)
    attempt.answer("q0", True)
    result = attempt.finish()
    assert result.percent == 33.33 and result.passed


def test_a_quiz_without_questions_scores_nothing() -> None:
    quiz = Quiz(id="empty", title="Empty", version="1", modules=["m"], questions=[], pass_mark=0.5)
    attempt = Attempt.start(quiz, "practice", seed=1)
    assert attempt.current_question is None
    result = attempt.finish()
    assert result.percent == 0.0 and not result.passed and result.reviews == []


def test_a_finished_attempt_refuses_changes_with_a_message() -> None:
    attempt = Attempt.start(sample_quiz(), "assessed", seed=1)
    attempt.finish()
    for action in (lambda: attempt.answer("tf", True), lambda: attempt.go_to(0), attempt.finish):
        with pytest.raises(AttemptError, match=r"^the attempt is finished$"):
            action()


def test_messages_when_an_attempt_cannot_start_or_resume() -> None:
    quiz = sample_quiz()
    with pytest.raises(AttemptError, match=r"^an attempt is either practice or assessed$"):
        Attempt.start(quiz, "either")
    quiz.mode = QuizMode.ASSESSED
    with pytest.raises(AttemptError, match=r"^quiz 'sample' can only be taken in assessed mode$"):
        Attempt.start(quiz, "practice")
    state = Attempt.start(sample_quiz(), "practice", seed=1).to_dict()
    fewer = sample_quiz()
    fewer.questions = [q for q in fewer.questions if q.id != "tf"]
    with pytest.raises(AttemptError, match=r"^question 'tf' is no longer in quiz 'sample'; the attempt cannot resume$"):
        Attempt.from_dict(fewer, state)


def test_without_a_seed_each_attempt_gets_its_own_reproducible_seed() -> None:
    quiz = sample_quiz()
    attempts = [Attempt.start(quiz, "practice") for _ in range(200)]
    seeds = {a.seed for a in attempts}
    assert len(seeds) > 150 and all(isinstance(s, int) and s >= 0 for s in seeds)  # few repeats of a layout
    first = attempts[0]
    again = Attempt.start(quiz, "practice", seed=first.seed)
    assert again.question_ids == first.question_ids
    assert again.option_order("multi") == first.option_order("multi")


def test_answers_saved_before_completeness_was_recorded_count_as_complete() -> None:
    quiz = sample_quiz()
    attempt = Attempt.start(quiz, "practice", seed=1)
    attempt.answer("tf", True)
    state = attempt.to_dict()
    del state["responses"]["tf"]["complete"]
    resumed = Attempt.from_dict(quiz, state)
    assert resumed.is_answered("tf") and resumed.feedback("tf") is not None


def test_a_new_attempt_saves_exactly_the_documented_state() -> None:
    state = Attempt.start(sample_quiz(), "practice", seed=4, now=T0).to_dict()
    assert sorted(state) == sorted([
        "format", "quiz_id", "quiz_version", "mode", "seed", "question_ids", "option_orders", "position",
        "responses", "status", "started_at", "finished_at",
    ])  # fmt: skip
    assert (state["format"], state["mode"], state["position"], state["status"]) == (1, "practice", 0, "in-progress")
    assert (state["responses"], state["started_at"], state["finished_at"]) == ({}, "2026-01-05T10:00:00+00:00", None)
