"""The screening record store, pinned where mutation testing found it loose (second pass): bringing records up to
date (keys of their own, recovery seals, blind indexes) with its exact counts, audit entries and batches; records
made before 0.3 read, saved, finished and amended before they are converted; the refusals for a record lost at a
passphrase reset or moved to another practitioner; and keys kept once unsealed. On real SQLite files."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from nps_trainer.audit import AuditLog
from nps_trainer.clock import utcnow
from nps_trainer.identity import KeyStore, SignInService
from nps_trainer.identity.crypto import FAST_TEST_KDF, Keyring
from nps_trainer.identity.sealing import new_key_pair, unseal
from nps_trainer.paths import bundled_screening_dir
from nps_trainer.profiles import ProfileInfo, ProfileService
from nps_trainer.recovery import RecoveryService
from nps_trainer.recovery import key as recovery_key_module
from nps_trainer.screening import FormLibrary, ScreeningRecord, set_answer
from nps_trainer.screening_records import (
    RecordLost,
    RecordMovedAway,
    RecordNotFound,
    ScreeningStore,
)
from nps_trainer.screening_records import store as store_module
from nps_trainer.screening_records.record_keys import purpose
from nps_trainer.screening_records.store import UNREADABLE_AMENDMENT, UpgradeResult, _amendment_field
from nps_trainer.storage.database import Database, open_database
from nps_trainer.storage.models import AuditEntry, ProfileKey, RecoveryKey, ScreeningAmendment
from nps_trainer.storage.models import ScreeningRecord as RecordRow

FORM = "nps-screening"
MANAGER_PASS = "the manager walks the long canal"
PAT_PASS = "pat keeps bees beside the moor"
SAM_PASS = "sam reads maps by lamplight"
RECOVERY = "four managers hold this one phrase"
NEW_PAT_PASS = "pat now grows beans by the canal"


@dataclass
class Env:
    db: Database
    audit: AuditLog
    keys: KeyStore
    signin: SignInService
    store: ScreeningStore
    recovery: RecoveryService
    manager: ProfileInfo
    pat: ProfileInfo
    sam: ProfileInfo
    pat_keys: Keyring
    sam_keys: Keyring

    def fresh_store(self) -> ScreeningStore:
        """Another app instance's store: nothing unsealed or remembered yet."""
        return ScreeningStore(self.db, self.audit, self.store.forms, self.keys)


@pytest.fixture
def env(tmp_path: Path) -> Iterator[Env]:
    yield from _env(f"sqlite:///{tmp_path / 'records.sqlite3'}", tmp_path)


def _env(url: str, tmp_path: Path) -> Iterator[Env]:
    db = open_database(url, tmp_path / "backups")
    audit = AuditLog(db)
    profiles = ProfileService(db, audit)
    keys = KeyStore(db, audit, FAST_TEST_KDF)
    signin = SignInService(profiles, keys)
    store = ScreeningStore(db, audit, FormLibrary.load(bundled_screening_dir()), keys)
    manager = profiles.create("Morgan", "manager")
    signin.set_passphrase(manager.id, MANAGER_PASS)
    pat = profiles.create("Pat", "practitioner")
    sam = profiles.create("Sam", "practitioner")
    pat_keys = signin.set_passphrase(pat.id, PAT_PASS).keyring
    sam_keys = signin.set_passphrase(sam.id, SAM_PASS).keyring
    yield Env(db, audit, keys, signin, store, RecoveryService(db, audit, profiles, FAST_TEST_KDF),
              profiles.get(manager.id), profiles.get(pat.id), profiles.get(sam.id), pat_keys, sam_keys)
    db.close()


def _row(env: Env, record_id: int) -> RecordRow:
    with env.db.session() as session:
        row = session.get(RecordRow, record_id)
        assert row is not None
        return row


def _fill(record: ScreeningRecord, **answers: object) -> ScreeningRecord:
    for path, value in answers.items():
        record.answers = set_answer(record.answers, path, value)
    return record


def _screen(env: Env, reference: str) -> int:
    """A draft of Pat's with one answer, made through the store (its own key, sealed as the store seals)."""
    opened = env.store.create(env.pat.id, env.pat_keys, FORM, reference)
    env.store.save_draft(env.pat.id, env.pat_keys, _fill(opened.record, any_use_past_year="yes"))
    return opened.id


