"""Append-only audit entries chained by SHA-256, so that editing or deleting one breaks the chain."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from ..clock import utcnow
from ..records import record
from ..storage.database import Database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# SQLAlchemy and the models are imported inside the methods, so that building the services at start-up
# does not load them.


@record(frozen=True)
class AuditRecord:
    id: int
    at: datetime
    profile_id: int | None
    action: str
    object_type: str
    object_id: str | None
    detail: str


def _digest(prev: str | None, at: datetime, profile_id: int | None, action: str, object_type: str,
            object_id: str | None, detail: str) -> str:
    import hashlib

    material = "\x1f".join(
        [prev or "", at.isoformat(), str(profile_id or ""), action, object_type, object_id or "", detail]
    )
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


AUDIT_CHAIN_LOCK = 0x4E505341  # an arbitrary advisory lock key for the audit chain on PostgreSQL


class AuditLog:
    def __init__(self, database: Database) -> None:
        self._db = database

    def write(self, session: Session, *, profile_id: int | None, action: str, object_type: str,
              object_id: str | None = None, detail: str = "") -> None:
        """Add an entry inside the caller's transaction, so the entry and the change commit together."""
        from sqlalchemy import select, text

        from ..storage.models import AuditEntry

        if session.get_bind().dialect.name == "postgresql":
            # One writer at a time extends the chain (SQLite's BEGIN IMMEDIATE already serialises writers).
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": AUDIT_CHAIN_LOCK})
        prev = session.scalars(select(AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)).first()
        at = utcnow()
        entry = AuditEntry(at=at, profile_id=profile_id, action=action, object_type=object_type,
                           object_id=object_id, detail=detail, prev_hash=prev)
        entry.entry_hash = _digest(prev, at, profile_id, action, object_type, object_id, detail)
        session.add(entry)

    def record(self, **kwargs) -> None:
        with self._db.session() as session:
            self.write(session, **kwargs)

    def entries(self, *, object_type: str | None = None, object_id: str | None = None) -> list[AuditRecord]:
        from sqlalchemy import select

        from ..storage.models import AuditEntry

        with self._db.session() as session:
            query = select(AuditEntry).order_by(AuditEntry.id)
            if object_type:
                query = query.where(AuditEntry.object_type == object_type)
            if object_id:
                query = query.where(AuditEntry.object_id == object_id)
            return [
                AuditRecord(e.id, e.at, e.profile_id, e.action, e.object_type, e.object_id, e.detail)
                for e in session.scalars(query)
            ]

    def verify(self) -> list[int]:
        """Ids of entries whose hash does not match their content or their predecessor (empty when intact).

        Every entry is chained (migration 0003 chained the ones written before the chain existed), so a
        missing hash is a break too. What a chain cannot show: entries removed from its end, or a chain
        rewritten whole by someone who recomputes every hash; the hash has no secret key."""
        from sqlalchemy import select

        from ..storage.models import AuditEntry

        broken: list[int] = []
        prev: str | None = None
        with self._db.session() as session:
            for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
                expected = _digest(prev, e.at, e.profile_id, e.action, e.object_type, e.object_id, e.detail)
                if e.entry_hash is None or e.prev_hash != prev or e.entry_hash != expected:
                    broken.append(e.id)
                prev = e.entry_hash
        return broken
