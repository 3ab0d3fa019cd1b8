"""Records that outlive one person (issue 11, point 8): each record's key sealed to its practitioner and to the
organisation's recovery key; a case moved and a passphrase reset through the recovery key, and refused without
it; records made before 0.3 moved to keys of their own. On real SQLite and PostgreSQL databases."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from nps_trainer.audit import AuditLog
from nps_trainer.clock import utcnow
from nps_trainer.i18n.command_line import use_for_commands
from nps_trainer.identity import (
    KeyStore,
    PassphraseChangeRequired,
    SignInService,
    WeakPassphrase,
    WrongPassphrase,
)
from nps_trainer.identity.crypto import FAST_TEST_KDF, DecryptionFailed, Keyring
from nps_trainer.identity.sealing import unseal
from nps_trainer.paths import bundled_screening_dir
from nps_trainer.profiles import NotAllowed, ProfileInfo, ProfileService
from nps_trainer.recovery import (
    NoRecoveryKey,
    RecoveryService,
    RecoveryThrottled,
    WrongRecoveryPassphrase,
    temporary_passphrase,
)
from nps_trainer.recovery import key as recovery_key_module
from nps_trainer.screening import FormLibrary, ScreeningRecord, set_answer
from nps_trainer.screening_records import RecordNotFound, ScreeningStore
from nps_trainer.screening_records.record_keys import purpose
from nps_trainer.screening_records.store import _amendment_field
from nps_trainer.storage.database import Database, open_database
from nps_trainer.storage.models import ProfileKey, RecoveryKey, ScreeningAmendment
from nps_trainer.storage.models import ScreeningRecord as RecordRow

FORM = "nps-screening"
MANAGER_PASS = "the manager walks the long canal"
PAT_PASS = "pat keeps bees beside the moor"
SAM_PASS = "sam reads maps by lamplight"
RECOVERY = "four managers hold this one phrase"
WRONG = "not the recovery phrase at all"


@dataclass
class Env:
    db: Database
    audit: AuditLog
    profiles: ProfileService
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
        """Another app instance's store: nothing cached."""
        return ScreeningStore(self.db, self.audit, self.store.forms, self.keys)


@pytest.fixture
def env(database_url: str, tmp_path: Path) -> Iterator[Env]:
    db = open_database(database_url, tmp_path / "backups")
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
    yield Env(db, audit, profiles, keys, signin, store, RecoveryService(db, audit, profiles, FAST_TEST_KDF),
              profiles.get(manager.id), profiles.get(pat.id), profiles.get(sam.id), pat_keys, sam_keys)
    db.close()


def _row(env: Env, record_id: int) -> RecordRow:
    with env.db.session() as session:
        return session.get(RecordRow, record_id)


def _fill(record: ScreeningRecord, **answers: object) -> ScreeningRecord:
    for path, value in answers.items():
        record.answers = set_answer(record.answers, path, value)
    return record


def _screen(env: Env, who: ProfileInfo, keyring: Keyring, reference: str, *, finish: bool = False) -> int:
    opened = env.store.create(who.id, keyring, FORM, reference)
    record = _fill(opened.record, any_use_past_year="yes", notes=f"notes on {reference}")
    env.store.save_draft(who.id, keyring, record)
    if finish:
        env.store.finalise(who.id, keyring, record)
        record = _fill(record, notes=f"corrected notes on {reference}")
        env.store.amend(who.id, keyring, record, "Corrected after supervision")
    return opened.id


def _actions(env: Env, object_type: str) -> list[tuple[str, str | None, str]]:
    return [(e.action, e.object_id, e.detail) for e in env.audit.entries(object_type=object_type)]


def _private(env: Env, keyring: Keyring) -> bytes:
    return env.keys.private_key(keyring)


def _recovery_private(env: Env, passphrase: str = RECOVERY) -> bytes:
    with env.db.session() as session:
        row = session.scalars(select(RecoveryKey).where(RecoveryKey.retired_at.is_(None))).one()
    return recovery_key_module.open_recovery_key(row, passphrase).private_key


# -- sealing ------------------------------------------------------------------------------------------------

