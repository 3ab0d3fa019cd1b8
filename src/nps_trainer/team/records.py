"""The team's training records for managers: a matrix of people by module and quiz, one person's whole record,
the rows of the completion report, and overdue counts over time. Qt-free.

Everything is read in a few set-based queries (profiles, module summaries, finished quiz attempts, active
assignments), never one query per person, so the matrix for 500 people and 40 items is built in well under
the 300 ms the team view allows (``benchmarks/bench_team_view.py``). Statuses come from :mod:`.status` and
"done for an assignment" from :mod:`.assignments`, so the matrix, Learn and the assignment list agree.
"""

from __future__ import annotations

import calendar
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..i18n import tr, tr_noop
from ..storage.database import Database
from . import status as st

if TYPE_CHECKING:
    from ..content import Module
    from ..profiles import ProfileInfo, ProfileService
    from ..progress.service import ModuleSummary
    from .assignments import AssignmentInfo, AssignmentService
    from .paths import LearningPath

ITEM_TYPE_LABELS = {"module": tr_noop("Module"), "quiz": tr_noop("Quiz"), "path": tr_noop("Learning path")}


# -- what the team view shows -------------------------------------------------------------------------------
@dataclass(frozen=True)
class TrainingItem:
    """A module or quiz as a column of the matrix."""

    item_type: str  # module | quiz
    item_id: str
    title: str
    version: str
    minutes: int = 0  # a module's 'minutes' front matter (0 for a quiz)
    pass_mark: float | None = None  # a quiz's pass mark, percent
    sections: tuple[str, ...] = ()  # a module's section anchors as it is now
    module: Module | None = field(default=None, compare=False, repr=False)
    modules: tuple[str, ...] = ()  # a quiz's modules

    @property
    def key(self) -> tuple[str, str]:
        return (self.item_type, self.item_id)

    @cached_property
    def section_set(self) -> frozenset[str]:
        return frozenset(self.sections)

    @property
    def short_title(self) -> str:
        """The title before a colon ('Drug awareness essentials'), or after 'Check your learning:' for quizzes."""
        title = self.title
        if ":" in title:
            head, tail = title.split(":", 1)
            title = tail if head.strip().casefold() == "check your learning" and tail.strip() else head
        title = title.strip().rstrip("?").strip()
        return title[:1].upper() + title[1:]


class Cell(NamedTuple):
    """One person's standing on one item (a named tuple: 20,000 of them are made for a matrix)."""

    status: str  # module: status.MODULE_STATES; quiz: status.QUIZ_STATES
    date: date | None = None  # a module's completion date; a quiz's best assessed attempt
    score: float | None = None  # best assessed score, percent (quizzes)
    attempts: int = 0  # finished assessed attempts (quizzes)
    practice_attempts: int = 0  # finished practice attempts (quizzes)
    due_on: date | None = None  # earliest due date of the assignments covering it
    overdue: bool = False  # assigned, due date passed, not done
    refresher_due: bool = False  # completed, but 12 months have passed or the module changed in substance
    completed_unread: bool = False  # completed before every section had to be read
    sections_viewed: int = 0  # modules: sections as they are now viewed or credited
    sections_total: int = 0
    done: bool = False  # done as an assignment counts it (completed and fresh, or passed)
    passed_on: date | None = None  # quizzes: first assessed pass
    sections_joint: int = 0  # modules: of sections_viewed, those seen only in a joint session (not read alone)


@dataclass(frozen=True)
class MatrixPerson:
    id: int
    name: str
    uid: str
    role: str
    role_label: str
    organisation: str
    organisation_label: str
    team: str


