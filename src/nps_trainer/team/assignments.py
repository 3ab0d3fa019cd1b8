"""Training a manager assigns: a module, a quiz or a learning path, to a person, a role or a team, with a due
date. Learners see what is due (paths expanded into their modules and quizzes); managers see who has done it.

An item is done for an assignment when it was completed (a module: completed with every section read and no
refresher due; a quiz: an assessed pass), and overdue when it is not done and its due date has passed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from ..clock import utcnow
from ..i18n import tr, tr_noop
from ..profiles import ROLES, ProfileInfo, ProfileService, require_manager
from ..profiles.service import clean_team
from ..storage.database import Database

if TYPE_CHECKING:
    from ..audit import AuditLog
    from ..content import Module
    from ..progress.service import ModuleSummary
    from .paths import LearningPath

ITEM_TYPES: dict[str, str] = {"module": tr_noop("Module"), "quiz": tr_noop("Quiz"), "path": tr_noop("Learning path")}
TARGET_TYPES: dict[str, str] = {"person": tr_noop("Person"), "role": tr_noop("Role"), "team": tr_noop("Team")}
MAX_ITEM_ID_LENGTH = 100


@dataclass(frozen=True)
class AssignmentInfo:
    id: int
    item_type: str  # module | quiz | path
    item_id: str
    target_type: str  # person | role | team
    target: str  # str(profile id), a ROLES key, or a team name
    due_on: date
    assigned_by: int | None
    created_at: datetime


@dataclass(frozen=True)
class DueItem:
    """One module or quiz a person must do (a path's items each come as their own DueItem)."""

    item_type: str  # module | quiz
    item_id: str
    due_on: date
    assignment_id: int
    via_path: str | None  # the learning path id it was assigned through, if any


@dataclass(frozen=True)
class AssignmentProgress:
    """How far the people an assignment covers have got: ``done`` did every item it names."""

    assignment: AssignmentInfo
    people: int
    done: int
    overdue: int


def _same_team(a: str, b: str) -> bool:
    return bool(a.strip()) and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def covers(assignment: AssignmentInfo, profile: ProfileInfo) -> bool:
    """True when the assignment is meant for this person: named, by role, or by team."""
    if assignment.target_type == "person":
        return assignment.target == str(profile.id)
    if assignment.target_type == "role":
        return assignment.target == profile.role
    if assignment.target_type == "team":
        return _same_team(assignment.target, profile.team)
    return False


def expand(item_type: str, item_id: str, paths: Sequence[LearningPath]) -> list[tuple[str, str]]:
    """The modules and quizzes an assigned item stands for: itself, or a path's items (none for a path that
    is no longer in paths.yaml)."""
    if item_type != "path":
        return [(item_type, item_id)]
    path = next((p for p in paths if p.id == item_id), None)
    return list(path.items) if path is not None else []


def item_done(item_type: str, item_id: str, module_summary: ModuleSummary | None, module: Module | None,
              passed_quiz: bool, today: date) -> bool:
    """Whether one module or quiz counts as done (see the module docstring)."""
    from .status import module_done, quiz_done, refresher_due

    if item_type == "quiz":
        return quiz_done(passed_quiz)
    if module is not None:
        return module_done(module_summary, module, today)
    # The module is no longer installed: the completion counts until its 12 months are up.
    summary = module_summary
    return (summary is not None and summary.completed_at is not None and not summary.completed_unread
            and not refresher_due(summary.completed_at, summary.version_completed,
                                  summary.version_completed or "", today))


def _info(row) -> AssignmentInfo:
    return AssignmentInfo(row.id, row.item_type, row.item_id, row.target_type, row.target, row.due_on,
                          row.assigned_by, row.created_at)


class AssignmentService:
    def __init__(self, database: Database, audit: AuditLog, profiles: ProfileService) -> None:
        self._db = database
        self._audit = audit
        self._profiles = profiles

    # -- managers -----------------------------------------------------------------------------------------
    def assign(self, acting: ProfileInfo, item_type: str, item_id: str, target_type: str, target: str,
               due_on: date) -> AssignmentInfo:
        """Assign a module, quiz or learning path. ``target`` is a profile id (as text) for 'person', a role
        key for 'role', or a team name for 'team'. Only managers may assign; every assignment is audited."""
        require_manager(acting, "assign training")
        item_id = self._check_item(item_type, item_id)
        target = self._check_target(target_type, target)
        if not isinstance(due_on, date) or isinstance(due_on, datetime):
            raise ValueError(tr("Choose a due date."))
        from ..storage.models import Assignment

        with self._db.session() as session:
            row = Assignment(item_type=item_type, item_id=item_id, target_type=target_type, target=target,
                             due_on=due_on, assigned_by=acting.id, created_at=utcnow())
            session.add(row)
            session.flush()
            self._audit.write(session, profile_id=acting.id, action="assign", object_type="assignment",
                              object_id=str(row.id),
                              detail=f"{item_type} {item_id} to {target_type} {target}, due {due_on.isoformat()}")
            return _info(row)

    def cancel(self, acting: ProfileInfo, assignment_id: int) -> None:
        """Cancel an assignment (it stays in the database, marked cancelled). Managers only; audited."""
        require_manager(acting, "cancel an assignment")
        from ..storage.models import Assignment

        with self._db.session() as session:
            row = session.get(Assignment, assignment_id, with_for_update=True)
            if row is None:
                raise LookupError(tr("There is no assignment {id}.").format(id=assignment_id))
            if row.cancelled_at is not None:
                raise ValueError(tr("Assignment {id} was already cancelled.").format(id=assignment_id))
            row.cancelled_at = utcnow()
            self._audit.write(session, profile_id=acting.id, action="cancel-assignment", object_type="assignment",
                              object_id=str(row.id), detail=f"{row.item_type} {row.item_id}")

    # -- reading ------------------------------------------------------------------------------------------
    def active(self) -> list[AssignmentInfo]:
        """Assignments not cancelled, soonest due first."""
        from sqlalchemy import select

        from ..storage.models import Assignment

        with self._db.session() as session:
            rows = session.scalars(select(Assignment).where(Assignment.cancelled_at.is_(None))
                                   .order_by(Assignment.due_on, Assignment.id))
            return [_info(row) for row in rows]

    def get(self, assignment_id: int) -> AssignmentInfo | None:
        from ..storage.models import Assignment

        with self._db.session() as session:
            row = session.get(Assignment, assignment_id)
            return _info(row) if row is not None and row.cancelled_at is None else None

    def for_profile(self, profile: ProfileInfo) -> list[AssignmentInfo]:
        """Active assignments meant for this person: to them by name, to their role, or to their team."""
        return [a for a in self.active() if covers(a, profile)]

    def due_items(self, profile: ProfileInfo, paths: Sequence[LearningPath]) -> list[DueItem]:
        """Every module and quiz assigned to this person, paths expanded, soonest due first. An item assigned
        more than once comes once, with its earliest due date (a direct assignment before a path on a tie)."""
        chosen: dict[tuple[str, str], DueItem] = {}
        order: dict[tuple[str, str], int] = {}
        for assignment in self.for_profile(profile):
            via = assignment.item_id if assignment.item_type == "path" else None
            for item_type, item_id in expand(assignment.item_type, assignment.item_id, paths):
                key = (item_type, item_id)
                candidate = DueItem(item_type, item_id, assignment.due_on, assignment.id, via)
                order.setdefault(key, len(order))
                held = chosen.get(key)
                if held is None or _sooner(candidate, held):
                    chosen[key] = candidate
        return sorted(chosen.values(), key=lambda d: (d.due_on, order[(d.item_type, d.item_id)]))

    def people_covered(self, assignment: AssignmentInfo, people: Iterable[ProfileInfo] | None = None
                       ) -> list[ProfileInfo]:
        """The people (not archived) an assignment is meant for."""
        everyone = self._profiles.list() if people is None else people
        return [p for p in everyone if p.archived_at is None and covers(assignment, p)]

    def progress(self, assignments: Sequence[AssignmentInfo], paths: Sequence[LearningPath],
                 modules: Mapping[str, Module], today: date) -> list[AssignmentProgress]:
        """For each assignment: how many people it covers, how many have done every item, how many are
        overdue. Reads the records of everyone covered in two queries."""
        people = self._profiles.list()
        covered = {a.id: self.people_covered(a, people) for a in assignments}
        items = {a.id: expand(a.item_type, a.item_id, paths) for a in assignments}
        profile_ids = sorted({p.id for group in covered.values() for p in group})
        summaries, passed = self._records(profile_ids)
        result: list[AssignmentProgress] = []
        for assignment in assignments:
            group = covered[assignment.id]
            done = sum(
                all(item_done(kind, item_id, summaries.get((person.id, item_id)) if kind == "module" else None,
                              modules.get(item_id) if kind == "module" else None,
                              (person.id, item_id) in passed, today)
                    for kind, item_id in items[assignment.id])
                and bool(items[assignment.id])
                for person in group)
            overdue = (len(group) - done) if assignment.due_on < today else 0
            result.append(AssignmentProgress(assignment, len(group), done, overdue))
        return result

    # -- helpers ------------------------------------------------------------------------------------------
    def _records(self, profile_ids: Sequence[int]) -> tuple[dict[tuple[int, str], ModuleSummary],
                                                            set[tuple[int, str]]]:
        if not profile_ids:
            return {}, set()
        from sqlalchemy import select

        from ..progress.service import ProgressService
        from ..storage.models import QuizAttempt

        summaries = ProgressService(self._db).summaries_for(profile_ids)
        with self._db.session() as session:
            rows = session.execute(select(QuizAttempt.profile_id, QuizAttempt.quiz_id).where(
                QuizAttempt.profile_id.in_(profile_ids), QuizAttempt.mode == "assessed",
                QuizAttempt.passed.is_(True)).distinct())
            passed = {(profile_id, quiz_id) for profile_id, quiz_id in rows}
        return summaries, passed

    @staticmethod
    def _check_item(item_type: str, item_id: str) -> str:
        if item_type not in ITEM_TYPES:
            raise ValueError(tr("Unknown kind of training '{kind}': use module, quiz or path.").format(kind=item_type))
        text = (item_id or "").strip()
        if not text:
            raise ValueError({"module": tr("Choose the module to assign."), "quiz": tr("Choose the quiz to assign."),
                              "path": tr("Choose the learning path to assign.")}[item_type])
        if len(text) > MAX_ITEM_ID_LENGTH:
            raise ValueError(tr("The {kind} id is too long: at most {count} characters.").format(
                kind=item_type, count=MAX_ITEM_ID_LENGTH))
        return text

    def _check_target(self, target_type: str, target: str) -> str:
        if target_type == "person":
            person = self._profiles.get(int(target)) if str(target).strip().isdigit() else None
            if person is None:
                raise ValueError(tr("There is no person with the profile id '{id}'.").format(id=target))
            if person.archived_at is not None:
                raise ValueError(tr("{name}'s profile is archived: restore it before assigning.").format(
                    name=person.display_name))
            return str(person.id)
        if target_type == "role":
            if target not in ROLES:
                raise ValueError(tr("Unknown role '{role}': use {roles}.").format(role=target, roles=", ".join(ROLES)))
            return target
        if target_type == "team":
            team = clean_team(target)
            if not team:
                raise ValueError(tr("Enter the team's name."))
            return team
        raise ValueError(tr("Unknown kind of target '{kind}': use person, role or team.").format(kind=target_type))


def _sooner(candidate: DueItem, held: DueItem) -> bool:
    if candidate.due_on != held.due_on:
        return candidate.due_on < held.due_on
    if (candidate.via_path is None) != (held.via_path is None):
        return candidate.via_path is None
    return candidate.assignment_id < held.assignment_id
