"""Engines for SQLite (WAL, foreign keys, busy timeout, real transactions) and any other SQLAlchemy URL."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote

if TYPE_CHECKING:
    from sqlalchemy import Engine

BUSY_TIMEOUT_MS = 10_000


def sqlite_url(path: Path) -> str:
    """A SQLAlchemy URL for a SQLite file. ``%``, ``?`` and ``#`` are escaped: SQLAlchemy decodes the path and
    would otherwise read ``?`` as the start of options."""
    escaped = str(path).replace("%", "%25").replace("?", "%3F").replace("#", "%23")
    return f"sqlite:///{escaped}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite.

    Parsed by hand (``sqlite[+driver]:///path``) so that start-up need not import SQLAlchemy; decoded the
    same way SQLAlchemy decodes it."""
    scheme, sep, rest = url.partition("://")
    if not sep or scheme.split("+", 1)[0] != "sqlite":
        return None
    database = unquote(rest[1:].split("?", 1)[0]) if rest.startswith("/") else ""
    if not database or database == ":memory:":
        return None
    return Path(database)


def read_only_uri(path: Path) -> str:
    """A ``file:`` URI opening ``path`` read-only with the standard library's sqlite3 (``uri=True``).
    ``as_uri`` escapes the characters a URI would otherwise take as query or fragment."""
    return f"{path.resolve().as_uri()}?mode=ro"


def make_engine(url: str) -> Engine:
    """``hide_parameters``: an error's text names the SQL but never the values, which may be personal data."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


def _sqlite_connect(dbapi_connection, _record) -> None:
    # Python's sqlite3 (before 3.12's autocommit attribute) begins a transaction only before a write, so a
    # read that decides a write, and all DDL, would run outside it. Take transactions over: no implicit
    # BEGIN from the driver, and an explicit BEGIN IMMEDIATE from SQLAlchemy (see _sqlite_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        _use_wal(cursor)
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # In WAL mode NORMAL survives a killed process; only a power cut may lose the last commit.
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def _use_wal(cursor, timeout_s: float = BUSY_TIMEOUT_MS / 1000) -> None:
    """Put the file in WAL mode, waiting up to the busy timeout for other instances.

    Switching mode needs an exclusive lock, and SQLite answers "database is locked" at once, without calling
    the busy handler, when two connections on a new file both try (waiting could deadlock). So we retry
    ourselves. Once the file is in WAL mode (it stays so), the read-only query is enough and takes no lock."""
    import sqlite3
    import time

    deadline = time.monotonic() + timeout_s
    delay = 0.005
    while True:
        try:
            if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                cursor.execute("PRAGMA journal_mode=WAL").fetchone()
            return
        except sqlite3.OperationalError as exc:
            if not _is_busy(exc) or time.monotonic() + delay > deadline:
                raise
        time.sleep(delay)
        delay = min(delay * 2, 0.1)


def _is_busy(exc: Exception) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED (and their extended codes)
    return "locked" in str(exc) or "busy" in str(exc)


def _sqlite_begin(connection) -> None:
    """Every transaction takes the write lock at its start (waiting up to the busy timeout), so two app
    instances never interleave a check and the write that depends on it, and a migration is all or
    nothing."""
    connection.exec_driver_sql("BEGIN IMMEDIATE")