def test_a_new_record_has_its_own_key_sealed_to_its_practitioner_and_the_recovery_key(env: Env) -> None:
    key_id = env.recovery.set_up(env.manager, RECOVERY)
    with env.db.session() as session:  # the key id is the public half's fingerprint
        assert key_id == hashlib.sha256(session.get(RecoveryKey, key_id).public_key).hexdigest()[:16]
    record_id = _screen(env, env.pat, env.pat_keys, "CRN 100")
    row = _row(env, record_id)
    assert row.recovery_key_id == key_id
    own = unseal(row.key_sealed, _private(env, env.pat_keys), purpose=purpose(record_id))
    assert unseal(row.key_sealed_recovery, _recovery_private(env), purpose=purpose(record_id)) == own
    record_keyring = Keyring(own)
    assert record_keyring.decrypt_json(row.case_ref_cipher.decode(), record_id=str(record_id),
                                       field="case_reference") == "CRN 100"
    # Not the practitioner's data key: a copy of that alone no longer reads the record.
    with pytest.raises(DecryptionFailed):
        env.pat_keys.decrypt_json(row.case_ref_cipher.decode(), record_id=str(record_id), field="case_reference")
    assert row.case_ref_index == env.pat_keys.blind_index("crn100")  # the owner's blind index, as before
    # The seal names its record: copied to another record, it does not open there.
    with pytest.raises(DecryptionFailed):
        unseal(row.key_sealed, _private(env, env.pat_keys), purpose=purpose(record_id + 1))
    # Nobody else's private key opens it.
    with pytest.raises(DecryptionFailed):
        unseal(row.key_sealed, _private(env, env.sam_keys), purpose=purpose(record_id))
    # And a fresh instance of the app opens it through the practitioner's private key.
    opened = env.fresh_store().open(env.pat.id, env.pat_keys, record_id)
    assert opened.record.case_reference == "CRN 100" and opened.record.answers["notes"] == "notes on CRN 100"


def test_a_seal_swapped_between_records_makes_both_damaged_not_readable(env: Env) -> None:
    first = _screen(env, env.pat, env.pat_keys, "A1")
    second = _screen(env, env.pat, env.pat_keys, "A2")
    with env.db.session() as session:
        a, b = session.get(RecordRow, first), session.get(RecordRow, second)
        a.key_sealed, b.key_sealed = b.key_sealed, a.key_sealed
    rows = env.fresh_store().list(env.pat.id, env.pat_keys)
    assert {r.id: r.damaged for r in rows} == {first: True, second: True}


def test_records_made_before_the_recovery_key_are_sealed_to_it_at_their_owners_next_listing(env: Env) -> None:
    record_id = _screen(env, env.pat, env.pat_keys, "B1")
    assert _row(env, record_id).key_sealed_recovery is None
    key_id = env.recovery.set_up(env.manager, RECOVERY)
    assert env.recovery.status().not_sealed == 1
    env.store.list(env.pat.id, env.pat_keys)
    row = _row(env, record_id)
    assert row.recovery_key_id == key_id
    assert unseal(row.key_sealed_recovery, _recovery_private(env), purpose=purpose(record_id)) == unseal(
        row.key_sealed, _private(env, env.pat_keys), purpose=purpose(record_id))
    assert ("upgrade-key", str(record_id), "sealed to recovery key") in _actions(env, "screening_record")
    assert env.recovery.status().not_sealed == 0


# -- records made before 0.3 --------------------------------------------------------------------------------

