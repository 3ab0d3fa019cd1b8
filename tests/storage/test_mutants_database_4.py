"""Making a new SQLite database from the latest schema image, pinned where mutation testing found it loose
(issue 14): a full disk at every stage of the making, a failure on a small disk that is not a full disk, the
failure message in full, a file that already holds tables kept whatever happens, and the image read as UTF-8
whatever the system's locale.

The database is made by the opener itself (no early check on a thread), which calls the making directly
whatever the early check does. Real SQLite files throughout; a full disk is a small tmpfs of its own (needs
root, as in CI; skipped otherwise, as in test_mutants_storage_2.py). Each test builds its own files, so that
mutmut links it to the code.
"""

from __future__ import annotations

import locale
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from nps_trainer.storage import migrate
from nps_trainer.storage.database import open_database
from nps_trainer.storage.engine import sqlite_url
from nps_trainer.storage.errors import DatabaseUnavailableError, MigrationError

PAGE = 4096


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 320 KB file system of its own, so less than 1 MiB is ever free (a tmpfs mount: needs root)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=320k", "tmpfs", str(mount)], capture_output=True)
    if result.returncode != 0:
        pytest.skip("cannot mount a small file system here (needs root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def _fill_leaving(disk: Path, pages: int) -> Path:
    """Fill the disk, then give back ``pages`` pages of it: the making runs out of space at a different step
    (the database file, its -shm, its -wal) for each number of pages left."""
    filler = disk / "filler"
    try:
        with filler.open("wb") as handle:
            while True:
                handle.write(b"x" * PAGE)
                handle.flush()
    except OSError:
        pass
    os.truncate(filler, max(filler.stat().st_size - pages * PAGE, 0))
    return filler


def _revision(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


def _broken_image(folder: Path, script: str) -> Path:
    image = folder / "latest_schema.sql"
    image.write_text(script, encoding="utf-8")
    return image


def _failure_message(path: Path, detail: str) -> str:
    return (f"Setting up the new database {path} failed ({detail}); nothing was saved in it. Start NPS Trainer "
            "again; if it goes on, choose another database location.")


# -- a full disk ---------------------------------------------------------------------------------------------
def test_a_first_start_on_a_full_disk_says_so_at_every_step_and_the_next_start_begins_again(
    tmp_path: Path, small_disk: Path
) -> None:
    """However little space is left, a first start that runs out of it is refused with the full-disk message
    (whether the file, its -shm or its -wal could not grow, and whether the half-made file could still be read),
    and once space is freed the next start makes a database at the latest schema."""
    path = small_disk / "nps.sqlite3"
    url = sqlite_url(path)
    expected = (
        f"The disk that holds the database {path} is full, so NPS Trainer cannot open it. Nothing has been "
        f"changed and nothing saved is lost. Free some space on that disk (the folder is {small_disk}), then "
        "start NPS Trainer again.")
    for pages in range(11):
        filler = _fill_leaving(small_disk, pages)
        with pytest.raises(DatabaseUnavailableError) as caught:
            open_database(url, tmp_path / "backups")
        assert str(caught.value) == expected, f"{pages} pages left"
        assert not path.with_name(path.name + "-wal").exists(), f"{pages} pages left: an empty -wal was left"
        filler.unlink()  # space freed: the next start goes on from whatever the failed one left
        database = open_database(url, tmp_path / "backups")
        try:
            assert database.report.migrated and not database.read_only
        finally:
            database.close()
        assert _revision(path) == migrate.HEAD, f"{pages} pages left"
        for leftover in small_disk.iterdir():
            leftover.unlink()


def test_a_failed_making_on_a_small_disk_that_is_not_full_space_is_named_as_itself(
    tmp_path: Path, small_disk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Less than 1 MiB is free on the small disk, but the making failed on a statement SQLite refused: that is
    what the message says, not that the disk is full."""
    monkeypatch.setattr("nps_trainer.storage.new_database.IMAGE",
                        _broken_image(tmp_path, "BEGIN IMMEDIATE;\nCREATE TABLE one (id INTEGER);\nTHIS IS NOT SQL;\n"
                                                "COMMIT;\n"))
    path = small_disk / "nps.sqlite3"
    url = sqlite_url(path)
    with pytest.raises(MigrationError) as caught:
        open_database(url, tmp_path / "backups")
    assert str(caught.value) == _failure_message(path, 'near "THIS": syntax error')
    assert sorted(p.name for p in small_disk.iterdir()) == ["nps.sqlite3.lock"]  # the half-made file is gone


# -- the failure message, and what is removed ----------------------------------------------------------------
def test_a_failed_making_names_the_database_and_the_statement_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("nps_trainer.storage.new_database.IMAGE",
                        _broken_image(tmp_path, "BEGIN IMMEDIATE;\nCREATE TABLE one (id INTEGER);\n"
                                                "INSERT INTO missing VALUES (1);\nCOMMIT;\n"))
    path = tmp_path / "data" / "nps.sqlite3"
    with pytest.raises(MigrationError) as caught:
        open_database(sqlite_url(path), tmp_path / "backups")  # made by the opener itself (no early check)
    assert str(caught.value) == _failure_message(path, "no such table: missing")
    assert sorted(p.name for p in path.parent.iterdir()) == ["nps.sqlite3.lock"]


def test_a_file_that_holds_tables_when_the_making_fails_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only a file that holds nothing is removed after a failure: once tables are in it (committed before the
    failure), it may hold saved work and is left as it is."""
    monkeypatch.setattr("nps_trainer.storage.new_database.IMAGE",
                        _broken_image(tmp_path, "BEGIN IMMEDIATE;\nCREATE TABLE kept (note TEXT);\n"
                                                "INSERT INTO kept VALUES ('saved');\nCOMMIT;\nTHIS IS NOT SQL;\n"))
    path = tmp_path / "nps.sqlite3"
    with pytest.raises(MigrationError) as caught:
        open_database(sqlite_url(path), tmp_path / "backups")
    assert str(caught.value) == _failure_message(path, 'near "THIS": syntax error')
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("SELECT note FROM kept").fetchall() == [("saved",)]
    finally:
        connection.close()


# -- the image's encoding ------------------------------------------------------------------------------------
def test_the_schema_image_is_read_as_utf8_whatever_the_locale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An image holding text beyond ASCII (a row a migration put in, say) is made exactly, even where the
    system's locale is not UTF-8 (as on Windows, or a C locale here)."""
    words = "Café — £5 “quoted”"
    monkeypatch.setattr("nps_trainer.storage.new_database.IMAGE",
                        _broken_image(tmp_path, f"BEGIN IMMEDIATE;\nCREATE TABLE note (words TEXT);\n"
                                                f"INSERT INTO note VALUES ('{words}');\nCOMMIT;\n"))
    path = tmp_path / "nps.sqlite3"
    before = locale.setlocale(locale.LC_CTYPE)
    try:
        locale.setlocale(locale.LC_CTYPE, "C")
        if locale.getencoding().lower().replace("-", "") in ("utf8",):
            pytest.skip("the C locale is UTF-8 here")
        database = open_database(sqlite_url(path), tmp_path / "backups")
    finally:
        locale.setlocale(locale.LC_CTYPE, before)
    try:
        assert database.report.migrated and database.report.found_revision is None
    finally:
        database.close()
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("SELECT words FROM note").fetchall() == [(words,)]
    finally:
        connection.close()
