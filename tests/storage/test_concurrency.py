"""Two app instances on one SQLite file: both write at once, neither crashes, nothing is lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from nps_trainer.audit import AuditLog
from nps_trainer.storage.database import open_database
from nps_trainer.storage.models import AuditEntry

WRITER = """
import sys
from pathlib import Path
from nps_trainer.storage.database import open_database
from nps_trainer.audit import AuditLog

db = open_database(sys.argv[1], Path(sys.argv[2]))
audit = AuditLog(db)
for i in range(int(sys.argv[3])):
    audit.record(profile_id=None, action="write", object_type="test", object_id=f"{sys.argv[4]}-{i}")
db.close()
print("done")
"""


def test_two_processes_writing_to_one_sqlite_file(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    writes = 150
    # Both start on an empty file, so they also race to create the schema.
    processes = [
        subprocess.Popen([sys.executable, "-c", WRITER, url, str(tmp_path / "backups"), str(writes), name],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for name in ("a", "b")
    ]
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        assert "locked" not in err
        assert out.strip() == "done"
    db = open_database(url, tmp_path / "backups")
    try:
        assert db.check() == []
        with db.session() as session:
            assert session.scalar(select(func.count()).select_from(AuditEntry)) == 2 * writes
        assert AuditLog(db).verify() == [], "two writers forked the audit hash chain"
    finally:
        db.close()


def test_a_sqlite_transaction_holds_the_write_lock_from_its_start(tmp_path: Path) -> None:
    """A read that decides a write must not let another instance write in between (Python's sqlite3 would
    otherwise begin only at the first write)."""
    import sqlite3

    url = f"sqlite:///{tmp_path / 'lock.sqlite3'}"
    db = open_database(url, tmp_path / "backups")
    try:
        with db.session() as session:
            session.scalar(select(func.count()).select_from(AuditEntry))  # a read only
            other = sqlite3.connect(tmp_path / "lock.sqlite3", timeout=0.1, isolation_level=None)
            try:
                try:
                    other.execute("BEGIN IMMEDIATE")
                    raise AssertionError("another connection could start writing during our transaction")
                except sqlite3.OperationalError as exc:
                    assert "locked" in str(exc)
            finally:
                other.close()
    finally:
        db.close()