def _legacy_record(env: Env, reference: str) -> int:
    """A finished record with one amendment, written exactly as 0.2 wrote it: everything encrypted with the
    practitioner's data key, no sealed key."""
    keyring, profile_id = env.pat_keys, env.pat.id
    now = utcnow()
    with env.db.session() as session:
        row = RecordRow(profile_id=profile_id, form_id=FORM, form_version=env.store.forms.latest(FORM).version,
                        status="final", created_at=now, updated_at=now, finalised_at=now,
                        month=now.astimezone().strftime("%Y-%m"), categories={}, flags=[])
        session.add(row)
        session.flush()
        rid = str(row.id)
        row.case_ref_cipher = keyring.encrypt_json(reference, record_id=rid, field="case_reference").encode()
        row.case_ref_index = keyring.blind_index(reference)
        row.answers_cipher = keyring.encrypt_json({"answers": {"any_use_past_year": "no"}, "overrides": {}},
                                                  record_id=rid, field="answers").encode()
        at = now - timedelta(minutes=5)
        changes = [{"path": "answers.any_use_past_year", "before": "yes", "after": "no"}]
        session.add(ScreeningAmendment(
            record_id=row.id, profile_id=profile_id, at=at,
            reason_cipher=keyring.encrypt_json("Misheard at the first interview", record_id=rid,
                                               field=_amendment_field("amendment_reason", at, profile_id)).encode(),
            changes_cipher=keyring.encrypt_json(changes, record_id=rid,
                                                field=_amendment_field("amendment_changes", at, profile_id)).encode()))
        return row.id


def test_a_record_made_before_0_3_moves_to_its_own_key_at_its_owners_listing_and_still_opens(env: Env) -> None:
    key_id = env.recovery.set_up(env.manager, RECOVERY)
    record_id = _legacy_record(env, "OLD 1")
    store = env.fresh_store()
    assert store.open(env.pat.id, env.pat_keys, record_id).record.case_reference == "OLD 1"  # readable as it is
    assert _row(env, record_id).key_sealed is None
    rows = store.list(env.pat.id, env.pat_keys, case_reference="old1")
    assert [(r.id, r.case_reference, r.damaged) for r in rows] == [(record_id, "OLD 1", False)]
    row = _row(env, record_id)
    assert row.key_sealed is not None and row.recovery_key_id == key_id
    own = Keyring(unseal(row.key_sealed, _private(env, env.pat_keys), purpose=purpose(record_id)))
    assert own.decrypt_json(row.answers_cipher.decode(), record_id=str(record_id), field="answers")["answers"] == {
        "any_use_past_year": "no"}
    with pytest.raises(DecryptionFailed):  # the data key no longer reads it
        env.pat_keys.decrypt_json(row.answers_cipher.decode(), record_id=str(record_id), field="answers")
    assert ("upgrade-key", str(record_id), "own key, sealed to recovery key") in _actions(env, "screening_record")
    # Another app instance (no cache) opens it, its amendment included, and can amend it.
    other = env.fresh_store()
    opened = other.open(env.pat.id, env.pat_keys, record_id)
    assert opened.record.answers == {"any_use_past_year": "no"}
    [amendment] = opened.amendments
    assert amendment.reason == "Misheard at the first interview"
    assert amendment.changes == [{"path": "answers.any_use_past_year", "before": "yes", "after": "no"}]
    record = _fill(opened.record, notes="seen again in March")
    other.amend(env.pat.id, env.pat_keys, record, "Added the March notes")
    reopened = env.fresh_store().open(env.pat.id, env.pat_keys, record_id)
    assert [a.reason for a in reopened.amendments] == ["Misheard at the first interview", "Added the March notes"]
    # Nothing left to do: a second listing writes no audit entry.
    before = len(env.audit.entries())
    env.fresh_store().list(env.pat.id, env.pat_keys)
    assert len(env.audit.entries()) == before + 0


def test_a_damaged_record_made_before_0_3_is_left_as_it_was_and_listed_as_damaged(env: Env) -> None:
    record_id = _legacy_record(env, "OLD 2")
    good = _legacy_record(env, "OLD 3")
    with env.db.session() as session:
        session.get(RecordRow, record_id).answers_cipher = b"v1.altered"
    rows = env.store.list(env.pat.id, env.pat_keys)
    assert {r.id: (r.case_reference, r.damaged) for r in rows} == {record_id: ("OLD 2", False), good: ("OLD 3", False)}
    assert _row(env, record_id).key_sealed is None and _row(env, good).key_sealed is not None


# -- moving a case ------------------------------------------------------------------------------------------