def _legacy(env: Env, reference: str, *, status: str = "final", indexed: bool = True,
            plain_amendment: bool = False) -> int:
    """A record of Pat's written as 0.2 wrote it: everything encrypted with the data key, no sealed key, and (when
    finished) one amendment bound to its time and author, or (``plain_amendment``) under the plain field names
    used before that binding. ``indexed=False``: no blind index, as a record moved to Pat."""
    keyring, profile_id = env.pat_keys, env.pat.id
    now = utcnow()
    with env.db.session() as session:
        row = RecordRow(profile_id=profile_id, form_id=FORM, form_version=env.store.forms.latest(FORM).version,
                        status=status, created_at=now, updated_at=now,
                        finalised_at=now if status == "final" else None,
                        month=now.astimezone().strftime("%Y-%m"), categories={}, flags=[])
        session.add(row)
        session.flush()
        rid = str(row.id)
        row.case_ref_cipher = keyring.encrypt_json(reference, record_id=rid, field="case_reference").encode()
        row.case_ref_index = keyring.blind_index(reference) if indexed else None
        row.answers_cipher = keyring.encrypt_json({"answers": {"any_use_past_year": "no"}, "overrides": {}},
                                                  record_id=rid, field="answers").encode()
        if status == "final":
            at = now - timedelta(minutes=5)
            changes = [{"path": "answers.any_use_past_year", "before": "yes", "after": "no"}]
            reason_field, changes_field = (("amendment_reason", "amendment_changes") if plain_amendment else
                                           (_amendment_field("amendment_reason", at, profile_id),
                                            _amendment_field("amendment_changes", at, profile_id)))
            session.add(ScreeningAmendment(
                record_id=row.id, profile_id=profile_id, at=at,
                reason_cipher=keyring.encrypt_json("Misheard at the first interview", record_id=rid,
                                                   field=reason_field).encode(),
                changes_cipher=keyring.encrypt_json(changes, record_id=rid, field=changes_field).encode()))
        return row.id


def _upgrades(env: Env) -> list[tuple[int | None, str | None, str]]:
    """The 'upgrade-key' audit entries: who, which record, what was done."""
    return [(e.profile_id, e.object_id, e.detail) for e in env.audit.entries(object_type="screening_record")
            if e.action == "upgrade-key"]


def _recovery_private(env: Env) -> bytes:
    with env.db.session() as session:
        row = session.scalars(select(RecoveryKey).where(RecoveryKey.retired_at.is_(None))).one()
    return recovery_key_module.open_recovery_key(row, RECOVERY).private_key


def _own_key(env: Env, record_id: int) -> bytes:
    return unseal(_row(env, record_id).key_sealed, env.keys.private_key(env.pat_keys), purpose=purpose(record_id))


def _swap_public_half(env: Env, key_id: str) -> None:
    """A database writer's change: their own public half in the recovery key's row, its id kept."""
    _private, public = new_key_pair()
    with env.db.session() as session:
        session.get(RecoveryKey, key_id).public_key = public


# -- bringing records up to date: what is done, counted and audited -------------------------------------------

def test_every_kind_of_upgrade_is_counted_and_audited_per_record(env: Env) -> None:
    key_id = env.recovery.set_up(env.manager, RECOVERY)
    old = [_legacy(env, "OLD 1", indexed=False), _legacy(env, "OLD 2", indexed=False)]
    broken = _legacy(env, "OLD 3")
    with env.db.session() as session:
        session.get(RecordRow, broken).answers_cipher = b"v1.altered"
    result = env.fresh_store().bring_up_to_date(env.pat.id, env.pat_keys)
    assert result == UpgradeResult(converted=2, recovery_sealed=2, reindexed=2, skipped=1)
    assert _upgrades(env) == [(env.pat.id, str(i), "own key, sealed to recovery key, blind index") for i in old]
    for record_id, reference in zip(old, ("OLD 1", "OLD 2"), strict=True):
        row = _row(env, record_id)
        assert row.recovery_key_id == key_id
        assert row.case_ref_index == env.pat_keys.blind_index(reference)
        own = _own_key(env, record_id)
        assert unseal(row.key_sealed_recovery, _recovery_private(env), purpose=purpose(record_id)) == own
        assert Keyring(own).decrypt_json(row.case_ref_cipher.decode(), record_id=str(record_id),
                                         field="case_reference") == reference
    assert _row(env, broken).key_sealed is None  # left as it was


