"""An address that is not a valid SQLite address is refused before any file is made (found in review: for
``sqlite+pysqlite+x:///x.db`` the database file was made and filled, and only then was the address refused)."""

from __future__ import annotations

from pathlib import Path

import pytest

from nps_trainer.storage.database import open_database
from nps_trainer.storage.engine import sqlite_path
from nps_trainer.storage.errors import DatabaseUnavailableError


def test_a_sqlite_address_with_two_drivers_names_no_file() -> None:
    assert sqlite_path("sqlite+pysqlite+x:////srv/x.sqlite3") is None
    assert sqlite_path("sqlite+pysqlite:////srv/x.sqlite3") == Path("/srv/x.sqlite3")


def test_it_is_refused_as_an_address_and_nothing_is_made(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    with pytest.raises(DatabaseUnavailableError) as caught:
        open_database(f"sqlite+pysqlite+x:///{path}", tmp_path / "backups")
    assert str(caught.value).startswith(f"The database address sqlite+pysqlite+x:///{path} is not a valid address")
    assert not path.exists() and not (tmp_path / "backups").exists()


def test_a_named_pipe_at_the_database_path_is_refused_and_left_alone(tmp_path: Path) -> None:
    """A pipe reads as an empty file; it must not be taken for a new database, nor removed when that fails."""
    import os

    pipe = tmp_path / "nps.sqlite3"
    os.mkfifo(pipe)
    for read_only in (False, True):
        with pytest.raises(DatabaseUnavailableError) as caught:
            open_database(f"sqlite:///{pipe}", tmp_path / "backups", read_only=read_only)
        assert str(caught.value) == (f"{pipe} is not a file (a named pipe or a device), so it cannot hold a "
                                     "database. It has not been changed. Choose another database location in "
                                     "Settings (or with --database).")
        assert pipe.is_fifo()
