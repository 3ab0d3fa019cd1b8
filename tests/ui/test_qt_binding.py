"""The Qt binding itself: guards against a PySide6 release that corrupts Python's reference counts.

PySide6-Essentials 6.12.0 on Python 3.11 dropped a reference to None on every call to a method returning
void; after a few thousand calls the app aborted ("Fatal Python error: none_dealloc"). pyproject.toml
excludes it; this test fails if a binding with that fault is ever installed.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_qt_calls_do_not_leak_references_to_none(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.setAccessibleDescription("x")
        widget.setToolTip("y")
    assert sys.getrefcount(None) - before > -100