def test_a_record_sealed_before_the_recovery_key_is_sealed_to_it_and_nothing_else(env: Env) -> None:
    first = _screen(env, "CRN 1")
    second = _screen(env, "CRN 2")
    key_id = env.recovery.set_up(env.manager, RECOVERY)
    store = env.fresh_store()  # opens each record's seal afresh
    assert store.bring_up_to_date(env.pat.id, env.pat_keys) == UpgradeResult(recovery_sealed=2)
    assert _upgrades(env) == [(env.pat.id, str(i), "sealed to recovery key") for i in (first, second)]
    for record_id in (first, second):
        row = _row(env, record_id)
        assert row.recovery_key_id == key_id
        assert unseal(row.key_sealed_recovery, _recovery_private(env), purpose=purpose(record_id)) == _own_key(
            env, record_id)
    assert store.bring_up_to_date(env.pat.id, env.pat_keys) == UpgradeResult()  # nothing left to do


def test_a_record_sealed_to_another_recovery_key_is_sealed_to_the_current_one(env: Env) -> None:
    key_id = env.recovery.set_up(env.manager, RECOVERY)
    record_id = _screen(env, "CRN 5")
    untouched = _screen(env, "CRN 6")
    with env.db.session() as session:  # as if sealed to a key since replaced
        session.get(RecordRow, record_id).recovery_key_id = "0123456789abcdef"
    assert env.fresh_store().bring_up_to_date(env.pat.id, env.pat_keys) == UpgradeResult(recovery_sealed=1)
    row = _row(env, record_id)
    assert row.recovery_key_id == key_id
    assert unseal(row.key_sealed_recovery, _recovery_private(env), purpose=purpose(record_id)) == _own_key(
        env, record_id)
    assert _upgrades(env) == [(env.pat.id, str(record_id), "sealed to recovery key")]
    assert _row(env, untouched).recovery_key_id == key_id


@pytest.mark.parametrize("with_recovery_key", [False, True])
def test_a_record_moved_here_without_a_blind_index_gets_the_owners(env: Env, with_recovery_key: bool) -> None:
    if with_recovery_key:
        env.recovery.set_up(env.manager, RECOVERY)
    record_id = _screen(env, "CRN 8")
    other = _screen(env, "CRN 9")
    with env.db.session() as session:
        session.get(RecordRow, record_id).case_ref_index = None
    store = env.fresh_store()
    assert store.bring_up_to_date(env.pat.id, env.pat_keys) == UpgradeResult(reindexed=1)
    assert _row(env, record_id).case_ref_index == env.pat_keys.blind_index("CRN 8")
    assert [r.id for r in store.list(env.pat.id, env.pat_keys, case_reference="crn8")] == [record_id]
    assert _upgrades(env) == [(env.pat.id, str(record_id), "blind index")]
    assert _row(env, other).case_ref_index == env.pat_keys.blind_index("CRN 9")


def test_a_record_made_before_0_3_without_a_recovery_key_gets_its_own_key_only(env: Env) -> None:
    record_id = _legacy(env, "OLD 4", indexed=False)
    store = env.fresh_store()
    assert store.bring_up_to_date(env.pat.id, env.pat_keys) == UpgradeResult(converted=1, reindexed=1)
    row = _row(env, record_id)
    assert row.key_sealed_recovery is None and row.recovery_key_id is None
    assert _upgrades(env) == [(env.pat.id, str(record_id), "own key, blind index")]
    assert env.fresh_store().open(env.pat.id, env.pat_keys, record_id).record.case_reference == "OLD 4"


