"""'Suspected overdose: what to do now' opens from any screen, by F2 or the button, and saves as an A4 poster and
an A6 pocket card."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from nps_trainer.ui.documents import pdf
from nps_trainer.ui.main_window import MainWindow
from nps_trainer.ui.overdose_guide import OverdoseGuideDialog
from tests.ui.helpers import show_active


def _window(qtbot, services) -> MainWindow:
    for other in QApplication.topLevelWidgets():  # main windows other tests left open would share F2 with this one
        if isinstance(other, MainWindow) and other.isVisible():
            other.hide()
    window = MainWindow(services)
    window.resize(1366, 768)
    show_active(qtbot, window)
    return window


def test_f2_opens_the_guide_from_the_sign_in_screen_and_from_a_section(qtbot, services, shown_messages) -> None:
    window = _window(qtbot, services)
    assert window.stack.currentWidget() is window.gate  # nobody signed in: an emergency does not wait for that
    assert window.overdose_button.isVisible() and "F2" in window.overdose_button.text()
    # F2 where the keyboard is: on a new database, the name box of the first profile
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F2)
    dialog = window.overdose_dialog
    assert isinstance(dialog, OverdoseGuideDialog) and dialog.isVisible()
    text = dialog.text.toPlainText()
    assert text.index("Call 999 now") < text.index("Check breathing") < text.index("Give naloxone")
    qtbot.keyClick(dialog.text, Qt.Key.Key_F2)  # again: the same guide comes forward, not a second one
    assert window.overdose_dialog is dialog
    dialog.close()

    window.use_profile(services.profiles.create("Ada", "practitioner"))
    learn = window.pages["learn"]
    qtbot.keyClick(learn, Qt.Key.Key_F2)
    assert window.overdose_dialog is not dialog and window.overdose_dialog.isVisible()
    window.overdose_dialog.close()
    window.overdose_button.click()
    assert window.overdose_dialog.isVisible() and QApplication.activeModalWidget() is None  # never blocks the app
    window.overdose_dialog.close()


@pytest.mark.parametrize(("button", "page_size", "points"), [
    ("poster_button", "A4", "595 x 842"), ("card_button", "A6", "297 x 420")])
def test_the_guide_saves_as_a_poster_and_a_pocket_card(qtbot, services, shown_messages, monkeypatch, tmp_path,
                                                        button: str, page_size: str, points: str) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    window = _window(qtbot, services)
    window.overdose_button.click()
    dialog = window.overdose_dialog
    target = tmp_path / f"{page_size}.pdf"
    monkeypatch.setattr(pdf, "ask_pdf_path", lambda *_a: target)
    getattr(dialog, button).click()
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    size = next(line for line in info.splitlines() if line.startswith("Page size:"))
    assert " ".join(size.split()[2:5]) == points, size
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages == 1, "a poster or a card is one page"
    text = " ".join(subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert text.startswith("Suspected overdose: what to do now Call 999 now.")
    assert text.index("Check breathing") < text.index("Give naloxone") < text.index("Stay until the ambulance")
    assert shown_messages[-1][0] == "inform" and str(target) in shown_messages[-1][2]
    dialog.close()


def test_f2_opens_the_guide_over_a_modal_dialog_where_it_can_be_used(qtbot, services, shown_messages) -> None:
    from nps_trainer.ui.settings_dialog import SettingsDialog

    window = _window(qtbot, services)
    settings = SettingsDialog(services.settings, services.config, window)
    settings.setModal(True)
    settings.show()  # as exec() shows it, without blocking the test
    settings.activateWindow()
    # Keys reach Settings once it is the active window (Qt drops a key meant for a window a modal dialog blocks).
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is settings and QApplication.activeWindow() is settings)
    qtbot.keyClick(QApplication.focusWidget() or settings, Qt.Key.Key_F2)  # Qt holds back shortcuts here
    dialog = window.overdose_dialog
    assert isinstance(dialog, OverdoseGuideDialog) and dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.ApplicationModal  # over Settings, and usable
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    qtbot.keyClick(dialog.text, Qt.Key.Key_F2)  # F2 inside the guide: the same guide, not another
    assert window.overdose_dialog is dialog
    dialog.close()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is settings)  # back to the dialog
    settings.reject()
    window.activateWindow()  # as the desktop gives the window back its keys
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F2)  # no dialog in the way: the shortcut, not modal
    assert window.overdose_dialog is not dialog and window.overdose_dialog.isVisible()
    assert window.overdose_dialog.windowModality() == Qt.WindowModality.NonModal
    window.overdose_dialog.close()


def test_the_open_guides_follow_a_new_text_size(qtbot, services, shown_messages) -> None:
    """Text size changed in Settings while the overdose guide and the user guide are open: both are drawn again at
    it (before, the overdose guide's title kept its size and its steps lost their second lines)."""
    from PySide6.QtWidgets import QLabel

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.open_overdose_guide()
    window.open_help()
    guide, help_window = window.overdose_dialog, window.help_window
    qtbot.waitExposed(guide)

    def largest_text(view) -> float:
        return max(label.font().pointSizeF() for label in view.findChildren(QLabel) if label.isVisibleTo(view))

    before = (largest_text(guide.text), largest_text(help_window.text))
    page = help_window.current
    services.settings.text_size = "largest"
    window.apply_text_size()
    largest = float(services.settings.text_point_size)
    assert guide.text.base_pt == pytest.approx(largest * 1.6) and help_window.text.base_pt == largest
    after = (largest_text(guide.text), largest_text(help_window.text))
    assert after[0] > before[0] and after[1] > before[1]
    assert help_window.current is page and guide.text.toPlainText().startswith(guide.guide.title)
