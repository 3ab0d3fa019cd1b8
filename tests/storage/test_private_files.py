"""Files holding personal data are readable by their owner only: the database with its WAL and shared-memory
files, backups and their folders (on POSIX; Windows user folders are private already)."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from nps_trainer.private_files import private_file
from nps_trainer.storage.backup import backup_dump, backup_sqlite
from nps_trainer.storage.database import open_database
from nps_trainer.storage.engine import make_engine

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")

SCHEMA_0001 = Path(__file__).parent.parent / "fixtures" / "schema-0001.sqlite3"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def _usual_umask():
    """The common desktop umask, under which files are otherwise world-readable."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_a_new_database_and_its_wal_files_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "data" / "nps-trainer.sqlite3"
    db = open_database(f"sqlite:///{path}", tmp_path / "data" / "backups")
    try:
        with db.engine.begin() as connection:  # hold the WAL and shared-memory files open
            connection.execute(text("SELECT 1"))
            wal, shm = path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")
            assert wal.exists() and shm.exists()
            assert {p.name: _mode(p) for p in (path, wal, shm)} == {p.name: 0o600 for p in (path, wal, shm)}
        assert _mode(path.parent) == 0o700
    finally:
        db.close()


def test_backups_before_migrating_and_by_hand_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(SCHEMA_0001, path)
    backups = tmp_path / "backups"
    db = open_database(f"sqlite:///{path}", backups)
    db.close()
    assert db.report.backup is not None and _mode(db.report.backup) == 0o600
    assert _mode(backups) == 0o700
    assert _mode(backup_sqlite(path, backups, "manual")) == 0o600
    assert not list(backups.glob("*.partial"))


def test_a_postgresql_dump_backup_is_owner_only(postgres_server, tmp_path: Path) -> None:
    engine = make_engine(postgres_server.fresh_database())
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE t (x INTEGER)"))
        dump = backup_dump(engine, tmp_path / "dumps", "manual")
    finally:
        engine.dispose()
    assert _mode(dump) == 0o600 and _mode(dump.parent) == 0o700


def test_private_file_keeps_content_and_tightens_the_mode(tmp_path: Path) -> None:
    path = tmp_path / "summary.pdf"
    path.write_bytes(b"%PDF-1.4 earlier")
    path.chmod(0o644)
    private_file(path)
    assert _mode(path) == 0o600 and path.read_bytes() == b"%PDF-1.4 earlier"


def test_the_default_data_folder_is_owner_only_from_the_first_start(user_paths) -> None:
    from nps_trainer.services import build_services

    assert not user_paths.data.exists()
    services = build_services(user_paths)
    try:
        modes = {p.name: _mode(p) for p in (user_paths.data, user_paths.backups, user_paths.database_file)}
    finally:
        services.close()
    assert modes == {user_paths.data.name: 0o700, "backups": 0o700, user_paths.database_file.name: 0o600}
