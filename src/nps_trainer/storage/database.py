"""Opening the database: check it, back it up and migrate it if it is older, refuse it if it is newer or
damaged, and hand out sessions."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ..i18n import tr
from ..private_files import private_file, private_folder
from ..records import record
from . import migrate
from .engine import display_url, read_only_uri, sqlite_path
from .errors import (
    CorruptDatabaseError,
    DatabaseUnavailableError,
    EmptyDatabaseError,
    MigrationError,
    NewerDatabaseError,
    NotADatabaseError,
    UnknownSchemaError,
    describe_os_error,
)
from .filelock import FileLock, lock_file_for

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

# SQLAlchemy is imported only when the database is first used through it: opening an up-to-date SQLite
# file is checked with the standard library alone, which keeps start-up fast and small.

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26  # result codes that mean the file itself is damaged
SQLITE_READONLY, SQLITE_CANTOPEN = 8, 14  # result codes that mean the file or its folder cannot be written
SQLITE_IOERR, SQLITE_FULL = 10, 13  # what a full disk gives (a WAL database's -shm cannot grow: an I/O error)
# A read-only connection meets a journal left by a program that stopped part-way through a change ("hot"): only a
# connection that may write can undo that change, as SQLite does on the next such open.
SQLITE_READONLY_ROLLBACK = SQLITE_READONLY | (3 << 8)
FULL_BELOW_BYTES = 1024 * 1024  # less free space than this beside the database: the disk is full
SIDECARS = ("-wal", "-shm")
CHECK_TIMEOUT_S = 10.0  # how long the read-only check waits for another program's lock
CHECK_CACHE_KIB = 64  # the read-only check's page cache (see _check_sqlite_file)
MIGRATION_LOCK_TIMEOUT_S = 60.0  # how long to wait for another instance that is migrating the same database
REDO_WITHIN_S = 1.0  # the opener repeats an early check or making that failed within this (SqlitePreflight)


@record
class OpenReport:
    """What happened while opening: the revision found, and the backup taken before migrating."""

    found_revision: str | None
    backup: Path | None = None
    migrated: bool = False


class Database:
    """``read_only``: opened for a command that only looks (check, backup); a SQLite file is then opened
    read-only, so nothing in it can change."""

    def __init__(self, url: str, report: OpenReport, engine: Engine | None = None, *,
                 read_only: bool = False, checked_at: float | None = None,
                 opened_as: dict[str, int] | None = None) -> None:
        """``checked_at``: when a SQLite file was last checked whole (``time.time()``), and ``opened_as`` the file as
        it was then (``close_stamp.file_state``): at its close the file is noted beside it (checked again first if it
        has changed), so that the next start can skip checking it; no ``checked_at`` notes nothing."""
        self.url = url
        self.report = report
        self.read_only = read_only
        self.checked_at = checked_at
        self.opened_as = opened_as
        self._engine = engine
        self._sessions = None
        self._making_engine = threading.Lock()  # the sign-in warm-up may make it on another thread

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            with self._making_engine:
                if self._engine is None:
                    from .engine import make_engine, make_read_only_engine

                    self._engine = make_read_only_engine(self.url) if self.read_only else make_engine(self.url)
        return self._engine

    @property
    def engine_loaded(self) -> bool:
        return self._engine is not None

    @property
    def sqlite_file(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def display_location(self) -> str:
        return display_url(self.url)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in a transaction: committed on success, rolled back on error."""
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        with self._sessions() as session, session.begin():
            yield session

    def backup(self, folder: Path, label: str = "manual") -> Path:
        from .backup import backup_dump, backup_sqlite

        path = self.sqlite_file
        if path is not None:
            return backup_sqlite(path, folder, label)
        return backup_dump(self.engine, folder, label)

    def check(self, *, full: bool = True) -> list[str]:
        """Integrity problems found (empty when healthy), then the schema revision check."""
        problems = self.integrity_problems(full=full)
        schema = self.schema_problem()
        return [*problems, schema] if schema else problems

    def integrity_problems(self, *, full: bool = True) -> list[str]:
        """SQLite's integrity and foreign key checks (nothing for other databases), at any schema revision."""
        from sqlalchemy import text

        if self.engine.dialect.name != "sqlite":
            return []
        with self.engine.connect() as connection:
            pragma = "integrity_check" if full else "quick_check"
            rows = [r[0] for r in connection.execute(text(f"PRAGMA {pragma}"))]
            return [r for r in rows if r != "ok"] + [
                tr("foreign key: {table} row {row} refers to missing {parent}").format(
                    table=r[0], row=r[1], parent=r[2])
                for r in connection.execute(text("PRAGMA foreign_key_check"))
            ]

    def schema_problem(self) -> str | None:
        """What is wrong with the schema revision for this version of NPS Trainer; None when it is current."""
        with self.engine.connect() as connection:
            try:
                revision = migrate.current_revision(connection)
            except LookupError as exc:
                return tr("schema: tables that are not NPS Trainer's ({tables})").format(tables=exc)
        if revision == migrate.HEAD:
            return None
        if revision is None:
            return tr("schema: the database is empty (run 'nps-trainer db upgrade' to set it up)")
        if revision not in migrate.REVISIONS:
            return tr("schema {revision} was written by a newer version of NPS Trainer (this version uses "
                      "{head}): install the newer version to use it").format(revision=revision, head=migrate.HEAD)
        return tr("schema {revision} is older than this version's {head}: run 'nps-trainer db upgrade' "
                  "to update it (a backup is taken first)").format(revision=revision, head=migrate.HEAD)

    def close(self) -> None:
        """Close every pooled connection; then note a SQLite file as closed (see ``close_stamp``), unless it was
        opened only to look, which writes nothing."""
        if self._engine is not None:
            self._engine.dispose()
        path = self.sqlite_file
        if path is not None and not self.read_only and self.checked_at is not None:
            from . import close_stamp

            close_stamp.note_closed(path, self.checked_at, self.opened_as, _sound)


