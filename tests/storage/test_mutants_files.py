"""Backups, the migration lock file, the migration runner, the start-up read of profiles and UTC timestamps,
pinned where mutation testing found them loose."""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import sqlite3
import stat
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import Column, DateTime, Engine, Integer, LargeBinary, MetaData, String, Table, insert, select, text

from nps_trainer.profiles import ProfileService
from nps_trainer.storage import backup as backup_module
from nps_trainer.storage.backup import backup_dump, backup_sqlite
from nps_trainer.storage.database import open_database
from nps_trainer.storage.engine import make_engine, sqlite_url
from nps_trainer.storage.errors import DatabaseUnavailableError, MigrationError, UnknownSchemaError
from nps_trainer.storage.filelock import FileLock
from nps_trainer.storage.models import ProfileKey
from nps_trainer.storage.quick_read import read_profiles
from nps_trainer.storage.types import UTCDateTime
from tests.pg_server import PostgresServer

SCHEMA_0001 = Path(__file__).parent.parent / "fixtures" / "schema-0001.sqlite3"
STAMP = r"\d{8}-\d{6}-\d{6}"


# -- backups ---------------------------------------------------------------------------------------------------

def test_a_sqlite_backup_is_named_after_the_file_the_time_and_the_label(tmp_path: Path) -> None:
    source = tmp_path / "nps.sqlite3"
    open_database(sqlite_url(source), tmp_path / "b").close()
    before = datetime.now(UTC).replace(microsecond=0)
    copy = backup_sqlite(source, tmp_path / "copies", "weekly")
    assert copy.parent == tmp_path / "copies" and re.fullmatch(rf"nps-{STAMP}-weekly\.sqlite3", copy.name)
    stamp = datetime.strptime(copy.name[4:26], "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)
    assert before <= stamp <= datetime.now(UTC)
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT count(*) FROM profiles").fetchone() == (0,)
    connection.close()
    assert sorted(p.name for p in (tmp_path / "copies").iterdir()) == [copy.name]


@pytest.fixture
def server_engine(postgres_server: PostgresServer) -> Iterator[Engine]:
    engine = make_engine(postgres_server.fresh_database())
    yield engine
    engine.dispose()


def _two_tables(engine: Engine) -> tuple[Table, Table]:
    metadata = MetaData()
    first = Table("a_first", metadata, Column("id", Integer, primary_key=True), Column("name", String(40)),
                  Column("data", LargeBinary), Column("at", DateTime))
    second = Table("b_second", metadata, Column("id", Integer, primary_key=True), Column("name", String(40)))
    metadata.create_all(engine)
    with engine.begin() as connection:
        connection.execute(insert(first).values(id=1, name="Zoë", data=b"\x00\xffbytes",
                                                at=datetime(2026, 1, 2, 3, 4, 5)))
        connection.execute(insert(second).values(id=1, name="one"))
    return first, second


def test_a_server_dump_holds_every_row_as_json_lines(server_engine: Engine) -> None:
    _two_tables(server_engine)
    folder = Path(os.environ.get("TMPDIR", "/tmp")) / f"nps-dump-{os.getpid()}-{time.monotonic_ns()}"
    try:
        dump = backup_dump(server_engine, folder, "nightly")
        assert re.fullmatch(rf"{server_engine.url.database}-{STAMP}-nightly\.jsonl\.gz", dump.name)
        with gzip.open(dump, "rt", encoding="utf-8") as lines:
            records = [json.loads(line) for line in lines.read().splitlines()]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    assert records == [
        {"table": "a_first", "row": {"id": 1, "name": "Zoë", "data": {"$bytes": "AP9ieXRlcw=="},
                                     "at": "2026-01-02T03:04:05"}},
        {"table": "b_second", "row": {"id": 1, "name": "one"}},
    ]


def test_a_server_dump_is_one_moment_even_while_the_database_is_in_use(
    server_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, second = _two_tables(server_engine)
    original = backup_module._jsonable
    written: list[bool] = []

    def write_meanwhile(value: object) -> object:
        if not written:  # while the first table is being read, another program adds to the second
            written.append(True)
            with server_engine.begin() as connection:
                connection.execute(insert(second).values(id=2, name="two"))
        return original(value)

    monkeypatch.setattr(backup_module, "_jsonable", write_meanwhile)
    folder = Path(os.environ.get("TMPDIR", "/tmp")) / f"nps-dump-{os.getpid()}-{time.monotonic_ns()}"
    try:
        dump = backup_dump(server_engine, folder, "manual")
        with gzip.open(dump, "rt", encoding="utf-8") as lines:
            tables = [json.loads(line)["table"] for line in lines.read().splitlines()]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    assert written and tables == ["a_first", "b_second"]  # the row added meanwhile is not in the dump
    with server_engine.connect() as connection:
        assert connection.execute(select(second.c.id).order_by(second.c.id)).scalars().all() == [1, 2]


def test_an_unnamed_database_is_dumped_under_a_plain_name(tmp_path: Path) -> None:
    engine = make_engine("sqlite://")
    try:
        assert engine.url.database is None
        with pytest.raises(Exception):  # noqa: B017 - SQLite cannot be dumped at REPEATABLE READ
            backup_dump(engine, tmp_path / "dumps", "manual")
    finally:
        engine.dispose()
    assert list((tmp_path / "dumps").iterdir()) == []  # nothing half-written left behind


# -- the migration lock file -------------------------------------------------------------------------------------

def test_a_lock_file_is_made_in_new_folders_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "new" / "deeper" / "db.sqlite3.lock"
    previous = os.umask(0o022)
    try:
        with FileLock(path) as lock:
            assert lock.path == path and path.exists()
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
        with FileLock(path):  # the folders are there now: fine
            pass
    finally:
        os.umask(previous)


def test_a_lock_waits_for_the_other_holder(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3.lock"
    holder = FileLock(path).__enter__()
    releaser = threading.Timer(0.3, holder.__exit__, (None, None, None))
    releaser.start()
    started = time.monotonic()
    try:
        with FileLock(path, timeout=10):
            waited = time.monotonic() - started
    finally:
        releaser.join()
    assert 0.2 <= waited < 5


def test_a_lock_held_too_long_names_the_lock_file_and_gives_up_promptly(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3.lock"
    with FileLock(path):
        started = time.monotonic()
        with pytest.raises(DatabaseUnavailableError) as caught:
            FileLock(path, timeout=0.2).__enter__()
        assert time.monotonic() - started < 1.0
    assert str(caught.value) == (
        "Another copy of NPS Trainer has been updating db.sqlite3.lock for over 0.2 seconds, so this one has not "
        "touched it. Wait for the other to finish (or close it), then try again.")


def test_a_lock_file_that_cannot_be_made_is_a_storage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be")
    path = blocker / "db.sqlite3.lock"
    with pytest.raises(DatabaseUnavailableError) as caught:
        FileLock(path, what="the database db.sqlite3").__enter__()
    assert str(caught.value) == (
        f"Cannot create the lock file {path} that keeps two copies of NPS Trainer from updating the database "
        f"db.sqlite3 at once: {blocker} is a file, not a folder. Nothing has been changed.")


# -- the migration runner ---------------------------------------------------------------------------------------

def test_a_migration_that_would_leave_broken_references_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(SCHEMA_0001, path)
    with sqlite3.connect(path) as connection:  # foreign keys are off in a plain sqlite3 connection
        for n in range(5):
            connection.execute("INSERT INTO module_visits (profile_id, module_id, module_version, started_at, "
                               "seconds, sections_seen) VALUES (4242, ?, '1', '2026-01-01', 0, '[]')", (f"m{n}",))
    connection.close()
    with pytest.raises(MigrationError, match="left as it was") as caught:
        open_database(sqlite_url(path), tmp_path / "b")
    cause = caught.value.__cause__
    assert isinstance(cause, RuntimeError)
    assert str(cause).startswith("migration would leave 5 broken reference(s): [")
    assert str(cause).count("module_visits") == 3  # the first three named
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        assert connection.execute("PRAGMA foreign_keys").fetchone() == (0,)
    connection.close()


def test_a_server_database_of_another_application_names_five_of_its_tables(
    postgres_server: PostgresServer, tmp_path: Path
) -> None:
    url = postgres_server.fresh_database()
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            for name in ("orders", "invoices", "zebra", "accounts", "customers", "ledger"):
                connection.execute(text(f"CREATE TABLE {name} (id INTEGER PRIMARY KEY)"))
    finally:
        engine.dispose()
    with pytest.raises(UnknownSchemaError) as caught:
        open_database(url, tmp_path / "b")
    assert str(caught.value).endswith(
        " holds tables that are not NPS Trainer's (accounts, customers, invoices, ledger, orders). "
        "It has been left untouched.")


def test_foreign_keys_are_on_again_after_migrating(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(SCHEMA_0001, path)
    database = open_database(sqlite_url(path), tmp_path / "b")
    try:
        assert database.report.migrated
        with database.engine.connect() as connection:  # the same pooled connection the migration used
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        database.close()


# -- the start-up read of profiles -----------------------------------------------------------------------------

def test_the_start_up_read_gives_every_field_of_every_profile(tmp_path: Path) -> None:
    path = tmp_path / "nps.sqlite3"
    database = open_database(sqlite_url(path), tmp_path / "b")
    try:
        profiles = ProfileService(database)
        sam, alex = profiles.create("Sam", "practitioner"), profiles.create("Alex", "practitioner")
        used = datetime(2026, 2, 3, 4, 5, 6, tzinfo=UTC)
        archived = datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)
        with database.session() as session:
            session.execute(text("UPDATE profiles SET last_used_at = :used, team = '', organisation = 'x' "
                                 "WHERE id = :id"), {"used": used.replace(tzinfo=None), "id": sam.id})
            session.execute(text("UPDATE profiles SET archived_at = :at, setup_code_hash = 'abc', team = 'North' "
                                 "WHERE id = :id"), {"at": archived.replace(tzinfo=None), "id": alex.id})
            session.add(ProfileKey(profile_id=sam.id, kdf={}, salt=b"salt", verifier=b"verifier"))
            created = dict(session.execute(text("SELECT id, created_at FROM profiles")).all())
    finally:
        database.close()
    rows = sorted(read_profiles(path))
    assert [r[:3] for r in rows] == [(sam.id, "Sam", "practitioner"), (alex.id, "Alex", "practitioner")]
    sam_row, alex_row = rows
    assert sam_row[3] == datetime.fromisoformat(str(created[sam.id])).replace(tzinfo=UTC)
    assert sam_row[3].tzinfo is UTC and alex_row[4].tzinfo is UTC
    assert sam_row[4:] == (used, sam.uid, "x", "", None, True, False)
    assert alex_row[5:] == (alex.uid, "probation", "North", archived, False, True)


# -- UTC timestamps ---------------------------------------------------------------------------------------------

@pytest.fixture
def away_from_utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This machine's local time zone set well away from UTC, so local time cannot pass for UTC."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_timestamps_are_kept_in_utc_whatever_the_local_time_zone(away_from_utc: None) -> None:
    column = UTCDateTime()
    two_hours_ahead = timezone(timedelta(hours=2))
    stored = column.process_bind_param(datetime(2026, 7, 1, 12, 30, tzinfo=two_hours_ahead), None)
    assert stored == datetime(2026, 7, 1, 10, 30) and stored.tzinfo is None
    assert column.process_bind_param(None, None) is None
    read = column.process_result_value(datetime(2026, 7, 1, 10, 30), None)
    assert read == datetime(2026, 7, 1, 10, 30, tzinfo=UTC) and read.tzinfo is UTC
    assert column.process_result_value(None, None) is None
    with pytest.raises(ValueError) as refused:
        column.process_bind_param(datetime(2026, 7, 1, 12, 30), None)
    assert str(refused.value) == "naive datetime given where UTC is required"


def test_the_start_up_read_waits_for_another_program_to_let_go(tmp_path: Path) -> None:
    path = tmp_path / "nps.sqlite3"
    database = open_database(sqlite_url(path), tmp_path / "b")
    try:
        ProfileService(database).create("Sam", "practitioner")
    finally:
        database.close()
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    releaser = threading.Timer(7, lambda: (holder.rollback(), holder.close()))
    releaser.start()
    started = time.monotonic()
    try:
        assert [row[1] for row in read_profiles(path)] == ["Sam"]  # waited up to ten seconds: long enough
    finally:
        releaser.join()
    assert 6 <= time.monotonic() - started < 10