def test_a_case_moved_to_another_practitioner_opens_for_them_and_leaves_the_first_one(env: Env) -> None:
    env.recovery.set_up(env.manager, RECOVERY)
    first = _screen(env, env.pat, env.pat_keys, "CRN 7", finish=True)
    second = _screen(env, env.pat, env.pat_keys, "crn7")
    stays = _screen(env, env.pat, env.pat_keys, "CRN 8")
    result = env.recovery.move_case(env.manager, RECOVERY, " Crn  7 ", env.pat.id, env.sam.id)
    assert (result.moved, result.not_checked, result.damaged) == (2, 0, 0)
    # Pat no longer lists or opens them.
    assert [r.id for r in env.store.list(env.pat.id, env.pat_keys)] == [stays]
    with pytest.raises(RecordNotFound):
        env.store.open(env.pat.id, env.pat_keys, first)
    # Sam lists them (the blind index is Sam's now), opens them with the amendment, and can amend.
    sam_store = env.fresh_store()
    assert sorted(r.id for r in sam_store.list(env.sam.id, env.sam_keys, case_reference="CRN7")) == [first, second]
    assert _row(env, first).case_ref_index == env.sam_keys.blind_index("CRN 7")
    opened = sam_store.open(env.sam.id, env.sam_keys, first)
    assert opened.record.case_reference == "CRN 7"
    assert [a.reason for a in opened.amendments] == ["Corrected after supervision"]
    sam_store.amend(env.sam.id, env.sam_keys, _fill(opened.record, notes="handed over"), "Notes at handover")
    assert [a.reason for a in env.fresh_store().open(env.sam.id, env.sam_keys, first).amendments] == [
        "Corrected after supervision", "Notes at handover"]
    # Pat's private key does not open the moved record's key any more.
    with pytest.raises(DecryptionFailed):
        unseal(_row(env, first).key_sealed, _private(env, env.pat_keys), purpose=purpose(first))
    # Audited: each record, and the use of the recovery key.
    moves = [a for a in _actions(env, "screening_record") if a[0] == "move-record"]
    assert moves == [("move-record", str(i), f"from profile {env.pat.id} to profile {env.sam.id}")
                     for i in (first, second)]
    [(_action, _key, detail)] = [a for a in _actions(env, "recovery_key") if a[0] == "recovery-move-case"]
    assert detail.startswith("2 record(s) from profile")


def test_records_without_a_recovery_seal_are_not_moved_and_are_counted(env: Env) -> None:
    before = _screen(env, env.pat, env.pat_keys, "CRN 9")
    env.recovery.set_up(env.manager, RECOVERY)
    after = _screen(env, env.pat, env.pat_keys, "CRN 9")
    result = env.recovery.move_case(env.manager, RECOVERY, "CRN 9", env.pat.id, env.sam.id)
    assert (result.moved, result.not_checked) == (1, 1)
    assert _row(env, before).profile_id == env.pat.id and _row(env, after).profile_id == env.sam.id
    assert env.recovery.move_case(env.manager, RECOVERY, "NOT THERE", env.pat.id, env.sam.id).moved == 0


def test_moving_a_case_needs_two_people_and_a_reference(env: Env) -> None:
    env.recovery.set_up(env.manager, RECOVERY)
    with pytest.raises(ValueError, match="two different practitioners"):
        env.recovery.move_case(env.manager, RECOVERY, "CRN 1", env.pat.id, env.pat.id)
    with pytest.raises(ValueError, match="case reference"):
        env.recovery.move_case(env.manager, RECOVERY, "  ", env.pat.id, env.sam.id)
    newcomer = env.profiles.create("Nia", "practitioner")
    with pytest.raises(ValueError, match="has not signed in"):
        env.recovery.move_case(env.manager, RECOVERY, "CRN 1", env.pat.id, newcomer.id)


# -- resetting a forgotten passphrase -----------------------------------------------------------------------

