"""The user guide (F1): opens from any screen, signed in or not, at the part for that screen; its contents,
links and search work from the keyboard; the Help menu opens it and its keyboard shortcuts page."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtWidgets import QApplication

from nps_trainer.help import load_guide
from nps_trainer.paths import bundled_content_dir
from nps_trainer.ui.help_topics import SCREENS, WINDOWS
from nps_trainer.ui.help_window import NOT_TRANSLATED, HelpWindow
from nps_trainer.ui.main_window import MainWindow
from tests.ui.helpers import show_active
from tests.ui.screening_helpers import CASE_REFERENCE, fast_keys, unlock

GRAB = Path(__file__).resolve().parents[2] / "build" / "help-window.png"


def _window(qtbot, services) -> MainWindow:
    for other in QApplication.topLevelWidgets():  # another test's main window would share F1 with this one
        if isinstance(other, MainWindow) and other.isVisible():
            other.hide()
    window = MainWindow(services)
    window.resize(1366, 768)
    show_active(qtbot, window)
    return window


def _activate(window) -> None:
    """Give the main window back the activation a desktop gives it when the guide closes (offscreen does not)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)


def _press_f1(qtbot, window: MainWindow) -> HelpWindow:
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)
    help_window = window.help_window
    assert isinstance(help_window, HelpWindow) and help_window.isVisible()
    return help_window


def _at(qtbot, help_window: HelpWindow) -> tuple[str, str]:
    """The page shown, and the part asked for; checked against the view: the part's heading is at the top of the
    view, or the view is scrolled to its end because the part is near the page's foot."""
    browser = help_window.text
    help_window.resize(700, 380)  # short enough that the page scrolls
    qtbot.wait(20)
    heading = help_window.current.headings[help_window.current.anchors.index(help_window.anchor)] \
        if help_window.anchor else help_window.current.title
    bar = browser.verticalScrollBar()
    top = _top_block(browser)
    assert top == heading or (help_window.anchor and bar.value() == bar.maximum() > 0), (top, heading)
    return help_window.current.id, help_window.anchor


def _top_block(browser) -> str:
    """The words of the first block of the page at the top of the view."""
    page, value = browser.widget(), browser.verticalScrollBar().value()
    shown = [block for block in browser.flow() if block.mapTo(page, QPoint(0, 0)).y() + block.height() > value]
    return shown[0].plain_text() if shown else ""


def test_f1_on_the_sign_in_screen_opens_getting_started(qtbot, services, shown_messages) -> None:
    window = _window(qtbot, services)
    assert window.stack.currentWidget() is window.gate
    help_window = _press_f1(qtbot, window)
    assert help_window.current.id == "getting-started"
    assert "Forgotten your passphrase?" in help_window.text.toPlainText()
    assert help_window.contents.currentItem().text() == "Getting started and signing in"
    assert QApplication.activeModalWidget() is None  # the guide never blocks the app
    help_window.close()


def test_f1_in_learn_opens_learn_and_in_the_reader_its_reading_part(qtbot, services, shown_messages) -> None:
    window = _window(qtbot, services)
    window.use_profile(services.profiles.create("Ada", "practitioner"))
    help_window = _press_f1(qtbot, window)  # the first page, Today, has its own part
    assert _at(qtbot, help_window) == ("today", "")
    help_window.close()
    _activate(window)
    learn = window.show_section("learn")
    help_window = _press_f1(qtbot, window)
    assert _at(qtbot, help_window) == ("learn", "")  # the page's top: the list of modules comes first
    help_window.close()
    _activate(window)

    table = learn.catalogue_page.table
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert learn.stack.currentWidget() is learn.reader
    help_window = _press_f1(qtbot, window)
    assert _at(qtbot, help_window) == ("learn", "reading-a-module")
    help_window.show_page("team")
    _activate(window)  # back in the app with the guide still open: F1 brings the same guide to this screen's part
    assert _press_f1(qtbot, window) is help_window and help_window.anchor == "reading-a-module"
    assert help_window.current.id == "learn"
    help_window.close()
    _activate(window)
    assert _press_f1(qtbot, window) is not help_window  # closed and gone: a new one
    window.help_window.close()


def test_f1_in_screening_opens_screening_and_on_the_form_its_form_part(qtbot, services, shown_messages) -> None:
    fast_keys(services)
    window = _window(qtbot, services)
    window.use_profile(services.profiles.create("Ada", "practitioner"))
    section = window.show_section("screening")
    qtbot.waitUntil(lambda: section.isVisible())
    help_window = _press_f1(qtbot, window)
    assert _at(qtbot, help_window) == ("screening", "opening-screening")  # asked for the passphrase first
    help_window.close()
    _activate(window)
    unlock(qtbot, section)
    area = section.area
    assert area.currentWidget() is area.list_page
    help_window = _press_f1(qtbot, window)
    assert _at(qtbot, help_window) == ("screening", "")
    help_window.close()
    _activate(window)
    qtbot.keyClicks(area.list_page.new_reference, CASE_REFERENCE)
    qtbot.keyClick(area.list_page.new_reference, Qt.Key.Key_Return)
    assert area.currentWidget() is area.form_page
    help_window = _press_f1(qtbot, window)
    assert _at(qtbot, help_window) == ("screening", "filling-in-the-form")
    help_window.close()


