"""The audit log, pinned where mutation testing found it loose: every field read back and filtered, the hash
in its documented form (so that it can be checked without NPS Trainer), each field covered by the hash, a
rewritten link, the order of the chain on PostgreSQL, and one writer at a time extending the chain."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text, update

from nps_trainer.audit import AuditLog, AuditRecord
from nps_trainer.clock import utcnow
from nps_trainer.storage.database import Database, open_database
from nps_trainer.storage.models import AuditEntry, Profile
from tests.pg_server import PostgresServer


@pytest.fixture
def db(database_url: str, tmp_path: Path) -> Iterator[Database]:
    database = open_database(database_url, tmp_path / "backups")
    yield database
    database.close()


def _profiles(db: Database, count: int) -> list[int]:
    with db.session() as session:
        rows = [Profile(display_name=f"Person {n}", role="practitioner") for n in range(count)]
        session.add_all(rows)
        session.flush()
        return [row.id for row in rows]


def _fill(audit: AuditLog, first: int, second: int) -> None:
    audit.record(profile_id=first, action="create", object_type="screening_record", object_id="7")
    audit.record(profile_id=None, action="open", object_type="profile", object_id=None, detail="started")
    audit.record(profile_id=second, action="export", object_type="screening_record", object_id="8",
                 detail="summary PDF")


def test_entries_give_back_every_field_in_order_and_filter_by_type_and_id(db: Database) -> None:
    first, second = _profiles(db, 2)
    audit = AuditLog(db)
    before = utcnow()
    _fill(audit, first, second)
    after = utcnow()
    entries = audit.entries()
    assert [(e.profile_id, e.action, e.object_type, e.object_id, e.detail) for e in entries] == [
        (first, "create", "screening_record", "7", ""),  # no detail given: an empty one, not a placeholder
        (None, "open", "profile", None, "started"),
        (second, "export", "screening_record", "8", "summary PDF"),
    ]
    assert all(isinstance(e, AuditRecord) for e in entries)
    assert [e.id for e in entries] == sorted(e.id for e in entries) and len({e.id for e in entries}) == 3
    assert all(before - timedelta(seconds=1) <= e.at <= after + timedelta(seconds=1) for e in entries)
    assert [e.at for e in entries] == sorted(e.at for e in entries)
    ids = [e.id for e in entries]
    assert [e.id for e in audit.entries(object_type="screening_record")] == [ids[0], ids[2]]
    assert [e.id for e in audit.entries(object_type="profile")] == [ids[1]]
    assert [e.id for e in audit.entries(object_id="8")] == [ids[2]]
    assert [e.id for e in audit.entries(object_type="screening_record", object_id="7")] == [ids[0]]
    assert audit.entries(object_type="profile", object_id="7") == []


def _expected_hash(prev: str | None, at: datetime, profile_id: int | None, action: str, object_type: str,
                   object_id: str | None, detail: str) -> str:
    """The documented hash, computed here without NPS Trainer's code: fields joined by the unit separator."""
    fields = [prev or "", at.isoformat(), "" if profile_id is None else str(profile_id), action, object_type,
              object_id or "", detail]
    return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()


def test_each_hash_is_sha256_of_the_documented_fields_chained_to_the_one_before(db: Database) -> None:
    first, second = _profiles(db, 2)
    audit = AuditLog(db)
    _fill(audit, first, second)
    with db.session() as session:
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
    previous: str | None = None
    for row in rows:
        assert row.prev_hash == previous
        assert row.entry_hash == _expected_hash(previous, row.at, row.profile_id, row.action, row.object_type,
                                                row.object_id, row.detail)
        previous = row.entry_hash
    assert rows[0].prev_hash is None and len(rows) == 3


@pytest.mark.parametrize("field", ["at", "profile_id", "action", "object_type", "object_id", "detail"])
def test_editing_any_field_of_an_entry_breaks_that_entry_only(db: Database, field: str) -> None:
    first, second = _profiles(db, 2)
    audit = AuditLog(db)
    _fill(audit, first, second)
    audit.record(profile_id=first, action="amend", object_type="screening_record", object_id="9", detail="x")
    ids = [e.id for e in audit.entries()]
    changed = {"at": datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), "profile_id": second, "action": "delete",
               "object_type": "profile", "object_id": "10", "detail": "y"}[field]
    with db.session() as session:
        session.execute(update(AuditEntry).where(AuditEntry.id == ids[3]).values({field: changed}))
    assert audit.verify() == [ids[3]]
    with db.session() as session:  # the profile changed from none to someone is noticed too
        session.execute(update(AuditEntry).where(AuditEntry.id == ids[1]).values(profile_id=first))
    assert audit.verify() == [ids[1], ids[3]]


def test_a_link_rewritten_to_point_elsewhere_is_noticed_even_with_a_valid_hash(db: Database) -> None:
    audit = AuditLog(db)
    for n in range(3):
        audit.record(profile_id=None, action="open", object_type="screening_record", object_id=str(n))
    ids = [e.id for e in audit.entries()]
    with db.session() as session:  # only the link: the entry's own hash still matches its content
        session.execute(update(AuditEntry).where(AuditEntry.id == ids[1]).values(prev_hash="0" * 64))
    assert audit.verify() == [ids[1]]


def test_the_chain_is_read_in_the_order_it_was_written_after_rows_move(db: Database) -> None:
    """PostgreSQL hands rows back in storage order unless asked, and an update moves a row to the end."""
    audit = AuditLog(db)
    for n in range(4):
        audit.record(profile_id=None, action="open", object_type="screening_record", object_id=str(n))
    ids = [e.id for e in audit.entries()]
    with db.session() as session:
        session.execute(update(AuditEntry).where(AuditEntry.id.in_(ids[:2])).values(detail=AuditEntry.detail))
    assert [e.id for e in audit.entries()] == ids
    assert [e.object_id for e in audit.entries(object_type="screening_record")] == ["0", "1", "2", "3"]
    assert audit.verify() == []
    audit.record(profile_id=None, action="open", object_type="screening_record", object_id="4")
    assert audit.verify() == []  # the new entry is chained to the last one written, not the last one stored


def test_a_second_writer_waits_so_the_chain_never_forks(db: Database) -> None:
    audit = AuditLog(db)
    audit.record(profile_id=None, action="open", object_type="profile", object_id="1")
    finished = threading.Event()
    failures: list[BaseException] = []

    def other_writer() -> None:
        try:
            audit.record(profile_id=None, action="open", object_type="profile", object_id="3")
        except BaseException as exc:  # handed back to the test
            failures.append(exc)
        finally:
            finished.set()

    with db.session() as session:
        audit.write(session, profile_id=None, action="open", object_type="profile", object_id="2")
        session.flush()
        writer = threading.Thread(target=other_writer)
        writer.start()
        time.sleep(0.5)
        waited = not finished.is_set()  # it must wait for this transaction to end
    writer.join(timeout=30)
    assert not failures and finished.is_set()
    assert waited
    assert [e.object_id for e in audit.entries()] == ["1", "2", "3"]
    assert audit.verify() == []


def test_the_chain_lock_is_taken_on_postgresql(postgres_server: PostgresServer, tmp_path: Path) -> None:
    """The advisory lock is held by the writing transaction until it ends."""
    database = open_database(postgres_server.fresh_database(), tmp_path / "backups")
    try:
        audit = AuditLog(database)
        with database.session() as session:
            audit.write(session, profile_id=None, action="open", object_type="profile")
            held = session.execute(text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                                        "AND pid = pg_backend_pid()")).scalar()
        assert held == 1
    finally:
        database.close()