def test_a_record_that_does_not_decrypt_is_skipped_once_and_logged(env: Env, caplog) -> None:
    bad = _screen(env, "CRN 10")
    with env.db.session() as session:
        row = session.get(RecordRow, bad)
        row.case_ref_index = None  # something to do...
        row.case_ref_cipher = b"v1.altered"  # ... that cannot be done
    store = env.fresh_store()
    with caplog.at_level(logging.WARNING, logger="nps_trainer.screening_records.store"):
        assert store.bring_up_to_date(env.pat.id, env.pat_keys) == UpgradeResult(skipped=1)
    assert [r.getMessage() for r in caplog.records if "brought up to date" in r.getMessage()] == [
        f"Screening record {bad} cannot be brought up to date (DecryptionFailed)"]
    assert _upgrades(env) == []
    # Not tried again by this instance: it lists as damaged and nothing more is counted or logged.
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="nps_trainer.screening_records.store"):
        assert store.bring_up_to_date(env.pat.id, env.pat_keys) == UpgradeResult()
    assert not [r for r in caplog.records if "brought up to date" in r.getMessage()]
    assert [(r.id, r.damaged, r.lost) for r in store.list(env.pat.id, env.pat_keys)] == [(bad, True, False)]


def test_only_the_profiles_own_records_are_brought_up_to_date(env: Env) -> None:
    mine = _legacy(env, "OLD 5")
    with env.db.session() as session:  # a record of Sam's made before 0.3
        row = session.get(RecordRow, _legacy(env, "OLD 6"))
        row.profile_id = env.sam.id
        theirs = row.id
    assert env.fresh_store().bring_up_to_date(env.pat.id, env.pat_keys) == UpgradeResult(converted=1)
    assert _row(env, mine).key_sealed is not None and _row(env, theirs).key_sealed is None


def test_a_profile_without_a_key_pair_is_not_brought_up_to_date(env: Env) -> None:
    record_id = _legacy(env, "OLD 7")
    with env.db.session() as session:  # as a profile that has not signed in since before 0.3
        session.get(ProfileKey, env.pat.id).public_key = None
    store = env.fresh_store()
    assert store.bring_up_to_date(env.pat.id, env.pat_keys) == UpgradeResult()
    assert _row(env, record_id).key_sealed is None
    # Its new records keep the layout it had, and read back.
    opened = store.create(env.pat.id, env.pat_keys, FORM, "CRN 12")
    assert _row(env, opened.id).key_sealed is None
    assert env.pat_keys.decrypt_json(_row(env, opened.id).case_ref_cipher.decode(), record_id=str(opened.id),
                                     field="case_reference") == "CRN 12"
    assert store.open(env.pat.id, env.pat_keys, opened.id).record.case_reference == "CRN 12"


def test_a_sealed_record_of_a_profile_without_a_key_pair_lists_as_damaged(env: Env) -> None:
    record_id = _screen(env, "CRN 13")
    with env.db.session() as session:
        session.get(ProfileKey, env.pat.id).public_key = None
    [row] = env.fresh_store().list(env.pat.id, env.pat_keys)
    assert (row.id, row.case_reference, row.damaged, row.lost) == (record_id, "", True, False)


# -- batches and the time budget ------------------------------------------------------------------------------

def test_batches_cover_every_record_once(env: Env, monkeypatch) -> None:
    monkeypatch.setattr(store_module, "UPGRADE_BATCH", 2)
    first = _legacy(env, "OLD 10")
    broken = _legacy(env, "OLD 11")
    rest = [_legacy(env, "OLD 12"), _legacy(env, "OLD 13"), _legacy(env, "OLD 14")]
    with env.db.session() as session:
        session.get(RecordRow, broken).answers_cipher = b"v1.altered"
    result = env.fresh_store().bring_up_to_date(env.pat.id, env.pat_keys)
    assert result == UpgradeResult(converted=4, skipped=1)
    assert [i for _who, i, _what in _upgrades(env)] == [str(i) for i in (first, *rest)]


def test_a_listing_converts_in_batches_until_its_budget_is_spent(env: Env, monkeypatch) -> None:
    monkeypatch.setattr(store_module, "UPGRADE_BATCH", 2)
    monkeypatch.setattr(store_module, "UPGRADE_BUDGET_SECONDS", 0.0)  # one batch per listing
    ids = [_legacy(env, f"OLD {n}") for n in range(5)]
    store = env.fresh_store()
    for converted in (2, 4, 5):
        rows = store.list(env.pat.id, env.pat_keys)
        assert sorted((r.case_reference, r.damaged) for r in rows) == [(f"OLD {n}", False) for n in range(5)]
        assert [_row(env, i).key_sealed is not None for i in ids] == [n < converted for n in range(5)]


