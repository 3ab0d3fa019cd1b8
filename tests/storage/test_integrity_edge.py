"""A database SQLite still reads, with a damaged index that only the full integrity check finds (the quick check
at start passes it): 'db check' must report it and exit 1, and the app's own check must list it."""

from __future__ import annotations

from pathlib import Path

from nps_trainer.audit import AuditLog
from nps_trainer.profiles import ProfileService
from nps_trainer.storage.database import open_database
from tests.test_cli import run


def damaged_index_database(tmp_path: Path) -> Path:
    path = tmp_path / "index.sqlite3"
    database = open_database(f"sqlite:///{path}", tmp_path / "backups")
    profiles = ProfileService(database, AuditLog(database))
    made = [profiles.create(f"Person {n}", "practitioner") for n in range(5)]
    database.close()
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    data = bytearray(path.read_bytes())
    uid = made[-1].uid.encode()
    where = data.rfind(uid)  # one copy of the last uid (the table's or the unique index's)
    assert where > 0
    data[where + len(uid) - 1] = ord("z") if data[where + len(uid) - 1] != ord("z") else ord("y")
    path.write_bytes(bytes(data))
    return path


def test_db_check_finds_what_the_quick_check_misses(tmp_path: Path) -> None:
    path = damaged_index_database(tmp_path)
    database = open_database(f"sqlite:///{path}", tmp_path / "backups", read_only=True)
    try:
        assert database.integrity_problems(full=False) == []  # what start-up looks at: it passes
        problems = database.integrity_problems(full=True)
        assert problems and any("index" in p for p in problems)
    finally:
        database.close()
    result = run("db", "check", "--database", str(path))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "index" in result.stdout and "integrity ok" not in result.stdout
