"""The recovery key against a database writer and against races (review 11): the key id is the public half's
fingerprint and nothing is sealed to a key that does not match it; a moved case is re-keyed so its first owner's
old key opens nothing written after the move; a case moves only to probation staff who screen and never to the
manager moving it; one current key even when two managers set up at once; every opening audited; tries counted
before they are checked; a reset's unrecoverable records counted beforehand and listed for what they are. On real
SQLite and PostgreSQL databases."""

from __future__ import annotations

import hashlib
import threading
import time

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from nps_trainer.identity.crypto import DecryptionFailed, Keyring
from nps_trainer.identity.sealing import new_key_pair, unseal
from nps_trainer.profiles import NotAllowed
from nps_trainer.recovery import RecoveryThrottled, WrongRecoveryPassphrase
from nps_trainer.recovery import key as key_module
from nps_trainer.recovery import service as service_module
from nps_trainer.recovery.key import RecoveryKeyAltered
from nps_trainer.screening_records import RecordLost, RecordMovedAway
from nps_trainer.screening_records.record_keys import purpose
from nps_trainer.screening_records.store import _amendment_field
from nps_trainer.storage.models import RecoveryKey, ScreeningAmendment
from nps_trainer.storage.models import ScreeningRecord as RecordRow
from tests.recovery.test_recovery import (
    PAT_PASS,
    RECOVERY,
    WRONG,
    Env,
    _actions,
    _fill,
    _private,
    _row,
    _screen,
)


def _swap_public_half(env: Env, key_id: str) -> bytes:
    """What a database writer does: put their own public half in the row, keeping its id. Their private half."""
    private, public = new_key_pair()
    with env.db.session() as session:
        session.get(RecoveryKey, key_id).public_key = public
    return private


# -- 1. the fingerprint -------------------------------------------------------------------------------------

def test_a_public_half_swapped_in_the_database_is_never_sealed_to_and_is_noticed(env: Env) -> None:
    key_id = env.recovery.set_up(env.manager, RECOVERY)
    before = _screen(env, env.pat, env.pat_keys, "CRN 1")
    attacker = _swap_public_half(env, key_id)
    assert env.recovery.status().altered
    # A new record is sealed to its practitioner only, not to the swapped key; the attacker's key opens nothing.
    after = _screen(env, env.pat, env.pat_keys, "CRN 2")
    row = _row(env, after)
    assert row.key_sealed_recovery is None and row.recovery_key_id is None
    assert env.fresh_store().open(env.pat.id, env.pat_keys, after).record.case_reference == "CRN 2"
    for record_id in (before, after):
        sealed = _row(env, record_id).key_sealed_recovery
        if sealed is not None:
            with pytest.raises(DecryptionFailed):
                unseal(sealed, attacker, purpose=purpose(record_id))
    altered = [a for a in _actions(env, "recovery_key") if a[0] == "recovery-key-altered"]
    assert len(altered) == 1 and altered[0][1] == key_id  # audited once, not at every save
    # Opening it with the real passphrase notices the private half is not the stored public half's.
    with pytest.raises(RecoveryKeyAltered, match="changed outside NPS Trainer"):
        env.recovery.move_case(env.manager, RECOVERY, "CRN 1", env.pat.id, env.sam.id)
    assert _row(env, before).profile_id == env.pat.id
    assert _actions(env, "recovery_key")[-1][0] == "recovery-key-altered"
    # Replacing it with the real passphrase repairs it: the records sealed to the genuine key come across.
    result = env.recovery.replace(env.manager, RECOVERY, "a brand new recovery phrase")
    assert (result.resealed, not env.recovery.status().altered) == (1, True)
    env.store.list(env.pat.id, env.pat_keys)
    assert _row(env, after).recovery_key_id == result.key_id


