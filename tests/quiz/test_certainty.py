"""Certainty-based marking as Moodle does it: the six marks, partial credit, averages, the judgement of each
certainty level at its boundaries, the wording learners read, and a practice attempt that uses it."""

from __future__ import annotations

import json

import pytest

from nps_trainer.quiz.attempt import Attempt, AttemptError
from nps_trainer.quiz.certainty import (
    CbmSummary,
    Certainty,
    Judgement,
    MarkedAnswer,
    cbm_mark,
    certainty_from,
    judge,
    mark_sentence,
    mark_text,
    mark_words,
)
from nps_trainer.quiz.scoring import AnswerError

from .support import sample_quiz


# -- marks --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("certainty", "right", "wrong"), [(1, 1, 0), (2, 2, -2), (3, 3, -6)])
def test_the_six_marks(certainty: int, right: float, wrong: float) -> None:
    assert cbm_mark(1.0, certainty) == right
    assert cbm_mark(0.0, certainty) == wrong


@pytest.mark.parametrize(("score", "certainty", "mark"), [
    (0.5, 3, 1.5), (0.5, 2, 1.0), (0.5, 1, 0.5), (0.25, 3, 0.75),
    (1e-7, 3, 3e-7),  # above Moodle's tolerance of 5e-8: still (a very little) right
    (4e-8, 3, -6),  # within it: wrong
])
def test_partial_credit_scales_the_right_mark_and_is_never_penalised(score: float, certainty: int,
                                                                     mark: float) -> None:
    assert cbm_mark(score, certainty) == pytest.approx(mark)


def test_an_answer_without_a_certainty_counts_as_not_sure_as_in_moodle() -> None:
    assert (cbm_mark(1.0, None), cbm_mark(0.0, None)) == (1, 0)


@pytest.mark.parametrize("bad", [0, 4, -1, "3", 2.0, True, None])
def test_a_certainty_must_be_1_2_or_3(bad: object) -> None:
    with pytest.raises(ValueError, match="certainty must be 1, 2 or 3"):
        certainty_from(bad)


def test_marks_as_shown_and_as_spoken() -> None:
    assert [mark_text(m) for m in (3, 0, -6, 1.5, -2.0, 0.75)] == ["+3", "0", "−6", "+1.5", "−2", "+0.75"]
    assert [mark_words(m) for m in (3, -6, 0)] == ["plus 3", "minus 6", "0"]
    assert Certainty.VERY_SURE.label == "Very sure (3)" and Certainty.NOT_SURE.words == "not sure"
    assert mark_sentence(0.0, 3) == "You said Very sure (3) and your answer was not right: certainty-based mark −6."
    assert mark_sentence(0.5, 3) == ("You said Very sure (3) and your answer was partly right (50%): "
                                     "certainty-based mark +1.5.")
    assert mark_sentence(1.0, 2, spoken=True).endswith("was right: certainty-based mark plus 2.")


# -- judgement at the boundaries ----------------------------------------------------------------------------
@pytest.mark.parametrize(("certainty", "accuracy", "answers", "expected"), [
    # not sure: best below 2/3; it cannot be over-confident
    (Certainty.NOT_SURE, 0.0, 20, Judgement.OK),
    (Certainty.NOT_SURE, 2 / 3, 30, Judgement.OK),  # on the limit
    (Certainty.NOT_SURE, 0.7, 30, Judgement.SLIGHTLY_UNDER),  # (0.7 − 2/3)² × 30 = 0.033
    (Certainty.NOT_SURE, 1.0, 4, Judgement.SLIGHTLY_UNDER),  # (1/3)² × 4 = 0.44
    (Certainty.NOT_SURE, 1.0, 5, Judgement.UNDER),  # (1/3)² × 5 = 0.56
    # fairly sure: best from 2/3 to 80%
    (Certainty.FAIRLY_SURE, 2 / 3, 50, Judgement.OK),
    (Certainty.FAIRLY_SURE, 0.8, 50, Judgement.OK),
    (Certainty.FAIRLY_SURE, 0.6666, 50, Judgement.SLIGHTLY_OVER),  # just below the limit, beyond the tolerance
    (Certainty.FAIRLY_SURE, 0.5, 18, Judgement.SLIGHTLY_OVER),  # (1/6)² × 18 = 0.5: not more than 0.5
    (Certainty.FAIRLY_SURE, 0.5, 19, Judgement.OVER),
    (Certainty.FAIRLY_SURE, 0.8001, 50, Judgement.SLIGHTLY_UNDER),
    (Certainty.FAIRLY_SURE, 1.0, 13, Judgement.UNDER),  # 0.04 × 13 = 0.52
    # very sure: best above 80%; it cannot be under-confident
    (Certainty.VERY_SURE, 0.8, 50, Judgement.OK),
    (Certainty.VERY_SURE, 1.0, 50, Judgement.OK),
    (Certainty.VERY_SURE, 0.6, 12, Judgement.SLIGHTLY_OVER),  # 0.04 × 12 = 0.48
    (Certainty.VERY_SURE, 0.6, 13, Judgement.OVER),  # 0.04 × 13 = 0.52
])
def test_judgement_against_the_optimal_ranges(certainty: Certainty, accuracy: float, answers: int,
                                              expected: Judgement) -> None:
    assert judge(certainty, accuracy, answers) is expected


