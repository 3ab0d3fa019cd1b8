"""The series behind each team chart, gathered from the services as plain values (no Qt, no matplotlib).

Training charts (completion by module and by team, assessed pass rates, overdue over time) come from the team
records. The caseload charts (screenings by month, flags raised) come from finished screening records' plain
``month`` and ``flags`` columns through the caseload figures (:mod:`.figures`), so nothing is decrypted, a case
screened twice in a month counts once there, and a chart hides exactly what the figures table hides: a small
number is drawn as '<5' (and one hidden so another cannot be worked out as '*'), never as 0.

Flags are counted for the current calendar quarter (a column of the figures by quarter), never added up over
the twelve months: a total over a range, compared with the figures for a neighbouring range, would give away
the months between (see docs/figures.md).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..i18n import tr, tr_noop
from ..i18n.dates import month_name as month_word
from ..i18n.dates import month_year, short_month
from .charts import ChartData, Point
from .status import COMPLETED, NOT_PASSED, PASSED

if TYPE_CHECKING:
    from ..services import Services
    from .figures import FiguresTable
    from .records import TeamMatrix

DEFAULT_THRESHOLD = 5
MONTHS_SHOWN = 12
NO_TEAM = tr_noop("No team set")  # also the key of people with no team; translated where shown

COMPLETION_BY_MODULE = "completion_by_module"
COMPLETION_BY_TEAM = "completion_by_team"
PASS_RATES = "pass_rates"
OVERDUE = "overdue_over_time"
SCREENINGS = "screenings_by_month"
FLAGS = "flags_raised"
CHART_KEYS = (COMPLETION_BY_MODULE, COMPLETION_BY_TEAM, PASS_RATES, OVERDUE, SCREENINGS, FLAGS)


@dataclass(frozen=True)
class ItemStatus:
    """One person's standing on one module or quiz, as the team records give it."""

    person_id: int
    team: str
    item_type: str  # 'module' | 'quiz'
    item_id: str
    item_title: str
    state: str  # one of team.status MODULE_STATES or QUIZ_STATES
    overdue: bool = False
    item_short: str = ""  # a shorter title for a chart's axis


@dataclass(frozen=True)
class TeamSummary:
    people: int
    modules_done: int
    modules_total: int
    overdue_items: int
    people_overdue: int

    @property
    def completion_percent(self) -> float | None:
        return 100.0 * self.modules_done / self.modules_total if self.modules_total else None

    def lines(self) -> list[tuple[str, str]]:
        """The summary as label, value pairs for the report and the page."""
        percent = self.completion_percent
        completion = tr("no modules yet") if percent is None else tr(
            "{percent}% ({done} of {total} module places completed and up to date)").format(
            percent=f"{percent:.0f}", done=self.modules_done, total=self.modules_total)
        overdue = tr("%n item(s) overdue for {people}", "", self.overdue_items).format(
            people=tr("%n person(s)", "", self.people_overdue))
        return [(tr("People"), str(self.people)),
                (tr("Module completion"), completion),
                (tr("Overdue"), overdue)]


@dataclass(frozen=True)
class TeamCharts:
    """What the Charts page and the team report show."""

    today: dt.date
    summary: TeamSummary
    charts: tuple[ChartData, ...]
    period: str  # the months the caseload charts cover, in words

    def chart(self, key: str) -> ChartData:
        for chart in self.charts:
            if chart.key == key:
                return chart
        raise KeyError(key)


# --- Training charts, from plain item statuses --------------------------------------------------------------

def _ordered(statuses: Iterable[ItemStatus], item_type: str) -> dict[str, list[ItemStatus]]:
    """Statuses of one item type grouped by item, in the order the items first appear."""
    grouped: dict[str, list[ItemStatus]] = {}
    for status in statuses:
        if status.item_type == item_type:
            grouped.setdefault(status.item_id, []).append(status)
    return grouped