@dataclass(frozen=True)
class TeamMatrix:
    """People (rows) by items (columns). ``roles``, ``organisations`` and ``teams`` list what the filters can
    offer (from everyone not archived, whatever is filtered)."""

    today: date
    items: tuple[TrainingItem, ...]
    people: tuple[MatrixPerson, ...]
    cells: tuple[tuple[Cell, ...], ...]  # cells[person][item]
    roles: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    teams: tuple[str, ...] = ()

    def cell(self, person_index: int, item_index: int) -> Cell:
        return self.cells[person_index][item_index]

    @property
    def overdue(self) -> int:
        """Overdue assigned items, across everyone shown."""
        return sum(c.overdue for row in self.cells for c in row)

    @property
    def people_overdue(self) -> int:
        return sum(any(c.overdue for c in row) for row in self.cells)

    @property
    def refreshers_due(self) -> int:
        return sum(c.refresher_due for row in self.cells for c in row)

    def filtered(self, *, role: str | None = None, organisation: str | None = None, team: str | None = None,
                 search: str = "") -> TeamMatrix:
        keep = [i for i, p in enumerate(self.people) if matches(p, role, organisation, team, search)]
        return replace(self, people=tuple(self.people[i] for i in keep), cells=tuple(self.cells[i] for i in keep))


def matches(person: MatrixPerson, role: str | None, organisation: str | None, team: str | None,
            search: str) -> bool:
    """The filters: role key, organisation key, team (ignoring case and spacing) and part of the name."""
    if role and person.role != role:
        return False
    if organisation and person.organisation != organisation:
        return False
    if team is not None and team != "" and _norm(person.team) != _norm(team):
        return False
    wanted = _norm(search)
    return not wanted or wanted in _norm(person.name)


def _norm(text: str) -> str:
    return " ".join((text or "").split()).casefold()


# -- one person's record -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class AttemptLine:
    mode: str  # practice | assessed
    started_at: datetime
    finished_at: datetime | None
    score: float | None  # percent; None when set aside unscored or unfinished
    passed: bool | None
    seconds: float


@dataclass(frozen=True)
class ModuleRecord:
    item: TrainingItem
    cell: Cell
    completed_at: datetime | None
    version_completed: str | None


@dataclass(frozen=True)
class QuizRecord:
    item: TrainingItem
    cell: Cell
    attempts: tuple[AttemptLine, ...]  # newest first

    @property
    def best(self) -> float | None:
        return self.cell.score

    @property
    def passed(self) -> bool:
        return self.cell.status == st.PASSED


@dataclass(frozen=True)
class AssignmentLine:
    assignment_id: int
    item_type: str  # module | quiz | path
    item_id: str
    title: str
    how: str  # 'to them', 'to their role (Manager)', 'to their team (North)'
    due_on: date
    done: bool
    overdue: bool
    assigned_by: str  # name of the manager, '' when unknown
    created_at: datetime


@dataclass(frozen=True)
class CertificateLine:
    code: str
    item_type: str
    item_id: str
    title: str
    issued_at: datetime
    issued_by: str
    revoked_at: datetime | None
    revoke_reason: str | None


@dataclass(frozen=True)
class PersonRecord:
    profile: ProfileInfo
    learning_erased_at: datetime | None
    modules: tuple[ModuleRecord, ...]
    quizzes: tuple[QuizRecord, ...]
    assignments: tuple[AssignmentLine, ...]
    certificates: tuple[CertificateLine, ...]

    @property
    def modules_completed(self) -> int:
        return sum(m.cell.status in (st.COMPLETED, st.COMPLETED_UNREAD, st.REFRESHER_DUE) for m in self.modules)

    @property
    def quizzes_passed(self) -> int:
        return sum(q.passed for q in self.quizzes)

    @property
    def overdue(self) -> int:
        return sum(a.overdue for a in self.assignments)


# -- the completion report ----------------------------------------------------------------------------------
COMPLETION_HEADER = ("name", "uid", "role", "organisation", "team", "item type", "item id", "title", "status",
                     "completed date", "assessed score", "attempts", "due date", "overdue", "refresher due",
                     "completed unread")


@dataclass(frozen=True)
class CompletionRow:
    name: str
    uid: str
    role: str
    organisation: str
    team: str
    item_type: str
    item_id: str
    title: str
    status: str
    completed_on: date | None
    assessed_score: float | None
    attempts: int
    due_on: date | None
    overdue: bool
    refresher_due: bool
    completed_unread: bool

    def values(self) -> tuple[object, ...]:
        score = None if self.assessed_score is None else round(self.assessed_score, 1)
        return (self.name, self.uid, self.role, self.organisation, self.team, self.item_type, self.item_id,
                self.title, self.status, self.completed_on, score, self.attempts, self.due_on, self.overdue,
                self.refresher_due, self.completed_unread)


