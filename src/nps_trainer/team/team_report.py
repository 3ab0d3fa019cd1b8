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

from . import chart_data as cd
from .charts import WIDTH_INCHES, ChartData, figure_height, render_svg

if TYPE_CHECKING:
    from ..identity import SignedIn
    from ..services import Services
    from .figures import FiguresTable

TITLE = "Team training report"
CSS_PIXELS_PER_INCH = 96

SECTIONS = (
    ("Training", "", (cd.COMPLETION_BY_MODULE, cd.COMPLETION_BY_TEAM, cd.PASS_RATES, cd.OVERDUE), False),
    ("Caseload", "Counted from the plain month and flags of finished screenings; nothing is decrypted.",
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


def format_date(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def _column_label(label: str) -> tuple[str, str]:
    """'February 2026' as ('Feb', '2026') for the head of a narrow column."""
    head, _, rest = label.partition(" ")
    return (head[:3], rest) if rest else (label, "")


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
        sections.append({"title": title, "intro": intro, "charts": charts, "new_page": new_page})
    context = {
        "title": TITLE,
        "organisation": organisation,
        "produced": format_date(data.today),
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
    return TeamReport(TITLE, html, {chart.key: drawn.get(chart) or render_svg(chart) for chart in data.charts})


def organisation_text(signed_in: SignedIn) -> str:
    profile = signed_in.profile
    team = " ".join(profile.team.split())
    return f"{profile.organisation_label}, {team}" if team else profile.organisation_label


def made_by_text(signed_in: SignedIn) -> str:
    profile = signed_in.profile
    return f"{profile.display_name} ({profile.role_label.lower()})"


def figures_section(figures: FiguresTable) -> FiguresSection:
    """The caseload figures table by month, as suppressed (the same table the caseload charts are drawn from)."""

    columns = [("Measure", "")] + [_column_label(cd.month_name(p.key)) for p in figures.periods]
    rows = []
    for measure in figures.measures:
        if measure.id.startswith("flag:") and not any(figures.value(measure.id, c) != 0 for c in figures.columns):
            continue  # a flag never raised: one line says so below
        rows.append((measure.label, *(figures.text(measure.id, column) for column in figures.columns)))
    never = [m.label.removeprefix("Flag: ") for m in figures.measures
             if m.id.startswith("flag:") and all(figures.value(m.id, c) == 0 for c in figures.columns)]
    t = figures.threshold
    notes = [f"<{t}: a number from 1 to {t - 1} (0 to {t - 1} within a number under {t}), hidden to protect "
             "privacy. *: hidden so that another hidden number cannot be worked out.",
             "A case screened more than once in a month counts once in that month. There is no total over the "
             "months: a total compared with one for a neighbouring range would give away the months between."]
    if never:
        notes.append(f"Flags not raised in these months: {', '.join(never)}.")
    return FiguresSection(
        "Caseload figures",
        tuple(columns), tuple(rows),
        intro=(f"{figures.first_day:%B %Y} to {figures.last_day:%B %Y}, everyone's finished screenings, "
               "counted without decrypting any record.",),
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
