"""Refresher rules and the words for a person's standing on a module or quiz, with a fixed 'today'."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from nps_trainer.content import Module, Section
from nps_trainer.progress import ModuleSummary
from nps_trainer.team.status import REFRESH_AFTER_DAYS, module_state, quiz_state, refresher_due

COMPLETED_AT = datetime(2025, 3, 10, 14, 30, tzinfo=UTC)
ANCHORS = ("one", "two", "three")


def _module(version: str = "1.2") -> Module:
    return Module(id="m", title="M", version=version, summary="", audience=(), minutes=5, objectives=(),
                  prerequisites=(), sources=(), reviewed=date(2026, 1, 1), content_warnings=(),
                  sections=tuple(Section(a.title(), a, "", 1) for a in ANCHORS), path=Path("m.md"), word_count=10)


def _summary(*, seen: tuple[str, ...] = ANCHORS, completed_at: datetime | None = COMPLETED_AT,
             version: str | None = "1.0", unread: bool = False, credited: tuple[str, ...] = ()) -> ModuleSummary:
    return ModuleSummary("m", len(seen) / 3, seen[-1] if seen else None, seen, completed_at,
                         version if completed_at else None, None, None, credited, unread)


@pytest.mark.parametrize(("today", "due"), [
    (date(2025, 3, 10), False),                       # the day it was completed
    (date(2026, 3, 9), False),                        # 364 days on
    (date(2026, 3, 10), True),                        # 365 days on: 12 months
    (date(2027, 1, 1), True),
])
def test_refresher_due_twelve_months_after_completion(today: date, due: bool) -> None:
    assert REFRESH_AFTER_DAYS == 365
    assert refresher_due(COMPLETED_AT, "1.0", "1.0", today) is due


@pytest.mark.parametrize(("completed", "current", "due"), [
    ("1.0", "1.1", False),    # a minor change is a correction, not a refresher
    ("1.0", "1.0.3", False),
    ("1.4", "2.0", True),     # the major number changed: the content changed in substance
    ("2", "1.9", True),
    (" 3.0", "3.7 ", False),
    (None, "2.0", False),     # no version recorded: only the time rule applies
])
def test_refresher_due_when_the_major_version_changes(completed, current, due) -> None:
    assert refresher_due(COMPLETED_AT, completed, current, date(2025, 4, 1)) is due


def test_not_completed_is_never_a_refresher() -> None:
    assert refresher_due(None, None, "9.0", date(2030, 1, 1)) is False


def test_module_states() -> None:
    today = date(2025, 6, 1)
    module = _module("1.2")
    assert module_state(None, module, today) == "not started"
    assert module_state(_summary(seen=(), completed_at=None), module, today) == "not started"
    assert module_state(_summary(seen=("one",), completed_at=None), module, today) == "in progress"
    assert module_state(_summary(seen=(), completed_at=None, credited=("two",)), module, today) == "in progress"
    assert module_state(_summary(), module, today) == "completed"            # 1.0 -> 1.2 is minor
    assert module_state(_summary(), _module("2.0"), today) == "refresher due"
    assert module_state(_summary(), module, date(2026, 3, 10)) == "refresher due"
    assert module_state(_summary(seen=("one",), unread=True), module, today) == "completed unread"
    # a completion made unread stays so even when a refresher would also be due
    assert module_state(_summary(seen=("one",), unread=True), module, date(2027, 1, 1)) == "completed unread"


@pytest.mark.parametrize(("best", "passed", "attempts", "state"), [
    (None, None, 0, "not started"),
    (None, None, 3, "practice only"),   # finished practice attempts, no assessed one
    (55.0, False, 1, "not passed"),
    (85.0, True, 2, "passed"),
    (62.5, True, 4, "passed"),          # passed once; a later lower score does not undo it
])
def test_quiz_states(best, passed, attempts, state) -> None:
    assert quiz_state(best, passed, attempts) == state
