"""The edges where planted bugs went unnoticed: partial credit with unequal numbers of right and wrong options, a
score exactly at the pass mark, Moodle's decimal weights, and GIFT special characters in a right answer."""

from __future__ import annotations

import pytest

from nps_trainer.quiz.attempt import Attempt
from nps_trainer.quiz.gift import export_gift, import_gift
from nps_trainer.quiz.model import (
    AcceptedAnswer,
    MultipleResponse,
    MultipleResponseCredit,
    Option,
    Quiz,
    ShortAnswer,
    SingleChoice,
    TrueFalse,
)
from nps_trainer.quiz.scoring import score_multiple

RMW = MultipleResponseCredit.RIGHT_MINUS_WRONG


def multiple(right: int, wrong: int) -> MultipleResponse:
    options = [Option(f"r{i}", f"Right {i}", correct=True) for i in range(right)]
    options += [Option(f"w{i}", f"Wrong {i}") for i in range(wrong)]
    return MultipleResponse(id="m", prompt="Tick", options=options)


@pytest.mark.parametrize(("right", "wrong", "ticked", "expected"), [
    (3, 1, ["r0", "r1"], 2 / 3),  # right share only: 2 of 3
    (3, 1, ["r0", "r1", "w0"], 0.0),  # 2/3 - 1/1, floored at 0
    (1, 3, ["r0", "w0"], 1 - 1 / 3),  # the wrong share is over the WRONG options (3), not the right ones
    (2, 4, ["r0", "w0", "w1"], 0.5 - 0.5),
    (2, 4, ["r0", "r1", "w0"], 1 - 0.25),
    (4, 2, ["r0", "r1", "r2", "w0"], 0.75 - 0.5),
    (3, 0, ["r0"], 1 / 3),
])
def test_right_minus_wrong_with_unequal_numbers(right: int, wrong: int, ticked: list[str], expected: float) -> None:
    assert score_multiple(multiple(right, wrong), ticked, RMW) == pytest.approx(expected)


def test_all_or_nothing_needs_exactly_the_right_options() -> None:
    question = multiple(2, 3)
    rule = MultipleResponseCredit.ALL_OR_NOTHING
    assert score_multiple(question, ["r0", "r1"], rule) == 1.0
    assert score_multiple(question, ["r0"], rule) == 0.0
    assert score_multiple(question, ["r0", "r1", "w2"], rule) == 0.0


def five_true_false(pass_mark: float) -> Quiz:
    questions = [TrueFalse(id=f"q{i}", prompt=f"Statement {i}", answer=True) for i in range(5)]
    return Quiz(id="edge", title="Edge", version="1.0", modules=[], questions=questions, pass_mark=pass_mark)


@pytest.mark.parametrize(("pass_mark", "right", "passed"), [
    (80.0, 4, True),  # exactly at the pass mark: a pass
    (80.0, 3, False),
    (60.0, 3, True),
    (80.01, 4, False),
    (100.0, 5, True),
])
def test_a_score_exactly_at_the_pass_mark_passes(pass_mark: float, right: int, passed: bool) -> None:
    quiz = five_true_false(pass_mark)
    attempt = Attempt.start(quiz, "assessed", seed=1)
    for number, question_id in enumerate(attempt.question_ids):
        attempt.answer(question_id, number < right)
    result = attempt.finish()
    assert result.percent == pytest.approx(100 * right / 5)
    assert result.passed is passed


def test_moodle_decimal_weights_import_and_round_trip() -> None:
    text = ("::thirds:: Which are opioids? {\n~%33.33333%Heroin\n~%33.33333%Methadone\n~%33.33334%Fentanyl\n"
            "~%-100%Cannabis\n}\n\n"
            "::part:: The best first step? {\n=Call 999\n~%50%Shout for help\n~Wait\n}\n")
    questions, _notes = import_gift(text)
    thirds, part = questions
    assert isinstance(thirds, MultipleResponse)
    assert [o.correct for o in thirds.options] == [True, True, True, False]
    assert isinstance(part, SingleChoice)
    assert [o.value for o in part.options] == [1.0, pytest.approx(0.5), 0.0]
    quiz = Quiz(id="w", title="W", version="1.0", modules=[], questions=questions)
    exported, _ = export_gift(quiz)
    again, _ = import_gift(exported)
    assert [o.value for o in again[1].options] == [1.0, pytest.approx(0.5), 0.0]
    assert [o.correct for o in again[0].options] == [True, True, True, False]


SPECIAL = r"A = B ~ C # D { E } F : G \ H"


def test_gift_special_characters_in_a_right_answer_survive_export() -> None:
    questions = [
        SingleChoice(id="s", prompt="Pick the formula", options=[Option("a", SPECIAL, correct=True),
                                                                  Option("b", "Plain")]),
        ShortAnswer(id="t", prompt="Type it", accept=[AcceptedAnswer(SPECIAL)]),
    ]
    quiz = Quiz(id="sp", title="Special", version="1.0", modules=[], questions=questions)
    exported, _notes = export_gift(quiz)
    for character in "=~#{}:":
        assert f"\\{character}" in exported
    again, notes = import_gift(exported)
    assert [n for n in notes if "error" in str(n).lower()] == []
    assert again[0].options[0].text == SPECIAL and again[0].options[0].correct
    assert again[1].accept[0].text == SPECIAL
