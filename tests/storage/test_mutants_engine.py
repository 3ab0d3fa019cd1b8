"""Database addresses and engines, pinned where mutation testing found them loose: the exact messages for an
address that cannot be used, the password hidden even in a malformed address, which URLs name a SQLite file,
how a busy database is told from a broken one, and the settings every SQLite connection gets."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from nps_trainer.storage.engine import (
    ADDRESS_ADVICE,
    _is_busy,
    _missing_driver,
    _reason,
    _use_wal,
    check_url,
    display_url,
    make_engine,
    make_read_only_engine,
    sqlite_path,
    sqlite_url,
)
from nps_trainer.storage.errors import DatabaseUnavailableError
from tests.pg_server import PostgresServer

DRIVER_ADVICE = ("For PostgreSQL, install NPS Trainer with its PostgreSQL extra (pip install "
                 "'nps-trainer[postgresql]', which brings psycopg) and use an address that starts "
                 "postgresql+psycopg://.")


@pytest.mark.parametrize(("url", "expected"), [
    ("sqlite:///relative/nps.sqlite3", Path("relative/nps.sqlite3")),
    ("sqlite:////srv/data/nps.sqlite3", Path("/srv/data/nps.sqlite3")),
    ("sqlite+pysqlite:////srv/nps.sqlite3", Path("/srv/nps.sqlite3")),
    ("sqlite:////srv/nps.sqlite3?mode=ro?x=1", Path("/srv/nps.sqlite3")),
    ("sqlite:////srv/Team%20%232/a%3Fb%25.sqlite3", Path("/srv/Team #2/a?b%.sqlite3")),
    ("sqlite:////srv/odd://name.sqlite3", Path("/srv/odd:/name.sqlite3")),
    ("sqlite://", None),
    ("sqlite:///", None),
    ("sqlite:///:memory:", None),
    ("sqlite://host/nps.sqlite3", None),
    ("postgresql:///nps_trainer", None),
    ("postgresql+psycopg://me@server/nps_trainer", None),
    ("sqlite", None),
    ("/srv/nps.sqlite3", None),
])
def test_which_addresses_name_a_sqlite_file(url: str, expected: Path | None) -> None:
    assert sqlite_path(url) == expected


def test_a_path_with_url_characters_is_escaped_and_read_back_unchanged() -> None:
    path = Path("/srv/a%41b/what?/Team #2.sqlite3")
    assert sqlite_url(path) == "sqlite:////srv/a%2541b/what%3F/Team %232.sqlite3"
    assert sqlite_path(sqlite_url(path)) == path
    assert sqlite_url(Path("/srv/plain.sqlite3")) == "sqlite:////srv/plain.sqlite3"


@pytest.mark.parametrize(("url", "shown"), [
    ("sqlite:////srv/nps.sqlite3", "/srv/nps.sqlite3"),
    ("postgresql+psycopg://me:s3cret@server/nps", "postgresql+psycopg://me:***@server/nps"),
    ("postgresql+psycopg://me@server/nps", "postgresql+psycopg://me@server/nps"),
    # malformed (SQLAlchemy cannot read the port): the password is hidden by hand
    ("postgresql+psycopg://me:s3cret@host:54x2/nps", "postgresql+psycopg://me:***@host:54x2/nps"),
    ("postgresql+psycopg://me:pa:ss@host:54x2/nps", "postgresql+psycopg://me:***@host:54x2/nps"),
    ("postgresql+psycopg://me:p@ss@host:54x2/nps", "postgresql+psycopg://me:***@host:54x2/nps"),
    ("postgresql+psycopg://me@host:54x2/nps", "postgresql+psycopg://me@host:54x2/nps"),
    ("postgresql+psycopg://host:54x2/nps", "postgresql+psycopg://host:54x2/nps"),
    ("not a url", "not a url"),
])
def test_an_address_is_shown_without_its_password(url: str, shown: str) -> None:
    assert display_url(url) == shown


def test_an_unknown_kind_of_database_is_named_in_full() -> None:
    with pytest.raises(DatabaseUnavailableError) as caught:
        check_url("foo://me@host/db://x")
    assert str(caught.value) == (
        "The database address foo://me@host/db%3A//x names a kind of database NPS Trainer cannot use ('foo'). "
        "Use a SQLite file path or a PostgreSQL address such as postgresql+psycopg://user@server/nps_trainer. "
        f"{ADDRESS_ADVICE}")


@pytest.mark.parametrize(("url", "reason"), [
    ("postgresql+psycopg://me:s3cret@host:54x2/nps", "its port must be a number"),
    ("not a url://x", "it should look like postgresql+psycopg://user@server/database"),
])
def test_a_malformed_address_gets_a_plain_reason(url: str, reason: str) -> None:
    with pytest.raises(DatabaseUnavailableError) as caught:
        check_url(url)
    assert str(caught.value) == (f"The database address {display_url(url)} is not a valid address ({reason}). "
                                 f"{ADDRESS_ADVICE}")


def test_a_missing_driver_is_named_with_how_to_install_it_and_the_callers_advice() -> None:
    with pytest.raises(DatabaseUnavailableError) as caught:
        check_url("postgresql+psycopg2://me:s3cret@h/d", advice="Edit the address in settings.toml.")
    assert str(caught.value) == (
        "The database postgresql+psycopg2://me:***@h/d needs the database driver 'psycopg2', which is not "
        f"installed. {DRIVER_ADVICE} Edit the address in settings.toml.")
    unnamed = _missing_driver("the database", ImportError("no module"))
    assert str(unnamed) == (f"The database the database needs the database driver 'its driver', which is not "
                            f"installed. {DRIVER_ADVICE} {ADDRESS_ADVICE}")


def test_an_address_the_driver_refuses_is_a_storage_error_with_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "nps.sqlite3"
    with pytest.raises(DatabaseUnavailableError) as caught:
        make_engine(f"{sqlite_url(path)}?timeout=abc")
    assert str(caught.value) == (f"The database address {path} cannot be used (could not convert string to "
                                 f"float: 'abc'). {ADDRESS_ADVICE}")


@pytest.mark.parametrize(("error", "reason"), [
    (ValueError("Bad host name MAX.\nsecond line\nthird line"), "bad host name MAX"),
    (ValueError("Trailing dots..."), "trailing dots"),
    (ValueError("Ends with a space. "), "ends with a space. "),
    (ValueError(""), "ValueError"),
    (TypeError(""), "TypeError"),
])
def test_the_reason_is_the_first_line_without_its_full_stop_starting_in_lower_case(
    error: Exception, reason: str
) -> None:
    assert _reason(error) == reason


def _real_busy_error(path: Path) -> sqlite3.OperationalError:
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("CREATE TABLE IF NOT EXISTS t (x)")
        holder.execute("BEGIN EXCLUSIVE")
        other = sqlite3.connect(path, timeout=0)
        try:
            with pytest.raises(sqlite3.OperationalError) as caught:
                other.execute("SELECT * FROM t").fetchall()
        finally:
            other.close()
    finally:
        holder.close()
    return caught.value


def test_a_busy_database_is_told_from_other_errors(tmp_path: Path) -> None:
    busy = _real_busy_error(tmp_path / "busy.sqlite3")
    assert busy.sqlite_errorcode & 0xFF == 5
    assert _is_busy(busy) is True
    connection = sqlite3.connect(tmp_path / "other.sqlite3")
    try:
        with pytest.raises(sqlite3.OperationalError) as caught:
            connection.execute("SELECT * FROM missing")
    finally:
        connection.close()
    assert _is_busy(caught.value) is False  # "no such table": an error, not a wait
    locked = sqlite3.OperationalError("database table is locked")
    locked.sqlite_errorcode = 6  # SQLITE_LOCKED
    assert _is_busy(locked) is True
    snapshot = sqlite3.OperationalError("database is locked")
    snapshot.sqlite_errorcode = 5 | (2 << 8)  # SQLITE_BUSY_SNAPSHOT, an extended code
    assert _is_busy(snapshot) is True
    coded = sqlite3.OperationalError("locked but not busy")  # the code decides, not the words
    coded.sqlite_errorcode = 10
    assert _is_busy(coded) is False


@pytest.mark.parametrize(("message", "busy"), [
    ("database is locked", True),
    ("the server is busy", True),
    ("disk I/O error", False),
])
def test_without_a_code_the_words_decide(message: str, busy: bool) -> None:
    assert _is_busy(RuntimeError(message)) is busy


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[tuple[Path, Engine]]:
    path = tmp_path / "nps.sqlite3"
    engine = make_engine(sqlite_url(path))
    yield path, engine
    engine.dispose()


def test_every_sqlite_connection_gets_wal_foreign_keys_timeout_and_normal_sync(
    sqlite_engine: tuple[Path, Engine]
) -> None:
    _path, engine = sqlite_engine
    with engine.connect() as connection:
        pragmas = {name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                   for name in ("journal_mode", "foreign_keys", "busy_timeout", "synchronous")}
        driver = connection.connection.driver_connection
        assert driver.isolation_level is None  # the driver begins no transaction of its own
    assert pragmas == {"journal_mode": "wal", "foreign_keys": 1, "busy_timeout": 10_000, "synchronous": 1}


def test_a_transaction_takes_the_write_lock_at_its_start(sqlite_engine: tuple[Path, Engine]) -> None:
    path, engine = sqlite_engine
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE t (x INTEGER)"))
    with engine.connect() as connection:
        connection.execute(text("SELECT count(*) FROM t")).scalar()  # only a read so far
        other = sqlite3.connect(path, timeout=0, isolation_level=None)
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        finally:
            other.close()
        connection.rollback()


def test_a_file_is_switched_to_wal_once_another_connection_lets_go(tmp_path: Path) -> None:
    """Changing the journal mode is refused at once while another connection holds the file: retried."""
    path = tmp_path / "new.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    release = threading.Timer(0.3, holder.rollback)
    release.start()
    connection = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        _use_wal(connection.cursor(), timeout_s=10)
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        release.join()
        connection.close()
        holder.close()


def test_switching_to_wal_gives_up_after_the_timeout(tmp_path: Path) -> None:
    import time

    path = tmp_path / "held.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    connection = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        started = time.monotonic()
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            _use_wal(connection.cursor(), timeout_s=0.4)
        assert 0.2 <= time.monotonic() - started < 3
    finally:
        connection.close()
        holder.close()


def test_a_read_only_engine_cannot_write_and_is_usable_from_another_thread(tmp_path: Path) -> None:
    path = tmp_path / "nps.sqlite3"
    writer = make_engine(sqlite_url(path))
    with writer.begin() as connection:
        connection.execute(text("CREATE TABLE t (x INTEGER)"))
        connection.execute(text("INSERT INTO t VALUES (1)"))
    writer.dispose()
    before = path.read_bytes()
    engine = make_read_only_engine(sqlite_url(path))
    try:
        assert engine.dialect.name == "sqlite" and engine.hide_parameters
        with engine.connect() as connection:
            assert connection.execute(text("SELECT x FROM t")).scalar() == 1
            with pytest.raises(Exception, match="readonly"):
                connection.execute(text("INSERT INTO t VALUES (2)"))
        answers: list[int] = []
        reader = threading.Thread(target=lambda: answers.append(_count(engine)))
        reader.start()
        reader.join()
        assert answers == [1]
    finally:
        engine.dispose()
    assert path.read_bytes() == before


def _count(engine: Engine) -> int:
    with engine.connect() as connection:
        return connection.execute(text("SELECT count(*) FROM t")).scalar()


def test_a_read_only_engine_for_a_missing_file_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "missing.sqlite3"
    engine = make_read_only_engine(sqlite_url(path))
    try:
        with pytest.raises(Exception, match="unable to open"), engine.connect():
            pass
    finally:
        engine.dispose()
    assert not path.exists()


def test_engines_hide_the_values_in_error_messages(postgres_server: PostgresServer) -> None:
    url = postgres_server.fresh_database()
    for engine in (make_engine(url), make_read_only_engine(url)):
        try:
            assert engine.hide_parameters and engine.pool._pre_ping
            assert engine.dialect.name == "postgresql"
        finally:
            engine.dispose()
    assert make_engine(sqlite_url(Path("/srv/x.sqlite3"))).hide_parameters


def _held_for(path: Path, seconds: float) -> threading.Thread:
    """Another program holding ``path`` (a rollback-journal database) exclusively for ``seconds``."""
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("CREATE TABLE IF NOT EXISTS t (x)")
    holder.execute("BEGIN EXCLUSIVE")

    def release() -> None:
        time.sleep(seconds)
        holder.rollback()
        holder.close()

    thread = threading.Thread(target=release, daemon=True)
    thread.start()
    return thread


def test_a_connection_gives_up_after_the_busy_timeout_when_the_file_stays_locked(tmp_path: Path) -> None:
    path = tmp_path / "held.sqlite3"
    holder = _held_for(path, 14)
    engine = make_engine(sqlite_url(path))
    outcome: list[BaseException | None] = []

    def connect() -> None:
        try:
            with engine.connect():
                outcome.append(None)
        except BaseException as exc:  # handed back to the test
            outcome.append(exc)

    started = time.monotonic()
    attempt = threading.Thread(target=connect, daemon=True)
    attempt.start()
    attempt.join(timeout=13)
    elapsed = time.monotonic() - started
    holder.join()
    engine.dispose()
    assert outcome, "still waiting after the ten-second busy timeout"
    assert "locked" in str(outcome[0]) and 8 <= elapsed < 13


def test_a_read_only_connection_waits_the_busy_timeout_for_a_locked_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nps_trainer.storage import engine as engine_module

    path = tmp_path / "held.sqlite3"
    holder = _held_for(path, 3)
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 300)
    engine = make_read_only_engine(sqlite_url(path))
    try:
        started = time.monotonic()
        with pytest.raises(Exception, match="locked"), engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM t"))
        assert 0.2 <= time.monotonic() - started < 2
    finally:
        engine.dispose()
        holder.join()
