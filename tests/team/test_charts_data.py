"""The series behind the team charts, gathered from real services on SQLite and PostgreSQL.

:func:`fill_team` builds a small team with known completions, quiz results, an overdue assignment and
screenings; the Charts page and ``report team`` tests use it too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from nps_trainer.identity import SignedIn
from nps_trainer.paths import UserPaths
from nps_trainer.services import Services, build_services
from nps_trainer.storage.models import QuizAttempt, ScreeningRecord
from nps_trainer.team import chart_data as cd
from nps_trainer.team.charts import ChartData
from tests.team.helpers import make_manager, make_person

TODAY = dt.date.today()  # assignments and completions are stamped with the real time
THIS_MONTH, LAST_MONTH, TWO_MONTHS_AGO = cd.last_months(TODAY, 3)[::-1]


@pytest.fixture(autouse=True)
def _today_when_the_test_runs() -> None:
    """'Today' as the app stamps it, taken when each test starts rather than when the file was collected: a run
    that crosses midnight (UTC) otherwise compares yesterday's months with today's records."""
    global TODAY, THIS_MONTH, LAST_MONTH, TWO_MONTHS_AGO
    TODAY = dt.date.today()
    THIS_MONTH, LAST_MONTH, TWO_MONTHS_AGO = cd.last_months(TODAY, 3)[::-1]
MODULE = "naloxone-probation"
MODULE_TITLE = "Naloxone and probation"
OTHER_MODULE = "other-drug-emergencies"
QUIZ = "overdose-response"


@dataclass
class Team:
    manager: SignedIn
    people: dict[str, int]


def _complete(services: Services, profile_id: int, module_id: str) -> None:
    item = services.team_records.content().get("module", module_id)
    assert item is not None
    visit = services.progress.start_visit(profile_id, module_id, item.version)
    for anchor in item.sections:
        services.progress.section_viewed(visit, anchor, item.sections)
    services.progress.end_visit(visit)
    services.progress.complete(profile_id, module_id, item.version, all_sections=item.sections)


def _assessed(services: Services, profile_id: int, quiz_id: str, score: float) -> None:
    now = dt.datetime.now(dt.UTC)
    with services.database.session() as session:
        session.add(QuizAttempt(profile_id=profile_id, quiz_id=quiz_id, quiz_version="1.1", mode="assessed",
                                started_at=now, finished_at=now, score=score, passed=score >= 0.8,
                                pass_mark=0.8))


def _categories(number: int) -> dict[str, list[str]]:
    """Plain summary categories as the bundled form stores them: a mix of substances and treatment."""
    substance = ("heroin", "cocaine", "synthetic_cannabinoids", "cannabis")[number % 4]
    return {"category": [substance],
            "treatment_status": ["in_treatment" if number % 3 == 0 else "not_in_treatment"],
            "recent_release": ["yes" if number % 5 == 0 else "no"]}


def _screening(services: Services, profile_id: int, month: str, case: str, flags: list[str]) -> None:
    now = dt.datetime.now(dt.UTC)
    number = sum(map(ord, case))
    with services.database.session() as session:
        session.add(ScreeningRecord(profile_id=profile_id, form_id="nps-screening", form_version="1",
                                    status="final", created_at=now, updated_at=now, finalised_at=now,
                                    case_ref_index=case, month=month, categories=_categories(number),
                                    flags=flags))


def fill_team(services: Services) -> Team:
    """A manager (team North) and five others:

    - 'Naloxone and probation' completed by 3 of 6 people; 'Other drug emergencies' by 1 of 6.
    - Teams: North (manager, Asha, Ben), South (Cara, Dev), no team (Eli).
    - Quiz 'overdose-response' sat assessed by 4: 3 passed.
    - The naloxone module assigned to team North, due in the past: Ben has not done it, so 1 item is overdue.
    - Screenings, two months ago: 7 cases (one screened twice), last month: 3 cases, this month: 12 cases.
      Flag 'naloxone_needed' on 9 cases, 'injecting' on 2, 'spice_use' on 0.
    """
    manager = make_manager(services, "Morgan Manager", team="North")
    people = {"Morgan Manager": manager.profile.id}
    for name, team, organisation in (("Asha Practitioner", "North", "probation"),
                                     ("Ben Practitioner", "North", "probation"),
                                     ("Cara Practitioner", "South", "probation"),
                                     ("Dev Worker", "South", "drug_service"),
                                     ("Eli Practitioner", "", "probation")):
        role = "drug_service" if organisation == "drug_service" else "practitioner"
        people[name] = make_person(services, name, role, organisation, team, acting=manager).id
    for name in ("Morgan Manager", "Asha Practitioner", "Cara Practitioner"):
        _complete(services, people[name], MODULE)
    _complete(services, people["Asha Practitioner"], OTHER_MODULE)
    for name, score in (("Asha Practitioner", 0.9), ("Ben Practitioner", 0.5), ("Cara Practitioner", 0.85),
                        ("Dev Worker", 1.0)):
        _assessed(services, people[name], QUIZ, score)
    services.assignments.assign(manager.profile, "module", MODULE, "team", "North", TODAY - dt.timedelta(days=10))
    author = people["Asha Practitioner"]
    for index in range(7):
        _screening(services, author, TWO_MONTHS_AGO, f"sept-{index}", ["naloxone_needed"] if index < 5 else [])
    _screening(services, author, TWO_MONTHS_AGO, "sept-0", ["naloxone_needed"])  # the same case again
    for index in range(3):
        _screening(services, author, LAST_MONTH, f"oct-{index}", ["injecting"] if index < 2 else [])
    for index in range(12):
        _screening(services, author, THIS_MONTH, f"nov-{index}", ["naloxone_needed"] if index < 4 else [])
    with services.database.session() as session:  # a draft never counts
        now = dt.datetime.now(dt.UTC)
        session.add(ScreeningRecord(profile_id=author, form_id="nps-screening", form_version="1", status="draft",
                                    created_at=now, updated_at=now, case_ref_index="draft", month=THIS_MONTH,
                                    categories={}, flags=["spice_use"]))
    return Team(manager, people)


@pytest.fixture
def team_services(database_url: str, user_paths: UserPaths):
    services = build_services(user_paths, database=database_url)
    try:
        yield services
    finally:
        services.close()


def _values(chart: ChartData) -> dict[str, str]:
    return dict(chart.rows())


def test_gather_gives_every_chart_from_the_records(team_services: Services) -> None:
    fill_team(team_services)
    data = cd.gather(team_services, TODAY)

    assert [chart.key for chart in data.charts] == list(cd.CHART_KEYS)
    assert data.summary.people == 6
    assert data.summary.overdue_items == 1 and data.summary.people_overdue == 1

    modules = _values(data.chart(cd.COMPLETION_BY_MODULE))
    assert modules[MODULE_TITLE] == "50% (3 of 6 people)"
    assert modules["Other drug emergencies: synthetic cannabinoids, stimulants and hallucinogens"] == \
        "17% (1 of 6 people)"
    assert modules["Safeguarding children and adults at risk"] == "0% (0 of 6 people)"

    teams = _values(data.chart(cd.COMPLETION_BY_TEAM))
    assert list(teams) == ["North", "South", cd.NO_TEAM]
    modules_count = len(data.chart(cd.COMPLETION_BY_MODULE).points)
    assert teams["North"] == f"{100 * 3 / (3 * modules_count):.0f}% (3 of {3 * modules_count} module places, 3 people)"

    quizzes = _values(data.chart(cd.PASS_RATES))
    assert quizzes["Check your learning: recognising and responding to opioid overdose"] == "75% (3 of 4 who sat it)"
    assert quizzes["Check your learning: naloxone and probation"] == "nobody has sat it"

    overdue = data.chart(cd.OVERDUE)
    assert len(overdue.points) == cd.MONTHS_SHOWN
    assert overdue.rows()[-1] == (cd.month_name(THIS_MONTH), "1")

    # The caseload charts show exactly what the caseload figures table shows, month by month.
    table = cd.monthly_figures(team_services, TODAY)
    months = _values(data.chart(cd.SCREENINGS))
    assert list(months) == [cd.month_name(m) for m in cd.last_months(TODAY)]
    for month in cd.last_months(TODAY):
        assert months[cd.month_name(month)] == table.text("screened", month)
    assert months[cd.month_name(LAST_MONTH)] == "<5"  # 3 cases: hidden, never 0
    assert months[cd.month_name(cd.last_months(TODAY, 4)[0])] == "0"  # a true zero is shown
    assert table.columns == cd.last_months(TODAY)  # no total over the months
    assert [table._raw[("screened", m)] for m in (TWO_MONTHS_AGO, LAST_MONTH, THIS_MONTH)] == [7, 3, 12]
    shown = [p.value for p in data.chart(cd.SCREENINGS).points if not p.hidden and p.value]
    assert shown, "every month with screenings hidden"

    # Flags: this calendar quarter, as the figures by quarter show it (never added up over the months).
    flags = data.chart(cd.FLAGS)
    quarter = cd.quarter_figures(team_services, TODAY)
    key = quarter.columns[-1]
    assert quarter.by == "quarter" and len(quarter.columns) == 1 and quarter.first_day <= TODAY <= quarter.last_day
    raised = {m.label.removeprefix("Flag: "): quarter.text(m.id, key) for m in quarter.measures
              if m.id.startswith("flag:") and quarter.text(m.id, key) != "0"}
    assert dict(flags.rows()) == raised
    assert f"{quarter.first_day:%B} to {quarter.last_day:%B %Y}" in flags.note
    if quarter.first_day.isoformat()[:7] == TWO_MONTHS_AGO:  # the quarter holds all three months
        # naloxone: 5 cases two months ago and 4 this month; injecting: 2 last month
        assert flags.rows() == [("Offer or signpost naloxone", "9"), ("Current injecting", "<5")]
        hidden = flags.points[1]
        assert hidden.hidden and hidden.value is None
        assert "between 1 and 4" in flags.summary()


def test_hidden_counts_keep_the_figures_mark_and_threshold() -> None:
    months = ["2026-01", "2026-02", "2026-03", "2026-04"]
    counts = {"2026-01": cd.Count(None, "<10"), "2026-02": cd.Count(None, "*"), "2026-03": cd.Count(0),
              "2026-04": cd.Count(31)}
    chart = cd.screenings_by_month(counts, months, threshold=10)
    assert [p.hidden for p in chart.points] == [True, True, False, False]
    assert [p.value for p in chart.points] == [None, None, 0.0, 31.0]
    assert chart.rows() == [("January 2026", "<10"), ("February 2026", "*"), ("March 2026", "0"),
                            ("April 2026", "31")]
    assert "<10 means between 1 and 9" in chart.summary()


def test_hidden_flags_do_not_show_their_order() -> None:
    """Flags never raised are left out; hidden ones come last in title order, whatever their true size."""
    counts = {"b": cd.Count(None, "<5"), "a": cd.Count(None, "<5"), "c": cd.Count(20), "d": cd.Count(0),
              "e": cd.Count(7)}
    chart = cd.flags_raised(counts, {"a": "Alpha", "b": "Beta", "c": "Gamma", "e": "Epsilon"}, 5)
    assert chart.rows() == [("Gamma", "20"), ("Epsilon", "7"), ("Alpha", "<5"), ("Beta", "<5")]


def test_no_data_gives_empty_charts_with_a_reason(team_services: Services) -> None:
    make_manager(team_services)
    data = cd.gather(team_services, TODAY)
    assert data.chart(cd.SCREENINGS).is_empty
    assert "No finished screenings" in data.chart(cd.SCREENINGS).summary()
    assert data.chart(cd.FLAGS).is_empty
    assert [p.value for p in data.chart(cd.OVERDUE).points] == [0.0] * cd.MONTHS_SHOWN


def test_months_shown_end_with_this_month() -> None:
    assert cd.last_months(dt.date(2026, 2, 3), 3) == ["2025-12", "2026-01", "2026-02"]
    assert cd.month_label("2026-01") == "Jan\n2026"
    assert cd.month_label("2026-03", first=True) == "Mar\n2026"
    assert cd.month_label("2026-03") == "Mar"