@dataclass(frozen=True)
class OverduePoint:
    month: str  # YYYY-MM
    as_of: date  # the month's last day, or today for the current month
    overdue: int


# -- content -------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Content:
    items: tuple[TrainingItem, ...]
    paths: tuple[LearningPath, ...]

    def get(self, item_type: str, item_id: str) -> TrainingItem | None:
        return next((i for i in self.items if i.item_type == item_type and i.item_id == item_id), None)

    def title(self, item_type: str, item_id: str) -> str:
        if item_type == "path":
            path = next((p for p in self.paths if p.id == item_id), None)
            return path.title if path else item_id
        item = self.get(item_type, item_id)
        return item.title if item else item_id

    @property
    def modules(self) -> dict[str, Module]:
        return {i.item_id: i.module for i in self.items if i.module is not None}


def load_content(content_dir: Path) -> Content:
    """Modules in reading order, each followed by its quizzes; quizzes of no installed module at the end."""
    from ..content import load_catalogue
    from ..quiz import load_quizzes
    from .paths import load_paths

    catalogue = load_catalogue(content_dir / "modules")
    known = {m.id: {s.anchor for s in m.sections} for m in catalogue.modules}
    folder = content_dir / "quizzes"
    quizzes, _problems = load_quizzes(folder, known) if folder.is_dir() else ([], [])
    quizzes = [q for q in quizzes if q.id]
    position = {m.id: i for i, m in enumerate(catalogue.modules)}

    def home(quiz) -> int:
        return min((position.get(m, len(position)) for m in quiz.modules), default=len(position))

    by_module: dict[int, list] = {}
    for quiz in sorted(quizzes, key=lambda q: (home(q), q.title.casefold())):
        by_module.setdefault(home(quiz), []).append(quiz)
    items: list[TrainingItem] = []
    for index, module in enumerate(catalogue.modules):
        items.append(TrainingItem("module", module.id, module.title, module.version, module.minutes, None,
                                  tuple(s.anchor for s in module.sections), module))
        items += [_quiz_item(q) for q in by_module.get(index, [])]
    items += [_quiz_item(q) for q in by_module.get(len(position), [])]
    module_ids = {m.id for m in catalogue.modules}
    quiz_ids = {q.id for q in quizzes}
    paths, _problems = load_paths(content_dir, module_ids=module_ids, quiz_ids=quiz_ids)
    return Content(tuple(items), tuple(paths))


def _quiz_item(quiz) -> TrainingItem:
    return TrainingItem("quiz", quiz.id, quiz.title, quiz.version, 0, quiz.pass_mark, (), None,
                        tuple(quiz.modules))


def _content_signature(content_dir: Path) -> tuple:
    from ..content.loader import module_files
    from ..quiz.validator import quiz_files
    from .paths import PATHS_FILE_NAME

    quizzes = content_dir / "quizzes"
    from ..file_signature import files_signature

    return files_signature([*module_files(content_dir / "modules"), *(quiz_files(quizzes) if quizzes.is_dir() else []),
                            content_dir / PATHS_FILE_NAME, content_dir / "content.yaml"])


# -- raw rows, read set-based --------------------------------------------------------------------------------
@dataclass
class _QuizAgg:
    best: float | None = None
    best_at: datetime | None = None
    assessed: int = 0
    practice: int = 0
    passed_at: datetime | None = None  # first assessed pass


@dataclass
class _Rows:
    summaries: dict[tuple[int, str], ModuleSummary]
    quizzes: dict[tuple[int, str], _QuizAgg]


def _anchors(text: str | None) -> tuple[str, ...]:
    """A JSON list of section anchors read as text."""
    if not text or text == "[]" or text == "null":
        return ()
    value = json.loads(text)
    return tuple(value) if isinstance(value, list) else ()


def _utc(moment: datetime | str | None) -> datetime | None:
    """A stored UTC moment read as text (or as a naive timestamp), as an aware UTC datetime."""
    if moment is None:
        return None
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