def test_a_whole_row_replaced_opens_nothing_and_shows_another_fingerprint(env: Env) -> None:
    """The limit the README states: a row made consistent again (id = the new public half's fingerprint) is
    trusted, but the real passphrase no longer opens it and the fingerprint shown is not the one written down."""
    key_id = env.recovery.set_up(env.manager, RECOVERY)
    _private_half, public = new_key_pair()
    forged = hashlib.sha256(public).hexdigest()[:16]
    with env.db.session() as session:
        row = session.get(RecoveryKey, key_id)
        row.public_key, row.key_id = public, forged
    assert env.recovery.status().key_id == forged != key_id
    with pytest.raises(RecoveryKeyAltered):  # the private half is bound to the old id
        env.recovery.reset_passphrase(env.manager, RECOVERY, env.pat.id)


# -- 2. moving re-keys ----------------------------------------------------------------------------------------

def test_the_old_key_opens_nothing_written_after_a_move(env: Env) -> None:
    env.recovery.set_up(env.manager, RECOVERY)
    record_id = _screen(env, env.pat, env.pat_keys, "CRN 7", finish=True)
    old_seal = bytes(_row(env, record_id).key_sealed)  # Pat's backup of the database before the move
    old_key = Keyring(unseal(old_seal, _private(env, env.pat_keys), purpose=purpose(record_id)))
    assert env.recovery.move_case(env.manager, RECOVERY, "CRN 7", env.pat.id, env.sam.id).moved == 1
    store = env.fresh_store()
    opened = store.open(env.sam.id, env.sam_keys, record_id)
    assert opened.record.answers["notes"] == "corrected notes on CRN 7"
    assert [a.reason for a in opened.amendments] == ["Corrected after supervision"]  # re-encrypted, still read
    view = store.amend(env.sam.id, env.sam_keys, _fill(opened.record, notes="risk has changed"), "Seen at handover")
    rid = str(record_id)
    with env.db.session() as session:
        row = session.get(RecordRow, record_id)
        later = session.scalars(select(ScreeningAmendment).where(ScreeningAmendment.record_id == record_id,
                                                                 ScreeningAmendment.at == view.at)).one()
        for cipher, field in ((row.answers_cipher, "answers"), (row.case_ref_cipher, "case_reference"),
                              (later.reason_cipher, _amendment_field("amendment_reason", view.at, env.sam.id))):
            with pytest.raises(DecryptionFailed):
                old_key.decrypt_json(cipher.decode(), record_id=rid, field=field)
    # Sealed to the recovery key with the new key: a later move or reset still reaches it.
    assert env.recovery.move_case(env.manager, RECOVERY, "crn7", env.sam.id, env.pat.id).moved == 1
    assert env.fresh_store().open(env.pat.id, env.pat_keys, record_id).amendments[-1].reason == "Seen at handover"


# -- 3. who may receive a case ------------------------------------------------------------------------------

def test_a_case_moves_only_to_probation_staff_who_screen_and_never_to_the_manager_moving_it(env: Env) -> None:
    env.recovery.set_up(env.manager, RECOVERY)
    record_id = _screen(env, env.pat, env.pat_keys, "CRN 3")
    dee = env.profiles.create("Dee", "drug_service")
    env.signin.set_passphrase(dee.id, "dee works at the recovery hub")
    old = env.profiles.create("Ola", "practitioner")
    env.signin.set_passphrase(old.id, "ola has left the team now")
    env.profiles.archive(env.manager, old.id)
    with pytest.raises(ValueError, match="to yourself"):
        env.recovery.move_case(env.manager, RECOVERY, "CRN 3", env.pat.id, env.manager.id)
    with pytest.raises(ValueError, match="cannot be given probation screening records"):
        env.recovery.move_case(env.manager, RECOVERY, "CRN 3", env.pat.id, dee.id)
    with pytest.raises(ValueError, match="archived"):
        env.recovery.move_case(env.manager, RECOVERY, "CRN 3", env.pat.id, old.id)
    assert _row(env, record_id).profile_id == env.pat.id
    assert not [a for a in _actions(env, "recovery_key") if a[0] == "recovery-passphrase-tried"]  # refused first
    assert sorted(p.id for p in env.recovery.receivers(env.manager)) == [env.pat.id, env.sam.id]
    deputy = env.profiles.create("Dara", "manager", acting=env.manager)
    env.keys.set_passphrase(deputy.id, "dara also screens some cases")  # as with her setup code
    assert env.recovery.move_case(env.manager, RECOVERY, "CRN 3", env.pat.id, deputy.id).moved == 1


