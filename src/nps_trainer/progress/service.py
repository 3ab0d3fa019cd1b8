"""Recording visits to modules and summarising progress. Every change is committed at once, so a killed
process loses at most the seconds since the last section viewed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select

from ..clock import utcnow
from ..storage.database import Database
from ..storage.models import ModuleProgress, ModuleVisit


class ModuleStatus(StrEnum):
    NOT_STARTED = "not started"
    IN_PROGRESS = "in progress"
    COMPLETED = "completed"
    UPDATED = "updated since you completed it"


@dataclass(frozen=True)
class ModuleSummary:
    module_id: str
    progress: float  # fraction of the module's sections viewed; completing does not raise it
    last_section: str | None
    sections_seen: tuple[str, ...]
    completed_at: datetime | None
    version_completed: str | None
    reflection_learnt: str | None
    reflection_use: str | None

    def sections_viewed(self, current_sections: Sequence[str]) -> int:
        """How many of the module's sections as they are now (their anchors) have been viewed. Completing a
        module does not count its unread sections as viewed."""
        return len(set(current_sections).intersection(self.sections_seen))

    def status(self, current_version: str) -> ModuleStatus:
        if self.completed_at is not None:
            return ModuleStatus.COMPLETED if self.version_completed == current_version else ModuleStatus.UPDATED
        return ModuleStatus.IN_PROGRESS if self.sections_seen else ModuleStatus.NOT_STARTED


@dataclass(frozen=True)
class VisitRecord:
    id: int
    module_id: str
    module_version: str
    started_at: datetime
    ended_at: datetime | None
    seconds: int
    sections_seen: tuple[str, ...]


def _fraction(seen: Sequence[str], all_sections: Sequence[str]) -> float:
    current = set(all_sections)
    return len(current.intersection(seen)) / len(current) if current else 0.0


def _summary(row: ModuleProgress) -> ModuleSummary:
    return ModuleSummary(row.module_id, row.progress, row.last_section, tuple(row.sections_seen or ()),
                         row.completed_at, row.version_completed, row.reflection_learnt, row.reflection_use)


class ProgressService:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- visits -------------------------------------------------------------------------------------------
    def start_visit(self, profile_id: int, module_id: str, module_version: str) -> int:
        with self._db.session() as session:
            visit = ModuleVisit(profile_id=profile_id, module_id=module_id, module_version=module_version,
                                started_at=utcnow(), seconds=0, sections_seen=[])
            session.add(visit)
            session.flush()
            return visit.id

    def section_viewed(self, visit_id: int, anchor: str, all_sections: Sequence[str]) -> ModuleSummary:
        """Record that a section was shown: on the visit, and on the module summary (progress and resume
        point). ``all_sections`` are the module's section anchors now, for the progress fraction."""
        now = utcnow()
        with self._db.session() as session:
            visit = session.get(ModuleVisit, visit_id)
            if visit is None:
                raise LookupError(f"No visit {visit_id}")
            if anchor not in visit.sections_seen:
                visit.sections_seen = [*visit.sections_seen, anchor]
            visit.seconds = max(0, int((now - visit.started_at).total_seconds()))
            summary = self._summary_row(session, visit.profile_id, visit.module_id)
            seen = list(summary.sections_seen or [])
            if anchor not in seen:
                seen.append(anchor)
            summary.sections_seen = seen
            summary.last_section = anchor
            summary.progress = _fraction(seen, all_sections)  # still counted after completion: read on
            summary.updated_at = now
            session.flush()
            return _summary(summary)

    def end_visit(self, visit_id: int) -> None:
        now = utcnow()
        with self._db.session() as session:
            visit = session.get(ModuleVisit, visit_id)
            if visit is not None and visit.ended_at is None:
                visit.ended_at = now
                visit.seconds = max(0, int((now - visit.started_at).total_seconds()))

    def visits(self, profile_id: int, module_id: str | None = None) -> list[VisitRecord]:
        with self._db.session() as session:
            query = select(ModuleVisit).where(ModuleVisit.profile_id == profile_id).order_by(ModuleVisit.id)
            if module_id:
                query = query.where(ModuleVisit.module_id == module_id)
            return [VisitRecord(v.id, v.module_id, v.module_version, v.started_at, v.ended_at, v.seconds,
                                tuple(v.sections_seen or ())) for v in session.scalars(query)]

    # -- completion ---------------------------------------------------------------------------------------
    def complete(self, profile_id: int, module_id: str, module_version: str, *, learnt: str = "",
                 use: str = "", all_sections: Sequence[str] | None = None) -> ModuleSummary:
        """Mark the module complete with an optional reflection. Progress stays the true fraction of sections
        viewed (worked out again against ``all_sections`` when given): completing never marks unread sections
        as read."""
        with self._db.session() as session:
            summary = self._summary_row(session, profile_id, module_id)
            summary.completed_at = utcnow()
            summary.version_completed = module_version
            if all_sections is not None:
                summary.progress = _fraction(summary.sections_seen or [], all_sections)
            summary.reflection_learnt = learnt.strip() or None
            summary.reflection_use = use.strip() or None
            summary.updated_at = utcnow()
            session.flush()
            return _summary(summary)

    # -- reading ------------------------------------------------------------------------------------------
    def summary(self, profile_id: int, module_id: str) -> ModuleSummary | None:
        with self._db.session() as session:
            row = session.scalars(select(ModuleProgress).where(
                ModuleProgress.profile_id == profile_id, ModuleProgress.module_id == module_id)).first()
            return _summary(row) if row else None

    def summaries(self, profile_id: int) -> dict[str, ModuleSummary]:
        with self._db.session() as session:
            rows = session.scalars(select(ModuleProgress).where(ModuleProgress.profile_id == profile_id))
            return {row.module_id: _summary(row) for row in rows}

    @staticmethod
    def _summary_row(session, profile_id: int, module_id: str) -> ModuleProgress:
        row = session.scalars(select(ModuleProgress).where(
            ModuleProgress.profile_id == profile_id, ModuleProgress.module_id == module_id)).first()
        if row is None:
            row = ModuleProgress(profile_id=profile_id, module_id=module_id, progress=0.0, sections_seen=[],
                                 updated_at=utcnow())
            session.add(row)
        return row
