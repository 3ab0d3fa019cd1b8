"""The team report's HTML (Qt-free): header, summary, a placeholder for each chart sized for the A4 page, each
chart's numbers as a table, the caseload figures, and text escaped."""

from __future__ import annotations

import datetime as dt
import re

from nps_trainer.team import chart_data as cd
from nps_trainer.team.chart_data import ItemStatus
from nps_trainer.team.charts import render_svg
from nps_trainer.team.team_report import FiguresSection, build_team_report, render_team_report_html

TODAY = dt.date(2026, 3, 9)
MONTHS = cd.last_months(TODAY)


def _data() -> cd.TeamCharts:
    statuses = [
        ItemStatus(1, "North <East>", "module", "m1", "Naloxone & probation", "completed"),
        ItemStatus(2, "", "module", "m1", "Naloxone & probation", "in progress", overdue=True),
        ItemStatus(1, "North <East>", "quiz", "q1", "Check your learning: naloxone", "passed"),
        ItemStatus(2, "", "quiz", "q1", "Check your learning: naloxone", "not passed"),
    ]
    counts = {MONTHS[-1]: cd.Count(None, "<5"), MONTHS[-2]: cd.Count(14), MONTHS[-3]: cd.Count(None, "*")}
    charts = (cd.completion_by_module(statuses), cd.completion_by_team(statuses), cd.pass_rates(statuses),
              cd.overdue_over_time([(m, i % 3) for i, m in enumerate(MONTHS)]),
              cd.screenings_by_month(counts, MONTHS, 5),
              cd.flags_raised({"a": cd.Count(11), "b": cd.Count(None, "<5")}, {"a": "Using alone", "b": "Injecting"},
                              5))
    return cd.TeamCharts(TODAY, cd.summarise(statuses, 2), charts, "April 2025 to March 2026")


def _figures() -> FiguresSection:
    return FiguresSection("Caseload figures", (("Measure", ""), ("Feb", "2026"), ("Mar", "2026")),
                          (("People screened", "14", "<5"),), intro=("Everyone's finished screenings.",),
                          notes=("<5: a number from 1 to 4.",))


def test_report_html_has_every_part_in_order() -> None:
    html = render_team_report_html(_data(), organisation="Probation, North", made_by="Morgan Manager (manager)",
                                   figures=_figures())
    order = ["Team training report", "Probation, North", "9 March 2026", "Morgan Manager (manager)",
             "Team summary", "svg:completion_by_module", "svg:completion_by_team", "svg:pass_rates",
             "svg:overdue_over_time", "svg:screenings_by_month", "svg:flags_raised", "Caseload figures"]
    positions = [html.index(text) for text in order]
    assert positions == sorted(positions)
    assert "50% (1 of 2 module places completed and up to date)" in html
    assert "1 item overdue for 1 person" in html


def test_each_chart_is_sized_for_the_page_and_followed_by_its_numbers() -> None:
    html = render_team_report_html(_data(), organisation="Probation", made_by="M")
    images = re.findall(r'<img src="svg:(\w+)" width="(\d+)" height="(\d+)"', html)
    assert [key for key, _w, _h in images] == list(cd.CHART_KEYS)
    for _key, width, height in images:
        assert int(width) == 643 and 150 <= int(height) <= 900  # 6.7 in at 96 px/in: inside A4's 174 mm
    # Numbers under the charts: a row per module, months across, hidden values as marks with their meaning.
    assert "<td>Naloxone &amp; probation</td><td>50% (1 of 2 people)</td>" in html
    assert "<td>Check your learning: naloxone</td><td>50% (1 of 2 who sat it)</td>" in html
    assert '<td align="center">&lt;5</td>' in html and '<td align="center">14</td>' in html
    assert '<td align="center">*</td>' in html
    assert "&lt;5 means between 1 and 4" in html and "* means hidden so that another" in html


def test_text_is_escaped() -> None:
    html = render_team_report_html(_data(), organisation="<script>x</script>", made_by="A & B")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "North &lt;East&gt;" in html and "A &amp; B" in html


def test_build_draws_each_chart_once_and_reuses_drawings() -> None:
    data = _data()
    drawn = {data.charts[0]: render_svg(data.charts[0])}
    report = build_team_report(data, organisation="Probation", made_by="M", drawn=drawn)
    assert set(report.svgs) == set(cd.CHART_KEYS)
    assert report.svgs[cd.COMPLETION_BY_MODULE] is drawn[data.charts[0]]
    assert b"Screenings by month" in report.svgs[cd.SCREENINGS]