def completion_by_module(statuses: Iterable[ItemStatus]) -> ChartData:
    points = []
    for rows in _ordered(statuses, "module").values():
        done = sum(1 for row in rows if row.state == COMPLETED)
        points.append(Point(rows[0].item_title, 100.0 * done / len(rows),
                            tr("{done} of {total} people").format(done=done, total=len(rows)),
                            short=rows[0].item_short))
    return ChartData(COMPLETION_BY_MODULE, tr("Completion by module"), "hbar", tuple(points),
                     tr("People who have completed it and are up to date (%)"), tr("Module"), unit="percent",
                     empty_text=tr("No modules to show."), columns=(tr("Module"), tr("Completed and up to date")),
                     note=tr("A completion counts when every section was read and no refresher is due."))


def completion_by_team(statuses: Iterable[ItemStatus]) -> ChartData:
    cells: dict[str, list[ItemStatus]] = defaultdict(list)
    people: dict[str, set[int]] = defaultdict(set)
    for status in statuses:
        if status.item_type == "module":
            team = status.team.strip() or NO_TEAM
            cells[team].append(status)
            people[team].add(status.person_id)
    points = []
    for team in sorted(cells, key=lambda name: (name == NO_TEAM, name.casefold())):
        rows = cells[team]
        done = sum(1 for row in rows if row.state == COMPLETED)
        count = len(people[team])
        points.append(Point(tr(NO_TEAM) if team == NO_TEAM else team, 100.0 * done / len(rows),
                            tr("{done} of {places} module places, %n person(s)", "", count).format(
                                done=done, places=len(rows))))
    return ChartData(COMPLETION_BY_TEAM, tr("Completion by team"), "hbar", tuple(points),
                     tr("Module places completed and up to date (%)"), tr("Team"), unit="percent",
                     empty_text=tr("No people with modules to show."),
                     columns=(tr("Team"), tr("Completed and up to date")),
                     note=tr("A module place is one person and one module."))


def pass_rates(statuses: Iterable[ItemStatus]) -> ChartData:
    points = []
    for rows in _ordered(statuses, "quiz").values():
        sat = [row for row in rows if row.state in (PASSED, NOT_PASSED)]
        passed = sum(1 for row in sat if row.state == PASSED)
        if sat:
            points.append(Point(rows[0].item_title, 100.0 * passed / len(sat),
                                tr("{passed} of {sat} who sat it").format(passed=passed, sat=len(sat)),
                                short=rows[0].item_short))
        else:
            points.append(Point(rows[0].item_title, None, tr("nobody has sat it"), short=rows[0].item_short))
    return ChartData(PASS_RATES, tr("Assessed quiz pass rates"), "hbar", tuple(points),
                     tr("People who passed, of those who sat it (%)"), tr("Quiz"), unit="percent",
                     empty_text=tr("No quizzes to show."), columns=(tr("Quiz"), tr("Passed (assessed)")),
                     note=tr("Assessed attempts only; practice attempts never count."))


def month_label(month: str, *, first: bool = False) -> str:
    """'Mar' for '2026-03'; with the year under it for the first month shown and for each January."""
    try:
        day = dt.date.fromisoformat(f"{month}-01")
    except ValueError:
        return month
    text = short_month(day)
    return f"{text}\n{day.year}" if first or day.month == 1 else text


def month_name(month: str) -> str:
    """'March 2026' for '2026-03'."""
    try:
        return month_year(dt.date.fromisoformat(f"{month}-01"))
    except ValueError:
        return month


def overdue_over_time(counts: Sequence[tuple[str, int]]) -> ChartData:
    """``counts``: (month 'YYYY-MM', items overdue at the end of that month), oldest first."""
    points = tuple(Point(month_name(month), float(count), short=month_label(month, first=index == 0))
                   for index, (month, count) in enumerate(counts))
    return ChartData(OVERDUE, tr("Overdue training over time"), "line", points, tr("Items overdue"), tr("Month"),
                     empty_text=tr("No assignments yet, so nothing can be overdue."),
                     columns=(tr("Month"), tr("Items overdue")),
                     note=tr("Assigned modules and quizzes past their due date and not done, at the end of each "
                             "month."))


