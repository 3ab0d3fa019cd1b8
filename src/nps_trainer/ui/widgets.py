"""Small shared widget helpers: labelled inputs with accessible names, headings, empty-state notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def name(widget: QWidget, accessible_name: str, description: str = "") -> QWidget:
    widget.setAccessibleName(accessible_name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def heading(text: str, level: int = 1) -> QLabel:
    label = QLabel(text)
    label.setObjectName(f"heading{level}")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * (1.6 if level == 1 else 1.25))
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    label.setWordWrap(True)
    return label


def note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(text)
    return label


def buddy(label_text: str, widget: QWidget) -> QLabel:
    """A label with a keyboard mnemonic that moves focus to ``widget``; the widget takes its name."""
    label = QLabel(label_text)
    label.setBuddy(widget)
    if not widget.accessibleName():
        widget.setAccessibleName(label_text.replace("&", "").rstrip(": "))
    return label