def test_a_reset_passphrase_opens_every_recoverable_record_and_must_be_changed(env: Env) -> None:
    lost = _screen(env, env.pat, env.pat_keys, "LOST 1")  # before the recovery key: cannot be recovered
    env.recovery.set_up(env.manager, RECOVERY)
    env.store.list(env.pat.id, env.pat_keys)  # ... unless its owner lists it once the key exists
    never_sealed = _screen(env, env.pat, env.pat_keys, "KEPT 0")
    with env.db.session() as session:  # as a record the owner has not listed since the key was set up
        row = session.get(RecordRow, never_sealed)
        row.key_sealed_recovery = row.recovery_key_id = None
    kept = [_screen(env, env.pat, env.pat_keys, "KEPT 1", finish=True), _screen(env, env.pat, env.pat_keys, "KEPT 2")]
    result = env.recovery.reset_passphrase(env.manager, RECOVERY, env.pat.id)
    assert (result.recovered, result.lost, result.damaged) == (3, 1, 0)
    temporary = result.temporary_passphrase
    assert len(temporary) == 23 and temporary.count("-") == 3
    # The old passphrase is refused; the temporary one must be replaced at once.
    with pytest.raises(WrongPassphrase):
        env.signin.sign_in(env.pat.id, PAT_PASS)
    with pytest.raises(PassphraseChangeRequired):
        env.signin.sign_in(env.pat.id, temporary)
    with pytest.raises(WeakPassphrase):
        env.signin.sign_in(env.pat.id, temporary, new_passphrase="short")
    with pytest.raises(ValueError, match="of your own"):
        env.signin.sign_in(env.pat.id, temporary, new_passphrase=temporary)
    mine = "pat now grows beans by the canal"
    signed = env.signin.sign_in(env.pat.id, temporary, new_passphrase=mine)
    assert not env.keys.must_change_passphrase(env.pat.id)
    # Every recovered record lists and opens with the new keys, the case filter included.
    store = env.fresh_store()
    rows = {r.id: r for r in store.list(env.pat.id, signed.keyring)}
    assert {i for i, r in rows.items() if not r.damaged} == {lost, *kept}
    assert rows[never_sealed].damaged  # sealed only to the old key pair: nobody can read it now
    assert [r.id for r in store.list(env.pat.id, signed.keyring, case_reference="kept 1")] == [kept[0]]
    assert [a.reason for a in store.open(env.pat.id, signed.keyring, kept[0]).amendments] == [
        "Corrected after supervision"]
    # Next time the new passphrase simply signs in, and the temporary one no longer does.
    assert env.signin.sign_in(env.pat.id, mine).profile.id == env.pat.id
    with pytest.raises(WrongPassphrase):
        env.signin.sign_in(env.pat.id, temporary)
    [(_action, _key, detail)] = [a for a in _actions(env, "recovery_key") if a[0] == "recovery-reset-passphrase"]
    assert detail == f"profile {env.pat.id}: 3 record(s) recovered, 1 without a recovery seal, 0 damaged"
    assert ("reset-passphrase", str(env.pat.id), "through the recovery key") in _actions(env, "profile")
    assert sum(a[0] == "reseal-record" for a in _actions(env, "screening_record")) == 3


def test_temporary_passphrases_are_strong_and_different() -> None:
    from nps_trainer.identity.crypto import passphrase_problems

    made = {temporary_passphrase() for _ in range(50)}
    assert len(made) == 50 and not any(passphrase_problems(p) for p in made)


def test_a_manager_cannot_reset_their_own_or_a_never_set_passphrase(env: Env) -> None:
    env.recovery.set_up(env.manager, RECOVERY)
    with pytest.raises(ValueError, match="your own passphrase"):
        env.recovery.reset_passphrase(env.manager, RECOVERY, env.manager.id)
    newcomer = env.profiles.create("Nia", "practitioner")
    with pytest.raises(ValueError, match="never set a passphrase"):
        env.recovery.reset_passphrase(env.manager, RECOVERY, newcomer.id)


# -- refusals -----------------------------------------------------------------------------------------------

