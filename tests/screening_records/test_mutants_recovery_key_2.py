"""A recovery key whose public half was changed in the database (its id is no longer its fingerprint): records
are not sealed to it, each time this is logged with the key's id, and it is audited once per key (with what
was wrong) however many records are made. On a real SQLite file.

Written from the mutation-testing survivors (issue 14, third pass).
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import select

from nps_trainer.audit import AuditLog
from nps_trainer.identity import KeyStore, SignInService
from nps_trainer.identity.crypto import FAST_TEST_KDF
from nps_trainer.identity.sealing import new_key_pair
from nps_trainer.paths import bundled_screening_dir
from nps_trainer.profiles import ProfileService
from nps_trainer.screening import FormLibrary
from nps_trainer.screening_records import ScreeningStore
from nps_trainer.screening_records.record_keys import fingerprint
from nps_trainer.storage.database import open_database
from nps_trainer.storage.models import AuditEntry, RecoveryKey
from nps_trainer.storage.models import ScreeningRecord as RecordRow

FORM = "nps-screening"
PAT_PASS = "pat keeps bees beside the moor"


def test_an_altered_recovery_key_is_not_sealed_to_and_is_logged_each_time_and_audited_once(
        tmp_path: Path, caplog) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'records.sqlite3'}", tmp_path / "backups")
    audit = AuditLog(db)
    profiles = ProfileService(db, audit)
    keys = KeyStore(db, audit, FAST_TEST_KDF)
    pat = profiles.create("Pat", "practitioner")
    keyring = SignInService(profiles, keys).set_passphrase(pat.id, PAT_PASS).keyring
    genuine = fingerprint(new_key_pair()[1])
    with db.session() as session:  # the genuine key's id, with another public half swapped in
        session.add(RecoveryKey(key_id=genuine, public_key=new_key_pair()[1], kdf={}, salt=b"s", wrapped_key=b"w",
                                private_key_cipher=b"p"))
    store = ScreeningStore(db, audit, FormLibrary.load(bundled_screening_dir()), keys)
    with caplog.at_level(logging.WARNING, logger="nps_trainer.screening_records.store"):
        first = store.create(pat.id, keyring, FORM, "CRN 31")
        second = store.create(pat.id, keyring, FORM, "CRN 32")
    warning = f"The recovery key {genuine} does not match its fingerprint: records are not sealed to it"
    assert [r.getMessage() for r in caplog.records if r.name == "nps_trainer.screening_records.store"] == [
        warning, warning]
    with db.session() as session:
        for record_id in (first.id, second.id):
            row = session.get(RecordRow, record_id)
            assert row.key_sealed is not None  # sealed to Pat...
            assert (row.key_sealed_recovery, row.recovery_key_id) == (None, None)  # ...and not to the altered key
        entries = session.execute(select(AuditEntry.profile_id, AuditEntry.object_type, AuditEntry.object_id,
                                         AuditEntry.detail).where(AuditEntry.action == "recovery-key-altered")).all()
    assert [tuple(e) for e in entries] == [
        (pat.id, "recovery_key", genuine, "its public half is not its fingerprint's: records not sealed to it")]
    db.close()
