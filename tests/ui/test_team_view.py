"""Team → Training driven as a manager would: the matrix, its filters and search, the count line, keyboard
and mouse opening a person's record, and the person page's buttons."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from nps_trainer.services import Services
from nps_trainer.ui.team.matrix_model import CELL_ROLE, short_day
from nps_trainer.ui.team.person_page import PersonPage
from nps_trainer.ui.team.training_page import TrainingPage
from tests.team.helpers import make_manager, make_person
from tests.team.records_data import days_ago, module_record, moment, quiz_attempt
from tests.ui.helpers import show_active


@pytest.fixture
def team(services: Services):
    """A manager and five people, with completions, quiz attempts and an overdue assignment."""
    boss = make_manager(services, "Morgan Manager", team="North")
    ann = make_person(services, "Ann Archer", team="North")
    bo = make_person(services, "Bo Baker", team="South")
    cy = make_person(services, "Cy Cole", "drug_service", team="Recovery")
    make_person(services, "Dee Dale", team="South")
    gone = make_person(services, "Eve Evans", team="North")
    services.profiles.archive(boss.profile, gone.id)
    module_record(services, ann.id, "what-are-nps", completed=days_ago(12))
    module_record(services, ann.id, "drug-awareness", completed=days_ago(30), sections=2, unread=True)
    module_record(services, bo.id, "what-are-nps", sections=3)
    module_record(services, cy.id, "what-are-nps", completed=days_ago(400))
    quiz_attempt(services, ann.id, "what-are-nps", 85.0, day=days_ago(11))
    quiz_attempt(services, bo.id, "what-are-nps", 55.0, day=days_ago(2))
    services.assignments.assign(boss.profile, "module", "what-are-nps", "role", "practitioner", days_ago(5))
    return boss, {"ann": ann, "bo": bo, "cy": cy}


def shown_page(qtbot, services: Services, signed_in) -> TrainingPage:
    page = TrainingPage(services, signed_in)
    page.resize(1366, 768)
    show_active(qtbot, page)
    page.refresh()
    return page


def row_names(page: TrainingPage) -> list[str]:
    model = page.model
    return [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]


def text_at(page: TrainingPage, name: str, column_title: str) -> str:
    model = page.model
    row = row_names(page).index(name)
    column = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) == column_title)
    return model.data(model.index(row, column))


def test_matrix_shows_everyone_not_archived_with_compact_cells(qtbot, services: Services, team) -> None:
    boss, _people = team
    page = shown_page(qtbot, services, boss)
    assert row_names(page) == ["Ann Archer", "Bo Baker", "Cy Cole", "Dee Dale", "Morgan Manager"]
    assert page.model.columnCount() == 34
    module, quiz = "What are new psychoactive substances (NPS)", "Quiz · What are new psychoactive substances (NPS)"
    assert text_at(page, "Ann Archer", module) == f"✓ {short_day(moment(days_ago(12)).astimezone().date())}"
    assert text_at(page, "Ann Archer", quiz) == "✓ 85%"
    assert text_at(page, "Ann Archer", "Drug awareness essentials").endswith("*")  # completed unread
    assert text_at(page, "Bo Baker", module) == "⚠ Overdue"
    assert text_at(page, "Bo Baker", quiz) == "✗ 55%"
    assert text_at(page, "Cy Cole", module) == "↻ Refresher"
    assert text_at(page, "Dee Dale", module) == "⚠ Overdue"
    assert page.count_label.text() == "5 people · 2 overdue (2 people) · 1 refresher due"
    # Words and detail for screen readers and tooltips; colour only beside the words.
    index = page.model.index(row_names(page).index("Bo Baker"), 0)
    assert "overdue: it was due on" in page.model.data(index, Qt.ItemDataRole.AccessibleTextRole)
    assert "In progress: 3 of 7 sections read" in page.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert page.model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    assert page.model.data(index, CELL_ROLE).overdue
    assert page.table.accessibleName() == "Team training matrix"
    for widget in (page.role_combo, page.organisation_combo, page.team_combo, page.show_combo, page.search_edit):
        assert widget.accessibleName()


def test_filters_search_and_columns(qtbot, services: Services, team) -> None:
    boss, _people = team
    page = shown_page(qtbot, services, boss)
    page.role_combo.setCurrentIndex(page.role_combo.findData("practitioner"))
    assert row_names(page) == ["Ann Archer", "Bo Baker", "Dee Dale"]
    assert page.count_label.text() == "3 people · 2 overdue (2 people) · of 5 in all"
    page.team_combo.setCurrentIndex(page.team_combo.findText("South"))
    assert row_names(page) == ["Bo Baker", "Dee Dale"]
    page.search_edit.setFocus()
    qtbot.keyClicks(page.search_edit, "dee")
    assert row_names(page) == ["Dee Dale"]
    page.search_edit.clear()
    page.role_combo.setCurrentIndex(0)
    page.team_combo.setCurrentIndex(0)
    page.organisation_combo.setCurrentIndex(page.organisation_combo.findData("drug_service"))
    assert row_names(page) == ["Cy Cole"]
    page.organisation_combo.setCurrentIndex(0)
    qtbot.keyClicks(page.search_edit, "nobody")
    assert row_names(page) == [] and page.count_label.text() == "No one matches these filters."
    page.search_edit.clear()
    page.show_combo.setCurrentIndex(page.show_combo.findData("quiz"))
    assert page.model.columnCount() == 17
    assert all(page.model.headerData(c, Qt.Orientation.Horizontal).startswith("Quiz · ") for c in range(17))
    page.show_combo.setCurrentIndex(page.show_combo.findData("module"))
    assert page.model.columnCount() == 17
    # The choices offered come from the people on the database; a refresh keeps what was chosen.
    assert [page.team_combo.itemText(i) for i in range(page.team_combo.count())] == [
        "All teams", "North", "Recovery", "South"]
    page.team_combo.setCurrentIndex(page.team_combo.findText("North"))
    page.refresh()
    assert page.team_combo.currentText() == "North" and row_names(page) == ["Ann Archer", "Morgan Manager"]


def test_keyboard_and_double_click_open_a_persons_record(qtbot, services: Services, team) -> None:
    boss, _people = team
    page = shown_page(qtbot, services, boss)
    page.table.setFocus()
    assert page.table.currentIndex().row() == 0  # focus lands on the first cell
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Right)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.person_page
    assert page.person_page.title.text() == "Bo Baker"
    assert "Overdue" in page.person_page.view.toPlainText()
    assert page.person_page.back_button.hasFocus()
    qtbot.keyClick(page.person_page.back_button, Qt.Key.Key_Escape)
    assert page.stack.currentWidget() is page.matrix_page and page.table.hasFocus()

    index = page.model.index(2, 3)
    rect = page.table.visualRect(index)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # as a real double
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # click starts
    assert page.stack.currentWidget() is page.person_page
    assert page.person_page.title.text() == "Cy Cole"
    assert "1 of 17 modules completed (1 due a refresher)" in page.person_page.view.toPlainText()
    qtbot.mouseClick(page.person_page.back_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.matrix_page


def test_empty_database_says_so(qtbot, services: Services) -> None:
    boss = make_manager(services)
    services.profiles.create("Only Practitioner", "practitioner")
    page = shown_page(qtbot, services, boss)
    assert page.count_label.text() == "2 people · 0 overdue"
    assert page.legend.text().startswith("✓ completed or passed")


def test_person_page_shows_the_whole_record(qtbot, services: Services, team) -> None:
    boss, people = team
    quiz_attempt(services, people["ann"].id, "what-are-nps", 60.0, mode="practice", day=days_ago(13))
    page = PersonPage(services, boss, profile_id=people["ann"].id)
    page.resize(1200, 800)
    show_active(qtbot, page)
    page.refresh()
    text = page.view.toPlainText()
    assert page.title.text() == "Ann Archer"
    assert "Probation practitioner · Probation · team North" in text
    assert "2 of 17 modules completed" in text and "1 of 17 quizzes passed" in text and "nothing overdue" in text
    assert "Module: What are new psychoactive substances (NPS)?" in text and "to their role" in text
    assert "Completed unread (before every section had to be read)" in text
    assert "assessed 85% passed" in text and "practice 60%" in text
    assert "No certificates issued." in text
    assert page.certificate_button.accessibleName() == "Issue certificate"
    assert page.cpd_button.accessibleName() == "CPD record"
    assert page.view.accessibleName() == "Training record of Ann Archer"
    # its structure reaches a screen reader: level 3 headings under the name (level 2), tables with header cells
    from PySide6.QtGui import QAccessible

    from nps_trainer.ui.accessible_roles import level_of
    from nps_trainer.ui.learn.structured_view import HeadingBlock, TableBlock

    parts = [QAccessible.queryAccessibleInterface(b) for b in page.view.blocks if isinstance(b, HeadingBlock)]
    assert [(p.role(), level_of(p), p.text(QAccessible.Text.Name)) for p in parts] == [
        (QAccessible.Role.Heading, 3, name) for name in ("Assigned training", "Modules", "Quizzes",
                                                        "Certificates issued")]
    modules = [b for b in page.view.blocks if isinstance(b, TableBlock)][1]
    table = QAccessible.queryAccessibleInterface(modules)
    assert table.role() == QAccessible.Role.Table
    headers = [table.child(i).text(QAccessible.Text.Name) for i in range(table.childCount())
               if table.child(i).role() == QAccessible.Role.ColumnHeader]
    assert headers == ["Module", "Status", "Sections read", "Completed", "Due"]
    assert modules.rowCount() == 17
    page.back_button.setFocus()
    # a keyboard path through the page, in reading order: the buttons along the top, then the record (its start,
    # then each of its tables), then the certificates
    stops = page.view.tab_stops()
    assert stops[0] is page.view.flow()[0] and len(stops) >= 3  # the start, Assigned training, Modules, …
    for expected in (page.certificate_button, page.cpd_button, *stops):
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Tab)
        assert page.focusWidget() is expected
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Tab)  # out of the record: the certificates, or (none) round
    after = page.focusWidget()
    assert not page.view.isAncestorOf(after)
    assert page.certificates.isAncestorOf(after) if page.certificates.table.isVisible() else after is page.back_button

    services.profiles.erase_learning(boss.profile, people["ann"].id)
    page.refresh()
    assert f"Learning records erased on {date.today().day}" in page.view.toPlainText()


def test_person_page_buttons_reach_certificates_and_cpd(qtbot, services: Services, team, monkeypatch) -> None:
    boss, people = team
    calls: list[tuple] = []
    from nps_trainer.ui import cpd_export
    from nps_trainer.ui.team import certificate_dialog

    monkeypatch.setattr(certificate_dialog, "issue_certificate",
                        lambda parent, services, signed_in, profile: calls.append(("certificate", profile.id,
                                                                                    signed_in)))
    monkeypatch.setattr(cpd_export, "export_cpd",
                        lambda parent, services, profile, allow_reflections: calls.append(
                            ("cpd", profile.id, allow_reflections)))
    page = PersonPage(services, boss, profile_id=people["bo"].id)
    show_active(qtbot, page)
    page.refresh()
    qtbot.mouseClick(page.certificate_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.cpd_button, Qt.MouseButton.LeftButton)
    page.show_person(boss.profile.id)
    qtbot.mouseClick(page.cpd_button, Qt.MouseButton.LeftButton)
    assert calls == [("certificate", people["bo"].id, boss), ("cpd", people["bo"].id, False),
                     ("cpd", boss.profile.id, True)]
