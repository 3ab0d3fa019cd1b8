"""Caseload figures: anonymised counts of finished screenings by month or quarter, small numbers suppressed.

Read from the plain columns of finished screening records only (month, summary categories, flags), so nothing
is decrypted. Which summary answers count as class A, NPS, opioids, injecting, in treatment, released and holding
naloxone is data: the ``figures`` block of each screening form (see screening/nps-screening.yaml).

A case screened more than once in a period counts once there, by the latest finished screening of that case in
the period: cases are told apart by the practitioner's blind index of the case reference, which is
per practitioner, so the same case screened by two practitioners counts twice. What is counted, and what is
hidden and why, is explained for managers in docs/figures.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .disclosure import CannotProtect, Constraint, Hidden, Suppressed, suppress

if TYPE_CHECKING:
    from ..profiles import ProfileInfo, ProfileService
    from ..screening import FormLibrary
    from ..screening.model import FigureTest
    from ..storage.database import Database

TOTAL = "total"
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
            parts.append(ORGANISATIONS.get(self.organisation, self.organisation))
        if self.team:
            parts.append(f"team {self.team}")
        if self.role:
            parts.append(ROLES.get(self.role, self.role).lower() + "s")
        return ", ".join(parts) or "everyone"


class FiguresRefused(ValueError):
    """The figures asked for would be about too few people or practitioners to publish; the message says why."""


@dataclass
class FiguresTable:
    """The counts as they may be shown: one row per measure, one column per period and a total."""

    by: str
    periods: list[Period]
    measures: list[Measure]
    threshold: int
    filters: FigureFilters
    # Distinct cases over the whole range, for the filter rules and tests only: never shown, since with one
    # period (or no case screened twice) it equals a total that may be hidden.
    people: int
    practitioners: int
    suppressed: Suppressed = field(repr=False)

    @property
    def columns(self) -> list[str]:
        return [p.key for p in self.periods] + [TOTAL]

    @property
    def first_day(self) -> dt.date:
        return self.periods[0].first

    @property
    def last_day(self) -> dt.date:
        return self.periods[-1].last

    def text(self, measure: str, column: str) -> str:
        return self.suppressed.text((measure, column))

    def value(self, measure: str, column: str) -> int | None:
        return self.suppressed.value((measure, column))

    def reason(self, measure: str, column: str) -> str | None:
        return self.suppressed.reason((measure, column))

    def kind(self, measure: str, column: str) -> Hidden | None:
        """How a cell is hidden (None when shown)."""
        return self.suppressed.hidden.get((measure, column))

    def hidden_count(self) -> int:
        return len(self.suppressed.hidden)

    def csv_header(self) -> list[str]:
        t = self.threshold
        return ([f"Measure (<{t}: 1 to {t - 1}, or 0 to {t - 1} within a number under {t}; *: hidden so that "
                 "another hidden number cannot be worked out)"] + [p.key for p in self.periods] + ["Total"])

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
    raise ValueError(f"figures are by month or by quarter, not '{by}'")


def periods_between(since: dt.date, until: dt.date, by: str) -> list[Period]:
    """The whole months or quarters that cover ``since`` to ``until``: screenings are dated by month only."""
    if since > until:
        raise ValueError(f"the start date {since.isoformat()} is after the end date {until.isoformat()}")
    periods = [period_of(since, by)]
    while periods[-1].last < until:
        periods.append(period_of(periods[-1].last + dt.timedelta(days=1), by))
        if len(periods) > MAX_PERIODS:
            raise ValueError(f"that range has more than {MAX_PERIODS} {by}s: choose a shorter one")
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
        """Flag id to title, from the newest version of each installed form."""
        titles: dict[str, str] = {}
        for form in sorted(self._forms.forms.values(), key=lambda f: (f.id, _version_key(f.version))):
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
        records = self._records(periods[0].months()[0], periods[-1].months()[-1])
        profiles = {p.id: p for p in self._profiles.list(include_archived=True)}
        chosen = [r for r in records if filters.allows(profiles.get(r.profile_id))]
        self._check_group(chosen, records, filters, threshold)
        definitions = self._definitions(records)
        titles = self.flag_titles()
        flag_ids = list(titles)
        for record in chosen:
            flag_ids.extend(f for f in record.flags if f not in flag_ids)
        measures = base_measures() + [Measure(f"flag:{f}", f"Flag: {titles.get(f, f)}") for f in flag_ids]
        counts = _count(chosen, periods, measures, definitions)
        try:
            suppressed = _suppress(counts, measures, [p.key for p in periods], threshold)
        except CannotProtect as exc:
            raise FiguresRefused("These figures cannot be shown without giving away a small number. Choose a "
                                 "wider date range, or quarters instead of months.") from exc
        return FiguresTable(by, periods, measures, threshold, filters, len(_cases(chosen)),
                            len({r.profile_id for r in chosen}), suppressed)

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
                f"Figures for {what} in this range would be about too few people to publish safely: at least "
                f"{people} people screened by at least {MIN_PRACTITIONERS} practitioners are needed. Widen the "
                "date range or remove a filter.")
        chosen_ids = {r.id for r in chosen}
        rest = [r for r in everyone if r.id not in chosen_ids]
        if rest and (len(_cases(rest)) < people or len({r.profile_id for r in rest}) < MIN_PRACTITIONERS):
            raise FiguresRefused(
                f"Figures for {what} in this range leave out so few people that comparing them with the figures "
                "for everyone would show the people left out. Widen the date range or remove a filter.")


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
    """Counts per (row, column), including the unpublished rest of each sub-measure. The total column adds the
    periods up, so a case screened in two periods counts in each."""
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
    rows = {row for row, _period in counts}
    for row in rows:
        counts[(row, TOTAL)] = sum(counts[(row, p.key)] for p in periods)
    return counts


def _suppress(counts: dict, measures: Sequence[Measure], periods: Sequence[str], threshold: int) -> Suppressed:
    columns = [*periods, TOTAL]
    rows = [m.id for m in measures] + [m.rest for m in measures if m.parent]
    constraints = [Constraint((row, TOTAL), tuple((row, p) for p in periods)) for row in rows]
    for m in measures:
        if m.parent:
            constraints += [Constraint((m.parent, c), ((m.id, c), (m.rest, c))) for c in columns]
    values = {(row, c): counts[(row, c)] for row in rows for c in columns}
    unpublished = [(m.rest, c) for m in measures if m.parent for c in columns]
    cost = {(row, TOTAL): 1 for row in rows}
    return suppress(values, constraints, threshold, unpublished=unpublished, cost=cost)


def _team_key(team: str) -> str:
    return " ".join(team.split()).casefold()


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _version_key(version: str) -> tuple:
    return tuple((int(part), "") if part.isdigit() else (-1, part) for part in version.split("."))
