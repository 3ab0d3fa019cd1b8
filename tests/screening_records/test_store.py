"""Encrypted screening records on SQLite and PostgreSQL: autosave, finish, amend, list, counts, protection."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from nps_trainer.audit import AuditLog
from nps_trainer.identity import KeyStore
from nps_trainer.identity.crypto import FAST_TEST_KDF, WeakPassphrase, WrongPassphrase
from nps_trainer.paths import bundled_screening_dir
from nps_trainer.profiles import ProfileService
from nps_trainer.screening import FormLibrary, set_answer
from nps_trainer.screening_records import (
    RecordFinalised,
    RecordNotFound,
    ScreeningStore,
)
from nps_trainer.screening_records.store import UNREADABLE_AMENDMENT
from nps_trainer.storage.database import open_database

PASSPHRASE = "amber kettle over the moor"
SECRET_NOTE = "Lives with partner Jolene above the launderette"


@pytest.fixture
def env(database_url: str, tmp_path: Path):
    db = open_database(database_url, tmp_path / "backups")
    audit = AuditLog(db)
    keys = KeyStore(db, audit, FAST_TEST_KDF)
    store = ScreeningStore(db, audit, FormLibrary.load(bundled_screening_dir()))
    profile = ProfileService(db).create("Sam", "practitioner")
    keyring = keys.set_passphrase(profile.id, PASSPHRASE)
    yield db, audit, keys, store, profile, keyring
    db.close()


def _fill(record, **answers):
    for path, value in answers.items():
        record.answers = set_answer(record.answers, path, value)
    return record


def test_passphrase_rules_and_wrong_passphrase(env) -> None:
    db, _audit, keys, _store, profile, _keyring = env
    other = ProfileService(db).create("Alex", "practitioner")
    with pytest.raises(WeakPassphrase):
        keys.set_passphrase(other.id, "short")
    assert not keys.has_passphrase(other.id)
    assert keys.has_passphrase(profile.id)
    with pytest.raises(WrongPassphrase, match="not correct"):
        keys.unlock(profile.id, "amber kettle over the hill")
    assert keys.unlock(profile.id, PASSPHRASE).blind_index("X1") == env[5].blind_index("x 1")
    unlocks = [(e.action, e.profile_id) for e in _audit.entries(object_type="profile")]
    assert unlocks == [("set-passphrase", profile.id), ("unlock-failed", profile.id), ("unlock", profile.id)]


def test_draft_saved_on_every_change_and_reopened(env) -> None:
    _db, _audit, _keys, store, profile, keyring = env
    opened = store.create(profile.id, keyring, "nps-screening", "  CRN  X123456 ")
    assert opened.record.case_reference == "CRN X123456"
    record = _fill(opened.record, any_use_past_year="yes", notes=SECRET_NOTE)
    store.save_draft(profile.id, keyring, record)
    again = store.open(profile.id, keyring, opened.id)
    assert again.status == "draft" and not again.read_only
    assert again.record.answers["notes"] == SECRET_NOTE
    assert again.record.form_version == opened.form.version


def test_finished_record_is_read_only_and_amendments_keep_who_when_why(env) -> None:
    _db, audit, _keys, store, profile, keyring = env
    opened = store.create(profile.id, keyring, "nps-screening", "X1")
    record = _fill(opened.record, any_use_past_year="yes")
    store.finalise(profile.id, keyring, record)
    with pytest.raises(RecordFinalised):
        store.save_draft(profile.id, keyring, record)
    with pytest.raises(ValueError, match="reason"):
        store.amend(profile.id, keyring, record, "typo")
    record = _fill(record, any_use_past_year="no")
    amendment = store.amend(profile.id, keyring, record, "Corrected after checking with the drug service")
    assert amendment.changes == [{"path": "answers.any_use_past_year", "before": "yes", "after": "no"}]
    reopened = store.open(profile.id, keyring, opened.id)
    assert reopened.read_only
    [shown] = reopened.amendments
    assert shown.profile_id == profile.id and shown.reason.startswith("Corrected") and shown.at is not None
    actions = [(e.action, e.object_id) for e in audit.entries(object_type="screening_record")]
    assert actions == [("create", str(opened.id)), ("finalise", str(opened.id)), ("amend", str(opened.id)),
                       ("open", str(opened.id))]
    assert audit.verify() == []


def test_amendments_written_before_the_binding_still_read(env) -> None:
    """The first build encrypted amendments under plain field names; they must not look tampered with."""
    from sqlalchemy import select

    from nps_trainer.storage.models import ScreeningAmendment

    db, _audit, _keys, store, profile, keyring = env
    opened = store.create(profile.id, keyring, "nps-screening", "X3")
    record = _fill(opened.record, any_use_past_year="yes")
    store.finalise(profile.id, keyring, record)
    record = _fill(record, any_use_past_year="no")
    store.amend(profile.id, keyring, record, "Corrected before the binding existed")
    changes = [{"path": "answers.any_use_past_year", "before": "yes", "after": "no"}]
    rid = str(opened.id)
    record_keyring = store.record_keyring(profile.id, keyring, opened.id)  # since 0.3 each record has its own key
    with db.session() as session:  # as the first build wrote it (field names without the time and author)
        row = session.scalars(select(ScreeningAmendment)).one()
        row.reason_cipher = record_keyring.encrypt_json("Corrected before the binding existed", record_id=rid,
                                                        field="amendment_reason").encode("ascii")
        row.changes_cipher = record_keyring.encrypt_json(changes, record_id=rid,
                                                         field="amendment_changes").encode("ascii")
    [shown] = store.open(profile.id, keyring, opened.id).amendments
    assert shown.reason == "Corrected before the binding existed" and shown.changes == changes


def test_an_amendment_moved_or_re_attributed_no_longer_reads(env) -> None:
    """Who, when and why belong together: swapping two amendments' texts, or changing who made one, is shown
    as tampering instead of putting a reason against the wrong time or person."""
    from sqlalchemy import select, update

    from nps_trainer.storage.models import ScreeningAmendment

    db, _audit, _keys, store, profile, keyring = env
    other = ProfileService(db).create("Alex", "practitioner")
    opened = store.create(profile.id, keyring, "nps-screening", "X2")
    record = _fill(opened.record, any_use_past_year="yes")
    store.finalise(profile.id, keyring, record)
    for answer, reason in (("no", "First correction after a call"), ("yes", "Second correction, on review"),
                           ("no", "Third correction, stays as it is")):
        record = _fill(record, any_use_past_year=answer)
        store.amend(profile.id, keyring, record, reason)
    with db.session() as session:
        first, second, third = session.scalars(select(ScreeningAmendment).order_by(ScreeningAmendment.id)).all()
        first.reason_cipher, second.reason_cipher = second.reason_cipher, first.reason_cipher
        session.execute(update(ScreeningAmendment).where(ScreeningAmendment.id == third.id)
                        .values(profile_id=other.id))
    shown = store.open(profile.id, keyring, opened.id).amendments
    assert [a.reason for a in shown] == [UNREADABLE_AMENDMENT] * 3
    assert all(a.changes == [] for a in shown)


def test_list_filters_by_case_reference_status_date_and_flag(env) -> None:
    _db, _audit, _keys, store, profile, keyring = env
    first = store.create(profile.id, keyring, "nps-screening", "A100")
    second = store.create(profile.id, keyring, "nps-screening", "B200")
    record = _fill(second.record, any_use_past_year=True, **{"substances[0].category": "heroin"},
                   recent_release=True, naloxone_held=False)
    store.save_draft(profile.id, keyring, record)
    store.finalise(profile.id, keyring, first.record)
    rows = store.list(profile.id, keyring)
    assert {r.case_reference for r in rows} == {"A100", "B200"}
    assert [r.case_reference for r in store.list(profile.id, keyring, case_reference="b 200")] == ["B200"]
    assert [r.case_reference for r in store.list(profile.id, keyring, status="final")] == ["A100"]
    flagged = [r for r in rows if r.flags]
    assert flagged and flagged[0].case_reference == "B200"
    flag = flagged[0].flags[0]
    assert [r.case_reference for r in store.list(profile.id, keyring, flag=flag)] == ["B200"]
    today = date.today()
    assert len(store.list(profile.id, keyring, date_from=today - timedelta(days=1), date_to=today)) == 2
    assert store.list(profile.id, keyring, date_from=today + timedelta(days=1)) == []


def test_records_belong_to_their_profile(env) -> None:
    db, _audit, keys, store, profile, keyring = env
    opened = store.create(profile.id, keyring, "nps-screening", "A100")
    other = ProfileService(db).create("Alex", "practitioner")
    other_keyring = keys.set_passphrase(other.id, "another long passphrase")
    assert store.list(other.id, other_keyring) == []
    with pytest.raises(RecordNotFound):
        store.open(other.id, other_keyring, opened.id)


def test_the_database_file_holds_no_answer_text_or_case_reference(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'p.sqlite3'}"
    db = open_database(url, tmp_path / "backups")
    audit = AuditLog(db)
    profile = ProfileService(db).create("Sam", "practitioner")
    keyring = KeyStore(db, audit, FAST_TEST_KDF).set_passphrase(profile.id, PASSPHRASE)
    store = ScreeningStore(db, audit, FormLibrary.load(bundled_screening_dir()))
    opened = store.create(profile.id, keyring, "nps-screening", "ZQ987654")
    record = _fill(opened.record, any_use_past_year="yes", notes=SECRET_NOTE)
    store.finalise(profile.id, keyring, record)
    record = _fill(record, notes=SECRET_NOTE + " (amended)")
    store.amend(profile.id, keyring, record, "Wrong flat number recorded by mistake")
    db.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("p.sqlite3*"))
    for secret in ("ZQ987654", "Jolene", "launderette", "Wrong flat number", PASSPHRASE):
        assert secret.encode() not in raw, secret


KILLED_SCREENING = """
import os, signal, sys
from pathlib import Path
from nps_trainer.audit import AuditLog
from nps_trainer.paths import bundled_screening_dir
from nps_trainer.profiles import ProfileService
from nps_trainer.screening import FormLibrary, set_answer
from nps_trainer.identity.crypto import FAST_TEST_KDF
from nps_trainer.identity import KeyStore
from nps_trainer.screening_records import ScreeningStore
from nps_trainer.storage.database import open_database

