"""True messages at start for a database on a full disk (no empty -wal or -shm left behind) and for a
database file marked read-only (refused at start, not at the first save)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from nps_trainer.storage.database import open_database
from nps_trainer.storage.errors import DatabaseUnavailableError


def new_database(folder: Path) -> Path:
    path = folder / "db.sqlite3"
    open_database(f"sqlite:///{path}", folder).close()
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    return path


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 320 KB file system of its own (a tmpfs mount: needs root, as CI runs)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=320k", "tmpfs", str(mount)], capture_output=True)
    if result.returncode != 0:
        pytest.skip("cannot mount a small file system here (needs root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_a_full_disk_is_named_and_leaves_nothing_behind(tmp_path: Path, small_disk: Path) -> None:
    original = new_database(tmp_path)
    path = small_disk / "db.sqlite3"
    shutil.copy(original, path)
    try:
        with (small_disk / "filler").open("wb") as filler:
            while True:
                filler.write(b"x" * 4096)
                filler.flush()
    except OSError:
        pass
    with pytest.raises(DatabaseUnavailableError) as caught:
        open_database(f"sqlite:///{path}", tmp_path / "backups")
    message = str(caught.value)
    assert "is full" in message and str(small_disk) in message and "close that program" not in message
    assert sorted(p.name for p in small_disk.iterdir()) == ["db.sqlite3", "filler"]
    assert path.read_bytes() == original.read_bytes()


def test_a_read_only_database_file_is_refused_at_start(tmp_path: Path) -> None:
    path = new_database(tmp_path)
    before = path.read_bytes()
    path.chmod(0o444)
    try:
        with pytest.raises(DatabaseUnavailableError, match="marked read-only"):
            open_database(f"sqlite:///{path}", tmp_path / "backups")
    finally:
        path.chmod(0o644)
    assert path.read_bytes() == before
    assert not path.with_name(path.name + "-wal").exists()
    open_database(f"sqlite:///{path}", tmp_path / "backups").close()  # writable again: it opens


def test_a_read_only_database_file_can_still_be_checked_and_backed_up(tmp_path: Path) -> None:
    path = new_database(tmp_path)
    path.chmod(0o444)
    try:
        database = open_database(f"sqlite:///{path}", tmp_path / "backups", read_only=True)
        assert database.check() == []
        database.close()
    finally:
        path.chmod(0o644)


def test_a_new_database_on_a_full_disk_is_named_and_leaves_nothing_behind(tmp_path: Path, small_disk: Path) -> None:
    try:
        with (small_disk / "filler").open("wb") as filler:
            while True:
                filler.write(b"x" * 4096)
                filler.flush()
    except OSError:
        pass
    path = small_disk / "new.sqlite3"
    with pytest.raises(DatabaseUnavailableError) as caught:
        open_database(f"sqlite:///{path}", tmp_path / "backups")
    assert "is full" in str(caught.value) and str(small_disk) in str(caught.value)
    assert sorted(p.name for p in small_disk.iterdir() if p.name != "new.sqlite3.lock") == ["filler"]
    (small_disk / "filler").unlink()
    database = open_database(f"sqlite:///{path}", tmp_path / "backups")  # space again: a first start works
    assert database.report.migrated and database.check() == []
    database.close()
