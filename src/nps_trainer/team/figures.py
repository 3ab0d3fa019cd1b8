"""Caseload figures: anonymised counts of finished screenings by month or quarter, small numbers suppressed.

Read from the plain columns of finished screening records only (month, summary categories, flags), so nothing
is decrypted. Which summary answers count as class A, NPS, opioids, injecting, in treatment, released and holding
naloxone is data: the ``figures`` block of each screening form (see screening/nps-screening.yaml).

A case screened more than once in a period counts once there, by the latest finished screening of that case in
the period: cases are told apart by the practitioner's blind index of the case reference, which is
per practitioner, so the same case screened by two practitioners counts twice. What is counted, and what is
hidden and why, is explained for managers in docs/figures.md.

There is no total over a range: a total for one range compared with the total for a neighbouring range would
give away the period between them. Each calendar quarter is suppressed on its own, as one block holding its
three months and the quarter itself (a table by quarter and a table by month can be compared, so they are
protected together), so a month or a quarter is hidden identically whatever range is asked for. Figures for a
filter are suppressed together with everyone's figures for the same quarter, which are taken as already
published, so that everyone's less the filter's gives no small number away either.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..i18n import tr, tr_noop
from .disclosure import (
    WITHHELD_REASON,
    WITHHELD_TEXT,
    CannotProtect,
    Constraint,
    Hidden,
    Problem,
    Suppressed,
    suppress,
)

if TYPE_CHECKING:
    from ..profiles import ProfileInfo, ProfileService
    from ..screening import FormLibrary
    from ..screening.model import FigureTest
    from ..storage.database import Database

EVERYONE, CHOSEN, LEFT_OUT = "everyone", "chosen", "left_out"  # the sides of a block's cells
BY = ("month", "quarter")
DEFAULT_MONTHS = 12
MAX_PERIODS = 120
MIN_PRACTITIONERS = 3  # a filter must leave figures from at least this many practitioners
PEOPLE_FACTOR = 2  # ... and at least this many times the threshold people screened


@dataclass(frozen=True)
class Measure:
    id: str
    label: str
    parent: str | None = None  # a sub-measure: these people are some of the parent's

    @property
    def rest(self) -> str:
        """The unpublished cell row: the parent's people who are not in this sub-measure."""
        return f"{self.id}.rest"


GROUPS = (("class_a", "Using class A drugs"), ("nps", "Using new psychoactive substances (NPS)"),
          ("opioids", "Using opioids"), ("injecting", "Injecting now (in the past 4 weeks)"))

# Each measure's label as shown on screen and in the report (the Measure's own label stays English for the CSV).
SHOWN_LABELS = {
    "screened": tr_noop("People screened"),
    "screened.treatment": tr_noop("People screened, in treatment"),
    "class_a": tr_noop("Using class A drugs"),
    "class_a.treatment": tr_noop("Using class A drugs, in treatment"),
    "nps": tr_noop("Using new psychoactive substances (NPS)"),
    "nps.treatment": tr_noop("Using new psychoactive substances (NPS), in treatment"),
    "opioids": tr_noop("Using opioids"),
    "opioids.treatment": tr_noop("Using opioids, in treatment"),
    "opioids.naloxone": tr_noop("Using opioids, carrying naloxone"),
    "injecting": tr_noop("Injecting now (in the past 4 weeks)"),
    "injecting.treatment": tr_noop("Injecting now (in the past 4 weeks), in treatment"),
    "released": tr_noop("Released in the past 4 weeks (prison, hospital or residential treatment)"),
}
# A sub-measure's label under its parent's row ("in treatment").
SHOWN_SUB_LABELS = {"treatment": tr_noop("in treatment"), "naloxone": tr_noop("carrying naloxone")}


def shown_label(measure: Measure) -> str:
    """The measure's label in the language in use."""
    if measure.id in SHOWN_LABELS:
        return tr(SHOWN_LABELS[measure.id])
    if measure.id.startswith("flag:"):
        return tr("Flag: {title}").format(title=measure.label.removeprefix("Flag: "))
    return measure.label


def shown_sub_label(measure: Measure) -> str:
    """A sub-measure's label without its parent's words, for the row under the parent ('in treatment')."""
    key = measure.id.rpartition(".")[2]
    if key in SHOWN_SUB_LABELS:
        return tr(SHOWN_SUB_LABELS[key])
    return measure.label.split(", ", 1)[-1]


