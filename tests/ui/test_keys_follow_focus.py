"""F2 (the overdose guide) and F1 (the guide) work over any modal dialog, whoever has the keyboard focus in it or
when nothing has: the key filters follow the focus (ui/keyboard.py) instead of watching every event of the app,
and fall back to the active window when no widget has the focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from nps_trainer.ui.main_window import MainWindow
from tests.ui.helpers import show_active


def _window(qtbot, services) -> MainWindow:
    window = MainWindow(services)
    show_active(qtbot, window)
    return window


def _modal(qtbot, window: MainWindow, *widgets: QWidget) -> QDialog:
    dialog = QDialog(window)
    layout = QVBoxLayout(dialog)
    for widget in widgets:
        layout.addWidget(widget)
    dialog.setModal(True)
    dialog.show()
    _activate(qtbot, dialog)
    return dialog


def _activate(qtbot, dialog: QWidget) -> None:
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


def _receiver() -> QWidget:
    """Where Qt delivers a key press: the focused widget, else the active window."""
    return QApplication.focusWidget() or QApplication.activeWindow()


def _f2_opens_the_guide(window: MainWindow) -> bool:
    window.overdose_dialog = None
    popup = QApplication.activePopupWidget()
    if popup is not None:  # through the popup's window, as a key press arrives
        QTest.keyPress(popup.windowHandle(), Qt.Key.Key_F2)
    else:
        QTest.keyPress(_receiver(), Qt.Key.Key_F2)
    opened = window.overdose_dialog is not None and window.overdose_dialog.isVisible()
    if window.overdose_dialog is not None:
        window.overdose_dialog.close()
    return opened


CASES = ["line edit", "spin box", "text edit", "list", "combo box popup", "focused widget deleted",
         "nothing focusable", "progress without a button", "only button disabled"]


@pytest.mark.parametrize("case", CASES)
def test_f2_opens_the_guide_over_a_modal_dialog_whatever_has_the_focus(qtbot, services, shown_messages,
                                                                      case: str) -> None:
    window = _window(qtbot, services)
    if case == "progress without a button":
        dialog = QProgressDialog("Working", None, 0, 0, window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        _activate(qtbot, dialog)
    elif case == "nothing focusable":
        dialog = _modal(qtbot, window, QLabel("Please wait"))
    elif case == "only button disabled":
        button = QPushButton("Export")
        dialog = _modal(qtbot, window, QLabel("Exporting…"), button)
        button.setFocus()
        assert QApplication.focusWidget() is button
        button.setEnabled(False)  # busy: the focus leaves it, and nothing else can take it
    elif case == "focused widget deleted":
        first = QLineEdit()
        dialog = _modal(qtbot, window, first, QLineEdit())
        first.setFocus()
        first.deleteLater()
        QApplication.processEvents()
    elif case == "combo box popup":
        combo = QComboBox()
        combo.addItems(["a", "b", "c"])
        dialog = _modal(qtbot, window, combo)
        combo.setFocus()
        combo.showPopup()
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    else:
        editor = {"line edit": QLineEdit, "spin box": QSpinBox, "text edit": QTextEdit, "list": QListWidget}[case]()
        dialog = _modal(qtbot, window, editor)
        editor.setFocus()
    qtbot.wait(20)
    assert QApplication.activeModalWidget() is not None
    assert _f2_opens_the_guide(window), case
    if QApplication.activePopupWidget() is not None:
        QApplication.activePopupWidget().close()
    dialog.close()


def test_f1_opens_the_guide_over_a_dialog_with_nothing_focused(qtbot, services, shown_messages) -> None:
    window = _window(qtbot, services)
    dialog = _modal(qtbot, window, QLabel("Please wait"))
    qtbot.wait(20)
    assert QApplication.focusWidget() is None or QApplication.focusWidget().window() is dialog
    QTest.keyPress(_receiver(), Qt.Key.Key_F1)
    assert window.help_window is not None and window.help_window.isVisible()
    window.help_window.close()
    dialog.close()


def test_windows_made_and_deleted_leave_the_keys_working(qtbot, services) -> None:
    """Many windows in one application (as in the tests): a focused widget that is gone is never touched."""
    for _ in range(3):
        window = MainWindow(services)  # not handed to qtbot: deleted here, not at teardown
        window.show()
        _activate(qtbot, window)
        combo = QComboBox()
        dialog = _modal(qtbot, window, combo)
        combo.setFocus()
        dialog.deleteLater()  # gone with the focus still in it
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert not isValid(combo)
    window = _window(qtbot, services)  # raised RuntimeError when the follower kept a deleted widget
    assert _f2_opens_the_guide(window)
    assert QApplication.activeModalWidget() is None
