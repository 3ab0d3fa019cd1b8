from __future__ import annotations

import pytest

from nps_trainer.quiz.model import MultipleResponseCredit, OrderingCredit
from nps_trainer.quiz.normalise import normalise_answer
from nps_trainer.quiz.scoring import AnswerError, score, score_ordering

from .support import sample_quiz

QUIZ = sample_quiz()


def s(question_id: str, answer: object) -> float:
    question = QUIZ.question(question_id)
    assert question is not None
    return score(QUIZ, question, answer)


@pytest.mark.parametrize(
    ("answer", "expected"), [("a", 1.0), ("b", 0.0), ("c", 0.5), (None, 0.0), ("", 0.0), ("zzz", 0.0)]
)
def test_single_choice_including_partial_credit_and_empty(answer: object, expected: float) -> None:
    assert s("single", answer) == expected


@pytest.mark.parametrize(
    ("ticked", "expected"),
    [
        (["a", "b"], 1.0),
        (["b", "a"], 1.0),
        (["a"], 0.5),
        (["a", "c"], 0.0),  # 1/2 right - 1/2 wrong
        (["a", "b", "c"], 0.5),
        (["a", "b", "c", "d"], 0.0),  # everything ticked
        (["c", "d"], 0.0),  # never below zero
        ([], 0.0),
        (None, 0.0),
        (["a", "a", "b"], 1.0),  # repeats count once
    ],
)
def test_multiple_response_right_minus_wrong(ticked: list[str] | None, expected: float) -> None:
    assert s("multi", ticked) == pytest.approx(expected)


@pytest.mark.parametrize(("ticked", "expected"), [(["x", "y"], 1.0), (["x"], 0.0), (["x", "y", "z"], 0.0), ([], 0.0)])
def test_multiple_response_all_or_nothing(ticked: list[str], expected: float) -> None:
    question = QUIZ.question("multi-strict")
    assert question is not None and QUIZ.multiple_response_credit(question) is MultipleResponseCredit.ALL_OR_NOTHING
    assert s("multi-strict", ticked) == expected


def test_true_false() -> None:
    assert s("tf", True) == 1.0
    assert s("tf", False) == 0.0
    assert s("tf", None) == 0.0


@pytest.mark.parametrize(
    ("order", "expected"),
    [
        (["s1", "s2", "s3", "s4"], 1.0),
        (["s2", "s1", "s3", "s4"], 0.5),
        (["s4", "s3", "s2", "s1"], 0.0),
        (["s1", "s2"], 0.5),  # partial ordering: the first two placed
        ([], 0.0),
        (["s1", "s1", "s1", "s1"], 0.25),
    ],
)
def test_ordering_by_position(order: list[str], expected: float) -> None:
    assert s("order", order) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("order", "expected"),
    [
        (["a", "b", "c", "d", "e"], 1.0),
        (["b", "c", "d", "e", "a"], 0.8),  # four in the right relative order, none in the right place
        (["e", "d", "c", "b", "a"], 0.0),  # a run of one earns nothing
        (["a", "c"], 0.4),  # partial
        (["c", "a", "b"], 0.4),
        (["a", "x", "b", "a"], 0.4),  # unknown and repeated ids ignored
        ([], 0.0),
    ],
)
def test_ordering_longest_subsequence(order: list[str], expected: float) -> None:
    assert s("order-lcs", order) == pytest.approx(expected)


def test_ordering_all_or_nothing_and_single_item() -> None:
    assert score_ordering(["a", "b"], ["a", "b"], OrderingCredit.ALL_OR_NOTHING) == 1.0
    assert score_ordering(["a", "b"], ["a"], OrderingCredit.ALL_OR_NOTHING) == 0.0
    assert score_ordering(["a"], ["a"], OrderingCredit.LONGEST_SUBSEQUENCE) == 1.0


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ({"p1": "Injection into a muscle", "p2": "Nasal spray", "p3": "Every 2-3 minutes"}, 1.0),
        ({"p1": "Injection into a muscle", "p2": "Tablet"}, 1 / 3),
        ({"p1": "Nasal spray", "p2": "Injection into a muscle", "p3": "Tablet"}, 0.0),
        ({}, 0.0),
        ({"zz": "Nasal spray"}, 0.0),
    ],
)
def test_matching(answer: dict[str, str], expected: float) -> None:
    assert s("match", answer) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("999", 1.0),
        ("  999. ", 1.0),
        ("Nine   NINE nine!", 1.0),
        ("nine nine nine?!", 1.0),
        ("112", 0.5),
        ("111", 0.0),
        ("", 0.0),
        ("   ", 0.0),
        ("9 9 9", 0.0),
    ],
)
def test_short_answer_is_forgiving(typed: str, expected: float) -> None:
    assert s("short", typed) == expected


def test_normalise_answer() -> None:
    assert normalise_answer("  Don’t   PANIC… ") == "don't panic"


def test_scenario_score_is_the_ending_score() -> None:
    assert s("scene", ["call", "cpr"]) == 1.0
    assert s("scene", ["wait", "cpr"]) == 0.25
    assert s("scene", ["call"]) == 0.0  # not finished
    assert s("scene", []) == 0.0


@pytest.mark.parametrize(
    ("question_id", "answer"),
    [("single", ["a"]), ("multi", "a"), ("tf", "true"), ("match", ["p1"]), ("short", 999), ("scene", ["cpr"])],
)
def test_wrongly_shaped_answers_are_refused(question_id: str, answer: object) -> None:
    with pytest.raises(AnswerError):
        s(question_id, answer)