_LOCAL_OFFSETS: dict[tuple[int, int, int, int], timedelta | None] = {}


def _local_date(moment: datetime | None) -> date | None:
    """The local calendar date of a UTC moment (the offset looked up once per hour of the calendar)."""
    if moment is None:
        return None
    key = (moment.year, moment.month, moment.day, moment.hour)
    offset = _LOCAL_OFFSETS.get(key)
    if offset is None:
        offset = _LOCAL_OFFSETS[key] = moment.astimezone().utcoffset()
    return (moment + offset).date() if offset is not None else moment.date()


def _merge_imported(summaries: dict, quizzes: dict[tuple[int, str], _QuizAgg], database: Database,
                    profile_ids: Sequence[int] | None) -> None:
    """Add training done on another device and imported as learning records (statements whose actor a manager
    linked to a person here): a module completed there counts as completed, an assessed quiz there as an
    attempt with its score. What was done here is never replaced by an older record from elsewhere."""
    from ..learning_records.imported import imported_completions
    from ..progress.service import ModuleSummary

    wanted = set(profile_ids) if profile_ids is not None else None
    for done in imported_completions(database):
        if wanted is not None and done.profile_id not in wanted:
            continue
        key = (done.profile_id, done.item_id)
        moment = datetime(done.date.year, done.date.month, done.date.day, 12, tzinfo=UTC)
        if done.item_type == "module":
            local = summaries.get(key)
            if local is None or local.completed_at is None or local.completed_unread or local.completed_at < moment:
                seen = local.sections_seen if local else ()
                summaries[key] = ModuleSummary(done.item_id, local.progress if local else 0.0,
                                               local.last_section if local else None, seen, moment, None, None,
                                               None, local.sections_credited if local else (), False)
        elif done.item_type == "quiz":
            agg = quizzes.setdefault(key, _QuizAgg())
            agg.assessed += 1
            if done.score is not None and (agg.best is None or done.score > agg.best):
                agg.best, agg.best_at = done.score, moment
            if done.passed and (agg.passed_at is None or moment < agg.passed_at):
                agg.passed_at = moment