def test_a_generous_budget_converts_every_batch_in_one_listing(env: Env, monkeypatch) -> None:
    monkeypatch.setattr(store_module, "UPGRADE_BATCH", 2)
    monkeypatch.setattr(store_module, "UPGRADE_BUDGET_SECONDS", 600.0)
    ids = [_legacy(env, f"OLD {n}") for n in range(5)]
    env.fresh_store().list(env.pat.id, env.pat_keys)
    assert all(_row(env, i).key_sealed is not None for i in ids)


def test_a_spent_budget_returns_what_was_done(env: Env, monkeypatch) -> None:
    monkeypatch.setattr(store_module, "UPGRADE_BATCH", 2)
    ids = [_legacy(env, f"OLD {n}") for n in range(3)]
    store = env.fresh_store()
    assert store.bring_up_to_date(env.pat.id, env.pat_keys, budget_seconds=0.0) == UpgradeResult(converted=2)
    assert store.bring_up_to_date(env.pat.id, env.pat_keys, budget_seconds=0.0) == UpgradeResult(converted=1)
    assert all(_row(env, i).key_sealed is not None for i in ids)


def test_the_budget_is_spent_only_once_more_than_it_has_passed(env: Env, monkeypatch) -> None:
    """On a clock that has not moved, a budget of nothing is not yet exceeded: every batch is done."""
    monkeypatch.setattr(store_module, "UPGRADE_BATCH", 2)
    monkeypatch.setattr(store_module, "monotonic", lambda: 1000.0)
    ids = [_legacy(env, f"OLD {n}") for n in range(3)]
    assert env.fresh_store().bring_up_to_date(env.pat.id, env.pat_keys, budget_seconds=0.0) == UpgradeResult(
        converted=3)
    assert all(_row(env, i).key_sealed is not None for i in ids)


def test_a_record_moved_away_between_batches_is_left_to_its_new_owner(env: Env, monkeypatch) -> None:
    """The ids are read first, each batch later: a record a manager moved meanwhile is not converted for Pat."""
    record_id = _legacy(env, "OLD 20")
    store = env.fresh_store()
    calls = []
    real = store._recovery_key

    def moving_meanwhile(session, profile_id):
        calls.append(profile_id)
        if len(calls) == 2:  # the first batch's transaction: the record is Sam's by now
            session.get(RecordRow, record_id).profile_id = env.sam.id
            session.flush()
        return real(session, profile_id)

    monkeypatch.setattr(store, "_recovery_key", moving_meanwhile)
    assert store.bring_up_to_date(env.pat.id, env.pat_keys) == UpgradeResult()
    assert _row(env, record_id).key_sealed is None and _upgrades(env) == []


# -- a recovery key whose public half was changed in the database ---------------------------------------------

def test_an_altered_recovery_key_is_audited_against_the_profile_that_noticed_it(env: Env) -> None:
    key_id = env.recovery.set_up(env.manager, RECOVERY)
    _swap_public_half(env, key_id)
    _legacy(env, "OLD 21")
    env.fresh_store().bring_up_to_date(env.pat.id, env.pat_keys)
    opened = env.fresh_store().create(env.sam.id, env.sam_keys, FORM, "CRN 14")
    assert _row(env, opened.id).recovery_key_id is None
    with env.db.session() as session:
        altered = [(e.profile_id, e.object_id) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.action == "recovery-key-altered").order_by(AuditEntry.id))]
    assert altered == [(env.pat.id, key_id), (env.sam.id, key_id)]


# -- a new record ---------------------------------------------------------------------------------------------

def test_a_new_record_is_sealed_to_its_owner_and_the_recovery_key(env: Env) -> None:
    key_id = env.recovery.set_up(env.manager, RECOVERY)
    opened = env.store.create(env.pat.id, env.pat_keys, FORM, "CRN 15")
    row = _row(env, opened.id)
    assert row.recovery_key_id == key_id
    own = _own_key(env, opened.id)
    assert unseal(row.key_sealed_recovery, _recovery_private(env), purpose=purpose(opened.id)) == own
    assert Keyring(own).decrypt_json(row.case_ref_cipher.decode(), record_id=str(opened.id),
                                     field="case_reference") == "CRN 15"


