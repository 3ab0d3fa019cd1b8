"""The audit log's hash chain notices edited, deleted or unhashed entries."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update

from nps_trainer.audit import AuditLog
from nps_trainer.storage.database import open_database
from nps_trainer.storage.models import AuditEntry

FIXTURES = Path(__file__).parent.parent / "fixtures"


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


def test_removing_every_hash_is_noticed(database_url: str, tmp_path: Path) -> None:
    db = open_database(database_url, tmp_path / "backups")
    try:
        audit = AuditLog(db)
        for n in range(3):
            audit.record(profile_id=None, action="open", object_type="screening_record", object_id=str(n))
        with db.session() as session:
            session.execute(update(AuditEntry).values(entry_hash=None, prev_hash=None, action="edited"))
        assert audit.verify() == [e.id for e in audit.entries()]
    finally:
        db.close()


def test_entries_from_before_the_chain_are_chained_when_migrating(tmp_path: Path) -> None:
    """Schema 0001 wrote entries without hashes; after migrating, every entry is chained and verifies."""
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema-0001.sqlite3", path)
    db = open_database(f"sqlite:///{path}", tmp_path / "backups")
    try:
        audit = AuditLog(db)
        audit.record(profile_id=None, action="open", object_type="screening_record", object_id="1")
        with db.session() as session:
            hashes = session.execute(select(AuditEntry.prev_hash, AuditEntry.entry_hash)
                                     .order_by(AuditEntry.id)).all()
        assert len(hashes) == 2 and all(entry for _prev, entry in hashes)
        assert hashes[0].prev_hash is None and hashes[1].prev_hash == hashes[0].entry_hash
        assert audit.verify() == []
    finally:
        db.close()


@pytest.mark.parametrize("edited", [False, True])
def test_migrating_does_not_launder_an_edit_made_before_it(tmp_path: Path, edited: bool) -> None:
    """Re-chaining the entries from before the chain must not give an already-edited entry a valid hash."""
    import sqlite3

    from sqlalchemy.orm import Session

    from nps_trainer.storage import migrate
    from nps_trainer.storage.engine import make_engine

    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema-0001.sqlite3", path)  # one entry from before the chain
    engine = make_engine(f"sqlite:///{path}")
    try:
        migrate.upgrade(engine, "0002")
        with Session(engine) as session, session.begin():  # entries chained by the 0002 build
            for n in range(3):
                AuditLog(None).write(session, profile_id=None, action="open", object_type="screening_record",
                                     object_id=str(n))
    finally:
        engine.dispose()
    if edited:
        with sqlite3.connect(path) as connection:
            connection.execute("UPDATE audit_log SET detail = 'edited' WHERE object_id = '1'")
    db = open_database(f"sqlite:///{path}", tmp_path / "backups")
    try:
        assert db.report.migrated
        broken = AuditLog(db).verify()
    finally:
        db.close()
    assert bool(broken) == edited