db = open_database(sys.argv[1], Path(sys.argv[2]))
audit = AuditLog(db)
profile = ProfileService(db).create("Sam", "practitioner")
keyring = KeyStore(db, audit, FAST_TEST_KDF).set_passphrase(profile.id, sys.argv[3])
store = ScreeningStore(db, audit, FormLibrary.load(bundled_screening_dir()))
opened = store.create(profile.id, keyring, "nps-screening", "K55")
record = opened.record
for path, value in (("any_use_past_year", "yes"), ("substances[0].category", "heroin"), ("notes", "first")):
    record.answers = set_answer(record.answers, path, value)
    store.save_draft(profile.id, keyring, record)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_draft_resumes_in_a_new_process_after_the_first_was_killed(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'k.sqlite3'}"
    result = subprocess.run([sys.executable, "-c", KILLED_SCREENING, url, str(tmp_path / "b"), PASSPHRASE])
    assert result.returncode == -9
    db = open_database(url, tmp_path / "b")
    try:
        audit = AuditLog(db)
        [profile] = ProfileService(db).list()
        keyring = KeyStore(db, audit, FAST_TEST_KDF).unlock(profile.id, PASSPHRASE)
        store = ScreeningStore(db, audit, FormLibrary.load(bundled_screening_dir()))
        [row] = store.list(profile.id, keyring)
        assert row.case_reference == "K55" and row.status == "draft"
        record = store.open(profile.id, keyring, row.id).record
        assert record.answers["notes"] == "first"
        assert record.answers["substances"][0]["category"] == "heroin"
    finally:
        db.close()
