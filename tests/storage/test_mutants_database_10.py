"""The start-up check meeting a change left unfinished (a "hot" journal): what it says when it cannot undo it.

Mutation triage (issue 14) of ``_check_sqlite_file``'s hot-journal branch. Real SQLite files; the unfinished
change is made by a real process that ends in the middle of it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from nps_trainer.storage import database
from nps_trainer.storage.database import open_database
from nps_trainer.storage.engine import sqlite_url
from nps_trainer.storage.errors import DatabaseUnavailableError, UnknownSchemaError

_FOREIGN_TABLES = ("zeta", "alpha", "echo", "bravo", "delta", "charlie")

_FOREIGN_MID_CHANGE = """
import os, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA journal_mode=DELETE")
for name in sys.argv[2:]:
    connection.execute(f"CREATE TABLE {name} (x BLOB)")
connection.execute("PRAGMA cache_size=2")  # so that the change reaches the file before it is complete
connection.execute("BEGIN")
for _ in range(200):
    connection.execute(f"INSERT INTO {sys.argv[2]} VALUES (zeroblob(1000))")
os._exit(0)  # ends here, mid-change, as a killed process does
"""

_STOP_MID_CHANGE = """
import os, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA journal_mode=DELETE")
connection.execute("PRAGMA cache_size=2")
connection.execute("BEGIN")
connection.execute("CREATE TABLE half_done (x BLOB)")
for _ in range(200):
    connection.execute("INSERT INTO half_done VALUES (zeroblob(1000))")
os._exit(0)
"""


def _hot(path: Path) -> Path:
    """Checks that ``path`` has a journal a read-only connection must refuse (SQLITE_READONLY_ROLLBACK)."""
    journal = path.with_name(path.name + "-journal")
    assert journal.exists() and journal.stat().st_size > 0
    with pytest.raises(sqlite3.DatabaseError) as caught:
        sqlite3.connect(f"file:{path}?mode=ro", uri=True).execute("PRAGMA quick_check").fetchall()
    assert caught.value.sqlite_errorcode == 776
    return journal


def test_another_program_s_file_names_its_first_five_tables_in_order(tmp_path: Path) -> None:
    """Six foreign tables: the refusal lists the first five, sorted, with ", " between them, untouched."""
    path = tmp_path / "other.db"
    subprocess.run([sys.executable, "-c", _FOREIGN_MID_CHANGE, str(path), *_FOREIGN_TABLES], check=True,
                   timeout=60)
    journal = _hot(path)
    before = (path.read_bytes(), journal.read_bytes())
    with pytest.raises(UnknownSchemaError) as caught:
        open_database(sqlite_url(path), tmp_path / "backups")
    assert str(caught.value) == (
        f"{path} holds tables that are not NPS Trainer's (alpha, bravo, charlie, delta, echo). "
        "It has been left untouched.")
    assert (path.read_bytes(), journal.read_bytes()) == before


def test_an_unfinished_change_that_cannot_be_undone_is_tried_once_then_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program reading the file stops the undo (it needs the file to itself): the check tries once and
    refuses with a message, rather than trying again and again."""
    monkeypatch.setattr(database, "CHECK_TIMEOUT_S", 0.0)  # the reader keeps reading: no point in waiting
    path = tmp_path / "nps.sqlite3"
    open_database(sqlite_url(path), tmp_path / "backups").close()
    subprocess.run([sys.executable, "-c", _STOP_MID_CHANGE, str(path)], check=True, timeout=60)
    journal = _hot(path)
    saved = journal.read_bytes()
    journal.unlink()  # put aside while the reader starts, so that the reader does not undo it itself
    reader = sqlite3.connect(path, isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM sqlite_master").fetchone()  # holds the file open for reading
        journal.write_bytes(saved)
        with pytest.raises(DatabaseUnavailableError) as caught:
            open_database(sqlite_url(path), tmp_path / "backups")
        message = str(caught.value)  # another program has it open: not 'not writable', which it is
        assert message.startswith(f"Cannot open the database {path} just now (")
        assert message.endswith("It has not been changed. If another program is using it, close that program or "
                                "wait a moment, then try again.")
        assert journal.read_bytes() == saved  # still there, to be undone once the reader has gone
    finally:
        reader.close()
