"""Signing out after reading a module, then signing in as someone else (issue 13: tools/screenshots.py stopped
here): the main window's Go menu must still work, with the new person's sections in it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from nps_trainer.ui.main_window import MainWindow
from tests.team.helpers import make_manager, make_person, sign_in
from tests.ui.helpers import show_active
from tests.ui.test_text_200 import WINDOW


def _settle(qtbot) -> None:
    for _ in range(4):
        QApplication.processEvents()
        qtbot.wait(40)


def test_sign_out_from_the_reader_and_sign_in_again(qtbot, fast_services, shown_messages) -> None:
    services = fast_services
    boss = make_manager(services)
    pat = make_person(services, "Pat Practitioner")
    window = MainWindow(services)
    window.resize(*WINDOW)
    show_active(qtbot, window)
    window.use_profile(boss)
    _settle(qtbot)
    learn = window.show_section("learn")
    _settle(qtbot)
    learn.open_module("overdose-response")
    _settle(qtbot)
    window.show_gate()
    _settle(qtbot)
    assert not any(action.isEnabled() for action in window.go_menu.actions())
    window.use_profile(sign_in(services, pat))
    _settle(qtbot)
    titles = [action.text() for action in window.go_menu.actions()]
    assert titles and titles[0] == "&1 Today", titles
    assert all(action.isEnabled() for action in window.go_menu.actions())
    window.close()
