"""The demo team, built on SQLite and PostgreSQL with the real services (a fast key derivation only for speed):
who is in it, their year of learning and assignments, and their 300 screenings."""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from nps_trainer.demo import DemoRefused, build_demo, summarise, tables_with_rows
from nps_trainer.demo.team import ROSTER, TEAMS
from nps_trainer.identity import WrongPassphrase
from nps_trainer.identity.crypto import FAST_TEST_KDF, WeakPassphrase
from nps_trainer.paths import UserPaths
from nps_trainer.profiles import ORGANISATIONS, ROLES
from nps_trainer.quiz.model import QuizMode
from nps_trainer.screening import evaluate_record, record_date
from nps_trainer.services import Services, build_services
from nps_trainer.storage.models import (
    Assignment,
    AuditEntry,
    ModuleProgress,
    ModuleVisit,
    Profile,
    QuizAnswer,
    QuizAttempt,
    ScreeningRecord,
)

PASSPHRASE = "demo heron over the moor"


@pytest.fixture
def services(database_url: str, user_paths: UserPaths):
    built = build_services(user_paths, database=database_url)
    yield built
    built.close()


@pytest.fixture
def demo(services: Services):
    """The demo built once for the test (fast key derivation; everything else real)."""
    return build_demo(services, PASSPHRASE, kdf=FAST_TEST_KDF)


def _rows(services: Services, model) -> list:
    with services.database.session() as session:
        return list(session.scalars(select(model).order_by(model.id if hasattr(model, "id") else model.profile_id)))


def test_about_twenty_people_in_every_role_and_both_organisations_each_signing_in(services, demo) -> None:
    people = services.profiles.list(include_archived=True)
    assert 18 <= len(people) <= 22
    assert {p.role for p in people} == set(ROLES)
    assert {p.organisation for p in people} == set(ORGANISATIONS)
    assert 3 <= len({p.team for p in people}) <= 4 and {p.team for p in people} <= set(TEAMS)
    assert len({p.display_name for p in people}) == len(people)  # every name different
    first = min(people, key=lambda p: p.id)
    assert first.is_manager and first.display_name == demo.administrator.profile.display_name
    for person in people:
        assert person.has_passphrase
        signed = services.signin.sign_in(person.id, PASSPHRASE)
        assert signed.profile.id == person.id and signed.keyring.owner == person.id
    with pytest.raises(WrongPassphrase):
        services.signin.sign_in(first.id, PASSPHRASE + " not")
    summary = summarise(services.database)
    assert summary.people == len(people) and summary.administrator == first.display_name
    assert summary.roles == dict(Counter(p.role for p in people))


