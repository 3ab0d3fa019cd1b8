"""Each record's own key, pinned where mutation testing found it loose: the recovery key's fingerprint and when it
is trusted, sealing to it (and refusing an altered one), opening a seal with raw bytes or an Unsealer, a sealed
value that is not a record key, and moving a record made before 0.3 to a key of its own, amendments included."""

from __future__ import annotations

import hashlib
import logging
from datetime import timedelta
from pathlib import Path

import pytest

from nps_trainer.audit import AuditLog
from nps_trainer.clock import utcnow
from nps_trainer.identity import KeyStore, SignInService
from nps_trainer.identity.crypto import FAST_TEST_KDF, DecryptionFailed, Keyring
from nps_trainer.identity.sealing import Unsealer, new_key_pair, seal, unseal
from nps_trainer.paths import bundled_screening_dir
from nps_trainer.profiles import ProfileService
from nps_trainer.screening import FormLibrary
from nps_trainer.screening_records import ScreeningStore
from nps_trainer.screening_records.record_keys import (
    RecordKey,
    convert_legacy,
    fingerprint,
    is_trusted,
    open_seal,
    purpose,
    seal_to,
    seal_to_recovery,
)
from nps_trainer.screening_records.store import amendment_fields
from nps_trainer.storage.database import open_database
from nps_trainer.storage.models import RecoveryKey, ScreeningAmendment
from nps_trainer.storage.models import ScreeningRecord as RecordRow

FORM = "nps-screening"


def _recovery(public: bytes, key_id: str | None = None) -> RecoveryKey:
    return RecoveryKey(key_id=fingerprint(public) if key_id is None else key_id, public_key=public)


def test_a_fingerprint_is_the_first_16_hex_digits_of_the_public_halfs_sha256() -> None:
    public = bytes(range(32))
    assert fingerprint(public) == hashlib.sha256(public).hexdigest()[:16]
    assert fingerprint(bytearray(public)) == fingerprint(public) and len(fingerprint(public)) == 16


def test_only_a_recovery_key_whose_id_is_its_fingerprint_is_trusted() -> None:
    _private, public = new_key_pair()
    assert is_trusted(_recovery(public)) is True
    assert is_trusted(_recovery(public, "0123456789abcdef")) is False
    assert is_trusted(None) is False


def test_a_record_key_never_shows_its_bytes() -> None:
    key = RecordKey.new()
    assert repr(key) == "RecordKey(<unsealed>)" and key.raw.hex() not in repr(key)
    raw = bytes(range(32))
    again = RecordKey.of(raw)
    assert again.raw == raw
    assert Keyring(raw).decrypt_json(again.keyring.encrypt_json("x", record_id="1", field="f"),
                                     record_id="1", field="f") == "x"


def test_a_seal_opens_with_the_raw_private_key_or_an_unsealer_for_its_record_only() -> None:
    private, public = new_key_pair()
    key = RecordKey.new()
    sealed = seal_to(key, public, 7)
    assert open_seal(sealed, private, 7).raw == key.raw
    assert open_seal(sealed, Unsealer(private), "7").raw == key.raw
    with pytest.raises(DecryptionFailed):
        open_seal(sealed, private, 8)


def test_a_sealed_value_that_is_not_a_record_key_is_refused_by_name() -> None:
    private, public = new_key_pair()
    short = seal(b"sixteen byte key", public, purpose=purpose(7))
    with pytest.raises(DecryptionFailed) as refused:
        open_seal(short, private, 7)
    assert str(refused.value) == "the sealed key of record 7 is not a record key"


def test_sealing_to_a_trusted_recovery_key_notes_which_key(caplog) -> None:
    recovery_private, public = new_key_pair()
    recovery = _recovery(public)
    row = RecordRow(id=12)
    key = RecordKey.new()
    assert seal_to_recovery(row, key, recovery) is True
    assert row.recovery_key_id == recovery.key_id
    assert unseal(row.key_sealed_recovery, recovery_private, purpose=purpose(12)) == key.raw
    assert seal_to_recovery(RecordRow(id=13), key, None) is False


def test_nothing_is_sealed_to_a_recovery_key_whose_public_half_was_swapped(caplog) -> None:
    _private, public = new_key_pair()
    genuine = fingerprint(new_key_pair()[1])
    row = RecordRow(id=12)
    with caplog.at_level(logging.WARNING, logger="nps_trainer.screening_records.record_keys"):
        assert seal_to_recovery(row, RecordKey.new(), _recovery(public, genuine)) is False
    assert row.key_sealed_recovery is None and row.recovery_key_id is None
    assert [r.getMessage() for r in caplog.records] == [
        f"The recovery key {genuine} does not match its fingerprint: nothing is sealed to it"]


# -- moving a record made before 0.3 to a key of its own --------------------------------------------------------