# -- 4. one current key ---------------------------------------------------------------------------------------

def test_the_database_allows_one_current_recovery_key_and_a_lost_race_is_told_plainly(env: Env,
                                                                                   monkeypatch) -> None:
    key_id = env.recovery.set_up(env.manager, RECOVERY)
    second, _opened = key_module.new_recovery_key("another recovery phrase entirely", env.recovery._kdf,
                                                  env.manager.id)
    with pytest.raises(IntegrityError), env.db.session() as session:
        session.add(second)
    # Two managers at once: the other's key was not there when this one looked, but it is when it writes.
    monkeypatch.setattr(service_module, "current_recovery_key", lambda session: None)
    with pytest.raises(ValueError, match="already has a recovery key"):
        env.recovery.set_up(env.manager, "another recovery phrase entirely")
    monkeypatch.undo()
    with env.db.session() as session:
        assert session.scalars(select(RecoveryKey.key_id)).all() == [key_id]
    replaced = env.recovery.replace(env.manager, RECOVERY, "a brand new recovery phrase")  # retiring still works
    with env.db.session() as session:
        current = session.scalars(select(RecoveryKey.key_id).where(RecoveryKey.retired_at.is_(None))).all()
    assert current == [replaced.key_id]


# -- 5. and 11. what a reset loses ----------------------------------------------------------------------------

def test_a_reset_counts_beforehand_what_it_loses_and_lists_it_for_what_it_is(env: Env) -> None:
    lost = _screen(env, env.pat, env.pat_keys, "OLD 1")  # before the recovery key, never listed since
    env.recovery.set_up(env.manager, RECOVERY)
    kept = _screen(env, env.pat, env.pat_keys, "NEW 1")
    assert env.recovery.unrecoverable(env.pat.id) == (1, 2)
    assert env.recovery.unrecoverable(env.sam.id) == (0, 0)
    temporary = env.recovery.reset_passphrase(env.manager, RECOVERY, env.pat.id).temporary_passphrase
    signed = env.signin.sign_in(env.pat.id, temporary, new_passphrase="pat now grows beans by the canal")
    rows = {r.id: r for r in env.fresh_store().list(env.pat.id, signed.keyring)}
    assert (rows[lost].damaged, rows[lost].lost) == (True, True)
    assert (rows[kept].damaged, rows[kept].lost, rows[kept].case_reference) == (False, False, "NEW 1")
    with pytest.raises(RecordLost, match="sealed to your old passphrase: it cannot be opened after your passphrase "
                                         "was reset") as raised:
        env.fresh_store().open(env.pat.id, signed.keyring, lost)
    assert "damaged" not in str(raised.value)


def test_a_damaged_record_still_says_damaged_after_a_reset(env: Env) -> None:
    env.recovery.set_up(env.manager, RECOVERY)
    record_id = _screen(env, env.pat, env.pat_keys, "CRN 4")
    with env.db.session() as session:
        session.get(RecordRow, record_id).key_sealed_recovery = b"\x00" * 80  # altered
    result = env.recovery.reset_passphrase(env.manager, RECOVERY, env.pat.id)
    assert result.damaged == 1
    signed = env.signin.sign_in(env.pat.id, result.temporary_passphrase, new_passphrase="pat picked another one")
    [row] = env.fresh_store().list(env.pat.id, signed.keyring)
    assert row.damaged and not row.lost


# -- 6. a record moved while its old owner has it open ---------------------------------------------------------

def test_saving_a_record_moved_away_says_it_was_moved(env: Env) -> None:
    env.recovery.set_up(env.manager, RECOVERY)
    opened = env.store.create(env.pat.id, env.pat_keys, "nps-screening", "CRN 6")
    env.recovery.move_case(env.manager, RECOVERY, "CRN 6", env.pat.id, env.sam.id)
    with pytest.raises(RecordMovedAway, match="moved to another practitioner"):
        env.store.save_draft(env.pat.id, env.pat_keys, _fill(opened.record, notes="typed after the move"))
    with pytest.raises(RecordMovedAway):
        env.store.open(env.pat.id, env.pat_keys, opened.id)
    assert "typed after the move" not in str(env.fresh_store().open(env.sam.id, env.sam_keys, opened.id).record)


