"""The right input for each question type, and the one-line hint shown under its prompt."""

from __future__ import annotations

from ...i18n import tr
from ...quiz import Attempt
from ...quiz.model import (
    AnyQuestion,
    Matching,
    MultipleResponse,
    Numerical,
    Ordering,
    Scenario,
    ShortAnswer,
    SingleChoice,
    TrueFalse,
)
from .answer_input import AnswerInput
from .choice_inputs import MultipleResponseInput, SingleChoiceInput, TrueFalseInput
from .matching_input import MatchingInput
from .numeric_input import NumericalInput
from .ordering_input import OrderingInput
from .scenario_input import ScenarioInput
from .text_input import ShortAnswerInput


def make_input(attempt: Attempt, question: AnyQuestion) -> AnswerInput:
    order = attempt.option_order(question.id)
    if isinstance(question, SingleChoice):
        return SingleChoiceInput(question, order)
    if isinstance(question, MultipleResponse):
        return MultipleResponseInput(question, order)
    if isinstance(question, TrueFalse):
        return TrueFalseInput()
    if isinstance(question, Ordering):
        return OrderingInput(question, order)
    if isinstance(question, Matching):
        return MatchingInput(question, order)
    if isinstance(question, ShortAnswer):
        return ShortAnswerInput()
    if isinstance(question, Numerical):
        return NumericalInput()
    if isinstance(question, Scenario):
        return ScenarioInput(attempt, question.id)
    raise TypeError(f"no input for {type(question).__name__}")  # pragma: no cover


def hint(question: AnyQuestion) -> str:
    if isinstance(question, SingleChoice):
        return tr("Choose one answer (arrow keys move between them), then press Return.")
    if isinstance(question, MultipleResponse):
        return tr("Tick all that apply (Tab moves, Space ticks), then press Return.")
    if isinstance(question, TrueFalse):
        return tr("Choose true or false, then press Return.")
    if isinstance(question, Ordering):
        return tr("Put the items in order: choose one with the Up and Down keys, move it with Alt+Up and "
                  "Alt+Down, then press Return. If the order shown is already right, tick Keep this order (Alt+K).")
    if isinstance(question, Matching):
        return tr("Choose a match for each item (Up and Down change the choice), then press Return.")
    if isinstance(question, ShortAnswer):
        return tr("Type your answer, then press Return.")
    if isinstance(question, Numerical):
        return tr("Type a number (digits, with a full stop for decimals), then press Return.")
    if isinstance(question, Scenario):
        return tr("A scenario: choose what you would do at each step, and press Return to go on.")
    return ""  # pragma: no cover