class TeamRecords:
    """Managers' views of everyone's training. Content (titles, versions, sections) is loaded once and again
    only when a content file changes."""

    def __init__(self, database: Database, profiles: ProfileService, assignments: AssignmentService,
                 content_dir: Path) -> None:
        self._db = database
        self._profiles = profiles
        self._assignments = assignments
        self._content_dir = Path(content_dir)
        self._content: Content | None = None
        self._content_key: tuple | None = None

    @property
    def database(self) -> Database:
        return self._db

    # -- content ------------------------------------------------------------------------------------------
    def content(self) -> Content:
        key = _content_signature(self._content_dir)
        if self._content is None or key != self._content_key:
            self._content = load_content(self._content_dir)
            self._content_key = key
        return self._content

    # -- the matrix ---------------------------------------------------------------------------------------
    def matrix(self, today: date, *, role: str | None = None, organisation: str | None = None,
               team: str | None = None, search: str = "") -> TeamMatrix:
        """Everyone not archived (filtered by role, organisation, team and part of the name) by every module
        and quiz, in catalogue order."""
        content = self.content()
        everyone = [p for p in self._profiles.list() if p.archived_at is None]
        everyone.sort(key=lambda p: (_norm(p.display_name), p.id))
        people = [_person(p) for p in everyone]
        shown = [(info, person) for info, person in zip(everyone, people, strict=True)
                 if matches(person, role, organisation, team, search)]
        rows = self._rows([info.id for info, _ in shown] if len(shown) < len(everyone) else None)
        active = self._assignments.active()
        due_cache: dict = {}
        cells = tuple(self._cells(info, content, rows, active, today, due_cache) for info, _ in shown)
        return TeamMatrix(
            today=today, items=content.items, people=tuple(p for _, p in shown), cells=cells,
            roles=tuple(sorted({p.role for p in everyone})),
            organisations=tuple(sorted({p.organisation for p in everyone})),
            teams=_teams(everyone),
        )

    def _cells(self, profile: ProfileInfo, content: Content, rows: _Rows, active: Sequence[AssignmentInfo],
               today: date, due_cache: dict | None = None) -> tuple[Cell, ...]:
        due = _due_dates(profile, active, content.paths, due_cache)
        result = []
        for item in content.items:
            key = (profile.id, item.item_id)
            due_on = due.get(item.key)
            if item.item_type == "module":
                result.append(_module_cell(item, rows.summaries.get(key), today, due_on))
            else:
                result.append(_quiz_cell(rows.quizzes.get(key), today, due_on))
        return tuple(result)

    def _rows(self, profile_ids: Sequence[int] | None) -> _Rows:
        """Module summaries and quiz attempt totals of everyone not archived (or of ``profile_ids``), in two
        queries."""
        from sqlalchemy import String, cast, select

        from ..progress.service import ModuleSummary
        from ..storage.models import ModuleProgress, Profile, QuizAttempt

        def limited(query, column):
            if profile_ids is not None:
                return query.where(column.in_(list(profile_ids)))
            alive = select(Profile.id).where(Profile.archived_at.is_(None))
            return query.where(column.in_(alive))

        summaries: dict[tuple[int, str], ModuleSummary] = {}
        quizzes: dict[tuple[int, str], _QuizAgg] = {}
        if profile_ids is not None and not profile_ids:
            return _Rows(summaries, quizzes)
        mp = ModuleProgress
        with self._db.session() as session:
            # Lists and moments come as text and are decoded here: most credited lists are empty, and this
            # skips a conversion step per value for thousands of rows.
            query = select(mp.profile_id, mp.module_id, mp.progress, mp.last_section, cast(mp.sections_seen, String),
                           cast(mp.completed_at, String), mp.version_completed, cast(mp.sections_credited, String),
                           mp.completed_unread)
            connection = session.connection()  # plain rows: no ORM loading step for 20,000 of them
            for pid, mid, progress, last, seen, completed_at, version, credited, unread in connection.execute(
                    limited(query, mp.profile_id)):
                summaries[(pid, mid)] = ModuleSummary(mid, progress or 0.0, last, _anchors(seen), _utc(completed_at),
                                                      version, None, None, _anchors(credited), bool(unread))
            # Finished attempts, summed up here: a GROUP BY cannot also say when the best score was reached
            # without a second pass over the table. The moments come as text (no per-row conversion) and are
            # compared as text, which orders them as the database wrote them; only the chosen ones are parsed.
            qa = QuizAttempt
            query = (select(qa.profile_id, qa.quiz_id, qa.mode, qa.score, qa.passed, cast(qa.finished_at, String))
                     .where(qa.score.is_not(None), qa.finished_at.is_not(None)))
            raw: dict[tuple[int, str], list] = {}
            for pid, qid, mode, score, passed, finished in connection.execute(limited(query, qa.profile_id)):
                agg = raw.get((pid, qid))
                if agg is None:
                    agg = raw[(pid, qid)] = [None, None, 0, 0, None]  # best, best at, assessed, practice, passed at
                if mode != "assessed":
                    agg[3] += 1
                    continue
                agg[2] += 1
                if agg[0] is None or score > agg[0] or (score == agg[0] and finished < agg[1]):
                    agg[0], agg[1] = score, finished
                if passed and (agg[4] is None or finished < agg[4]):
                    agg[4] = finished
            for key, (best, best_at, assessed, practice, passed_at) in raw.items():
                quizzes[key] = _QuizAgg(best, _utc(best_at), assessed, practice, _utc(passed_at))
        _merge_imported(summaries, quizzes, self._db, profile_ids)
        return _Rows(summaries, quizzes)

    # -- one person ---------------------------------------------------------------------------------------
    def person(self, profile_id: int, today: date) -> PersonRecord:
        """The whole record of one person (archived people too): modules, quizzes with every attempt,
        assignments, certificates, and when their learning records were erased."""
        from sqlalchemy import func, select

        from ..storage.models import Certificate, Profile, QuizAnswer, QuizAttempt

        profile = self._profiles.get(profile_id)
        if profile is None:
            raise LookupError(tr("There is no profile {id}.").format(id=profile_id))
        content = self.content()
        rows = self._rows([profile_id])
        active = self._assignments.active()
        cells = self._cells(profile, content, rows, active, today)
        names = {p.id: p.display_name for p in self._profiles.list(include_archived=True)}
        with self._db.session() as session:
            erased = session.scalar(select(Profile.learning_erased_at).where(Profile.id == profile_id))
            seconds = (select(QuizAnswer.attempt_id, func.sum(QuizAnswer.seconds).label("seconds"))
                       .group_by(QuizAnswer.attempt_id).subquery())
            attempts: dict[str, list[AttemptLine]] = {}
            query = (select(QuizAttempt.quiz_id, QuizAttempt.mode, QuizAttempt.started_at, QuizAttempt.finished_at,
                            QuizAttempt.score, QuizAttempt.passed, seconds.c.seconds)
                     .outerjoin(seconds, seconds.c.attempt_id == QuizAttempt.id)
                     .where(QuizAttempt.profile_id == profile_id)
                     .order_by(QuizAttempt.started_at.desc(), QuizAttempt.id.desc()))
            for quiz_id, mode, started, finished, score, passed, spent in session.execute(query):
                attempts.setdefault(quiz_id, []).append(AttemptLine(mode, started, finished, score, passed,
                                                                    float(spent or 0.0)))
            certificates = [
                CertificateLine(c.code, c.item_type, c.item_id, content.title(c.item_type, c.item_id)
                                if c.item_type in ("module", "quiz", "path") else str((c.facts or {}).get("title")
                                                                                    or c.item_id),
                                c.issued_at, names.get(c.issued_by, ""), c.revoked_at, c.revoke_reason)
                for c in session.scalars(select(Certificate).where(Certificate.profile_id == profile_id)
                                         .order_by(Certificate.issued_at.desc(), Certificate.id.desc()))]
        modules: list[ModuleRecord] = []
        quizzes: list[QuizRecord] = []
        for item, cell in zip(content.items, cells, strict=True):
            if item.item_type == "module":
                summary = rows.summaries.get((profile_id, item.item_id))
                modules.append(ModuleRecord(item, cell, summary.completed_at if summary else None,
                                            summary.version_completed if summary else None))
            else:
                quizzes.append(QuizRecord(item, cell, tuple(attempts.get(item.item_id, ()))))
        return PersonRecord(profile, erased, tuple(modules), tuple(quizzes),
                            tuple(self._assignment_lines(profile, content, cells, rows, active, names, today)),
                            tuple(certificates))

    def _assignment_lines(self, profile: ProfileInfo, content: Content, cells: Sequence[Cell], rows: _Rows,
                          active: Sequence[AssignmentInfo], names: Mapping[int, str], today: date
                          ) -> Iterable[AssignmentLine]:
        from ..profiles import ROLES
        from .assignments import covers, expand, item_done

        def done_part(key: tuple[str, str]) -> bool:
            if key in by_key:
                return by_key[key].done
            # A module or quiz no longer installed: as the assignment list counts it.
            kind, item_id = key
            agg = rows.quizzes.get((profile.id, item_id)) if kind == "quiz" else None
            return item_done(kind, item_id, rows.summaries.get((profile.id, item_id)) if kind == "module" else None,
                             None, agg is not None and agg.passed_at is not None, today)

        by_key = {item.key: cell for item, cell in zip(content.items, cells, strict=True)}
        for assignment in active:
            if not covers(assignment, profile):
                continue
            if assignment.target_type == "person":
                how = tr("to them")
            elif assignment.target_type == "role":
                role = ROLES.get(assignment.target)
                how = tr("to their role ({role})").format(role=tr(role) if role else assignment.target)
            elif assignment.target_type == "team":
                how = tr("to their team ({team})").format(team=assignment.target)
            else:
                how = ""
            parts = expand(assignment.item_type, assignment.item_id, content.paths)
            done = bool(parts) and all(done_part(part) for part in parts)
            yield AssignmentLine(assignment.id, assignment.item_type, assignment.item_id,
                                 content.title(assignment.item_type, assignment.item_id), how, assignment.due_on,
                                 done, assignment.due_on < today and not done,
                                 names.get(assignment.assigned_by or 0, ""), assignment.created_at)

    # -- the completion report ----------------------------------------------------------------------------
    def completion_rows(self, since: date | None, until: date | None, today: date) -> list[CompletionRow]:
        """One row per person (not archived) and item. With ``since`` or ``until``, only the rows with
        something in that range: a module's completion, a quiz's first pass or best assessed attempt, or a
        due date. A quiz's completed date is its first assessed pass."""
        matrix = self.matrix(today)
        result: list[CompletionRow] = []
        for person, cells in zip(matrix.people, matrix.cells, strict=True):
            for item, cell in zip(matrix.items, cells, strict=True):
                if (since or until) and not any(_within(d, since, until)
                                                for d in (cell.date, cell.passed_on, cell.due_on)):
                    continue
                completed = cell.date if item.item_type == "module" else cell.passed_on
                result.append(CompletionRow(
                    person.name, person.uid, person.role_label, person.organisation_label, person.team,
                    item.item_type, item.item_id, item.title, cell.status, completed, cell.score, cell.attempts,
                    cell.due_on, cell.overdue, cell.refresher_due, cell.completed_unread))
        return result

    # -- overdue over time --------------------------------------------------------------------------------
    def overdue_over_time(self, months: int, today: date) -> list[OverduePoint]:
        """The number of overdue assigned items (person and item) at the end of each of the last ``months``
        months, oldest first; the current month is counted as of today.

        Worked out from the records as they are now: assignments with when they were made and cancelled,
        people with when they joined and were archived, each module's latest completion and each quiz's first
        assessed pass. A person's role and team are taken as they are today, and a module completed again
        counts from its latest completion."""
        if months < 1:
            return []
        from sqlalchemy import select

        from ..storage.models import Assignment
        from .assignments import AssignmentInfo, covers, expand

        content = self.content()
        modules = content.modules
        everyone = self._profiles.list(include_archived=True)
        with self._db.session() as session:
            history = [(AssignmentInfo(a.id, a.item_type, a.item_id, a.target_type, a.target, a.due_on,
                                       a.assigned_by, a.created_at), a.cancelled_at)
                       for a in session.scalars(select(Assignment))]
        ends = _month_ends(months, today)
        if not history:
            return [OverduePoint(f"{end:%Y-%m}", end, 0) for end in ends]
        rows = self._rows([p.id for p in everyone])
        # (person, item) -> the assignments covering it (created, cancelled, due)
        covering: dict[tuple[int, str, str], list[tuple[date, date | None, date]]] = {}
        for assignment, cancelled in history:
            parts = expand(assignment.item_type, assignment.item_id, content.paths)
            for person in everyone:
                if covers(assignment, person):
                    for item_type, item_id in parts:
                        covering.setdefault((person.id, item_type, item_id), []).append(
                            (assignment.created_at.date(), cancelled.date() if cancelled else None,
                             assignment.due_on))
        people = {p.id: p for p in everyone}
        points: list[OverduePoint] = []
        for end in ends:
            count = 0
            for (pid, item_type, item_id), spans in covering.items():
                person = people[pid]
                if person.created_at.date() > end or (person.archived_at and person.archived_at.date() <= end):
                    continue
                live = [due for made, cancelled, due in spans if made <= end and (cancelled is None or cancelled > end)]
                if not live or min(live) >= end:
                    continue
                if not _done_by(item_type, item_id, pid, rows, modules, end):
                    count += 1
            points.append(OverduePoint(f"{end:%Y-%m}", end, count))
        return points


