"""Opening the database, pinned where mutation testing found it loose: the whole text of every refusal (what is
wrong, that nothing was changed, what to do), the read-only check started early on a thread, the schema and
integrity reports, backups and closing."""

from __future__ import annotations

import errno
import logging
import shutil
import sqlite3
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from nps_trainer.storage import database as database_module
from nps_trainer.storage import migrate
from nps_trainer.storage.database import (
    Database,
    OpenReport,
    SqlitePreflight,
    _disk_full,
    _remove_new_empty_sidecars,
    _writable,
    open_database,
)
from nps_trainer.storage.engine import make_engine, sqlite_url
from nps_trainer.storage.errors import (
    CorruptDatabaseError,
    DatabaseUnavailableError,
    EmptyDatabaseError,
    MigrationError,
    NewerDatabaseError,
    NotADatabaseError,
    UnknownSchemaError,
    describe_os_error,
)
from nps_trainer.storage.models import Profile
from tests.pg_server import PostgresServer

FIXTURES = Path(__file__).parent.parent / "fixtures"
SCHEMA_0001 = FIXTURES / "schema-0001.sqlite3"
DAMAGED_ADVICE = ("It has been left untouched. Restore a backup from the backups folder, or ask your IT support "
                  "for help.")
NOT_WRITABLE = ("is not writable, and SQLite needs to write beside the database even to read it. It has not been "
                "changed. Ask your IT support to let you write to that folder, or choose another database location "
                "in Settings.")


def _url(path: Path) -> str:
    return sqlite_url(path)


def _new_database(path: Path) -> Path:
    open_database(_url(path), path.parent / "backups").close()
    return path


def _refusal(url: str, backups: Path, error: type[Exception] = Exception, **kwargs: bool) -> str:
    with pytest.raises(error) as caught:
        open_database(url, backups, **kwargs)
    return str(caught.value)


# -- files that are not (or no longer) databases ----------------------------------------------------------------

def test_a_file_that_is_not_a_database_is_named_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("my notes\n" * 20)
    assert _refusal(_url(path), tmp_path / "b", NotADatabaseError) == (
        f"{path} is not an NPS Trainer database (it is not a SQLite file). It has been left untouched. Choose "
        "another database file in Settings, or move this file away.")


