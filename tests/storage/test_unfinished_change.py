"""A database left with a change unfinished by a program that stopped part-way (a "hot" journal beside it).

Found by review: a first start killed while it switched its new database to WAL left such a journal, and from then
on every start said, untruly, that the file or its folder was not writable, since the start-up check reads the file
through a read-only connection, which SQLite does not let undo the change. Real SQLite files; the unfinished change
is made by a real process that ends in the middle of it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from nps_trainer.storage import migrate
from nps_trainer.storage.database import SqlitePreflight, open_database
from nps_trainer.storage.engine import sqlite_url
from nps_trainer.storage.errors import DatabaseUnavailableError, UnknownSchemaError

_STOP_MID_CHANGE = """
import os, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA journal_mode=DELETE")
connection.execute("PRAGMA cache_size=2")  # so that the change reaches the file before it is complete
connection.execute("BEGIN")
connection.execute("CREATE TABLE half_done (x BLOB)")
for _ in range(200):
    connection.execute("INSERT INTO half_done VALUES (zeroblob(1000))")
os._exit(0)  # ends here, mid-change, as a killed process does
"""


def _left_unfinished(path: Path) -> Path:
    """A database at the latest schema, with a change (a new table and its rows) left unfinished in its journal."""
    open_database(sqlite_url(path), path.parent / "backups").close()
    subprocess.run([sys.executable, "-c", _STOP_MID_CHANGE, str(path)], check=True, timeout=60)
    journal = path.with_name(path.name + "-journal")
    assert journal.exists() and journal.stat().st_size > 0
    with pytest.raises(sqlite3.DatabaseError) as caught:  # what the read-only check met
        sqlite3.connect(f"file:{path}?mode=ro", uri=True).execute("PRAGMA quick_check").fetchall()
    assert caught.value.sqlite_errorcode == 776  # SQLITE_READONLY_ROLLBACK
    return journal


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_the_app_undoes_the_unfinished_change_and_opens_the_database(tmp_path: Path) -> None:
    path = tmp_path / "nps.sqlite3"
    journal = _left_unfinished(path)
    database = open_database(sqlite_url(path), tmp_path / "backups")
    try:
        assert database.report.found_revision == migrate.HEAD and not database.read_only
    finally:
        database.close()
    assert not journal.exists()
    assert "half_done" not in _tables(path) and "profiles" in _tables(path)  # undone; what was saved is there


def test_the_app_s_start_undoes_it_on_the_early_check_thread_too(tmp_path: Path) -> None:
    path = tmp_path / "nps.sqlite3"
    journal = _left_unfinished(path)
    early = SqlitePreflight(sqlite_url(path), create=True)
    assert early.checked() and early.revision() == migrate.HEAD and not journal.exists()
    open_database(sqlite_url(path), tmp_path / "backups", preflight=early).close()


def test_opening_only_to_look_changes_nothing_and_says_how_to_have_it_undone(tmp_path: Path) -> None:
    path = tmp_path / "nps.sqlite3"
    journal = _left_unfinished(path)
    before = (path.read_bytes(), journal.read_bytes())
    with pytest.raises(DatabaseUnavailableError) as caught:
        open_database(sqlite_url(path), tmp_path / "backups", read_only=True)
    assert str(caught.value) == (
        f"The database {path} holds a change that a program stopped part-way through, and only a program that may "
        "write to it can undo that change. It has not been changed. Start NPS Trainer, or run 'nps-trainer db "
        "upgrade': either undoes it, and nothing saved before it is lost. Then try again.")
    assert (path.read_bytes(), journal.read_bytes()) == before


_FOREIGN_MID_CHANGE = """
import os, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA journal_mode=DELETE")
connection.execute("CREATE TABLE other (x BLOB)")
connection.execute("PRAGMA cache_size=2")
connection.execute("BEGIN")
for _ in range(200):
    connection.execute("INSERT INTO other VALUES (zeroblob(1000))")
os._exit(0)
"""


def test_another_program_s_file_with_an_unfinished_change_is_left_as_it_is(tmp_path: Path) -> None:
    """Its change is its own to undo: refused as not NPS Trainer's, the file and its journal untouched."""
    path = tmp_path / "other.db"
    subprocess.run([sys.executable, "-c", _FOREIGN_MID_CHANGE, str(path)], check=True, timeout=60)
    journal = path.with_name(path.name + "-journal")
    before = (path.read_bytes(), journal.read_bytes())
    with pytest.raises(UnknownSchemaError) as caught:
        open_database(sqlite_url(path), tmp_path / "backups")
    assert str(caught.value) == f"{path} holds tables that are not NPS Trainer's (other). It has been left untouched."
    assert (path.read_bytes(), journal.read_bytes()) == before


def test_a_read_only_file_with_an_unfinished_change_says_it_is_read_only_to_the_opener_that_looks(
    tmp_path: Path
) -> None:
    """The change can only be undone by writing to the file: 'db check' names the read-only mark, not a start of
    the app (which would refuse the read-only file too)."""
    path = tmp_path / "nps.sqlite3"
    _left_unfinished(path)
    path.chmod(0o444)
    try:
        with pytest.raises(DatabaseUnavailableError) as caught:
            open_database(sqlite_url(path), tmp_path / "backups", read_only=True)
        assert str(caught.value).startswith(f"The database file {path} is marked read-only")
    finally:
        path.chmod(0o644)
