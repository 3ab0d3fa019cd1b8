"""Assignments on SQLite and PostgreSQL: who may assign, to whom they apply (person, role, team), paths
expanded, the earliest due date winning, done and overdue, cancelling, and the audit trail."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from nps_trainer.content import load_catalogue
from nps_trainer.paths import UserPaths, bundled_content_dir
from nps_trainer.profiles import NotAllowed
from nps_trainer.services import Services, build_services
from nps_trainer.team.assignments import DueItem
from nps_trainer.team.paths import LearningPath, load_paths

TODAY = date(2026, 12, 6)
PATH = LearningPath("starter", "Starter", "Begin here.", ("practitioner",),
                    (("module", "what-are-nps"), ("quiz", "what-are-nps"), ("module", "drug-awareness")))


@pytest.fixture
def services(database_url: str, user_paths: UserPaths) -> Iterator[Services]:
    built = build_services(user_paths, database=database_url)
    yield built
    built.close()


@pytest.fixture
def team(services: Services):
    profiles = services.profiles
    boss = profiles.create("Morgan Boss", "manager", team="North")
    sam = profiles.create("Sam Reed", "practitioner", team="North", acting=boss)
    alex = profiles.create("Alex Kay", "drug_service", team="South", acting=boss)
    kim = profiles.create("Kim Lee", "practitioner", team="South", acting=boss)
    return boss, sam, alex, kim


def test_targets_person_role_and_team_reach_the_right_people(services: Services, team) -> None:
    boss, sam, alex, kim = team
    assignments = services.assignments
    to_sam = assignments.assign(boss, "module", "safeguarding", "person", str(sam.id), date(2027, 1, 10))
    to_role = assignments.assign(boss, "quiz", "overdose-response", "role", "practitioner", date(2027, 2, 1))
    to_team = assignments.assign(boss, "module", "treatment-pathways", "team", "  south ", date(2027, 3, 1))
    assert to_sam.assigned_by == boss.id and to_sam.target == str(sam.id) and to_sam.due_on == date(2027, 1, 10)
    assert to_team.target == "south"  # spaces tidied; teams match ignoring case
    assert [a.id for a in assignments.for_profile(sam)] == [to_sam.id, to_role.id]
    assert [a.id for a in assignments.for_profile(kim)] == [to_role.id, to_team.id]
    assert [a.id for a in assignments.for_profile(alex)] == [to_team.id]
    assert assignments.for_profile(boss) == []
    assert [a.id for a in assignments.active()] == [to_sam.id, to_role.id, to_team.id]  # soonest due first
    assert {p.id for p in assignments.people_covered(to_team)} == {alex.id, kim.id}


def test_a_path_is_expanded_and_an_item_assigned_twice_comes_once_with_its_earliest_date(
        services: Services, team) -> None:
    boss, sam, _alex, _kim = team
    assignments = services.assignments
    by_path = assignments.assign(boss, "path", "starter", "role", "practitioner", date(2027, 3, 1))
    direct = assignments.assign(boss, "module", "drug-awareness", "person", str(sam.id), date(2027, 1, 15))
    later = assignments.assign(boss, "quiz", "what-are-nps", "team", "North", date(2027, 5, 1))
    items = assignments.due_items(sam, [PATH])
    assert items == [
        DueItem("module", "drug-awareness", date(2027, 1, 15), direct.id, None),  # the direct one is sooner
        DueItem("module", "what-are-nps", date(2027, 3, 1), by_path.id, "starter"),
        DueItem("quiz", "what-are-nps", date(2027, 3, 1), by_path.id, "starter"),  # not May's
    ]
    assert later.id not in {item.assignment_id for item in items}
    # a path no longer in paths.yaml has nothing to expand; the rest still show
    assert [i.item_id for i in assignments.due_items(sam, [])] == ["drug-awareness", "what-are-nps"]


def test_done_and_overdue_for_each_assignment(services: Services, team) -> None:
    boss, sam, _alex, kim = team
    catalogue = load_catalogue(bundled_content_dir() / "modules")
    module = catalogue["what-are-nps"]
    anchors = [s.anchor for s in module.sections]
    overdue = services.assignments.assign(boss, "module", "what-are-nps", "role", "practitioner", date(2026, 11, 1))
    quiz = services.assignments.assign(boss, "quiz", "what-are-nps", "role", "practitioner", date(2027, 1, 1))
    path = services.assignments.assign(boss, "path", "starter", "person", str(kim.id), date(2026, 12, 1))

    visit = services.progress.start_visit(sam.id, module.id, module.version)
    for anchor in anchors:
        services.progress.section_viewed(visit, anchor, anchors)
    services.progress.complete(sam.id, module.id, module.version, all_sections=anchors)
    _attempt(services, kim.id, "what-are-nps", "practice", passed=True)  # practice never counts
    _attempt(services, sam.id, "what-are-nps", "assessed", passed=False)
    progress = services.assignments.progress([overdue, quiz, path], [PATH], {m.id: m for m in catalogue}, TODAY)
    assert [(p.people, p.done, p.overdue) for p in progress] == [(2, 1, 1), (2, 0, 0), (1, 0, 1)]

    _attempt(services, sam.id, "what-are-nps", "assessed", passed=True)
    progress = services.assignments.progress([overdue, quiz], [PATH], {m.id: m for m in catalogue}, TODAY)
    assert [(p.people, p.done, p.overdue) for p in progress] == [(2, 1, 1), (2, 1, 0)]
    # twelve months on, Sam's completion needs a refresher: no longer done
    progress = services.assignments.progress([overdue], [PATH], {m.id: m for m in catalogue}, date(2027, 12, 7))
    assert (progress[0].done, progress[0].overdue) == (0, 2)


def test_cancel_removes_it_from_everyone_and_is_audited(services: Services, team) -> None:
    boss, sam, _alex, _kim = team
    assignment = services.assignments.assign(boss, "path", "starter", "person", str(sam.id), date(2027, 1, 1))
    services.assignments.cancel(boss, assignment.id)
    assert services.assignments.active() == [] and services.assignments.due_items(sam, [PATH]) == []
    assert services.assignments.get(assignment.id) is None
    with pytest.raises(ValueError, match="already cancelled"):
        services.assignments.cancel(boss, assignment.id)
    with pytest.raises(LookupError):
        services.assignments.cancel(boss, 9999)
    entries = services.audit.entries(object_type="assignment", object_id=str(assignment.id))
    assert [(e.action, e.profile_id) for e in entries] == [("assign", boss.id), ("cancel-assignment", boss.id)]
    assert entries[0].detail == f"path starter to person {sam.id}, due 2027-01-01"
    assert "Sam" not in entries[0].detail  # no names in the audit log


def test_only_a_manager_may_assign_or_cancel(services: Services, team) -> None:
    boss, sam, _alex, _kim = team
    facilitator = services.profiles.create("Fran Fac", "facilitator", acting=boss)
    for someone in (sam, facilitator, None):
        with pytest.raises(NotAllowed, match="Only a manager can assign training"):
            services.assignments.assign(someone, "module", "safeguarding", "role", "practitioner", TODAY)
    kept = services.assignments.assign(boss, "module", "safeguarding", "role", "practitioner", TODAY)
    with pytest.raises(NotAllowed, match="cancel an assignment"):
        services.assignments.cancel(sam, kept.id)
    assert [a.id for a in services.assignments.active()] == [kept.id]
    assert [e.action for e in services.audit.entries(object_type="assignment")] == ["assign"]


def test_bad_assignments_are_refused_with_a_reason(services: Services, team) -> None:
    boss, sam, _alex, _kim = team
    assign = services.assignments.assign
    cases = [
        (("video", "x", "role", "practitioner"), "Unknown kind of training 'video'"),
        (("module", "  ", "role", "practitioner"), "Choose the module to assign"),
        (("module", "m", "role", "boss"), "Unknown role 'boss'"),
        (("module", "m", "person", "9999"), "no person with the profile id '9999'"),
        (("module", "m", "person", "Sam"), "no person with the profile id 'Sam'"),
        (("module", "m", "team", "   "), "Enter the team's name"),
        (("module", "m", "everyone", "x"), "Unknown kind of target 'everyone'"),
    ]
    for args, reason in cases:
        with pytest.raises(ValueError, match=reason):
            assign(boss, *args, TODAY)
    services.profiles.archive(boss, sam.id)
    with pytest.raises(ValueError, match="archived"):
        assign(boss, "module", "m", "person", str(sam.id), TODAY)
    assert services.assignments.active() == []


def test_the_bundled_paths_expand_for_a_practitioner(services: Services, team) -> None:
    boss, sam, _alex, _kim = team
    paths, problems = load_paths(bundled_content_dir())
    assert problems == []
    services.assignments.assign(boss, "path", "practitioner-essentials", "role", "practitioner", TODAY)
    items = services.assignments.due_items(sam, paths)
    essentials = next(p for p in paths if p.id == "practitioner-essentials")
    assert [(i.item_type, i.item_id) for i in items] == list(essentials.items)
    assert {i.via_path for i in items} == {"practitioner-essentials"}


def _attempt(services: Services, profile_id: int, quiz_id: str, mode: str, *, passed: bool) -> None:
    from nps_trainer.clock import utcnow
    from nps_trainer.storage.models import QuizAttempt

    with services.database.session() as session:
        session.add(QuizAttempt(profile_id=profile_id, quiz_id=quiz_id, quiz_version="1.1", mode=mode,
                                finished_at=utcnow(), score=0.9 if passed else 0.4, passed=passed, pass_mark=0.8))

