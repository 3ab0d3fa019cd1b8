"""A first start makes its new database on the early-check thread, while the window loads (issue 15).

Real SQLite files throughout; the unwritable folder is made immutable with chattr (skipped where that is not
allowed, as in test_mutants_database.py)."""

from __future__ import annotations

import sqlite3
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from nps_trainer.paths import UserPaths
from nps_trainer.services import build_services
from nps_trainer.storage import database as database_module
from nps_trainer.storage import migrate
from nps_trainer.storage.database import SqlitePreflight, open_database
from nps_trainer.storage.engine import sqlite_url
from nps_trainer.storage.errors import DatabaseUnavailableError, MigrationError


def _revision(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_a_missing_database_is_made_on_the_thread_and_the_opener_takes_it_as_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "data" / "nps.sqlite3"
    early = SqlitePreflight(sqlite_url(path), create=True)
    assert early.created() and not early.checked() and early.revision() is None
    assert _revision(path) == migrate.HEAD  # made before the opener is even called

    def no_second_making(*_args: object) -> bool:
        raise AssertionError("the opener made the database again")

    monkeypatch.setattr(database_module, "_created_from_image", no_second_making)
    database = open_database(sqlite_url(path), tmp_path / "backups", preflight=early)
    try:
        assert database.report.found_revision is None and database.report.migrated
        assert not database.read_only
    finally:
        database.close()
    assert _revision(path) == migrate.HEAD


def test_an_empty_file_is_made_a_database_on_the_thread_too(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    early = SqlitePreflight(sqlite_url(path), create=True)
    assert early.created()
    assert _revision(path) == migrate.HEAD


def test_without_create_the_thread_only_looks(tmp_path: Path) -> None:
    path = tmp_path / "data" / "nps.sqlite3"
    early = SqlitePreflight(sqlite_url(path))
    assert not early.created() and not early.checked() and early.revision() is None
    assert not path.exists() and not path.parent.exists()  # nothing made: 'db check' and friends never create
    database = open_database(sqlite_url(path), tmp_path / "backups", preflight=early)  # the opener makes it
    try:
        assert database.report.migrated and _revision(path) == migrate.HEAD
    finally:
        database.close()


def test_an_existing_database_is_checked_not_made(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_database(sqlite_url(path), tmp_path / "backups").close()
    before = path.read_bytes()
    early = SqlitePreflight(sqlite_url(path), create=True)
    assert early.checked() and not early.created() and early.revision() == migrate.HEAD
    assert path.read_bytes() == before


@pytest.mark.parametrize("kwargs", [{"read_only": True}, {"upgrade": False}])
def test_a_thread_that_would_make_the_database_is_refused_by_an_opener_that_may_not(
    tmp_path: Path, kwargs: dict[str, bool]
) -> None:
    """Only an opener that may set the database up takes a thread that makes it (the app's start); the others
    ('db check', 'db backup', the commands) are told so at once, before anything is opened."""
    path = tmp_path / "nps.sqlite3"
    early = SqlitePreflight(sqlite_url(path), create=True)
    early.settle()
    path.unlink()  # made by the thread: gone again, so that the refusal is seen to change nothing
    with pytest.raises(ValueError, match="for an opener that may set it up"):
        open_database(sqlite_url(path), tmp_path / "backups", preflight=early, **kwargs)
    assert not path.exists()


def test_another_instance_that_filled_the_file_first_is_checked_by_the_opener(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When another instance made the database first (the thread's making returns False), the opener checks the
    file it finds and opens it as usual."""
    path = tmp_path / "nps.sqlite3"
    real = database_module._created_from_image

    def another_instance_first(file: Path, where: str) -> bool:
        assert real(file, where)  # the other instance's making
        return False

    monkeypatch.setattr(database_module, "_created_from_image", another_instance_first)
    early = SqlitePreflight(sqlite_url(path), create=True)
    assert not early.created() and not early.checked()
    monkeypatch.setattr(database_module, "_created_from_image", real)
    database = open_database(sqlite_url(path), tmp_path / "backups", preflight=early)
    try:
        assert database.report.found_revision == migrate.HEAD and not database.report.migrated
    finally:
        database.close()


@pytest.fixture
def locked_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "locked"
    folder.mkdir()
    if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.skip("cannot make a folder immutable here (needs root and chattr)")
    try:
        yield folder
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


def test_a_database_the_thread_cannot_make_is_refused_by_the_opener_with_the_reason(
    locked_folder: Path, tmp_path: Path
) -> None:
    path = locked_folder / "new.sqlite3"
    early = SqlitePreflight(sqlite_url(path), create=True)
    with pytest.raises(DatabaseUnavailableError) as caught:
        open_database(sqlite_url(path), tmp_path / "backups", preflight=early)
    assert str(caught.value) == (
        f"Cannot create the database {path}: permission denied. Nothing has been changed. Choose another database "
        "location in Settings (or with --database), or ask your IT support to let you write to that folder.")
    assert not path.exists()


def test_a_failed_making_leaves_no_file_and_the_opener_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The making fails part way (a statement SQLite refuses): nothing half-made is left, and the message the
    opener raises is the one the making gave."""
    path = tmp_path / "nps.sqlite3"
    broken = tmp_path / "broken_schema.sql"
    broken.write_text("BEGIN IMMEDIATE;\nCREATE TABLE one (id INTEGER);\nTHIS IS NOT SQL;\nCOMMIT;\n")
    monkeypatch.setattr("nps_trainer.storage.new_database.IMAGE", broken)
    early = SqlitePreflight(sqlite_url(path), create=True)
    with pytest.raises(MigrationError, match=r"Setting up the new database .* failed"):
        open_database(sqlite_url(path), tmp_path / "backups", preflight=early)
    assert not path.exists()
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith("nps.sqlite3") and p.suffix != ".lock"]


def test_a_first_start_makes_its_database_while_the_caller_loads_the_window(tmp_path: Path) -> None:
    """build_services: the database is made on the thread while ``on_checking`` (the GUI loading Qt) runs, so it
    can be complete before the opener is reached."""
    paths = UserPaths(data=tmp_path / "data", config=tmp_path / "config", logs=tmp_path / "logs")
    made_meanwhile: list[str] = []

    def loading_the_window() -> None:
        [thread] = [t for t in threading.enumerate() if t.name == "database-check"]
        thread.join(10)
        made_meanwhile.append(_revision(paths.database_file))

    services = build_services(paths, on_checking=loading_the_window)
    try:
        assert made_meanwhile == [migrate.HEAD]
        assert services.database.report.migrated and services.database.report.found_revision is None
        assert services.profiles.list() == []
    finally:
        services.close()


def test_a_quick_failure_on_the_thread_is_said_again_by_the_opener_in_the_window_s_language(
    locked_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The thread's messages are written before the window's translation is loaded: the opener does failed work
    again, so its message is written with the translation (here a stand-in that marks what it wrote)."""
    path = locked_folder / "new.sqlite3"
    early = SqlitePreflight(sqlite_url(path), create=True)
    early.settle()
    monkeypatch.setattr(database_module, "tr", lambda text: "[cy] " + text)
    with pytest.raises(DatabaseUnavailableError) as caught:
        open_database(sqlite_url(path), tmp_path / "backups", preflight=early)
    assert str(caught.value).startswith(f"[cy] Cannot create the database {path}: permission denied.")


def test_a_failure_after_a_long_wait_is_not_repeated(
    locked_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure after waiting (for another program's lock, up to a minute) is raised as the thread said it:
    waiting as long again would only delay the same news."""
    monkeypatch.setattr(database_module, "REDO_WITHIN_S", 0.0)
    path = locked_folder / "new.sqlite3"
    early = SqlitePreflight(sqlite_url(path), create=True)
    early.settle()
    monkeypatch.setattr(database_module, "tr", lambda text: "[cy] " + text)
    with pytest.raises(DatabaseUnavailableError) as caught:
        open_database(sqlite_url(path), tmp_path / "backups", preflight=early)
    assert str(caught.value).startswith(f"Cannot create the database {path}: permission denied.")


def test_a_start_that_fails_while_loading_the_window_waits_for_the_database_to_be_made(tmp_path: Path) -> None:
    """If loading the window fails, the start waits for the thread before it ends: the new database is complete,
    never half-made by a process that ended under it."""
    paths = UserPaths(data=tmp_path / "data", config=tmp_path / "config", logs=tmp_path / "logs")

    def failing_window() -> None:
        raise RuntimeError("Qt could not start")

    with pytest.raises(RuntimeError, match="Qt could not start"):
        build_services(paths, on_checking=failing_window)
    assert not [t for t in threading.enumerate() if t.name == "database-check"]
    assert _revision(paths.database_file) == migrate.HEAD


def test_a_backups_folder_that_cannot_be_made_stops_the_start_before_the_database_is_touched(tmp_path: Path) -> None:
    paths = UserPaths(data=tmp_path / "data", config=tmp_path / "config", logs=tmp_path / "logs")
    paths.data.mkdir(parents=True)
    paths.backups.write_text("a file where the backups folder goes")
    loaded: list[bool] = []
    with pytest.raises(OSError):
        build_services(paths, on_checking=lambda: loaded.append(True))
    assert not paths.database_file.exists()  # 'Nothing has been changed', as the message says
    assert loaded == [True]  # the window's language was loaded first: the message about the folder is in it
