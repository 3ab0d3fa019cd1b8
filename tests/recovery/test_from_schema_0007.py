"""Records made at schema 0007 (the committed fixture, written by the code of that time with the practitioner's
data key) get keys of their own at their owner's first listing after the upgrade, are sealed to the recovery
key, and can then be moved and recovered like any other."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from nps_trainer.identity import PassphraseChangeRequired, WrongPassphrase
from nps_trainer.identity.crypto import FAST_TEST_KDF
from nps_trainer.paths import UserPaths
from nps_trainer.recovery import RecoveryService
from nps_trainer.screening import set_answer
from nps_trainer.services import build_services
from nps_trainer.storage.models import ScreeningRecord as RecordRow
from tests.team.helpers import use_fast_keys

FIXTURE = Path(__file__).parent.parent / "fixtures" / "schema-0007.sqlite3"
PASSPHRASE = "slate harbour under the hill"  # tests/fixtures/make_schema_0007.py
FINISHED_CASE, DRAFT_CASE = "X700001", "X700002"
AMENDMENT_REASON = "Corrected after speaking to the drug service"
RECOVERY = "the managers keep this phrase locked away"


@pytest.fixture
def services(tmp_path: Path, user_paths: UserPaths):
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURE, path)
    built = build_services(user_paths, database=f"sqlite:///{path}")
    use_fast_keys(built)
    built.__dict__["recovery"] = RecoveryService(built.database, built.audit, built.profiles, FAST_TEST_KDF)
    yield built
    built.close()


def _rows(services) -> dict[int, RecordRow]:
    from sqlalchemy import select

    with services.database.session() as session:
        return {row.id: row for row in session.scalars(select(RecordRow))}


def test_0007_records_are_converted_at_the_first_listing_then_moved_and_recovered(services) -> None:
    people = {p.display_name: p for p in services.profiles.list()}
    morgan = services.signin.sign_in(people["Morgan Example"].id, PASSPHRASE)
    key_id = services.recovery.set_up(morgan.profile, RECOVERY)
    assert all(row.key_sealed is None for row in _rows(services).values())  # as 0007 left them
    assert services.recovery.status().not_sealed == 2

    alex = services.signin.sign_in(people["Alex Example"].id, PASSPHRASE)
    store = services.screening
    listed = {row.case_reference: row.id for row in store.list(alex.profile.id, alex.keyring)}
    assert set(listed) == {FINISHED_CASE, DRAFT_CASE}
    rows = _rows(services)
    assert all(row.key_sealed is not None and row.recovery_key_id == key_id for row in rows.values())
    converted = [e for e in services.audit.entries(object_type="screening_record") if e.action == "upgrade-key"]
    assert sorted(e.object_id for e in converted) == sorted(str(i) for i in listed.values())
    assert services.audit.verify() == []

    # The converted finished record still opens with its 0007 amendment, and amends.
    finished = store.open(alex.profile.id, alex.keyring, listed[FINISHED_CASE])
    assert [a.reason for a in finished.amendments] == [AMENDMENT_REASON]
    record = finished.record
    record.answers = set_answer(record.answers, "any_use_past_year", "yes")
    store.amend(alex.profile.id, alex.keyring, record, "Corrected again after the upgrade")

    # Moved to another practitioner (never to the manager moving it), it opens for them and leaves Alex's list.
    jo = services.profiles.create("Jo Example", "practitioner")
    jo_keys = services.signin.set_passphrase(jo.id, "jo takes the case on now").keyring
    moved = services.recovery.move_case(morgan.profile, RECOVERY, FINISHED_CASE.lower(), alex.profile.id, jo.id)
    assert (moved.moved, moved.not_checked) == (1, 0)
    assert [r.case_reference for r in store.list(alex.profile.id, alex.keyring)] == [DRAFT_CASE]
    theirs = store.open(jo.id, jo_keys, listed[FINISHED_CASE])
    assert [a.reason for a in theirs.amendments] == [AMENDMENT_REASON, "Corrected again after the upgrade"]

    # Alex forgets their passphrase: the draft made at 0007 is recovered under the new one.
    reset = services.recovery.reset_passphrase(morgan.profile, RECOVERY, alex.profile.id)
    assert (reset.recovered, reset.lost) == (1, 0)
    with pytest.raises(WrongPassphrase):
        services.signin.sign_in(alex.profile.id, PASSPHRASE)
    with pytest.raises(PassphraseChangeRequired):
        services.signin.sign_in(alex.profile.id, reset.temporary_passphrase)
    again = services.signin.sign_in(alex.profile.id, reset.temporary_passphrase,
                                    new_passphrase="alex picked a fresh phrase")
    draft = store.open(alex.profile.id, again.keyring, listed[DRAFT_CASE])
    assert draft.record.case_reference == DRAFT_CASE and not draft.read_only
    assert services.audit.verify() == []


def test_a_reset_manager_gets_the_signing_key_shared_again(tmp_path: Path, user_paths: UserPaths) -> None:
    """A manager's share of the certificate-signing key is sealed to their old key pair: the reset drops it, and
    another manager shares the key with them again, so they can still issue certificates."""
    from sqlalchemy import select

    from nps_trainer.storage.models import SigningKeyShare
    from tests.team.helpers import make_manager, make_person
    from tests.team.records_data import days_ago, module_record

    services = build_services(user_paths, database=f"sqlite:///{tmp_path / 'new.sqlite3'}")
    try:
        use_fast_keys(services)
        services.__dict__["recovery"] = RecoveryService(services.database, services.audit, services.profiles,
                                                        FAST_TEST_KDF)
        first = make_manager(services, "Morgan Manager")
        second = make_manager(services, "Sam Second", acting=first)
        ann = make_person(services, "Ann Archer")
        module_record(services, ann.id, "what-are-nps", completed=days_ago(2))
        issued = services.certificates.issue(first, ann.id, "module", "what-are-nps")  # shared with both
        with services.database.session() as session:
            assert sorted(session.scalars(select(SigningKeyShare.profile_id))) == [first.profile.id, second.profile.id]
        services.recovery.set_up(first.profile, RECOVERY)
        temporary = services.recovery.reset_passphrase(first.profile, RECOVERY, second.profile.id).temporary_passphrase
        with services.database.session() as session:
            holders = session.scalars(select(SigningKeyShare.profile_id)).all()
        assert holders == [first.profile.id]
        assert any(e.detail == "through the recovery key; 1 signing-key share(s) dropped"
                   for e in services.audit.entries(object_type="profile"))
        again = services.signin.sign_in(second.profile.id, temporary, new_passphrase="sam has a new phrase now")
        assert services.certificates.share_signing_key(first) == 1
        assert services.certificates.issue(again, ann.id, "module", "what-are-nps").key_id == issued.key_id
    finally:
        services.close()
