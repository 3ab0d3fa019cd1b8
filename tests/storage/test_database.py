"""Opening, migrating, backing up and refusing databases, on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from nps_trainer.storage import migrate
from nps_trainer.storage.database import open_database
from nps_trainer.storage.engine import make_engine
from nps_trainer.storage.errors import (
    CorruptDatabaseError,
    MigrationError,
    NewerDatabaseError,
    NotADatabaseError,
    UnknownSchemaError,
)
from nps_trainer.storage.models import Profile, QuizAnswer, QuizAttempt

FIXTURES = Path(__file__).parent.parent / "fixtures"
SCHEMA_0001 = FIXTURES / "schema-0001.sqlite3"


def test_fresh_database_is_created_at_the_latest_schema(database_url: str, tmp_path: Path) -> None:
    db = open_database(database_url, tmp_path / "backups")
    try:
        assert db.report.found_revision is None
        assert db.report.migrated
        assert db.report.backup is None  # nothing to back up in an empty database
        assert db.check() == []
        with db.session() as session:
            session.add(Profile(display_name="Sam", role="practitioner"))
        with db.session() as session:
            assert session.scalars(select(Profile.display_name)).all() == ["Sam"]
    finally:
        db.close()


def test_reopening_an_up_to_date_database_does_nothing(database_url: str, tmp_path: Path) -> None:
    open_database(database_url, tmp_path / "backups").close()
    db = open_database(database_url, tmp_path / "backups")
    try:
        assert db.report.found_revision == migrate.HEAD
        assert not db.report.migrated
        backups = tmp_path / "backups"
        assert not backups.exists() or not [p for p in backups.iterdir() if not p.name.endswith(".lock")]
    finally:
        db.close()


def test_sqlite_uses_wal_foreign_keys_and_busy_timeout(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'a.sqlite3'}", tmp_path / "backups")
    try:
        with db.engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
    finally:
        db.close()


def test_older_schema_is_backed_up_then_migrated_keeping_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(SCHEMA_0001, path)
    db = open_database(f"sqlite:///{path}", tmp_path / "backups")
    try:
        assert db.report.found_revision == "0001"
        assert db.report.migrated
        backup = db.report.backup
        assert backup is not None and backup.parent == tmp_path / "backups"
        assert "before-upgrade-from-0001" in backup.name
        # The backup is the old database, intact and still at the old schema.
        with sqlite3.connect(backup) as old:
            assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
            assert old.execute("SELECT display_name FROM profiles").fetchall() == [("Alex Example",)]
        # The migrated database keeps the rows and has the new columns.
        with db.session() as session:
            profile = session.scalars(select(Profile)).one()
            assert profile.display_name == "Alex Example"
            attempt = session.scalars(select(QuizAttempt)).one()
            assert attempt.state is None and attempt.pass_mark is None
            assert session.scalars(select(QuizAnswer.answer)).one() == {"choice": "b"}
        assert db.check() == []
    finally:
        db.close()


def test_older_schema_is_refused_when_upgrade_is_not_allowed(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(SCHEMA_0001, path)
    before = path.read_bytes()
    with pytest.raises(MigrationError, match="db upgrade"):
        open_database(f"sqlite:///{path}", tmp_path / "backups", upgrade=False)
    assert path.read_bytes() == before


def test_postgres_database_at_an_older_schema_is_dumped_then_migrated(postgres_server, tmp_path: Path) -> None:
    url = postgres_server.fresh_database()
    engine = make_engine(url)
    migrate.upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO profiles (display_name, role, created_at) "
                                "VALUES ('Alex', 'manager', now())"))
    engine.dispose()
    db = open_database(url, tmp_path / "backups")
    try:
        assert db.report.found_revision == "0001" and db.report.migrated
        assert db.report.backup is not None and db.report.backup.name.endswith(".jsonl.gz")
        import gzip

        with gzip.open(db.report.backup, "rt") as dump:
            assert '"display_name": "Alex"' in dump.read()
        assert db.check() == []
    finally:
        db.close()


def test_newer_schema_is_refused_and_left_untouched(database_url: str, tmp_path: Path) -> None:
    open_database(database_url, tmp_path / "backups").close()
    engine = make_engine(database_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(NewerDatabaseError, match="newer version of NPS Trainer"):
        open_database(database_url, tmp_path / "backups")
    engine = make_engine(database_url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999"
    engine.dispose()


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("These are my notes, not a database.\n" * 50)
    before = path.read_bytes()
    with pytest.raises(NotADatabaseError, match="not an NPS Trainer database"):
        open_database(f"sqlite:///{path}", tmp_path / "backups")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]


def test_a_corrupt_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    shutil.copy(SCHEMA_0001, path)
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(page_size, len(data), page_size):  # scribble over every page after the first
        data[offset + 8: offset + 40] = b"\xff" * 32
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(CorruptDatabaseError, match="damaged"):
        open_database(f"sqlite:///{path}", tmp_path / "backups")
    assert path.read_bytes() == before


def test_a_database_of_another_application_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    with pytest.raises(UnknownSchemaError, match="invoices"):
        open_database(f"sqlite:///{path}", tmp_path / "backups")


def test_manual_backup_of_sqlite_is_a_consistent_copy(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'a.sqlite3'}", tmp_path / "backups")
    try:
        with db.session() as session:
            session.add(Profile(display_name="Sam", role="practitioner"))
        target = db.backup(tmp_path / "copies")
        with sqlite3.connect(target) as copy:
            assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert copy.execute("SELECT display_name FROM profiles").fetchall() == [("Sam",)]
    finally:
        db.close()


def test_check_reports_foreign_key_breakage(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    open_database(f"sqlite:///{path}", tmp_path / "backups").close()
    with sqlite3.connect(path) as connection:  # foreign keys are off in a plain sqlite3 connection
        connection.execute("INSERT INTO module_visits (profile_id, module_id, module_version, started_at, "
                           "seconds, sections_seen) VALUES (42, 'm', '1', '2026-01-01', 0, '[]')")
    db = open_database(f"sqlite:///{path}", tmp_path / "backups")
    try:
        assert any("foreign key" in p for p in db.check())
    finally:
        db.close()


def test_a_failed_migration_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(SCHEMA_0001, path)
    with sqlite3.connect(path) as connection:  # a table in the way makes 0002 fail halfway through
        connection.execute("CREATE TABLE profile_keys (x)")
    with pytest.raises(MigrationError, match="left as it was"):
        open_database(f"sqlite:///{path}", tmp_path / "backups")
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        columns = [r[1] for r in connection.execute("PRAGMA table_info(module_progress)")]
        assert "sections_seen" not in columns
        assert not [r for r in connection.execute("SELECT name FROM sqlite_master WHERE name LIKE '_alembic%'")]
        connection.execute("DROP TABLE profile_keys")
    db = open_database(f"sqlite:///{path}", tmp_path / "backups")  # and it can be retried
    try:
        assert db.report.migrated and db.check() == []
    finally:
        db.close()


def test_downgrade_keeps_rows_that_refer_to_rebuilt_tables(tmp_path: Path) -> None:
    from nps_trainer.storage import migrate

    path = tmp_path / "old.sqlite3"
    shutil.copy(SCHEMA_0001, path)
    db = open_database(f"sqlite:///{path}", tmp_path / "backups")
    try:
        migrate.downgrade(db.engine, "0001")
    finally:
        db.close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM quiz_answers").fetchone() == (1,)
        assert connection.execute("SELECT count(*) FROM module_visits").fetchone() == (1,)


@pytest.mark.parametrize("folder", ["Team #2", "what?", "a%41b"])
def test_paths_with_url_characters_work_and_refusals_leave_files_untouched(tmp_path: Path, folder: str) -> None:
    from nps_trainer.profiles import ProfileService
    from nps_trainer.storage.engine import sqlite_url

    path = tmp_path / folder / "db.sqlite3"
    db = open_database(sqlite_url(path), tmp_path / "backups")
    try:
        ProfileService(db).create("Sam", "practitioner")
        copy = db.backup(tmp_path / "copies")
    finally:
        db.close()
    assert {p.name for p in tmp_path.iterdir()} == {"copies", folder}  # no stray file from a cut-off path
    db = open_database(sqlite_url(path), tmp_path / "backups")
    try:
        assert [p.display_name for p in ProfileService(db).list()] == ["Sam"]  # the start-up read
    finally:
        db.close()
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT display_name FROM profiles").fetchall() == [("Sam",)]
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.execute("PRAGMA journal_mode=DELETE")
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError):
        open_database(sqlite_url(path), tmp_path / "backups")
    assert path.read_bytes() == before


def test_a_busy_database_is_not_called_damaged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from nps_trainer.storage import database
    from nps_trainer.storage.errors import DatabaseUnavailableError

    path = tmp_path / "busy.sqlite3"
    shutil.copy(SCHEMA_0001, path)
    monkeypatch.setattr(database, "CHECK_TIMEOUT_S", 0.1)
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")  # another program holding the file
        with pytest.raises(DatabaseUnavailableError, match="has not been changed") as caught:
            open_database(f"sqlite:///{path}", tmp_path / "backups")
        assert not isinstance(caught.value, CorruptDatabaseError)
        assert "damaged" not in str(caught.value)
    finally:
        holder.close()


def test_a_database_error_names_the_statement_but_not_the_values(tmp_path: Path) -> None:
    """Error text reaches logs and dialogs; the values being written may be personal data."""
    from sqlalchemy.exc import IntegrityError

    db = open_database(f"sqlite:///{tmp_path / 'errors.sqlite3'}", tmp_path / "backups")
    try:
        with pytest.raises(IntegrityError) as raised, db.engine.begin() as connection:
            connection.execute(text("INSERT INTO profiles (display_name, role, created_at) VALUES (:n, :r, NULL)"),
                               {"n": "SECRET-NAME", "r": "manager"})
        assert "INSERT INTO profiles" in str(raised.value) and "SECRET-NAME" not in str(raised.value)
    finally:
        db.close()