def test_a_new_records_times_are_the_stores_clock(env: Env, monkeypatch) -> None:
    then = datetime(2024, 3, 5, 10, 0, 0, tzinfo=UTC)
    monkeypatch.setattr(store_module, "utcnow", lambda: then)
    opened = env.store.create(env.pat.id, env.pat_keys, FORM, "CRN 16")
    assert (opened.record.created_at, opened.record.updated_at) == ("2024-03-05T10:00:00+00:00",) * 2
    assert opened.created_at == then


# -- keys unsealed once are kept ------------------------------------------------------------------------------

def test_a_key_made_or_unsealed_once_is_not_unsealed_again(env: Env, monkeypatch) -> None:
    opened = []
    real = store_module.open_seal

    def counting(sealed, private, record_id):
        opened.append(record_id)
        return real(sealed, private, record_id)

    monkeypatch.setattr(store_module, "open_seal", counting)
    made = _screen(env, "CRN 17")
    converted = _legacy(env, "OLD 22")
    store = env.store
    # The listing converts the old one and lists both: each key is known since it was made.
    assert sorted(r.case_reference for r in store.list(env.pat.id, env.pat_keys)) == ["CRN 17", "OLD 22"]
    assert sorted(r.case_reference for r in store.list(env.pat.id, env.pat_keys)) == ["CRN 17", "OLD 22"]
    assert store.open(env.pat.id, env.pat_keys, made).record.case_reference == "CRN 17"
    assert store.open(env.pat.id, env.pat_keys, converted).record.case_reference == "OLD 22"
    assert opened == []
    # Another instance unseals each once, then keeps it.
    other = env.fresh_store()
    other.list(env.pat.id, env.pat_keys)
    other.list(env.pat.id, env.pat_keys)
    other.open(env.pat.id, env.pat_keys, made)
    assert sorted(opened) == sorted([made, converted])


# -- records made before 0.3, used before they are converted ---------------------------------------------------

def test_a_draft_made_before_0_3_saves_and_finishes_with_the_data_key(env: Env) -> None:
    record_id = _legacy(env, "OLD 23", status="draft")
    store = env.fresh_store()  # no listing: not converted yet
    opened = store.open(env.pat.id, env.pat_keys, record_id)
    store.save_draft(env.pat.id, env.pat_keys, _fill(opened.record, notes="first visit"))
    assert store.open(env.pat.id, env.pat_keys, record_id).record.answers["notes"] == "first visit"
    store.finalise(env.pat.id, env.pat_keys, _fill(opened.record, notes="second visit"))
    assert _row(env, record_id).key_sealed is None
    assert env.pat_keys.decrypt_json(_row(env, record_id).answers_cipher.decode(), record_id=str(record_id),
                                     field="answers")["answers"]["notes"] == "second visit"
    assert store.record_keyring(env.pat.id, env.pat_keys, record_id) is env.pat_keys


def test_a_finished_record_made_before_0_3_is_amended_with_the_data_key(env: Env) -> None:
    record_id = _legacy(env, "OLD 24")
    store = env.fresh_store()
    opened = store.open(env.pat.id, env.pat_keys, record_id)
    store.amend(env.pat.id, env.pat_keys, _fill(opened.record, notes="seen in March"), "Added the March notes")
    reopened = env.fresh_store().open(env.pat.id, env.pat_keys, record_id)
    assert [a.reason for a in reopened.amendments] == ["Misheard at the first interview", "Added the March notes"]


def test_a_damaged_record_made_before_0_3_still_lists_its_reference(env: Env) -> None:
    record_id = _legacy(env, "OLD 25")
    with env.db.session() as session:
        session.get(RecordRow, record_id).answers_cipher = b"v1.altered"
    [row] = env.fresh_store().list(env.pat.id, env.pat_keys)
    assert (row.id, row.case_reference, row.damaged) == (record_id, "OLD 25", False)


