"""Recording visits to modules and summarising progress. Every change is committed at once, so a killed
process loses at most the seconds since the last section viewed.

A module can be completed only when every one of its sections as it is now was viewed, or credited in a joint
session: :meth:`ProgressService.complete` refuses otherwise with :class:`SectionsUnread`. Completions made
before that rule (migration 0004 marked them ``completed_unread``) are kept, and say so."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import select

from ..clock import utcnow
from ..i18n import tr
from ..storage.database import Database
from ..storage.models import ModuleProgress, ModuleVisit

if TYPE_CHECKING:
    from ..learning_records.events import LearningEvents


class ModuleStatus(StrEnum):
    NOT_STARTED = "not started"
    IN_PROGRESS = "in progress"
    COMPLETED = "completed"
    UPDATED = "updated since you completed it"
    COMPLETED_UNREAD = "completed unread"  # completed before every section had to be read (kept, marked so)


class SectionsUnread(ValueError):
    """Completing was refused: ``missing`` are the anchors of the module's sections still unread, in the
    module's order."""

    def __init__(self, missing: Sequence[str]) -> None:
        self.missing = list(missing)
        count = len(self.missing)
        text = (tr("The module cannot be completed yet: {count} section still unread ({sections}).") if count == 1
                else tr("The module cannot be completed yet: {count} sections still unread ({sections})."))
        super().__init__(text.format(count=count, sections=", ".join(self.missing)))


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
    sections_credited: tuple[str, ...] = ()  # credited as seen in a joint session
    completed_unread: bool = False  # completed before every section had to be read: kept, marked so

    def sections_viewed(self, current_sections: Sequence[str]) -> int:
        """How many of the module's sections as they are now (their anchors) have been viewed or credited in
        a joint session. Completing a module does not count its unread sections as viewed."""
        return len(set(current_sections).intersection({*self.sections_seen, *self.sections_credited}))

    def unread(self, current_sections: Sequence[str]) -> list[str]:
        """The module's sections as they are now (anchors, in order) neither viewed nor credited."""
        covered = set(self.sections_seen).union(self.sections_credited)
        return [anchor for anchor in current_sections if anchor not in covered]

    def status(self, current_version: str) -> ModuleStatus:
        if self.completed_at is not None:
            if self.completed_unread:
                return ModuleStatus.COMPLETED_UNREAD
            return ModuleStatus.COMPLETED if self.version_completed == current_version else ModuleStatus.UPDATED
        return ModuleStatus.IN_PROGRESS if (self.sections_seen or self.sections_credited) else ModuleStatus.NOT_STARTED


@dataclass(frozen=True)
class VisitRecord:
    id: int
    module_id: str
    module_version: str
    started_at: datetime
    ended_at: datetime | None
    seconds: int
    sections_seen: tuple[str, ...]


def _fraction(seen: Sequence[str], all_sections: Sequence[str], credited: Sequence[str] = ()) -> float:
    current = set(all_sections)
    return len(current.intersection([*seen, *credited])) / len(current) if current else 0.0


def _summary(row: ModuleProgress) -> ModuleSummary:
    return ModuleSummary(row.module_id, row.progress, row.last_section, tuple(row.sections_seen or ()),
                         row.completed_at, row.version_completed, row.reflection_learnt, row.reflection_use,
                         tuple(row.sections_credited or ()), bool(row.completed_unread))


