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


def _checked_at(path: Path) -> float | None:
    return close_stamp.checked_at_if_unchanged(path, time.time(), close_stamp.file_state(path))


def _note(path: Path, checked_at: float) -> None:
    """Note the file as closed unchanged since it was opened (and checked at ``checked_at``)."""
    close_stamp.note_closed(path, checked_at, close_stamp.file_state(path), sound=_never_asked)


def _never_asked(path: Path) -> bool:
    raise AssertionError("a file unchanged since it was opened is not checked again at its close")


def _damage(path: Path, *, revision: str | None = None) -> None:
    """Damage a page of the file (a table of its own, so that the profiles and schema revision still read)."""
    connection = sqlite3.connect(path)
    if revision is not None:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
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


def _damage_unseen(path: Path, checked_at: float, *, revision: str | None = None) -> None:
    """Damage the file, then note it: as a failing disk would leave it, with nothing having written to it."""
    _damage(path, revision=revision)
    _note(path, checked_at)


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
    _note(path, time.time())
    for suffix in ("-wal", "-journal"):
        path.with_name(path.name + suffix).write_bytes(b"")
    assert _checked_at(path) is not None
    path.with_name(path.name + "-journal").write_bytes(b"x")
    assert _checked_at(path) is None
    close_stamp.note_closed(path, time.time(), None, sound=lambda _: True)  # cannot be noted: a note there goes
    assert not close_stamp.stamp_file_for(path).exists()


@pytest.mark.parametrize("checked_at", [True, "yesterday", None, 4e12])
def test_a_note_with_no_believable_time_is_no_note(tmp_path: Path, checked_at: object) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"x")
    _note(path, time.time())
    note = json.loads(close_stamp.stamp_file_for(path).read_text(encoding="utf-8"))
    note["checked_at"] = checked_at  # a flag, a word, nothing, a time in the future
    close_stamp.stamp_file_for(path).write_text(json.dumps(note), encoding="utf-8")
    assert _checked_at(path) is None


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
    assert _checked_at(path) is not None
    result = subprocess.run([sys.executable, "-c", KILLED], capture_output=True, text=True, timeout=120,
                            env=os.environ.copy())
    assert result.returncode == 0, result.stderr
    assert _checked_at(path) is None
    services = build_services(user_paths)  # checked whole, found sound: Bea's profile is there
    try:
        profiles = services.profiles.list()
        assert sorted(p.display_name for p in profiles) == ["Ada", "Bea"]
    finally:
        services.close()
    # Bea's profile is still only in the log: the list was read through a connection that may not write.
    assert _checked_at(path) is None
    services = build_services(user_paths)
    try:
        services.profiles.get(profiles[0].id)  # as a sign-in does: through the engine, which empties the log
    finally:
        services.close()
    assert _checked_at(path) == pytest.approx(time.time(), abs=60)


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
    _note(path, time.time())
    assert stamp.is_dir() and "Could not note the database as closed" in caplog.text
    assert not stamp.with_name(stamp.name + ".partial").exists()  # what was written instead is cleared away
    assert _checked_at(path) is None


@pytest.mark.parametrize("how", ["moved into place", "copied over it"])
def test_a_file_replaced_while_the_app_has_it_open_is_checked_at_the_close(user_paths: UserPaths, how: str) -> None:
    """A backup restored, or a copy synchronised into place, while the app runs: the close finds the file changed
    since it was opened, checks it whole, and notes it only if it is sound; a damaged one is said at the next start."""
    path = _closed_with_a_profile(user_paths)
    damaged = path.with_name("damaged.sqlite3")
    damaged.write_bytes(path.read_bytes())
    _damage(damaged)
    services = build_services(user_paths)
    try:
        assert [p.display_name for p in services.profiles.list()] == ["Ada"]
        if how == "moved into place":
            damaged.replace(path)
        else:
            path.write_bytes(damaged.read_bytes())
    finally:
        services.close()
    assert not close_stamp.stamp_file_for(path).exists()
    with pytest.raises(CorruptDatabaseError, match="is damaged"):
        build_services(user_paths)


def test_a_sound_file_put_in_place_while_open_is_checked_and_noted_as_checked_then(user_paths: UserPaths) -> None:
    path = _closed_with_a_profile(user_paths)
    copy = path.with_name("copy.sqlite3")
    copy.write_bytes(path.read_bytes())
    _note(path, time.time() - 5 * DAY)  # last checked five days ago
    services = build_services(user_paths)
    copy.replace(path)
    services.close()
    assert _checked_at(path) == pytest.approx(time.time(), abs=60)


