"""Numerical questions (issue 12, point 9): the YAML format and its checks, scoring with a margin, ranges and
partial credit, feedback, the JSON answer in an attempt, the YAML writer, and the ``format: markdown`` key."""

from __future__ import annotations

import json
import math
import textwrap
from pathlib import Path

import pytest

from nps_trainer.quiz import AnswerError, Attempt
from nps_trainer.quiz.loader import load_quiz_text
from nps_trainer.quiz.model import Anchor, Numerical, NumericAnswer, Quiz, TextFormat
from nps_trainer.quiz.numbers import exact_number, format_number, parse_number
from nps_trainer.quiz.review import review
from nps_trainer.quiz.scoring import check_answer, score
from nps_trainer.quiz.yaml_writer import quiz_to_yaml

HEADER = """\
id: numbers
title: Numbers
version: "1"
modules: [overdose-response]
pass_mark: 80
scoring: {multiple_response: right-minus-wrong, ordering: position}
questions:
"""
SOURCE = "  source: {module: overdose-response, section: giving-naloxone-injectable-and-nasal}\n"


def load(question: str) -> tuple[Quiz | None, list[str]]:
    text = HEADER + textwrap.indent(textwrap.dedent(question).strip() + "\n" + SOURCE, "  ")
    quiz, problems = load_quiz_text(text, Path("numbers.yaml"))
    return quiz, [f"{p.line}: {p.message}" for p in problems]


GOOD = """\
- id: interval
  type: numerical
  format: markdown
  prompt: After how many **minutes** do you give the next dose?
  accept:
    - value: 2.5
      tolerance: 0.5
      feedback: Right - every 2-3 minutes.
    - min: 4
      max: 5
      credit: 0.5
      feedback: A little long.
    - 10
  wrong_feedback: Every 2-3 minutes.
  explanation: The leaflet gives *2-3 minutes*.
"""


@pytest.fixture
def interval() -> tuple[Quiz, Numerical]:
    quiz, problems = load(GOOD)
    assert quiz is not None and problems == []
    question = quiz.questions[0]
    assert isinstance(question, Numerical)
    return quiz, question


def test_numerical_yaml_loads(interval) -> None:
    _, q = interval
    assert q.accept == [
        NumericAnswer(2.5, 0.5, 1.0, "Right - every 2-3 minutes."),
        NumericAnswer(4.5, 0.5, 0.5, "A little long."),
        NumericAnswer(10.0),
    ]
    assert q.wrong_feedback == "Every 2-3 minutes." and q.text_format is TextFormat.MARKDOWN
    assert q.source == Anchor("overdose-response", "giving-naloxone-injectable-and-nasal")


@pytest.mark.parametrize(
    ("answer", "expected"),
    [(2.5, 1.0), (2, 1.0), (3, 1.0), (1.99, 0.0), (3.01, 0.0), (4, 0.5), (5, 0.5), (4.5, 0.5), (5.5, 0.0),
     (10, 1.0), (10.0001, 0.0), (-2.5, 0.0)],
)
def test_scoring_with_margin_range_and_partial_credit(interval, answer: float, expected: float) -> None:
    quiz, q = interval
    assert score(quiz, q, answer) == expected


def test_overlapping_answers_take_the_best_credit() -> None:
    q = Numerical(id="q", prompt="?", accept=[NumericAnswer(5, 5, 0.5, "near"), NumericAnswer(3, 0, 1.0, "exact")])
    quiz = Quiz(id="x", title="X", version="1", modules=["m"], questions=[q])
    assert score(quiz, q, 3) == 1.0 and review(q, 3, 1.0).comments == ["exact"]
    assert score(quiz, q, 9) == 0.5 and review(q, 9, 0.5).comments == ["near"]


def test_binary_rounding_does_not_reject_the_ends_of_a_range() -> None:
    pi = NumericAnswer(3.1415, 0.0005)  # {#3.141..3.142}
    assert pi.accepts(3.141) and pi.accepts(3.142) and not pi.accepts(3.14205)