def test_a_year_of_learning_uses_real_sections_and_quiz_answers_that_add_up(services, demo) -> None:
    today = date.today()
    modules = {m.id: m for m in demo.catalogue.modules}
    progress = _rows(services, ModuleProgress)
    visits = _rows(services, ModuleVisit)
    completed = [p for p in progress if p.completed_at is not None]
    assert len(completed) >= 60 and any(p.completed_at is None for p in progress)  # some in progress
    for row in progress:
        anchors = [s.anchor for s in modules[row.module_id].sections]
        # read alone, or (only) seen in one of the demo's joint sessions
        assert set(row.sections_seen) <= set(anchors) and (row.sections_seen or row.sections_credited)
        if row.completed_at is not None and not row.completed_unread:
            assert set(row.sections_seen) == set(anchors) and row.progress == 1.0
    unread = [p for p in completed if p.completed_unread]
    assert 2 <= len(unread) <= 6 and all(set(p.sections_seen) < {s.anchor for s in modules[p.module_id].sections}
                                         for p in unread)
    ages = [(today - p.completed_at.date()).days for p in completed]
    assert max(ages) >= 365 and sum(age >= 365 for age in ages) >= 5  # refreshers due
    assert sum(age < 365 for age in ages) > len(ages) / 2 and min(ages) >= 0
    assert sum(1 for p in completed if p.reflection_learnt) >= 10
    for visit in visits:
        assert visit.sections_seen and set(visit.sections_seen) <= {s.anchor for s in modules[visit.module_id].sections}
        assert visit.ended_at >= visit.started_at and visit.started_at.date() <= today
    # learning per person varies: some well trained, some behind
    per_person = Counter(p.profile_id for p in completed if not p.completed_unread)
    assert max(per_person.values()) >= 10 and min(per_person.values()) <= 3

    attempts = _rows(services, QuizAttempt)
    assert {a.mode for a in attempts} == {QuizMode.PRACTICE.value, QuizMode.ASSESSED.value}
    assessed = [a for a in attempts if a.mode == "assessed" and a.score is not None]
    assert any(a.passed for a in assessed) and any(not a.passed for a in assessed)
    assert 70 <= sum(a.score for a in assessed) / len(assessed) <= 95  # around the pass mark of 80
    with services.database.session() as session:
        answers: dict[int, list[QuizAnswer]] = {}
        for answer in session.scalars(select(QuizAnswer)):
            answers.setdefault(answer.attempt_id, []).append(answer)
    for attempt in attempts:
        quiz = demo.quizzes[attempt.quiz_id]
        bank = {q.id for q in quiz.questions}
        given = answers.get(attempt.id, [])
        assert given and {a.question_id for a in given} <= bank
        assert set(attempt.state["question_ids"]) <= bank
        if attempt.finished_at is None:
            assert attempt.score is None  # left part-way: the app offers to resume it
            continue
        total = sum(a.score for a in given) / len(attempt.state["question_ids"])
        assert attempt.score == pytest.approx(round(100 * total, 2))
        assert attempt.passed == (attempt.score >= attempt.pass_mark)
        assert attempt.started_at <= attempt.finished_at <= datetime.now(UTC)


def test_assignments_to_roles_teams_and_people_due_before_and_after_today(services, demo) -> None:
    rows = [a for a in _rows(services, Assignment) if a.cancelled_at is None]
    assert {a.target_type for a in rows} == {"role", "team", "person"}
    assert any(a.due_on < date.today() for a in rows) and any(a.due_on > date.today() for a in rows)
    managers = {p.id for p in services.profiles.list() if p.is_manager}
    assert all(a.assigned_by in managers for a in rows)
    people = {str(p.id) for p in services.profiles.list()}
    teams = {p.team for p in services.profiles.list()}
    for a in rows:
        assert a.target in {"person": people, "role": set(ROLES), "team": teams}[a.target_type]
    # what the team view reads: someone is overdue on something
    progress = services.assignments.progress(services.assignments.active(), [], dict(
        (m.id, m) for m in demo.catalogue.modules), date.today())
    assert any(p.overdue for p in progress) and any(p.done for p in progress)


