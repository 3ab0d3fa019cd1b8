"""Migration 0004 from a committed database at schema 0003: people get stable ids and organisations, old
completions made with sections unread are marked, an old passphrase still signs in and is tagged, and the
screening record it protects still opens."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import select

from nps_trainer.audit import AuditLog
from nps_trainer.identity import KeyStore, SignInService
from nps_trainer.identity.crypto import FAST_TEST_KDF
from nps_trainer.paths import bundled_screening_dir
from nps_trainer.profiles import ProfileService
from nps_trainer.screening import FormLibrary
from nps_trainer.screening_records import ScreeningStore
from nps_trainer.storage import migrate
from nps_trainer.storage.database import open_database
from nps_trainer.storage.models import ModuleProgress, ProfileKey

FIXTURES = Path(__file__).parent.parent / "fixtures"


def test_schema_0003_is_upgraded_with_everything_kept(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema-0003.sqlite3", path)
    db = open_database(f"sqlite:///{path}", tmp_path / "backups")
    try:
        assert db.report.migrated and db.report.found_revision == "0003"
        assert list((tmp_path / "backups").iterdir())  # backed up first
        audit = AuditLog(db)
        profiles = ProfileService(db, audit)
        people = {p.display_name: p for p in profiles.list()}
        assert len({p.uid for p in people.values()}) == 3 and all(len(p.uid) == 36 for p in people.values())
        assert people["Dee Example"].organisation == "drug_service"
        assert people["Alex Example"].organisation == "probation" and people["Alex Example"].team == ""
        assert people["Alex Example"].has_passphrase and not people["Morgan Example"].has_passphrase
        with db.session() as session:
            rows = {r.module_id: r for r in session.scalars(select(ModuleProgress))}
            assert rows["overdose-response"].completed_unread and not rows["what-are-nps"].completed_unread
            assert rows["what-are-nps"].sections_credited == []
            assert session.get(ProfileKey, people["Alex Example"].id).key_check is None

        keys = KeyStore(db, audit, FAST_TEST_KDF)
        signed = SignInService(profiles, keys).sign_in(people["Alex Example"].id, "amber kettle over the moor")
        store = ScreeningStore(db, audit, FormLibrary.load(bundled_screening_dir()))
        opened = store.open(signed.profile.id, signed.keyring, 1)
        assert opened.record.case_reference == "X123456" and opened.record.answers == {"any_use_past_year": "no"}
        with db.session() as session:
            assert session.get(ProfileKey, signed.profile.id).key_check == signed.keyring.key_check
        assert audit.verify() == []
        assert db.check() == []
    finally:
        db.close()


def test_0004_downgrades_and_upgrades_again(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema-0003.sqlite3", path)
    db = open_database(f"sqlite:///{path}", tmp_path / "backups")
    try:
        migrate.downgrade(db.engine, "0003")
        migrate.upgrade(db.engine)
        assert db.check() == []
        assert len({p.uid for p in ProfileService(db).list()}) == 3
    finally:
        db.close()