def test_an_amendment_that_no_longer_reads_keeps_its_who_and_when(env: Env) -> None:
    record_id = _legacy(env, "OLD 26")
    with env.db.session() as session:
        amendment = session.scalars(select(ScreeningAmendment).where(ScreeningAmendment.record_id == record_id)).one()
        at, who = amendment.at, amendment.profile_id
        amendment.reason_cipher = b"v1.altered"
    [view] = env.fresh_store().open(env.pat.id, env.pat_keys, record_id).amendments
    assert (view.at, view.profile_id, view.reason, view.changes) == (at, who, UNREADABLE_AMENDMENT, [])


def test_the_keyring_of_another_profiles_record_is_refused(env: Env) -> None:
    with env.db.session() as session:
        row = session.get(RecordRow, _legacy(env, "OLD 27"))
        row.profile_id = env.sam.id
        record_id = row.id
    with pytest.raises(RecordNotFound) as refused:
        env.store.record_keyring(env.pat.id, env.pat_keys, record_id)
    assert str(refused.value) == f"No screening record {record_id} for this profile."


# -- lost at a passphrase reset, moved away ---------------------------------------------------------------------

def _reset_pat(env: Env) -> Keyring:
    temporary = env.recovery.reset_passphrase(env.manager, RECOVERY, env.pat.id).temporary_passphrase
    return env.signin.sign_in(env.pat.id, temporary, new_passphrase=NEW_PAT_PASS).keyring


def test_a_record_lost_at_a_reset_is_refused_with_why(env: Env, caplog) -> None:
    lost = _screen(env, "OLD 30")  # before the recovery key, never listed since
    env.recovery.set_up(env.manager, RECOVERY)
    kept = _screen(env, "NEW 30")
    broken = _screen(env, "NEW 31")
    with env.db.session() as session:  # damaged, not lost
        session.get(RecordRow, broken).case_ref_cipher = b"v1.altered"
    keyring = _reset_pat(env)
    store = env.fresh_store()
    with caplog.at_level(logging.WARNING, logger="nps_trainer.screening_records.store"):
        assert store.bring_up_to_date(env.pat.id, keyring) == UpgradeResult()  # nothing can open a lost one
    assert not [r for r in caplog.records if "brought up to date" in r.getMessage()]
    rows = {r.id: (r.damaged, r.lost) for r in store.list(env.pat.id, keyring)}
    assert rows == {lost: (True, True), kept: (False, False), broken: (True, False)}
    started = _row(env, lost).created_at.astimezone().strftime("%d/%m/%Y")
    with pytest.raises(RecordLost) as refused:
        store.open(env.pat.id, keyring, lost)
    assert str(refused.value) == (
        f"Screening record {lost} (started {started}) was made before the recovery key (or never sealed to it) "
        "and sealed to your old passphrase: it cannot be opened after your passphrase was reset. Nothing is "
        "wrong with your other records.")
    assert refused.value.record_id == lost


def test_lost_is_shown_only_for_a_record_that_cannot_be_read(env: Env) -> None:
    record_id = _screen(env, "CRN 32")
    with env.db.session() as session:  # a stray mark on a record that still reads
        session.get(RecordRow, record_id).key_lost_at = utcnow()
    [row] = env.fresh_store().list(env.pat.id, env.pat_keys)
    assert (row.case_reference, row.damaged, row.lost) == ("CRN 32", False, False)


def test_the_lost_message_names_the_record_and_its_local_start_date() -> None:
    started = datetime(2025, 6, 14, 12, 0, tzinfo=UTC)
    error = RecordLost(41, started)
    assert error.record_id == 41 and isinstance(error, LookupError)
    assert str(error) == (
        f"Screening record 41 (started {started.astimezone():%d/%m/%Y}) was made before the recovery key (or never "
        "sealed to it) and sealed to your old passphrase: it cannot be opened after your passphrase was reset. "
        "Nothing is wrong with your other records.")


