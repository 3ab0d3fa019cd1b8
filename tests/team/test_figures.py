"""Caseload figures on SQLite and PostgreSQL, from real finished screening records: counting with one count per
case and period, drafts left out, months and quarters, small numbers hidden (primary and secondary), no total over
a range, each month hidden the same in every range, filters that narrow to a tiny group refused, filtered figures
that would give away the people outside the filter hidden, and the CSV report from the command line."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from nps_trainer.__main__ import main
from nps_trainer.paths import UserPaths
from nps_trainer.screening import set_answer
from nps_trainer.services import Services, build_services
from nps_trainer.team.disclosure import Hidden
from nps_trainer.team.figures import (
    FigureFilters,
    FiguresRefused,
    periods_between,
)
from tests.team.helpers import PASSPHRASE, make_manager, make_person, sign_in


@pytest.fixture
def services(database_url: str, user_paths: UserPaths) -> Iterator[Services]:
    built = build_services(user_paths, database=database_url)
    yield built
    built.close()


class Screener:
    """A practitioner, signed in, who finishes (or leaves as drafts) screenings with chosen answers."""

    def __init__(self, services: Services, name: str, role: str = "practitioner", organisation: str = "probation",
                 team: str = "", acting=None) -> None:
        self.services = services
        self.profile = make_person(services, name, role, organisation, team, acting)
        self.signed = sign_in(services, self.profile)

    def screen(self, case: str, day: str, *, substances: tuple[str, ...] = (), injecting: str = "never",
               treatment: str = "never", released: bool = False, naloxone: bool | None = None,
               final: bool = True) -> int:
        store = self.services.screening
        opened = store.create(self.profile.id, self.signed.keyring, "nps-screening", case)
        answers = {"screening_date": day, "any_use_past_year": bool(substances),
                   "substances": [{"category": s, "last_used": "past_week", "days_used_28": 2, "routes": ["smoked"]}
                                  for s in substances],
                   "injecting_ever": injecting, "treatment_status": treatment, "recent_release": released}
        if naloxone is not None:
            answers["naloxone_held"] = naloxone
        record = opened.record
        for path, value in answers.items():
            record.answers = set_answer(record.answers, path, value)
        if final:
            store.finalise(self.profile.id, self.signed.keyring, record)
        else:
            store.save_draft(self.profile.id, self.signed.keyring, record)
        return opened.id


def small_caseload(services: Services) -> dict[str, Screener]:
    """Three practitioners, January and February 2026. Expected counts are in the tests."""
    manager = make_manager(services)
    ann = Screener(services, "Ann", team="North", acting=manager)
    ben = Screener(services, "Ben", team="North", acting=manager)
    cat = Screener(services, "Cat", "drug_service", "drug_service", "South", acting=manager)
    # January. Ann screens A1 twice: only the later one counts (heroin, now in treatment).
    ann.screen("A1", "2026-01-05", substances=("heroin",), treatment="never", naloxone=False)
    ann.screen("a 1", "2026-01-20", substances=("heroin", "crack"), treatment="in_treatment", naloxone=True)
    ann.screen("A2", "2026-01-09", substances=("heroin",), treatment="in_treatment", naloxone=False)
    ben.screen("B1", "2026-01-11", substances=("synthetic_cannabinoids",), injecting="current")
    ben.screen("B2", "2026-01-12", substances=("synthetic_cannabinoids", "cocaine"), injecting="current")
    ben.screen("B3", "2026-01-13", substances=("heroin",), final=False)  # a draft: never counted
    cat.screen("C1", "2026-01-14", substances=("cannabis",), released=True)
    cat.screen("C2", "2026-01-15", substances=("cannabis",), released=True)
    cat.screen("A1", "2026-01-16", substances=("heroin",), treatment="in_treatment", naloxone=True)  # Cat's own A1
    # February: Ann's A1 again (counts in February too), and one more of Ben's.
    ann.screen("A1", "2026-02-02", substances=("heroin",), treatment="in_treatment", naloxone=True)
    ben.screen("B1", "2026-02-03", substances=("synthetic_cannabinoids",), injecting="previous")
    # December 2025: outside the range asked for below.
    ben.screen("B9", "2025-12-30", substances=("heroin",))
    return {"ann": ann, "ben": ben, "cat": cat}


def raw(table, measure: str, column: str) -> int:
    """A count the test may see before suppression (the table's own record of the counts, never shown)."""
    return table._raw[(measure, column)]


def test_counting_one_per_case_and_period_drafts_left_out(services: Services) -> None:
    small_caseload(services)
    table = services.figures.build(dt.date(2026, 1, 1), dt.date(2026, 2, 28), by="month", threshold=3)
    assert table.columns == ["2026-01", "2026-02"]  # no total over the range
    expected = {
        "screened": (7, 2), "screened.treatment": (3, 1),
        "class_a": (4, 1), "class_a.treatment": (3, 1),  # A1 (crack and heroin), A2, B2 (cocaine), Cat's A1
        "nps": (2, 1), "nps.treatment": (0, 0),
        "opioids": (3, 1), "opioids.treatment": (3, 1), "opioids.naloxone": (2, 1),
        "injecting": (2, 0), "injecting.treatment": (0, 0),
        "released": (2, 0),
        "flag:spice_use": (2, 1), "flag:naloxone_needed": (1, 0),
    }
    for measure, (january, february) in expected.items():
        assert (raw(table, measure, "2026-01"), raw(table, measure, "2026-02")) == (january, february), measure
    assert table.people == 7 and table.practitioners == 3  # Ann's A1 and Ben's B1 once over the range
    labels = {m.id: m.label for m in table.measures}
    assert labels["flag:spice_use"] == "Flag: Synthetic cannabinoid (spice) use"
    assert labels["opioids.naloxone"] == "Using opioids, carrying naloxone"
    # shown cells are the counts; a 1 (threshold 3) is hidden and its value is not given out
    assert table.text("flag:overdose_after_release", "2026-01") == "0"
    assert table.value("flag:overdose_after_release", "2026-01") == 0
    # Injecting: 2 in January, 0 in February and March, 1 in the quarter (B1's latest screening says 'previous').
    # Knowing the repeats, a reader could pin January to 2 and the quarter to 1, and zeros are never hidden, so
    # the measure (with its sub-measure) is not shown for the quarter at all, by month or by quarter.
    quarter = services.figures.build(dt.date(2026, 1, 1), dt.date(2026, 3, 31), by="quarter", threshold=3)
    for measure in ("injecting", "injecting.treatment"):
        assert [table.text(measure, c) for c in table.columns] == ["n/a", "n/a"]
        assert quarter.text(measure, "2026-Q1") == "n/a" and quarter.kind(measure, "2026-Q1") is Hidden.WITHHELD
        assert table.value(measure, "2026-02") is None
    assert table.reason("injecting", "2026-01").startswith("not shown in this quarter")
    assert table.text("nps", "2026-02") == "<3" and table.value("nps", "2026-02") is None
    assert table.text("screened", "2026-02") == "<3" and table.text("screened", "2026-01") == "*"


def test_quarters_count_a_case_once_by_its_latest_screening(services: Services) -> None:
    small_caseload(services)
    table = services.figures.build(dt.date(2026, 1, 1), dt.date(2026, 3, 31), by="quarter", threshold=3)
    assert table.columns == ["2026-Q1"]
    assert raw(table, "screened", "2026-Q1") == 7  # A1 (Ann), A2, B1, B2, C1, C2, A1 (Cat)
    assert raw(table, "injecting", "2026-Q1") == 1  # B1's latest screening (February) says 'previous'
    assert raw(table, "class_a", "2026-Q1") == 4  # Ann's A1 by February's screening: heroin only, still class A
    wide = services.figures.build(dt.date(2025, 11, 15), dt.date(2026, 2, 10), by="quarter", threshold=3)
    assert [p.key for p in wide.periods] == ["2025-Q4", "2026-Q1"]
    assert (wide.first_day, wide.last_day) == (dt.date(2025, 10, 1), dt.date(2026, 3, 31))
    assert raw(wide, "screened", "2025-Q4") == 1 and wide.text("screened", "2025-Q4") == "<3"


def test_a_date_range_takes_whole_months_and_nothing_outside(services: Services) -> None:
    small_caseload(services)
    table = services.figures.build(dt.date(2026, 2, 14), dt.date(2026, 2, 14), threshold=3)
    assert table.columns == ["2026-02"] and (table.first_day, table.last_day) == (dt.date(2026, 2, 1),
                                                                                         dt.date(2026, 2, 28))
    assert raw(table, "screened", "2026-02") == 2
    with pytest.raises(ValueError, match="after the end date"):
        services.figures.build(dt.date(2026, 3, 1), dt.date(2026, 2, 1))
    default = services.figures.build(today=dt.date(2026, 2, 20), threshold=3)
    assert default.columns[0] == "2025-03" and default.columns[-1] == "2026-02" and len(default.periods) == 12


def test_small_numbers_are_hidden_and_cannot_be_worked_out(services: Services) -> None:
    small_caseload(services)
    table = services.figures.build(dt.date(2026, 1, 1), dt.date(2026, 2, 28), threshold=5)
    assert table.text("screened", "2026-02") == "<5"
    assert table.reason("screened", "2026-02") == "fewer than 5"
    # January's 7 and the quarter's 7 (by quarter, with two repeats) would give February's 2 away: so January
    # (the smaller, before the quarter) goes too, in the table by month and the table by quarter alike.
    quarter = services.figures.build(dt.date(2026, 1, 1), dt.date(2026, 3, 31), by="quarter", threshold=5)
    assert table.text("screened", "2026-01") == "*" and quarter.text("screened", "2026-Q1") == "7"
    for measure in table.measures:
        for column in table.columns:
            value, text = raw(table, measure.id, column), table.text(measure.id, column)
            if 1 <= value < 5:
                assert text == "<5"
            assert text in ("<5", "*") or text == str(value)
            assert (table.reason(measure.id, column) is None) == (text == str(value))


def test_secondary_suppression_against_the_quarter(services: Services) -> None:
    """A measure with 3 in one month and 8 in the next: the 3 is hidden, and so is another number of its quarter
    (the table by quarter can be set beside the table by month), so that it cannot be worked out as 11 - 8."""
    manager = make_manager(services)
    people = [Screener(services, name, team="East", acting=manager) for name in ("Dee", "Eli", "Fay")]
    for index in range(3):
        people[index].screen(f"J{index}", "2026-01-10", substances=("heroin",))
    for index in range(8):
        people[index % 3].screen(f"F{index}", "2026-02-10", substances=("heroin",))
    table = services.figures.build(dt.date(2026, 1, 1), dt.date(2026, 2, 28), threshold=5)
    assert table.text("class_a", "2026-01") == "<5"
    quarter = services.figures.build(dt.date(2026, 1, 1), dt.date(2026, 3, 31), by="quarter", threshold=5)
    texts = {"2026-02": table.text("class_a", "2026-02"), "2026-Q1": quarter.text("class_a", "2026-Q1")}
    assert raw(quarter, "class_a", "2026-Q1") == 11 and texts["2026-02"] == "*" and texts["2026-Q1"] == "11"
    assert table.reason("class_a", "2026-02") == ("hidden so that another hidden number cannot be worked out from "
                                                 "the related numbers")


def many_practitioners(services: Services) -> None:
    """Probation North: 4 practitioners, 12 cases; Drug service South: 3 workers, 10 cases; all January 2026."""
    manager = make_manager(services)
    north = [Screener(services, f"North {i}", team="North", acting=manager) for i in range(4)]
    south = [Screener(services, f"South {i}", "drug_service", "drug_service", " south ", acting=manager)
             for i in range(3)]
    for index in range(12):
        north[index % 4].screen(f"N{index}", "2026-01-10", substances=("heroin",), treatment="in_treatment")
    for index in range(10):
        south[index % 3].screen(f"S{index}", "2026-01-11", substances=("synthetic_cannabinoids",))


def test_filters_by_organisation_team_and_role(services: Services) -> None:
    many_practitioners(services)
    january = (dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    everyone = services.figures.build(*january)
    assert raw(everyone, "screened", "2026-01") == 22
    drug = services.figures.build(*january, filters=FigureFilters(organisation="drug_service"))
    assert raw(drug, "screened", "2026-01") == 10 and raw(drug, "nps", "2026-01") == 10
    assert raw(drug, "class_a", "2026-01") == 0 and drug.practitioners == 3
    north = services.figures.build(*january, filters=FigureFilters(team="NORTH"))
    assert raw(north, "screened", "2026-01") == 12 and raw(north, "class_a.treatment", "2026-01") == 12
    role = services.figures.build(*january, filters=FigureFilters(role="practitioner"))
    assert raw(role, "screened", "2026-01") == 12
    assert services.figures.teams() == ["North", "south"]


def test_a_filter_that_narrows_to_a_tiny_group_is_refused(services: Services) -> None:
    many_practitioners(services)
    january = (dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    with pytest.raises(FiguresRefused, match="too few people"):  # 10 cases < 2 x 6
        services.figures.build(*january, filters=FigureFilters(organisation="drug_service"), threshold=6)
    manager = services.profiles.find_by_name("Morgan Manager")[0]
    lone = Screener(services, "Lone", team="West", acting=manager)
    for index in range(12):
        lone.screen(f"W{index}", "2026-01-12", substances=("heroin",))
    with pytest.raises(FiguresRefused, match="at least 3 practitioners"):  # 12 cases, but one practitioner
        services.figures.build(*january, filters=FigureFilters(team="West"))
    probation = FigureFilters(organisation="probation")  # North and Lone: 24 cases by 5 practitioners
    assert services.figures.build(*january, filters=probation).people == 24
    with pytest.raises(FiguresRefused, match="leave out so few"):  # ... but South's 10 left out are < 2 x 6
        services.figures.build(*january, filters=probation, threshold=6)


# --- the command line ---------------------------------------------------------------------------------------

def run_report(database_url: str, tmp_path: Path, *extra: str) -> int:
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return main(["report", "figures", "--database", database_url, "--passphrase-file", str(secret),
                 "--as", "Morgan Manager", *extra])


def read_csv(path: Path) -> tuple[bytes, list[list[str]]]:
    data = path.read_bytes()
    return data, list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def test_report_figures_writes_the_suppressed_csv(services: Services, database_url: str, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    small_caseload(services)
    out = tmp_path / "figures.csv"
    assert run_report(database_url, tmp_path, "--csv", str(out), "--since", "2026-01-01", "--until",
                      "2026-02-28") == 0
    printed = capsys.readouterr().out
    assert "Wrote caseload figures for 2026-01-01 to 2026-02-28 by month (screenings by 3 practitioners" in printed
    assert " 7 " not in printed and " 9 " not in printed  # counts only in the file, where they may be hidden
    data, rows = read_csv(out)
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    header, body = rows[0], rows[1:]
    assert header[0] == ("Measure (<5: 1 to 4, or 0 to 4 within a number under 5; *: hidden so that another hidden "
                         "number, or the people outside a filter, cannot be worked out; n/a: not shown for this "
                         "filter; a case counts once per period, and periods are not added up)")
    assert header[1:] == ["2026-01", "2026-02"]  # no Total column
    table = services.figures.build(dt.date(2026, 1, 1), dt.date(2026, 2, 28), threshold=5)
    assert [r[0] for r in body] == [m.label for m in table.measures]
    for row, measure in zip(body, table.measures, strict=True):
        for text, column in zip(row[1:], table.columns, strict=True):
            value = raw(table, measure.id, column)
            if 1 <= value < 5:
                assert text == "<5", (measure.id, column)
            if table.kind(measure.id, column) is not None:
                assert text in ("<5", "*")
            else:
                assert text == str(value)
    assert body[0] == ["People screened", "*", "<5"]
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for cell in row)


def test_report_figures_by_quarter_with_the_threshold_setting(services: Services, database_url: str,
                                                             tmp_path: Path, user_paths: UserPaths,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    small_caseload(services)
    user_paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    user_paths.settings_file.write_text('{"small_number_threshold": 3}', encoding="utf-8")
    out = tmp_path / "quarters.csv"
    assert run_report(database_url, tmp_path, "--csv", str(out), "--since", "2026-02-10", "--until",
                      "2026-02-11", "--by", "quarter") == 0
    assert "cover whole quarters" in capsys.readouterr().out
    _data, rows = read_csv(out)
    assert rows[0][0].startswith("Measure (<3: 1 to 2, or 0 to 2 within a number under 3;")
    assert rows[0][1:] == ["2026-Q1"]
    assert rows[1] == ["People screened", "7"]


@pytest.mark.parametrize(("options", "message"), [
    (["--since", "2026-13-01"], "--since '2026-13-01' is not a date: write it as YYYY-MM-DD"),
    (["--until", "01/02/2026"], "--until '01/02/2026' is not a date"),
    (["--since", "2026-03-01", "--until", "2026-02-01"], "the start date 2026-03-01 is after the end date"),
])
def test_report_figures_refuses_bad_dates(services: Services, database_url: str, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str], options: list[str],
                                          message: str) -> None:
    make_manager(services)
    out = tmp_path / "figures.csv"
    assert run_report(database_url, tmp_path, "--csv", str(out), *options) == 2
    assert f"nps-trainer: {message}" in capsys.readouterr().err
    assert not out.exists()


def test_figures_that_cannot_be_protected_are_refused(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    from nps_trainer.team import figures
    from nps_trainer.team.disclosure import CannotProtect

    small_caseload(services)

    def cannot(*_args, **_kwargs):
        raise CannotProtect("no cell left to hide")

    monkeypatch.setattr(figures, "suppress", cannot)
    with pytest.raises(FiguresRefused, match="cannot be shown without giving away a small number"):
        services.figures.build(dt.date(2026, 1, 1), dt.date(2026, 2, 28))


# --- two tables side by side: the reviewers' attacks ---------------------------------------------------------

def published_tables(services: Services, first: dt.date, last: dt.date, filters: FigureFilters | None = None,
                     threshold: int = 5) -> list:
    """Every table by month and by quarter over every range within ``first`` to ``last`` (those not refused)."""
    tables = []
    for by in ("month", "quarter"):
        periods = periods_between(first, last, by)
        for i, start in enumerate(periods):
            for end in periods[i:]:
                try:
                    tables.append(services.figures.build(start.first, end.last, by=by, filters=filters,
                                                         threshold=threshold))
                except FiguresRefused:
                    assert filters is not None  # everyone's figures are never refused here
    return tables


def shown(tables: list) -> dict[tuple[str, str], set[str]]:
    found: dict[tuple[str, str], set[str]] = {}
    for table in tables:
        for measure in table.measures:
            for column in table.columns:
                found.setdefault((measure.id, column), set()).add(table.text(measure.id, column))
    return found


def recovered_by_differencing(tables: list, threshold: int) -> list[tuple[str, str, int]]:
    """The reviewer's attack, generalised: a hidden small month worked out as a total over a range less the total
    over a range one month shorter, as a quarter less its two other months (taking no repeats), or as a number
    hidden in one table and shown in another. Returns (measure, month, value worked out)."""
    texts = shown(tables)
    numbers = {cell: int(next(t for t in found if t.isdigit())) for cell, found in texts.items()
               if any(t.isdigit() for t in found)}
    found = []
    for (measure, column), seen in texts.items():
        if not any(t.startswith("<") for t in seen) or "-Q" in column:
            continue
        if (measure, column) in numbers:
            found.append((measure, column, numbers[(measure, column)]))
            continue
        for table in tables:  # a total column, had there been one, less the total one month shorter
            if "Total" in table.csv_header() or "total" in table.columns:
                found.append((measure, column, -1))
        month = dt.date.fromisoformat(f"{column}-01")
        quarter = f"{month.year}-Q{(month.month - 1) // 3 + 1}"
        others = [f"{month.year}-{m:02d}" for m in range((month.month - 1) // 3 * 3 + 1, (month.month - 1) // 3 * 3 + 4)
                  if m != month.month]
        if (measure, quarter) in numbers and all((measure, o) in numbers for o in others):
            value = numbers[(measure, quarter)] - sum(numbers[(measure, o)] for o in others)
            if 1 <= value < threshold:
                found.append((measure, column, value))
    return found


def test_a_month_is_hidden_the_same_in_every_range_and_cannot_be_differenced(services: Services) -> None:
    """Attack 1: with a Total column, the total over January to March (20) less the total over January to
    February (17) gave March's hidden 3. Now there is no total, every month is hidden the same way in every range
    that holds it, and neither the ranges nor the quarter give the 3 away."""
    manager = make_manager(services)
    people = [Screener(services, name, team="East", acting=manager) for name in ("Dee", "Eli", "Fay")]
    for month, cases in (("01", 8), ("02", 9), ("03", 3), ("04", 7), ("05", 6)):
        for index in range(cases):
            people[index % 3].screen(f"{month}-{index}", f"2026-{month}-10", substances=("heroin",))
    tables = published_tables(services, dt.date(2026, 1, 1), dt.date(2026, 5, 31))
    assert all(table.columns == [p.key for p in table.periods] for table in tables)  # no total anywhere
    by_month = [t for t in tables if t.by == "month"]
    assert len(by_month) == 15
    for (measure, column), texts in shown(tables).items():
        assert len(texts) == 1, (measure, column, texts)  # identical in every range that contains it
    for table in by_month:
        if "2026-03" in table.columns:
            assert table.text("screened", "2026-03") == "<5" and table.value("screened", "2026-03") is None
            assert table._raw[("screened", "2026-03")] == 3
    assert recovered_by_differencing(tables, 5) == []
    quarter = services.figures.build(dt.date(2026, 1, 1), dt.date(2026, 3, 31), by="quarter")
    january = services.figures.build(dt.date(2026, 1, 1), dt.date(2026, 2, 28))
    assert quarter._raw[("screened", "2026-Q1")] == 20  # 20 - 8 - 9 would give March's 3 ...
    assert "*" in (quarter.text("screened", "2026-Q1"), january.text("screened", "2026-01"),
                   january.text("screened", "2026-02"))  # ... so one of them is hidden


def two_teams(services: Services) -> None:
    """North: 3 practitioners, 12 cases in January 2026, 6 using heroin. South: 3 workers, 10 cases, 1 using
    heroin. Everyone: 22 cases, 7 using class A drugs."""
    manager = make_manager(services)
    north = [Screener(services, f"North {i}", team="North", acting=manager) for i in range(3)]
    south = [Screener(services, f"South {i}", team="South", acting=manager) for i in range(3)]
    for index in range(12):
        north[index % 3].screen(f"N{index}", "2026-01-10", substances=("heroin",) if index < 6 else ("cannabis",))
    for index in range(10):
        south[index % 3].screen(f"S{index}", "2026-01-11", substances=("heroin",) if index < 1 else ("cannabis",))


def test_a_filter_does_not_give_away_the_people_outside_it(services: Services) -> None:
    """Attack 2: class A in January was 7 for everyone and 6 for North, so South's (shown as <5 in its own table)
    was exactly 1. Now North's 6 is hidden, with a reason, and no cell of everyone's less North's is small."""
    two_teams(services)
    january = (dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    everyone = services.figures.build(*january)
    north = services.figures.build(*january, filters=FigureFilters(team="North"))
    south = services.figures.build(*january, filters=FigureFilters(team="South"))
    assert everyone.text("class_a", "2026-01") == "7" and north._raw[("class_a", "2026-01")] == 6
    assert south.text("class_a", "2026-01") == "<5"
    assert north.text("class_a", "2026-01") == "*" and north.value("class_a", "2026-01") is None
    assert north.kind("class_a", "2026-01") is Hidden.COMPLEMENT
    assert north.reason("class_a", "2026-01").startswith("hidden so that the people outside the filter cannot be "
                                                         "worked out")
    for filtered in (north, south):
        for measure in everyone.measures:
            a, b = everyone.value(measure.id, "2026-01"), filtered.value(measure.id, "2026-01")
            assert a is None or b is None or not 1 <= a - b < 5, measure.id
    # and the same for every range by month and by quarter, each filter's months hidden the same in every range
    first, last = dt.date(2026, 1, 1), dt.date(2026, 3, 31)
    everyone_tables = published_tables(services, first, last)
    for team in ("North", "South"):
        tables = published_tables(services, first, last, FigureFilters(team=team))
        assert len(tables) >= 3  # January, January to February, January to March; and the quarter
        assert all(len(texts) == 1 for texts in shown(tables).values())
        mine, theirs = shown(tables), shown(everyone_tables)
        for cell, texts in mine.items():
            (a,), (b,) = theirs[cell], texts
            assert not (a.isdigit() and b.isdigit() and 1 <= int(a) - int(b) < 5), (team, cell)


def test_checklists_are_not_counted_as_people_screened(services: Services) -> None:
    """The DRR and release checklists are forms in the same engine, but the caseload figures count screenings:
    a person with a checklist as well is not screened twice, and the checklists' flags are not rows."""
    screeners = small_caseload(services)
    ann = screeners["ann"]
    before = services.figures.build(dt.date(2026, 1, 1), dt.date(2026, 2, 28), by="month", threshold=3)
    for case, form_id in (("A9", "release-handover"), ("A8", "drr-suitability")):
        opened = services.screening.create(ann.profile.id, ann.signed.keyring, form_id, case)
        form = opened.form
        date_item = next(item.id for item in form.top_level_items() if item.type.value == "date")
        opened.record.answers = set_answer(opened.record.answers, date_item, "2026-01-21")
        services.screening.save_draft(ann.profile.id, ann.signed.keyring, opened.record)
        with services.database.session() as session:  # finished, as the figures count only finished records
            from sqlalchemy import update

            from nps_trainer.storage.models import ScreeningRecord

            session.execute(update(ScreeningRecord).where(ScreeningRecord.id == opened.id)
                            .values(status="final", month="2026-01"))
    after = services.figures.build(dt.date(2026, 1, 1), dt.date(2026, 2, 28), by="month", threshold=3)
    assert raw(after, "screened", "2026-01") == raw(before, "screened", "2026-01") == 7
    assert after.people == before.people and [m.id for m in after.measures] == [m.id for m in before.measures]
    assert not any(m.id.startswith(("flag:drr_", "flag:release_")) for m in after.measures)