# -- 7. and 10. every opening audited; a key replaced meanwhile ------------------------------------------------

def test_a_key_replaced_between_opening_and_moving_stops_the_move_and_the_opening_is_audited(env: Env,
                                                                                          monkeypatch) -> None:
    env.recovery.set_up(env.manager, RECOVERY)
    record_id = _screen(env, env.pat, env.pat_keys, "CRN 10")
    opening = env.recovery._open

    def open_then_replaced(acting, passphrase, what, **kwargs):
        opened = opening(acting, passphrase, what, **kwargs)
        if what == "move a case's screenings":  # another manager replaces the key meanwhile
            env.recovery.replace(env.manager, RECOVERY, "a brand new recovery phrase")
        return opened

    monkeypatch.setattr(env.recovery, "_open", open_then_replaced)
    with pytest.raises(NotAllowed, match="replaced meanwhile"):
        env.recovery.move_case(env.manager, RECOVERY, "CRN 10", env.pat.id, env.sam.id)
    assert _row(env, record_id).profile_id == env.pat.id
    opened = [a for a in _actions(env, "recovery_key") if a[0] == "recovery-key-opened"]
    assert [d for _a, _k, d in opened] == ["move a case's screenings", "replace the recovery key"]


def test_an_opening_for_an_operation_that_then_fails_is_audited(env: Env, monkeypatch) -> None:
    from sqlalchemy.orm import Session

    from nps_trainer.storage.models import ProfileKey

    env.recovery.set_up(env.manager, RECOVERY)
    _screen(env, env.pat, env.pat_keys, "CRN 1")
    real_get, opening = Session.get, env.recovery._open
    vanished = []

    def open_key(*args, **kwargs):
        opened = opening(*args, **kwargs)
        vanished.append(True)  # from here on Sam's key row is gone (as if deleted meanwhile)
        return opened

    def get(self, entity, ident, **kwargs):
        if entity is ProfileKey and ident == env.sam.id and vanished:
            return None
        return real_get(self, entity, ident, **kwargs)

    monkeypatch.setattr(env.recovery, "_open", open_key)
    monkeypatch.setattr(Session, "get", get)
    with pytest.raises(ValueError, match="has not signed in"):
        env.recovery.move_case(env.manager, RECOVERY, "CRN 1", env.pat.id, env.sam.id)
    monkeypatch.undo()
    assert ("recovery-key-opened", "move a case's screenings") in [(a, d) for a, _k, d in
                                                                  _actions(env, "recovery_key")]


# -- 8. tries counted before they are checked ---------------------------------------------------------------------

def test_tries_made_at_the_same_time_are_throttled_one_after_the_other(env: Env, monkeypatch) -> None:
    env.recovery.set_up(env.manager, RECOVERY)
    for _ in range(2):
        with pytest.raises(WrongRecoveryPassphrase):
            env.recovery.reset_passphrase(env.manager, WRONG, env.pat.id)
    real_unlock = key_module.unlock

    def slow_unlock(passphrase, header):  # a real Argon2id takes about a second: the window is that wide
        time.sleep(0.4)
        return real_unlock(passphrase, header)

    monkeypatch.setattr(key_module, "unlock", slow_unlock)
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def attempt() -> None:
        start.wait()
        try:
            env.recovery.reset_passphrase(env.manager, WRONG, env.pat.id)
        except (WrongRecoveryPassphrase, RecoveryThrottled) as exc:
            outcomes.append(type(exc).__name__)

    threads = [threading.Thread(target=attempt) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(outcomes) == ["RecoveryThrottled", "WrongRecoveryPassphrase"]
    tries = [a for a in _actions(env, "recovery_key") if a[0] == "recovery-passphrase-tried"]
    assert len(tries) == 3  # the throttled one was never tried
    assert env.signin.sign_in(env.pat.id, PAT_PASS).profile.id == env.pat.id  # nothing was reset
