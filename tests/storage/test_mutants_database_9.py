"""Mutation-testing survivors in the undoing of an unfinished change and in the start-up check thread (issue 14).

Real SQLite files throughout. The unfinished change is made by a real process that ends in the middle of it (the
helper in test_unfinished_change.py); the lock is held by a second real connection. Where a test must say how
long the thread's work took, the database module's clock is replaced, since a real wait of exactly
REDO_WITHIN_S cannot be arranged."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from nps_trainer.storage import database as database_module
from nps_trainer.storage.database import SqlitePreflight, open_database
from nps_trainer.storage.engine import sqlite_url
from nps_trainer.storage.errors import MigrationError, NotADatabaseError

from .test_unfinished_change import _left_unfinished

LOGGER = "nps_trainer.storage.database"


def _messages(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == LOGGER and r.levelno == logging.WARNING]


def test_the_undone_change_is_written_to_the_log_for_support_staff(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "nps.sqlite3"
    _left_unfinished(path)
    caplog.set_level(logging.WARNING, logger=LOGGER)
    open_database(sqlite_url(path), tmp_path / "backups").close()
    assert _messages(caplog) == [
        f"Undid a change left unfinished in {path} by a program that stopped part-way"]


def test_a_change_that_cannot_be_undone_is_logged_with_the_reason_after_the_check_s_wait(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program holds the file locked for longer than the check waits (CHECK_TIMEOUT_S, here made
    nothing): the undoing gives up at once and says why; the check that follows reports the failure."""
    path = tmp_path / "nps.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (x)")
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")
    release = threading.Timer(1.5, holder.close)  # a wait of SQLite's own default (5 s) would outlast the lock
    release.start()
    monkeypatch.setattr(database_module, "CHECK_TIMEOUT_S", 0.0)
    caplog.set_level(logging.WARNING, logger=LOGGER)
    try:
        database_module._undo_unfinished_change(path)
    finally:
        release.join()
    assert _messages(caplog) == [f"Could not undo the unfinished change in {path}: database is locked"]


def test_a_thread_that_neither_checked_nor_made_says_so_with_false(tmp_path: Path) -> None:
    path = tmp_path / "absent.sqlite3"
    early = SqlitePreflight(sqlite_url(path))
    assert early.checked() is False
    assert early.created() is False
    assert early.revision() is None


def _clock(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    """The database module's clock: the thread's work takes exactly ``seconds``."""
    readings = iter([100.0, 100.0 + seconds])
    last = [100.0 + seconds]

    def monotonic() -> float:
        return next(readings, last[0])

    monkeypatch.setattr(database_module, "time", SimpleNamespace(monotonic=monotonic, sleep=time.sleep, time=time.time))


@pytest.mark.parametrize(("took", "redone"), [(0.5, True), (database_module.REDO_WITHIN_S, False)])
def test_only_a_failure_within_redo_within_s_is_said_again_by_the_opener(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, took: float, redone: bool
) -> None:
    """Work that failed in exactly REDO_WITHIN_S did not fail *within* it: its message is raised as the thread
    wrote it, not written again in the window's language (the stand-in translation marks what it wrote)."""
    path = tmp_path / "notes.sqlite3"
    path.write_text("these are someone's notes, not a database\n" * 10)
    _clock(monkeypatch, took)
    early = SqlitePreflight(sqlite_url(path), create=True)
    early.settle()
    assert early.failed_quickly() is redone
    monkeypatch.setattr(database_module, "tr", lambda text: "[cy] " + text)
    with pytest.raises(NotADatabaseError) as caught:
        open_database(sqlite_url(path), tmp_path / "backups", preflight=early)
    said = f"{path} is not an NPS Trainer database (it is not a SQLite file). It has been left untouched."
    assert str(caught.value).startswith(("[cy] " if redone else "") + said)
    assert path.read_text() == "these are someone's notes, not a database\n" * 10


def test_a_making_that_failed_slowly_names_the_database_in_the_thread_s_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not done again by the opener (it took REDO_WITHIN_S), so the message is the thread's: it names the file."""
    path = tmp_path / "nps.sqlite3"
    broken = tmp_path / "broken_schema.sql"
    broken.write_text("BEGIN IMMEDIATE;\nCREATE TABLE one (id INTEGER);\nTHIS IS NOT SQL;\nCOMMIT;\n")
    monkeypatch.setattr("nps_trainer.storage.new_database.IMAGE", broken)
    _clock(monkeypatch, database_module.REDO_WITHIN_S)
    early = SqlitePreflight(sqlite_url(path), create=True)
    with pytest.raises(MigrationError) as caught:
        open_database(sqlite_url(path), tmp_path / "backups", preflight=early)
    assert str(caught.value).startswith(f"Setting up the new database {path} failed (")
    assert str(caught.value).endswith(
        "nothing was saved in it. Start NPS Trainer again; if it goes on, choose another database location.")
    assert not path.exists()