@pytest.mark.parametrize("answer", ["2.5", True, math.nan, math.inf, [2.5]])
def test_answers_that_are_not_numbers_are_refused(interval, answer: object) -> None:
    _, q = interval
    with pytest.raises(AnswerError, match="does not fit a numerical question"):
        check_answer(q, answer)


def test_review_names_the_range_and_shows_the_feedback(interval) -> None:
    _, q = interval
    right = review(q, 2.7, 1.0)
    assert right.your_answer == "2.7" and right.comments == ["Right - every 2-3 minutes."]
    assert right.right_answer == "any number from 2 to 3 (2.5 ± 0.5); or 10"
    assert right.text_format is TextFormat.MARKDOWN
    wrong = review(q, 7, 0.0)
    assert wrong.comments == ["Every 2-3 minutes."]


def test_an_attempt_stores_the_number_as_json_and_resumes(interval) -> None:
    quiz, q = interval
    attempt = Attempt.start(quiz, "practice", seed=3)
    feedback = attempt.answer(q.id, 4.2)
    assert feedback is not None and feedback.score == 0.5 and feedback.comments == ["A little long."]
    saved = json.loads(json.dumps(attempt.to_dict()))
    again = Attempt.from_dict(quiz, saved)
    assert again.response(q.id).answer == 4.2 and again.response(q.id).score == 0.5


def test_the_yaml_writer_round_trip(interval) -> None:
    quiz, _ = interval
    written = quiz_to_yaml(quiz)
    assert "format: markdown" in written and "wrong_feedback: Every 2-3 minutes." in written
    again, problems = load_quiz_text(written, Path("numbers.yaml"))
    assert again == quiz and [p for p in problems if p.severity.value == "error"] == []


@pytest.mark.parametrize(
    ("accept", "message"),
    [
        ("accept: []", "no correct answer ('accept' is missing or empty)"),
        ("accept: 3", "'accept' must be a list of accepted numbers"),
        ("accept:\n  - {min: 5, max: 1}", "accepted number 1: 'min' 5 is greater than 'max' 1"),
        ("accept:\n  - {value: 1, min: 0, max: 2}", "give either 'value' (with 'tolerance') or 'min' and 'max'"),
        ("accept:\n  - {value: three}", "accepted number 1: 'value' must be a number"),
        ("accept:\n  - {value: 3, tolerance: -1}", "'tolerance' -1 is out of range"),
        ("accept:\n  - {value: .inf}", "numbers must be finite"),
        ("accept:\n  - .nan", "accepted number 1: numbers must be finite (not .inf or .nan)"),
        ("accept:\n  - .inf", "accepted number 1: numbers must be finite (not .inf or .nan)"),
        ("accept:\n  - 3\n  - -.inf", "accepted number 2: numbers must be finite (not .inf or .nan)"),
        ("accept:\n  - 1.0e+400", "accepted number 1: numbers must be finite"),
        ("accept:\n  - " + "9" * 400, "accepted number 1: numbers must be finite (not .inf or .nan) and no larger"),
        ("accept:\n  - {value: " + "9" * 400 + "}", "'value' is too large a number to work with"),
        ("accept:\n  - {min: 1}", "needs 'value' (and optionally 'tolerance'), or 'min' and 'max'"),
        ("accept:\n  - {value: 3, credit: 0.5}", "no accepted number earns full credit"),
        ("accept:\n  - {value: 3}\nformat: html", "unknown format 'html' (expected one of: plain, markdown)"),
    ],
)
def test_bad_numerical_yaml_is_reported_with_its_line(accept: str, message: str) -> None:
    _quiz, problems = load("- id: n\n  type: numerical\n  prompt: How many?\n  explanation: Why.\n"
                          + textwrap.indent(accept, "  "))
    assert any(message in p for p in problems), problems
    assert all(p.split(":")[0].isdigit() and int(p.split(":")[0]) > 0 for p in problems)