def _summary(*answers: tuple[float, int | None, bool]) -> CbmSummary:
    return CbmSummary(tuple(MarkedAnswer(f"q{n}", s, c, a) for n, (s, c, a) in enumerate(answers, 1)))


# -- averages and accuracy ----------------------------------------------------------------------------------
def test_accuracy_and_average_over_the_whole_quiz_and_over_the_answers_given() -> None:
    summary = _summary((1.0, 3, True), (0.0, 3, True), (0.5, 2, True), (1.0, 1, True), (0.0, None, False))
    marks = [a.mark for a in summary.answers]
    assert marks == [3, -6, 1.0, 1, 0]
    assert summary.accuracy == pytest.approx(2.5 / 5) and summary.average == pytest.approx(-1 / 5)
    assert summary.answered_accuracy == pytest.approx(2.5 / 4) and summary.answered_average == pytest.approx(-1 / 4)
    levels = {level.certainty: (level.answers, level.accuracy) for level in summary.levels}
    assert levels == {Certainty.VERY_SURE: (2, 0.5), Certainty.FAIRLY_SURE: (1, 0.5), Certainty.NOT_SURE: (1, 1.0)}
    assert [level.certainty for level in summary.levels] == [3, 2, 1]  # very sure first, as Moodle lists them


# -- the words the learner reads ----------------------------------------------------------------------------
def test_over_confidence_in_plain_words() -> None:
    # 13 answers very sure, 8 right (62%): (0.62 − 0.8)² × 13 = 0.44, so only a little over-confident
    lines = _summary(*[(1.0, 3, True)] * 8, *[(0.0, 3, True)] * 5).lines()
    assert lines[0] == "Accuracy: 62% (how much you got right, leaving certainty aside)."
    # (8 × 3 − 5 × 6) / 13 = −0.46
    assert lines[1].startswith("Average certainty-based mark: −0.46 a question. The best possible is 3")
    assert lines[2] == ("You were a little over-confident: when you were very sure you were right only 62% of the "
                        "time. Very sure pays best only when you expect to be right at least 80% of the time. (You "
                        "said Very sure (3) 13 times.)")
    assert len(lines) == 3  # no "well judged"
    # 15 answers very sure, 9 right (60%): 0.04 × 15 = 0.6
    lines = _summary(*[(1.0, 3, True)] * 9, *[(0.0, 3, True)] * 6).lines()
    assert lines[2].startswith("You were over-confident: when you were very sure you were right only 60% of the time.")


def test_under_confidence_in_plain_words() -> None:
    lines = _summary(*[(1.0, 1, True)] * 5).lines()
    assert lines[2] == ("You were under-confident: when you were not sure you were right 100% of the time. Above 67%, "
                        "Fairly sure earns more marks, so you can trust yourself more. (You said Not sure (1) 5 "
                        "times.)")
    lines = _summary(*[(1.0, 2, True)] * 9, (0.0, 2, True)).lines()  # 90% when fairly sure
    assert lines[2].startswith("You were a little under-confident: when you were fairly sure you were right 90% of "
                               "the time. Above 80%, Very sure earns more marks")


def test_well_judged_certainty_at_the_boundaries() -> None:
    # exactly 80% when very sure, exactly 2 in 3 when not sure, exactly 80% when fairly sure: all well judged
    lines = _summary(*[(1.0, 3, True)] * 4, (0.0, 3, True), (1.0, 1, True), (1.0, 1, True), (0.0, 1, True),
                     *[(1.0, 2, True)] * 4, (0.0, 2, True)).lines()
    assert "When you were very sure you were right 80% of the time, which suits Very sure (above 80%). (You said " \
           "Very sure (3) 5 times.)" in lines
    assert any(line.startswith("When you were fairly sure you were right 80% of the time, which suits Fairly sure "
                               "(between 67% and 80%)") for line in lines)
    assert any(line.startswith("When you were not sure you were right 67% of the time, which suits Not sure "
                               "(below 67%). (You said Not sure (1) 3 times.)") for line in lines)
    assert lines[-1] == "Your certainty matched how often you were right: well judged."


