"""Engines for SQLite (WAL, foreign keys, busy timeout, real transactions) and any other SQLAlchemy URL."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote

from ..i18n import tr, tr_noop

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from .errors import DatabaseUnavailableError

BUSY_TIMEOUT_MS = 10_000
ADDRESS_ADVICE = tr_noop("Correct it in Settings (Database), the --database option or NPS_TRAINER_DATABASE_URL.")


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
    kind = scheme.split("+")
    if not sep or kind[0] != "sqlite" or len(kind) > 2:  # sqlite+a+b is no address: refused before any file is made
        return None
    database = unquote(rest[1:].split("?", 1)[0]) if rest.startswith("/") else ""
    if not database or database == ":memory:":
        return None
    return Path(database)


def read_only_uri(path: Path) -> str:
    """A ``file:`` URI opening ``path`` read-only with the standard library's sqlite3 (``uri=True``).
    ``as_uri`` escapes the characters a URI would otherwise take as query or fragment."""
    return f"{path.resolve().as_uri()}?mode=ro"


def display_url(url: str) -> str:
    """A database URL fit for a message: a SQLite file as its path, any other URL without its password.

    Works on a malformed URL too (SQLAlchemy could not parse it), so that a refusal can name it."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ValueError, ImportError, ArgumentError):  # malformed: hide the password by hand
        scheme, sep, rest = url.partition("://")
        credentials, at, host = rest.rpartition("@")
        if not sep or not at or ":" not in credentials:
            return url
        return f"{scheme}://{credentials.split(':', 1)[0]}:***@{host}"


def check_url(url: str, advice: str = ADDRESS_ADVICE) -> None:
    """Raise :class:`DatabaseUnavailableError`, naming the URL (password hidden), if it is malformed, names a
    kind of database SQLAlchemy does not know, or needs a driver that is not installed. Connects to nothing.
    ``advice`` ends the message: where to correct the URL."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    from .errors import DatabaseUnavailableError

    shown = display_url(url)
    try:
        dialect = make_url(url).get_dialect()
    except NoSuchModuleError as exc:
        kind = url.partition("://")[0] or url
        raise DatabaseUnavailableError(
            tr("The database address {address} names a kind of database NPS Trainer cannot use ('{kind}'). Use a "
               "SQLite file path or a PostgreSQL address such as postgresql+psycopg://user@server/nps_trainer. "
               "{advice}").format(address=shown, kind=kind, advice=tr(advice))
        ) from exc
    except (ArgumentError, ValueError) as exc:
        raise DatabaseUnavailableError(
            tr("The database address {address} is not a valid address ({reason}). {advice}").format(
                address=shown, reason=_reason(exc), advice=tr(advice))
        ) from exc
    try:
        dialect.import_dbapi()
    except ImportError as exc:
        raise _missing_driver(shown, exc, advice) from exc


def _reason(exc: Exception) -> str:
    """A short reason for a URL that SQLAlchemy could not use, in plain words where we can."""
    text = str(exc).split("\n", 1)[0].rstrip(".")
    if "int()" in text:
        return tr("its port must be a number")
    if "Could not parse" in text:
        return tr("it should look like postgresql+psycopg://user@server/database")
    return text[:1].lower() + text[1:] if text else type(exc).__name__


def _missing_driver(shown: str, exc: ImportError, advice: str = ADDRESS_ADVICE) -> DatabaseUnavailableError:
    from .errors import DatabaseUnavailableError

    module = exc.name or tr("its driver")
    return DatabaseUnavailableError(
        tr("The database {address} needs the database driver '{module}', which is not installed. For PostgreSQL, "
           "install NPS Trainer with its PostgreSQL extra (pip install 'nps-trainer[postgresql]', which brings "
           "psycopg) and use an address that starts postgresql+psycopg://. {advice}").format(
            address=shown, module=module, advice=tr(advice))
    )


def make_engine(url: str) -> Engine:
    """``hide_parameters``: an error's text names the SQL but never the values, which may be personal data.

    A URL that cannot be used (malformed, unknown kind, driver missing) raises
    :class:`DatabaseUnavailableError` naming it."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from .errors import DatabaseUnavailableError

    check_url(url)
    try:
        if make_url(url).get_backend_name() == "sqlite":
            engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, hide_parameters=True)
            event.listen(engine, "connect", _sqlite_connect)
            event.listen(engine, "begin", _sqlite_begin)
            return engine
        return create_engine(url, pool_pre_ping=True, hide_parameters=True)
    except ImportError as exc:
        raise _missing_driver(display_url(url), exc) from exc
    except (ArgumentError, ValueError, TypeError) as exc:
        raise DatabaseUnavailableError(
            tr("The database address {address} cannot be used ({reason}). {advice}").format(
                address=display_url(url), reason=_reason(exc), advice=tr(ADDRESS_ADVICE))
        ) from exc


def make_read_only_engine(url: str) -> Engine:
    """An engine for commands that only read: a SQLite file is opened read-only, so nothing (not even the
    journal mode) can change in it. Other databases get the usual engine; the caller only reads."""
    path = sqlite_path(url)
    if path is None:
        return make_engine(url)
    import sqlite3

    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    uri = read_only_uri(path)

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)

    return create_engine("sqlite://", creator=connect, poolclass=NullPool, hide_parameters=True)


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