def base_measures() -> list[Measure]:
    measures = [Measure("screened", "People screened"),
                Measure("screened.treatment", "People screened, in treatment", "screened")]
    for group, label in GROUPS:
        measures.append(Measure(group, label))
        measures.append(Measure(f"{group}.treatment", f"{label}, in treatment", group))
        if group == "opioids":
            measures.append(Measure("opioids.naloxone", "Using opioids, carrying naloxone", "opioids"))
    measures.append(Measure("released", "Released in the past 4 weeks (prison, hospital or residential treatment)"))
    return measures


@dataclass(frozen=True)
class Period:
    key: str  # "2026-01" or "2026-Q1"
    first: dt.date
    last: dt.date

    def months(self) -> list[str]:
        out, day = [], self.first
        while day <= self.last:
            out.append(day.strftime("%Y-%m"))
            day = _add_months(day, 1)
        return out


@dataclass(frozen=True)
class FigureFilters:
    """Narrow the figures to records made by practitioners of an organisation, team or role."""

    organisation: str | None = None
    team: str | None = None
    role: str | None = None

    @property
    def any(self) -> bool:
        return bool(self.organisation or self.team or self.role)

    def allows(self, profile: ProfileInfo | None) -> bool:
        if profile is None:
            return not self.any
        if self.organisation and profile.organisation != self.organisation:
            return False
        if self.team and _team_key(profile.team) != _team_key(self.team):
            return False
        return not (self.role and profile.role != self.role)

    def describe(self) -> str:
        from ..profiles import ORGANISATIONS, ROLES

        parts = []
        if self.organisation:
            parts.append(tr(ORGANISATIONS[self.organisation]) if self.organisation in ORGANISATIONS
                         else self.organisation)
        if self.team:
            parts.append(tr("team {team}").format(team=self.team))
        if self.role:
            parts.append(tr(ROLE_PLURALS[self.role]) if self.role in ROLE_PLURALS
                         else ROLES.get(self.role, self.role).lower() + "s")
        return ", ".join(parts) or tr("everyone")


ROLE_PLURALS = {"practitioner": tr_noop("probation practitioners"), "drug_service": tr_noop("drug service workers"),
                "facilitator": tr_noop("facilitators"), "manager": tr_noop("managers")}


WITHHELD_ALL_REASON = tr_noop("not shown in this quarter: beside the quarter's other figures it would give away a "
                              "small number, and hiding single numbers could not prevent that")


class FiguresRefused(ValueError):
    """The figures asked for would be about too few people or practitioners to publish; the message says why."""


@dataclass(frozen=True)
class Shown:
    """One cell of the published table: its count when shown, or how it is hidden."""

    value: int | None
    kind: Hidden | None
    text: str
    reason: str | None


@dataclass
class FiguresTable:
    """The counts as they may be shown: one row per measure, one column per period (no total over the range)."""

    by: str
    periods: list[Period]
    measures: list[Measure]
    threshold: int
    filters: FigureFilters
    # Distinct cases over the whole range, for the filter rules and tests only: never shown, since with one
    # period (or no case screened twice) it equals a total that may be hidden.
    people: int
    practitioners: int
    cells: dict[tuple[str, str], Shown] = field(repr=False)
    # The counts before suppression, for tests only (like ``people``, never shown).
    _raw: dict[tuple[str, str], int] = field(repr=False, default_factory=dict)

    @property
    def columns(self) -> list[str]:
        return [p.key for p in self.periods]

    @property
    def first_day(self) -> dt.date:
        return self.periods[0].first

    @property
    def last_day(self) -> dt.date:
        return self.periods[-1].last

    def text(self, measure: str, column: str) -> str:
        return self.cells[(measure, column)].text

    def value(self, measure: str, column: str) -> int | None:
        return self.cells[(measure, column)].value

    def reason(self, measure: str, column: str) -> str | None:
        return self.cells[(measure, column)].reason

    def kind(self, measure: str, column: str) -> Hidden | None:
        """How a cell is hidden (None when shown)."""
        return self.cells[(measure, column)].kind

    def hidden_count(self) -> int:
        return sum(1 for cell in self.cells.values() if cell.kind is not None)

    def csv_header(self) -> list[str]:
        t = self.threshold
        return ([f"Measure (<{t}: 1 to {t - 1}, or 0 to {t - 1} within a number under {t}; *: hidden so that "
                 f"another hidden number, or the people outside a filter, cannot be worked out; {WITHHELD_TEXT}: "
                 "not shown for this filter; a case counts once per period, and periods are not added up)"]
                + [p.key for p in self.periods])

    def csv_rows(self) -> list[list[object]]:
        rows: list[list[object]] = []
        for measure in self.measures:
            row: list[object] = [measure.label]
            for column in self.columns:
                value = self.value(measure.id, column)
                row.append(self.text(measure.id, column) if value is None else value)
            rows.append(row)
        return rows