def test_a_record_moved_away_is_refused_with_why(env: Env) -> None:
    env.recovery.set_up(env.manager, RECOVERY)
    opened = env.store.create(env.pat.id, env.pat_keys, FORM, "CRN 33")
    env.recovery.move_case(env.manager, RECOVERY, "CRN 33", env.pat.id, env.sam.id)
    expected = (f"Screening record {opened.id} was moved to another practitioner by a manager: it is no longer "
                "yours, so it cannot be opened or saved here. Changes made since it was moved were not saved.")
    with pytest.raises(RecordMovedAway) as refused:
        env.store.save_draft(env.pat.id, env.pat_keys, _fill(opened.record, notes="typed after the move"))
    assert str(refused.value) == expected and refused.value.record_id == str(opened.id)
    with pytest.raises(RecordMovedAway) as refused:
        env.store.open(env.pat.id, env.pat_keys, opened.id)
    assert str(refused.value) == expected and refused.value.record_id == opened.id


# -- the list's order ---------------------------------------------------------------------------------------------

def test_records_saved_at_the_same_moment_list_newest_number_first(env: Env) -> None:
    ids = [_screen(env, "CRN 40") for _ in range(3)]
    same = utcnow()
    with env.db.session() as session:  # saved in another order than made (on PostgreSQL, moved on disk)
        for record_id in (ids[1], ids[0], ids[2]):
            session.get(RecordRow, record_id).updated_at = same
            session.flush()
    newest_first = sorted(ids, reverse=True)
    assert [r.id for r in env.store.list(env.pat.id, env.pat_keys)] == newest_first
    assert [r.id for r in env.store.list(env.pat.id, env.pat_keys, case_reference="crn40")] == newest_first
    assert [r.id for r in env.store.list(env.pat.id, env.pat_keys, status="draft")] == newest_first


def test_records_are_brought_up_to_date_oldest_number_first(env: Env, monkeypatch) -> None:
    """Whatever order they were last saved in: the first listing converts the lowest numbers, in order."""
    monkeypatch.setattr(store_module, "UPGRADE_BATCH", 2)
    ids = [_legacy(env, f"OLD {n}") for n in range(3)]
    with env.db.session() as session:  # saved last to first; the first one saved again
        for offset, record_id in enumerate(ids):
            session.get(RecordRow, record_id).updated_at = utcnow() - timedelta(minutes=offset)
    with env.db.session() as session:
        session.get(RecordRow, ids[0]).updated_at = utcnow() + timedelta(minutes=1)
    store = env.fresh_store()
    assert store.bring_up_to_date(env.pat.id, env.pat_keys, budget_seconds=0.0) == UpgradeResult(converted=2)
    assert [i for _who, i, _what in _upgrades(env)] == [str(ids[0]), str(ids[1])]
    assert _row(env, ids[2]).key_sealed is None


def test_a_key_pair_made_meanwhile_leaves_a_new_record_in_the_layout_it_was_started_in(env: Env,
                                                                                         monkeypatch) -> None:
    """The store reads the profile's key pair before its transaction: one installed in between (another window
    finishing a sign-in) is used from the next record on, and this one is written with the data key."""
    with env.db.session() as session:
        key_row = session.get(ProfileKey, env.pat.id)
        public, key_row.public_key = key_row.public_key, None
    real = store_module.require_keyring
    installed = []

    def key_pair_installed_meanwhile(session, profile_id, keyring):
        if not installed:
            installed.append(True)
            session.get(ProfileKey, profile_id).public_key = public
        return real(session, profile_id, keyring)

    store = env.fresh_store()
    monkeypatch.setattr(store_module, "require_keyring", key_pair_installed_meanwhile)
    opened = store.create(env.pat.id, env.pat_keys, FORM, "CRN 50")
    assert _row(env, opened.id).key_sealed is None
    assert store.open(env.pat.id, env.pat_keys, opened.id).record.case_reference == "CRN 50"



@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_on_postgresql_batches_take_the_lowest_numbers_first(database_url: str, tmp_path: Path,
                                                            monkeypatch) -> None:
    """PostgreSQL returns rows in no set order (a row saved again moves on disk)."""
    env = next(_env(database_url, tmp_path))
    try:
        test_records_are_brought_up_to_date_oldest_number_first(env, monkeypatch)
    finally:
        env.db.close()


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_on_postgresql_records_saved_at_the_same_moment_list_newest_number_first(database_url: str,
                                                                                  tmp_path: Path) -> None:
    env = next(_env(database_url, tmp_path))
    try:
        test_records_saved_at_the_same_moment_list_newest_number_first(env)
    finally:
        env.db.close()