def test_a_percentage_that_would_read_as_the_limit_gets_a_decimal_place() -> None:
    # 79.6% when very sure rounds to 80%, yet it is below the range: say 79.6%
    summary = _summary(*[(0.796, 3, True)] * 10)
    assert summary.levels[0].judgement is Judgement.SLIGHTLY_OVER
    assert "you were right only 79.6% of the time" in summary.lines()[2]


def test_unanswered_questions_are_reported_apart_and_none_answered_says_so() -> None:
    lines = _summary((1.0, 2, True), (0.0, None, False), (0.0, None, False), (0.0, None, False)).lines()
    assert lines[0].startswith("Accuracy: 25%") and lines[1].startswith("Average certainty-based mark: 0.5 a")
    assert lines[2] == "For the 1 of 4 questions you answered: accuracy 100%, average 2."
    assert _summary((0.0, None, False)).lines() == [
        "You did not answer any questions marked for certainty, so there is no certainty-based mark."]


# -- in an attempt ------------------------------------------------------------------------------------------
def test_a_practice_attempt_with_certainty_based_marking() -> None:
    quiz = sample_quiz()
    attempt = Attempt.start(quiz, "practice", seed=3, cbm=True)
    assert attempt.cbm and attempt.asks_certainty("single") and not attempt.asks_certainty("scene")
    with pytest.raises(AnswerError, match="say how sure you are"):
        attempt.answer("single", "a")
    assert not attempt.is_answered("single")  # refused: nothing recorded, the question is still open
    with pytest.raises(AnswerError, match="certainty must be 1, 2 or 3"):
        attempt.answer("single", "a", certainty=4)
    with pytest.raises(AttemptError, match="not marked for certainty"):
        attempt.answer("scene", ["call"], certainty=2)
    attempt.answer("single", "a", certainty=3)
    attempt.answer("tf", False, certainty=3)  # wrong, very sure
    attempt.answer("match", {"p1": "Injection into a muscle", "p2": "Every 2-3 minutes", "p3": "Nasal spray"},
                   certainty=2)  # one pair of three right
    attempt.answer("scene", ["call", "cpr"])
    assert attempt.response("single").certainty == 3 and attempt.response("scene").certainty is None

    resumed = Attempt.from_dict(quiz, json.loads(json.dumps(attempt.to_dict())))  # as saved and resumed
    assert resumed.cbm and resumed.response("tf").certainty == 3 and resumed.response("match").certainty == 2
    result = resumed.finish()
    cbm = result.cbm
    assert cbm is not None and "scene" not in {a.question_id for a in cbm.answers}
    assert cbm.questions == len(quiz.questions) - 1
    assert cbm.mark_for("single").mark == 3 and cbm.mark_for("tf").mark == -6
    match_score = cbm.mark_for("match").score
    assert 0 < match_score < 1 and cbm.mark_for("match").mark == pytest.approx(2 * match_score)
    assert cbm.answered_average == pytest.approx((3 - 6 + 2 * match_score) / 3)
    assert result.percent == pytest.approx(100 * (1 + match_score + 1) / len(quiz.questions), abs=0.01)


def test_without_certainty_based_marking_nothing_changes() -> None:
    quiz = sample_quiz()
    attempt = Attempt.start(quiz, "practice", seed=3)
    assert not attempt.cbm and "cbm" not in attempt.to_dict()
    with pytest.raises(AttemptError, match="not marked for certainty"):
        attempt.answer("single", "a", certainty=3)
    attempt.answer("single", "a")
    assert "certainty" not in attempt.to_dict()["responses"]["single"]
    assert attempt.finish().cbm is None


def test_assessed_attempts_cannot_use_certainty_based_marking() -> None:
    with pytest.raises(AttemptError, match="practice attempts only"):
        Attempt.start(sample_quiz(), "assessed", cbm=True)


def test_a_saved_certainty_that_is_not_1_2_or_3_is_refused_on_resuming() -> None:
    quiz = sample_quiz()
    attempt = Attempt.start(quiz, "practice", seed=3, cbm=True)
    attempt.answer("single", "a", certainty=1)
    state = attempt.to_dict()
    state["responses"]["single"]["certainty"] = 7
    with pytest.raises(ValueError, match="certainty must be 1, 2 or 3, not 7"):
        Attempt.from_dict(quiz, state)
