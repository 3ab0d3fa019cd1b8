"""A joint session's record as plain data, read from the database by ``sessions.store``: the register, the
steps covered and their times, the group's votes, amendments. Qt-free, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ..i18n import tr, tr_noop
from .plan_model import BREAK, SessionPlan

RUNNING, FINISHED = "running", "finished"
#: Where an attendee works, in English (the CSV export's words); shown translated by :func:`side_name`.
SIDES = {"probation": tr_noop("Probation"), "drug_service": tr_noop("Drug service"),
         "other": tr_noop("Other organisation")}


def side_name(side: str) -> str:
    """Where an attendee works, in the language in use (the side itself if unknown)."""
    return tr(SIDES[side]) if side in SIDES else side


def role_name(role: str) -> str:
    """An attendee's role in the language in use: a profile's role is stored as its English label (such as
    "Probation practitioner"), which is translated; a guest's role, or any other, is shown as written."""
    from ..profiles import ROLES  # here, not at the top: this module stays free of the storage layer

    return tr(role) if role in ROLES.values() else role


@dataclass(frozen=True)
class Attendee:
    id: int
    profile_id: int | None  # None for a guest (or a profile since deleted)
    name: str
    side: str  # probation | drug_service | other
    organisation: str  # the organisation as written (guests) or the side's label (profiles)
    role: str
    guest: bool
    stayed_throughout: bool

    @property
    def side_label(self) -> str:
        """The side in English, as the CSV export writes it (on screen: :attr:`side_shown`)."""
        return SIDES.get(self.side, self.side)

    @property
    def side_shown(self) -> str:
        """The side in the language in use, for a person to read."""
        return side_name(self.side)

    @property
    def organisation_shown(self) -> str:
        """The organisation for a person to read: a guest's as written; a profile's (its side's English label,
        as stored) in the language in use."""
        if not self.organisation or self.organisation == SIDES.get(self.side):
            return self.side_shown
        return self.organisation

    @property
    def role_shown(self) -> str:
        """The role for a person to read (see :func:`role_name`); the CSV export keeps :attr:`role` in English."""
        return role_name(self.role)


@dataclass(frozen=True)
class StepRecord:
    index: int
    kind: str
    title: str
    planned_minutes: int
    seconds: int  # time spent on it, banked so far
    covered: bool  # shown to the room at least once
    first_shown_at: datetime | None = None


@dataclass(frozen=True)
class VoteOption:
    id: str
    text: str
    correct: bool = False


@dataclass(frozen=True)
class VoteRecord:
    step_index: int
    question_id: str
    node_id: str  # '' for a question; the scenario node for a scenario decision
    prompt: str
    options: tuple[VoteOption, ...]
    tallies: dict[str, int]
    agreed: tuple[str, ...]

    @property
    def total(self) -> int:
        return sum(self.tallies.values())


@dataclass(frozen=True)
class Amendment:
    at: datetime
    by_name: str
    reason: str
    changes: dict[str, Any]  # what -> [old, new]


@dataclass(frozen=True)
class SessionSummary:
    """One line of the list of sessions."""

    id: int
    plan_id: str
    title: str
    held_on: date
    place: str
    facilitator_name: str
    co_facilitators: tuple[str, ...]
    status: str
    attendees: int
    probation: int
    drug_service: int
    other: int
    guests: int
    minutes: int  # time spent so far (running) or in all (finished)


@dataclass(frozen=True)
class SessionRecord:
    id: int
    plan: SessionPlan  # as it was used
    held_on: date
    place: str
    facilitator_id: int | None
    facilitator_name: str
    co_facilitators: tuple[str, ...]
    status: str
    current_step: int
    started_at: datetime
    ended_at: datetime | None
    attendees: tuple[Attendee, ...] = ()
    steps: tuple[StepRecord, ...] = ()
    votes: tuple[VoteRecord, ...] = ()
    amendments: tuple[Amendment, ...] = ()
    room_state: dict[str, Any] = field(default_factory=dict)

    @property
    def title(self) -> str:
        return self.plan.title

    @property
    def finished(self) -> bool:
        return self.status == FINISHED

    @property
    def seconds(self) -> int:
        return sum(step.seconds for step in self.steps)

    @property
    def hours(self) -> float:
        """Time spent, for CPD: the steps' banked time (breaks included: the whole session was attended)."""
        return self.seconds / 3600

    @property
    def facilitators(self) -> tuple[str, ...]:
        return (self.facilitator_name, *self.co_facilitators)

    def topics(self) -> list[str]:
        """The titles of the steps covered, breaks left out, in plan order."""
        return [step.title for step in self.steps if step.covered and step.kind != BREAK]

    def sections_covered(self) -> dict[str, list[str]]:
        """Module id -> section anchors of the section steps that were covered."""
        covered: dict[str, list[str]] = {}
        done = {step.index for step in self.steps if step.covered}
        for index, step in enumerate(self.plan.steps):
            if index in done and step.kind == "section" and step.section not in covered.setdefault(step.module, []):
                covered[step.module].append(step.section)
        return {module: anchors for module, anchors in covered.items() if anchors}

    def votes_for(self, step_index: int) -> list[VoteRecord]:
        return [vote for vote in self.votes if vote.step_index == step_index]
