"""Storage, pinned where the second mutation-testing pass found it loose (issue 14): the full-disk message in
full, a different failure on a full disk named as itself, a version table with no row, which leftovers of a
failed start are removed, reading without keeping the file open, a server backup's file name, and the schema
image made by the migrations themselves.

Each test builds its own real SQLite files (or PostgreSQL databases), so that mutmut links it to the code.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from nps_trainer.storage import new_database
from nps_trainer.storage.backup import backup_dump
from nps_trainer.storage.database import _has_tables, _remove_new_empty_sidecars, open_database
from nps_trainer.storage.engine import make_engine
from nps_trainer.storage.errors import DatabaseUnavailableError, EmptyDatabaseError
from nps_trainer.storage.models import Profile
from nps_trainer.storage.schema_image import migrated_image
from tests.pg_server import PostgresServer


def _new_database(folder: Path, name: str = "db.sqlite3") -> Path:
    path = folder / name
    open_database(f"sqlite:///{path}", folder / "backups").close()
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    return path


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 320 KB file system of its own, so less than 1 MiB is ever free (a tmpfs mount: needs root, as CI)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=320k", "tmpfs", str(mount)], capture_output=True)
    if result.returncode != 0:
        pytest.skip("cannot mount a small file system here (needs root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def _fill(disk: Path) -> None:
    try:
        with (disk / "filler").open("wb") as filler:
            while True:
                filler.write(b"x" * 4096)
                filler.flush()
    except OSError:
        pass


# -- a full disk ---------------------------------------------------------------------------------------------
def test_the_full_disk_message_in_full(tmp_path: Path, small_disk: Path) -> None:
    path = small_disk / "db.sqlite3"
    shutil.copy(_new_database(tmp_path), path)
    _fill(small_disk)
    with pytest.raises(DatabaseUnavailableError) as caught:
        open_database(f"sqlite:///{path}", tmp_path / "backups")
    assert str(caught.value) == (
        f"The disk that holds the database {path} is full, so NPS Trainer cannot open it. Nothing has been "
        f"changed and nothing saved is lost. Free some space on that disk (the folder is {small_disk}), then "
        "start NPS Trainer again.")


def test_another_failure_on_a_full_disk_is_not_called_a_full_disk(tmp_path: Path, small_disk: Path) -> None:
    path = small_disk / "odd.sqlite3"
    with sqlite3.connect(path) as connection:  # a version table without its column: a plain SQL error
        connection.execute("CREATE TABLE alembic_version (x TEXT)")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseUnavailableError) as caught:
        open_database(f"sqlite:///{path}", tmp_path / "backups")
    assert str(caught.value) == (
        f"Cannot open the database {path} just now (no such column: version_num). It has not been changed. If "
        "another program is using it, close that program or wait a moment, then try again.")
    assert path.read_bytes() == before


# -- a version table with no row -----------------------------------------------------------------------------
def test_a_version_table_with_no_row_counts_as_an_empty_database(tmp_path: Path) -> None:
    path = tmp_path / "unstamped.sqlite3"
    with sqlite3.connect(path) as connection:  # as a first migration cut short would leave it
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    connection.close()
    with pytest.raises(EmptyDatabaseError) as caught:
        open_database(f"sqlite:///{path}", tmp_path / "backups", read_only=True)
    assert str(caught.value) == (
        f"The database {path} is empty: start the app or run 'nps-trainer db upgrade' to set it up. It has been "
        "left untouched.")
    database = open_database(f"sqlite:///{path}", tmp_path / "backups")  # setting up: it is made from scratch
    assert database.report.migrated and database.report.found_revision is None and database.check() == []
    database.close()


# -- leftovers of a failed start -----------------------------------------------------------------------------
def test_only_small_new_sidecars_are_removed(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    path.write_bytes(b"")
    shm = path.with_name(path.name + "-shm")
    shm.write_bytes(b"\0" * 4096)  # 4 KiB or more may hold something: kept
    _remove_new_empty_sidecars(path, set())
    assert shm.exists()
    shm.write_bytes(b"\0" * 4095)  # less: what a failed open leaves, removed
    _remove_new_empty_sidecars(path, set())
    assert not shm.exists()


def test_a_file_holding_a_single_table_has_tables(tmp_path: Path) -> None:
    path = tmp_path / "one.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    connection.close()
    assert _has_tables(path) is True
    empty = tmp_path / "empty.sqlite3"
    sqlite3.connect(empty).close()
    assert _has_tables(empty) is False


# -- reading -------------------------------------------------------------------------------------------------
def _open_handles(path: Path) -> list[str]:
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(path)):
            found.append(target)
    return found


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to list open files")
def test_reading_a_database_opened_to_look_leaves_no_file_open(tmp_path: Path) -> None:
    path = _new_database(tmp_path)
    database = open_database(f"sqlite:///{path}", tmp_path / "backups", read_only=True)
    try:
        with database.session() as session:
            assert session.scalars(select(Profile)).all() == []
        assert _open_handles(path) == []  # another program may replace or move the file now
    finally:
        database.close()


# -- a server backup -----------------------------------------------------------------------------------------
def test_a_server_backup_without_a_database_name_in_the_url_is_called_database(
        postgres_server: PostgresServer, tmp_path: Path) -> None:
    url = postgres_server.fresh_database()
    try:
        open_database(url, tmp_path / "backups").close()
        base, name = url.rsplit("/", 1)
        engine = make_engine(f"{base}?dbname={name}")  # the database named as an option, not in the path
        try:
            target = backup_dump(engine, tmp_path / "backups", "by-hand")
        finally:
            engine.dispose()
        assert target.parent == tmp_path / "backups"
        assert target.name.startswith("database-") and target.name.endswith("-by-hand.jsonl.gz")
        with gzip.open(target, "rt", encoding="utf-8") as dump:
            tables = {json.loads(line)["table"] for line in dump}
        assert "alembic_version" in tables
    finally:
        postgres_server.drop_database(url)


# -- the schema image ----------------------------------------------------------------------------------------
def test_the_schema_image_is_made_by_the_migrations_not_copied(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    real = new_database.IMAGE.read_text(encoding="utf-8")
    stale = tmp_path / "latest_schema.sql"
    stale.write_text(real.replace("COMMIT;", "CREATE TABLE stale_leftover (id INTEGER);\nCOMMIT;"), encoding="utf-8")
    monkeypatch.setattr(new_database, "IMAGE", stale)  # an image a migration has since made out of date
    image = migrated_image()
    assert "stale_leftover" not in image
    assert image == real