def period_of(day: dt.date, by: str) -> Period:
    if by == "month":
        first = day.replace(day=1)
        return Period(first.strftime("%Y-%m"), first, _add_months(first, 1) - dt.timedelta(days=1))
    if by == "quarter":
        quarter = (day.month - 1) // 3
        first = dt.date(day.year, quarter * 3 + 1, 1)
        return Period(f"{day.year}-Q{quarter + 1}", first, _add_months(first, 3) - dt.timedelta(days=1))
    raise ValueError(tr("figures are by month or by quarter, not '{by}'").format(by=by))


def periods_between(since: dt.date, until: dt.date, by: str) -> list[Period]:
    """The whole months or quarters that cover ``since`` to ``until``: screenings are dated by month only."""
    if since > until:
        raise ValueError(tr("the start date {start} is after the end date {end}").format(start=since.isoformat(),
                                                                                          end=until.isoformat()))
    periods = [period_of(since, by)]
    while periods[-1].last < until:
        periods.append(period_of(periods[-1].last + dt.timedelta(days=1), by))
        if len(periods) > MAX_PERIODS:
            raise ValueError((tr("that range has more than {count} months: choose a shorter one") if by == "month"
                              else tr("that range has more than {count} quarters: choose a shorter one")).format(
                count=MAX_PERIODS))
    return periods


def default_range(today: dt.date) -> tuple[dt.date, dt.date]:
    """The last twelve months, this one included."""
    return _add_months(today.replace(day=1), 1 - DEFAULT_MONTHS), today