class ProgressService:
    def __init__(self, database: Database, events: LearningEvents | None = None) -> None:
        self._db = database
        self._events = events  # learning records for the LRS, written in the same transactions

    # -- visits -------------------------------------------------------------------------------------------
    def start_visit(self, profile_id: int, module_id: str, module_version: str) -> int:
        with self._db.session() as session:
            visit = ModuleVisit(profile_id=profile_id, module_id=module_id, module_version=module_version,
                                started_at=utcnow(), seconds=0, sections_seen=[])
            session.add(visit)
            session.flush()
            if self._events is not None:
                self._events.module_launched(session, profile_id, module_id, version=module_version,
                                             visit_id=visit.id)
            return visit.id

    def section_viewed(self, visit_id: int, anchor: str, all_sections: Sequence[str]) -> ModuleSummary:
        """Record that a section was shown: on the visit, and on the module summary (progress and resume
        point). ``all_sections`` are the module's section anchors now, for the progress fraction."""
        now = utcnow()
        with self._db.session() as session:
            visit = session.get(ModuleVisit, visit_id)
            if visit is None:
                raise LookupError(f"No visit {visit_id}")
            first_time = anchor not in visit.sections_seen
            if first_time and self._events is not None:
                self._events.section_experienced(session, visit.profile_id, visit.module_id, anchor,
                                                 version=visit.module_version, visit_id=visit.id)
            if anchor not in visit.sections_seen:
                visit.sections_seen = [*visit.sections_seen, anchor]
            visit.seconds = max(0, int((now - visit.started_at).total_seconds()))
            summary = self._summary_row(session, visit.profile_id, visit.module_id)
            seen = list(summary.sections_seen or [])
            if anchor not in seen:
                seen.append(anchor)
            summary.sections_seen = seen
            summary.last_section = anchor
            # still counted after completion: read on
            summary.progress = _fraction(seen, all_sections, summary.sections_credited or [])
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
    def complete(self, profile_id: int, module_id: str, module_version: str, *, all_sections: Sequence[str],
                 learnt: str = "", use: str = "") -> ModuleSummary:
        """Mark the module complete with an optional reflection, only if every one of ``all_sections`` (the
        module's section anchors as it is now) was viewed or credited; otherwise raise :class:`SectionsUnread`
        and change nothing. Completing again (after an update, or to replace a completion made unread) records
        the new date and version and clears the completed-unread mark."""
        with self._db.session() as session:
            summary = self._summary_row(session, profile_id, module_id)
            missing = _summary(summary).unread(all_sections)
            if missing:
                raise SectionsUnread(missing)
            now = utcnow()
            again = summary.completed_at is not None and not summary.completed_unread
            if self._events is not None:
                record = self._events.refresher_reviewed if again else self._events.module_completed
                record(session, profile_id, module_id, version=module_version, when=now)
            summary.completed_at = now
            summary.version_completed = module_version
            summary.completed_unread = False
            summary.progress = _fraction(summary.sections_seen or [], all_sections, summary.sections_credited or [])
            summary.reflection_learnt = learnt.strip() or None
            summary.reflection_use = use.strip() or None
            summary.updated_at = now
            session.flush()
            return _summary(summary)

    def credit_sections(self, profile_id: int, module_id: str, anchors: Sequence[str],
                        all_sections: Sequence[str]) -> ModuleSummary:
        """Credit sections as seen in a joint session (kept apart from sections read alone). ``anchors`` must
        be sections of the module as it is now (``all_sections``); anything else is refused with ValueError."""
        with self._db.session() as session:
            return credit_sections_in(session, profile_id, module_id, anchors, all_sections)

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

    def summaries_for(self, profile_ids: Sequence[int], module_ids: Sequence[str] | None = None
                      ) -> dict[tuple[int, str], ModuleSummary]:
        """Summaries of many people at once (for team views), keyed by (profile id, module id)."""
        if not profile_ids:
            return {}
        with self._db.session() as session:
            query = select(ModuleProgress).where(ModuleProgress.profile_id.in_(list(profile_ids)))
            if module_ids is not None:
                query = query.where(ModuleProgress.module_id.in_(list(module_ids)))
            return {(row.profile_id, row.module_id): _summary(row) for row in session.scalars(query)}

    @staticmethod
    def _summary_row(session, profile_id: int, module_id: str) -> ModuleProgress:
        row = session.scalars(select(ModuleProgress).where(
            ModuleProgress.profile_id == profile_id, ModuleProgress.module_id == module_id)).first()
        if row is None:
            row = ModuleProgress(profile_id=profile_id, module_id=module_id, progress=0.0, sections_seen=[],
                                 sections_credited=[], completed_unread=False, updated_at=utcnow())
            session.add(row)
        return row


def credit_sections_in(session, profile_id: int, module_id: str, anchors: Sequence[str],
                       all_sections: Sequence[str]) -> ModuleSummary:
    """:meth:`ProgressService.credit_sections` inside the caller's transaction (a joint session's end credits
    every attendee in the same transaction that finishes the session)."""
    unknown = [anchor for anchor in anchors if anchor not in set(all_sections)]
    if unknown:
        raise ValueError(f"The module '{module_id}' has no section {', '.join(repr(a) for a in unknown)}.")
    summary = ProgressService._summary_row(session, profile_id, module_id)
    credited = list(summary.sections_credited or [])
    credited += [anchor for anchor in dict.fromkeys(anchors) if anchor not in credited]
    summary.sections_credited = credited
    summary.progress = _fraction(summary.sections_seen or [], all_sections, credited)
    summary.updated_at = utcnow()
    session.flush()
    return _summary(summary)