def test_a_damaged_first_page_is_reported_as_damage_in_full(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    shutil.copy(SCHEMA_0001, path)
    data = bytearray(path.read_bytes())
    data[100:400] = b"\xff" * 300  # the header is intact, the first page's content is not
    path.write_bytes(bytes(data))
    assert _refusal(_url(path), tmp_path / "b", CorruptDatabaseError) == (
        f"The database {path} is damaged (database disk image is malformed). {DAMAGED_ADVICE}")
    assert path.read_bytes() == bytes(data)


def test_damage_found_by_the_quick_check_names_its_first_three_findings(tmp_path: Path) -> None:
    path = tmp_path / "nulls.sqlite3"
    with sqlite3.connect(path) as connection:  # five rows that break a NOT NULL added behind SQLite's back
        connection.execute("CREATE TABLE t (x)")
        connection.executemany("INSERT INTO t VALUES (?)", [(None,)] * 5)
        connection.execute("PRAGMA writable_schema=ON")
        connection.execute("UPDATE sqlite_master SET sql = 'CREATE TABLE t (x NOT NULL)' WHERE name = 't'")
    connection.close()
    assert _refusal(_url(path), tmp_path / "b", CorruptDatabaseError) == (
        f"The database {path} is damaged (NULL value in t.x; NULL value in t.x; NULL value in t.x). "
        f"{DAMAGED_ADVICE}")


def test_a_database_of_another_application_names_its_first_five_tables_in_order(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        for name in ("orders", "invoices", "zebra", "accounts", "customers", "ledger"):
            connection.execute(f"CREATE TABLE {name} (id INTEGER PRIMARY KEY)")
    connection.close()
    before = path.read_bytes()
    assert _refusal(_url(path), tmp_path / "b", UnknownSchemaError) == (
        f"{path} holds tables that are not NPS Trainer's (accounts, customers, invoices, ledger, orders). "
        "It has been left untouched.")
    assert path.read_bytes() == before


def test_a_server_database_of_another_application_is_refused_untouched(
    postgres_server: PostgresServer, tmp_path: Path
) -> None:
    url = postgres_server.fresh_database()
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE invoices (id INTEGER PRIMARY KEY)"))
    finally:
        engine.dispose()
    where = url.rsplit("@", 1)[-1]
    message = _refusal(url, tmp_path / "b", UnknownSchemaError)
    assert message.endswith(f"{where} holds tables that are not NPS Trainer's (invoices). It has been left untouched.")


def test_a_database_the_view_of_which_gets_in_the_way_fails_to_set_up_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "view.sqlite3"
    with sqlite3.connect(path) as connection:  # a view, not a table: taken for an empty database
        connection.execute("CREATE VIEW profiles AS SELECT 1 AS x")
    connection.close()
    message = _refusal(_url(path), tmp_path / "b", MigrationError)
    assert message.rstrip() == f"Updating the database {path} failed (OperationalError); it has been left as it was."


def test_a_failed_migration_names_the_backup_taken_just_before(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(SCHEMA_0001, path)
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE profile_keys (x)")
    connection.close()
    with caplog.at_level(logging.INFO, logger="nps_trainer.storage.database"):
        message = _refusal(_url(path), tmp_path / "b", MigrationError)
    [backup] = (tmp_path / "b").glob("*.sqlite3")
    assert backup.name.startswith("old-") and backup.name.endswith("-before-upgrade-from-0001.sqlite3")
    assert message == (f"Updating the database {path} failed (OperationalError); it has been left as it was. "
                       f"A backup taken just before is at {backup}.")
    assert "Backed up the database before migrating from 0001" in caplog.messages


# -- empty, missing, newer and older ---------------------------------------------------------------------------

def test_empty_and_missing_databases_are_refused_in_full_when_not_setting_up(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    expected = (f"The database {empty} is empty: start the app or run 'nps-trainer db upgrade' to set it up. It "
                "has been left untouched.")
    assert _refusal(_url(empty), tmp_path / "b", EmptyDatabaseError, upgrade=False) == expected
    assert _refusal(_url(empty), tmp_path / "b", EmptyDatabaseError, read_only=True) == expected
    missing = tmp_path / "missing.sqlite3"
    for kwargs in ({"upgrade": False}, {"read_only": True}):
        assert _refusal(_url(missing), tmp_path / "b", EmptyDatabaseError, **kwargs) == (
            f"There is no database at {missing} yet: start the app or run 'nps-trainer db upgrade' to create it.")
    assert not missing.exists()


def test_an_empty_server_database_opened_to_look_is_refused_in_full(
    postgres_server: PostgresServer, tmp_path: Path
) -> None:
    url = postgres_server.fresh_database()
    message = _refusal(url, tmp_path / "b", EmptyDatabaseError, read_only=True)
    assert message.startswith("The database postgresql") and message.endswith(
        " is empty: start the app or run 'nps-trainer db upgrade' to set it up. It has been left untouched.")


def test_an_up_to_date_database_opens_without_upgrade(database_url: str, tmp_path: Path) -> None:
    open_database(database_url, tmp_path / "b").close()
    database = open_database(database_url, tmp_path / "b", upgrade=False)
    try:
        assert database.report == OpenReport(found_revision=migrate.HEAD)
        assert not database.read_only
        with database.session() as session:  # writable
            session.add(Profile(display_name="Sam", role="practitioner"))
    finally:
        database.close()


def test_a_newer_or_older_schema_is_refused_in_full(database_url: str, tmp_path: Path) -> None:
    open_database(database_url, tmp_path / "b").close()
    where = open_database(database_url, tmp_path / "b", read_only=True).display_location
    engine = make_engine(database_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        assert _refusal(database_url, tmp_path / "b", NewerDatabaseError) == (
            f"The database {where} was written by a newer version of NPS Trainer (schema 9999). It has been left "
            "untouched. Install the newer version of NPS Trainer to open it.")
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '0006'"))
    finally:
        engine.dispose()
    assert _refusal(database_url, tmp_path / "b", MigrationError, upgrade=False) == (
        f"The database {where} needs updating: run 'nps-trainer db upgrade'.")


def test_looking_at_a_database_reports_its_schema_whatever_it_is(database_url: str, tmp_path: Path) -> None:
    open_database(database_url, tmp_path / "b").close()
    engine = make_engine(database_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    finally:
        engine.dispose()
    database = open_database(database_url, tmp_path / "b", read_only=True)
    try:
        assert database.read_only and database.report.found_revision == "9999"
        assert database.schema_problem() == (
            f"schema 9999 was written by a newer version of NPS Trainer (this version uses {migrate.HEAD}): "
            "install the newer version to use it")
        assert database.check()[-1] == database.schema_problem()
        assert database.check(full=False)[-1] == database.schema_problem()
    finally:
        database.close()


def test_the_schema_report_of_an_empty_or_foreign_database(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    with sqlite3.connect(empty) as connection:
        connection.execute("PRAGMA user_version = 1")  # a SQLite file with no tables at all
    connection.close()
    database = Database(_url(empty), OpenReport(found_revision=None), read_only=True)
    try:
        assert database.schema_problem() == ("schema: the database is empty (run 'nps-trainer db upgrade' to set it "
                                             "up)")
        assert database.check() == [database.schema_problem()]
    finally:
        database.close()
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    connection.close()
    database = Database(_url(foreign), OpenReport(found_revision=None), read_only=True)
    try:
        assert database.schema_problem() == "schema: tables that are not NPS Trainer's (invoices)"
    finally:
        database.close()


def test_an_older_schema_is_reported_with_how_to_update_it(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(SCHEMA_0001, path)
    database = open_database(_url(path), tmp_path / "b", read_only=True)
    try:
        assert database.check() == [f"schema 0001 is older than this version's {migrate.HEAD}: run 'nps-trainer db "
                                    "upgrade' to update it (a backup is taken first)"]
    finally:
        database.close()


def test_a_broken_reference_is_named_table_row_and_target(tmp_path: Path) -> None:
    path = _new_database(tmp_path / "a.sqlite3")
    with sqlite3.connect(path) as connection:  # foreign keys are off in a plain sqlite3 connection
        connection.execute("INSERT INTO module_visits (id, profile_id, module_id, module_version, started_at, "
                           "seconds, sections_seen) VALUES (5, 42, 'm', '1', '2026-01-01', 0, '[]')")
    connection.close()
    database = open_database(_url(path), tmp_path / "b")
    try:
        assert database.integrity_problems() == ["foreign key: module_visits row 5 refers to missing profiles"]
        assert database.integrity_problems(full=False) == database.integrity_problems()
        assert database.check() == database.integrity_problems()
    finally:
        database.close()


def test_a_server_database_has_no_sqlite_integrity_checks(postgres_server: PostgresServer, tmp_path: Path) -> None:
    database = open_database(postgres_server.fresh_database(), tmp_path / "b")
    try:
        assert database.integrity_problems() == [] and database.check() == []
        assert database.sqlite_file is None
    finally:
        database.close()


# -- files that cannot be read or written -------------------------------------------------------------------------

def test_a_database_file_marked_read_only_is_refused_in_full(tmp_path: Path) -> None:
    path = _new_database(tmp_path / "db.sqlite3")
    path.chmod(0o444)
    try:
        assert _refusal(_url(path), tmp_path / "b", DatabaseUnavailableError) == (
            f"The database file {path} is marked read-only, so nothing could be saved in it. It has not been "
            "changed. Ask your IT support to make it writable (or clear its read-only setting), or choose another "
            "database location in Settings.")
    finally:
        path.chmod(0o644)


@pytest.fixture
def unwritable_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder nothing can be created in, even by root (the immutable attribute; skipped where unsupported)."""
    folder = tmp_path / "locked"
    folder.mkdir()
    shutil.copy(SCHEMA_0001, folder / "old.sqlite3")
    _new_database(folder / "wal.sqlite3")
    for leftover in folder.iterdir():
        if leftover.name not in ("old.sqlite3", "wal.sqlite3"):
            leftover.unlink() if leftover.is_file() else shutil.rmtree(leftover)
    if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.skip("cannot make a folder immutable here (needs root and chattr)")
    try:
        yield folder
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


@pytest.mark.parametrize(("name", "kwargs"), [
    ("old.sqlite3", {}),  # the check passes; the app's own connection cannot write beside it
    ("wal.sqlite3", {}),  # a WAL database cannot even be read without its shared-memory file
    ("wal.sqlite3", {"read_only": True}),
])
def test_a_database_in_a_folder_that_cannot_be_written_is_refused_in_full(
    unwritable_folder: Path, tmp_path: Path, name: str, kwargs: dict[str, bool]
) -> None:
    path = unwritable_folder / name
    before = path.read_bytes()
    assert _refusal(_url(path), tmp_path / "b", DatabaseUnavailableError, **kwargs) == (
        f"Cannot open the database {path}: the file, or the folder it is in ({unwritable_folder}), {NOT_WRITABLE}")
    assert path.read_bytes() == before


def test_a_database_busy_in_another_program_says_what_to_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "busy.sqlite3"
    shutil.copy(SCHEMA_0001, path)
    monkeypatch.setattr(database_module, "CHECK_TIMEOUT_S", 0.1)
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        started = time.monotonic()
        assert _refusal(_url(path), tmp_path / "b", DatabaseUnavailableError) == (
            f"Cannot open the database {path} just now (database is locked). It has not been changed. If another "
            "program is using it, close that program or wait a moment, then try again.")
        assert time.monotonic() - started < 3  # it waited only as long as it was told to
    finally:
        holder.close()


def test_a_folder_given_as_the_database_file_is_refused_in_full(tmp_path: Path) -> None:
    folder = tmp_path / "db.sqlite3"
    folder.mkdir()
    (folder / "inside").write_text("x")
    assert _refusal(_url(folder), tmp_path / "b", DatabaseUnavailableError) == (
        f"Cannot read the database file {folder}: it is a folder. It has not been changed.")


def test_a_database_file_name_too_long_is_refused_in_full(tmp_path: Path) -> None:
    path = tmp_path / ("n" * 300 + ".sqlite3")
    assert _refusal(_url(path), tmp_path / "b", DatabaseUnavailableError) == (
        f"Cannot read the database file {path}: file name too long. It has not been changed.")


def test_a_database_that_cannot_be_created_says_what_is_in_the_way(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be")
    path = blocker / "nps.sqlite3"
    assert _refusal(_url(path), tmp_path / "b", DatabaseUnavailableError) == (
        f"Cannot create the database {path}: {blocker} is a file, not a folder. Nothing has been changed. Choose "
        "another database location in Settings (or with --database), or ask your IT support to let you write to "
        "that folder.")


def test_a_server_that_cannot_be_reached_is_named(tmp_path: Path) -> None:
    url = "postgresql+psycopg://nobody:s3cret@127.0.0.1:1/nps"
    message = _refusal(url, tmp_path / "b", DatabaseUnavailableError)
    assert message.startswith("Cannot open the database postgresql+psycopg://nobody:***@127.0.0.1:1/nps: ")
    assert "Connection refused" in message and "s3cret" not in message
    assert not (tmp_path / "b").exists()


def test_only_the_empty_side_files_a_failed_open_made_are_removed(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    wal, shm = path.with_name("db.sqlite3-wal"), path.with_name("db.sqlite3-shm")
    wal.write_bytes(b"")
    shm.write_bytes(b"\0" * 100)
    _remove_new_empty_sidecars(path, set())
    assert not wal.exists() and not shm.exists()
    wal.write_bytes(b"saved work")  # a -wal with data may hold saved work
    shm.write_bytes(b"\0" * 5000)  # too big to be one just made
    _remove_new_empty_sidecars(path, set())
    assert wal.exists() and shm.exists()
    wal.write_bytes(b"")
    shm.write_bytes(b"")
    _remove_new_empty_sidecars(path, {"-wal", "-shm"})  # there before: kept
    assert wal.exists() and shm.exists()
    _remove_new_empty_sidecars(path, {"-wal"})
    assert wal.exists() and not shm.exists()
    shm.write_bytes(b"\0")
    _remove_new_empty_sidecars(path, {"-shm"})
    assert not wal.exists() and shm.exists()


def test_free_space_and_writability_checks_on_real_files(tmp_path: Path) -> None:
    assert _disk_full(tmp_path) is False
    assert _disk_full(tmp_path / "missing" / "folder") is False  # cannot tell: not called full
    path = tmp_path / "db.sqlite3"
    path.write_bytes(b"x")
    assert _writable(path) is True
    path.chmod(0o444)
    assert _writable(path) is False
    assert _writable(tmp_path / "gone.sqlite3") is True  # reading it is checked next, with its own message


# -- the early check on a thread --------------------------------------------------------------------------------

def test_the_early_check_is_used_for_its_own_address_only(tmp_path: Path) -> None:
    good = _new_database(tmp_path / "good.sqlite3")
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("not a database " * 50)
    early = SqlitePreflight(_url(good))
    assert early.url == _url(good) and early.path == good
    assert early.revision() == migrate.HEAD
    with pytest.raises(NotADatabaseError):  # a check of another file says nothing about this one
        open_database(_url(notes), tmp_path / "b", preflight=early)
    database = open_database(_url(good), tmp_path / "b", preflight=early)
    try:
        assert database.report.found_revision == migrate.HEAD and not database.read_only
    finally:
        database.close()


def test_the_early_check_is_not_repeated(tmp_path: Path) -> None:
    path = _new_database(tmp_path / "db.sqlite3")
    early = SqlitePreflight(_url(path))
    early.revision()
    path.chmod(0o444)  # marked read-only after the early check: it is not checked again
    try:
        database = open_database(_url(path), tmp_path / "b", preflight=early)
        assert database.report.found_revision == migrate.HEAD
        database.close()
        # opening only to look does its own check, which may read a file marked read-only
        database = open_database(_url(path), tmp_path / "b", read_only=True, preflight=SqlitePreflight(_url(path)))
        assert database.read_only and database.report.found_revision == migrate.HEAD
        database.close()
    finally:
        path.chmod(0o644)


def test_the_early_check_hands_its_refusal_to_the_opener(tmp_path: Path) -> None:
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("not a database " * 50)
    early = SqlitePreflight(_url(notes))
    with pytest.raises(NotADatabaseError):
        early.revision()
    with pytest.raises(NotADatabaseError):
        open_database(_url(notes), tmp_path / "b", preflight=early)


def test_the_early_check_of_nothing_finds_nothing(tmp_path: Path) -> None:
    assert SqlitePreflight(_url(tmp_path / "missing.sqlite3")).revision() is None
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert SqlitePreflight(_url(empty)).revision() is None
    server = SqlitePreflight("postgresql+psycopg://me@server/nps")
    assert server.path is None and server.revision() is None


def test_the_early_check_runs_on_a_background_thread_that_never_holds_up_exit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _new_database(tmp_path / "db.sqlite3")
    monkeypatch.setattr(database_module, "CHECK_TIMEOUT_S", 5.0)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        early = SqlitePreflight(_url(path))
        time.sleep(0.2)
        [thread] = [t for t in threading.enumerate() if t.name == "database-check"]
        assert thread.daemon and thread.is_alive()
    finally:
        holder.rollback()
        holder.close()
    assert early.revision() == migrate.HEAD


# -- sessions, backups and closing ------------------------------------------------------------------------------

def test_backups_carry_their_label(database_url: str, tmp_path: Path) -> None:
    database = open_database(database_url, tmp_path / "b")
    try:
        labelled = database.backup(tmp_path / "copies", "weekly")
        default = database.backup(tmp_path / "copies")
    finally:
        database.close()
    assert labelled.parent == tmp_path / "copies" and default.parent == tmp_path / "copies"
    suffix = ".sqlite3" if database.sqlite_file else ".jsonl.gz"
    assert labelled.name.endswith(f"-weekly{suffix}") and default.name.endswith(f"-manual{suffix}")


def test_closing_lets_go_of_the_file(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    database = open_database(_url(path), tmp_path / "b")
    with database.session() as session:
        session.execute(text("SELECT count(*) FROM profiles")).scalar()
    assert database.engine_loaded and path.with_name("db.sqlite3-wal").exists()
    database.close()
    assert not path.with_name("db.sqlite3-wal").exists()  # the last connection closed checkpoints it away


def test_an_up_to_date_sqlite_file_is_opened_without_loading_an_engine(tmp_path: Path) -> None:
    path = _new_database(tmp_path / "db.sqlite3")
    database = open_database(_url(path), tmp_path / "b")
    try:
        assert not database.engine_loaded
        assert database.url == _url(path) and database.sqlite_file == path and database.display_location == str(path)
        assert database.report == OpenReport(found_revision=migrate.HEAD, backup=None, migrated=False)
        with database.session() as session:
            session.add(Profile(display_name="Sam", role="practitioner"))
        assert database.engine_loaded
    finally:
        database.close()


# -- why a file operation failed, in plain words ----------------------------------------------------------------

@pytest.mark.parametrize(("error", "target", "expected"), [
    (PermissionError(errno.EACCES, "Permission denied", "/d/db.sqlite3"), Path("/d/db.sqlite3"),
     "permission denied"),
    (PermissionError(errno.EACCES, "Permission denied", "/d/db.partial"), Path("/d/db.sqlite3"),
     "permission denied (/d)"),
    (PermissionError(errno.EACCES, "Permission denied", "/e/other"), Path("/d/db.sqlite3"),
     "permission denied (/e/other)"),
    (PermissionError(errno.EACCES, "Permission denied", "/e/other"), None, "permission denied (/e/other)"),
    (PermissionError(errno.EACCES, "Permission denied"), Path("/d/db.sqlite3"), "permission denied"),
    (OSError(errno.EROFS, "Read-only file system", "/mnt/x"), None, "the disk is read-only (/mnt/x)"),
    (OSError(errno.ENOSPC, "No space left on device", "/mnt/x"), None, "the disk is full"),
    (FileNotFoundError(errno.ENOENT, "No such file or directory", "/nowhere/x"), None,
     "the folder does not exist (/nowhere/x)"),
    (IsADirectoryError(errno.EISDIR, "Is a directory", "/d"), None, "it is a folder"),
    (NotADirectoryError(errno.ENOTDIR, "Not a directory"), None, "a part of the path is a file, not a folder"),
    (OSError(errno.ESTALE, "Stale file handle.", "/mnt/x"), None, "stale file handle (/mnt/x)"),
    (OSError(errno.EIO, "Bad block X.", "/mnt/x"), None, "bad block x (/mnt/x)"),
    (OSError(), None, "oserror"),
])
def test_file_errors_are_described_in_plain_words(error: OSError, target: Path | None, expected: str) -> None:
    assert describe_os_error(error, target) == expected


def test_what_is_in_the_way_of_a_folder_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    error = FileExistsError(errno.EEXIST, "File exists", str(blocker / "sub" / "deeper"))
    assert describe_os_error(error) == f"{blocker} is a file, not a folder"
    folder_only = FileExistsError(errno.EEXIST, "File exists", str(tmp_path / "sub" / "deeper"))
    assert describe_os_error(folder_only) == "a part of the path is a file, not a folder"


def test_the_quick_check_of_an_open_database_reports_what_it_finds(tmp_path: Path) -> None:
    path = tmp_path / "nulls.sqlite3"
    with sqlite3.connect(path) as connection:  # two rows that break a NOT NULL added behind SQLite's back
        connection.execute("CREATE TABLE t (x)")
        connection.executemany("INSERT INTO t VALUES (?)", [(None,)] * 2)
        connection.execute("PRAGMA writable_schema=ON")
        connection.execute("UPDATE sqlite_master SET sql = 'CREATE TABLE t (x NOT NULL)' WHERE name = 't'")
    connection.close()
    database = Database(_url(path), OpenReport(found_revision=None), read_only=True)
    try:
        assert database.integrity_problems(full=False) == ["NULL value in t.x", "NULL value in t.x"]
        assert database.integrity_problems(full=True) == ["NULL value in t.x", "NULL value in t.x"]
    finally:
        database.close()


# -- found by the sampled mutation run ------------------------------------------------------------------------

def test_the_early_check_refuses_a_file_marked_read_only(tmp_path: Path) -> None:
    path = _new_database(tmp_path / "db.sqlite3")
    path.chmod(0o444)
    try:
        early = SqlitePreflight(_url(path))
        with pytest.raises(DatabaseUnavailableError, match="is marked read-only"):
            early.revision()
    finally:
        path.chmod(0o644)


def test_a_sqlite_file_without_tables_is_refused_as_empty_when_not_setting_up(tmp_path: Path) -> None:
    path = tmp_path / "blank.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA user_version = 1")  # a SQLite file, but no tables at all
    connection.close()
    assert _refusal(_url(path), tmp_path / "b", EmptyDatabaseError, upgrade=False) == (
        f"The database {path} is empty: start the app or run 'nps-trainer db upgrade' to set it up. It has been "
        "left untouched.")


def test_an_empty_server_database_is_refused_in_full_when_not_setting_up(
    postgres_server: PostgresServer, tmp_path: Path
) -> None:
    url = postgres_server.fresh_database()
    message = _refusal(url, tmp_path / "b", EmptyDatabaseError, upgrade=False)
    assert message.startswith("The database postgresql") and message.endswith(
        " is empty: start the app or run 'nps-trainer db upgrade' to set it up. It has been left untouched.")


def test_the_engine_that_migrated_is_kept_and_closed_with_the_database(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(SCHEMA_0001, path)
    database = open_database(_url(path), tmp_path / "b")
    assert database.report.migrated and database.engine_loaded
    database.close()
    assert not path.with_name("old.sqlite3-wal").exists()  # no connection left open by the migration


def _connections_to(postgres_server: PostgresServer, url: str) -> int:
    name = url.rsplit("/", 1)[-1]
    engine = make_engine(f"{postgres_server.base_url}/postgres")
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT count(*) FROM pg_stat_activity WHERE datname = :name"),
                                      {"name": name}).scalar()
    finally:
        engine.dispose()


def test_opening_a_server_database_leaves_no_connection_behind_once_closed(
    postgres_server: PostgresServer, tmp_path: Path
) -> None:
    import gc

    url = postgres_server.fresh_database()
    open_database(url, tmp_path / "b").close()  # set up by migrating
    database = open_database(url, tmp_path / "b", read_only=True)  # opened only to look
    assert database.engine_loaded and database.read_only
    database.close()
    gc.collect()
    assert _connections_to(postgres_server, url) == 0


def test_a_new_database_being_made_by_another_copy_is_named_when_giving_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nps_trainer.storage.filelock import FileLock

    path = tmp_path / "new.sqlite3"
    monkeypatch.setattr(database_module, "MIGRATION_LOCK_TIMEOUT_S", 0.2)
    with FileLock(path.with_name("new.sqlite3.lock")):
        message = _refusal(_url(path), tmp_path / "b", DatabaseUnavailableError)
    assert message == (f"Another copy of NPS Trainer has been updating the database {path} for over 0.2 seconds, so "
                       "this one has not touched it. Wait for the other to finish (or close it), then try again.")


def test_a_database_that_cannot_be_made_in_its_folder_says_why(unwritable_folder: Path, tmp_path: Path) -> None:
    path = unwritable_folder / "new.sqlite3"
    assert _refusal(_url(path), tmp_path / "b", DatabaseUnavailableError) == (
        f"Cannot create the database {path}: permission denied. Nothing has been changed. Choose another database "
        "location in Settings (or with --database), or ask your IT support to let you write to that folder.")
    assert not path.exists()


@pytest.fixture
def unreadable_database() -> Iterator[Path]:
    """A database file this process may see but not read: as root, read as the 'nobody' user for the test."""
    import os
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="nps-unreadable-"))
    folder.chmod(0o755)
    path = folder / "db.sqlite3"
    shutil.copy(SCHEMA_0001, path)
    path.chmod(0o600 if os.geteuid() == 0 else 0o000)
    try:
        if os.geteuid() == 0:
            os.seteuid(65534)
            try:
                yield path
            finally:
                os.seteuid(0)
        else:
            yield path
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_a_database_file_that_cannot_be_read_is_refused_in_full(unreadable_database: Path, tmp_path: Path) -> None:
    assert _refusal(_url(unreadable_database), Path("/nonexistent/backups"), DatabaseUnavailableError) == (
        f"Cannot read the database file {unreadable_database}: permission denied. It has not been changed.")