class CaseloadFigures:
    def __init__(self, database: Database, profiles: ProfileService, forms: FormLibrary) -> None:
        self._db = database
        self._profiles = profiles
        self._forms = forms

    def teams(self) -> list[str]:
        """Team names in use, for a filter (compared without regard to case or spacing)."""
        seen: dict[str, str] = {}
        for profile in self._profiles.list(include_archived=True):
            if profile.team.strip():
                seen.setdefault(_team_key(profile.team), profile.team.strip())
        return sorted(seen.values(), key=str.casefold)

    def flag_titles(self) -> dict[str, str]:
        """Flag id to title, from the newest version of each installed form that the figures count."""
        titles: dict[str, str] = {}
        for form in sorted(self._forms.forms.values(), key=lambda f: (f.id, _version_key(f.version))):
            if not form.figures:  # a checklist, not a screening: it is not counted (see build)
                continue
            for rule in form.flags:
                titles[rule.id] = rule.title
        return titles

    def build(self, since: dt.date | None = None, until: dt.date | None = None, *, by: str = "month",
              filters: FigureFilters | None = None, threshold: int = 5,
              today: dt.date | None = None) -> FiguresTable:
        """The suppressed figures for ``since`` to ``until`` (whole periods; default the last twelve months).
        Raises ValueError for a bad range and :class:`FiguresRefused` for a filter that narrows to a tiny
        group."""
        filters = filters or FigureFilters()
        if since is None or until is None:
            default_since, default_until = default_range(today or dt.date.today())
            since = since or default_since
            until = until or max(default_until, since)
        periods = periods_between(since, until, by)
        # Whole calendar quarters are read and suppressed, whatever the range: each is one block.
        quarters = _quarters(periods)
        records = self._records(quarters[0].months()[0], quarters[-1].months()[-1])
        definitions = self._definitions(records)
        # Only screenings count: records of forms that define no figures (the DRR and release checklists) would
        # count their people a second time as people screened.
        records = [r for r in records if definitions.get((r.form_id, r.form_version))]
        profiles = {p.id: p for p in self._profiles.list(include_archived=True)}
        in_range = {month for period in periods for month in period.months()}
        ranged = [r for r in records if r.month in in_range]
        chosen_ranged = [r for r in ranged if filters.allows(profiles.get(r.profile_id))]
        self._check_group(chosen_ranged, ranged, filters, threshold)
        # Every flag of every form, so the rows (and so each block's cells) do not depend on the range or filter.
        titles = self.flag_titles()
        flag_ids = list(titles)
        for record in records:
            flag_ids.extend(f for f in record.flags if f not in flag_ids)
        measures = base_measures() + [Measure(f"flag:{f}", f"Flag: {titles.get(f, f)}") for f in flag_ids]
        cells: dict[tuple[str, str], Shown] = {}
        raw: dict[tuple[str, str], int] = {}
        for quarter in quarters:
            block = [r for r in records if r.month in quarter.months()]
            chosen = [r for r in block if filters.allows(profiles.get(r.profile_id))] if filters.any else None
            wanted = [c for c in (*quarter.months(), quarter.key) if c in {p.key for p in periods}]
            try:
                side, suppressed = _suppress_block(block, chosen, quarter, measures, definitions, threshold)
            except CannotProtect as exc:
                if chosen is None:
                    raise FiguresRefused(
                        tr("These figures cannot be shown without giving away a small number in {quarter}. Choose "
                           "quarters instead of months.").format(quarter=quarter.key)) from exc
                # Hiding the filter's cells cannot protect the few people outside it (everyone's figures are
                # already published), so none of this quarter is shown for the filter.
                counts = _block_counts(chosen, quarter, measures, definitions)
                for column in wanted:
                    for measure in measures:
                        cells[(measure.id, column)] = Shown(None, Hidden.WITHHELD, WITHHELD_TEXT, tr(WITHHELD_REASON))
                        raw[(measure.id, column)] = counts[(measure.id, column)]
                continue
            for column in wanted:
                for measure in measures:
                    cell = (side, measure.id, column)
                    kind = suppressed.hidden.get(cell)
                    reason = tr(WITHHELD_REASON if chosen is not None else WITHHELD_ALL_REASON) \
                        if kind is Hidden.WITHHELD else suppressed.reason(cell)
                    cells[(measure.id, column)] = Shown(suppressed.value(cell), kind, suppressed.text(cell), reason)
                    raw[(measure.id, column)] = suppressed._values[cell]
        return FiguresTable(by, periods, measures, threshold, filters, len(_cases(chosen_ranged)),
                            len({r.profile_id for r in chosen_ranged}), cells, raw)

    # -- helpers ------------------------------------------------------------------------------------------
    def _definitions(self, records: Iterable[_Record]) -> dict[tuple[str, str], dict[str, FigureTest]]:
        """Each record's form's figures block, by (form id, version); the newest version of the form when that
        version is no longer installed; empty for a form that is not installed or defines none."""
        found: dict[tuple[str, str], dict[str, FigureTest]] = {}
        for record in records:
            key = (record.form_id, record.form_version)
            if key in found:
                continue
            try:
                found[key] = self._forms.get(*key).figures
            except KeyError:
                try:
                    found[key] = self._forms.latest(record.form_id).figures
                except KeyError:
                    found[key] = {}
        return found

    def _records(self, first_month: str, last_month: str) -> list[_Record]:
        from sqlalchemy import select

        from ..storage.models import ScreeningRecord

        query = (select(ScreeningRecord.id, ScreeningRecord.profile_id, ScreeningRecord.case_ref_index,
                        ScreeningRecord.form_id, ScreeningRecord.form_version, ScreeningRecord.month,
                        ScreeningRecord.finalised_at, ScreeningRecord.categories, ScreeningRecord.flags)
                 .where(ScreeningRecord.status == "final", ScreeningRecord.month >= first_month,
                        ScreeningRecord.month <= last_month))
        with self._db.session() as session:
            return [_Record(rid, pid, index or f"record:{rid}", form_id, version, month, finalised, categories or {},
                            tuple(flags or ()))
                    for rid, pid, index, form_id, version, month, finalised, categories, flags
                    in session.execute(query)]

    @staticmethod
    def _check_group(chosen: Sequence[_Record], everyone: Sequence[_Record], filters: FigureFilters,
                     threshold: int) -> None:
        if not filters.any:
            return
        people = PEOPLE_FACTOR * threshold
        what = filters.describe()
        if len(_cases(chosen)) < people or len({r.profile_id for r in chosen}) < MIN_PRACTITIONERS:
            raise FiguresRefused(
                tr("Figures for {what} in this range would be about too few people to publish safely: at least "
                   "{people} people screened by at least {practitioners} practitioners are needed. Widen the date "
                   "range or remove a filter.").format(what=what, people=people, practitioners=MIN_PRACTITIONERS))
        chosen_ids = {r.id for r in chosen}
        rest = [r for r in everyone if r.id not in chosen_ids]
        if rest and (len(_cases(rest)) < people or len({r.profile_id for r in rest}) < MIN_PRACTITIONERS):
            raise FiguresRefused(
                tr("Figures for {what} in this range leave out so few people that comparing them with the figures "
                   "for everyone would show the people left out. Widen the date range or remove a filter.").format(
                    what=what))