# -- helpers -------------------------------------------------------------------------------------------------
def _teams(people: Iterable[ProfileInfo]) -> tuple[str, ...]:
    """Each team once (names that differ only in case or spacing are one team), as first spelt, sorted."""
    teams: dict[str, str] = {}
    for person in people:
        name = " ".join(person.team.split())
        if name:
            teams.setdefault(name.casefold(), name)
    return tuple(sorted(teams.values(), key=str.casefold))


def _person(p: ProfileInfo) -> MatrixPerson:
    return MatrixPerson(p.id, p.display_name, p.uid, p.role, p.role_label, p.organisation, p.organisation_label,
                        " ".join(p.team.split()))


def _module_cell(item: TrainingItem, summary: ModuleSummary | None, today: date, due_on: date | None) -> Cell:
    module = item.module
    state = st.module_state(summary, module, today) if module is not None else st.NOT_STARTED
    done = state == st.COMPLETED
    overdue = due_on is not None and due_on < today and not done
    total = len(item.sections)
    if summary is None:
        return Cell(state, sections_total=total, due_on=due_on, overdue=overdue)
    completed = summary.completed_at is not None
    if state == st.REFRESHER_DUE:
        refresher = True
    elif completed and state != st.COMPLETED:  # completed unread: it may be due a refresher as well
        refresher = st.refresher_due(summary.completed_at, summary.version_completed, item.version, today)
    else:
        refresher = False
    anchors = item.section_set
    viewed = len(anchors.intersection(summary.sections_seen))
    if summary.sections_credited:
        viewed = len(anchors.intersection({*summary.sections_seen, *summary.sections_credited}))
    joint = len(anchors.intersection(summary.sections_credited or ()).difference(summary.sections_seen))
    return Cell(state, _local_date(summary.completed_at), None, 0, 0, due_on, overdue, refresher,
                completed and summary.completed_unread, viewed, total, done, sections_joint=joint)


