"""Survivors of the seeded mutation sample (benchmarks/mutation_sample.py) in the record store, killed here: what a
damaged record says, and what the log says of it (its id and the kind of failure, never its data)."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import update

from nps_trainer.screening_records import RecordDamaged
from nps_trainer.storage.models import ScreeningRecord as RecordRow
from tests.screening_records.test_damaged_records import caseload  # noqa: F401 - the fixture


def test_a_damaged_record_is_logged_by_id_and_explained_in_full(caseload, caplog) -> None:  # noqa: F811
    db, store, profile, keyring, ids = caseload
    with db.session() as session:
        session.execute(update(RecordRow).where(RecordRow.id == ids[0]).values(case_ref_cipher=b"v1.altered"))
    with caplog.at_level(logging.WARNING, logger="nps_trainer.screening_records.store"):
        rows = store.list(profile.id, keyring)
        with pytest.raises(RecordDamaged) as raised:
            store.open(profile.id, keyring, ids[0])
    assert any(row.damaged for row in rows)
    assert f"Screening record {ids[0]} cannot be decrypted; listed as damaged" in caplog.messages
    assert f"Screening record {ids[0]} cannot be decrypted (DecryptionFailed)" in caplog.messages
    assert str(raised.value).endswith(
        "cannot be read: its stored data is damaged or was altered. Your other records are not affected. Ask your "
        "IT support to restore the database from a backup taken before it was damaged; 'nps-trainer db check' "
        "checks the rest of the database.")
