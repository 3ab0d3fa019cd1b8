"""Joint sessions in the database: starting one from a plan, the register, moving between steps (with the
time on each), the group's votes, ending it (credit, CPD, learning records), the list, amendments.

While a session runs every call commits at once, so a crash or a kill loses nothing already entered; a
finished session is read-only and corrected only by :meth:`JointSessions.amend`, with a reason, audited.
Only a signed-in facilitator or manager runs, lists or amends sessions (``acting``); an attendee writes only
their own reflection.

SKELETON: the signatures and docstrings are the contract the UI, CLI and demo code against.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from ..clock import utcnow
from .plan_model import SessionPlan
from .record import SessionRecord, SessionSummary, VoteOption

if TYPE_CHECKING:
    from ..audit import AuditLog
    from ..learning_records.events import LearningEvents
    from ..profiles import ProfileInfo, ProfileService
    from ..storage.database import Database
    from ..team.cpd import CpdEntry

RUN_ROLES = ("facilitator", "manager")


class SessionError(Exception):
    """A request the store refuses, with a message fit to show (a finished session changed without an
    amendment, an unknown session or attendee, a missing reason)."""


class JointSessions:
    def __init__(self, database: Database, audit: AuditLog, profiles: ProfileService,
                 events: LearningEvents | None, module_sections: Callable[[str], Sequence[str]],
                 clock: Callable[[], datetime] = utcnow) -> None:
        """``module_sections(module_id)`` gives the module's section anchors as it is now (for crediting);
        an unknown module gives ()."""
        self.database = database
        self.audit = audit
        self.profiles = profiles
        self.events = events
        self.module_sections = module_sections
        self.clock = clock

    # -- running ------------------------------------------------------------------------------------------
    def start(self, plan: SessionPlan, *, held_on: date, place: str, co_facilitators: Sequence[str],
              acting: ProfileInfo) -> int:
        """A new running session of ``plan`` led by ``acting``; its id. Step 0 is current, not yet shown."""
        raise NotImplementedError

    def running(self, facilitator_id: int | None = None) -> list[SessionSummary]:
        """Sessions not yet ended (to resume), newest first; only those led by ``facilitator_id`` if given."""
        raise NotImplementedError

    def get(self, session_id: int) -> SessionRecord:
        """The whole record; SessionError if there is no such session."""
        raise NotImplementedError

    def add_attendee(self, session_id: int, *, acting: ProfileInfo, profile_id: int | None = None,
                     name: str = "", side: str = "other", organisation: str = "", role: str = "") -> int:
        """Add a person with a profile (name, side, organisation and role copied from the profile) or a guest
        (``name`` needed; ``side`` probation | drug_service | other). The same profile twice is refused."""
        raise NotImplementedError

    def remove_attendee(self, session_id: int, attendee_id: int, *, acting: ProfileInfo) -> None:
        raise NotImplementedError

    def set_stayed(self, session_id: int, attendee_id: int, stayed: bool, *, acting: ProfileInfo) -> None:
        """Whether the attendee stayed throughout (False: left early or came late)."""
        raise NotImplementedError

    def go_to_step(self, session_id: int, step_index: int) -> None:
        """Bank the time on the current step, make ``step_index`` current and mark it shown (covered)."""
        raise NotImplementedError

    def checkpoint(self, session_id: int) -> None:
        """Bank the time on the current step so far (the console calls this every 30 s, so a crash loses at
        most that much time)."""
        raise NotImplementedError

    def resume(self, session_id: int) -> SessionRecord:
        """Carry on after a restart: time counts again from now (not from before the crash)."""
        raise NotImplementedError

    def save_vote(self, session_id: int, step_index: int, *, question_id: str, node_id: str = "", prompt: str,
                  options: Sequence[VoteOption], tallies: Mapping[str, int], agreed: Sequence[str] = ()) -> None:
        """Save (replace) the group's answer to a question (``node_id`` '') or a scenario decision: counts per
        option id (non-negative) and the agreed option ids. No individual is named."""
        raise NotImplementedError

    def save_room_state(self, session_id: int, state: Mapping[str, object]) -> None:
        """What the room's screen is showing (reveal stage, the scenario path so far, blanked), to resume."""
        raise NotImplementedError

    def end(self, session_id: int, *, acting: ProfileInfo) -> SessionRecord:
        """Finish the session in one transaction: bank the last step's time; each attendee with a profile who
        stayed throughout gets the module sections covered credited as seen in a joint session; each attendee
        with a profile gets a learning record (xAPI 'attended'); audited. Afterwards it is read-only."""
        raise NotImplementedError

    def discard(self, session_id: int, *, acting: ProfileInfo) -> None:
        """Delete a running session started by mistake (audited). A finished one cannot be discarded."""
        raise NotImplementedError

    # -- records ------------------------------------------------------------------------------------------
    def list(self, *, acting: ProfileInfo, since: date | None = None, until: date | None = None,
             plan_id: str | None = None, facilitator_id: int | None = None, side: str | None = None,
             status: str | None = None, text: str = "") -> list[SessionSummary]:
        """Sessions, newest first, filtered: held between ``since`` and ``until`` (inclusive), of a plan, led
        by someone, with at least one attendee from ``side``, by status (None: all), or whose title, place or
        facilitators contain ``text``."""
        raise NotImplementedError

    def amend(self, session_id: int, *, reason: str, acting: ProfileInfo, place: str | None = None,
              held_on: date | None = None, co_facilitators: Sequence[str] | None = None,
              add_attendees: Sequence[Mapping[str, object]] = (), remove_attendees: Sequence[int] = (),
              stayed: Mapping[int, bool] | None = None) -> SessionRecord:
        """Correct a finished session. Every change is kept as [old, new] with the reason (required), who and
        when; audited. An attendee added with a profile is credited as at the end."""
        raise NotImplementedError

    def attended(self, profile_id: int) -> list[SessionRecord]:
        """The finished sessions a profile is on the register of, oldest first."""
        raise NotImplementedError

    def cpd_entries(self, profile_id: int, *, include_reflections: bool = False) -> list[CpdEntry]:
        """One CPD entry per finished session attended: date, hours, topic (the title) and facilitators in
        the detail; with ``include_reflections``, the attendee's reflection as ``learnt``."""
        raise NotImplementedError

    def reflection(self, session_id: int, profile_id: int) -> str:
        raise NotImplementedError

    def set_reflection(self, session_id: int, profile_id: int, text: str, *, acting: ProfileInfo) -> None:
        """Only the attendee themself (``acting.id == profile_id``) writes their reflection."""
        raise NotImplementedError
