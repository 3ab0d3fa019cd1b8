"""One damaged value doesn't hide a caseload (issue 11, point 7): a record whose ciphertext cannot be read is
listed as damaged, with its id and date, and every other record still lists and opens."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import update

from nps_trainer.audit import AuditLog
from nps_trainer.identity import KeyStore
from nps_trainer.identity.crypto import FAST_TEST_KDF
from nps_trainer.paths import bundled_screening_dir
from nps_trainer.profiles import ProfileService
from nps_trainer.screening import FormLibrary
from nps_trainer.screening_records import RecordDamaged, ScreeningStore
from nps_trainer.storage.database import open_database
from nps_trainer.storage.models import ScreeningRecord as RecordRow

PASSPHRASE = "amber kettle over the moor"


@pytest.fixture
def caseload(database_url: str, tmp_path: Path):
    db = open_database(database_url, tmp_path / "backups")
    audit = AuditLog(db)
    store = ScreeningStore(db, audit, FormLibrary.load(bundled_screening_dir()))
    profile = ProfileService(db).create("Sam", "practitioner")
    keyring = KeyStore(db, audit, FAST_TEST_KDF).set_passphrase(profile.id, PASSPHRASE)
    ids = [store.create(profile.id, keyring, "nps-screening", f"CRN{n}").id for n in range(4)]
    yield db, store, profile, keyring, ids
    db.close()


def _damage(db, record_id: int, **columns: bytes) -> None:
    with db.session() as session:
        session.execute(update(RecordRow).where(RecordRow.id == record_id).values(**columns))


@pytest.mark.parametrize("ciphertext", [
    b"v1.AAAA" + b"B" * 60,  # a flipped byte: the authentication tag no longer matches
    b"\xff\xfe not even text",  # not ASCII
    b"",  # emptied
])
def test_a_record_whose_case_reference_cannot_be_read_is_listed_as_damaged(caseload, ciphertext: bytes) -> None:
    db, store, profile, keyring, ids = caseload
    _damage(db, ids[1], case_ref_cipher=ciphertext)
    rows = {row.id: row for row in store.list(profile.id, keyring)}
    assert sorted(rows) == sorted(ids)  # every record is still listed
    assert rows[ids[1]].damaged and rows[ids[1]].case_reference == "" and rows[ids[1]].created_at is not None
    assert [rows[i].case_reference for i in (ids[0], ids[2], ids[3])] == ["CRN0", "CRN2", "CRN3"]
    assert not any(rows[i].damaged for i in (ids[0], ids[2], ids[3]))
    for other in (ids[0], ids[2], ids[3]):
        assert store.open(profile.id, keyring, other).record.case_reference.startswith("CRN")
    with pytest.raises(RecordDamaged) as raised:
        store.open(profile.id, keyring, ids[1])
    started = rows[ids[1]].created_at.astimezone().strftime("%d/%m/%Y")
    assert str(raised.value).startswith(f"Screening record {ids[1]} (started {started}) cannot be read")
    assert isinstance(raised.value, LookupError)  # shown by the screens as any record that cannot be opened


def test_a_record_whose_answers_cannot_be_read_lists_but_does_not_open(caseload) -> None:
    db, store, profile, keyring, ids = caseload
    _damage(db, ids[2], answers_cipher=b"v1.tampered")
    rows = {row.id: row for row in store.list(profile.id, keyring)}
    assert not rows[ids[2]].damaged and rows[ids[2]].case_reference == "CRN2"  # known until opened
    with pytest.raises(RecordDamaged, match=f"Screening record {ids[2]} "):
        store.open(profile.id, keyring, ids[2])
    assert store.open(profile.id, keyring, ids[3]).record.case_reference == "CRN3"