def test_a_check_that_finds_the_file_damaged_removes_the_note(user_paths: UserPaths) -> None:
    """``nps-trainer db check`` (which only looks) finds the damage: the note goes, so the next start says so too."""
    path = _closed_with_a_profile(user_paths)
    _damage_unseen(path, checked_at=time.time() - 60)
    result = subprocess.run([sys.executable, "-m", "nps_trainer", "db", "check"], capture_output=True, text=True,
                            timeout=120, env=os.environ.copy())
    assert result.returncode != 0 and "is damaged" in result.stderr + result.stdout
    assert not close_stamp.stamp_file_for(path).exists()
    with pytest.raises(CorruptDatabaseError, match="is damaged"):
        build_services(user_paths)


def test_a_file_to_be_migrated_is_checked_whole_first(user_paths: UserPaths) -> None:
    path = _closed_with_a_profile(user_paths)
    _damage_unseen(path, checked_at=time.time() - 60, revision="0008")
    with pytest.raises(CorruptDatabaseError, match="is damaged"):
        build_services(user_paths)  # not migrated, nor backed up as a good copy
    assert not list(user_paths.backups.glob("*before-upgrade*"))


@pytest.mark.parametrize("kind", ["pipe", "link", "folder", "large"])
def test_only_a_small_regular_file_is_read_as_a_note(tmp_path: Path, kind: str) -> None:
    """A pipe would block a start for ever and a link could point anywhere: neither is read."""
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"x")
    _note(path, time.time())
    stamp = close_stamp.stamp_file_for(path)
    good = stamp.read_bytes()
    stamp.unlink()
    if kind == "pipe":
        os.mkfifo(stamp)
    elif kind == "link":
        target = tmp_path / "elsewhere.json"
        target.write_bytes(good)
        stamp.symlink_to(target)
    elif kind == "folder":
        stamp.mkdir()
    else:
        stamp.write_bytes(good[:-1] + b" " * close_stamp.MAX_NOTE_BYTES + b"}")
    assert _checked_at(path) is None


def test_a_link_in_the_way_of_the_note_is_not_followed(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"x")
    victim = tmp_path / "victim.txt"
    victim.write_text("someone's file", encoding="utf-8")
    partial = close_stamp.stamp_file_for(path).with_name("notes.sqlite3.closed.partial")
    partial.symlink_to(victim)
    _note(path, time.time())
    assert victim.read_text(encoding="utf-8") == "someone's file"
    assert not close_stamp.stamp_file_for(path).is_symlink()
    assert _checked_at(path) is not None


def test_a_log_beside_the_file_a_link_leads_to_is_seen(tmp_path: Path) -> None:
    """SQLite keeps its log beside the file itself, not beside a link to it (a database given by a sqlite:///
    address, or a data folder that is a link)."""
    real = tmp_path / "real" / "notes.sqlite3"
    real.parent.mkdir()
    real.write_bytes(b"x")
    link = tmp_path / "notes.sqlite3"
    link.symlink_to(real)
    _note(link, time.time())
    assert _checked_at(link) is not None
    real.with_name("notes.sqlite3-wal").write_bytes(b"\x00" * 32)
    assert _checked_at(link) is None


def test_a_file_put_in_place_during_the_start_check_is_checked_at_the_close(
        user_paths: UserPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    """What the start checked may not be what is there afterwards: the close then checks the file itself."""
    from nps_trainer.storage import database as database_module

    path = _closed_with_a_profile(user_paths)
    damaged = path.with_name("damaged.sqlite3")
    damaged.write_bytes(path.read_bytes())
    _damage(damaged)
    checked = database_module._check_sqlite_file

    def check_then_swap(*args, **kwargs):
        revision = checked(*args, **kwargs)
        if damaged.exists():
            damaged.replace(path)  # just after the check read the file that was there
        return revision

    monkeypatch.setattr(database_module, "_check_sqlite_file", check_then_swap)
    services = build_services(user_paths)
    services.close()  # nothing written this session: still checked, as the file is not the one opened
    monkeypatch.setattr(database_module, "_check_sqlite_file", checked)
    assert not close_stamp.stamp_file_for(path).exists()
    with pytest.raises(CorruptDatabaseError, match="is damaged"):
        build_services(user_paths)


def test_a_database_gone_during_the_session_is_not_made_again_at_the_close(user_paths: UserPaths) -> None:
    path = _closed_with_a_profile(user_paths)
    services = build_services(user_paths)
    for file in path.parent.glob(path.name + "*"):
        file.unlink()
    services.close()
    assert not path.exists() and not close_stamp.stamp_file_for(path).exists()
