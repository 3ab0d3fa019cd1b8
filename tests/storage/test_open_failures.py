"""Databases that cannot be opened, or only looked at: a clear StorageError, and nothing written."""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from nps_trainer.storage import migrate
from nps_trainer.storage.backup import backup_sqlite
from nps_trainer.storage.database import open_database
from nps_trainer.storage.engine import make_engine
from nps_trainer.storage.errors import BackupError, DatabaseUnavailableError, EmptyDatabaseError
from nps_trainer.storage.filelock import FileLock

FIXTURES = Path(__file__).parent.parent / "fixtures"
SCHEMA_0001 = FIXTURES / "schema-0001.sqlite3"


@pytest.mark.parametrize(("url", "expected"), [
    ("foo://x", "cannot use ('foo')"),
    ("postgresql+psycopg://me:s3cret@host:54x2/nps", "port must be a number"),
    ("postgresql+psycopg2://me:s3cret@h/d", "'psycopg2', which is not installed"),
    ("not a url://x", "is not a valid address"),
])
def test_an_unusable_address_is_a_storage_error_naming_it_without_its_password(
    url: str, expected: str, tmp_path: Path
) -> None:
    with pytest.raises(DatabaseUnavailableError, match=expected.replace("(", r"\(").replace(")", r"\)")) as caught:
        open_database(url, tmp_path / "backups")
    assert "s3cret" not in str(caught.value)
    assert url.replace("s3cret", "***") in str(caught.value)
    assert not (tmp_path / "backups").exists()


def test_an_empty_sqlite_file_is_not_set_up_without_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    path.chmod(0o644)
    for kwargs in ({"upgrade": False}, {"read_only": True}):
        with pytest.raises(EmptyDatabaseError, match="is empty: start the app or run 'nps-trainer db upgrade'"):
            open_database(f"sqlite:///{path}", tmp_path / "backups", **kwargs)
    assert path.stat().st_size == 0 and path.stat().st_mode & 0o777 == 0o644
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.sqlite3"]


def test_an_empty_server_database_is_not_set_up_without_upgrade(postgres_server, tmp_path: Path) -> None:
    url = postgres_server.fresh_database()
    for kwargs in ({"upgrade": False}, {"read_only": True}):
        with pytest.raises(EmptyDatabaseError, match="is empty"):
            open_database(url, tmp_path / "backups", **kwargs)
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            assert inspect(connection).get_table_names() == []
    finally:
        engine.dispose()


def test_read_only_opening_checks_an_old_sqlite_file_without_changing_a_byte(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(SCHEMA_0001, path)
    before = path.read_bytes()
    db = open_database(f"sqlite:///{path}", tmp_path / "backups", read_only=True)
    try:
        assert db.report.found_revision == "0001" and not db.report.migrated
        assert db.integrity_problems() == []
        assert "schema 0001 is older" in db.schema_problem()
        copy = db.backup(tmp_path / "copies")
    finally:
        db.close()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copies", "old.sqlite3"]  # no -wal, -shm, lock
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


def test_read_only_opening_takes_a_server_database_at_an_older_schema_as_it_is(postgres_server,
                                                                               tmp_path: Path) -> None:
    url = postgres_server.fresh_database()
    engine = make_engine(url)
    migrate.upgrade(engine, "0001")
    engine.dispose()
    db = open_database(url, tmp_path / "backups", read_only=True)
    try:
        assert db.report.found_revision == "0001"
        assert "schema 0001 is older" in db.check()[-1]
        assert db.backup(tmp_path / "copies").name.endswith(".jsonl.gz")
        with db.engine.connect() as connection:
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0001"
    finally:
        db.close()


def test_a_failed_backup_leaves_no_partial_file(tmp_path: Path) -> None:
    source = tmp_path / "notes.sqlite3"
    source.write_text("not a database, " * 500)
    copies = tmp_path / "copies"
    with pytest.raises(BackupError, match="Could not make the backup"):
        backup_sqlite(source, copies, "manual")
    assert list(copies.iterdir()) == []


def test_a_backup_folder_that_cannot_be_made_is_a_storage_error(tmp_path: Path) -> None:
    source = tmp_path / "nps.sqlite3"
    open_database(f"sqlite:///{source}", tmp_path / "backups").close()
    blocker = tmp_path / "copies"
    blocker.write_text("a file")
    with pytest.raises(BackupError, match=f"{blocker} is a file, not a folder"):
        backup_sqlite(source, blocker / "sub", "manual")


def test_a_lock_held_too_long_is_a_clear_storage_error(tmp_path: Path) -> None:
    lock = tmp_path / "db.sqlite3.lock"
    with FileLock(lock):
        started = time.monotonic()
        with pytest.raises(DatabaseUnavailableError, match="Another copy of NPS Trainer has been updating"):
            FileLock(lock, timeout=0.2, what="the database db.sqlite3").__enter__()
        assert time.monotonic() - started < 5
    with FileLock(lock, timeout=0.2):  # free again once the holder lets go
        pass


def test_a_migration_waiting_too_long_for_another_instance_gives_up_with_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nps_trainer.storage import database

    path = tmp_path / "old.sqlite3"
    shutil.copy(SCHEMA_0001, path)
    monkeypatch.setattr(database, "MIGRATION_LOCK_TIMEOUT_S", 0.2)
    other_instance = FileLock(path.with_name(path.name + ".lock"))
    with other_instance, pytest.raises(DatabaseUnavailableError, match=f"updating the database {path}"):
        open_database(f"sqlite:///{path}", tmp_path / "backups")
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
