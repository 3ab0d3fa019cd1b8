"""Today's domain, by role, on a real SQLite database with the bundled content: what is due, assigned, left
half-done and (for facilitators and managers) running; nothing is decrypted to list draft screenings."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from sqlalchemy import update

from nps_trainer.clock import utcnow
from nps_trainer.identity.crypto import Keyring
from nps_trainer.paths import UserPaths
from nps_trainer.services import Services, build_services
from nps_trainer.storage.models import ScreeningRecord
from nps_trainer.today import TodayContent, TodayService
from nps_trainer.today.items import MAX_LISTED
from tests.sessions.helpers import small_plan
from tests.team.helpers import make_manager, make_person, sign_in

TODAY = date.today()


@pytest.fixture
def services(user_paths: UserPaths) -> Iterator[Services]:
    built = build_services(user_paths)
    yield built
    built.close()


@pytest.fixture
def content(services: Services) -> TodayContent:
    return TodayContent.from_folder(services.config.content_dir)


def _refresher_due(services: Services, profile_id: int, *question_ids: str) -> None:
    """Questions of the overdose quiz answered wrongly two days ago: due again now."""
    with services.database.session() as session:
        for question_id in question_ids:
            services.refresher.record_answer(session, profile_id, "overdose-response", question_id, 0.0, None,
                                             utcnow() - timedelta(days=2))


def _read(services: Services, profile_id: int, module_id: str, sections: int) -> None:
    """View the first ``sections`` sections of a module through the real progress service."""
    anchors = services.module_sections(module_id)
    visit = services.progress.start_visit(profile_id, module_id, "1.0")
    for anchor in anchors[:sections]:
        services.progress.section_viewed(visit, anchor, anchors)
    services.progress.end_visit(visit)


def test_a_practitioners_today_lists_refresher_assigned_drafts_and_modules_to_finish(services, content) -> None:
    boss = make_manager(services)
    pat = make_person(services, "Pat Practitioner", "practitioner", team="North")
    signed = sign_in(services, pat)
    _refresher_due(services, pat.id, "signs-of-overdose", "snoring-sound")
    assignments = services.assignments
    assignments.assign(boss.profile, "module", "overdose-response", "person", str(pat.id), TODAY - timedelta(days=3))
    assignments.assign(boss.profile, "quiz", "what-are-nps", "role", "practitioner", TODAY + timedelta(days=10))
    assignments.assign(boss.profile, "module", "what-are-nps", "person", str(pat.id), TODAY + timedelta(days=2))
    anchors = services.module_sections("what-are-nps")
    _read(services, pat.id, "what-are-nps", len(anchors))
    services.progress.complete(pat.id, "what-are-nps", _version(content, "what-are-nps"), all_sections=anchors)
    _read(services, pat.id, "diverse-needs", 2)  # started, not assigned: to finish
    first = services.screening.create(pat.id, signed.keyring, "nps-screening", "X100001")
    second = services.screening.create(pat.id, signed.keyring, "nps-screening", "X100002")
    done = services.screening.create(pat.id, signed.keyring, "nps-screening", "X100003")
    with services.database.session() as session:  # one finished: not a draft
        session.execute(update(ScreeningRecord).where(ScreeningRecord.id == done.id).values(status="final"))

    today = TodayService(services).for_profile(pat, content, TODAY)

    assert today.role == "practitioner" and today.notes == ()
    assert today.refresher_due == 2
    # Soonest due first; the completed module is not listed; overdue counted.
    assert [(a.item_type, a.item_id, a.state) for a in today.assigned] == [
        ("module", "overdose-response", "not started"), ("quiz", "what-are-nps", "not taken")]
    assert today.assigned[0].overdue(TODAY) and today.overdue == 1 and today.assigned_more == 0
    assert today.assigned[0].title == _title(content, "overdose-response")
    assert [(m.module_id, m.viewed, m.state) for m in today.to_finish] == [("diverse-needs", 2, "in progress")]
    assert today.to_finish[0].total == len(services.module_sections("diverse-needs"))
    assert {d.record_id for d in today.drafts} == {first.id, second.id} and today.drafts_more == 0
    assert today.sessions == () and today.team is None and not today.empty


def test_drafts_are_listed_without_decrypting_anything(services, content, monkeypatch) -> None:
    make_manager(services)
    pat = make_person(services, "Pat Practitioner")
    signed = sign_in(services, pat)
    made = [services.screening.create(pat.id, signed.keyring, "nps-screening", f"X10000{n}").id
            for n in range(MAX_LISTED + 2)]

    def refuse(*_args, **_kwargs):
        raise AssertionError("Today decrypted something")

    for method in ("decrypt_bytes", "decrypt_json"):
        monkeypatch.setattr(Keyring, method, refuse)
    services.screening.forget_keys()
    today = TodayService(services).for_profile(pat, content, TODAY)
    assert len(today.drafts) == MAX_LISTED and today.drafts_more == 2
    assert {d.record_id for d in today.drafts} <= set(made)
    assert today.notes == ()


def test_a_drug_service_worker_with_nothing_to_do_has_an_empty_day(services, content) -> None:
    make_manager(services)
    drew = make_person(services, "Drew Worker", "drug_service", "drug_service")
    today = TodayService(services).for_profile(drew, content, TODAY)
    assert today.empty and today.refresher_due == 0 and today.assigned == () and today.drafts == ()
    assert today.sessions == () and today.team is None and today.notes == ()


def test_a_facilitator_sees_a_running_session_and_one_ended_with_nobody_on_the_register(services, content) -> None:
    boss = make_manager(services)
    fay = make_person(services, "Fay Facilitator", "facilitator", acting=boss)
    sign_in(services, fay)
    store = services.joint_sessions
    running = store.start(small_plan(), held_on=TODAY, place="Room 1", co_facilitators=[], acting=fay)
    empty = store.start(small_plan(title="Ended empty"), held_on=TODAY - timedelta(days=2), place="",
                        co_facilitators=[], acting=fay)
    store.end(empty, acting=fay)
    full = store.start(small_plan(title="Ended with people"), held_on=TODAY - timedelta(days=1), place="",
                       co_facilitators=[], acting=fay)
    store.add_attendee(full, acting=fay, name="Gita Guest", side="drug_service")
    store.end(full, acting=fay)
    old = store.start(small_plan(title="Long ago"), held_on=TODAY - timedelta(days=40), place="", co_facilitators=[],
                      acting=fay)
    store.end(old, acting=fay)

    today = TodayService(services).for_profile(fay, content, TODAY)
    assert [(s.session_id, s.running) for s in today.sessions] == [(running, True), (empty, False)]
    assert today.sessions[1].title == "Ended empty" and today.sessions[1].attendees == 0
    assert today.team is None and not today.empty


def test_a_managers_today_has_their_teams_overdue_training(services, content) -> None:
    boss = make_manager(services, team="North")
    pat = make_person(services, "Pat Practitioner", team="North")
    make_person(services, "Sam Elsewhere", team="South")
    services.assignments.assign(boss.profile, "module", "overdose-response", "team", "North",
                                TODAY - timedelta(days=5))
    services.assignments.assign(boss.profile, "module", "what-are-nps", "team", "South", TODAY - timedelta(days=5))

    service = TodayService(services)
    without = service.for_profile(boss.profile, content, TODAY, team=False)
    assert without.team is None  # the page reads the team once it is on screen
    today = service.for_profile(boss.profile, content, TODAY)
    assert today.team is not None and today.team.team == "North"
    # Two people in North (the manager and Pat), both overdue on the module assigned to the team.
    assert (today.team.people, today.team.people_overdue, today.team.overdue) == (2, 2, 2)
    assert [a.item_id for a in today.assigned] == ["overdose-response"]  # the manager's own, too
    assert pat.team == "North"


def test_a_part_that_cannot_be_read_is_left_out_not_the_whole_day(services, content, monkeypatch, caplog) -> None:
    boss = make_manager(services)
    services.assignments.assign(boss.profile, "module", "overdose-response", "person", str(boss.profile.id),
                                TODAY + timedelta(days=1))

    def broken(*_args, **_kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(type(services.joint_sessions), "running", broken)
    today = TodayService(services).for_profile(boss.profile, content, TODAY)
    assert today.notes == ("sessions",) and today.sessions == ()
    assert [a.item_id for a in today.assigned] == ["overdose-response"]
    assert "could not read sessions" in caplog.text


def _title(content: TodayContent, module_id: str) -> str:
    return next(m.title for m in content.modules() if m.id == module_id)


def _version(content: TodayContent, module_id: str) -> str:
    return next(m.version for m in content.modules() if m.id == module_id)
