"""Filling a new, empty database with the demo team, one step after another.

Each step is a function taking the :class:`DemoContext`; :data:`STEPS` lists them in order. A later feature
adds its own demo data by appending a step (its random numbers come from ``ctx.rng("its name")``, so adding a
step never changes what the others make).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cached_property
from typing import TYPE_CHECKING

from ..i18n import tr
from ..identity.crypto import DEFAULT_KDF, KdfParams, check_passphrase
from ..learning_records.backfill import add_learning_records
from .learning import add_assignments, add_learning, add_refresher
from .recovery import add_recovery_key
from .screenings import add_screenings
from .sessions import add_joint_sessions
from .team import DemoPerson, add_team
from .today import add_unrecorded_session

if TYPE_CHECKING:
    from ..content import Catalogue
    from ..quiz import Quiz
    from ..services import Services
    from ..storage.database import Database

DEFAULT_SEED = 2026
IGNORED_TABLES = frozenset({"alembic_version"})  # the schema revision: present in every set-up database


class DemoRefused(Exception):
    """The database already holds data: the demo changes nothing in it."""


@dataclass
class DemoContext:
    """What every step shares: the services, the passphrase and key derivation, today, the people made."""

    services: Services
    passphrase: str
    kdf: KdfParams = DEFAULT_KDF
    seed: int = DEFAULT_SEED
    today: date = field(default_factory=date.today)
    say: Callable[[str], None] = lambda _message: None
    people: list[DemoPerson] = field(default_factory=list)

    def rng(self, step: str) -> random.Random:
        """The random numbers for one step: the same every run for the same seed."""
        return random.Random(f"{self.seed}:{step}")

    @property
    def administrator(self) -> DemoPerson:
        return self.people[0]

    def with_role(self, *roles: str) -> list[DemoPerson]:
        return [p for p in self.people if p.member.role in roles]

    def manager_of(self, organisation: str) -> DemoPerson:
        """The first manager in an organisation (the administrator when there is none)."""
        return next((p for p in self.people if p.member.role == "manager"
                     and p.member.organisation == organisation), self.administrator)

    @cached_property
    def catalogue(self) -> Catalogue:
        from ..content import load_catalogue

        return load_catalogue(self.services.config.content_dir / "modules", self.today)

    @cached_property
    def quizzes(self) -> dict[str, Quiz]:
        from ..quiz import load_quizzes

        known = {m.id: {s.anchor for s in m.sections} for m in self.catalogue.modules}
        quizzes, _problems = load_quizzes(self.services.config.content_dir / "quizzes", known)
        return {quiz.id: quiz for quiz in quizzes}

    def at(self, day: date, rng: random.Random, *, start_hour: int = 9, end_hour: int = 17) -> datetime:
        """A moment in working hours on ``day`` (UTC), never later than now."""
        moment = datetime.combine(day, time(rng.randint(start_hour, end_hour - 1), rng.randint(0, 59),
                                            rng.randint(0, 59)), tzinfo=UTC)
        return min(moment, datetime.now(UTC) - timedelta(minutes=1))


Step = Callable[[DemoContext], None]


def settle_profiles(ctx: DemoContext) -> None:
    """Date each profile from when the person joined, and 'last used' from their latest activity, so the
    sign-in screen lists the busiest people first, as it would after a year of use."""
    from sqlalchemy import func, select

    from ..storage.models import ModuleVisit, Profile, QuizAttempt, ScreeningRecord

    rng = ctx.rng("profiles")
    with ctx.services.database.session() as session:
        latest: dict[int, datetime] = {}
        for column, owner in ((ModuleVisit.started_at, ModuleVisit.profile_id),
                              (QuizAttempt.started_at, QuizAttempt.profile_id),
                              (ScreeningRecord.updated_at, ScreeningRecord.profile_id)):
            for profile_id, when in session.execute(select(owner, func.max(column)).group_by(owner)):
                if when is not None and (profile_id not in latest or when > latest[profile_id]):
                    latest[profile_id] = when
        for person in ctx.people:
            row = session.get(Profile, person.id)
            row.created_at = ctx.at(person.joined, rng)
            row.last_used_at = latest.get(person.id, row.created_at)


def note_in_audit_log(ctx: DemoContext) -> None:
    """Say in the audit log that this database holds synthetic demo data, made by the demo command."""
    ctx.services.audit.record(profile_id=ctx.administrator.id, action="demo-data", object_type="database",
                              detail=f"synthetic demo team made by 'nps-trainer demo' (seed {ctx.seed})")


STEPS: list[Step] = [add_team, add_recovery_key, add_learning, add_refresher, add_assignments, add_screenings,
                     add_learning_records,
                     add_joint_sessions, add_unrecorded_session, settle_profiles, note_in_audit_log]


def tables_with_rows(database: Database) -> list[str]:
    """The tables (other than the schema revision) that hold at least one row."""
    from sqlalchemy import inspect, text

    filled: list[str] = []
    with database.engine.connect() as connection:
        preparer = connection.dialect.identifier_preparer
        for table in sorted(inspect(connection).get_table_names()):
            if table in IGNORED_TABLES:
                continue
            if connection.execute(text(f"SELECT 1 FROM {preparer.quote(table)} LIMIT 1")).first() is not None:
                filled.append(table)
    return filled


def build_demo(services: Services, passphrase: str, *, kdf: KdfParams = DEFAULT_KDF, seed: int = DEFAULT_SEED,
               today: date | None = None, steps: Sequence[Step] | None = None,
               say: Callable[[str], None] | None = None) -> DemoContext:
    """Fill ``services``' database, which must be empty, with the demo team. Every profile's passphrase is
    ``passphrase`` (checked first: WeakPassphrase says why it is refused). Raises :class:`DemoRefused`, having
    changed nothing, when the database already holds data."""
    check_passphrase(passphrase)
    filled = tables_with_rows(services.database)
    if filled:
        raise DemoRefused(tr("The database {database} already holds data (in {tables}): the demo only fills a new, "
                             "empty database. Nothing was changed.").format(
            database=services.database.display_location, tables=", ".join(filled)))
    ctx = DemoContext(services, passphrase, kdf, seed, today or date.today(), say or (lambda _m: None))
    for step in STEPS if steps is None else steps:
        step(ctx)
    return ctx


@dataclass(frozen=True)
class DemoSummary:
    """What a database holds, counted from the database itself (for the command's closing summary)."""

    roles: dict[str, int]
    organisations: dict[str, int]
    teams: dict[str, int]
    administrator: str
    modules_completed: int
    completed_unread: int
    modules_in_progress: int
    quiz_attempts: dict[str, int]  # by mode
    assignments: int
    screenings: dict[str, int]  # by status (the screening form's records only)
    joint_sessions: int = 0  # finished
    joint_attendees: int = 0  # register lines of those sessions
    joint_guests: int = 0
    checklists: int = 0  # records of the other forms (the DRR suitability and release handover checklists)
    sealed_to_recovery: int = 0  # records whose key is sealed to the current recovery key (0: no recovery key)

    @property
    def people(self) -> int:
        return sum(self.roles.values())

    def lines(self) -> list[str]:
        from ..profiles import ORGANISATIONS

        roles = ", ".join(_role_count(r, n) for r, n in self.roles.items())
        organisations = ", ".join(f"{tr(ORGANISATIONS[o]) if o in ORGANISATIONS else o} {n}"
                                  for o, n in self.organisations.items())
        teams = ", ".join(f"{team} ({n})" for team, n in self.teams.items())
        attempts = sum(self.quiz_attempts.values())
        modes = ", ".join(_mode_count(mode, n) for mode, n in self.quiz_attempts.items())
        screenings = sum(self.screenings.values())
        finished, drafts = self.screenings.get("final", 0), self.screenings.get("draft", 0)
        if attempts:
            quiz_line = tr("Quiz attempts: {count} ({modes})").format(count=attempts, modes=modes)
        else:
            quiz_line = tr("Quiz attempts: {count}").format(count=attempts)
        if self.sealed_to_recovery:
            recovery_line = tr("Recovery key: {count} records sealed to it").format(count=self.sealed_to_recovery)
        else:
            recovery_line = tr("Recovery key: none")
        return [
            tr("People: {count} ({roles})").format(count=self.people, roles=roles),
            tr("Organisations: {organisations}").format(organisations=organisations),
            tr("Teams: {teams}").format(teams=teams),
            tr("Modules completed: {completed} ({unread} completed before every section was read); {started} in "
               "progress").format(completed=self.modules_completed, unread=self.completed_unread,
                                  started=self.modules_in_progress),
            quiz_line,
            tr("Assignments: {count}").format(count=self.assignments),
            tr("Screenings: {count} ({finished} finished, {drafts} drafts)").format(
                count=screenings, finished=finished, drafts=drafts),
            tr("Checklists: {count}").format(count=self.checklists),
            recovery_line,
            tr("Joint sessions: {count} finished ({attendees} attendees, {guests} of them guests)").format(
                count=self.joint_sessions, attendees=self.joint_attendees, guests=self.joint_guests),
            tr("Administrator: {name} (manager)").format(name=self.administrator),
        ]


def _role_count(role: str, count: int) -> str:
    """'3 probation practitioners': a count of people in one role."""
    if role == "practitioner":
        return tr("%n probation practitioner(s)", "", count)
    if role == "drug_service":
        return tr("%n drug service worker(s)", "", count)
    if role == "facilitator":
        return tr("%n facilitator(s)", "", count)
    if role == "manager":
        return tr("%n manager(s)", "", count)
    return f"{count} {role}"


def _mode_count(mode: str, count: int) -> str:
    """'12 practice': a count of quiz attempts in one mode."""
    if mode == "practice":
        return tr("{count} practice", "quiz attempts").format(count=count)
    if mode == "assessed":
        return tr("{count} assessed", "quiz attempts").format(count=count)
    return f"{count} {mode}"


def summarise(database: Database) -> DemoSummary:
    """Count what the database holds now."""
    from sqlalchemy import func, select

    from ..screening_records.record_keys import current_recovery_key
    from ..storage.models import (
        Assignment,
        JointSession,
        JointSessionAttendee,
        ModuleProgress,
        Profile,
        QuizAttempt,
        ScreeningRecord,
    )
    from .screenings import FORM_ID as SCREENING_FORM

    def grouped(session, column) -> dict[str, int]:
        return {key: count for key, count in session.execute(
            select(column, func.count()).group_by(column).order_by(func.count().desc(), column))}

    with database.session() as session:
        first = session.scalars(select(Profile).order_by(Profile.id).limit(1)).first()
        recovery = current_recovery_key(session)
        completed = select(func.count()).select_from(ModuleProgress).where(ModuleProgress.completed_at.is_not(None))
        return DemoSummary(
            roles=grouped(session, Profile.role),
            organisations=grouped(session, Profile.organisation),
            teams=grouped(session, Profile.team),
            administrator=first.display_name if first else "",
            modules_completed=session.scalar(completed),
            completed_unread=session.scalar(completed.where(ModuleProgress.completed_unread.is_(True))),
            modules_in_progress=session.scalar(select(func.count()).select_from(ModuleProgress).where(
                ModuleProgress.completed_at.is_(None))),
            quiz_attempts=grouped(session, QuizAttempt.mode),
            assignments=session.scalar(select(func.count()).select_from(Assignment).where(
                Assignment.cancelled_at.is_(None))),
            screenings={key: count for key, count in session.execute(
                select(ScreeningRecord.status, func.count()).where(ScreeningRecord.form_id == SCREENING_FORM)
                .group_by(ScreeningRecord.status).order_by(func.count().desc(), ScreeningRecord.status))},
            checklists=session.scalar(select(func.count()).select_from(ScreeningRecord).where(
                ScreeningRecord.form_id != SCREENING_FORM)),
            joint_sessions=session.scalar(select(func.count()).select_from(JointSession).where(
                JointSession.status == "finished")),
            joint_attendees=session.scalar(select(func.count()).select_from(JointSessionAttendee)),
            joint_guests=session.scalar(select(func.count()).select_from(JointSessionAttendee).where(
                JointSessionAttendee.guest.is_(True))),
            sealed_to_recovery=session.scalar(select(func.count()).select_from(ScreeningRecord).where(
                ScreeningRecord.recovery_key_id == recovery.key_id)) if recovery is not None else 0,
        )
