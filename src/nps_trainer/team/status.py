"""One person's standing on one module or quiz, in words, as Learn, Quizzes and the team matrix show it.

A module completion counts ('completed') only when every section was read (or credited in a joint session)
and it is still fresh: it becomes 'refresher due' 12 months after completion, or at once when the module
changes in substance (its major version number goes up: 1.x to 2.0). A minor change (1.0 to 1.1) is a
correction, not a reason to take the module again.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..content import Module
    from ..progress.service import ModuleSummary

REFRESH_AFTER_DAYS = 365

NOT_STARTED = "not started"
IN_PROGRESS = "in progress"
COMPLETED = "completed"
COMPLETED_UNREAD = "completed unread"
REFRESHER_DUE = "refresher due"
MODULE_STATES = (NOT_STARTED, IN_PROGRESS, COMPLETED, COMPLETED_UNREAD, REFRESHER_DUE)

PASSED = "passed"
NOT_PASSED = "not passed"
PRACTICE_ONLY = "practice only"
QUIZ_STATES = (NOT_STARTED, PASSED, NOT_PASSED, PRACTICE_ONLY)


def major_version(version: str | None) -> str:
    """'2' for '2.0', '2.1.3' or '2'; the text before the first dot, without spaces ('' for none)."""
    return (version or "").strip().split(".", 1)[0].strip()


def refresher_due(completed_at: datetime | None, version_completed: str | None, current_version: str,
                  today: date) -> bool:
    """True when a completed module should be taken again: 365 days or more after completion, or when the
    major number of its version differs from the version completed. Never for a module not completed."""
    if completed_at is None:
        return False
    if (today - completed_at.date()).days >= REFRESH_AFTER_DAYS:
        return True
    if version_completed is None:  # completed before versions were recorded: only the time rule applies
        return False
    return major_version(version_completed) != major_version(current_version)


def module_state(summary: ModuleSummary | None, module: Module, today: date) -> str:
    """'not started', 'in progress', 'completed', 'completed unread' or 'refresher due'.

    'completed unread' (a completion made before every section had to be read, kept and marked so) comes
    before 'refresher due': either way the module has to be read and completed again."""
    if summary is None:
        return NOT_STARTED
    if summary.completed_at is None:
        return IN_PROGRESS if (summary.sections_seen or summary.sections_credited) else NOT_STARTED
    if summary.completed_unread:
        return COMPLETED_UNREAD
    if refresher_due(summary.completed_at, summary.version_completed, module.version, today):
        return REFRESHER_DUE
    return COMPLETED


def module_done(summary: ModuleSummary | None, module: Module, today: date) -> bool:
    """Done for an assignment: completed with every section read, and no refresher due."""
    return module_state(summary, module, today) == COMPLETED


def quiz_state(best_assessed: float | None, passed: bool | None, attempts: int) -> str:
    """'not started', 'passed', 'not passed' or 'practice only'.

    ``best_assessed`` is the best finished assessed score (None when there is none), ``passed`` whether an
    assessed attempt passed, and ``attempts`` the finished attempts in either mode, so finished practice
    attempts with no assessed one are 'practice only'."""
    if passed:
        return PASSED
    if best_assessed is not None:
        return NOT_PASSED
    return PRACTICE_ONLY if attempts > 0 else NOT_STARTED


def quiz_done(passed: bool | None) -> bool:
    """Done for an assignment: an assessed attempt passed (practice never counts)."""
    return bool(passed)
