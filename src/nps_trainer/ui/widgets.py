"""Small shared widget helpers: labelled inputs with accessible names, headings, empty-state notes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

HEADING_SCALES = {1: 1.6, 2: 1.25}


def name(widget: QWidget, accessible_name: str, description: str = "") -> QWidget:
    widget.setAccessibleName(accessible_name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


class ScaledLabel(QLabel):
    """A label whose text is a fixed multiple of the application's text size, and stays so when the size
    changes (Settings → Text size): the font is worked out again whenever the application font changes.

    Qt tells only top-level windows about a new application font (ApplicationFontChange) and passes the font
    on to children that inherit it; a label with a size of its own hears nothing. So a label that is a window
    rescales itself, and a window holding labels calls ``rescale_labels`` (the main window does both on the
    event and when it applies the text size)."""

    def __init__(self, text: str = "", scale: float = 1.0, bold: bool = False, parent: QWidget | None = None):
        super().__init__(text, parent)
        self._scale = scale
        self._bold = bold
        self._applying = False
        self.apply_scale()

    def scaled_font(self) -> QFont:
        """Only the size (and boldness) is set, so everything else still follows the parent's font."""
        base = QApplication.font()
        font = QFont()
        if base.pointSizeF() > 0:
            font.setPointSizeF(base.pointSizeF() * self._scale)
        elif base.pixelSize() > 0:
            font.setPixelSize(round(base.pixelSize() * self._scale))
        if self._bold:
            font.setBold(True)
        return font

    def apply_scale(self) -> None:
        wanted = self.scaled_font()
        current = self.font()
        same_size = (current.pointSizeF(), current.pixelSize()) == (wanted.pointSizeF(), wanted.pixelSize())
        if same_size and (current.bold() or not self._bold):
            return
        self._applying = True
        try:
            self.setFont(wanted)
        finally:
            self._applying = False

    def event(self, event: QEvent) -> bool:
        # Qt gives ApplicationFontChange to top-level windows only, and never to changeEvent.
        handled = super().event(event)
        if event.type() == QEvent.Type.ApplicationFontChange:
            self.apply_scale()
        return handled

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and not self._applying:
            self.apply_scale()


class Heading(ScaledLabel):
    """A bold heading, level 1 (page) or 2 (part of a page), sized relative to the application font."""

    def __init__(self, text: str = "", level: int = 1, parent: QWidget | None = None):
        super().__init__(text, HEADING_SCALES.get(level, HEADING_SCALES[2]), bold=True, parent=parent)
        self.level = level
        self.setObjectName(f"heading{level}")
        self.setAccessibleName(text)
        self.setWordWrap(True)


def rescale_labels(root: QWidget) -> None:
    """Bring every scaled label in ``root`` up to date with the application font."""
    for label in root.findChildren(ScaledLabel):
        label.apply_scale()


def heading(text: str, level: int = 1) -> Heading:
    return Heading(text, level)


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


def return_clicks(*buttons: QPushButton) -> None:
    """Let Return (and Enter) press these buttons when they have focus, as Space does.

    Outside a dialog Qt's push buttons ignore Return unless ``autoDefault`` is set. Multi-line editors keep
    Return for a new line: the key reaches a button only when the button itself has focus."""
    for button in buttons:
        button.setAutoDefault(True)
