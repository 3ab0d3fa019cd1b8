"""Migrations 0008 and 0009 from a committed database at schema 0007 (made by the code as it was then): every
profile, screening record, amendment and quiz answer is kept; the recovery-key and refresher tables appear; the
practitioner signs in with their old passphrase and opens, amends and lists the records they made before."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import inspect, select

from nps_trainer.paths import UserPaths
from nps_trainer.screening import set_answer
from nps_trainer.services import build_services
from nps_trainer.storage import migrate
from nps_trainer.storage.database import open_database
from nps_trainer.storage.models import QuizAnswer, RefresherCard
from tests.team.helpers import use_fast_keys

FIXTURES = Path(__file__).parent.parent / "fixtures"
PASSPHRASE = "slate harbour under the hill"  # tests/fixtures/make_schema_0007.py
FINISHED_CASE, DRAFT_CASE = "X700001", "X700002"
NOTE = "Staying with a cousin in Hulme since release"
AMENDMENT_REASON = "Corrected after speaking to the drug service"
NEW_TABLES = {"recovery_keys", "refresher_cards", "refresher_reviews"}
NEW_COLUMNS = {"screening_records": {"key_sealed", "key_sealed_recovery", "recovery_key_id"},
               "profile_keys": {"must_change_passphrase"}, "quiz_answers": {"certainty"}}


def _copy(tmp_path: Path) -> str:
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema-0007.sqlite3", path)
    return f"sqlite:///{path}"


def _columns(connection, table: str) -> set[str]:
    return {column["name"] for column in inspect(connection).get_columns(table)}


def test_schema_0007_is_upgraded_and_old_records_still_open_and_amend(tmp_path: Path,
                                                                     user_paths: UserPaths) -> None:
    url = _copy(tmp_path)
    with sqlite3.connect(tmp_path / "old.sqlite3") as connection:  # as committed: 0007
        tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    assert revision == "0007" and "screening_records" in tables and not NEW_TABLES & tables
    services = build_services(user_paths, database=url)
    try:
        assert services.database.report.migrated and services.database.report.found_revision == "0007"
        with services.database.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.HEAD
            assert set(inspect(connection).get_table_names()) >= NEW_TABLES
            for table, columns in NEW_COLUMNS.items():
                assert columns <= _columns(connection, table), table
        assert services.audit.verify() == []
        assert services.database.check() == []
        with services.database.session() as session:
            answers = session.scalars(select(QuizAnswer)).all()
            assert [(a.question_id, a.certainty) for a in answers] == [("synthetic-cannabis", None)]
            assert session.scalars(select(RefresherCard)).all() == []

        use_fast_keys(services)
        people = {p.display_name: p for p in services.profiles.list()}
        alex = services.signin.sign_in(people["Alex Example"].id, PASSPHRASE)
        store = services.screening
        listed = {row.case_reference: row for row in store.list(alex.profile.id, alex.keyring)}
        assert set(listed) == {FINISHED_CASE, DRAFT_CASE}
        assert not any(row.damaged for row in listed.values())
        finished = store.open(alex.profile.id, alex.keyring, listed[FINISHED_CASE].id)
        assert finished.read_only and finished.record.answers["notes"] == NOTE
        assert finished.record.answers["any_use_past_year"] == "no"  # as amended at 0007
        assert [a.reason for a in finished.amendments] == [AMENDMENT_REASON]
        draft = store.open(alex.profile.id, alex.keyring, listed[DRAFT_CASE].id)
        assert not draft.read_only and draft.record.answers["notes"] == NOTE

        record = finished.record
        record.answers = set_answer(record.answers, "any_use_past_year", "yes")
        store.amend(alex.profile.id, alex.keyring, record, "Second correction after the upgrade")
        again = store.open(alex.profile.id, alex.keyring, finished.id)
        assert again.record.answers["any_use_past_year"] == "yes"
        assert [a.reason for a in again.amendments] == [AMENDMENT_REASON, "Second correction after the upgrade"]
        assert services.audit.verify() == []
    finally:
        services.close()


def test_0009_and_0008_downgrade_to_0007_and_upgrade_again(tmp_path: Path) -> None:
    db = open_database(_copy(tmp_path), tmp_path / "backups")
    try:
        migrate.downgrade(db.engine, "0007")
        with db.engine.connect() as connection:
            assert not NEW_TABLES & set(inspect(connection).get_table_names())
            for table, columns in NEW_COLUMNS.items():
                assert not columns & _columns(connection, table), table
        migrate.upgrade(db.engine)
        assert db.check() == []
        with db.engine.connect() as connection:
            assert set(inspect(connection).get_table_names()) >= NEW_TABLES
    finally:
        db.close()