@dataclass(frozen=True)
class _Record:
    id: int
    profile_id: int
    case: str
    form_id: str
    form_version: str
    month: str | None
    finalised_at: dt.datetime | None
    categories: dict[str, list[str]]
    flags: tuple[str, ...]

    @property
    def order(self) -> tuple:
        stamp = self.finalised_at.timestamp() if self.finalised_at else 0.0
        return (self.month or "", stamp, self.id)


def _cases(records: Iterable[_Record]) -> set[tuple[int, str]]:
    return {(r.profile_id, r.case) for r in records}


def _in(record: _Record, definition: dict[str, FigureTest]) -> set[str]:
    """The measures a record counts towards, by its form's figures block."""
    found = {"screened"}
    if definition:
        cats = record.categories
        treated = definition["in_treatment"].holds(cats)
        if treated:
            found.add("screened.treatment")
        for group, _label in GROUPS:
            if definition[group].holds(cats):
                found.add(group)
                if treated:
                    found.add(f"{group}.treatment")
        if "opioids" in found and definition["naloxone_held"].holds(cats):
            found.add("opioids.naloxone")
        if definition["recent_release"].holds(cats):
            found.add("released")
    found.update(f"flag:{f}" for f in record.flags)
    return found


def _count(records: Sequence[_Record], periods: Sequence[Period], measures: Sequence[Measure],
           definitions: dict[tuple[str, str], dict[str, FigureTest]]) -> dict:
    """Counts per (row, column), including the unpublished rest of each sub-measure."""
    period_of_month = {month: p.key for p in periods for month in p.months()}
    latest: dict[tuple[str, tuple[int, str]], _Record] = {}
    for record in records:
        if record.month not in period_of_month:  # not 'YYYY-MM' (written outside NPS Trainer): not counted
            continue
        key = (period_of_month[record.month], (record.profile_id, record.case))
        if key not in latest or record.order > latest[key].order:
            latest[key] = record
    counts = {(m.id, p.key): 0 for m in measures for p in periods}
    for (period, _case), record in latest.items():
        for measure in _in(record, definitions.get((record.form_id, record.form_version), {})):
            if (measure, period) in counts:
                counts[(measure, period)] += 1
    for m in measures:
        if m.parent:
            for p in periods:
                counts[(m.rest, p.key)] = counts[(m.parent, p.key)] - counts[(m.id, p.key)]
    return counts


def _quarters(periods: Sequence[Period]) -> list[Period]:
    """The calendar quarters that hold ``periods``, oldest first."""
    found: dict[str, Period] = {}
    for period in periods:
        quarter = period_of(period.first, "quarter")
        found.setdefault(quarter.key, quarter)
    return list(found.values())


def _block_counts(records: Sequence[_Record], quarter: Period, measures: Sequence[Measure],
                  definitions: dict[tuple[str, str], dict[str, FigureTest]]) -> dict:
    """Counts for a quarter's three months and for the quarter itself (a case counts once in each)."""
    months = [period_of(dt.date.fromisoformat(f"{month}-01"), "month") for month in quarter.months()]
    counts = _count(records, months, measures, definitions)
    counts.update(_count(records, [quarter], measures, definitions))
    return counts


def _block(side: str, counts: dict, quarter: Period, measures: Sequence[Measure]
           ) -> tuple[dict, list[Constraint], list]:
    """One side's cells (side, row, column), their relationships and the unpublished cells among them. A
    quarter is its months added up less the repeats (cases counted in more than one of its months, or counted
    by a different screening): the reader is assumed to know that number, which is the safe assumption."""
    months = quarter.months()
    columns = [*months, quarter.key]
    rows = [m.id for m in measures] + [m.rest for m in measures if m.parent]
    values = {(side, row, c): counts[(row, c)] for row in rows for c in columns}
    constraints = []
    for m in measures:
        if m.parent:
            constraints += [Constraint((side, m.parent, c), ((side, m.id, c), (side, m.rest, c))) for c in columns]
    for row in rows:
        parts = tuple((side, row, month) for month in months)
        offset = sum(values[p] for p in parts) - values[(side, row, quarter.key)]
        constraints.append(Constraint((side, row, quarter.key), parts, offset=offset, nested=False))
    unpublished = [(side, m.rest, c) for m in measures if m.parent for c in columns]
    return values, constraints, unpublished


