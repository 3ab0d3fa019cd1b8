"""The joint session store on SQLite and PostgreSQL: running a session, its record, credit and learning records,
the rules on finished sessions, amendments, permissions, surviving a crash."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select

from nps_trainer.paths import UserPaths
from nps_trainer.profiles import NotAllowed
from nps_trainer.services import Services, build_services
from nps_trainer.sessions.record import FINISHED, RUNNING, VoteOption
from nps_trainer.sessions.store import SessionError
from nps_trainer.storage.models import XapiStatement
from tests.sessions.helpers import HELD_ON, Clock, Team, clocked_store, make_team, small_plan
from tests.team.helpers import make_person

OPTIONS = (VoteOption("true", "True"), VoteOption("false", "False", correct=True))


@pytest.fixture
def services(database_url: str, user_paths: UserPaths) -> Iterator[Services]:
    built = build_services(user_paths, database=database_url)
    yield built
    built.close()


@pytest.fixture
def team(services: Services) -> Team:
    return make_team(services)


def run_session(services: Services, team: Team, clock: Clock, *, end: bool = True):
    """Start, register two people and a guest, cover five of six steps with votes, and (by default) end."""
    store = clocked_store(services, clock)
    acting = team.facilitator.profile
    session_id = store.start(small_plan(), held_on=HELD_ON, place="Wexbridge Probation Office",
                             co_facilitators=[" Sam  Co ", "", "Sam Co"], acting=acting)
    pat = store.add_attendee(session_id, acting=acting, profile_id=team.practitioner.id)
    drew = store.add_attendee(session_id, acting=acting, profile_id=team.worker.id)
    store.add_attendee(session_id, acting=acting, name="Gita Guest", side="drug_service",
                       organisation="Change Ahead", role="Recovery worker")
    store.set_stayed(session_id, drew, False, acting=acting)
    for index, minutes in ((0, 12), (1, 9), (2, 6)):
        store.go_to_step(session_id, index)
        clock.advance(minutes=minutes)
    store.save_vote(session_id, 2, question_id="synthetic-cannabis", prompt="Synthetic cannabis is cannabis?",
                    options=OPTIONS, tallies={"true": 3, "false": 9}, agreed=["false"])
    store.go_to_step(session_id, 4)
    clock.advance(minutes=14)
    store.save_vote(session_id, 4, question_id="office-overdose", node_id="start", prompt="He is not breathing",
                    options=(VoteOption("call", "Call 999"), VoteOption("wait", "Wait")), tallies={"call": 11},
                    agreed=["call"])
    store.save_room_state(session_id, {"stage": "consequence", "path": ["call"]})
    record = store.end(session_id, acting=acting) if end else store.get(session_id)
    return store, session_id, record, pat, drew


def test_a_whole_session_is_recorded_as_it_ran(services: Services, team: Team) -> None:
    clock = Clock()
    _store, _session_id, record, _pat, _drew = run_session(services, team, clock)
    assert record.status == FINISHED and record.finished
    assert record.co_facilitators == ("Sam Co",)
    assert record.facilitators == ("Fran Facilitator", "Sam Co")
    assert [(a.name, a.side, a.guest, a.stayed_throughout) for a in record.attendees] == [
        ("Pat Practitioner", "probation", False, True), ("Drew Worker", "drug_service", False, False),
        ("Gita Guest", "drug_service", True, True)]
    assert record.attendees[0].organisation == "Probation" and record.attendees[0].role == "Probation practitioner"
    assert record.attendees[2].organisation == "Change Ahead"
    assert [(s.index, s.seconds, s.covered) for s in record.steps] == [
        (0, 720, True), (1, 540, True), (2, 360, True), (3, 0, False), (4, 840, True), (5, 0, False)]
    assert record.seconds == 2460 and record.hours == pytest.approx(2460 / 3600)
    assert record.topics() == ["What counts as an NPS", "Spotting use", "Synthetic cannabis",
                               "An overdose in the office"]
    assert record.sections_covered() == {"what-are-nps": ["what-counts-as-an-nps"]}
    [question, decision] = record.votes
    assert question.tallies == {"true": 3, "false": 9} and question.total == 12 and question.agreed == ("false",)
    assert [o.correct for o in question.options] == [False, True]
    assert decision.node_id == "start" and decision.agreed == ("call",)
    assert record.room_state == {"stage": "consequence", "path": ["call"]}
    assert record.ended_at == clock.now


def test_credit_goes_to_those_who_stayed_as_seen_in_a_joint_session(services: Services, team: Team) -> None:
    run_session(services, team, Clock())
    pat = services.progress.summary(team.practitioner.id, "what-are-nps")
    assert pat is not None
    assert pat.sections_credited == ("what-counts-as-an-nps",) and pat.sections_seen == ()
    assert services.progress.summary(team.worker.id, "what-are-nps") is None  # left early: no credit


def test_each_attendee_with_a_profile_gets_a_learning_record(services: Services, team: Team) -> None:
    _store, session_id, _record, _pat, _drew = run_session(services, team, Clock())
    with services.database.session() as session:
        rows = session.scalars(select(XapiStatement).where(XapiStatement.verb.like("%attended"))).all()
        assert sorted(r.profile_id for r in rows) == sorted([team.practitioner.id, team.worker.id])
        assert all(str(session_id) in r.object_id for r in rows)


def test_a_finished_session_refuses_changes_but_takes_an_amendment(services: Services, team: Team) -> None:
    store, session_id, record, _pat, drew = run_session(services, team, Clock())
    acting = team.facilitator.profile
    for change in (lambda: store.go_to_step(session_id, 5),
                   lambda: store.add_attendee(session_id, acting=acting, name="Late Person"),
                   lambda: store.set_stayed(session_id, drew, True, acting=acting),
                   lambda: store.save_room_state(session_id, {}),
                   lambda: store.discard(session_id, acting=acting)):
        with pytest.raises(SessionError):
            change()
    with pytest.raises(SessionError, match="reason"):
        store.amend(session_id, reason="  ", acting=acting, place="Elsewhere")
    with pytest.raises(SessionError, match="Nothing was changed"):
        store.amend(session_id, reason="typo", acting=acting, place=record.place)
    amended = store.amend(session_id, reason="Drew stayed after all; room was B12", acting=acting,
                          place="Room B12", stayed={drew: True})
    [amendment] = amended.amendments
    assert amendment.reason == "Drew stayed after all; room was B12" and amendment.by_name == "Fran Facilitator"
    assert amendment.changes == {"place": ["Wexbridge Probation Office", "Room B12"],
                                 "stayed: Drew Worker": [False, True]}
    assert amended.place == "Room B12"
    assert [e.action for e in services.audit.entries(object_type="joint session")] == [
        "session-start", "session-end", "session-amend"]


def test_an_attendee_added_by_amendment_is_credited(services: Services, team: Team) -> None:
    store, session_id, _record, _pat, _drew = run_session(services, team, Clock())
    late = make_person(services, "Lee Late", "practitioner", "probation")
    amended = store.amend(session_id, reason="Missed off the register", acting=team.manager.profile,
                          add_attendees=[{"profile_id": late.id}])
    assert "attendee added: Lee Late" in amended.amendments[0].changes
    assert services.progress.summary(late.id, "what-are-nps").sections_credited == ("what-counts-as-an-nps",)


def test_an_amendment_saying_someone_stayed_credits_them_once(services: Services, team: Team) -> None:
    store, session_id, _record, _pat, drew = run_session(services, team, Clock())
    assert services.progress.summary(team.worker.id, "what-are-nps") is None  # left early, as registered
    store.amend(session_id, reason="Drew stayed after all", acting=team.facilitator.profile, stayed={drew: True})
    assert services.progress.summary(team.worker.id, "what-are-nps").sections_credited == (
        "what-counts-as-an-nps",)
    with services.database.session() as session:  # still one learning record for Drew, written at the end
        verbs = session.scalars(select(XapiStatement.verb).where(XapiStatement.profile_id == team.worker.id)).all()
        assert len([v for v in verbs if v.endswith("attended")]) == 1


def test_two_guests_of_the_same_name_added_at_once_are_both_kept_in_the_amendment(
        services: Services, team: Team) -> None:
    store, session_id, _record, _pat, _drew = run_session(services, team, Clock())
    amended = store.amend(session_id, reason="Two Sams came", acting=team.facilitator.profile, add_attendees=[
        {"name": "Sam Smith", "side": "probation", "organisation": "Probation"},
        {"name": "Sam Smith", "side": "drug_service", "organisation": "Change Ahead"}])
    assert amended.amendments[0].changes == {
        "attendee added: Sam Smith": [None, "Sam Smith (Probation)"],
        "attendee added: Sam Smith (2)": [None, "Sam Smith (Change Ahead)"]}
    assert [a.name for a in amended.attendees].count("Sam Smith") == 2


def test_the_record_keeps_the_plan_as_it_was_used(services: Services, team: Team) -> None:
    store, session_id, _record, _pat, _drew = run_session(services, team, Clock())
    # The plan file changing later (a new version, a new title) never reaches the record.
    store.start(small_plan(version="2.0", title="Renamed"), held_on=date(2026, 12, 1), place="",
                co_facilitators=[], acting=team.facilitator.profile)
    record = store.get(session_id)
    assert record.plan.version == "1.0" and record.title == "NPS together"
    assert record.plan == small_plan()


def test_only_facilitators_and_managers_run_sessions(services: Services, team: Team) -> None:
    store = clocked_store(services, Clock())
    with pytest.raises(NotAllowed):
        store.start(small_plan(), held_on=HELD_ON, place="", co_facilitators=[], acting=team.practitioner)
    with pytest.raises(NotAllowed):
        store.list(acting=team.practitioner)
    session_id = store.start(small_plan(), held_on=HELD_ON, place="", co_facilitators=[],
                             acting=team.facilitator.profile)
    # Demoted since signing in: the old sign-in no longer carries the right.
    services.profiles.set_role(team.manager.profile, team.facilitator.profile.id, "practitioner")
    with pytest.raises(NotAllowed):
        store.add_attendee(session_id, acting=team.facilitator.profile, name="Gita Guest")
    assert store.list(acting=team.manager.profile)[0].id == session_id


def test_register_rules(services: Services, team: Team) -> None:
    store = clocked_store(services, Clock())
    acting = team.facilitator.profile
    session_id = store.start(small_plan(), held_on=HELD_ON, place="", co_facilitators=[], acting=acting)
    store.add_attendee(session_id, acting=acting, profile_id=team.practitioner.id)
    with pytest.raises(SessionError, match="already on the register"):
        store.add_attendee(session_id, acting=acting, profile_id=team.practitioner.id)
    with pytest.raises(SessionError, match="name"):
        store.add_attendee(session_id, acting=acting, name="   ")
    with pytest.raises(SessionError, match="where the guest works"):
        store.add_attendee(session_id, acting=acting, name="Gita", side="elsewhere")
    with pytest.raises(SessionError, match="too long"):
        store.add_attendee(session_id, acting=acting, name="x" * 81)
    guest = store.add_attendee(session_id, acting=acting, name="Gita Guest")
    store.remove_attendee(session_id, guest, acting=acting)
    assert [a.name for a in store.get(session_id).attendees] == ["Pat Practitioner"]
    with pytest.raises(SessionError, match="no attendee"):
        store.remove_attendee(session_id, guest, acting=acting)


def test_votes_are_checked(services: Services, team: Team) -> None:
    store = clocked_store(services, Clock())
    session_id = store.start(small_plan(), held_on=HELD_ON, place="", co_facilitators=[],
                             acting=team.facilitator.profile)
    for tallies, agreed in (({"maybe": 1}, ()), ({"true": -1}, ()), ({"true": 1000}, ()), ({"true": 1.5}, ()),
                            ({"true": 1}, ("maybe",))):
        with pytest.raises(SessionError):
            store.save_vote(session_id, 2, question_id="q", prompt="p", options=OPTIONS, tallies=tallies,
                            agreed=agreed)
    store.save_vote(session_id, 2, question_id="q", prompt="p", options=OPTIONS, tallies={"true": 1})
    store.save_vote(session_id, 2, question_id="q", prompt="p", options=OPTIONS, tallies={"true": 2, "false": 4})
    [vote] = store.get(session_id).votes
    assert vote.tallies == {"true": 2, "false": 4}


def test_nothing_entered_is_lost_when_the_app_dies_and_downtime_is_not_counted(
        database_url: str, user_paths: UserPaths) -> None:
    first = build_services(user_paths, database=database_url)
    team = make_team(first)
    clock = Clock()
    store, session_id, _record, _pat, _drew = run_session(first, team, clock, end=False)
    store.checkpoint(session_id)  # the console's 30-second checkpoint, just before the crash
    first.database.engine.dispose()  # the process is gone: nothing more is written

    again = build_services(user_paths, database=database_url)
    try:
        clock.advance(hours=3)  # the facilitator restarts three hours later
        store = clocked_store(again, clock)
        [running] = store.running(team.facilitator.profile.id)
        assert running.id == session_id and running.status == RUNNING and running.attendees == 3
        record = store.resume(session_id)
        assert record.current_step == 4 and len(record.votes) == 2 and record.room_state["path"] == ["call"]
        clock.advance(minutes=2)
        store.go_to_step(session_id, 5)
        assert store.get(session_id).steps[4].seconds == 14 * 60 + 2 * 60  # the three hours are not counted
    finally:
        again.close()
        first.close()


def test_checkpoint_banks_time_and_a_forgotten_console_is_capped(services: Services, team: Team) -> None:
    clock = Clock()
    store = clocked_store(services, clock)
    session_id = store.start(small_plan(), held_on=HELD_ON, place="", co_facilitators=[],
                             acting=team.facilitator.profile)
    store.go_to_step(session_id, 0)
    clock.advance(seconds=30)
    store.checkpoint(session_id)
    assert store.get(session_id).steps[0].seconds == 30
    clock.advance(hours=9)
    store.checkpoint(session_id)
    assert store.get(session_id).steps[0].seconds == 30 + 3600  # the test store allows an hour between banks


def test_time_while_no_console_ran_is_not_counted(services: Services, team: Team) -> None:
    """The app's store: a session kept to resume later (or a laptop asleep) and then ended adds at most ten
    minutes, not the days it waited."""
    from datetime import timedelta

    from nps_trainer.sessions.store import MAX_GAP

    clock = Clock()
    store = clocked_store(services, clock, max_gap=MAX_GAP)
    acting = team.facilitator.profile
    session_id = store.start(small_plan(), held_on=HELD_ON, place="", co_facilitators=[], acting=acting)
    store.go_to_step(session_id, 0)
    clock.advance(seconds=60)
    store.checkpoint(session_id)
    clock.advance(days=3)
    record = store.end(session_id, acting=acting)
    assert record.seconds == 60 + int(MAX_GAP.total_seconds()) and timedelta(minutes=10) >= MAX_GAP


def test_running_calls_refuse_someone_no_longer_a_facilitator(services: Services, team: Team) -> None:
    store = clocked_store(services, Clock())
    acting = team.facilitator.profile
    session_id = store.start(small_plan(), held_on=HELD_ON, place="", co_facilitators=[], acting=acting)
    store.go_to_step(session_id, 0, acting=acting)
    services.profiles.set_role(team.manager.profile, acting.id, "practitioner")
    for call in (lambda: store.go_to_step(session_id, 1, acting=acting),
                 lambda: store.checkpoint(session_id, acting=acting),
                 lambda: store.resume(session_id, acting=acting),
                 lambda: store.save_room_state(session_id, {}, acting=acting),
                 lambda: store.save_vote(session_id, 2, question_id="q", prompt="p", options=OPTIONS,
                                         tallies={"true": 1}, acting=acting),
                 lambda: store.may_run(acting)):
        with pytest.raises(NotAllowed):
            call()


def test_votes_only_on_question_and_scenario_steps(services: Services, team: Team) -> None:
    store = clocked_store(services, Clock())
    session_id = store.start(small_plan(), held_on=HELD_ON, place="", co_facilitators=[],
                             acting=team.facilitator.profile)
    for step in (-5, 0, 1, 3, 999):  # out of range, a section, a discussion, a break
        with pytest.raises(SessionError, match="nothing to vote on"):
            store.save_vote(session_id, step, question_id="q", prompt="p", options=OPTIONS, tallies={"true": 1})


def test_list_filters(services: Services, team: Team) -> None:
    _store, session_id, _record, _pat, _drew = run_session(services, team, Clock())
    store = clocked_store(services, Clock())
    other = store.start(small_plan(), held_on=date(2026, 10, 1), place="Recovery hub", co_facilitators=[],
                        acting=team.manager.profile)
    acting = team.manager.profile
    assert [s.id for s in store.list(acting=acting)] == [session_id, other]
    assert [s.id for s in store.list(acting=acting, status=RUNNING)] == [other]
    assert [s.id for s in store.list(acting=acting, since=date(2026, 11, 1))] == [session_id]
    assert [s.id for s in store.list(acting=acting, until=date(2026, 10, 31))] == [other]
    assert [s.id for s in store.list(acting=acting, side="probation")] == [session_id]
    assert [s.id for s in store.list(acting=acting, text="recovery HUB")] == [other]
    assert [s.id for s in store.list(acting=acting, facilitator_id=team.manager.profile.id)] == [other]
    summary = store.list(acting=acting, status=FINISHED)[0]
    assert (summary.attendees, summary.probation, summary.drug_service, summary.other, summary.guests) == (
        3, 1, 2, 0, 1)
    assert summary.minutes == 41
    store.discard(other, acting=acting)
    assert [s.id for s in store.list(acting=acting)] == [session_id]


def test_cpd_entries_and_reflections(services: Services, team: Team) -> None:
    store, session_id, _record, _pat, _drew = run_session(services, team, Clock())
    [entry] = store.cpd_entries(team.practitioner.id)
    assert (entry.day, entry.kind, entry.title, entry.item_id) == (HELD_ON, "joint session", "NPS together",
                                                                   "nps-together")
    assert "Fran Facilitator, Sam Co" in entry.detail and entry.hours == pytest.approx(2460 / 3600)
    assert "did not stay throughout" in store.cpd_entries(team.worker.id)[0].detail
    with pytest.raises(NotAllowed):
        store.set_reflection(session_id, team.practitioner.id, "Mine", acting=team.worker)
    store.set_reflection(session_id, team.practitioner.id, "  Learnt about nitazenes. ", acting=team.practitioner)
    assert store.reflection(session_id, team.practitioner.id) == "Learnt about nitazenes."
    assert store.cpd_entries(team.practitioner.id, include_reflections=True)[0].learnt == "Learnt about nitazenes."
    assert store.cpd_entries(team.practitioner.id)[0].learnt == ""
    outsider = make_person(services, "Olly Outsider")
    with pytest.raises(SessionError, match="not on this session's register"):
        store.set_reflection(session_id, outsider.id, "x", acting=outsider)
    services.profiles.erase_learning(team.manager.profile, team.practitioner.id)
    assert store.reflection(session_id, team.practitioner.id) == ""
