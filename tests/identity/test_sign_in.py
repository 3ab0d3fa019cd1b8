"""Sign-in, wrong passphrases and their throttling, roles, and the screening store refusing another profile's
keys: on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from nps_trainer.audit import AuditLog
from nps_trainer.i18n.command_line import use_for_commands
from nps_trainer.identity import (
    ForeignKeyring,
    KeyStore,
    SignInService,
    SignInThrottled,
    WrongPassphrase,
)
from nps_trainer.identity import keys as keys_module
from nps_trainer.identity.crypto import FAST_TEST_KDF, create_keyring
from nps_trainer.identity.sealing import seal, unseal
from nps_trainer.paths import bundled_screening_dir
from nps_trainer.profiles import NotAllowed, ProfileService
from nps_trainer.screening import FormLibrary, set_answer
from nps_trainer.screening_records import RecordNotFound, ScreeningStore
from nps_trainer.storage.database import open_database
from nps_trainer.storage.models import ProfileKey

ALEX = "alex walks the long canal path"
SAM = "sam keeps bees near the moor"


@pytest.fixture
def env(database_url: str, tmp_path: Path):
    db = open_database(database_url, tmp_path / "backups")
    audit = AuditLog(db)
    profiles = ProfileService(db, audit)
    keys = KeyStore(db, audit, FAST_TEST_KDF)
    signin = SignInService(profiles, keys)
    store = ScreeningStore(db, audit, FormLibrary.load(bundled_screening_dir()))
    yield db, audit, profiles, keys, signin, store
    db.close()


def test_one_passphrase_signs_in_and_unlocks_the_screening_keys(env) -> None:
    _db, _audit, profiles, _keys, signin, store = env
    alex = profiles.create("Alex", "manager")
    first = signin.set_passphrase(alex.id, ALEX)
    opened = store.create(alex.id, first.keyring, "nps-screening", "X123456")
    again = signin.sign_in(alex.id, ALEX)
    assert again.profile.id == alex.id and again.keyring.owner == alex.id
    assert store.open(alex.id, again.keyring, opened.id).record.case_reference == "X123456"
    assert profiles.get(alex.id).has_passphrase


def test_wrong_passphrases_slow_further_tries_and_are_audited(env, monkeypatch) -> None:
    db, audit, profiles, keys, signin, _store = env
    use_for_commands("en")  # English as people read it: the plural forms of the English catalogue
    alex = profiles.create("Alex", "manager")
    signin.set_passphrase(alex.id, ALEX)
    for _ in range(keys_module.FREE_ATTEMPTS - 1):
        with pytest.raises(WrongPassphrase):
            signin.sign_in(alex.id, "not the passphrase at all")
        assert keys.retry_after(alex.id) is None  # the first few tries cost nothing
    with pytest.raises(WrongPassphrase):
        signin.sign_in(alex.id, "not the passphrase at all")
    wait = keys.retry_after(alex.id)
    assert wait is not None
    # While the wait runs, even the right passphrase is not tried.
    with pytest.raises(SignInThrottled, match="Wait 30 seconds"):
        signin.sign_in(alex.id, ALEX)
    # Each further failure doubles the wait.
    later = keys_module.utcnow() + timedelta(seconds=31)
    monkeypatch.setattr(keys_module, "utcnow", lambda: later)
    with pytest.raises(WrongPassphrase):
        signin.sign_in(alex.id, "still not the passphrase")
    with db.session() as session:
        row = session.get(ProfileKey, alex.id)
        assert row.failed_attempts == keys_module.FREE_ATTEMPTS + 1
        assert (row.retry_after - later).total_seconds() == pytest.approx(60, abs=2)
    monkeypatch.setattr(keys_module, "utcnow", lambda: later + timedelta(seconds=61))
    assert signin.sign_in(alex.id, ALEX).profile.id == alex.id
    with db.session() as session:
        assert session.get(ProfileKey, alex.id).failed_attempts == 0
    actions = [e.action for e in audit.entries(object_type="profile") if e.object_id == str(alex.id)]
    assert actions.count("unlock-failed") == keys_module.FREE_ATTEMPTS + 1
    assert "unlock-throttled" in actions and actions[-1] == "unlock"


def test_wait_grows_and_is_capped() -> None:
    waits = [keys_module.wait_after(n) for n in range(0, 12)]
    assert waits[:3] == [0, 0, 0]
    assert waits[3:6] == [30, 60, 120]
    assert max(waits) == keys_module.LONGEST_WAIT_SECONDS and waits == sorted(waits)


def test_the_store_refuses_another_profiles_keyring_on_every_path(env) -> None:
    _db, _audit, profiles, _keys, signin, store = env
    alex = profiles.create("Alex", "manager")
    sam = profiles.create("Sam", "practitioner")
    alex_keys = signin.set_passphrase(alex.id, ALEX).keyring
    sam_keys = signin.set_passphrase(sam.id, SAM).keyring
    opened = store.create(sam.id, sam_keys, "nps-screening", "X999999")
    record = opened.record
    record.answers = set_answer(record.answers, "any_use_past_year", "no")

    # Alex's keys used in Sam's name: refused before anything is read or written.
    with pytest.raises(ForeignKeyring):
        store.save_draft(sam.id, alex_keys, record)
    with pytest.raises(ForeignKeyring):
        store.finalise(sam.id, alex_keys, record)
    with pytest.raises(ForeignKeyring):
        store.open(sam.id, alex_keys, opened.id)
    with pytest.raises(ForeignKeyring):
        store.list(sam.id, alex_keys)
    with pytest.raises(ForeignKeyring):
        store.create(sam.id, alex_keys, "nps-screening", "X111111")
    # A keyring that merely claims to be Sam's (its owner changed) is refused by its key tag.
    forged, _header = create_keyring("a forged passphrase for sam", kdf=FAST_TEST_KDF)
    forged.owner = sam.id
    with pytest.raises(ForeignKeyring):
        store.save_draft(sam.id, forged, record)
    alex_keys.owner = sam.id
    with pytest.raises(ForeignKeyring):
        store.open(sam.id, alex_keys, opened.id)
    alex_keys.owner = alex.id
    # Alex acting as Alex cannot reach Sam's record either.
    with pytest.raises(RecordNotFound):
        store.save_draft(alex.id, alex_keys, record)
    with pytest.raises(RecordNotFound):
        store.open(alex.id, alex_keys, opened.id)
    # Sam's own keys still work, and the record is as Sam left it.
    store.save_draft(sam.id, sam_keys, record)
    assert store.open(sam.id, sam_keys, opened.id).record.answers["any_use_past_year"] == "no"


def test_a_key_set_before_sign_in_existed_is_tagged_at_its_next_unlock(env) -> None:
    db, _audit, profiles, keys, signin, store = env
    alex = profiles.create("Alex", "manager")
    signin.set_passphrase(alex.id, ALEX)
    with db.session() as session:  # as migration 0004 leaves a key made by 0.1
        row = session.get(ProfileKey, alex.id)
        row.key_check = row.public_key = row.private_key_cipher = None
    keyring = keys.unlock(alex.id, ALEX)
    store.create(alex.id, keyring, "nps-screening", "X1")
    assert keys.public_key(alex.id) is not None and len(keys.private_key(keyring)) == 32


def test_secrets_sealed_to_a_profile_open_only_with_its_keys(env) -> None:
    _db, _audit, profiles, keys, signin, _store = env
    alex = profiles.create("Alex", "manager")
    sam = profiles.create("Sam", "practitioner")
    alex_in = signin.set_passphrase(alex.id, ALEX)
    sam_in = signin.set_passphrase(sam.id, SAM)
    sealed = seal(b"the signing key", keys.public_key(alex.id), purpose="signing-key:abc")
    assert unseal(sealed, keys.private_key(alex_in.keyring), purpose="signing-key:abc") == b"the signing key"
    from nps_trainer.identity.crypto import DecryptionFailed

    with pytest.raises(DecryptionFailed):
        unseal(sealed, keys.private_key(sam_in.keyring), purpose="signing-key:abc")
    with pytest.raises(DecryptionFailed):
        unseal(sealed, keys.private_key(alex_in.keyring), purpose="signing-key:other")


def test_role_rules(env) -> None:
    _db, audit, profiles, _keys, _signin, _store = env
    admin = profiles.create("Ada", "manager")  # the first profile may be the administrator
    with pytest.raises(NotAllowed, match="Only a manager"):
        profiles.create("Fay", "facilitator")  # not at the sign-in screen
    with pytest.raises(NotAllowed):
        profiles.create("Max", "manager")
    pat = profiles.create("Pat", "practitioner", team="Leeds North")
    dee = profiles.create("Dee", "drug_service")
    assert (pat.organisation, pat.team, dee.organisation) == ("probation", "Leeds North", "drug_service")
    fay = profiles.create("Fay", "facilitator", acting=admin)
    with pytest.raises(NotAllowed):
        profiles.create("Max", "manager", acting=pat)
    with pytest.raises(NotAllowed):
        profiles.set_role(pat, pat.id, "manager")
    with pytest.raises(NotAllowed):
        profiles.rename(pat, dee.id, "Someone else")
    assert profiles.rename(pat, pat.id, "Pat R.").display_name == "Pat R."
    assert profiles.set_role(admin, fay.id, "manager").role == "manager"
    profiles.set_role(admin, fay.id, "facilitator")
    with pytest.raises(NotAllowed, match="only manager"):
        profiles.set_role(admin, admin.id, "practitioner")  # someone must stay able to manage
    profiles.archive(admin, fay.id)
    assert fay.id not in [p.id for p in profiles.list()]
    assert fay.id in [p.id for p in profiles.list(include_archived=True)]
    with pytest.raises(NotAllowed, match="cannot archive your own profile"):
        profiles.archive(admin, admin.id)
    profiles.restore(admin, fay.id)
    assert fay.id in [p.id for p in profiles.list()]
    actions = [e.action for e in audit.entries(object_type="profile")]
    assert {"create-profile", "rename-profile", "set-role", "archive-profile", "restore-profile"} <= set(actions)


def test_an_archived_profile_cannot_sign_in(env) -> None:
    _db, _audit, profiles, _keys, signin, _store = env
    admin = profiles.create("Ada", "manager")
    pat = profiles.create("Pat", "practitioner")
    signin.set_passphrase(pat.id, SAM)
    profiles.archive(admin, pat.id)
    with pytest.raises(NotAllowed, match="archived"):
        signin.sign_in(pat.id, SAM)


def test_erasing_learning_keeps_screening_records(env) -> None:
    db, audit, profiles, _keys, signin, store = env
    from nps_trainer.progress import ProgressService
    from nps_trainer.storage.models import ModuleProgress, ModuleVisit, ScreeningRecord

    admin = profiles.create("Ada", "manager")
    pat = profiles.create("Pat", "practitioner")
    pat_in = signin.set_passphrase(pat.id, SAM)
    progress = ProgressService(db)
    visit = progress.start_visit(pat.id, "m", "1.0")
    progress.section_viewed(visit, "a", ["a"])
    store.create(pat.id, pat_in.keyring, "nps-screening", "X5")
    with pytest.raises(NotAllowed):
        profiles.erase_learning(pat, pat.id)
    counts = profiles.erase_learning(admin, pat.id)
    assert counts["module visits"] == 1 and counts["module records"] == 1
    from sqlalchemy import func, select

    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(ModuleVisit)) == 0
        assert session.scalar(select(func.count()).select_from(ModuleProgress)) == 0
        assert session.scalar(select(func.count()).select_from(ScreeningRecord)) == 1
    assert profiles.get(pat.id).display_name == "Pat"
    entry = next(e for e in audit.entries(object_type="profile") if e.action == "erase-learning")
    assert entry.profile_id == admin.id and entry.object_id == str(pat.id) and "1 module visits" in entry.detail


def test_a_person_a_manager_added_needs_their_setup_code(env, monkeypatch) -> None:
    _db, audit, profiles, keys, signin, _store = env
    from datetime import timedelta

    from nps_trainer.profiles import service as profile_service

    admin = profiles.create("Ada", "manager")
    signin.set_passphrase(admin.id, ALEX)
    priya = profiles.create("Priya", "manager", acting=admin)
    pat = profiles.create("Pat", "practitioner", acting=admin)
    # Without the code, a profile a manager added cannot be claimed at the sign-in screen, even before the
    # manager has been given the code.
    with pytest.raises(NotAllowed, match="setup code is not right"):
        signin.set_passphrase(priya.id, SAM)
    with pytest.raises(NotAllowed, match="setup code is not right"):
        signin.set_passphrase(pat.id, "pat sails small boats at dawn")
    code = profiles.issue_setup_code(admin, priya.id)
    assert len(code) == 14 and profiles.get(priya.id).setup_code_pending
    with pytest.raises(NotAllowed, match="not right"):
        signin.set_passphrase(priya.id, SAM, "AAAA-BBBB-CCCC")
    assert not keys.has_passphrase(priya.id)
    signed = signin.set_passphrase(priya.id, SAM, code.lower().replace("-", " "))
    assert signed.profile.is_manager and not profiles.get(priya.id).setup_code_pending
    # A practitioner a manager added needs theirs too; an old code stops working.
    pat_code = profiles.issue_setup_code(admin, pat.id)
    later = profile_service.utcnow() + timedelta(days=profile_service.SETUP_CODE_DAYS + 1)
    monkeypatch.setattr(profile_service, "utcnow", lambda: later)
    with pytest.raises(NotAllowed, match="expired"):
        signin.set_passphrase(pat.id, "pat sails small boats at dawn", pat_code)
    with pytest.raises(NotAllowed, match="Only a manager"):
        profiles.issue_setup_code(pat, pat.id)
    with pytest.raises(ValueError, match="set a passphrase already"):
        profiles.issue_setup_code(admin, priya.id)
    assert [e.action for e in audit.entries(object_type="profile")].count("issue-setup-code") == 2


def test_a_manager_without_a_passphrase_is_claimed_only_while_no_manager_can_sign_in(env) -> None:
    db, _audit, profiles, _keys, signin, _store = env
    morgan = profiles.create("Morgan", "manager")  # as a database from before sign-in: no passphrases at all
    bea = profiles.create("Bea", "manager", acting=morgan)
    fay = profiles.create("Fay", "facilitator", acting=morgan)
    with pytest.raises(NotAllowed, match="setup code"):
        signin.set_passphrase(fay.id, SAM)  # never a facilitator without a code
    signin.set_passphrase(morgan.id, ALEX)  # no manager could sign in: as the first profile on a new database
    with pytest.raises(NotAllowed, match="setup code"):
        signin.set_passphrase(bea.id, SAM)  # now there is one, who can give Bea a code
    del db


def test_names_that_differ_only_in_case_or_spacing_are_refused(env) -> None:
    _db, _audit, profiles, _keys, _signin, _store = env
    admin = profiles.create("Helen Ashworth", "manager")
    with pytest.raises(ValueError, match="already a profile called Helen Ashworth"):
        profiles.create("helen  ashworth", "practitioner")
    pat = profiles.create("Pat", "practitioner")
    with pytest.raises(ValueError, match="already a profile called"):
        profiles.rename(admin, pat.id, "HELEN ASHWORTH")


def test_a_manager_demoted_elsewhere_can_no_longer_act_as_one(env) -> None:
    _db, _audit, profiles, _keys, _signin, _store = env
    ada = profiles.create("Ada", "manager")
    bea = profiles.create("Bea", "manager", acting=ada)
    pat = profiles.create("Pat", "practitioner")
    profiles.set_role(ada, bea.id, "practitioner")  # while Bea is signed in on another PC, say
    for attempt in (lambda: profiles.set_role(bea, pat.id, "manager"),
                    lambda: profiles.set_role(bea, bea.id, "manager"),
                    lambda: profiles.create("Max", "manager", acting=bea),
                    lambda: profiles.archive(bea, pat.id),
                    lambda: profiles.erase_learning(bea, pat.id)):
        with pytest.raises(NotAllowed, match="no longer a manager"):
            attempt()


def test_erasing_learning_removes_the_persons_learning_records_statements(env) -> None:
    db, _audit, profiles, _keys, _signin, _store = env
    from nps_trainer.learning_records.config import LrsConfig
    from nps_trainer.learning_records.events import LearningEvents
    from nps_trainer.learning_records.outbox import Outbox
    from nps_trainer.progress import ProgressService

    admin = profiles.create("Ada", "manager")
    pat = profiles.create("Pat", "practitioner")
    progress = ProgressService(db, LearningEvents(LrsConfig()))
    progress.section_viewed(progress.start_visit(pat.id, "m", "1.0"), "a", ["a"])
    assert len(Outbox(db).export()) == 2
    counts = profiles.erase_learning(admin, pat.id)
    assert counts["learning records (xAPI)"] == 2 and Outbox(db).export() == []


def test_guesses_made_in_parallel_are_throttled_like_guesses_made_in_turn(env) -> None:
    from concurrent.futures import ThreadPoolExecutor

    _db, audit, profiles, _keys, signin, _store = env
    alex = profiles.create("Alex", "manager")
    signin.set_passphrase(alex.id, ALEX)

    def guess(n: int) -> str:
        try:
            signin.sign_in(alex.id, f"a wrong guess number {n}")
        except WrongPassphrase:
            return "tried"
        except SignInThrottled:
            return "throttled"
        return "in"

    with ThreadPoolExecutor(max_workers=6) as pool:
        outcomes = list(pool.map(guess, range(12)))
    assert outcomes.count("tried") == keys_module.FREE_ATTEMPTS and outcomes.count("in") == 0
    assert outcomes.count("throttled") == 12 - keys_module.FREE_ATTEMPTS
    actions = [e.action for e in audit.entries(object_type="profile") if e.object_id == str(alex.id)]
    assert actions.count("unlock-failed") == keys_module.FREE_ATTEMPTS


def test_the_bootstrap_exception_does_not_reopen_after_a_handover(env) -> None:
    _db, _audit, profiles, keys, signin, _store = env
    ada = profiles.create("Ada", "manager")
    signin.set_passphrase(ada.id, ALEX)
    legacy = profiles.create("Lee", "practitioner")  # no passphrase, no code: as on an upgraded database
    promoted = profiles.set_role(ada, legacy.id, "manager")
    assert promoted.setup_code_pending  # promoting someone without a passphrase locks the profile behind a code
    with pytest.raises(NotAllowed, match="only manager"):
        profiles.set_role(ada, ada.id, "practitioner")  # Lee cannot sign in yet: Ada must stay a manager
    with pytest.raises(NotAllowed, match="setup code"):
        signin.set_passphrase(legacy.id, SAM)
    assert not keys.has_passphrase(legacy.id)
