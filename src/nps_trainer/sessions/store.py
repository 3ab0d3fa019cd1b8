"""Joint sessions in the database: starting one from a plan, the register, moving between steps (with the
time on each), the group's votes, ending it (credit, learning records), the list, amendments, reflections.

While a session runs every call commits at once, so a crash or a kill loses nothing already entered; a
finished session is read-only and corrected only by :meth:`JointSessions.amend`, with a reason, audited.
Only a signed-in facilitator or manager runs, lists or amends sessions (``acting``, re-read from the database
in each call, so someone demoted since signing in is refused); an attendee writes only their own reflection.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from ..clock import utcnow
from ..i18n import tr, tr_noop
from .plan_model import QUESTION, SCENARIO, SessionPlan
from .record import (
    FINISHED,
    RUNNING,
    SIDES,
    Amendment,
    Attendee,
    SessionRecord,
    SessionSummary,
    StepRecord,
    VoteOption,
    VoteRecord,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ..audit import AuditLog
    from ..learning_records.events import LearningEvents
    from ..profiles import ProfileInfo, ProfileService
    from ..storage.database import Database
    from ..storage.models import JointSession
    from ..team.cpd import CpdEntry

RUN_ROLES = ("facilitator", "manager")
MAX_NAME, MAX_ORGANISATION, MAX_ROLE, MAX_PLACE, MAX_REASON, MAX_REFLECTION = 80, 120, 80, 200, 2000, 4000
MAX_COUNT = 999
#: The console banks the time every 30 seconds (``checkpoint``), so a longer gap since the last bank means no
#: console was running (closed to resume later, the laptop asleep, a crash): only this much of it counts.
MAX_GAP = timedelta(minutes=10)
ENDED = tr_noop("This session has ended: correct it with an amendment.")


class SessionError(Exception):
    """A request the store refuses, with a message fit to show (a finished session changed without an
    amendment, an unknown session or attendee, a missing reason)."""


def _text(value: object, limit: int, too_long: str, *, missing: str = "") -> str:
    """``value`` on one line; ``missing`` (when given) is the message for an empty one, ``too_long`` (with a
    ``{limit}`` placeholder) for one over ``limit`` characters: whole sentences, translated."""
    text = " ".join(str(value or "").split())
    if missing and not text:
        raise SessionError(missing)
    if len(text) > limit:
        raise SessionError(too_long.format(limit=limit))
    return text


def _place(value: object) -> str:
    return _text(value, MAX_PLACE, tr("The place is too long: at most {limit} characters."))


def _refusal(what: str, *, signed_in: bool) -> str:
    """The sentence refusing ``what`` (one of the actions below, in the English the callers pass) to someone not
    signed in, or signed in without the role."""
    if not signed_in:
        sentences = {
            "run a joint session": tr("Sign in as a facilitator or manager to run a joint session."),
            "change the register": tr("Sign in as a facilitator or manager to change the register."),
            "end a joint session": tr("Sign in as a facilitator or manager to end a joint session."),
            "discard a joint session": tr("Sign in as a facilitator or manager to discard a joint session."),
            "see joint session records": tr("Sign in as a facilitator or manager to see joint session records."),
            "amend a joint session": tr("Sign in as a facilitator or manager to amend a joint session."),
        }
    else:
        sentences = {
            "run a joint session": tr("Only a facilitator or a manager can run a joint session."),
            "change the register": tr("Only a facilitator or a manager can change the register."),
            "end a joint session": tr("Only a facilitator or a manager can end a joint session."),
            "discard a joint session": tr("Only a facilitator or a manager can discard a joint session."),
            "see joint session records": tr("Only a facilitator or a manager can see joint session records."),
            "amend a joint session": tr("Only a facilitator or a manager can amend a joint session."),
        }
    return sentences.get(what, sentences["run a joint session"])


def _names(values: Sequence[str]) -> list[str]:
    names = [_text(value, MAX_NAME, tr("The co-facilitator's name is too long: at most {limit} characters."))
             for value in values]
    return list(dict.fromkeys(name for name in names if name))


def _key(changes: Mapping[str, object], key: str) -> str:
    """``key``, numbered when an amendment already has it (two guests of the same name added at once)."""
    number, unique = 1, key
    while unique in changes:
        number += 1
        unique = f"{key} ({number})"
    return unique


class JointSessions:
    def __init__(self, database: Database, audit: AuditLog, profiles: ProfileService,
                 events: LearningEvents | None, module_sections: Callable[[str], Sequence[str]],
                 clock: Callable[[], datetime] = utcnow, max_gap: timedelta = MAX_GAP) -> None:
        """``module_sections(module_id)`` gives the module's section anchors as it is now (for crediting);
        an unknown module gives (). ``max_gap``: the most one stretch between banks may add to a step (callers
        that never checkpoint, as the demo, give a longer one)."""
        self.database = database
        self.audit = audit
        self.profiles = profiles
        self.events = events
        self.module_sections = module_sections
        self.clock = clock
        self.max_gap = max_gap

    # -- helpers ------------------------------------------------------------------------------------------
    @staticmethod
    def _require_runner(session: Session, acting: ProfileInfo | None, what: str) -> None:
        """``acting`` must be a facilitator or manager now (read inside this transaction)."""
        from ..profiles import NotAllowed
        from ..storage.models import Profile

        if acting is None:
            raise NotAllowed(_refusal(what, signed_in=False))
        row = session.get(Profile, acting.id)
        if row is None or row.archived_at is not None or row.role not in RUN_ROLES:
            raise NotAllowed(_refusal(what, signed_in=True))

    def may_run(self, acting: ProfileInfo | None, what: str = "run a joint session") -> None:
        """Raise NotAllowed unless ``acting`` is a facilitator or manager now (read from the database; ``what`` is
        one of the actions :func:`_refusal` knows): the app
        asks before it resumes a session or opens a record, as the role it was signed in with may have gone."""
        with self.database.session() as session:
            self._require_runner(session, acting, what)

    def _check(self, session: Session, acting: ProfileInfo | None) -> None:
        """The running-session calls re-read ``acting``'s role when the caller (the console) gives it."""
        if acting is not None:
            self._require_runner(session, acting, "run a joint session")

    @staticmethod
    def _row(session: Session, session_id: int, *, lock: bool = False) -> JointSession:
        from ..storage.models import JointSession

        row = session.get(JointSession, session_id, with_for_update=lock or None)
        if row is None:
            raise SessionError(tr("There is no joint session {id}.").format(id=session_id))
        return row

    def _running_row(self, session: Session, session_id: int) -> JointSession:
        row = self._row(session, session_id, lock=True)
        if row.status != RUNNING:
            raise SessionError(tr(ENDED))
        return row

    def _bank(self, session: Session, row: JointSession, now: datetime) -> None:
        """Add the time since ``step_entered_at`` to the current step and restart the count from now."""
        from sqlalchemy import select

        from ..storage.models import JointSessionStep

        if row.step_entered_at is not None:
            elapsed = min(max(now - row.step_entered_at, timedelta(0)), self.max_gap)
            step = session.scalars(select(JointSessionStep).where(
                JointSessionStep.session_id == row.id, JointSessionStep.step_index == row.current_step)).first()
            if step is not None:
                step.seconds += int(elapsed.total_seconds())
            row.step_entered_at = now
        row.updated_at = now

    # -- running ------------------------------------------------------------------------------------------
    def start(self, plan: SessionPlan, *, held_on: date, place: str, co_facilitators: Sequence[str],
              acting: ProfileInfo) -> int:
        """A new running session of ``plan`` led by ``acting``; its id. Step 0 is current, not yet shown."""
        from ..storage.models import JointSession, JointSessionStep, Profile

        if not plan.steps:
            raise SessionError(tr("The plan '{title}' has no steps.").format(title=plan.title))
        if not isinstance(held_on, date) or isinstance(held_on, datetime):
            raise SessionError(tr("Choose the date of the session."))
        place = _place(place)
        names = _names(co_facilitators)
        now = self.clock()
        with self.database.session() as session:
            self._require_runner(session, acting, "run a joint session")
            leader = session.get(Profile, acting.id)
            row = JointSession(plan_id=plan.id, plan_version=plan.version, plan_title=plan.title[:200],
                               plan_snapshot=plan.to_snapshot(), held_on=held_on, place=place,
                               facilitator_id=acting.id, facilitator_name=leader.display_name,
                               co_facilitators=names, status=RUNNING, current_step=0, step_entered_at=None,
                               room_state={}, started_at=now, updated_at=now)
            session.add(row)
            session.flush()
            for index, step in enumerate(plan.steps):
                session.add(JointSessionStep(session_id=row.id, step_index=index, kind=step.kind,
                                             title=step.title[:200], seconds=0))
            self.audit.write(session, profile_id=acting.id, action="session-start", object_type="joint session",
                             object_id=str(row.id), detail=f"plan {plan.id} {plan.version}")
            return row.id

    def running(self, facilitator_id: int | None = None) -> list[SessionSummary]:
        """Sessions not yet ended (to resume), newest first; only those led by ``facilitator_id`` if given."""
        from sqlalchemy import select

        from ..storage.models import JointSession

        query = select(JointSession).where(JointSession.status == RUNNING)
        if facilitator_id is not None:
            query = query.where(JointSession.facilitator_id == facilitator_id)
        with self.database.session() as session:
            rows = session.scalars(query.order_by(JointSession.started_at.desc(), JointSession.id.desc())).all()
            return self._summaries(session, rows)

    def get(self, session_id: int) -> SessionRecord:
        """The whole record; SessionError if there is no such session."""
        with self.database.session() as session:
            return self._record(session, self._row(session, session_id))

    def add_attendee(self, session_id: int, *, acting: ProfileInfo, profile_id: int | None = None,
                     name: str = "", side: str = "other", organisation: str = "", role: str = "") -> int:
        """Add a person with a profile (name, side, organisation and role copied from the profile) or a guest
        (``name`` needed; ``side`` probation | drug_service | other). The same profile twice is refused."""
        with self.database.session() as session:
            self._require_runner(session, acting, "change the register")
            row = self._running_row(session, session_id)
            attendee = self._new_attendee(session, row, profile_id=profile_id, name=name, side=side,
                                          organisation=organisation, role=role)
            row.updated_at = self.clock()
            return attendee.id

    def _new_attendee(self, session: Session, row: JointSession, *, profile_id: int | None, name: object,
                      side: object, organisation: object, role: object):
        from sqlalchemy import select

        from ..profiles import ORGANISATIONS, ROLES
        from ..storage.models import JointSessionAttendee, Profile

        if profile_id is not None:
            person = session.get(Profile, profile_id)
            if person is None:
                raise SessionError(tr("There is no profile {id}.").format(id=profile_id))
            if person.archived_at is not None:
                raise SessionError(tr("{name}'s profile is archived: restore it first, or add them as a guest.")
                                   .format(name=person.display_name))
            taken = session.scalars(select(JointSessionAttendee.id).where(
                JointSessionAttendee.session_id == row.id, JointSessionAttendee.profile_id == profile_id)).first()
            if taken is not None:
                raise SessionError(tr("{name} is already on the register.").format(name=person.display_name))
            attendee = JointSessionAttendee(
                session_id=row.id, profile_id=person.id, name=person.display_name, side=person.organisation,
                organisation=ORGANISATIONS.get(person.organisation, person.organisation),
                role=ROLES.get(person.role, person.role), guest=False, stayed_throughout=True,
                added_at=self.clock())
        else:
            if side not in SIDES:
                raise SessionError(tr("Choose where the guest works: probation, drug service, other organisation."))
            attendee = JointSessionAttendee(
                session_id=row.id, profile_id=None, name=_text(
                    name, MAX_NAME, tr("The guest's name is too long: at most {limit} characters."),
                    missing=tr("Give the guest's name.")),
                side=str(side), organisation=_text(
                    organisation, MAX_ORGANISATION, tr("The organisation is too long: at most {limit} characters.")),
                role=_text(role, MAX_ROLE, tr("The role is too long: at most {limit} characters.")), guest=True,
                stayed_throughout=True, added_at=self.clock())
        session.add(attendee)
        session.flush()
        return attendee

    def _attendee(self, session: Session, session_id: int, attendee_id: int):
        from ..storage.models import JointSessionAttendee

        attendee = session.get(JointSessionAttendee, attendee_id)
        if attendee is None or attendee.session_id != session_id:
            raise SessionError(tr("There is no attendee {attendee} on session {id}'s register.").format(
                attendee=attendee_id, id=session_id))
        return attendee

    def remove_attendee(self, session_id: int, attendee_id: int, *, acting: ProfileInfo) -> None:
        with self.database.session() as session:
            self._require_runner(session, acting, "change the register")
            row = self._running_row(session, session_id)
            session.delete(self._attendee(session, session_id, attendee_id))
            row.updated_at = self.clock()

    def set_stayed(self, session_id: int, attendee_id: int, stayed: bool, *, acting: ProfileInfo) -> None:
        """Whether the attendee stayed throughout (False: left early or came late)."""
        with self.database.session() as session:
            self._require_runner(session, acting, "change the register")
            row = self._running_row(session, session_id)
            self._attendee(session, session_id, attendee_id).stayed_throughout = bool(stayed)
            row.updated_at = self.clock()

    def go_to_step(self, session_id: int, step_index: int, *, acting: ProfileInfo | None = None) -> None:
        """Bank the time on the current step, make ``step_index`` current and mark it shown (covered)."""
        from sqlalchemy import select

        from ..storage.models import JointSessionStep

        now = self.clock()
        with self.database.session() as session:
            self._check(session, acting)
            row = self._running_row(session, session_id)
            step = session.scalars(select(JointSessionStep).where(
                JointSessionStep.session_id == session_id, JointSessionStep.step_index == step_index)).first()
            if step is None:
                raise SessionError(tr("Session {id} has no step {step}.").format(id=session_id, step=step_index + 1))
            self._bank(session, row, now)
            row.current_step = step_index
            row.step_entered_at = now
            if step.first_shown_at is None:
                step.first_shown_at = now

    def checkpoint(self, session_id: int, *, acting: ProfileInfo | None = None) -> None:
        """Bank the time on the current step so far (the console calls this every 30 s, so a crash loses at
        most that much time)."""
        with self.database.session() as session:
            self._check(session, acting)
            self._bank(session, self._running_row(session, session_id), self.clock())

    def resume(self, session_id: int, *, acting: ProfileInfo | None = None) -> SessionRecord:
        """Carry on after a restart: time counts again from now (not from before the crash)."""
        with self.database.session() as session:
            self._check(session, acting)
            row = self._running_row(session, session_id)
            if row.step_entered_at is not None:
                row.step_entered_at = self.clock()
            return self._record(session, row)

    def save_vote(self, session_id: int, step_index: int, *, question_id: str, node_id: str = "", prompt: str,
                  options: Sequence[VoteOption], tallies: Mapping[str, int], agreed: Sequence[str] = (),
                  acting: ProfileInfo | None = None) -> None:
        """Save (replace) the group's answer to a question (``node_id`` '') or a scenario decision: counts per
        option id (non-negative) and the agreed option ids. No individual is named."""
        from sqlalchemy import select

        from ..storage.models import JointSessionStep, JointSessionVote

        ids = [option.id for option in options]
        counts: dict[str, int] = {}
        for option_id, count in tallies.items():
            if option_id not in ids:
                raise SessionError(tr("'{option}' is not one of this question's options.").format(option=option_id))
            if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= MAX_COUNT:
                raise SessionError(tr("A count must be a whole number from 0 to {most}.").format(most=MAX_COUNT))
            counts[option_id] = count
        chosen = list(dict.fromkeys(agreed))
        if any(option_id not in ids for option_id in chosen):
            raise SessionError(tr("The agreed answer must be one of the options."))
        with self.database.session() as session:
            self._check(session, acting)
            row = self._running_row(session, session_id)
            step = session.scalars(select(JointSessionStep).where(
                JointSessionStep.session_id == session_id, JointSessionStep.step_index == step_index)).first()
            if step is None or step.kind not in (QUESTION, SCENARIO):
                raise SessionError(tr("Step {step} of session {id} is not a group question or scenario: there is "
                                      "nothing to vote on.").format(step=step_index + 1, id=session_id))
            vote = session.scalars(select(JointSessionVote).where(
                JointSessionVote.session_id == session_id, JointSessionVote.step_index == step_index,
                JointSessionVote.node_id == node_id)).first()
            if vote is None:
                vote = JointSessionVote(session_id=session_id, step_index=step_index, node_id=node_id)
                session.add(vote)
            vote.question_id = question_id
            vote.prompt = prompt
            vote.options = [{"id": o.id, "text": o.text, "correct": bool(o.correct)} for o in options]
            vote.tallies = counts
            vote.agreed = chosen
            vote.updated_at = self.clock()
            row.updated_at = vote.updated_at

    def clear_votes(self, session_id: int, step_index: int, node_ids: Sequence[str], *,
                    acting: ProfileInfo | None = None) -> None:
        """Forget the group's answers to these scenario decisions (the group went back to decide again)."""
        from sqlalchemy import delete

        from ..storage.models import JointSessionVote

        if not node_ids:
            return
        with self.database.session() as session:
            self._check(session, acting)
            self._running_row(session, session_id)
            session.execute(delete(JointSessionVote).where(
                JointSessionVote.session_id == session_id, JointSessionVote.step_index == step_index,
                JointSessionVote.node_id.in_(list(node_ids))))

    def save_room_state(self, session_id: int, state: Mapping[str, object], *,
                        acting: ProfileInfo | None = None) -> None:
        """What the room's screen is showing (reveal stage, the scenario path so far, blanked), to resume."""
        with self.database.session() as session:
            self._check(session, acting)
            row = self._running_row(session, session_id)
            row.room_state = dict(state)
            row.updated_at = self.clock()

    def end(self, session_id: int, *, acting: ProfileInfo) -> SessionRecord:
        """Finish the session in one transaction: bank the last step's time; each attendee with a profile who
        stayed throughout gets the module sections covered credited as seen in a joint session; each attendee
        with a profile gets a learning record (xAPI 'attended'); audited. Afterwards it is read-only."""
        now = self.clock()
        with self.database.session() as session:
            self._require_runner(session, acting, "end a joint session")
            row = self._running_row(session, session_id)
            self._bank(session, row, now)
            row.step_entered_at = None
            row.status = FINISHED
            row.ended_at = now
            session.flush()
            record = self._record(session, row)
            for attendee in record.attendees:
                self._credit(session, record, attendee)
            self.audit.write(session, profile_id=acting.id, action="session-end", object_type="joint session",
                             object_id=str(row.id), detail=f"{len(record.attendees)} attendees, "
                             f"{len(record.topics())} topics, {record.seconds // 60} minutes")
            return record

    def _credit(self, session: Session, record: SessionRecord, attendee: Attendee, *,
                learning_record: bool = True) -> None:
        """Credit one attendee with a profile: sections (when they stayed throughout; anchors no longer in the
        module are skipped) and, unless ``learning_record`` is False, a learning record."""
        if attendee.profile_id is None:
            return
        from ..progress.service import credit_sections_in

        covered = record.sections_covered()
        if attendee.stayed_throughout:
            for module_id, anchors in covered.items():
                current = list(self.module_sections(module_id))
                still = [anchor for anchor in anchors if anchor in current]
                if still:
                    credit_sections_in(session, attendee.profile_id, module_id, still, current)
        if learning_record and self.events is not None:
            self.events.session_attended(
                session, attendee.profile_id, str(record.id), title=record.title, modules=list(covered),
                sections=[f"{m}#{a}" for m, anchors in covered.items() for a in anchors],
                seconds=float(record.seconds), when=record.ended_at or self.clock())

    def discard(self, session_id: int, *, acting: ProfileInfo) -> None:
        """Delete a running session started by mistake (audited). A finished one cannot be discarded."""
        with self.database.session() as session:
            self._require_runner(session, acting, "discard a joint session")
            row = self._row(session, session_id, lock=True)
            if row.status != RUNNING:
                raise SessionError(tr("A finished session cannot be discarded: correct it with an amendment."))
            plan = row.plan_id
            session.delete(row)
            self.audit.write(session, profile_id=acting.id, action="session-discard", object_type="joint session",
                             object_id=str(session_id), detail=f"plan {plan}")

    # -- records ------------------------------------------------------------------------------------------
    def list(self, *, acting: ProfileInfo, since: date | None = None, until: date | None = None,
             plan_id: str | None = None, facilitator_id: int | None = None, side: str | None = None,
             status: str | None = None, text: str = "") -> list[SessionSummary]:
        """Sessions, newest first, filtered: held between ``since`` and ``until`` (inclusive), of a plan, led
        by someone, with at least one attendee from ``side``, by status (None: all), or whose title, place or
        facilitators contain ``text``."""
        from sqlalchemy import select

        from ..storage.models import JointSession, JointSessionAttendee

        query = select(JointSession)
        if since is not None:
            query = query.where(JointSession.held_on >= since)
        if until is not None:
            query = query.where(JointSession.held_on <= until)
        if plan_id:
            query = query.where(JointSession.plan_id == plan_id)
        if facilitator_id is not None:
            query = query.where(JointSession.facilitator_id == facilitator_id)
        if status:
            query = query.where(JointSession.status == status)
        if side:
            query = query.where(JointSession.id.in_(select(JointSessionAttendee.session_id).where(
                JointSessionAttendee.side == side)))
        with self.database.session() as session:
            self._require_runner(session, acting, "see joint session records")
            rows = session.scalars(query.order_by(JointSession.held_on.desc(), JointSession.id.desc())).all()
            needle = " ".join(text.split()).casefold()
            if needle:
                rows = [r for r in rows if needle in " ".join(
                    [r.plan_title, r.place, r.facilitator_name, *r.co_facilitators]).casefold()]
            return self._summaries(session, rows)

    def amend(self, session_id: int, *, reason: str, acting: ProfileInfo, place: str | None = None,
              held_on: date | None = None, co_facilitators: Sequence[str] | None = None,
              add_attendees: Sequence[Mapping[str, object]] = (), remove_attendees: Sequence[int] = (),
              stayed: Mapping[int, bool] | None = None) -> SessionRecord:
        """Correct a finished session. Every change is kept as [old, new] with the reason (required), who and
        when; audited. An attendee added with a profile is credited as at the end; one now said to have stayed
        throughout gets the sections credited (their learning record was written at the end). Removing someone,
        or saying they left early, takes back no credit: it may have come from elsewhere too."""
        from ..storage.models import JointSessionAmendment, Profile

        why = str(reason or "").strip()
        if not why:
            raise SessionError(tr("Give a reason for the amendment: it is kept with the record."))
        if len(why) > MAX_REASON:
            raise SessionError(tr("The reason is too long: at most {limit} characters.").format(limit=MAX_REASON))
        with self.database.session() as session:
            self._require_runner(session, acting, "amend a joint session")
            row = self._row(session, session_id, lock=True)
            if row.status != FINISHED:
                raise SessionError(tr("This session is still running: change it from its console."))
            changes: dict[str, list[Any]] = {}
            if place is not None and _place(place) != row.place:
                changes["place"] = [row.place, _place(place)]
                row.place = changes["place"][1]
            if held_on is not None and (not isinstance(held_on, date) or isinstance(held_on, datetime)):
                raise SessionError(tr("Choose the date of the session."))
            if held_on is not None and held_on != row.held_on:
                changes["held_on"] = [row.held_on.isoformat(), held_on.isoformat()]
                row.held_on = held_on
            if co_facilitators is not None and _names(co_facilitators) != list(row.co_facilitators):
                changes["co_facilitators"] = [list(row.co_facilitators), _names(co_facilitators)]
                row.co_facilitators = changes["co_facilitators"][1]
            now_stayed = []  # credited now: the register said they left early, the amendment says they stayed
            for attendee_id, value in (stayed or {}).items():
                attendee = self._attendee(session, session_id, attendee_id)
                if attendee.stayed_throughout != bool(value):
                    changes[_key(changes, f"stayed: {attendee.name}")] = [attendee.stayed_throughout, bool(value)]
                    attendee.stayed_throughout = bool(value)
                    if value:
                        now_stayed.append(attendee.id)
            for attendee_id in remove_attendees:
                attendee = self._attendee(session, session_id, attendee_id)
                changes[_key(changes, f"attendee removed: {attendee.name}")] = [
                    f"{attendee.name} ({attendee.organisation})", None]
                session.delete(attendee)
            added = []
            for entry in add_attendees:
                attendee = self._new_attendee(
                    session, row, profile_id=entry.get("profile_id"), name=entry.get("name", ""),
                    side=entry.get("side", "other"), organisation=entry.get("organisation", ""),
                    role=entry.get("role", ""))
                changes[_key(changes, f"attendee added: {attendee.name}")] = [
                    None, f"{attendee.name} ({attendee.organisation})"]
                added.append(attendee.id)
            if not changes:
                raise SessionError(tr("Nothing was changed: there is nothing to amend."))
            leader = session.get(Profile, acting.id)
            session.add(JointSessionAmendment(session_id=session_id, profile_id=acting.id,
                                              by_name=leader.display_name, at=self.clock(), reason=why,
                                              changes=changes))
            row.updated_at = self.clock()
            session.flush()
            record = self._record(session, row)
            for attendee in record.attendees:
                if attendee.id in added:
                    self._credit(session, record, attendee)
                elif attendee.id in now_stayed:  # their learning record was written when the session ended
                    self._credit(session, record, attendee, learning_record=False)
            self.audit.write(session, profile_id=acting.id, action="session-amend", object_type="joint session",
                             object_id=str(session_id), detail=f"{len(changes)} changes")
            return record

    def attended(self, profile_id: int) -> list[SessionRecord]:
        """The finished sessions a profile is on the register of, oldest first."""
        from sqlalchemy import select

        from ..storage.models import JointSession, JointSessionAttendee

        with self.database.session() as session:
            rows = session.scalars(select(JointSession).where(
                JointSession.status == FINISHED,
                JointSession.id.in_(select(JointSessionAttendee.session_id).where(
                    JointSessionAttendee.profile_id == profile_id))).order_by(
                JointSession.held_on, JointSession.id)).all()
            return [self._record(session, row) for row in rows]

    def cpd_entries(self, profile_id: int, *, include_reflections: bool = False) -> list[CpdEntry]:
        """One CPD entry per finished session attended: date, hours, topic (the title) and facilitators in
        the detail; with ``include_reflections``, the attendee's reflection as ``learnt``."""
        from ..team.cpd import JOINT_SESSION, CpdEntry

        entries = []
        for record in self.attended(profile_id):
            me = next(a for a in record.attendees if a.profile_id == profile_id)
            parts = [tr("facilitated by {names}").format(names=", ".join(record.facilitators))]
            if record.place:
                parts.append(record.place)
            if not me.stayed_throughout:
                parts.append(tr("did not stay throughout"))
            learnt = self.reflection(record.id, profile_id) if include_reflections else ""
            entries.append(CpdEntry(record.held_on, JOINT_SESSION, record.plan.id, record.title, "; ".join(parts),
                                    record.hours, learnt))
        return entries

    def reflection(self, session_id: int, profile_id: int) -> str:
        from ..storage.models import JointSessionReflection

        with self.database.session() as session:
            row = session.get(JointSessionReflection, (session_id, profile_id))
            return row.text if row else ""

    def set_reflection(self, session_id: int, profile_id: int, text: str, *, acting: ProfileInfo) -> None:
        """Only the attendee themself (``acting.id == profile_id``) writes their reflection."""
        from sqlalchemy import select

        from ..profiles import NotAllowed
        from ..storage.models import JointSessionAttendee, JointSessionReflection

        if acting is None or acting.id != profile_id:
            raise NotAllowed(tr("Only the person who attended can write their reflection."))
        body = str(text or "").strip()
        if len(body) > MAX_REFLECTION:
            raise SessionError(tr("The reflection is too long: at most {limit} characters.").format(
                limit=MAX_REFLECTION))
        with self.database.session() as session:
            row = self._row(session, session_id)
            if row.status != FINISHED:
                raise SessionError(tr("You can reflect on a session once it has ended."))
            on_register = session.scalars(select(JointSessionAttendee.id).where(
                JointSessionAttendee.session_id == session_id,
                JointSessionAttendee.profile_id == profile_id)).first()
            if on_register is None:
                raise SessionError(tr("You are not on this session's register."))
            existing = session.get(JointSessionReflection, (session_id, profile_id))
            if not body:
                if existing is not None:
                    session.delete(existing)
                return
            if existing is None:
                session.add(JointSessionReflection(session_id=session_id, profile_id=profile_id, text=body,
                                                   updated_at=self.clock()))
            else:
                existing.text = body
                existing.updated_at = self.clock()

    # -- reading rows -------------------------------------------------------------------------------------
    def _record(self, session: Session, row: JointSession) -> SessionRecord:
        from sqlalchemy import select

        from ..storage.models import (
            JointSessionAmendment,
            JointSessionAttendee,
            JointSessionStep,
            JointSessionVote,
        )

        plan = SessionPlan.from_snapshot(row.plan_snapshot)
        attendees = session.scalars(select(JointSessionAttendee).where(
            JointSessionAttendee.session_id == row.id).order_by(JointSessionAttendee.id)).all()
        steps = session.scalars(select(JointSessionStep).where(
            JointSessionStep.session_id == row.id).order_by(JointSessionStep.step_index)).all()
        votes = session.scalars(select(JointSessionVote).where(
            JointSessionVote.session_id == row.id).order_by(JointSessionVote.step_index, JointSessionVote.id)).all()
        amendments = session.scalars(select(JointSessionAmendment).where(
            JointSessionAmendment.session_id == row.id).order_by(JointSessionAmendment.id)).all()
        planned = {index: step.minutes for index, step in enumerate(plan.steps)}
        return SessionRecord(
            id=row.id, plan=plan, held_on=row.held_on, place=row.place, facilitator_id=row.facilitator_id,
            facilitator_name=row.facilitator_name, co_facilitators=tuple(row.co_facilitators or ()),
            status=row.status, current_step=row.current_step, started_at=row.started_at, ended_at=row.ended_at,
            attendees=tuple(Attendee(a.id, a.profile_id, a.name, a.side, a.organisation, a.role, a.guest,
                                     a.stayed_throughout) for a in attendees),
            steps=tuple(StepRecord(s.step_index, s.kind, s.title, planned.get(s.step_index, 0), s.seconds,
                                   s.first_shown_at is not None, s.first_shown_at) for s in steps),
            votes=tuple(VoteRecord(v.step_index, v.question_id, v.node_id, v.prompt,
                                   tuple(VoteOption(o["id"], o["text"], bool(o.get("correct"))) for o in v.options),
                                   dict(v.tallies or {}), tuple(v.agreed or ())) for v in votes),
            amendments=tuple(Amendment(a.at, a.by_name, a.reason, dict(a.changes)) for a in amendments),
            room_state=dict(row.room_state or {}))

    @staticmethod
    def _summaries(session: Session, rows: Sequence[JointSession]) -> list[SessionSummary]:
        from sqlalchemy import func, select

        from ..storage.models import JointSessionAttendee, JointSessionStep

        ids = [row.id for row in rows]
        if not ids:
            return []
        people: dict[int, list[tuple[str, bool]]] = {}
        for session_id, side, guest in session.execute(select(
                JointSessionAttendee.session_id, JointSessionAttendee.side, JointSessionAttendee.guest).where(
                JointSessionAttendee.session_id.in_(ids))):
            people.setdefault(session_id, []).append((side, guest))
        seconds = dict(session.execute(select(JointSessionStep.session_id, func.sum(JointSessionStep.seconds)).where(
            JointSessionStep.session_id.in_(ids)).group_by(JointSessionStep.session_id)).all())
        summaries = []
        for row in rows:
            here = people.get(row.id, [])
            summaries.append(SessionSummary(
                id=row.id, plan_id=row.plan_id, title=row.plan_title, held_on=row.held_on, place=row.place,
                facilitator_name=row.facilitator_name, co_facilitators=tuple(row.co_facilitators or ()),
                status=row.status, attendees=len(here), probation=sum(s == "probation" for s, _ in here),
                drug_service=sum(s == "drug_service" for s, _ in here), other=sum(s == "other" for s, _ in here),
                guests=sum(g for _, g in here), minutes=round(int(seconds.get(row.id) or 0) / 60)))
        return summaries
