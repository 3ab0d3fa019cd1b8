"""Several computers opening one new PostgreSQL database at the same moment: one sets it up while the others
wait on an advisory lock on the server, and all of them start."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys, time
from pathlib import Path
from nps_trainer.storage.database import open_database
url, backups, start = sys.argv[1], Path(sys.argv[2]), float(sys.argv[3])
while time.time() < start:
    time.sleep(0.001)
database = open_database(url, backups)
print(database.report.found_revision, database.report.migrated)
database.close()
"""


def test_computers_opening_a_new_database_together_all_start(postgres_server, tmp_path: Path) -> None:
    import time

    url = postgres_server.fresh_database()
    start = time.time() + 3  # every process has imported everything by then, and they open at once
    processes = []
    for number in range(5):
        backups = tmp_path / f"pc{number}"  # each computer has its own user folder: a lock file cannot help
        backups.mkdir()
        processes.append(subprocess.Popen([sys.executable, "-c", SCRIPT, url, str(backups), str(start)],
                                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    results = [process.communicate(timeout=120) for process in processes]
    assert [process.returncode for process in processes] == [0] * 5, [err for _out, err in results]
    migrated = [out.split()[1] for out, _err in results]
    assert migrated.count("True") == 1  # one set it up; the others found it done once they had the lock
