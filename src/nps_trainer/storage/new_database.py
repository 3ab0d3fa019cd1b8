"""A new SQLite database made in one step from the latest schema, without loading SQLAlchemy or Alembic.

A first start used to run every migration from the first schema (about 0.7 s with the imports it needs) before
the window could appear. ``latest_schema.sql`` is what those migrations make, written out by ``schema_image``
(run ``python -m nps_trainer.storage.schema_image``); ``tests/storage/test_new_database.py`` fails when a
migration changes the schema and the image was not written again. PostgreSQL databases are still made by
running the migrations.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..i18n import tr
from .filelock import FileLock, lock_file_for

IMAGE = Path(__file__).with_name("latest_schema.sql")


def create_latest(path: Path, where: str, lock_timeout: float) -> bool:
    """Make the new, empty SQLite file at ``path`` a database at the latest schema, in one transaction.

    Returns False, changing nothing, when the file is no longer empty by the time the lock is held (another
    instance made it first): the caller then opens it as usual.
    """
    script = IMAGE.read_text(encoding="utf-8")
    with FileLock(lock_file_for(path), timeout=lock_timeout, what=tr("the database {where}").format(where=where)):
        connection = sqlite3.connect(path, timeout=lock_timeout, isolation_level=None)
        try:
            if connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                return False
            connection.execute("PRAGMA journal_mode=WAL")  # kept in the file, as the engine would set it
            connection.executescript(script)  # BEGIN IMMEDIATE ... COMMIT: all of it, or nothing
        finally:
            connection.close()
    return True


def image_of(path: Path) -> str:
    """The SQL that makes a database like the one at ``path``: its schema and the rows the migrations put in."""
    connection = sqlite3.connect(path)
    try:
        lines = list(connection.iterdump())
    finally:
        connection.close()
    if lines[:1] != ["BEGIN TRANSACTION;"] or lines[-1:] != ["COMMIT;"]:
        raise ValueError("unexpected dump: it should be one transaction")
    lines[0] = "BEGIN IMMEDIATE;"  # a second instance waits, then finds the tables made
    header = ("-- The latest schema of an NPS Trainer database, as its migrations make it. Written by\n"
              "-- `python -m nps_trainer.storage.schema_image`; do not edit by hand.")
    return header + "\n" + "\n".join(lines) + "\n"
