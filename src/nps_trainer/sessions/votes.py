"""What a group votes on: a question's options, or a scenario decision's choices, as vote options (lettered A, B,
C … in this order on the room's screen). Qt-free."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..i18n import tr
from .record import VoteOption

if TYPE_CHECKING:
    from ..quiz.model import AnyQuestion, ScenarioNode

#: Question types a group can answer together by a show of hands.
GROUP_QUESTION_TYPES = ("single-choice", "multiple-response", "true-false")


def vote_options(question: AnyQuestion) -> list[VoteOption]:
    """A choice question's options, or True and False (in the language in use, as kept in the record); the
    right ones marked."""
    kind = question.type.value
    if kind in ("single-choice", "multiple-response"):
        return [VoteOption(o.id, o.text, bool(o.correct)) for o in question.options]
    if kind == "true-false":
        return [VoteOption("true", tr("True"), question.answer is True),
                VoteOption("false", tr("False"), question.answer is False)]
    return []


def choice_options(node: ScenarioNode) -> list[VoteOption]:
    """A scenario decision's choices; the best-rated ones count as right."""
    return [VoteOption(c.id, c.text, c.rating.value == "best") for c in node.choices]
