"""Where the focus goes around the Today page (issue 13): going back to Today from the Sections list leaves the
focus in the list, and 'Open the team's training' puts it on the team's training table."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from nps_trainer.ui.today import TodaySection
from tests.team.helpers import make_manager, make_person, sign_in
from tests.ui.test_today_page import TODAY, _button, _settle, _window


def test_up_in_the_sections_list_back_to_today_keeps_the_focus_in_the_list(qtbot, fast_services,
                                                                           shown_messages) -> None:
    services = fast_services
    make_manager(services)
    drew = sign_in(services, make_person(services, "Drew Worker", "drug_service", "drug_service"))
    window = _window(qtbot, services, drew)
    page = window.current_section()
    assert isinstance(page, TodaySection)
    go = _button(page, "Go to Learn")
    go.setFocus(Qt.FocusReason.TabFocusReason)  # the page has had the focus: its focusWidget() remembers it
    assert QApplication.focusWidget() is go
    window.nav.setFocus(Qt.FocusReason.BacktabFocusReason)
    assert QApplication.focusWidget() is window.nav
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    _settle(qtbot)
    assert window.current_section() is not page
    qtbot.keyClick(window.nav, Qt.Key.Key_Up)
    _settle(qtbot)
    assert window.current_section() is page
    assert QApplication.focusWidget() is window.nav, QApplication.focusWidget()
    window.close()


def test_open_the_teams_training_puts_the_focus_on_its_table(qtbot, fast_services, shown_messages) -> None:
    services = fast_services
    boss = make_manager(services, team="North")
    make_person(services, "Pat Practitioner", team="North")
    services.assignments.assign(boss.profile, "module", "overdose-response", "team", "North",
                                TODAY - timedelta(days=4))
    window = _window(qtbot, services, boss)
    window.activateWindow()  # the platform's window too (show_active makes only Qt's widgets think it active)
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle())
    page = window.current_section()
    qtbot.waitUntil(lambda: page.day is not None and page.day.team is not None)
    _settle(qtbot)
    button = _button(page, "Open the team's training in Team")
    button.setFocus(Qt.FocusReason.TabFocusReason)
    button.click()
    _settle(qtbot)
    team = window.pages["team"]
    assert window.current_section() is team
    table = team.page(0).table
    assert table.isVisible() and QApplication.focusWidget() is table, QApplication.focusWidget()
    window.close()
