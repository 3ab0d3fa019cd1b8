"""A record sealed to its practitioner's key pair, when the profile no longer has a key pair (its public half gone
from the database): saving, finishing or reading its key is refused with a message naming the record. On a real
SQLite file.

Written from the mutation-testing survivors (issue 14, second pass).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nps_trainer.audit import AuditLog
from nps_trainer.identity import KeyStore, SignInService
from nps_trainer.identity.crypto import FAST_TEST_KDF, DecryptionFailed
from nps_trainer.paths import bundled_screening_dir
from nps_trainer.profiles import ProfileService
from nps_trainer.screening import FormLibrary, set_answer
from nps_trainer.screening_records import ScreeningStore
from nps_trainer.storage.database import open_database
from nps_trainer.storage.models import ProfileKey
from nps_trainer.storage.models import ScreeningRecord as RecordRow

FORM = "nps-screening"
PAT_PASS = "pat keeps bees beside the moor"


def test_a_sealed_record_of_a_profile_without_a_key_pair_is_refused_by_number(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'records.sqlite3'}", tmp_path / "backups")
    audit = AuditLog(db)
    profiles = ProfileService(db, audit)
    keys = KeyStore(db, audit, FAST_TEST_KDF)
    forms = FormLibrary.load(bundled_screening_dir())
    pat = profiles.create("Pat", "practitioner")
    keyring = SignInService(profiles, keys).set_passphrase(pat.id, PAT_PASS).keyring
    opened = ScreeningStore(db, audit, forms, keys).create(pat.id, keyring, FORM, "CRN 21")
    with db.session() as session:
        assert session.get(RecordRow, opened.id).key_sealed is not None  # sealed to Pat's key pair
        session.get(ProfileKey, pat.id).public_key = None  # ...which the profile no longer has
    store = ScreeningStore(db, audit, forms, keys)  # another app instance: nothing unsealed yet
    message = f"record {opened.id} is sealed to a key pair this profile does not have"
    record = opened.record
    record.answers = set_answer(record.answers, "any_use_past_year", "yes")
    with pytest.raises(DecryptionFailed) as saving:
        store.save_draft(pat.id, keyring, record)
    assert str(saving.value) == message
    with pytest.raises(DecryptionFailed) as finishing:
        store.finalise(pat.id, keyring, record)
    assert str(finishing.value) == message
    with pytest.raises(DecryptionFailed) as reading:
        store.record_keyring(pat.id, keyring, opened.id)
    assert str(reading.value) == message
    with db.session() as session:  # nothing was written
        row = session.get(RecordRow, opened.id)
        assert (row.status, row.finalised_at) == ("draft", None)
    db.close()


def test_only_the_audit_entry_of_a_move_from_this_profile_says_the_record_was_moved(tmp_path: Path) -> None:
    """A record that is no longer Pat's is 'moved by a manager' only when the audit log has a move-record entry for
    that very record from Pat; an entry for another record, of another kind, with another action or from another
    profile leaves it 'not found'."""
    from nps_trainer.screening_records import RecordMovedAway, RecordNotFound

    db = open_database(f"sqlite:///{tmp_path / 'records.sqlite3'}", tmp_path / "backups")
    audit = AuditLog(db)
    profiles = ProfileService(db, audit)
    keys = KeyStore(db, audit, FAST_TEST_KDF)
    forms = FormLibrary.load(bundled_screening_dir())
    pat, sam = profiles.create("Pat", "practitioner"), profiles.create("Sam", "practitioner")
    keyring = SignInService(profiles, keys).set_passphrase(pat.id, PAT_PASS).keyring
    store = ScreeningStore(db, audit, forms, keys)
    record_id = store.create(pat.id, keyring, FORM, "CRN 22").id
    with db.session() as session:
        session.get(RecordRow, record_id).profile_id = sam.id
    moved = f"from profile {pat.id} to profile {sam.id}"
    near_misses = [
        {"object_type": "profile", "object_id": str(record_id), "action": "move-record", "detail": moved},
        {"object_type": "screening_record", "object_id": str(record_id + 1), "action": "move-record", "detail": moved},
        {"object_type": "screening_record", "object_id": str(record_id), "action": "amend", "detail": moved},
        {"object_type": "screening_record", "object_id": str(record_id), "action": "move-record",
         "detail": f"from profile {sam.id} to profile {pat.id}"},
    ]
    for entry in near_misses:
        audit.record(profile_id=None, **entry)
    with pytest.raises(RecordNotFound) as not_found:
        store.open(pat.id, keyring, record_id)
    assert type(not_found.value) is RecordNotFound
    assert str(not_found.value) == f"No screening record {record_id} for this profile."
    audit.record(profile_id=None, object_type="screening_record", object_id=str(record_id), action="move-record",
                 detail=moved)
    with pytest.raises(RecordMovedAway) as moved_away:
        store.open(pat.id, keyring, record_id)
    assert moved_away.value.record_id == record_id
    db.close()