def _quiz_cell(agg: _QuizAgg | None, today: date, due_on: date | None) -> Cell:
    overdue = due_on is not None and due_on < today
    if agg is None:
        return Cell(st.NOT_STARTED, due_on=due_on, overdue=overdue)
    passed = agg.passed_at is not None
    state = st.quiz_state(agg.best, passed, agg.assessed + agg.practice)
    done = st.quiz_done(passed)
    return Cell(state, _local_date(agg.best_at), agg.best, agg.assessed, agg.practice, due_on, overdue and not done,
                done=done, passed_on=_local_date(agg.passed_at))


def _due_dates(profile: ProfileInfo, active: Sequence[AssignmentInfo], paths: Sequence[LearningPath],
               cache: dict | None = None) -> dict[tuple[str, str], date]:
    """The earliest due date of each module and quiz assigned to this person (paths expanded), as
    ``AssignmentService.due_items`` gives them, without a query per person. Assignments to a role or a team are
    worked out once per role and team in ``cache`` (people alike in both are covered alike)."""
    from .assignments import covers, expand

    def earliest(due: dict, assignments: Iterable[AssignmentInfo]) -> dict:
        for assignment in assignments:
            for key in expand(assignment.item_type, assignment.item_id, paths):
                if key not in due or assignment.due_on < due[key]:
                    due[key] = assignment.due_on
        return due

    cache = {} if cache is None else cache
    group = ("group", profile.role, _norm(profile.team))
    if group not in cache:
        cache[group] = earliest({}, (a for a in active if a.target_type != "person" and covers(a, profile)))
    personal = [a for a in active if a.target_type == "person" and covers(a, profile)]
    return earliest(dict(cache[group]), personal) if personal else cache[group]


def _done_by(item_type: str, item_id: str, profile_id: int, rows: _Rows, modules: Mapping[str, Module],
             end: date) -> bool:
    if item_type == "quiz":
        agg = rows.quizzes.get((profile_id, item_id))
        return agg is not None and agg.passed_at is not None and agg.passed_at.date() <= end
    summary = rows.summaries.get((profile_id, item_id))
    if summary is None or summary.completed_at is None or summary.completed_at.date() > end:
        return False
    if summary.completed_unread:
        return False
    return (end - summary.completed_at.date()).days < st.REFRESH_AFTER_DAYS


def _within(day: date | None, since: date | None, until: date | None) -> bool:
    if day is None:
        return False
    return (since is None or day >= since) and (until is None or day <= until)


def _month_ends(months: int, today: date) -> list[date]:
    ends: list[date] = []
    year, month = today.year, today.month
    for _ in range(months):
        last = date(year, month, calendar.monthrange(year, month)[1])
        ends.append(min(last, today))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return ends[::-1]
