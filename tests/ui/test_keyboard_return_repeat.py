"""Holding Return on a focused button presses it once (issue 13): auto-repeated key presses are not clicks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from nps_trainer.ui.keyboard import install_keyboard_keys
from nps_trainer.ui.widgets import return_clicks
from tests.ui.helpers import show_active


def _press(widget: QWidget, key: Qt.Key, repeat: bool) -> None:
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, "\r",
                                             repeat))


def _release(widget: QWidget, key: Qt.Key) -> None:
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyRelease, key, Qt.KeyboardModifier.NoModifier, "\r"))


@pytest.mark.parametrize("auto_default", [False, True], ids=["plain", "auto-default"])
@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter], ids=["return", "enter"])
def test_holding_return_clicks_once(qtbot, qapp, auto_default: bool, key: Qt.Key) -> None:
    install_keyboard_keys(qapp)
    page = QWidget()
    layout = QVBoxLayout(page)
    button = QPushButton("Next")
    layout.addWidget(button)
    if auto_default:
        return_clicks(button)
    clicks: list[bool] = []
    button.clicked.connect(lambda: clicks.append(True))
    show_active(qtbot, page)
    button.setFocus()
    assert button.hasFocus()

    _press(button, key, repeat=False)
    for _ in range(3):
        _press(button, key, repeat=True)
    _release(button, key)
    assert len(clicks) == 1

    _press(button, key, repeat=False)  # a second, separate press is a second click
    _release(button, key)
    assert len(clicks) == 2
