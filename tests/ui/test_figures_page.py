"""Team → Figures, driven with pytest-qt on real services: the table with hidden cells, why a cell is hidden
(tooltip and a panel reached by keyboard), month and quarter, filters and the refusal of a tiny group, Export
CSV, and accessible names on every control."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDateEdit, QPlainTextEdit, QTableWidget

from nps_trainer.services import Services
from nps_trainer.ui.team import figures_page
from nps_trainer.ui.team.figures_page import FiguresPage
from tests.team import test_figures as data


@pytest.fixture
def page(qtbot, services: Services) -> FiguresPage:
    data.many_practitioners(services)
    manager = services.signin.sign_in(services.profiles.find_by_name("Morgan Manager")[0].id, data.PASSPHRASE)
    shown = FiguresPage(services, manager)
    qtbot.addWidget(shown)
    shown.resize(1366, 700)
    shown.since_edit.setDate(QDate(2026, 1, 1))
    shown.until_edit.setDate(QDate(2026, 2, 28))
    shown.refresh()
    shown.show()
    return shown


def cell_text(page: FiguresPage, measure: str, column: str) -> str:
    row = [m.id for m in page.table_data.measures].index(measure)
    col = page.table_data.columns.index(column)
    return page.table.item(row, col).text()


def test_table_shows_counts_and_hidden_cells_with_reasons(page: FiguresPage, qtbot) -> None:
    table = page.table
    assert table.columnCount() == 2  # no total over the range
    assert [table.horizontalHeaderItem(c).text() for c in range(2)] == ["2026-01", "2026-02"]
    headers = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    assert headers[:3] == ["People screened", "    in treatment", "Using class A drugs"]
    assert cell_text(page, "screened", "2026-01") == "22" and cell_text(page, "screened", "2026-02") == "0"
    # one '<5' flag row: none here; make a small one visible by checking a known zero and a known count
    assert cell_text(page, "class_a", "2026-01") == "12" and cell_text(page, "nps", "2026-01") == "10"
    assert "everyone: screenings by 7 practitioners." in page.status.text()
    assert "22" not in page.status.text()  # the number of people is in the table only, where it may be hidden
    assert "No total over the range" in page.status.text()
    # Find a hidden cell, check its tooltip and the panel, reached from the table with Tab.
    hidden = [(r, c) for r in range(table.rowCount()) for c in range(table.columnCount())
              if table.item(r, c).text() in ("<5", "*")]
    assert not hidden  # 22, 12, 10 and zeros: nothing small in this caseload
    table.setFocus()
    table.setCurrentCell(0, 0)
    assert page.why.toPlainText() == "People screened, 2026-01: 22."
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert page.why.hasFocus()


def test_a_hidden_number_says_why(page: FiguresPage, services: Services, qtbot) -> None:
    lone = services.profiles.find_by_name("North 0")[0]
    signed = services.signin.sign_in(lone.id, data.PASSPHRASE)
    screener = data.Screener.__new__(data.Screener)
    screener.services, screener.profile, screener.signed = services, lone, signed
    screener.screen("X1", "2026-02-03", substances=("heroin",), released=True)
    screener.screen("X2", "2026-02-04", substances=("heroin",), released=True)
    page.refresh()
    table = page.table
    assert cell_text(page, "released", "2026-02") == "<5"
    row = [m.id for m in page.table_data.measures].index("released")
    item = table.item(row, 1)
    # released: January 0, February 2: the 2 is hidden, the zero shown
    assert item.toolTip() == "Hidden: fewer than 5."
    assert cell_text(page, "released", "2026-01") == "0"
    table.setCurrentCell(row, 1)
    assert "hidden because it is fewer than 5 (but more than 0)" in page.why.toPlainText()
    assert "2" not in page.why.toPlainText().replace("2026-02", "")  # the count itself is never given
    # class A in February: 2, none in treatment: the 0 is part of a number under 5, so hidden with it
    treated = [m.id for m in page.table_data.measures].index("class_a.treatment")
    assert cell_text(page, "class_a", "2026-02") == "<5" and cell_text(page, "class_a.treatment", "2026-02") == "<5"
    assert table.item(treated, 1).toolTip() == "Hidden: part of a number that is fewer than 5, so hidden with it."
    table.setCurrentCell(treated, 1)
    assert "hidden because it is part of a number that is fewer than 5" in page.why.toPlainText()
    assert "It may be 0 or a small number" in page.why.toPlainText()
    # January 22 screened, February 2, the quarter 24: the 2 is hidden, and so is January (the quarter, in the
    # table by quarter, would otherwise give the 2 away).
    assert cell_text(page, "screened", "2026-02") == "<5" and cell_text(page, "screened", "2026-01") == "*"
    table.setCurrentCell(0, 0)
    assert "hidden so that another hidden number cannot be worked out" in page.why.toPlainText()
    assert "in its quarter" in page.why.toPlainText()


def test_quarters_and_filters(page: FiguresPage, qtbot) -> None:
    page.by_combo.setCurrentIndex(page.by_combo.findData("quarter"))
    assert page.table.columnCount() == 1 and page.table.horizontalHeaderItem(0).text() == "2026-Q1"
    assert "whole months are counted" in page.status.text()
    page.organisation_combo.setCurrentIndex(page.organisation_combo.findData("drug_service"))
    assert cell_text(page, "screened", "2026-Q1") == "10" and page.export_button.isEnabled()
    page.organisation_combo.setCurrentIndex(0)
    page.team_combo.setCurrentIndex(page.team_combo.findData("North"))
    assert cell_text(page, "screened", "2026-Q1") == "12"
    page.role_combo.setCurrentIndex(page.role_combo.findData("drug_service"))  # North and drug service: nobody
    assert page.table.rowCount() == 0 and "too few people" in page.status.text()
    assert not page.export_button.isEnabled()
    page.role_combo.setCurrentIndex(0)
    assert page.table.rowCount() > 0


def test_export_csv(page: FiguresPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                    shown_messages: list) -> None:
    target = tmp_path / "figures.csv"
    asked: list[str] = []

    def ask(_parent, _title, file_name):
        asked.append(file_name)
        return target

    monkeypatch.setattr(figures_page, "ask_csv_path", ask)
    page.export_button.click()
    assert asked == [f"caseload-figures-{dt.date.today().isoformat()}.csv"]
    data_bytes = target.read_bytes()
    assert data_bytes.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data_bytes.decode("utf-8-sig"))))
    assert rows[0][1:] == ["2026-01", "2026-02"] and "<5" in rows[0][0] and "not added up" in rows[0][0]
    assert rows[1] == ["People screened", "22", "0"]
    assert shown_messages == [("inform", "Export caseload figures", f"The figures were saved to {target}.")]
    monkeypatch.setattr(figures_page, "ask_csv_path", lambda *_: tmp_path / "missing" / "x.csv")
    page.export_button.click()
    assert shown_messages[-1][0] == "warn" and "could not be saved" in shown_messages[-1][2]


def test_a_filter_hides_what_would_give_away_the_people_outside_it(qtbot, services: Services) -> None:
    """Class A in January: 7 for everyone, 6 for North, 1 for South. North's 6 would give South's 1 away."""
    data.two_teams(services)
    manager = services.signin.sign_in(services.profiles.find_by_name("Morgan Manager")[0].id, data.PASSPHRASE)
    page = FiguresPage(services, manager)
    qtbot.addWidget(page)
    page.since_edit.setDate(QDate(2026, 1, 1))
    page.until_edit.setDate(QDate(2026, 1, 31))
    page.refresh()
    assert cell_text(page, "class_a", "2026-01") == "7"
    page.team_combo.setCurrentIndex(page.team_combo.findData("North"))
    assert cell_text(page, "class_a", "2026-01") == "*" and cell_text(page, "screened", "2026-01") == "12"
    row = [m.id for m in page.table_data.measures].index("class_a")
    assert page.table.item(row, 0).toolTip().startswith("Hidden: hidden so that the people outside the filter "
                                                       "cannot be worked out")
    page.table.setCurrentCell(row, 0)
    why = page.why.toPlainText()
    assert "people outside the filter" in why and "everyone's figure for it is shown" in why
    assert "6" not in why.replace("2026-01", "") and "1" not in why.replace("2026-01", "")


def test_every_control_is_named_and_reachable(page: FiguresPage) -> None:
    buttons = [b for b in page.findChildren(QAbstractButton) if b.objectName() != "qt_tableview_cornerbutton"]
    controls = page.findChildren(QComboBox) + page.findChildren(QDateEdit) + buttons \
        + page.findChildren(QTableWidget) + page.findChildren(QPlainTextEdit)
    named = [w for w in controls if w.accessibleName()]
    assert len(named) == len(controls) >= 9
    assert all(w.focusPolicy() != Qt.FocusPolicy.NoFocus for w in controls if w.isVisible())
    labels = [w.text() for w in page.findChildren(figures_page.QLabel) if w.buddy() is not None]
    assert {"&From:", "&To:", "&By:", "Or&ganisation:", "T&eam:", "&Role:", "&About the chosen number:"} <= set(labels)


def test_look_at_1366_by_768(page: FiguresPage, services: Services) -> None:
    lone = services.profiles.find_by_name("South 1")[0]
    signed = services.signin.sign_in(lone.id, data.PASSPHRASE)
    screener = data.Screener.__new__(data.Screener)
    screener.services, screener.profile, screener.signed = services, lone, signed
    for index in range(3):
        screener.screen(f"Y{index}", "2026-02-05", substances=("heroin",), injecting="current")
    page.resize(1366, 768)
    page.refresh()
    page.table.setCurrentCell(0, 1)
    image = page.grab()
    assert image.width() == 1366
    image.save(str(Path("/tmp") / "figures-page.png"))
