"""The module reader by keyboard: moving between pages keeps the focus on the page, and Tab leaves the reader for
the rest of the window (both ways) instead of going round the reader alone. Real main window, real services on a
SQLite file, real key presses through pytest-qt."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from nps_trainer.paths import UserPaths
from nps_trainer.services import Services, build_services
from nps_trainer.ui.keyboard import install_keyboard_keys
from nps_trainer.ui.learn.reader_page import ReaderPage
from nps_trainer.ui.main_window import MainWindow
from tests.ui.helpers import show_active

MODULE = "overdose-response"


@pytest.fixture
def services(user_paths: UserPaths) -> Iterator[Services]:
    built = build_services(user_paths)
    yield built
    built.close()


def _reader(qtbot, services: Services) -> tuple[MainWindow, ReaderPage]:
    install_keyboard_keys(QApplication.instance())
    window = MainWindow(services)
    show_active(qtbot, window)
    window.resize(1200, 850)
    window.use_profile(services.profiles.create("Sam", "practitioner"))
    learn = window.pages["learn"]
    window.show_section("learn")
    learn.open_module(MODULE)
    QApplication.processEvents()
    return window, learn.reader


def _plain_section(reader: ReaderPage, start: int = 0) -> int:
    """The first section from ``start`` on without a content warning, with a section before and after it."""
    sections = reader.module.sections
    return next(i for i in range(max(start, 1), len(sections) - 2)
                if not reader.module.warning_for(sections[i]) and not reader.module.warning_for(sections[i + 1]))


def test_alt_right_and_left_keep_the_focus_on_the_new_page(qtbot, services) -> None:
    _window, reader = _reader(qtbot, services)
    position = _plain_section(reader)
    reader.show_position(position)
    QApplication.processEvents()
    reader.browser.flow()[1].setFocus(Qt.FocusReason.OtherFocusReason)  # reading the page, not at its start
    assert QApplication.focusWidget() is reader.browser.flow()[1]
    for key, expected in ((Qt.Key.Key_Right, position + 1), (Qt.Key.Key_Left, position),
                          (Qt.Key.Key_Left, position - 1)):
        qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
        QApplication.processEvents()
        if reader.pages.currentWidget() is reader.warning_panel:
            reader.warning_panel.show_button.click()
            QApplication.processEvents()
        assert reader.position == expected
        assert QApplication.focusWidget() is reader.browser.flow()[0], QApplication.focusWidget()
    # and Down at the page's very end stays on the page
    last = reader.browser.flow()[-1]
    last.setFocus(Qt.FocusReason.OtherFocusReason)
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert QApplication.focusWidget() is last


def test_leaving_a_content_warning_puts_the_focus_on_the_page(qtbot, services) -> None:
    _window, reader = _reader(qtbot, services)
    sections = reader.module.sections
    warned = next(i for i, section in enumerate(sections) if reader.module.warning_for(section))
    reader.show_position(warned)
    QApplication.processEvents()
    assert QApplication.focusWidget() is reader.warning_panel.show_button
    qtbot.keyClick(reader.warning_panel.show_button, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    QApplication.processEvents()
    if reader.pages.currentWidget() is reader.browser:
        assert QApplication.focusWidget() is reader.browser.flow()[0]


def _tab_round(qtbot, start: QWidget, key: Qt.Key) -> list[QWidget]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen = [start]
    for _ in range(200):
        qtbot.keyClick(QApplication.focusWidget(), key)
        QApplication.processEvents()
        now = QApplication.focusWidget()
        if now is start:
            return seen
        assert now is not None, f"Tab left no focus after {seen[-1]!r}"
        seen.append(now)
    raise AssertionError("Tab never came back to where it started: " + ", ".join(
        w.accessibleName() or type(w).__name__ for w in seen[-12:]))


def test_tab_goes_from_the_reader_to_the_rest_of_the_window_and_shift_tab_comes_back(qtbot, services) -> None:
    window, reader = _reader(qtbot, services)
    position = _plain_section(reader)
    reader.show_position(position + 1)
    reader.show_position(position)  # a page built again: the loop appeared only after a page was replaced
    QApplication.processEvents()
    assert not reader.complete_button.isVisible()
    forward = _tab_round(qtbot, reader.next_button, Qt.Key.Key_Tab)
    for widget in (window.overdose_button, window.nav, reader.back_button, reader.about_button,
                   reader.print_button, reader.toc, reader.previous_button):
        assert widget in forward, f"Tab never reaches {widget.accessibleName()!r}"
    assert forward[1] is window.overdose_button  # the overdose button stays last, straight after the foot
    stops = reader.browser.tab_stops()
    order = [reader.back_button, reader.about_button, reader.print_button, reader.toc, *stops,
             reader.previous_button]
    indices = [forward.index(widget) for widget in order]
    assert indices == sorted(indices) and indices[-1] == len(forward) - 1
    assert forward.index(reader.toc) + 1 == forward.index(stops[0])
    backward = _tab_round(qtbot, reader.next_button, Qt.Key.Key_Backtab)
    assert backward == [forward[0], *reversed(forward[1:])]


def test_a_new_page_takes_the_focus_when_the_old_page_had_it(qtbot) -> None:
    """The view between other controls (as in the user guide and the reader): replacing the page while one of its
    blocks has the focus puts the focus on the new page's start, not on a control around the view."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    from nps_trainer.ui.learn.structured_view import StructuredView

    root = QWidget()
    column = QVBoxLayout(root)
    before, view, after = QPushButton("Before"), StructuredView(follow_links=False), QPushButton("After")
    for widget in (before, view, after):
        column.addWidget(widget)
    show_active(qtbot, root)
    for number in range(3):
        view.setHtml(f"<h2>Page {number}</h2><p>Words {number}</p><p>More words {number}</p>")
        QApplication.processEvents()
        view.flow()[-1].setFocus(Qt.FocusReason.OtherFocusReason)
        view.setHtml(f"<h2>Next page {number}</h2><p>Other words {number}</p>")
        QApplication.processEvents()
        assert QApplication.focusWidget() is view.flow()[0], QApplication.focusWidget()
    after.setFocus(Qt.FocusReason.OtherFocusReason)
    view.setHtml("<h2>Not taken</h2><p>While the focus is elsewhere</p>")
    assert QApplication.focusWidget() is after  # a page replaced while the focus is elsewhere leaves it there
    # Tab goes through the page and on to the control after it, and back the same way
    before.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.flow()[0]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is view.flow()[0]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is before