def _suppress_block(records: Sequence[_Record], chosen: Sequence[_Record] | None, quarter: Period,
                    measures: Sequence[Measure], definitions: dict[tuple[str, str], dict[str, FigureTest]],
                    threshold: int) -> tuple[str, Suppressed]:
    """Suppress one quarter on its own data: everyone's, or (``chosen``: the filter's records) the filter's
    against everyone's as published, with the people left out by the filter as unpublished cells that must not
    be worked out. Returns the side whose cells are to be shown, and the outcome."""
    counts = _block_counts(records, quarter, measures, definitions)
    if chosen is None:
        return EVERYONE, suppress_quarter(counts, None, quarter, measures, threshold)
    chosen_ids = {r.id for r in chosen}
    chosen_counts = _block_counts(chosen, quarter, measures, definitions)
    left_counts = _block_counts([r for r in records if r.id not in chosen_ids], quarter, measures, definitions)
    return CHOSEN, suppress_quarter(counts, (chosen_counts, left_counts), quarter, measures, threshold)


def suppress_quarter(counts: dict, split: tuple[dict, dict] | None, quarter: Period, measures: Sequence[Measure],
                     threshold: int) -> Suppressed:
    """Suppress one quarter's counts ((row, column) -> count, with the unpublished rests): everyone's, or with
    ``split`` (the filter's counts and the left-out people's) the filter's, against everyone's as published.
    Cells are (side, row, column)."""
    values, constraints, unpublished = _block(EVERYONE, counts, quarter, measures)
    cost = {cell: 1 for cell in values if cell[2] == quarter.key}
    everyone = suppress(values, constraints, threshold, unpublished=unpublished, cost=cost,
                        withhold=_row_withholder(EVERYONE, quarter, measures))
    if split is None:
        return everyone
    chosen_counts, left_counts = split
    published = {cell: everyone.hidden.get(cell) for cell in values if cell not in unpublished}
    all_unpublished = list(unpublished)
    for side, side_counts in ((CHOSEN, chosen_counts), (LEFT_OUT, left_counts)):
        side_values, side_constraints, side_unpublished = _block(side, side_counts, quarter, measures)
        values.update(side_values)
        constraints += side_constraints
        all_unpublished += side_values if side == LEFT_OUT else side_unpublished
    complement = {}
    for _side, row, column in list(published):
        constraints.append(Constraint((EVERYONE, row, column), ((CHOSEN, row, column), (LEFT_OUT, row, column))))
        complement[(CHOSEN, row, column)] = (LEFT_OUT, row, column)
    for _side, row, column in unpublished:
        constraints.append(Constraint((EVERYONE, row, column), ((CHOSEN, row, column), (LEFT_OUT, row, column))))
    cost.update({(CHOSEN, row, column): 1 for _side, row, column in cost})
    return suppress(values, constraints, threshold, unpublished=all_unpublished, cost=cost, published=published,
                    complement=complement, withhold=_row_withholder(CHOSEN, quarter, measures))


def _row_withholder(side: str, quarter: Period, measures: Sequence[Measure]) -> Callable[[Problem], list]:
    """When hiding more cells cannot help (zeros are never hidden, and everyone's figures are already published),
    the measure a problem is about (with its parent or sub-measures) is not published for the quarter at all."""
    parents = {m.id: m.parent for m in measures if m.parent}
    rests = {m.rest: (m.id, m.parent) for m in measures if m.parent}
    columns = [*quarter.months(), quarter.key]

    def withhold(problem: Problem) -> list:
        cells = [problem.cell] if problem.cell is not None else list(problem.constraint.coefficients())
        rows = set()
        for _side, row, _column in cells:
            row = rests.get(row, (row,))[0]
            top = parents.get(row, row)  # the measure and every sub-measure of it: one group, all or nothing
            rows.update([top, *(child for child, parent in parents.items() if parent == top)])
        return [(side, row, c) for row in sorted(rows) for c in columns]

    return withhold


def _team_key(team: str) -> str:
    return " ".join(team.split()).casefold()


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _version_key(version: str) -> tuple:
    return tuple((int(part), "") if part.isdigit() else (-1, part) for part in version.split("."))