def test_f1_in_a_dialog_and_the_help_menu(qtbot, services, shown_messages) -> None:
    window = _window(qtbot, services)
    from nps_trainer.ui.overdose_guide import OverdoseGuideDialog

    window.open_overdose_guide()
    assert isinstance(window.overdose_dialog, OverdoseGuideDialog)
    _activate(window.overdose_dialog)
    help_window = _press_f1(qtbot, window)
    assert help_window.current.id == "overdose-guide"
    window.overdose_dialog.close()
    help_window.close()
    _activate(window)

    from nps_trainer.ui.settings_dialog import SettingsDialog

    settings = SettingsDialog(services.settings, services.config, window)
    settings.setModal(True)
    settings.show()  # as exec() shows it, without blocking the test
    _activate(settings)
    assert QApplication.activeModalWidget() is settings
    help_window = _press_f1(qtbot, window)
    assert help_window.current.id == "settings"
    assert help_window.windowModality() == Qt.WindowModality.ApplicationModal  # usable over the dialog
    help_window.close()
    settings.reject()
    _activate(window)

    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    texts = [a.text() for a in menu.actions()]
    assert texts[:2] == ["&User guide (F1)", "&Keyboard shortcuts"]
    menu.actions()[1].trigger()
    assert window.help_window.current.id == "keyboard-shortcuts"
    assert "Ctrl+Shift+L" in window.help_window.text.toPlainText()
    menu.actions()[0].trigger()  # the guide again, at the sign-in screen's page
    assert window.help_window.current.id == "getting-started"
    window.help_window.close()


def test_every_place_f1_can_name_has_a_page() -> None:
    guide = load_guide(bundled_content_dir() / "help")
    for key in {"sign-in", "start", *SCREENS.values(), *WINDOWS.values(), "today", "learn", "quizzes", "screening",
                "progress", "sessions", "team", "shortcuts"}:
        found = guide.topic(key)
        assert found is not None, key
        page, anchor = found
        assert not anchor or anchor in page.anchors, key


def test_the_guide_is_usable_by_keyboard_alone(qtbot, services, shown_messages, monkeypatch) -> None:
    help_window = HelpWindow(services.help_guide(), 11.0)
    show_active(qtbot, help_window)
    for widget in (help_window.search, help_window.contents, help_window.text, help_window.back_button,
                   help_window.shortcuts_button, help_window.close_button):
        assert widget.accessibleName(), widget
    assert help_window.search.accessibleName() == "Find" and help_window.contents.accessibleName() == "Contents"
    # Alt+C: the contents; Down and Enter open the next page
    qtbot.keyClick(help_window, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert help_window.contents.hasFocus()
    qtbot.keyClick(help_window.contents, Qt.Key.Key_Down)
    assert help_window.current.id == "today"  # the page after Getting started: the first page after sign-in
    # a link between pages, followed from the page by keyboard (Tab to it, Enter)
    help_window.show_page("getting-started")
    help_window.text.setFocus()
    assert help_window.text.isAncestorOf(QApplication.focusWidget())  # the page's start
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    link_block = QApplication.focusWidget()
    assert help_window.text.isAncestorOf(link_block)
    assert link_block.textCursor().selectedText() == "the overdose guide"
    qtbot.keyClick(link_block, Qt.Key.Key_Return)
    assert help_window.current.id == "overdose-guide"
    # Alt+Left: back to the page before
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert help_window.current.id == "getting-started"
    # Alt+F: find pages by their words; Enter opens the first
    qtbot.keyClick(help_window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert help_window.search.hasFocus()
    qtbot.keyClicks(help_window.search, "clicker")
    shown = [help_window.contents.item(r).text() for r in range(help_window.contents.count())
             if not help_window.contents.item(r).isHidden()]
    assert shown == ["Joint sessions"]
    qtbot.keyClick(help_window.search, Qt.Key.Key_Return)
    assert help_window.current.id == "joint-sessions" and help_window.isVisible()
    qtbot.keyClicks(help_window.search, " zebra")
    assert help_window.search.text() == "clicker zebra", help_window.search.text()
    assert help_window.no_match.isVisible()
    # a web link asks first (and is refused here)
    asked: list[str] = []
    from nps_trainer.ui import messages

    monkeypatch.setattr(messages, "confirm", lambda _p, _t, text: asked.append(text) or False)
    help_window.text.anchorClicked.emit(QUrl("https://example.org/x"))
    assert asked and "outside NPS Trainer" in asked[0]
    GRAB.parent.mkdir(exist_ok=True)
    help_window.search.clear()
    help_window.show_page("getting-started")
    assert help_window.grab().save(str(GRAB))
    qtbot.keyClick(help_window, Qt.Key.Key_Escape)
    assert not help_window.isVisible()


@pytest.mark.parametrize("language", ["cy"])
def test_a_page_not_yet_translated_says_it_is_shown_in_english(qtbot, tmp_path, language: str) -> None:
    import shutil

    root = tmp_path / "help"
    shutil.copytree(bundled_content_dir() / "help", root)
    shutil.rmtree(root / language)  # the bundled translation: this test makes its own one-page copy
    (root / language).mkdir()
    (root / language / "learn.md").write_text(
        "---\nid: learn\ntitle: Dysgu (prawf)\ncovers: [learn]\nreviewed: 2026-12-06\n---\nTudalen brawf.\n",
        encoding="utf-8")
    help_window = HelpWindow(load_guide(root, language))
    show_active(qtbot, help_window)
    help_window.show_page("learn")
    assert "Dysgu (prawf)" in help_window.text.toPlainText()
    assert NOT_TRANSLATED not in help_window.text.toPlainText()
    help_window.show_page("quizzes")
    assert NOT_TRANSLATED in help_window.text.toPlainText()
    help_window.close()
