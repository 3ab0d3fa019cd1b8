"""Migration 0007 from a committed database at schema 0006: everything already there is kept, the joint session
tables appear, and a joint session can be run on the upgraded database by the facilitator who was already there,
crediting someone who had read sections alone without losing them."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import inspect, select

from nps_trainer.paths import UserPaths
from nps_trainer.services import build_services
from nps_trainer.storage import migrate
from nps_trainer.storage.database import open_database
from nps_trainer.storage.models import XapiStatement
from tests.sessions.helpers import HELD_ON, Clock, clocked_store, small_plan
from tests.team.helpers import use_fast_keys

FIXTURES = Path(__file__).parent.parent / "fixtures"
PASSPHRASE = "slate harbour under the hill"  # tests/fixtures/make_schema_0006.py
JOINT_TABLES = {"joint_sessions", "joint_session_attendees", "joint_session_steps", "joint_session_votes",
                "joint_session_amendments", "joint_session_reflections"}


def _copy(tmp_path: Path) -> str:
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema-0006.sqlite3", path)
    return f"sqlite:///{path}"


def test_schema_0006_is_upgraded_with_everything_kept(tmp_path: Path, user_paths: UserPaths) -> None:
    url = _copy(tmp_path)
    with sqlite3.connect(tmp_path / "old.sqlite3") as connection:  # as committed: 0006, no joint sessions
        tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "profiles" in tables and not JOINT_TABLES & tables
    services = build_services(user_paths, database=url)
    try:
        assert services.database.report.migrated and services.database.report.found_revision == "0006"
        with services.database.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.HEAD
            assert set(inspect(connection).get_table_names()) >= JOINT_TABLES
        assert services.database.report.backup is not None and services.database.report.backup.exists()
        people = {p.display_name: p for p in services.profiles.list()}
        assert {name: (p.role, p.organisation) for name, p in people.items()} == {
            "Morgan Example": ("manager", "probation"), "Fay Example": ("facilitator", "drug_service"),
            "Alex Example": ("practitioner", "probation"), "Dee Example": ("drug_service", "drug_service")}
        assert people["Alex Example"].team == "North"
        assert services.profiles.first_passphrase_rule(people["Dee Example"]) == "code"  # her code still waits
        alex = people["Alex Example"].id
        before = services.progress.summary(alex, "what-are-nps")
        assert before.sections_seen == ("the-main-groups-and-their-risks", "synthetic-opioids-and-nitazenes")
        assert before.sections_credited == ()
        with services.database.session() as session:
            assert session.scalars(select(XapiStatement.profile_id)).all() == [alex]
        assert services.audit.verify() == []
        assert services.database.check() == []

        # The facilitator who was there before signs in with her old passphrase and runs a session.
        use_fast_keys(services)
        fay = services.signin.sign_in(people["Fay Example"].id, PASSPHRASE)
        clock = Clock()
        store = clocked_store(services, clock)
        session_id = store.start(small_plan(), held_on=HELD_ON, place="Room 2", co_facilitators=[],
                                 acting=fay.profile)
        store.add_attendee(session_id, acting=fay.profile, profile_id=alex)
        store.go_to_step(session_id, 0)
        clock.advance(minutes=10)
        record = store.end(session_id, acting=fay.profile)
        assert record.steps[0].seconds == 600 and record.attendees[0].organisation == "Probation"
        after = services.progress.summary(alex, "what-are-nps")
        assert after.sections_seen == before.sections_seen  # reading alone is kept apart and not lost
        assert after.sections_credited == ("what-counts-as-an-nps",)
        assert after.progress > before.progress
        assert services.audit.verify() == []
    finally:
        services.close()


def test_0007_downgrades_to_0006_and_upgrades_again(tmp_path: Path) -> None:
    db = open_database(_copy(tmp_path), tmp_path / "backups")
    try:
        migrate.downgrade(db.engine, "0006")
        with db.engine.connect() as connection:
            assert not JOINT_TABLES & set(inspect(connection).get_table_names())
        migrate.upgrade(db.engine)
        assert db.check() == []
        with db.engine.connect() as connection:
            assert set(inspect(connection).get_table_names()) >= JOINT_TABLES
    finally:
        db.close()
