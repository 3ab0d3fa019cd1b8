"""A database whose schema-version row cannot be read as text is refused with the opener's usual message.

Python's sqlite3 raises the "Could not decode to UTF-8" error itself, without an SQLite error code, so the check
must not rely on every database error carrying ``sqlite_errorcode`` (issue 14: mutants of the ``getattr`` default in
``_check_sqlite_file``)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from nps_trainer.storage import migrate
from nps_trainer.storage.database import open_database
from nps_trainer.storage.engine import sqlite_url
from nps_trainer.storage.errors import DatabaseUnavailableError


def _file_with_garbled_version(path: Path) -> str:
    """A SQLite file that passes the quick check but whose version row holds bytes that are not UTF-8; returns
    the error Python's sqlite3 gives when that row is read."""
    connection = sqlite3.connect(path)
    try:
        connection.execute(f"CREATE TABLE {migrate.VERSION_TABLE} (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        connection.execute(f"INSERT INTO {migrate.VERSION_TABLE} VALUES (CAST(x'ff61' AS TEXT))")
        connection.commit()
        with pytest.raises(sqlite3.OperationalError) as caught:
            connection.execute(f"SELECT version_num FROM {migrate.VERSION_TABLE}").fetchone()
    finally:
        connection.close()
    assert not hasattr(caught.value, "sqlite_errorcode")  # raised by Python, not by SQLite
    return str(caught.value)


def test_a_version_row_that_is_not_text_is_refused_with_a_message_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "garbled.sqlite3"
    detail = _file_with_garbled_version(path)
    before = path.read_bytes()

    with pytest.raises(DatabaseUnavailableError) as refused:
        open_database(sqlite_url(path), tmp_path / "backups")

    assert str(refused.value) == (
        f"Cannot open the database {path} just now ({detail}). It has not been changed. If another program is "
        "using it, close that program or wait a moment, then try again.")
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()
