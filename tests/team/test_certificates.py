"""The certificate register on SQLite and PostgreSQL: issuing only for what was completed, the signing key
shared between managers (and replaced when lost), verification of codes, revocation, tampering, and the PDF's
own signed copy of the facts."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select

from nps_trainer.identity.crypto import DecryptionFailed
from nps_trainer.paths import UserPaths
from nps_trainer.profiles import NotAllowed
from nps_trainer.services import Services, build_services
from nps_trainer.storage.models import Certificate, SigningKey, SigningKeyShare
from nps_trainer.team import certificates as certs
from nps_trainer.team.certificates import (
    NotEligible,
    SigningKeyNotShared,
    UnknownItem,
    read_document_payload,
    verify_document,
)
from tests.team.helpers import make_manager, make_person, sign_in
from tests.team.records_data import days_ago, module_record, moment, quiz_attempt


@pytest.fixture
def services(database_url: str, user_paths: UserPaths) -> Iterator[Services]:
    built = build_services(user_paths, database=database_url)
    yield built
    built.close()


def _audit_actions(services: Services, code: str) -> list[str]:
    return [entry.action for entry in services.audit.entries(object_type="certificate", object_id=code)]


def test_a_module_certificate_holds_the_facts_and_verifies(services: Services) -> None:
    manager = make_manager(services)
    ann = make_person(services, "Ann Archer")
    module_record(services, ann.id, "naloxone-probation", completed=days_ago(3))
    issued = services.certificates.issue(manager, ann.id, "module", "naloxone-probation")

    facts = issued.facts
    assert facts["name"] == "Ann Archer" and facts["person"] == ann.uid
    assert (facts["item_type"], facts["item_id"], facts["title"]) == ("module", "naloxone-probation",
                                                                     "Naloxone and probation")
    assert facts["completed_on"] == moment(days_ago(3)).astimezone().date().isoformat()
    assert facts["hours"] == "0.5"  # 25 minutes to the nearest quarter hour
    assert "score" not in facts and facts["organisation"] == certs.ORGANISATION
    assert facts["issued_on"] == date.today().isoformat() and len(facts["serial"]) == 16
    with services.database.session() as session:
        key = session.scalars(select(SigningKey)).one()
    assert facts["key_id"] == issued.key_id == certs.key_id_for(key.public_key)
    assert issued.code == certs.code_for(certs.canonical_json(facts), issued.signature)

    result = services.certificates.verify(issued.code.lower().replace("-", " "))
    assert result.ok and result.status == certs.GENUINE and result.facts == facts and result.code == issued.code
    assert _audit_actions(services, issued.code) == ["issue-certificate"]


def test_a_quiz_certificate_has_the_best_passed_score_and_the_time_spent(services: Services) -> None:
    manager = make_manager(services)
    ann = make_person(services, "Ann Archer")
    quiz_attempt(services, ann.id, "overdose-response", 60.0, day=days_ago(9))  # failed
    quiz_attempt(services, ann.id, "overdose-response", 95.0, mode="practice", day=days_ago(8))  # practice
    quiz_attempt(services, ann.id, "overdose-response", 85.0, day=days_ago(5), seconds=50 * 60)
    quiz_attempt(services, ann.id, "overdose-response", 90.0, day=days_ago(2), seconds=20 * 60)
    issued = services.certificates.issue(manager, ann.id, "quiz", "overdose-response")
    assert issued.facts["score"] == 90 and issued.facts["hours"] == "0.25"
    assert issued.facts["completed_on"] == moment(days_ago(2), 11).astimezone().date().isoformat()
    assert services.certificates.verify(issued.code).ok


def test_what_was_not_completed_is_refused_and_nothing_is_recorded(services: Services) -> None:
    manager = make_manager(services)
    ann = make_person(services, "Ann Archer")
    module_record(services, ann.id, "safeguarding", sections=3)  # in progress
    module_record(services, ann.id, "drug-awareness", completed=days_ago(20), sections=2, unread=True)
    quiz_attempt(services, ann.id, "safeguarding", 50.0)
    quiz_attempt(services, ann.id, "drug-awareness", 100.0, mode="practice")
    register = services.certificates
    with pytest.raises(NotEligible, match=r"Ann Archer cannot .* module 'Safeguarding.*not completed it"):
        register.issue(manager, ann.id, "module", "safeguarding")
    with pytest.raises(NotEligible, match="before every section had to be read"):
        register.issue(manager, ann.id, "module", "drug-awareness")
    with pytest.raises(NotEligible, match="not passed it in assessed mode"):
        register.issue(manager, ann.id, "quiz", "safeguarding")
    with pytest.raises(NotEligible, match="not passed it in assessed mode"):
        register.issue(manager, ann.id, "quiz", "drug-awareness")
    with pytest.raises(NotEligible, match="joint sessions"):
        register.issue(manager, ann.id, "session", "any")
    with pytest.raises(UnknownItem, match="no module with the id 'no-such-module'"):
        register.issue(manager, ann.id, "module", "no-such-module")
    assert register.completed_items(ann.id) == []
    with services.database.session() as session:
        assert session.scalars(select(Certificate)).all() == []


def test_a_learning_path_needs_every_item(services: Services) -> None:
    from nps_trainer.team.paths import load_paths

    manager = make_manager(services)
    ann = make_person(services, "Ann Archer")
    path = next(p for p in load_paths(services.config.content_dir)[0] if p.id == "practitioner-essentials")
    for kind, item_id in path.items[:-1]:
        if kind == "module":
            module_record(services, ann.id, item_id, completed=days_ago(30))
        else:
            quiz_attempt(services, ann.id, item_id, 90.0, day=days_ago(29), seconds=600)
    with pytest.raises(NotEligible, match=r"still to do quiz 'Check your learning: safeguarding"):
        services.certificates.issue(manager, ann.id, "path", "practitioner-essentials")
    quiz_attempt(services, ann.id, "safeguarding", 100.0, day=days_ago(1), seconds=600)
    issued = services.certificates.issue(manager, ann.id, "path", "practitioner-essentials")
    assert issued.facts["title"] == "Probation practitioner essentials" and "score" not in issued.facts
    assert issued.facts["completed_on"] == moment(days_ago(1), 11).astimezone().date().isoformat()
    module_hours = sum(float(certs.quarter_hours(m.minutes)) for m in certs._Content(
        services.config.content_dir).modules.values() if m.id in path.modules())
    assert float(issued.facts["hours"]) == module_hours + len(path.quizzes()) * 0.25  # 600 s each
    kinds = {(item.item_type, item.item_id) for item in services.certificates.completed_items(ann.id)}
    assert ("path", "practitioner-essentials") in kinds and ("quiz", "safeguarding") in kinds


def test_only_a_manager_can_issue(services: Services) -> None:
    manager = make_manager(services)
    pat = make_person(services, "Pat Practitioner")
    module_record(services, pat.id, "what-are-nps", completed=days_ago(2))
    facilitator = sign_in(services, make_person(services, "Fran Facilitator", "facilitator", acting=manager))
    for who in (sign_in(services, pat), facilitator):
        with pytest.raises(NotAllowed, match="Only a manager can issue certificates"):
            services.certificates.issue(who, pat.id, "module", "what-are-nps")
    with services.database.session() as session:
        assert session.scalars(select(SigningKey)).all() == []


def test_a_second_manager_gets_a_share_when_the_first_signs(services: Services) -> None:
    first = make_manager(services, "Morgan Manager")
    ann = make_person(services, "Ann Archer")
    module_record(services, ann.id, "what-are-nps", completed=days_ago(2))
    module_record(services, ann.id, "safeguarding", completed=days_ago(2))
    register = services.certificates
    one = register.issue(first, ann.id, "module", "what-are-nps")
    second = make_manager(services, "Sam Second", acting=first)
    with pytest.raises(SigningKeyNotShared, match="next time Morgan Manager issues a certificate"):
        register.issue(second, ann.id, "module", "safeguarding")
    register.issue(first, ann.id, "module", "what-are-nps")  # shares the key with Sam
    with services.database.session() as session:
        shares = {row.profile_id: row.key_id for row in session.scalars(select(SigningKeyShare))}
    assert shares == {first.profile.id: one.key_id, second.profile.id: one.key_id}
    two = register.issue(second, ann.id, "module", "safeguarding")
    assert two.key_id == one.key_id and not two.notice
    assert register.verify(two.code).ok
    assert "share-signing-key" in [e.action for e in services.audit.entries(object_type="signing-key")]


def test_a_share_opens_only_for_its_own_manager(services: Services) -> None:
    from nps_trainer.identity.sealing import unseal

    first = make_manager(services, "Morgan Manager")
    ann = make_person(services, "Ann Archer")
    module_record(services, ann.id, "what-are-nps", completed=days_ago(2))
    second = make_manager(services, "Sam Second", acting=first)
    issued = services.certificates.issue(first, ann.id, "module", "what-are-nps")
    with services.database.session() as session:
        share = session.get(SigningKeyShare, (issued.key_id, first.profile.id))
    with pytest.raises(DecryptionFailed):
        unseal(share.sealed, services.keys.private_key(second.keyring), purpose=f"signing-key:{issued.key_id}")


def test_a_lost_key_is_replaced_and_old_certificates_still_verify(services: Services) -> None:
    first = make_manager(services, "Morgan Manager")
    ann = make_person(services, "Ann Archer")
    module_record(services, ann.id, "what-are-nps", completed=days_ago(2))
    old = services.certificates.issue(first, ann.id, "module", "what-are-nps")
    second = make_manager(services, "Sam Second", acting=first)  # made after the key: no share yet
    services.profiles.archive(second.profile, first.profile.id)  # the only holder leaves
    new = services.certificates.issue(second, ann.id, "module", "what-are-nps")
    assert new.key_id != old.key_id and "new signing key" in new.notice and old.key_id in new.notice
    assert services.certificates.verify(old.code).ok and services.certificates.verify(new.code).ok
    with services.database.session() as session:
        retired = session.get(SigningKey, old.key_id).retired_at
    assert retired is not None


def test_revoking_needs_a_reason_and_the_code_then_fails(services: Services) -> None:
    manager = make_manager(services)
    ann = make_person(services, "Ann Archer")
    module_record(services, ann.id, "what-are-nps", completed=days_ago(2))
    issued = services.certificates.issue(manager, ann.id, "module", "what-are-nps")
    with pytest.raises(NotAllowed):
        services.certificates.revoke(sign_in(services, ann), issued.code, "mine")
    with pytest.raises(certs.CertificateError, match="Give a reason"):
        services.certificates.revoke(manager, issued.code, "   ")
    services.certificates.revoke(manager, issued.code, "Issued to the wrong person")
    result = services.certificates.verify(issued.code)
    assert not result.ok and result.status == certs.REVOKED
    assert "revoked on" in result.message and "Issued to the wrong person" in result.message
    with pytest.raises(certs.CertificateError, match="already revoked"):
        services.certificates.revoke(manager, issued.code, "again")
    assert _audit_actions(services, issued.code) == ["issue-certificate", "revoke-certificate"]


def test_an_edited_register_row_fails_verification(services: Services) -> None:
    manager = make_manager(services)
    ann = make_person(services, "Ann Archer")
    quiz_attempt(services, ann.id, "overdose-response", 81.0)
    issued = services.certificates.issue(manager, ann.id, "quiz", "overdose-response")
    with services.database.session() as session:
        row = session.scalars(select(Certificate).where(Certificate.code == issued.code)).one()
        row.facts = {**row.facts, "score": 100}
    result = services.certificates.verify(issued.code)
    assert not result.ok and result.status == certs.TAMPERED and "altered" in result.message
    listed = services.certificates.certificates_for(manager, ann.id)
    assert [record.intact for record in listed] == [False]


def test_a_revocation_removed_in_the_database_is_caught(services: Services) -> None:
    manager = make_manager(services)
    ann = make_person(services, "Ann Archer")
    module_record(services, ann.id, "what-are-nps", completed=days_ago(2))
    issued = services.certificates.issue(manager, ann.id, "module", "what-are-nps")
    services.certificates.revoke(manager, issued.code, "Completed by someone else")
    with services.database.session() as session:
        row = session.scalars(select(Certificate).where(Certificate.code == issued.code)).one()
        row.revoked_at = row.revoked_by = row.revoke_reason = None
    result = services.certificates.verify(issued.code)
    assert not result.ok and result.status == certs.TAMPERED and "audit log" in result.message


def test_unknown_and_mistyped_codes_are_not_genuine(services: Services) -> None:
    manager = make_manager(services)
    ann = make_person(services, "Ann Archer")
    module_record(services, ann.id, "what-are-nps", completed=days_ago(2))
    issued = services.certificates.issue(manager, ann.id, "module", "what-are-nps")
    assert services.certificates.verify("00000-00000-0").status == certs.UNKNOWN
    changed = ("1" if issued.code[0] != "1" else "2") + issued.code[1:]
    result = services.certificates.verify(changed)
    assert result.status == certs.BAD_CODE and "changed or mistyped" in result.message and result.facts is None


def test_each_person_sees_only_their_own_certificates(services: Services) -> None:
    manager = make_manager(services)
    ann = make_person(services, "Ann Archer")
    bob = make_person(services, "Bob Baker")
    module_record(services, ann.id, "what-are-nps", completed=days_ago(2))
    issued = services.certificates.issue(manager, ann.id, "module", "what-are-nps")
    assert [r.code for r in services.certificates.certificates_for(sign_in(services, ann), ann.id)] == [issued.code]
    with pytest.raises(NotAllowed):
        services.certificates.certificates_for(sign_in(services, bob), ann.id)


def test_the_documents_signed_facts_verify_without_the_register(services: Services) -> None:
    manager = make_manager(services)
    ann = make_person(services, "Ann Archer")
    quiz_attempt(services, ann.id, "overdose-response", 88.0)
    issued = services.certificates.issue(manager, ann.id, "quiz", "overdose-response")
    public = services.certificates.public_key(issued.key_id)
    facts_json, signature, key_id = read_document_payload(issued.document_payload())
    assert key_id == issued.key_id
    checked = verify_document(facts_json, signature, public)
    assert checked.ok and checked.code == issued.code and checked.facts == issued.facts
    metadata = issued.document_metadata()
    assert verify_document(metadata["certificate_facts"], metadata["certificate_signature"], public).ok

    forged = json.loads(metadata["certificate_facts"])
    forged["score"] = 100
    assert verify_document(certs.canonical_json(forged), signature, public).status == certs.TAMPERED
    assert verify_document(facts_json, base64.b64encode(bytes(64)).decode(), public).status == certs.TAMPERED
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    other = Ed25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    assert not verify_document(facts_json, signature, other).ok


def test_a_bare_item_id_is_resolved_by_what_the_person_completed(services: Services) -> None:
    manager = make_manager(services)
    ann = make_person(services, "Ann Archer")
    register = services.certificates
    assert register.resolve_item(ann.id, "quiz:overdose-response") == ("quiz", "overdose-response")
    assert register.resolve_item(ann.id, "practitioner-essentials") == ("path", "practitioner-essentials")
    with pytest.raises(UnknownItem, match="say which with module:overdose-response or quiz:overdose-response"):
        register.resolve_item(ann.id, "overdose-response")
    quiz_attempt(services, ann.id, "overdose-response", 90.0)
    assert register.resolve_item(ann.id, "overdose-response") == ("quiz", "overdose-response")
    with pytest.raises(UnknownItem, match="no module, quiz or learning path with the id 'nothing'"):
        register.resolve_item(ann.id, "nothing")
    assert manager.is_manager


def test_a_holder_signing_in_can_share_the_key_with_new_managers(services: Services) -> None:
    first = make_manager(services, "Morgan Manager")
    ann = make_person(services, "Ann Archer")
    module_record(services, ann.id, "what-are-nps", completed=days_ago(2))
    issued = services.certificates.issue(first, ann.id, "module", "what-are-nps")
    second = make_manager(services, "Sam Second", acting=first)
    assert services.certificates.share_signing_key(second) == 0  # holds nothing to share
    assert services.certificates.share_signing_key(first) == 1
    assert services.certificates.share_signing_key(first) == 0
    assert services.certificates.issue(second, ann.id, "module", "what-are-nps").key_id == issued.key_id


def test_an_altered_share_is_refused_with_a_message(services: Services) -> None:
    manager = make_manager(services)
    ann = make_person(services, "Ann Archer")
    module_record(services, ann.id, "what-are-nps", completed=days_ago(2))
    issued = services.certificates.issue(manager, ann.id, "module", "what-are-nps")
    with services.database.session() as session:
        share = session.get(SigningKeyShare, (issued.key_id, manager.profile.id))
        share.sealed = share.sealed[:-1] + bytes([share.sealed[-1] ^ 1])
    with pytest.raises(certs.CertificateError, match=r"share of the signing key .* cannot be opened"):
        services.certificates.issue(manager, ann.id, "module", "what-are-nps")
