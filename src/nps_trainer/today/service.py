"""Building a person's Today from the services they already have: nothing here decrypts anything, and each
part reads only what the person's role shows (a practitioner's Today never builds the team matrix)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from ..quiz_records import QuizStatus
from ..team.status import COMPLETED, COMPLETED_UNREAD, IN_PROGRESS, module_state
from .items import (
    MAX_LISTED,
    AssignedItem,
    DraftScreening,
    ModuleToFinish,
    SessionItem,
    TeamOverview,
    Today,
)

if TYPE_CHECKING:
    from ..content import Module
    from ..profiles import ProfileInfo
    from ..quiz import Quiz
    from ..services import Services
    from ..team.paths import LearningPath

log = logging.getLogger(__name__)

SESSION_ROLES = ("facilitator", "manager")  # who runs joint sessions (Joint sessions section)
RECENT_SESSION_DAYS = 7  # an ended session with nobody on its register is listed for this long


class QuizLookup(Protocol):
    def get(self, quiz_id: str, /) -> Quiz | None: ...


@dataclass(frozen=True)
class TodayContent:
    """The installed content, each part read only when it is needed (the UI passes its caches)."""

    modules: Callable[[], Sequence[Module]]  # the catalogue's modules, in its order
    quizzes: Callable[[], QuizLookup]
    paths: Callable[[], Sequence[LearningPath]]

    @classmethod
    def from_folder(cls, content_dir: Path) -> TodayContent:
        """Read straight from a content folder (the command line and tests; the UI has caches)."""
        from functools import cache

        @cache
        def modules() -> tuple[Module, ...]:
            from ..content import load_catalogue

            return tuple(load_catalogue(content_dir / "modules").modules)

        @cache
        def quizzes() -> Mapping[str, Quiz]:
            from ..quiz import load_quizzes

            known = {m.id: {s.anchor for s in m.sections} for m in modules()}
            return {quiz.id: quiz for quiz in load_quizzes(content_dir / "quizzes", known)[0]}

        @cache
        def paths() -> tuple[LearningPath, ...]:
            from ..team.paths import load_paths

            return tuple(load_paths(content_dir)[0])

        return cls(modules, quizzes, paths)


class TodayService:
    """What one person should look at today, by role: everyone has the refresher, assigned training, modules to
    finish and draft screenings; facilitators and managers their joint sessions; managers their team."""

    def __init__(self, services: Services) -> None:
        self._services = services

    def for_profile(self, profile: ProfileInfo, content: TodayContent, today: date | None = None, *,
                    team: bool = True) -> Today:
        """``team=False`` leaves out a manager's team overview (it reads everyone's records: the page reads it
        once it is on screen, with :meth:`team`)."""
        day = today or date.today()
        notes: list[str] = []

        def part(name: str, read: Callable[[], object], empty: object) -> object:
            """One part of the day; a part that cannot be read is left out (and logged), never the whole page."""
            try:
                return read()
            except Exception:
                log.exception("Today: could not read %s", name)
                notes.append(name)
                return empty

        refresher = part("refresher", lambda: self.refresher_due(profile, content), 0)
        assigned = part("assigned", lambda: self.assigned(profile, content, day), [])
        taken = {item.item_id for item in assigned if item.item_type == "module"}
        to_finish = part("to finish", lambda: self.modules_to_finish(profile, content, day, taken), [])
        drafts, drafts_more = part("drafts", lambda: self.drafts(profile), ((), 0))
        sessions = part("sessions", lambda: self.sessions(profile, day), []) if profile.role in SESSION_ROLES else []
        overview = part("team", lambda: self.team(profile, day), None) if team and profile.is_manager else None
        return Today(day=day, role=profile.role, refresher_due=refresher,
                     assigned=tuple(assigned[:MAX_LISTED]), assigned_more=max(0, len(assigned) - MAX_LISTED),
                     to_finish=tuple(to_finish[:MAX_LISTED]), to_finish_more=max(0, len(to_finish) - MAX_LISTED),
                     drafts=drafts, drafts_more=drafts_more, sessions=tuple(sessions), team=overview,
                     notes=tuple(notes))

    # -- the parts ----------------------------------------------------------------------------------------------
    def refresher_due(self, profile: ProfileInfo, content: TodayContent) -> int:
        """Questions left in today's refresher (the quiz library is read only when the person has any)."""
        return self._services.refresher.status(profile.id, content.quizzes).left_today

    def assigned(self, profile: ProfileInfo, content: TodayContent, today: date) -> list[AssignedItem]:
        """Assigned modules and quizzes not yet done, soonest due first (paths expanded)."""
        paths = content.paths()
        due = self._services.assignments.due_items(profile, paths)
        if not due:
            return []
        kinds = {item.item_type for item in due}
        modules = {m.id: m for m in content.modules()} if "module" in kinds else {}
        quizzes = content.quizzes() if "quiz" in kinds else None
        module_summaries = self._services.progress.summaries(profile.id) if "module" in kinds else {}
        quiz_summaries = self._services.quiz_records.summaries(profile.id) if "quiz" in kinds else {}
        path_titles = {p.id: p.title for p in paths}
        items: list[AssignedItem] = []
        for item in due:
            if item.item_type == "module":
                module = modules.get(item.item_id)
                if module is None:  # not installed: nothing to open (Learn's list says so)
                    continue
                state = module_state(module_summaries.get(item.item_id), module, today)
                if state == COMPLETED:
                    continue
                title = module.title
            else:
                quiz = quizzes.get(item.item_id) if quizzes is not None else None
                if quiz is None:
                    continue
                summary = quiz_summaries.get(item.item_id)
                if summary is not None and summary.status is QuizStatus.PASSED:
                    continue
                state = summary.status.value if summary else QuizStatus.NOT_TAKEN.value
                title = quiz.title
            items.append(AssignedItem(item.item_type, item.item_id, title, item.due_on, state,
                                      path_titles.get(item.via_path) if item.via_path else None))
        return sorted(items, key=lambda i: i.due_on)

    def modules_to_finish(self, profile: ProfileInfo, content: TodayContent, today: date,
                          leave_out: set[str] | frozenset[str] = frozenset()) -> list[ModuleToFinish]:
        """Modules started and not finished (or completed with sections unread), in the catalogue's order, less
        those in ``leave_out`` (already listed as assigned)."""
        summaries = self._services.progress.summaries(profile.id)
        if not summaries:
            return []
        found: list[ModuleToFinish] = []
        for module in content.modules():
            summary = summaries.get(module.id)
            if summary is None or module.id in leave_out:
                continue
            state = module_state(summary, module, today)
            if state in (IN_PROGRESS, COMPLETED_UNREAD):
                anchors = [s.anchor for s in module.sections]
                found.append(ModuleToFinish(module.id, module.title, summary.sections_viewed(anchors), len(anchors),
                                            state))
        return found

    def drafts(self, profile: ProfileInfo) -> tuple[tuple[DraftScreening, ...], int]:
        """The person's unfinished screenings, last saved first (at most MAX_LISTED), and how many more. Read from
        the plain columns only: no case reference or answer is decrypted."""
        from sqlalchemy import func, select

        from ..screening_records.store import DRAFT
        from ..storage.models import ScreeningRecord

        where = (ScreeningRecord.profile_id == profile.id, ScreeningRecord.status == DRAFT,
                 ScreeningRecord.key_lost_at.is_(None))
        with self._services.database.session() as session:
            rows = session.execute(
                select(ScreeningRecord.id, ScreeningRecord.created_at, ScreeningRecord.updated_at).where(*where)
                .order_by(ScreeningRecord.updated_at.desc(), ScreeningRecord.id.desc()).limit(MAX_LISTED)).all()
            total = session.scalar(select(func.count()).select_from(ScreeningRecord).where(*where)) if (
                len(rows) == MAX_LISTED) else len(rows)
        return tuple(DraftScreening(r.id, r.created_at, r.updated_at) for r in rows), max(0, (total or 0) - len(rows))

    def sessions(self, profile: ProfileInfo, today: date) -> list[SessionItem]:
        """Joint sessions this person leads still running (to resume), then those ended in the last week with
        nobody on the register (to record who came)."""
        store = self._services.joint_sessions
        running = store.running(profile.id)
        recent = store.list(acting=profile, since=today - timedelta(days=RECENT_SESSION_DAYS), until=today,
                            facilitator_id=profile.id)
        items = [SessionItem(s.id, s.title, s.held_on, True, s.attendees) for s in running]
        items += [SessionItem(s.id, s.title, s.held_on, False, s.attendees) for s in recent
                  if s.status != "running" and s.attendees == 0]
        return items[:MAX_LISTED]

    def team(self, profile: ProfileInfo, today: date) -> TeamOverview:
        """The manager's own team (everyone, when they have no team) at a glance."""
        matrix = self._services.team_records.matrix(today, team=profile.team or None)
        return TeamOverview(profile.team, len(matrix.people), matrix.people_overdue, matrix.overdue,
                            matrix.refreshers_due)
