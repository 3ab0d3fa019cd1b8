"""A start skips the whole-file quick check of a database that is exactly as NPS Trainer last closed it
(storage/close_stamp.py), and checks it whenever anything may have changed it, or when the last check is a week
old. Real SQLite files; damage that nothing wrote (a failing disk) is made by hand and the note written to match."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from nps_trainer.paths import UserPaths
from nps_trainer.services import build_services
from nps_trainer.storage import close_stamp
from nps_trainer.storage.database import open_database
from nps_trainer.storage.engine import sqlite_url
from nps_trainer.storage.errors import CorruptDatabaseError

DAY = 24 * 3600


def _closed_with_a_profile(user_paths: UserPaths) -> Path:
    services = build_services(user_paths)
    services.profiles.create("Ada", "manager")
    services.close()
    return user_paths.database_file


def _damage_unseen(path: Path, checked_at: float) -> None:
    """Damage a page of the file (a table of its own, so that the profiles and schema revision still read), then
    note the file as closed: as a failing disk would leave it, with nothing having written to it."""
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE bitrot (x)")
    connection.executemany("INSERT INTO bitrot VALUES (?)", [(b"a" * 300,) for _ in range(200)])
    connection.commit()
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'bitrot'").fetchone()[0]
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\x00")  # no valid page type
    close_stamp.write(path, checked_at)


def test_a_clean_close_notes_the_file_and_a_start_then_skips_the_whole_file_check(user_paths: UserPaths) -> None:
    path = _closed_with_a_profile(user_paths)
    note = json.loads(close_stamp.stamp_file_for(path).read_text(encoding="utf-8"))
    assert note["file_state"]["size"] == path.stat().st_size
    assert time.time() - DAY < note["checked_at"] <= time.time()
    _damage_unseen(path, checked_at=time.time() - 3 * DAY)
    services = build_services(user_paths)  # not checked: the file is as it was closed, checked three days ago
    try:
        assert [p.display_name for p in services.profiles.list()] == ["Ada"]
    finally:
        services.close()
    again = json.loads(close_stamp.stamp_file_for(path).read_text(encoding="utf-8"))
    assert again["checked_at"] == pytest.approx(time.time() - 3 * DAY, abs=60)  # a skipped check postpones nothing


@pytest.mark.parametrize("change", ["no note", "note a week old", "file touched", "note damaged", "log with content"])
def test_anything_that_may_have_changed_the_file_brings_the_check_back(user_paths: UserPaths, change: str) -> None:
    path = _closed_with_a_profile(user_paths)
    _damage_unseen(path, checked_at=time.time() - (8 * DAY if change == "note a week old" else 60))
    stamp = close_stamp.stamp_file_for(path)
    if change == "no note":
        stamp.unlink()
    elif change == "file touched":
        later = path.stat().st_mtime_ns + 1_000_000
        os.utime(path, ns=(later, later))
    elif change == "note damaged":
        stamp.write_text(stamp.read_text(encoding="utf-8")[:20], encoding="utf-8")
    elif change == "log with content":
        path.with_name(path.name + "-wal").write_bytes(b"\x00" * 32)
    with pytest.raises(CorruptDatabaseError, match="is damaged"):
        build_services(user_paths)


def test_an_empty_log_or_journal_beside_the_file_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    sqlite3.connect(path).close()
    path.write_bytes(path.read_bytes() or b"x")
    close_stamp.write(path, time.time())
    for suffix in ("-wal", "-journal"):
        path.with_name(path.name + suffix).write_bytes(b"")
    assert close_stamp.checked_at_if_unchanged(path, time.time()) is not None
    path.with_name(path.name + "-journal").write_bytes(b"x")
    assert close_stamp.checked_at_if_unchanged(path, time.time()) is None
    close_stamp.write(path, time.time())  # cannot be noted: a note already there goes
    assert not close_stamp.stamp_file_for(path).exists()


@pytest.mark.parametrize("checked_at", [True, "yesterday", None, 4e12])
def test_a_note_with_no_believable_time_is_no_note(tmp_path: Path, checked_at: object) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"x")
    close_stamp.write(path, time.time())
    note = json.loads(close_stamp.stamp_file_for(path).read_text(encoding="utf-8"))
    note["checked_at"] = checked_at  # a flag, a word, nothing, a time in the future
    close_stamp.stamp_file_for(path).write_text(json.dumps(note), encoding="utf-8")
    assert close_stamp.checked_at_if_unchanged(path, time.time()) is None


KILLED = """
import os, sys
from nps_trainer.paths import UserPaths
from nps_trainer.services import build_services
services = build_services(UserPaths.default())
services.profiles.create("Bea", "practitioner")
os._exit(0)  # killed: never closed
"""


def test_a_run_that_was_killed_after_writing_leaves_the_file_to_be_checked(user_paths: UserPaths) -> None:
    path = _closed_with_a_profile(user_paths)
    assert close_stamp.checked_at_if_unchanged(path, time.time()) is not None
    result = subprocess.run([sys.executable, "-c", KILLED], capture_output=True, text=True, timeout=120,
                            env=os.environ.copy())
    assert result.returncode == 0, result.stderr
    assert close_stamp.checked_at_if_unchanged(path, time.time()) is None
    services = build_services(user_paths)  # checked whole, found sound: Bea's profile is there
    try:
        profiles = services.profiles.list()
        assert sorted(p.display_name for p in profiles) == ["Ada", "Bea"]
    finally:
        services.close()
    # Bea's profile is still only in the log: the list was read through a connection that may not write.
    assert close_stamp.checked_at_if_unchanged(path, time.time()) is None
    services = build_services(user_paths)
    try:
        services.profiles.get(profiles[0].id)  # as a sign-in does: through the engine, which empties the log
    finally:
        services.close()
    assert close_stamp.checked_at_if_unchanged(path, time.time()) == pytest.approx(time.time(), abs=60)


def test_an_opener_that_only_looks_writes_no_note(user_paths: UserPaths) -> None:
    path = _closed_with_a_profile(user_paths)
    close_stamp.stamp_file_for(path).unlink()
    database = open_database(sqlite_url(path), user_paths.backups, read_only=True)
    database.close()
    assert not close_stamp.stamp_file_for(path).exists()


def test_a_note_that_cannot_be_written_is_only_logged(user_paths: UserPaths, caplog) -> None:
    caplog.set_level(logging.INFO, logger="nps_trainer.storage.close_stamp")
    path = _closed_with_a_profile(user_paths)
    stamp = close_stamp.stamp_file_for(path)
    stamp.unlink()
    stamp.mkdir()  # something in the way of the note
    close_stamp.write(path, time.time())
    assert stamp.is_dir() and "Could not note the database as closed" in caplog.text
    assert close_stamp.checked_at_if_unchanged(path, time.time()) is None