# --- Caseload charts, from counts already suppressed by the caseload figures ---------------------------------

@dataclass(frozen=True)
class Count:
    """A caseload count as the figures publish it: a number, or hidden with the mark shown in its place."""

    value: int | None
    hidden_as: str = ""  # '<5' for a small number, '*' for one hidden so another cannot be worked out

    @property
    def hidden(self) -> bool:
        return self.value is None


def _point(label: str, count: Count, threshold: int, short: str = "") -> Point:
    if count.hidden:
        mark = "" if count.hidden_as in ("", f"<{threshold}") else count.hidden_as
        return Point(label, None, hidden=True, hidden_as=mark, short=short)
    return Point(label, float(count.value or 0), short=short)


def last_months(today: dt.date, months: int = MONTHS_SHOWN) -> list[str]:
    """The ``months`` months ending with today's, oldest first, as 'YYYY-MM'."""
    year, month = today.year, today.month
    found = []
    for _ in range(months):
        found.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return found[::-1]


def screenings_by_month(counts: Mapping[str, Count], months: Sequence[str], threshold: int) -> ChartData:
    """``counts``: people screened by month 'YYYY-MM' (a case screened twice in a month counts once); every
    month in ``months`` is shown, a missing one as 0."""
    zero = Count(0)
    points = tuple(_point(month_name(month), counts.get(month, zero), threshold,
                          short=month_label(month, first=index == 0))
                   for index, month in enumerate(months))
    empty = all(not p.hidden and not p.value for p in points)
    return ChartData(SCREENINGS, tr("Screenings by month"), "bar", () if empty else points, tr("People screened"),
                     tr("Month"), threshold=threshold, empty_text=tr("No finished screenings in these months."),
                     columns=(tr("Month"), tr("People screened")),
                     note=tr("Finished screenings; a case screened more than once in a month counts once."))


def flags_raised(counts: Mapping[str, Count], titles: Mapping[str, str], threshold: int,
                 period: str = "") -> ChartData:
    """``counts``: screenings raising each flag id in one quarter (``period``, in words); ``titles``: flag id →
    title. Flags never raised are left out; the largest come first, then the hidden ones in title order (their
    order would say which is larger)."""
    raised = {flag: count for flag, count in counts.items() if count.hidden or count.value}
    ranked = sorted(raised, key=lambda flag: (raised[flag].hidden, -(raised[flag].value or 0),
                                              titles.get(flag, flag).casefold()))
    points = tuple(_point(titles.get(flag, flag), raised[flag], threshold) for flag in ranked)
    if period:
        empty = tr("No flags raised in {period}.").format(period=period)
        note = tr("Finished screenings in {period} (this quarter); a case counts once, by its latest screening in the "
                  "quarter. Not added up over the year: a total over months could give away a hidden number.").format(
            period=period)
    else:
        empty = tr("No flags raised this quarter.")
        note = tr("Finished screenings this quarter (this quarter); a case counts once, by its latest screening in "
                  "the quarter. Not added up over the year: a total over months could give away a hidden number.")
    return ChartData(FLAGS, tr("Flags raised"), "hbar", points, tr("Screenings that raised the flag"), tr("Flag"),
                     threshold=threshold, empty_text=empty,
                     columns=(tr("Flag"), tr("Screenings that raised it")), note=note)


@dataclass(frozen=True)
class CaseloadCounts:
    months: list[str]
    by_month: dict[str, Count]
    by_flag: dict[str, Count]
    titles: dict[str, str]
    threshold: int
    flag_period: str = ""  # the quarter the flag counts are for, in words


def _count(table: FiguresTable, measure: str, column: str) -> Count:
    value = table.value(measure, column)
    return Count(value) if value is not None else Count(None, table.text(measure, column))