def test_three_hundred_screenings_open_with_their_owners_keys_and_spread_over_the_year(services, demo) -> None:
    records = [r for r in _rows(services, ScreeningRecord) if r.form_id == "nps-screening"]  # not the checklists
    assert len(records) == 300
    keyrings = {p.id: p.keyring for p in demo.people}
    roles = {p.id: p.role for p in services.profiles.list()}
    assert {roles[r.profile_id] for r in records} == {"practitioner"}
    assert len({r.profile_id for r in records}) >= 8
    store = services.screening
    today = date.today()
    for row in records:
        opened = store.open(row.profile_id, keyrings[row.profile_id], row.id)
        assert re.fullmatch(r"X\d{6}", opened.record.case_reference)
        screened = date.fromisoformat(opened.record.answers["screening_date"])
        assert today - timedelta(days=365) < screened <= today
        assert row.month == screened.strftime("%Y-%m") and row.created_at.date() == screened
        if row.status == "final":
            evaluation = evaluate_record(opened.form, opened.record,
                                         today=record_date(opened.form, opened.record, row.finalised_at))
            assert evaluation.complete and not evaluation.errors, (row.id, evaluation.errors)
            assert sorted(evaluation.flag_ids) == sorted(row.flags)
    by_month = Counter(r.month for r in records)
    assert len(by_month) >= 12 and min(by_month.values()) >= 5
    drafts = [r for r in records if r.status == "draft"]
    assert 5 <= len(drafts) <= 20 and sum((today - r.created_at.date()).days <= 14 for r in drafts) > len(drafts) / 2
    twice = Counter((r.profile_id, r.case_ref_index) for r in records)
    assert 4 <= sum(1 for n in twice.values() if n > 1) <= 12

    flags = Counter(flag for r in records for flag in r.flags)
    assert len(flags) >= 15
    for flag in ("overdose_after_release", "naloxone_needed", "injecting", "children_at_risk", "spice_use",
                 "nitazene_exposure", "not_in_treatment"):
        assert 3 <= flags[flag] <= 200, (flag, flags[flag])
    assert sum(1 for r in records if not r.flags) >= 10  # some screenings raise nothing
    substances = Counter(c for r in records for c in r.categories.get("category", []))
    for category in ("synthetic_cannabinoids", "heroin", "crack", "cocaine", "alcohol"):
        assert substances[category] >= 5, (category, substances)


def test_the_same_seed_and_day_give_the_same_demo(tmp_path: Path, user_paths: UserPaths) -> None:
    made = []
    for name in ("one", "two"):
        services = build_services(user_paths, database=f"sqlite:///{tmp_path / name}.sqlite3")
        try:
            build_demo(services, PASSPHRASE, kdf=FAST_TEST_KDF, today=date(2026, 6, 30))
            with services.database.session() as session:
                made.append((
                    [(p.display_name, p.role, p.team) for p in session.scalars(select(Profile).order_by(Profile.id))],
                    [(r.month, r.flags, r.categories, r.status) for r in session.scalars(
                        select(ScreeningRecord).order_by(ScreeningRecord.id))],
                    [(a.quiz_id, a.mode, a.score) for a in session.scalars(
                        select(QuizAttempt).order_by(QuizAttempt.id))],
                    [(m.module_id, m.completed_at) for m in session.scalars(
                        select(ModuleProgress).order_by(ModuleProgress.id))],
                ))
        finally:
            services.close()
    assert made[0] == made[1]
    assert [name for name, _role, _team in made[0][0]] == [m.name for m in ROSTER]


def _counts(services: Services) -> dict[str, int]:
    from nps_trainer.storage.models import Base

    with services.database.session() as session:
        return {table.name: session.scalar(select(func.count()).select_from(table))
                for table in Base.metadata.sorted_tables}


@pytest.mark.parametrize("what", ["a profile", "only an audit entry"])
def test_a_database_that_holds_anything_is_refused_and_left_as_it_was(services: Services, what: str) -> None:
    if what == "a profile":
        services.profiles.create("Robin Existing", "manager")
    else:
        services.audit.record(profile_id=None, action="note", object_type="database")
    before = _counts(services)
    with services.database.session() as session:
        audit_before = [(e.id, e.entry_hash) for e in session.scalars(select(AuditEntry))]
    with pytest.raises(DemoRefused, match=r"already holds data.*Nothing was changed"):
        build_demo(services, PASSPHRASE, kdf=FAST_TEST_KDF)
    assert _counts(services) == before
    with services.database.session() as session:
        assert [(e.id, e.entry_hash) for e in session.scalars(select(AuditEntry))] == audit_before
    assert tables_with_rows(services.database)


def test_a_weak_passphrase_is_refused_before_anything_is_written(services: Services) -> None:
    with pytest.raises(WeakPassphrase):
        build_demo(services, "short", kdf=FAST_TEST_KDF)
    assert tables_with_rows(services.database) == []


