"""What Today lists, as plain data: the page words it (in the person's language) and opens each item."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

#: How many of each kind Today lists before saying 'and N more' (the section it opens lists them all).
MAX_LISTED = 5


@dataclass(frozen=True)
class AssignedItem:
    """An assigned module or quiz not yet done, with the person's standing on it."""

    item_type: str  # module | quiz
    item_id: str
    title: str
    due_on: date
    state: str  # team.status / QuizStatus words, e.g. 'not started', 'in progress', 'refresher due'
    path_title: str | None = None

    def days_left(self, today: date) -> int:
        return (self.due_on - today).days

    def overdue(self, today: date) -> bool:
        return self.due_on < today


@dataclass(frozen=True)
class ModuleToFinish:
    """A module started (or completed with sections unread) that nobody assigned: read on where you left off."""

    module_id: str
    title: str
    viewed: int
    total: int
    state: str  # 'in progress' | 'completed unread'


@dataclass(frozen=True)
class DraftScreening:
    """An unfinished screening of this person's. Its case reference is encrypted and is not read for Today: the
    dates and flags count are plain columns."""

    record_id: int
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class SessionItem:
    """A joint session to resume (still running) or whose register looks unrecorded (ended recently with
    nobody on it)."""

    session_id: int
    title: str
    held_on: date
    running: bool
    attendees: int


@dataclass(frozen=True)
class TeamOverview:
    """A manager's team (their own team if they have one, else everyone) at a glance."""

    team: str  # '' for everyone
    people: int
    people_overdue: int
    overdue: int
    refreshers_due: int


@dataclass(frozen=True)
class Today:
    """Everything for one person today; each list is soonest or most recent first, at most MAX_LISTED long,
    with the number left out in ``*_more``."""

    day: date
    role: str
    refresher_due: int = 0  # questions left to answer in today's refresher
    assigned: tuple[AssignedItem, ...] = ()
    assigned_more: int = 0
    to_finish: tuple[ModuleToFinish, ...] = ()
    to_finish_more: int = 0
    drafts: tuple[DraftScreening, ...] = ()
    drafts_more: int = 0
    sessions: tuple[SessionItem, ...] = ()
    team: TeamOverview | None = None
    notes: tuple[str, ...] = field(default=(), compare=False)  # parts that could not be read (logged), by name

    @property
    def overdue(self) -> int:
        return sum(item.overdue(self.day) for item in self.assigned)

    @property
    def empty(self) -> bool:
        """Nothing at all to look at today."""
        return not (self.refresher_due or self.assigned or self.to_finish or self.drafts or self.sessions
                    or (self.team is not None and (self.team.overdue or self.team.refreshers_due)))
