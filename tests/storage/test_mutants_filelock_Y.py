"""The migration lock file that cannot be made: when the lock file is a link into a folder that is gone, the
message names the lock file once and says the folder does not exist.

Written from the mutation-testing survivors (issue 14). Each test builds its own inputs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nps_trainer.storage.errors import DatabaseUnavailableError
from nps_trainer.storage.filelock import FileLock


def test_a_lock_file_linked_into_a_missing_folder_says_the_folder_does_not_exist(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3.lock"
    path.symlink_to(tmp_path / "gone" / "db.sqlite3.lock")
    with pytest.raises(DatabaseUnavailableError) as caught:
        FileLock(path, timeout=0.2, what="the database db.sqlite3").__enter__()
    assert str(caught.value) == (
        f"Cannot create the lock file {path} that keeps two copies of NPS Trainer from updating the database "
        "db.sqlite3 at once: the folder does not exist. Nothing has been changed.")
    assert not (tmp_path / "gone").exists()