def test_every_operation_is_refused_with_a_wrong_recovery_passphrase_and_audited(env: Env) -> None:
    use_for_commands("en")  # English as people read it: the plural forms of the English catalogue
    env.recovery.set_up(env.manager, RECOVERY)
    record_id = _screen(env, env.pat, env.pat_keys, "CRN 5")
    with env.db.session() as session:
        key_before = session.get(ProfileKey, env.pat.id).verifier
    with pytest.raises(WrongRecoveryPassphrase, match="Nothing was read or changed"):
        env.recovery.move_case(env.manager, WRONG, "CRN 5", env.pat.id, env.sam.id)
    with pytest.raises(WrongRecoveryPassphrase):
        env.recovery.reset_passphrase(env.manager, WRONG, env.pat.id)
    assert _row(env, record_id).profile_id == env.pat.id
    with env.db.session() as session:
        assert session.get(ProfileKey, env.pat.id).verifier == key_before
    assert env.signin.sign_in(env.pat.id, PAT_PASS).profile.id == env.pat.id
    failures = [a for a in _actions(env, "recovery_key") if a[0] == "recovery-passphrase-wrong"]
    assert [d for _a, _k, d in failures] == ["move a case's screenings", "reset a passphrase"]
    with pytest.raises(WrongRecoveryPassphrase):
        env.recovery.replace(env.manager, WRONG, "a brand new recovery phrase")
    # A third wrong one earns a wait, during which even the right passphrase is not tried.
    with pytest.raises(RecoveryThrottled, match=r"Too many wrong recovery passphrases\. Wait 30 seconds"):
        env.recovery.move_case(env.manager, RECOVERY, "CRN 5", env.pat.id, env.sam.id)
    assert _actions(env, "recovery_key")[-1][0] == "recovery-throttled"
    assert _row(env, record_id).profile_id == env.pat.id


def test_the_wait_ends_and_a_right_passphrase_clears_the_count(env: Env, monkeypatch) -> None:
    from nps_trainer.recovery import service as service_module

    env.recovery.set_up(env.manager, RECOVERY)
    for _ in range(3):
        with pytest.raises(WrongRecoveryPassphrase):
            env.recovery.move_case(env.manager, WRONG, "CRN 5", env.pat.id, env.sam.id)
    later = utcnow() + timedelta(seconds=31)
    monkeypatch.setattr(service_module, "utcnow", lambda: later)
    assert env.recovery.move_case(env.manager, RECOVERY, "CRN 5", env.pat.id, env.sam.id).moved == 0
    monkeypatch.undo()
    with pytest.raises(WrongRecoveryPassphrase):  # counted afresh: no wait after one wrong try
        env.recovery.move_case(env.manager, WRONG, "CRN 5", env.pat.id, env.sam.id)


def test_only_a_manager_may_use_the_recovery_key(env: Env) -> None:
    with pytest.raises(NotAllowed, match="Only a manager can set up the recovery key"):
        env.recovery.set_up(env.pat, RECOVERY)
    env.recovery.set_up(env.manager, RECOVERY)
    record_id = _screen(env, env.pat, env.pat_keys, "CRN 6")
    with pytest.raises(NotAllowed):
        env.recovery.move_case(env.pat, RECOVERY, "CRN 6", env.pat.id, env.sam.id)
    with pytest.raises(NotAllowed):
        env.recovery.reset_passphrase(env.sam, RECOVERY, env.pat.id)
    with pytest.raises(NotAllowed):
        env.recovery.replace(env.pat, RECOVERY, "a brand new recovery phrase")
    # A manager demoted since signing in is refused too (the role is read again).
    deputy = env.profiles.create("Dee", "manager", acting=env.manager)
    env.profiles.set_role(env.manager, deputy.id, "practitioner")
    with pytest.raises(NotAllowed):
        env.recovery.move_case(deputy, RECOVERY, "CRN 6", env.pat.id, env.sam.id)
    assert _row(env, record_id).profile_id == env.pat.id


def test_without_a_recovery_key_nothing_can_be_recovered(env: Env) -> None:
    _screen(env, env.pat, env.pat_keys, "CRN 1")
    with pytest.raises(NoRecoveryKey, match="no recovery key yet"):
        env.recovery.move_case(env.manager, RECOVERY, "CRN 1", env.pat.id, env.sam.id)
    with pytest.raises(NoRecoveryKey):
        env.recovery.reset_passphrase(env.manager, RECOVERY, env.pat.id)
    assert not env.recovery.status().set_up


# -- the key itself -----------------------------------------------------------------------------------------

