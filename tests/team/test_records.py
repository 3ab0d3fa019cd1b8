"""The team's training records on SQLite and PostgreSQL: matrix statuses, due dates and overdue, refresher
due, completed unread, filters and search, archived people, a person's whole record, the completion report's
rows and overdue counts over time."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest

from nps_trainer.paths import UserPaths
from nps_trainer.services import Services, build_services
from nps_trainer.storage.models import Certificate, SigningKey
from nps_trainer.team import status as st
from nps_trainer.team.records import COMPLETION_HEADER, TeamMatrix
from tests.team.helpers import make_manager, make_person
from tests.team.records_data import backdate_assignment, days_ago, module_record, moment, quiz_attempt

TODAY = date.today()


@pytest.fixture(autouse=True)
def _today_when_the_test_runs() -> None:
    """'Today' as the app stamps it, taken when each test starts rather than when the file was collected: a run
    that crosses midnight (UTC) otherwise compares yesterday's date with today's records."""
    global TODAY
    TODAY = date.today()


@pytest.fixture
def services(database_url: str, user_paths: UserPaths) -> Iterator[Services]:
    built = build_services(user_paths, database=database_url)
    yield built
    built.close()


def cell(matrix: TeamMatrix, name: str, item_type: str, item_id: str):
    row = next(i for i, p in enumerate(matrix.people) if p.name == name)
    column = next(i for i, item in enumerate(matrix.items) if item.key == (item_type, item_id))
    return matrix.cell(row, column)


def test_items_are_the_bundled_modules_each_followed_by_its_quiz(services: Services) -> None:
    make_manager(services)
    matrix = services.team_records.matrix(TODAY)
    kinds = [item.item_type for item in matrix.items]
    assert kinds.count("module") == 17 and kinds.count("quiz") == 17
    assert [i.key for i in matrix.items[:4]] == [("module", "what-are-nps"), ("quiz", "what-are-nps"),
                                                ("module", "nps-custody-release"), ("quiz", "nps-custody-release")]
    first = matrix.items[0]
    assert first.title == "What are new psychoactive substances (NPS)?" and first.minutes == 20
    assert matrix.items[1].short_title == "What are new psychoactive substances (NPS)"
    assert matrix.items[4].short_title == "Drug awareness essentials"


def test_module_statuses_dates_and_flags(services: Services) -> None:
    make_manager(services)
    ann = make_person(services, "Ann Archer")
    module_record(services, ann.id, "what-are-nps", completed=days_ago(10))
    module_record(services, ann.id, "nps-custody-release", sections=3)
    module_record(services, ann.id, "drug-awareness", completed=days_ago(20), sections=2, unread=True)
    module_record(services, ann.id, "talking-about-use", completed=days_ago(400))
    module_record(services, ann.id, "overdose-response", completed=days_ago(30), version="0.9")
    module_record(services, ann.id, "naloxone-probation", completed=days_ago(30), version="1.0")  # minor change
    module_record(services, ann.id, "safeguarding", sections=2, credited=6)  # credited in a joint session
    matrix = services.team_records.matrix(TODAY)

    done = cell(matrix, "Ann Archer", "module", "what-are-nps")
    assert (done.status, done.date, done.done, done.refresher_due, done.completed_unread) == (
        st.COMPLETED, moment(days_ago(10)).astimezone().date(), True, False, False)
    assert done.sections_viewed == done.sections_total == 7
    started = cell(matrix, "Ann Archer", "module", "nps-custody-release")
    assert (started.status, started.sections_viewed, started.sections_total, started.date) == (
        st.IN_PROGRESS, 3, 7, None)
    unread = cell(matrix, "Ann Archer", "module", "drug-awareness")
    assert unread.status == st.COMPLETED_UNREAD and unread.completed_unread and not unread.done
    assert unread.sections_viewed == 2
    old = cell(matrix, "Ann Archer", "module", "talking-about-use")
    assert old.status == st.REFRESHER_DUE and old.refresher_due and not old.done
    changed = cell(matrix, "Ann Archer", "module", "overdose-response")
    assert changed.status == st.REFRESHER_DUE and changed.refresher_due
    minor = cell(matrix, "Ann Archer", "module", "naloxone-probation")
    assert minor.status == st.COMPLETED and not minor.refresher_due
    credited = cell(matrix, "Ann Archer", "module", "safeguarding")
    assert credited.status == st.IN_PROGRESS and credited.sections_viewed == 8
    untouched = cell(matrix, "Ann Archer", "module", "diverse-needs")
    assert untouched.status == st.NOT_STARTED and untouched.date is None
    assert matrix.refreshers_due == 2


def test_quiz_statuses_best_assessed_score_and_attempts(services: Services) -> None:
    make_manager(services)
    bo = make_person(services, "Bo Baker")
    quiz_attempt(services, bo.id, "what-are-nps", 60.0, day=days_ago(9))
    quiz_attempt(services, bo.id, "what-are-nps", 90.0, day=days_ago(5))
    quiz_attempt(services, bo.id, "what-are-nps", 85.0, day=days_ago(2))
    quiz_attempt(services, bo.id, "what-are-nps", 100.0, mode="practice", day=days_ago(1))
    quiz_attempt(services, bo.id, "what-are-nps", None, day=days_ago(1))  # set aside: not counted
    quiz_attempt(services, bo.id, "drug-awareness", 40.0, day=days_ago(3))
    quiz_attempt(services, bo.id, "safeguarding", 95.0, mode="practice", day=days_ago(3))
    matrix = services.team_records.matrix(TODAY)

    passed = cell(matrix, "Bo Baker", "quiz", "what-are-nps")
    assert (passed.status, passed.score, passed.attempts, passed.practice_attempts) == (st.PASSED, 90.0, 3, 1)
    assert passed.date == moment(days_ago(5), 11).astimezone().date()  # the best assessed attempt
    assert passed.passed_on == moment(days_ago(5), 11).astimezone().date() and passed.done
    failed = cell(matrix, "Bo Baker", "quiz", "drug-awareness")
    assert (failed.status, failed.score, failed.attempts, failed.done) == (st.NOT_PASSED, 40.0, 1, False)
    practice = cell(matrix, "Bo Baker", "quiz", "safeguarding")
    assert (practice.status, practice.score, practice.attempts) == (st.PRACTICE_ONLY, None, 0)
    assert cell(matrix, "Bo Baker", "quiz", "diverse-needs").status == st.NOT_STARTED


def test_due_dates_and_overdue_from_person_role_team_and_path_assignments(services: Services) -> None:
    boss = make_manager(services)
    ann = make_person(services, "Ann Archer", team="North")
    bo = make_person(services, "Bo Baker", team="South")
    make_person(services, "Cy Cole", "drug_service", team="north ")
    assign = services.assignments.assign
    assign(boss.profile, "module", "what-are-nps", "role", "practitioner", days_ago(3))
    assign(boss.profile, "quiz", "what-are-nps", "team", "North", days_ago(-14))
    assign(boss.profile, "module", "safeguarding", "person", str(bo.id), days_ago(1))
    assign(boss.profile, "module", "safeguarding", "person", str(bo.id), days_ago(-30))  # the earlier counts
    assign(boss.profile, "path", "practitioner-essentials", "person", str(ann.id), days_ago(-60))
    module_record(services, ann.id, "what-are-nps", completed=days_ago(5))
    module_record(services, bo.id, "what-are-nps", completed=days_ago(5), sections=2, unread=True)
    matrix = services.team_records.matrix(TODAY)

    ann_module = cell(matrix, "Ann Archer", "module", "what-are-nps")
    assert (ann_module.due_on, ann_module.overdue) == (days_ago(3), False)  # done before the due date passed
    bo_module = cell(matrix, "Bo Baker", "module", "what-are-nps")
    assert (bo_module.due_on, bo_module.overdue) == (days_ago(3), True)  # completed unread does not count
    assert cell(matrix, "Bo Baker", "module", "safeguarding").due_on == days_ago(1)
    assert cell(matrix, "Bo Baker", "module", "safeguarding").overdue
    cy_quiz = cell(matrix, "Cy Cole", "quiz", "what-are-nps")  # team names match ignoring case and spacing
    assert (cy_quiz.due_on, cy_quiz.overdue) == (days_ago(-14), False)
    assert cell(matrix, "Cy Cole", "module", "what-are-nps").due_on is None  # not a practitioner
    # The path reaches its quiz on naloxone; the team assignment's earlier date wins for what-are-nps.
    assert cell(matrix, "Ann Archer", "quiz", "naloxone-probation").due_on == days_ago(-60)
    assert cell(matrix, "Ann Archer", "quiz", "what-are-nps").due_on == days_ago(-14)
    assert cell(matrix, "Ann Archer", "module", "diverse-needs").due_on is None
    assert (matrix.overdue, matrix.people_overdue) == (2, 1)


def test_filters_search_and_archived_people(services: Services) -> None:
    boss = make_manager(services, "Morgan Manager", team="North")
    make_person(services, "Ann Archer", team="North")
    make_person(services, "Annie Ash", team="South")
    make_person(services, "Cy Cole", "drug_service", team="Recovery")
    make_person(services, "Ed Ellis", "drug_service", team=" recovery ")  # the same team, spelt otherwise
    gone = make_person(services, "Dee Doe", team="North")
    services.profiles.archive(boss.profile, gone.id)
    records = services.team_records

    everyone = records.matrix(TODAY)
    assert [p.name for p in everyone.people] == ["Ann Archer", "Annie Ash", "Cy Cole", "Ed Ellis", "Morgan Manager"]
    assert everyone.teams == ("North", "Recovery", "South")
    assert everyone.roles == ("drug_service", "manager", "practitioner")
    assert everyone.organisations == ("drug_service", "probation")
    assert [p.name for p in records.matrix(TODAY, role="practitioner").people] == ["Ann Archer", "Annie Ash"]
    assert [p.name for p in records.matrix(TODAY, organisation="drug_service").people] == ["Cy Cole", "Ed Ellis"]
    assert [p.name for p in records.matrix(TODAY, team="RECOVERY").people] == ["Cy Cole", "Ed Ellis"]
    assert [p.name for p in records.matrix(TODAY, team="north").people] == ["Ann Archer", "Morgan Manager"]
    assert [p.name for p in records.matrix(TODAY, search="  ANN ").people] == ["Ann Archer", "Annie Ash"]
    assert [p.name for p in records.matrix(TODAY, role="practitioner", team="South", search="a").people] == [
        "Annie Ash"]
    assert records.matrix(TODAY, search="nobody").people == ()
    # Filtering a built matrix gives the same as asking for the filtered one.
    assert everyone.filtered(team="North", search="morgan").people == records.matrix(
        TODAY, team="North", search="morgan").people
    assert len(everyone.cells) == 5 and all(len(row) == 34 for row in everyone.cells)


def test_a_persons_whole_record(services: Services) -> None:
    boss = make_manager(services)
    ann = make_person(services, "Ann Archer", team="North")
    module_record(services, ann.id, "what-are-nps", completed=days_ago(10))
    module_record(services, ann.id, "drug-awareness", completed=days_ago(20), sections=1, unread=True)
    quiz_attempt(services, ann.id, "what-are-nps", 70.0, day=days_ago(8), seconds=120)
    quiz_attempt(services, ann.id, "what-are-nps", 85.0, day=days_ago(6), seconds=90)
    quiz_attempt(services, ann.id, "what-are-nps", 95.0, mode="practice", day=days_ago(7))
    services.assignments.assign(boss.profile, "path", "practitioner-essentials", "person", str(ann.id),
                                days_ago(2))
    services.assignments.assign(boss.profile, "module", "what-are-nps", "team", "North", days_ago(1))
    with services.database.session() as session:
        session.add(SigningKey(key_id="k1", public_key=b"k" * 32))
        session.flush()
        session.add(Certificate(code="ABCD-EFGH-JK", profile_id=ann.id, item_type="module", item_id="what-are-nps",
                                facts={"title": "x"}, key_id="k1", signature=b"s", issued_by=boss.profile.id,
                                issued_at=moment(days_ago(4))))
    record = services.team_records.person(ann.id, TODAY)

    assert record.profile.display_name == "Ann Archer" and record.learning_erased_at is None
    assert len(record.modules) == 17 and len(record.quizzes) == 17
    first = record.modules[0]
    assert (first.item.item_id, first.cell.status, first.cell.sections_viewed) == ("what-are-nps", st.COMPLETED, 7)
    unread = next(m for m in record.modules if m.item.item_id == "drug-awareness")
    assert unread.cell.completed_unread and unread.cell.sections_viewed == 1
    quiz = record.quizzes[0]
    assert quiz.passed and quiz.best == 85.0
    assert [(a.mode, a.score, a.seconds) for a in quiz.attempts] == [
        ("assessed", 85.0, 90.0), ("practice", 95.0, 0.0), ("assessed", 70.0, 120.0)]
    assert record.modules_completed == 2 and record.quizzes_passed == 1
    path, team = record.assignments
    assert (path.item_type, path.title, path.how, path.due_on) == (
        "path", "Probation practitioner essentials", "to them", days_ago(2))
    assert path.overdue and not path.done and path.assigned_by == "Morgan Manager"
    assert (team.how, team.done, team.overdue) == ("to their team (North)", True, False)
    assert record.overdue == 1
    [certificate] = record.certificates
    assert (certificate.code, certificate.title, certificate.issued_by, certificate.revoked_at) == (
        "ABCD-EFGH-JK", "What are new psychoactive substances (NPS)?", "Morgan Manager", None)

    services.profiles.erase_learning(boss.profile, ann.id)
    erased = services.team_records.person(ann.id, TODAY)
    assert erased.learning_erased_at is not None
    assert erased.modules_completed == 0 and erased.certificates == () and erased.quizzes[0].attempts == ()
    with pytest.raises(LookupError):
        services.team_records.person(9999, TODAY)


def test_completion_rows(services: Services) -> None:
    boss = make_manager(services)
    ann = make_person(services, "=Ann Archer", team="North")
    module_record(services, ann.id, "what-are-nps", completed=days_ago(40))
    module_record(services, ann.id, "drug-awareness", completed=days_ago(10), sections=1, unread=True)
    module_record(services, ann.id, "talking-about-use", completed=days_ago(500))
    quiz_attempt(services, ann.id, "what-are-nps", 60.0, day=days_ago(30))
    quiz_attempt(services, ann.id, "what-are-nps", 82.5, day=days_ago(20))
    services.assignments.assign(boss.profile, "module", "safeguarding", "person", str(ann.id), days_ago(5))
    rows = services.team_records.completion_rows(None, None, TODAY)

    assert len(rows) == 2 * 34  # the manager and Ann, every item (17 modules, 17 quizzes)
    assert len(COMPLETION_HEADER) == len(rows[0].values()) == 16
    by_item = {(r.item_type, r.item_id): r for r in rows if r.name == "=Ann Archer"}
    module = by_item[("module", "what-are-nps")]
    assert module.values()[:9] == ("=Ann Archer", ann.uid, "Probation practitioner", "Probation", "North",
                                   "module", "what-are-nps", "What are new psychoactive substances (NPS)?",
                                   "completed")
    assert module.completed_on == moment(days_ago(40)).astimezone().date()
    assert by_item[("module", "drug-awareness")].completed_unread
    assert by_item[("module", "talking-about-use")].refresher_due
    quiz = by_item[("quiz", "what-are-nps")]
    assert (quiz.status, quiz.assessed_score, quiz.attempts) == ("passed", 82.5, 2)
    assert quiz.completed_on == moment(days_ago(20), 11).astimezone().date()
    overdue = by_item[("module", "safeguarding")]
    assert (overdue.status, overdue.due_on, overdue.overdue) == ("not started", days_ago(5), True)

    recent = services.team_records.completion_rows(days_ago(25), None, TODAY)
    assert {(r.item_type, r.item_id) for r in recent} == {
        ("module", "drug-awareness"), ("quiz", "what-are-nps"), ("module", "safeguarding")}
    window = services.team_records.completion_rows(days_ago(45), days_ago(35), TODAY)
    assert [(r.item_type, r.item_id) for r in window] == [("module", "what-are-nps")]
    assert services.team_records.completion_rows(days_ago(-10), None, TODAY) == []


def test_overdue_over_time(services: Services) -> None:
    today = date(TODAY.year, TODAY.month, 15)
    months_back = [_month_start(today, n) for n in range(5, -1, -1)]  # six month starts, oldest first
    boss = make_manager(services)
    ann = make_person(services, "Ann Archer")
    bo = make_person(services, "Bo Baker")
    _backdate_profiles(services, months_back[0] - timedelta(days=30))
    # Made in month 1, due mid month 2: overdue at the end of months 2 and 3 for both; Ann completes in month 4.
    made = services.assignments.assign(boss.profile, "module", "what-are-nps", "role", "practitioner",
                                       months_back[2] + timedelta(days=10))
    backdate_assignment(services, made.id, months_back[1] + timedelta(days=3))
    module_record(services, ann.id, "what-are-nps", completed=months_back[4] + timedelta(days=2))
    # A quiz assigned to Bo, cancelled in month 4: overdue only at the end of month 3.
    quiz = services.assignments.assign(boss.profile, "quiz", "drug-awareness", "person", str(bo.id),
                                       months_back[3] + timedelta(days=1))
    backdate_assignment(services, quiz.id, months_back[2], cancelled=months_back[4] + timedelta(days=5))
    points = services.team_records.overdue_over_time(6, today)

    assert [p.month for p in points] == [f"{d:%Y-%m}" for d in months_back]
    assert points[-1].as_of == today
    assert [p.overdue for p in points] == [0, 0, 2, 3, 1, 1]
    assert services.team_records.overdue_over_time(0, today) == []


def _month_start(today: date, back: int) -> date:
    year, month = today.year, today.month - back
    while month < 1:
        year, month = year - 1, month + 12
    return date(year, month, 1)


def _backdate_profiles(services: Services, day: date) -> None:
    from nps_trainer.storage.models import Profile

    with services.database.session() as session:
        for row in session.query(Profile):
            row.created_at = datetime.combine(day, datetime.min.time(), tzinfo=UTC)


def test_assignment_of_a_module_no_longer_installed(services: Services) -> None:
    from nps_trainer.storage.models import ModuleProgress

    boss = make_manager(services)
    ann = make_person(services, "Ann Archer")
    for module_id in ("retired-module", "gone-module"):
        services.assignments.assign(boss.profile, "module", module_id, "person", str(ann.id), days_ago(3))
    with services.database.session() as session:
        session.add(ModuleProgress(profile_id=ann.id, module_id="retired-module", progress=1.0, sections_seen=["a"],
                                   sections_credited=[], completed_at=moment(days_ago(10)), version_completed="1.0",
                                   completed_unread=False, updated_at=moment(days_ago(10))))
    record = services.team_records.person(ann.id, TODAY)
    lines = {line.item_id: line for line in record.assignments}
    assert (lines["retired-module"].title, lines["retired-module"].done, lines["retired-module"].overdue) == (
        "retired-module", True, False)  # completed: counts until its 12 months are up, as assignments do
    assert (lines["gone-module"].done, lines["gone-module"].overdue) == (False, True)
    assert services.team_records.matrix(TODAY).overdue == 0  # no column for them in the matrix
