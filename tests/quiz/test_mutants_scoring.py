"""Scoring edge cases found while triaging mutation-testing survivors (issue 14).

Each test builds or loads its own quiz, so that mutmut links it to the code it runs.
"""

from __future__ import annotations

import pytest

from nps_trainer.quiz.model import (
    Matching,
    MultipleResponse,
    MultipleResponseCredit,
    Option,
    OrderingCredit,
    Quiz,
    ScoringRules,
)
from nps_trainer.quiz.scoring import AnswerError, score, score_multiple, score_ordering

from .support import sample_quiz


def no_right_option() -> MultipleResponse:
    """An author's mistake the validator reports: no option is marked correct."""
    return MultipleResponse(
        id="broken",
        prompt="Tick the signs.",
        options=[Option("a", "Slow breathing"), Option("b", "Fast talking")],
    )


def test_a_question_without_a_right_option_never_gives_marks() -> None:
    question = no_right_option()
    quiz = Quiz(id="q", title="Q", version="1", modules=["m"], questions=[question], scoring=ScoringRules())
    assert score(quiz, question, ["a"]) == 0.0
    assert score_multiple(question, ["a"], MultipleResponseCredit.RIGHT_MINUS_WRONG) == 0.0
    assert score_multiple(question, [], MultipleResponseCredit.RIGHT_MINUS_WRONG) == 0.0


@pytest.mark.parametrize("rule", list(OrderingCredit))
def test_an_ordering_with_no_items_scores_nothing(rule: OrderingCredit) -> None:
    assert score_ordering([], ["s1", "s2"], rule) == 0.0


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (["s1", "s2", "s3", "s4"], 1.0),
        (["s2", "s1", "s3", "s4"], 0.0),  # every item given, wrong order
        (["s1", "s2", "s3", "s4", "s4"], 0.0),  # the right order plus a repeat
        (["s1", "s2", "s3", "s4", "x"], 0.0),  # the right order plus an unknown id
        (["s1", "s2", "s3"], 0.0),  # one missing
    ],
)
def test_all_or_nothing_ordering_needs_exactly_the_right_order(given: list[str], expected: float) -> None:
    quiz = sample_quiz()
    question = quiz.question("order")
    assert question is not None
    quiz.scoring.ordering = OrderingCredit.ALL_OR_NOTHING
    assert score(quiz, question, given) == expected


def test_a_matching_question_without_pairs_never_gives_marks() -> None:
    question = Matching(id="empty", prompt="Match.", pairs=[], distractors=["Tablet"])
    quiz = Quiz(id="q", title="Q", version="1", modules=["m"], questions=[question])
    assert score(quiz, question, {"p1": "Tablet"}) == 0.0


@pytest.mark.parametrize(
    ("question_id", "answer", "message"),
    [
        ("match", {"p1": 5}, "answer {'p1': 5} does not fit a matching question"),
        ("match", {1: "Nasal spray"}, "answer {1: 'Nasal spray'} does not fit a matching question"),
        ("multi", ["a", 2], "answer ['a', 2] does not fit a multiple-response question"),
        ("tf", 1, "answer 1 does not fit a true-false question"),
        ("single", 3, "answer 3 does not fit a single-choice question"),
    ],
)
def test_answers_of_the_wrong_shape_are_refused_with_a_message(question_id: str, answer: object, message: str) -> None:
    quiz = sample_quiz()
    question = quiz.question(question_id)
    assert question is not None
    with pytest.raises(AnswerError) as refused:
        score(quiz, question, answer)
    assert str(refused.value) == message