def test_the_recovery_key_is_stored_only_protected_by_its_passphrase(env: Env) -> None:
    with pytest.raises(WeakPassphrase):
        env.recovery.set_up(env.manager, "short")
    key_id = env.recovery.set_up(env.manager, RECOVERY)
    with pytest.raises(ValueError, match="already has a recovery key"):
        env.recovery.set_up(env.manager, "another recovery phrase entirely")
    private = _recovery_private(env)
    with env.db.session() as session:
        row = session.get(RecoveryKey, key_id)
        assert private not in row.private_key_cipher and RECOVERY.encode() not in row.private_key_cipher
        assert row.created_by == env.manager.id and row.retired_at is None
    status = env.recovery.status()
    assert (status.key_id, status.created_by) == (key_id, "Morgan")
    assert [a[:2] for a in _actions(env, "recovery_key")] == [("recovery-key-set-up", key_id)]


def test_replacing_the_key_reseals_every_record_and_retires_the_old_passphrase(env: Env) -> None:
    old_id = env.recovery.set_up(env.manager, RECOVERY)
    records = [_screen(env, env.pat, env.pat_keys, "CRN 3"), _screen(env, env.sam, env.sam_keys, "CRN 4")]
    unsealed = _legacy_record(env, "OLD 9")
    new_phrase = "a brand new recovery phrase"
    result = env.recovery.replace(env.manager, RECOVERY, new_phrase)
    assert result.key_id != old_id and (result.resealed, result.not_sealed) == (2, 1)
    for record_id in records:
        assert _row(env, record_id).recovery_key_id == result.key_id
    with env.db.session() as session:
        assert session.get(RecoveryKey, old_id).retired_at is not None
    with pytest.raises(WrongRecoveryPassphrase):
        env.recovery.move_case(env.manager, RECOVERY, "CRN 3", env.pat.id, env.sam.id)
    assert env.recovery.move_case(env.manager, new_phrase, "CRN 3", env.pat.id, env.sam.id).moved == 1
    assert env.fresh_store().open(env.sam.id, env.sam_keys, records[0]).record.case_reference == "CRN 3"
    env.store.list(env.pat.id, env.pat_keys)  # the record made before 0.3 is sealed to the new key
    assert _row(env, unsealed).recovery_key_id == result.key_id


def test_converting_many_old_records_is_spread_over_listings_and_each_still_reads(env: Env, monkeypatch) -> None:
    from nps_trainer.screening_records import store as store_module

    monkeypatch.setattr(store_module, "UPGRADE_BATCH", 2)
    monkeypatch.setattr(store_module, "UPGRADE_BUDGET_SECONDS", 0.0)  # one batch per listing
    ids = [_legacy_record(env, f"OLD {n}") for n in range(5)]
    store = env.fresh_store()
    for converted in (2, 4, 5, 5):
        rows = store.list(env.pat.id, env.pat_keys)
        assert sorted((r.case_reference, r.damaged) for r in rows) == [(f"OLD {n}", False) for n in range(5)]
        assert sum(_row(env, i).key_sealed is not None for i in ids) == converted
    result = store.bring_up_to_date(env.pat.id, env.pat_keys)
    assert result == store_module.UpgradeResult()  # nothing left


def test_unsealed_keys_live_only_as_long_as_the_keyring_or_until_forgotten(env: Env) -> None:
    import gc

    record_id = _screen(env, env.pat, env.pat_keys, "CRN 11")
    env.store.list(env.pat.id, env.pat_keys)
    assert len(env.store._unsealed) == 1 and env.store._unsealed[env.pat_keys].records
    env.store.forget_keys()
    assert len(env.store._unsealed) == 0
    assert env.store.open(env.pat.id, env.pat_keys, record_id).record.case_reference == "CRN 11"
    # A keyring dropped by the screen (sign-out, idle lock) takes what it unsealed with it.
    other = env.signin.sign_in(env.sam.id, SAM_PASS).keyring
    env.store.list(env.sam.id, other)
    assert len(env.store._unsealed) == 2
    del other
    gc.collect()
    assert list(env.store._unsealed.keys()) == [env.pat_keys]