def test_recent_screenings_use_form_version_2_and_older_ones_keep_version_1(services, demo) -> None:
    """The form was upgraded four weeks before the demo's today: records keep the version they were made with."""
    keyrings = {p.id: p.keyring for p in demo.people}
    records = [r for r in _rows(services, ScreeningRecord) if r.form_id == "nps-screening"]
    today = date.today()
    versions = Counter(r.form_version for r in records)
    assert versions["1"] >= 200 and 5 <= versions["2"] <= 60, versions
    for row in records:
        recent = (today - row.created_at.date()).days < 28
        assert row.form_version == ("2" if recent else "1"), (row.id, row.created_at, row.form_version)
    v2 = [services.screening.open(r.profile_id, keyrings[r.profile_id], r.id) for r in records
          if r.form_version == "2" and r.status == "final"]
    assert v2 and all("suicidal_thoughts" in o.record.answers and "drug_tested" in o.record.answers for o in v2)
    assert all("suicidal_thoughts" not in services.screening.open(r.profile_id, keyrings[r.profile_id],
                                                                  r.id).record.answers
               for r in records if r.form_version == "1")


def test_finished_checklists_of_both_kinds_sit_beside_the_screenings(services, demo) -> None:
    keyrings = {p.id: p.keyring for p in demo.people}
    checklists = [r for r in _rows(services, ScreeningRecord) if r.form_id != "nps-screening"]
    assert Counter(r.form_id for r in checklists) == {"drr-suitability": 4, "release-handover": 4}
    assert {r.status for r in checklists} == {"final"}
    for row in checklists:
        opened = services.screening.open(row.profile_id, keyrings[row.profile_id], row.id)
        evaluation = evaluate_record(opened.form, opened.record,
                                     today=record_date(opened.form, opened.record, row.finalised_at))
        assert evaluation.complete and not evaluation.errors, (row.id, evaluation.errors)
        assert sorted(evaluation.flag_ids) == sorted(row.flags)
        assert row.created_at.date().isoformat() == opened.record.answers["checklist_date"]
    assert "Checklists: 8" in summarise(services.database).lines()


def test_every_demo_record_is_sealed_to_the_recovery_key_and_a_manager_can_move_a_case(services, demo) -> None:
    from nps_trainer.demo.recovery import recovery_passphrase
    from nps_trainer.recovery import RecoveryService
    from nps_trainer.recovery.key import WrongRecoveryPassphrase

    summary = summarise(services.database)
    records = _rows(services, ScreeningRecord)
    assert summary.sealed_to_recovery == len(records) > 300  # screenings and checklists, all recoverable
    assert any(line == f"Recovery key: {len(records)} records sealed to it" for line in summary.lines())
    recovery = RecoveryService(services.database, services.audit, services.profiles, FAST_TEST_KDF)
    owner_id = Counter(r.profile_id for r in records if r.form_id == "nps-screening").most_common(1)[0][0]
    people = {p.id: p for p in demo.people}
    row = next(r for r in records if r.profile_id == owner_id)
    reference = services.screening.open(owner_id, people[owner_id].keyring, row.id).record.case_reference
    other = next(p for p in demo.people if p.member.role == "practitioner" and p.id != owner_id)
    with pytest.raises(WrongRecoveryPassphrase):
        recovery.move_case(demo.administrator.profile, "not the recovery passphrase", reference, owner_id, other.id)
    moved = recovery.move_case(demo.administrator.profile, recovery_passphrase(PASSPHRASE), reference, owner_id,
                               other.id)
    assert moved.moved >= 1
    listed = services.screening.list(other.id, other.keyring, case_reference=reference)
    assert row.id in {r.id for r in listed}
    assert services.screening.open(other.id, other.keyring, row.id).record.case_reference == reference
    assert row.id not in {r.id for r in services.screening.list(owner_id, people[owner_id].keyring)}
