"""Making a new database from the latest schema's image waits for another program's lock on the new file as long
as the app waits for another copy of itself (``MIGRATION_LOCK_TIMEOUT_S``), not only SQLite's default 5 s."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from nps_trainer.storage import migrate
from nps_trainer.storage.database import open_database

HOLD_S = 6.5  # longer than SQLite's default busy timeout (5 s), far shorter than the app's 60 s

BLOCKER = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN EXCLUSIVE")  # as a database tool with the file open in a write transaction
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
connection.execute("ROLLBACK")
connection.close()
"""


def test_a_new_file_another_program_holds_for_over_five_seconds_is_set_up_once_it_lets_go(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    blocker = subprocess.Popen([sys.executable, "-c", BLOCKER, str(path), str(HOLD_S)],
                               stdout=subprocess.PIPE, text=True)
    try:
        assert blocker.stdout is not None
        assert blocker.stdout.readline().strip() == "locked"
        assert path.stat().st_size == 0  # a new, empty file: the app makes it a database from the image
        database = open_database(f"sqlite:///{path}", tmp_path / "backups")  # waits for the other program
        assert blocker.wait(timeout=10) == 0
    finally:
        if blocker.poll() is None:
            blocker.kill()
            blocker.wait()
    try:
        assert database.report.migrated and database.report.found_revision is None
        assert database.schema_problem() is None
    finally:
        database.close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [(migrate.HEAD,)]
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
