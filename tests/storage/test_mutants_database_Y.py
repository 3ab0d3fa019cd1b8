"""How open_database refuses: an opener that may not set a database up names the misuse exactly when handed an
early check that makes one, and a read-only look at a server that cannot be reached names the server.

Written from the mutation-testing survivors (issue 14). Each test builds its own inputs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nps_trainer.storage.database import SqlitePreflight, open_database
from nps_trainer.storage.engine import sqlite_url
from nps_trainer.storage.errors import DatabaseUnavailableError


def test_a_read_only_opener_handed_an_early_check_that_makes_the_database_says_why_it_refuses(
    tmp_path: Path,
) -> None:
    path = tmp_path / "nps.sqlite3"
    early = SqlitePreflight(sqlite_url(path), create=True)
    early.settle()
    path.unlink()
    with pytest.raises(ValueError) as caught:
        open_database(sqlite_url(path), tmp_path / "backups", preflight=early, read_only=True)
    assert str(caught.value) == "a preflight that makes a missing database is for an opener that may set it up"
    assert not path.exists()


def test_a_read_only_look_at_a_server_that_cannot_be_reached_names_the_server(tmp_path: Path) -> None:
    url = "postgresql+psycopg://nobody:s3cret@127.0.0.1:1/nps"
    with pytest.raises(DatabaseUnavailableError) as caught:
        open_database(url, tmp_path / "backups", read_only=True)
    message = str(caught.value)
    assert message.startswith("Cannot open the database postgresql+psycopg://nobody:***@127.0.0.1:1/nps: ")
    assert "Connection refused" in message and "s3cret" not in message
    assert not (tmp_path / "backups").exists()
