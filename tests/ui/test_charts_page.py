"""Team → Charts driven as a manager would: every chart drawn, each named and described for screen readers,
reachable with Tab, and "Save team report (PDF)…" writing a PDF whose chart text reads back."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QThreadPool

from nps_trainer.services import Services
from nps_trainer.team import chart_data as cd
from nps_trainer.ui.documents import pdf
from nps_trainer.ui.team.charts_page import ChartsPage
from tests.team.test_charts_data import MODULE, MODULE_TITLE, fill_team
from tests.team.test_charts_data import _complete as complete_module

TITLES = ["Completion by module", "Completion by team", "Assessed quiz pass rates", "Overdue training over time",
          "Screenings by month", "Flags raised"]


@pytest.fixture
def page(qtbot, services: Services):
    team = fill_team(services)
    shown = ChartsPage(services, team.manager)
    qtbot.addWidget(shown)
    shown.resize(960, 720)
    shown.show()
    with qtbot.waitSignal(shown.charts_ready, timeout=60_000):
        shown.refresh()  # returns at once; the charts are drawn on a worker thread
    shown.team = team
    return shown


def test_every_chart_is_drawn_named_and_described(page: ChartsPage) -> None:
    views = page.charts()
    assert [view.accessibleName() for view in views] == TITLES
    for view in views:
        assert view.renderer().isValid()
        assert view.isVisible() and view.height() > 100
        assert view.accessibleDescription().startswith(view.accessibleName() + ".")
        assert view.focusPolicy() & Qt.FocusPolicy.TabFocus
        ratio = view.renderer().defaultSize().height() / view.renderer().defaultSize().width()
        assert view.height() == pytest.approx(view.width() * ratio, abs=2)  # not stretched
    module = page.panels[cd.COMPLETION_BY_MODULE].view.accessibleDescription()
    assert f"{MODULE_TITLE}: 50% (3 of 6 people)" in module
    screenings = page.panels[cd.SCREENINGS].view.accessibleDescription()
    assert "<5" in screenings and "between 1 and 4" in screenings
    assert "People: 6" in page.summary.text() and "1 item overdue for 1 person" in page.summary.text()


def test_charts_look_like_charts(page: ChartsPage, tmp_path: Path) -> None:
    image = page.grab().toImage()
    image.save(str(tmp_path / "charts-page.png"))
    view = page.panels[cd.COMPLETION_BY_MODULE].view
    drawn = view.grab().toImage()
    colours = {drawn.pixelColor(x, y).name() for x in range(0, drawn.width(), 4) for y in range(0, drawn.height(), 4)}
    assert "#1f4e79" in colours  # the bars' blue is painted, not an empty widget


def test_refresh_redraws_what_changed(page: ChartsPage, services: Services, qtbot) -> None:
    before = {key: bytes(panel.view.chart and page._svgs[panel.view.chart]) for key, panel in page.panels.items()}
    complete_module(services, page.team.people["Ben Practitioner"], MODULE)
    with qtbot.waitSignal(page.charts_ready, timeout=60_000):
        page.refresh()
        # Named and described from the new numbers at once, while the drawing follows.
        assert page.drawing
        module = page.panels[cd.COMPLETION_BY_MODULE].view.accessibleDescription()
        assert f"{MODULE_TITLE}: 67% (4 of 6 people)" in module
    after = {key: page._svgs[panel.view.chart] for key, panel in page.panels.items()}
    changed = {key for key in after if after[key] != before[key]}
    # Ben's completion also ends the team's one overdue item; the other charts were not drawn again.
    assert changed == {cd.COMPLETION_BY_MODULE, cd.COMPLETION_BY_TEAM, cd.OVERDUE}
    assert b"67%" in after[cd.COMPLETION_BY_MODULE]


def test_refresh_with_nothing_changed_is_immediate(page: ChartsPage, qtbot) -> None:
    with qtbot.waitSignal(page.charts_ready, timeout=1_000):
        page.refresh()
    assert not page.drawing


def test_tab_moves_from_chart_to_chart(page: ChartsPage, qtbot) -> None:
    page.activateWindow()
    first = page.charts()[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    reached = [first.accessibleName()]
    for _ in range(len(TITLES) - 1):
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Tab)
        reached.append(page.focusWidget().accessibleName())
    assert reached == TITLES


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_save_team_report(page: ChartsPage, qtbot, shown_messages, monkeypatch, tmp_path: Path,
                          services: Services) -> None:
    target = tmp_path / "team report.pdf"
    monkeypatch.setattr(pdf, "ask_pdf_path", lambda *_args: target)
    assert page.save_button.accessibleName() == "Save team report (PDF)"
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert shown_messages[-1][0] == "inform" and str(target) in shown_messages[-1][2]
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    for expected in ("Team training report", "Morgan Manager", *TITLES, "People screened", "Items overdue",
                     "<5", "Naloxone and probation", "Offer or signpost naloxone"):
        assert expected in text, f"{expected!r} not in the PDF"
    entries = services.audit.entries(object_type="team_report")
    assert entries and entries[-1].action == "export"


def test_cancel_saves_nothing(page: ChartsPage, qtbot, shown_messages, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(pdf, "ask_pdf_path", lambda *_args: None)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert shown_messages == []
    assert list(tmp_path.glob("*.pdf")) == []


def test_unwritable_folder_is_reported(page: ChartsPage, qtbot, shown_messages, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(pdf, "ask_pdf_path", lambda *_args: tmp_path / "missing" / "team.pdf")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert shown_messages[-1][0] == "warn" and "could not be saved" in shown_messages[-1][2]


def test_wide_window_puts_charts_side_by_side_in_reading_order(page: ChartsPage, qtbot) -> None:
    page.resize(1500, 900)
    qtbot.waitUntil(lambda: page.columns == 2)
    views = page.charts()

    def where(index: int) -> QPoint:
        return views[index].mapTo(page, QPoint(0, 0))

    qtbot.waitUntil(lambda: where(1).x() > where(0).x())
    assert where(0).y() == where(1).y()  # by module | by team
    assert where(2).y() > where(0).y() and where(2).x() == where(0).x()
    order, widget = [], views[0]
    for _ in range(len(views)):
        order.append(widget.accessibleName())
        widget = widget.nextInFocusChain()
        while not isinstance(widget, type(views[0])) and widget is not views[0]:
            widget = widget.nextInFocusChain()
    assert order == TITLES
    page.resize(800, 900)
    qtbot.waitUntil(lambda: page.columns == 1)


def test_closing_the_page_while_charts_are_drawn_is_safe(qtbot, services: Services) -> None:
    team = fill_team(services)
    shown = ChartsPage(services, team.manager)
    shown.show()
    shown.refresh()
    assert shown.drawing
    shown.deleteLater()
    qtbot.wait(50)
    assert QThreadPool.globalInstance().waitForDone(60_000)  # the worker finishes quietly
    qtbot.wait(50)
