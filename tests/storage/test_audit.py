"""The audit log's hash chain notices edited, deleted or unhashed entries."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import delete, update

from nps_trainer.audit import AuditLog
from nps_trainer.storage.database import open_database
from nps_trainer.storage.models import AuditEntry


def test_chain_detects_edits_deletions_and_removed_hashes(database_url: str, tmp_path: Path) -> None:
    db = open_database(database_url, tmp_path / "backups")
    try:
        audit = AuditLog(db)
        for n in range(6):
            audit.record(profile_id=None, action="open", object_type="screening_record", object_id=str(n))
        assert audit.verify() == []
        ids = [e.id for e in audit.entries()]
        with db.session() as session:
            session.execute(update(AuditEntry).where(AuditEntry.id == ids[1]).values(action="export"))
        assert audit.verify() == [ids[1]]
        with db.session() as session:
            session.execute(update(AuditEntry).where(AuditEntry.id == ids[1]).values(action="open"))
            session.execute(delete(AuditEntry).where(AuditEntry.id == ids[3]))
        assert audit.verify() == [ids[4]]
        with db.session() as session:  # hiding the edit by removing hashes is noticed too
            session.execute(update(AuditEntry).where(AuditEntry.id.in_(ids[2:5]))
                            .values(entry_hash=None, prev_hash=None, action="edited"))
        assert set(audit.verify()) >= {ids[2], ids[4]}
    finally:
        db.close()