def _check_sqlite_file(path: Path, *, writing: bool = True, undone: bool = False, whole: bool = True) -> str | None:
    """Refuse, without changing it, a file that is not a SQLite database or fails the quick check (skipped when
    not ``whole``: a file known to be as NPS Trainer last closed it, see ``close_stamp``).

    Returns the schema revision, read through a read-only connection (so that a file we then refuse is not
    even switched to WAL). A change left unfinished by a program that stopped part-way (its journal still beside
    the file) is first undone when ``writing``, as SQLite itself does when a program opens the file to write;
    an opener that only looks is told how to have it undone."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseUnavailableError(
            tr("Cannot read the database file {path}: {reason}. It has not been changed.").format(
                path=path, reason=describe_os_error(exc, path))
        ) from exc
    if header != SQLITE_HEADER:
        raise NotADatabaseError(
            tr("{path} is not an NPS Trainer database (it is not a SQLite file). It has been left untouched. "
               "Choose another database file in Settings, or move this file away.").format(path=path)
        )
    if writing and not _writable(path):
        raise DatabaseUnavailableError(_read_only_file_message(path))
    existing = {suffix for suffix in SIDECARS if path.with_name(path.name + suffix).exists()}
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True, timeout=CHECK_TIMEOUT_S)
        try:
            # The check reads each page once, so SQLite's usual 2 MB page cache would only add to the app's peak
            # memory at start (measured: 2.6 MiB more with it, 0.7 without, and no slower).
            connection.execute(f"PRAGMA cache_size = -{CHECK_CACHE_KIB}")
            rows = [r[0] for r in connection.execute("PRAGMA quick_check")] if whole else ["ok"]
            if rows != ["ok"]:
                raise _damaged(path, "; ".join(rows[:3]))
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if migrate.VERSION_TABLE not in tables:
                if tables:
                    raise _unknown_schema(str(path), ", ".join(sorted(tables)[:5]))
                return None
            row = connection.execute(f"SELECT version_num FROM {migrate.VERSION_TABLE}").fetchone()
            return row[0] if row else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", 0) == SQLITE_READONLY_ROLLBACK and not undone:
            if not writing:
                message = _unfinished_change_message(path) if _writable(path) else _read_only_file_message(path)
                raise DatabaseUnavailableError(message) from exc
            tables = _tables_as_written(path)
            if tables and migrate.VERSION_TABLE not in tables:  # another program's file: its change is its to undo
                raise _unknown_schema(str(path), ", ".join(sorted(tables)[:5])) from exc
            _undo_unfinished_change(path)
            return _check_sqlite_file(path, writing=writing, undone=True)  # whole: a program stopped part-way
        extended = getattr(exc, "sqlite_errorcode", 0)
        code = extended & 0xFF
        if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
            raise _damaged(path, str(exc)) from exc
        # An unfinished change that could not be undone (another program has the file open) is said below.
        if code in (SQLITE_READONLY, SQLITE_CANTOPEN) and extended != SQLITE_READONLY_ROLLBACK:
            raise DatabaseUnavailableError(_not_writable_message(path)) from exc
        if code in (SQLITE_IOERR, SQLITE_FULL) and _disk_full(path.parent):
            _remove_new_empty_sidecars(path, existing)
            raise DatabaseUnavailableError(_disk_full_message(path)) from exc
        raise DatabaseUnavailableError(
            tr("Cannot open the database {path} just now ({detail}). It has not been changed. If another program "
               "is using it, close that program or wait a moment, then try again.").format(path=path, detail=exc)
        ) from exc


def _sound(path: Path) -> bool:
    """Whether the file passes SQLite's quick check (a file that cannot be read does not). Asked at a close, as
    the last connection: one that may write (though it is told to write nothing), so that SQLite removes the
    write-ahead log and shared memory files as it closes, which a read-only connection leaves behind."""
    try:  # mode=rw: a file gone meanwhile is not made afresh
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=CHECK_TIMEOUT_S)
        try:
            connection.execute("PRAGMA query_only = ON")
            connection.execute(f"PRAGMA cache_size = -{CHECK_CACHE_KIB}")
            return [r[0] for r in connection.execute("PRAGMA quick_check")] == ["ok"]
        finally:
            connection.close()
    except (sqlite3.Error, OSError, RuntimeError):  # RuntimeError: a loop of links
        return False


def _unchanged(before: dict[str, int] | None, after: dict[str, int] | None) -> dict[str, int] | None:
    """The file as it was opened: the same before and after its check, or None (then its close checks it again,
    since what was checked may not be what is there: a file put in its place during the check)."""
    return before if before == after else None


def _damaged(path: Path, detail: str) -> CorruptDatabaseError:
    """The error for a damaged file; its close note goes, so that no start takes it for one checked."""
    from . import close_stamp

    close_stamp.forget(path)
    return CorruptDatabaseError(_corrupt_message(path, detail))


def _tables_as_written(path: Path) -> set[str] | None:
    """The tables the file itself names, read as it is on disk (SQLite's ``immutable``: no journal is looked at,
    nothing is written); None when that cannot be read."""
    try:
        connection = sqlite3.connect(f"{read_only_uri(path)}&immutable=1", uri=True)
        try:
            return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            connection.close()
    except sqlite3.Error:
        return None


def _undo_unfinished_change(path: Path) -> None:
    """Open the file once with a connection that may write: SQLite then undoes, from its journal, the change a
    program that stopped part-way left unfinished (nothing that program had saved is lost: the change was never
    complete). A failure here is left to the check that follows, which says what it is."""
    try:
        connection = sqlite3.connect(path, timeout=CHECK_TIMEOUT_S)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as exc:
        log.warning("Could not undo the unfinished change in %s: %s", path, exc)
        return
    log.warning("Undid a change left unfinished in %s by a program that stopped part-way", path)


def _unfinished_change_message(path: Path) -> str:
    return tr("The database {path} holds a change that a program stopped part-way through, and only a program that "
              "may write to it can undo that change. It has not been changed. Start NPS Trainer, or run "
              "'nps-trainer db upgrade': either undoes it, and nothing saved before it is lost. Then try "
              "again.").format(path=path)


def _writable(path: Path) -> bool:
    """False for a database file marked read-only (its write permission off, or the Windows read-only
    attribute), which SQLite would open and then fail on the first save."""
    import os
    import stat

    try:
        mode = path.stat().st_mode
    except OSError:
        return True  # reading it is checked next, with its own message
    return bool(mode & stat.S_IWUSR) and os.access(path, os.W_OK)


def _read_only_file_message(path: Path) -> str:
    return tr("The database file {path} is marked read-only, so nothing could be saved in it. It has not been "
              "changed. Ask your IT support to make it writable (or clear its read-only setting), or choose another "
              "database location in Settings.").format(path=path)


def _disk_full(folder: Path) -> bool:
    import shutil

    try:
        return shutil.disk_usage(folder).free < FULL_BELOW_BYTES
    except OSError:
        return False


def _disk_full_message(path: Path) -> str:
    return tr("The disk that holds the database {path} is full, so NPS Trainer cannot open it. Nothing has been "
              "changed and nothing saved is lost. Free some space on that disk (the folder is {folder}), then "
              "start NPS Trainer again.").format(path=path, folder=path.parent)


def _remove_new_empty_sidecars(path: Path, existing: set[str]) -> None:
    """Delete the -wal and -shm files the failed open itself left behind, only if they hold nothing (a -wal with
    data, or files there before, are kept: they may hold saved work)."""
    for suffix in SIDECARS:
        sidecar = path.with_name(path.name + suffix)
        try:
            if suffix not in existing and sidecar.exists() and sidecar.stat().st_size < 4096 and (
                    suffix == "-shm" or sidecar.stat().st_size == 0):
                sidecar.unlink()
        except OSError:
            pass


def _not_writable_message(path: Path) -> str:
    return tr(
        "Cannot open the database {path}: the file, or the folder it is in ({folder}), is not writable, "
        "and SQLite needs to write beside the database even to read it. It has not been changed. Ask your IT "
        "support to let you write to that folder, or choose another database location in Settings."
    ).format(path=path, folder=path.parent)


def _file_size(path: Path) -> int | None:
    """The size of the database file, None when there is none; a folder we may not look in is refused, and so
    is something that is neither a file nor a folder (a named pipe, a device), which reads as empty but must never
    be taken for a new database (nor removed when making one there fails)."""
    import stat

    try:
        status = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as exc:
        raise DatabaseUnavailableError(
            tr("Cannot read the database file {path}: {reason}. It has not been changed.").format(
                path=path, reason=describe_os_error(exc, path))
        ) from exc
    if not (stat.S_ISREG(status.st_mode) or stat.S_ISDIR(status.st_mode)):
        raise DatabaseUnavailableError(
            tr("{path} is not a file (a named pipe or a device), so it cannot hold a database. It has not been "
               "changed. Choose another database location in Settings (or with --database).").format(path=path))
    return status.st_size


def _create_sqlite_file(path: Path) -> None:
    """Create a new database file, owner-only from the start (SQLite gives its -wal and -shm the same mode)."""
    try:
        private_folder(path.parent)
        if not path.exists():
            private_file(path)
    except OSError as exc:
        raise DatabaseUnavailableError(
            tr("Cannot create the database {path}: {reason}. Nothing has been changed. Choose "
               "another database location in Settings (or with --database), or ask your IT support to let you "
               "write to that folder.").format(path=path, reason=describe_os_error(exc, path))
        ) from exc


def _unknown_schema(where: str, tables: str) -> UnknownSchemaError:
    return UnknownSchemaError(tr("{where} holds tables that are not NPS Trainer's ({tables}). "
                                 "It has been left untouched.").format(where=where, tables=tables))


def _empty(where: str) -> EmptyDatabaseError:
    return EmptyDatabaseError(tr("The database {where} is empty: start the app or run 'nps-trainer db upgrade' "
                                 "to set it up. It has been left untouched.").format(where=where))


def _refuse_unusable(where: str, revision: str | None, upgrade: bool) -> None:
    if revision is None and not upgrade:
        raise _empty(where)
    if revision is not None and revision not in migrate.REVISIONS:
        raise NewerDatabaseError(
            tr("The database {where} was written by a newer version of NPS Trainer (schema {revision}). "
               "It has been left untouched. Install the newer version of NPS Trainer to open it.").format(
                where=where, revision=revision)
        )
    if revision != migrate.HEAD and revision is not None and not upgrade:
        raise MigrationError(
            tr("The database {where} needs updating: run 'nps-trainer db upgrade'.").format(where=where))


def _corrupt_message(path: Path, detail: str) -> str:
    return tr(
        "The database {path} is damaged ({detail}). It has been left untouched. "
        "Restore a backup from the backups folder, or ask your IT support for help."
    ).format(path=path, detail=detail)


class SqlitePreflight:
    """The read-only check of a SQLite file, started on a thread so that it overlaps other start-up work
    (loading Qt); :func:`open_database` waits for it and uses what it found. With ``create`` (the app's start,
    which may set the database up), a file that is missing or empty is instead made a new database at the latest
    schema on that thread (a first start): the window's loading does not wait for it either.

    Work that failed within :data:`REDO_WITHIN_S` is done again by the opener on its own thread, so that what it
    says is in the language of the window (the thread's messages are written before its translation is loaded)
    and is said as the opener would; a failure after a longer wait (for another program's lock) is not repeated,
    and its message is raised as it is."""

    def __init__(self, url: str, *, create: bool = False) -> None:
        self.url = url
        self.path = sqlite_path(url)
        self.creates = create
        self._revision: str | None = None
        self._checked = False  # the file was checked, and _revision is what the check found
        self._checked_at: float | None = None  # when the whole file was last checked (perhaps at an earlier start)
        self._opened_as: dict[str, int] | None = None  # the file as it was then (close_stamp.file_state)
        self._created = False  # the file was made a new database at the latest schema here
        self._error: BaseException | None = None
        self._seconds = 0.0  # how long the work took
        self._thread = threading.Thread(target=self._run, name="database-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        started = time.monotonic()
        try:
            if self.path is None:
                return
            if _file_size(self.path):
                from . import close_stamp

                now = time.time()
                before = close_stamp.file_state(self.path)
                earlier = close_stamp.checked_at_if_unchanged(self.path, now, before) if self.creates else None
                self._revision = _check_sqlite_file(self.path, whole=earlier is None)
                if earlier is not None and self._revision != migrate.HEAD:  # to be migrated: checked whole first
                    self._revision, earlier = _check_sqlite_file(self.path), None
                self._checked = True
                self._checked_at = now if earlier is None else earlier
                self._opened_as = _unchanged(before, close_stamp.file_state(self.path))
            elif self.creates:
                _create_sqlite_file(self.path)
                self._created = _created_from_image(self.path, display_url(self.url))
                if self._created:
                    from . import close_stamp

                    self._checked_at, self._opened_as = time.time(), close_stamp.file_state(self.path)
        except BaseException as exc:  # handed to the opener, which raises it on the main thread
            self._error = exc
        finally:
            self._seconds = time.monotonic() - started

    def settle(self) -> None:
        """Wait for the work to end, whatever its outcome (the start failed in another way: never leave the
        database part-made)."""
        self._thread.join()

    def failed_quickly(self) -> bool:
        """Whether the work failed within :data:`REDO_WITHIN_S`: the opener then does it again itself."""
        self._thread.join()
        return self._error is not None and self._seconds < REDO_WITHIN_S

    def _wait(self) -> None:
        self._thread.join()
        if self._error is not None:
            raise self._error

    def revision(self) -> str | None:
        """The schema revision the check found; None when nothing was checked (no file, an empty one, a server)."""
        self._wait()
        return self._revision

    def checked(self) -> bool:
        """Whether the file was checked (once the thread is done): :meth:`revision` is then what it holds."""
        self._wait()
        return self._checked

    def created(self) -> bool:
        """Whether the thread made the file a new database at the latest schema (a first start)."""
        self._wait()
        return self._created

    def checked_at(self) -> float | None:
        """When the file the thread checked (or made) was last checked whole: now, or at an earlier start when it
        is as NPS Trainer last closed it (``close_stamp``)."""
        self._wait()
        return self._checked_at

    def opened_as(self) -> dict[str, int] | None:
        """The file as it was when the thread checked or made it (``close_stamp.file_state``)."""
        self._wait()
        return self._opened_as


def open_database(url: str, backups: Path, *, upgrade: bool = True, read_only: bool = False,
                  preflight: SqlitePreflight | None = None, from_image: bool = True) -> Database:
    """Open a database: integrity check, then back up and migrate an older schema.

    A newer, foreign, damaged or non-database file raises a :class:`StorageError` and is left untouched, as
    does a URL or path that cannot be used. With ``upgrade=False`` an older schema, and an empty or missing
    database, raise instead of being migrated or created. ``read_only=True`` (for commands that only look:
    check, backup) writes nothing at all and opens a database at any schema revision as it is (the report
    says which); it still refuses an empty, missing, foreign or damaged one. A new SQLite database is made from
    the latest schema in one step (``new_database``); ``from_image=False`` runs every migration instead.
    """
    path = sqlite_path(url)
    where = display_url(url)
    if preflight is not None and preflight.creates and (read_only or not upgrade):
        raise ValueError("a preflight that makes a missing database is for an opener that may set it up")
    early = preflight if preflight is not None and preflight.url == url and not read_only else None
    if early is not None and early.failed_quickly():
        early = None  # done again here: the same outcome, said in the window's language
    # When the file was last checked whole, and the file as it was then: noted beside it at its close (close_stamp).
    checked_at: float | None = None
    opened_as: dict[str, int] | None = None
    if path is not None:
        from .close_stamp import file_state

        if early is not None and early.created():  # made on the thread while the window loaded (a first start)
            return Database(url, OpenReport(found_revision=None, migrated=True), checked_at=early.checked_at(),
                            opened_as=early.opened_as())
        size = _file_size(path)
        if size:
            if early is not None and early.checked():
                revision, checked_at, opened_as = early.revision(), early.checked_at(), early.opened_as()
            else:
                before = file_state(path)
                revision, checked_at = _check_sqlite_file(path, writing=not read_only), time.time()
                opened_as = _unchanged(before, file_state(path))
            if read_only:
                if revision is None:
                    raise _empty(where)
                return Database(url, OpenReport(found_revision=revision), read_only=True)
            _refuse_unusable(where, revision, upgrade)
            if revision == migrate.HEAD:
                return Database(url, OpenReport(found_revision=revision), checked_at=checked_at, opened_as=opened_as)
        elif not upgrade or read_only:
            if size is None:
                raise EmptyDatabaseError(tr("There is no database at {path} yet: start the app or run "
                                            "'nps-trainer db upgrade' to create it.").format(path=path))
            raise _empty(where)
        else:
            _create_sqlite_file(path)
            checked_at = time.time()
            if from_image and _created_from_image(path, where):
                return Database(url, OpenReport(found_revision=None, migrated=True), checked_at=checked_at,
                                opened_as=file_state(path))
    from .engine import make_engine, make_read_only_engine

    engine = make_read_only_engine(url) if read_only else make_engine(url)
    try:
        if read_only:
            revision = _read_revision(engine, where)
            if revision is None:
                raise _empty(where)
            return Database(url, OpenReport(found_revision=revision), engine, read_only=True)
        report = _bring_up_to_date(engine, where, path, backups, upgrade)
    except BaseException:
        engine.dispose()
        raise
    # Migrated (or set up by every migration): changed since it was checked, so checked again at its close.
    return Database(url, report, engine, checked_at=checked_at, opened_as=opened_as)


def _created_from_image(path: Path, where: str) -> bool:
    """Make the new, empty file at ``path`` a database at the latest schema (``new_database``). False when another
    instance filled it first. A failure (a full disk, say) leaves no half-made database: the empty file and any
    empty -wal/-shm it left are removed, so the next start begins again."""
    from .new_database import create_latest

    try:
        created = create_latest(path, where, MIGRATION_LOCK_TIMEOUT_S)
    except sqlite3.Error as exc:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        full = code in (SQLITE_IOERR, SQLITE_FULL) and _disk_full(path.parent)
        try:
            if path.stat().st_size == 0 or not _has_tables(path):  # nothing was committed: it is all ours to remove
                for leftover in (path.with_name(path.name + suffix) for suffix in SIDECARS):
                    leftover.unlink(missing_ok=True)
                path.unlink()
        except (OSError, sqlite3.Error):
            _remove_new_empty_sidecars(path, set())
        if full:
            raise DatabaseUnavailableError(_disk_full_message(path)) from exc
        raise MigrationError(tr("Setting up the new database {where} failed ({detail}); nothing was saved in it. Start "
                                "NPS Trainer again; if it goes on, choose another database location.").format(
            where=where, detail=exc)) from exc
    if created:
        log.info("Created a new database at the latest schema (%s)", migrate.HEAD)
    return created


def _has_tables(path: Path) -> bool:
    connection = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        return connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    finally:
        connection.close()


def _read_revision(engine: Engine, where: str, path: Path | None = None) -> str | None:
    from sqlalchemy.exc import DBAPIError

    try:
        with engine.connect() as connection:
            return migrate.current_revision(connection)
    except LookupError as exc:
        raise _unknown_schema(where, str(exc)) from exc
    except DBAPIError as exc:
        code = getattr(exc.orig, "sqlite_errorcode", 0) & 0xFF
        if path is not None and code in (SQLITE_READONLY, SQLITE_CANTOPEN):
            raise DatabaseUnavailableError(_not_writable_message(path)) from exc
        raise DatabaseUnavailableError(tr("Cannot open the database {where}: {detail}").format(
            where=where, detail=exc.orig)) from exc


#: The key of the PostgreSQL advisory lock held while the schema is created or migrated (any fixed 64-bit number
#: other programs on the server are unlikely to use: these are the bytes of "npstrain").
MIGRATION_ADVISORY_KEY = int.from_bytes(b"npstrain", "big") & 0x7FFF_FFFF_FFFF_FFFF


@contextmanager
def _migration_lock(engine: Engine, path: Path | None, backups: Path, where: str) -> Iterator[None]:
    """Only one program migrates a database at a time. A SQLite file is locked with a lock file beside it; a
    server database with a PostgreSQL advisory lock, so several computers opening one new database at once
    wait for the first to set it up instead of racing (a lock file on each computer could not stop that)."""
    if path is not None or engine.dialect.name != "postgresql":
        lock_path = lock_file_for(path) if path else backups / ".migrate.lock"
        with FileLock(lock_path, timeout=MIGRATION_LOCK_TIMEOUT_S, what=tr("the database {where}").format(where=where)):
            yield
        return
    import time

    from sqlalchemy import text

    with engine.connect() as connection:
        deadline = time.monotonic() + MIGRATION_LOCK_TIMEOUT_S
        while not connection.execute(text("SELECT pg_try_advisory_lock(:key)"),
                                     {"key": MIGRATION_ADVISORY_KEY}).scalar():
            connection.rollback()
            if time.monotonic() > deadline:
                raise DatabaseUnavailableError(
                    tr("Another computer has been setting up or updating the database {where} for over "
                       "{seconds} seconds. Try again in a few minutes; if it goes on, ask your "
                       "IT support to check the database server.").format(
                        where=where, seconds=f"{MIGRATION_LOCK_TIMEOUT_S:.0f}"))
            time.sleep(0.2)
        connection.commit()
        try:
            yield
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_ADVISORY_KEY})
            connection.commit()


def _bring_up_to_date(engine: Engine, where: str, path: Path | None, backups: Path, upgrade: bool) -> OpenReport:
    revision = _read_revision(engine, where, path)
    if revision == migrate.HEAD:
        return OpenReport(found_revision=revision)
    _refuse_unusable(where, revision, upgrade)
    from .backup import backup_dump, backup_sqlite

    with _migration_lock(engine, path, backups, where):
        revision = _read_revision(engine, where, path)  # another instance may have migrated while we waited
        report = OpenReport(found_revision=revision)
        if revision == migrate.HEAD:
            return report
        if revision is not None:
            label = f"before-upgrade-from-{revision}"
            report.backup = backup_sqlite(path, backups, label) if path else backup_dump(engine, backups, label)
            log.info("Backed up the database before migrating from %s", revision)
        try:
            migrate.upgrade(engine)
        except Exception as exc:  # any failure: the migration rolled back; say where the backup is
            raise MigrationError(
                tr("Updating the database {where} failed ({error}); it has been left as it was. "
                   "A backup taken just before is at {backup}.").format(
                    where=where, error=type(exc).__name__, backup=report.backup)
                if report.backup else
                tr("Updating the database {where} failed ({error}); it has been left as it was. ").format(
                    where=where, error=type(exc).__name__)
            ) from exc
        report.migrated = True
        return report