def _old_record(tmp_path: Path):
    """A finished record of 0.2's layout in a real SQLite file, with two amendments: one bound to its time and
    author, one under the plain field names used before that binding."""
    db = open_database(f"sqlite:///{tmp_path / 'records.sqlite3'}", tmp_path / "backups")
    audit = AuditLog(db)
    profiles = ProfileService(db, audit)
    keys = KeyStore(db, audit, FAST_TEST_KDF)
    pat = profiles.create("Pat", "practitioner")
    keyring = SignInService(profiles, keys).set_passphrase(pat.id, "pat keeps bees beside the moor").keyring
    store = ScreeningStore(db, audit, FormLibrary.load(bundled_screening_dir()), keys)
    now = utcnow()
    with db.session() as session:
        row = RecordRow(profile_id=pat.id, form_id=FORM, form_version=store.forms.latest(FORM).version,
                        status="final", created_at=now, updated_at=now, finalised_at=now,
                        month=now.strftime("%Y-%m"), categories={}, flags=[])
        session.add(row)
        session.flush()
        rid = str(row.id)
        row.case_ref_cipher = keyring.encrypt_json("OLD 1", record_id=rid, field="case_reference").encode()
        row.case_ref_index = keyring.blind_index("OLD 1")
        row.answers_cipher = keyring.encrypt_json({"answers": {"any_use_past_year": "no"}, "overrides": {}},
                                                  record_id=rid, field="answers").encode()
        for minutes, reason, plain in ((10, "Plain fields before 0.1", True),
                                       (5, "Bound to its time and author", False)):
            amendment = ScreeningAmendment(record_id=row.id, profile_id=pat.id, at=now - timedelta(minutes=minutes))
            reason_field, changes_field = amendment_fields(amendment)[1 if plain else 0]
            amendment.reason_cipher = keyring.encrypt_json(reason, record_id=rid, field=reason_field).encode()
            amendment.changes_cipher = keyring.encrypt_json(
                [{"path": "answers.any_use_past_year", "before": "yes", "after": f"no ({minutes})"}],
                record_id=rid, field=changes_field).encode()
            session.add(amendment)
        record_id = row.id
    return db, store, pat.id, keyring, keys, record_id


def test_an_old_record_with_both_kinds_of_amendment_converts_and_reads_whole(tmp_path: Path) -> None:
    db, store, profile_id, keyring, keys, record_id = _old_record(tmp_path)
    recovery_private, public = new_key_pair()
    recovery = _recovery(public)
    owner_public, owner_private = keys.public_key(profile_id), keys.private_key(keyring)
    with db.session() as session:
        row = session.get(RecordRow, record_id)
        key = convert_legacy(row, keyring, owner_public, recovery, amendment_fields)
        assert unseal(row.key_sealed, owner_private, purpose=purpose(record_id)) == key.raw
        assert unseal(row.key_sealed_recovery, recovery_private, purpose=purpose(record_id)) == key.raw
        assert row.recovery_key_id == recovery.key_id
        rid = str(record_id)
        assert key.keyring.decrypt_json(row.case_ref_cipher.decode(), record_id=rid, field="case_reference") == "OLD 1"
        assert key.keyring.decrypt_json(row.answers_cipher.decode(), record_id=rid, field="answers") == {
            "answers": {"any_use_past_year": "no"}, "overrides": {}}
        with pytest.raises(DecryptionFailed):  # the data key no longer reads it
            keyring.decrypt_json(row.answers_cipher.decode(), record_id=rid, field="answers")
    opened = ScreeningStore(db, store._audit, store.forms, keys).open(profile_id, keyring, record_id)
    assert opened.record.case_reference == "OLD 1"
    assert [(a.reason, a.changes) for a in opened.amendments] == [
        ("Plain fields before 0.1", [{"path": "answers.any_use_past_year", "before": "yes", "after": "no (10)"}]),
        ("Bound to its time and author",
         [{"path": "answers.any_use_past_year", "before": "yes", "after": "no (5)"}])]
    db.close()


@pytest.mark.parametrize("damaged", ["case_ref_cipher", "answers_cipher"])
def test_an_old_record_that_does_not_decrypt_is_left_as_it_was(tmp_path: Path, damaged: str) -> None:
    db, _store, profile_id, keyring, keys, record_id = _old_record(tmp_path)
    owner_public = keys.public_key(profile_id)
    with db.session() as session:
        row = session.get(RecordRow, record_id)
        setattr(row, damaged, b"v1.altered")
        before = (row.case_ref_cipher, row.answers_cipher)
        with pytest.raises(DecryptionFailed):
            convert_legacy(row, keyring, owner_public, None, amendment_fields)
        assert (row.case_ref_cipher, row.answers_cipher, row.key_sealed) == (*before, None)
    db.close()


def test_an_old_record_is_read_under_its_own_number(tmp_path: Path) -> None:
    """The record's number is part of what each field is bound to: converting reads and writes under it."""
    db, store, profile_id, keyring, keys, record_id = _old_record(tmp_path)
    assert store.bring_up_to_date(profile_id, keyring).converted == 1
    opened = ScreeningStore(db, store._audit, store.forms, keys).open(profile_id, keyring, record_id)
    assert opened.record.answers == {"any_use_past_year": "no"}
    db.close()