@pytest.mark.parametrize(
    ("typed", "number"),
    [("3", 3), (" 3.5 ", 3.5), ("-2", -2), ("+4", 4), ("1,822", 1822), (".5", 0.5), ("1.", 1.0), ("1e3", 1000.0),
     ("\u22123", -3), ("3,5", None), ("three", None), ("", None), ("1,82", None), ("inf", None), ("nan", None),
     ("-", None), (".", None), ("0.0000000000001", 1e-13), ("1e-20", 1e-20),
     # too large to work with: a float would be inf, which no answer can match
     ("1e400", None), ("-1e309", None), ("1" + "0" * 400 + ".5", None), ("9" * 400, None), ("-" + "9" * 400, None)],
)
def test_parse_number(typed: str, number: float | None) -> None:
    assert parse_number(typed) == number


def test_format_number() -> None:
    assert [format_number(v) for v in (3.0, 2.5, 0.0005, 1822, 0.1 + 0.2, -1.25)] == [
        "3", "2.5", "0.0005", "1822", "0.3", "-1.25"
    ]


def test_small_and_large_numbers_are_never_shown_as_0_or_rounded_away() -> None:
    assert [format_number(v) for v in (1e-20, 1e-13, 0.00005, -3e-7, 1.5e-10, 1e20, 1e21)] == [
        "1e-20", "1e-13", "0.00005", "-0.0000003", "1.5e-10", "100000000000000000000", "1e+21"
    ]
    for exponent in range(-320, 308):
        for mantissa in (1.0, -1.2345678901234567, 9.87654321):
            value = mantissa * 10.0**exponent
            shown, exact = format_number(value), exact_number(value)
            assert float(shown) != 0 and abs(float(shown) - value) <= abs(value) * 1e-11, (value, shown)
            assert float(exact) == value and float(parse_number(exact)) == value, (value, exact)
    assert exact_number(0.1 + 0.2) == "0.30000000000000004" and exact_number(1e15) == "1000000000000000"


def test_a_tiny_number_is_scored_exactly_and_0_is_not_near_enough() -> None:
    q = Numerical(id="q", prompt="?", accept=[NumericAnswer(1e-13)])
    quiz = Quiz(id="x", title="X", version="1", modules=["m"], questions=[q])
    assert score(quiz, q, parse_number("0.0000000000001")) == 1.0
    assert score(quiz, q, 0) == 0.0 and score(quiz, q, 2e-13) == 0.0
    assert review(q, 0, 0.0).right_answer == "1e-13"


def test_tiny_numbers_in_yaml_load_and_are_written_back_exactly() -> None:
    quiz, problems = load("- id: tiny\n  type: numerical\n  prompt: How small?\n  explanation: Why.\n"
                          "  accept:\n    - 0.0000000000001\n    - {value: 1.0e-20, tolerance: 1.0e-21}")
    assert quiz is not None and problems == [], problems
    assert quiz.questions[0].accept == [NumericAnswer(1e-13), NumericAnswer(1e-20, 1e-21)]
    again, _ = load_quiz_text(quiz_to_yaml(quiz), Path("numbers.yaml"))
    assert again == quiz


def test_a_numerical_answer_is_a_numeric_interaction_in_learning_records() -> None:
    from datetime import UTC, datetime

    from nps_trainer.learning_records.statements import actor, question_answered, response_text

    statement = question_answered(
        actor("https://nps-trainer.example/org", "p1"), "https://nps-trainer.example/org", datetime.now(UTC),
        "numbers", "interval", mode="practice", response=response_text(2.5), score=1.0, question_type="numerical",
    )  # fmt: skip
    assert statement["object"]["definition"]["interactionType"] == "numeric"
    assert statement["result"]["response"] == "2.5"
