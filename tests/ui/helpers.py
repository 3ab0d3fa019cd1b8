"""Helpers for GUI tests under the offscreen platform."""

from __future__ import annotations

import warnings

from PySide6.QtWidgets import QApplication, QWidget


def show_active(qtbot, widget: QWidget) -> QWidget:
    """Show a top-level widget and make it the active window, so focus and shortcuts behave as on a desktop
    (the offscreen platform never activates windows by itself)."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(widget)
    return widget
