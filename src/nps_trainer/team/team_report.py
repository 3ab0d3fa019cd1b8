"""The team report: HTML (HTML 4 and CSS 2, for Qt's QTextDocument) with a placeholder for each chart, and the
charts as SVG to draw there as vectors (``<img src="svg:KEY">``, see ``ui/documents/pdf.py``). Qt-free.

Title, organisation, date and who made it; the team summary; each chart with its data as a table under it;
then the caseload figures table when there is one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

import jinja2

from .. import i18n
from ..i18n import tr, tr_noop
from ..i18n.dates import MONTHS, SHORT_MONTHS, long_date, month_year
from . import chart_data as cd
from .charts import WIDTH_INCHES, ChartData, figure_height, render_svg
from .figures import shown_label

if TYPE_CHECKING:
    from ..identity import SignedIn
    from ..services import Services
    from .figures import FiguresTable

TITLE = tr_noop("Team training report")
CSS_PIXELS_PER_INCH = 96

SECTIONS = (
    (tr_noop("Training"), "", (cd.COMPLETION_BY_MODULE, cd.COMPLETION_BY_TEAM, cd.PASS_RATES, cd.OVERDUE), False),
    (tr_noop("Caseload"), tr_noop("Counted from the plain month and flags of finished screenings; nothing is "
                                  "decrypted."),
     (cd.SCREENINGS, cd.FLAGS), False),
)
# Charts that start a new A4 page, so that a chart and its table stay together on the usual team sizes.
NEW_PAGE = frozenset({cd.COMPLETION_BY_TEAM, cd.OVERDUE, cd.FLAGS})


@dataclass(frozen=True)
class FiguresSection:
    """The caseload figures as text cells, already suppressed. ``columns``: each column's heading on two lines."""

    title: str
    columns: tuple[tuple[str, str], ...]
    rows: tuple[tuple[str, ...], ...]
    intro: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class TeamReport:
    title: str
    html: str
    svgs: dict[str, bytes] = field(repr=False)


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("nps_trainer.team", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def _column_label(label: str) -> tuple[str, str]:
    """'February 2026' as ('Feb', '2026') for the head of a narrow column."""
    head, _, rest = label.partition(" ")
    if not rest:
        return (label, "")
    for full, short in zip(MONTHS, SHORT_MONTHS, strict=True):
        if head == tr(full):
            return (tr(short), rest)
    return (head[:3], rest)


def report_words(threshold: int) -> dict[str, str]:
    """The report's fixed words in the language in use, for the template."""
    return {
        "lang": "cy-GB" if i18n.language() == i18n.WELSH else "en-GB",
        "date": tr("Date"),
        "made_by": tr("Made by"),
        "caseload_charts": tr("Caseload charts"),
        "team_summary": tr("Team summary"),
        "summary_note": tr("Everyone with a profile who is not archived is counted. A module counts as completed "
                           "when every section was read (or credited in a joint session) and no refresher is due."),
        "footer": tr("Made with NPS Trainer from the training records and finished screenings on this database. "
                     "Caseload counts are anonymised: no case reference or answer is decrypted, and numbers from 1 "
                     "to {below} are shown as <{threshold} to protect privacy.").format(below=threshold - 1,
                                                                                      threshold=threshold),
    }


def _chart_context(chart: ChartData) -> dict[str, object]:
    hidden = any(p.hidden for p in chart.points)
    return {
        "key": chart.key,
        "title": chart.title,
        "width": round(WIDTH_INCHES * CSS_PIXELS_PER_INCH),
        "height": round(figure_height(chart) * CSS_PIXELS_PER_INCH),
        "note": chart.note,
        "headings": chart.headings,
        "new_page": chart.key in NEW_PAGE,
        "across": chart.kind in ("bar", "line"),  # months: a two-row table across the page
        "column_labels": [_column_label(label) for label, _value in chart.rows()],
        "rows": [] if chart.is_empty else chart.rows(),
        "hidden_note": " ".join(chart.hidden_explanations()) if hidden else "",
    }


def render_team_report_html(data: cd.TeamCharts, *, organisation: str, made_by: str,
                            figures: FiguresSection | None = None, threshold: int = cd.DEFAULT_THRESHOLD) -> str:
    """The report's HTML; each chart is ``<img src="svg:KEY">`` for the chart whose key is KEY."""
    sections = []
    for title, intro, keys, new_page in SECTIONS:
        charts = [_chart_context(data.chart(key)) for key in keys]
        sections.append({"title": tr(title), "intro": tr(intro) if intro else "", "charts": charts,
                         "new_page": new_page})
    context = {
        "words": report_words(threshold),
        "title": tr(TITLE),
        "organisation": organisation,
        "produced": long_date(data.today),
        "made_by": made_by,
        "period": data.period,
        "summary": data.summary.lines(),
        "sections": sections,
        "figures": figures,
        "threshold": threshold,
    }
    return _environment().get_template("team_report.html.j2").render(context)


def build_team_report(data: cd.TeamCharts, *, organisation: str, made_by: str, figures: FiguresSection | None = None,
                      threshold: int = cd.DEFAULT_THRESHOLD,
                      drawn: Mapping[ChartData, bytes] | None = None) -> TeamReport:
    """The HTML and every chart's SVG, ready for ``write_pdf(report.html, path, report.title, svgs=report.svgs)``.
    ``drawn``: charts already drawn (by the Charts page), used when their data is the same."""
    html = render_team_report_html(data, organisation=organisation, made_by=made_by, figures=figures,
                                   threshold=threshold)
    drawn = drawn or {}
    return TeamReport(tr(TITLE), html, {chart.key: drawn.get(chart) or render_svg(chart) for chart in data.charts})


def organisation_text(signed_in: SignedIn) -> str:
    profile = signed_in.profile
    team = " ".join(profile.team.split())
    organisation = tr(profile.organisation_label)
    return f"{organisation}, {team}" if team else organisation


def made_by_text(signed_in: SignedIn) -> str:
    profile = signed_in.profile
    return f"{profile.display_name} ({tr(profile.role_label).lower()})"


def figures_section(figures: FiguresTable) -> FiguresSection:
    """The caseload figures table by month, as suppressed (the same table the caseload charts are drawn from)."""

    columns = [(tr("Measure"), "")] + [_column_label(cd.month_name(p.key)) for p in figures.periods]
    rows = []
    for measure in figures.measures:
        if measure.id.startswith("flag:") and not any(figures.value(measure.id, c) != 0 for c in figures.columns):
            continue  # a flag never raised: one line says so below
        rows.append((shown_label(measure), *(figures.text(measure.id, column) for column in figures.columns)))
    never = [m.label.removeprefix("Flag: ") for m in figures.measures
             if m.id.startswith("flag:") and all(figures.value(m.id, c) == 0 for c in figures.columns)]
    t = figures.threshold
    notes = [tr("<{t}: a number from 1 to {below} (0 to {below} within a number under {t}), hidden to protect "
                "privacy. *: hidden so that another hidden number cannot be worked out.").format(t=t, below=t - 1),
             tr("A case screened more than once in a month counts once in that month. There is no total over the "
                "months: a total compared with one for a neighbouring range would give away the months between.")]
    if never:
        notes.append(tr("Flags not raised in these months: {flags}.").format(flags=", ".join(never)))
    return FiguresSection(
        tr("Caseload figures"),
        tuple(columns), tuple(rows),
        intro=(tr("{first} to {last}, everyone's finished screenings, counted without decrypting any record.").format(
            first=month_year(figures.first_day), last=month_year(figures.last_day)),),
        notes=tuple(notes))


def team_report(services: Services, signed_in: SignedIn, today: dt.date | None = None, *,
                drawn: Mapping[ChartData, bytes] | None = None) -> TeamReport:
    """The team report as the signed-in manager sees it today (``drawn``: see :func:`build_team_report`)."""
    today = today or dt.date.today()
    figures = cd.monthly_figures(services, today)
    data = cd.gather(services, today, figures=figures)
    return build_team_report(data, organisation=organisation_text(signed_in), made_by=made_by_text(signed_in),
                             figures=figures_section(figures), threshold=figures.threshold, drawn=drawn)


def file_name(today: dt.date) -> str:
    return f"team-report-{today.isoformat()}.pdf"