def caseload_counts(figures: FiguresTable, titles: Mapping[str, str],
                    quarter: FiguresTable | None = None) -> CaseloadCounts:
    """People screened by month (``figures``, by month) and flags raised in the last quarter of ``quarter`` (the
    figures by quarter), from the suppressed tables, so a chart never shows a number a table hides. Nothing is
    added up over periods."""
    months = [period.key for period in figures.periods]
    by_flag: dict[str, Count] = {}
    flag_period = ""
    if quarter is not None:
        last = quarter.periods[-1]
        flag_period = tr("{first} to {last}", "a range of months, e.g. January to March 2026").format(
            first=month_word(last.first), last=month_year(last.last))
        by_flag = {m.id.removeprefix("flag:"): _count(quarter, m.id, last.key)
                   for m in quarter.measures if m.id.startswith("flag:")}
    return CaseloadCounts(months, {month: _count(figures, "screened", month) for month in months}, by_flag,
                          dict(titles), figures.threshold, flag_period)


# --- Gathering from the services -----------------------------------------------------------------------------

def threshold(services: Services) -> int:
    """The small-number threshold the caseload figures use (a setting)."""
    value = getattr(services.settings, "small_number_threshold", DEFAULT_THRESHOLD)
    return value if isinstance(value, int) and value >= 3 else DEFAULT_THRESHOLD  # as figures allow (<2 means "1")


def summarise(statuses: Sequence[ItemStatus], people: int | None = None) -> TeamSummary:
    modules = [s for s in statuses if s.item_type == "module"]
    overdue = [s for s in statuses if s.overdue]
    return TeamSummary(people=len({s.person_id for s in statuses}) if people is None else people,
                       modules_done=sum(1 for s in modules if s.state == COMPLETED),
                       modules_total=len(modules), overdue_items=len(overdue),
                       people_overdue=len({s.person_id for s in overdue}))


def monthly_figures(services: Services, today: dt.date) -> FiguresTable:
    """The caseload figures by month for the last twelve months, as the Figures page shows them by default."""
    since = dt.date.fromisoformat(f"{last_months(today)[0]}-01")
    return services.figures.build(since, today, by="month", threshold=threshold(services), today=today)


def quarter_figures(services: Services, today: dt.date) -> FiguresTable:
    """The caseload figures for this calendar quarter (so far), for the flags chart."""
    first = dt.date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
    return services.figures.build(first, today, by="quarter", threshold=threshold(services), today=today)


def gather(services: Services, today: dt.date | None = None, *, figures: FiguresTable | None = None) -> TeamCharts:
    """Every team chart's data, as of ``today``. ``figures``: the monthly caseload figures, when already built."""
    today = today or dt.date.today()
    matrix = services.team_records.matrix(today)
    statuses = statuses_from_matrix(matrix)
    figures = figures or monthly_figures(services, today)
    caseload = caseload_counts(figures, services.figures.flag_titles(), quarter_figures(services, today))
    charts = (
        completion_by_module(statuses),
        completion_by_team(statuses),
        pass_rates(statuses),
        overdue_over_time(overdue_counts(services, today)),
        screenings_by_month(caseload.by_month, caseload.months, caseload.threshold),
        flags_raised(caseload.by_flag, caseload.titles, caseload.threshold, caseload.flag_period),
    )
    period = tr("{first} to {last}", "a range of months, e.g. January 2026 to December 2026").format(
        first=month_name(caseload.months[0]), last=month_name(caseload.months[-1]))
    return TeamCharts(today, summarise(statuses, len(matrix.people)), charts, period)


def statuses_from_matrix(matrix: TeamMatrix) -> list[ItemStatus]:
    """The matrix's cells as plain item statuses, person by person."""
    statuses = []
    for person, row in zip(matrix.people, matrix.cells, strict=True):
        for item, cell in zip(matrix.items, row, strict=True):
            statuses.append(ItemStatus(person.id, person.team, item.item_type, item.item_id, item.title,
                                       cell.status, cell.overdue, item.short_title))
    return statuses


def overdue_counts(services: Services, today: dt.date) -> list[tuple[str, int]]:
    """(month, items overdue) for the last twelve months, from ``services.team_records``."""
    return [(point.month, point.overdue) for point in services.team_records.overdue_over_time(MONTHS_SHOWN, today)]
