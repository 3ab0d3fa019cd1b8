"""Small shared widget helpers: labelled inputs with accessible names, headings, empty-state notes, and a layout
that wraps its widgets like words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QLayout, QLayoutItem, QPushButton, QWidget

# QStyle, QFileDialog and QStandardPaths are imported where they are used: naming a Qt class makes its Python type
# (QStyle's takes about 5 ms), and the sign-in screen shown at start-up needs none of them.

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
        # Headings show titles from content and people's names: never read as rich text (a plan titled
        # '<img src=…>' must not load anything).
        self.setTextFormat(Qt.TextFormat.PlainText)


def rescale_labels(root: QWidget) -> None:
    """Bring every scaled label in ``root`` up to date with the application font."""
    for label in root.findChildren(ScaledLabel):
        label.apply_scale()


def heading(text: str, level: int = 1) -> Heading:
    return Heading(text, level)


def action_button(text: str, name: str, slot, tip: str = "") -> QPushButton:
    """A push button with an accessible name, that Return presses when it has focus, connected to ``slot``."""
    button = QPushButton(text)
    button.setAccessibleName(name)
    if tip:
        button.setToolTip(tip)
    button.setAutoDefault(True)
    button.clicked.connect(slot)
    return button


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


class FlowLayout(QLayout):
    """Buttons side by side, aligned right, going onto another line when the width given is too narrow for them
    all (at a large text size, or while amending), so that the row never makes the window wider."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self, vertical: bool) -> int:
        gap = self.spacing()
        if gap >= 0:
            return gap
        from PySide6.QtWidgets import QStyle

        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        metric = (QStyle.PixelMetric.PM_LayoutVerticalSpacing if vertical
                  else QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        return max(style.pixelMetric(metric) if style is not None else 6, 6)

    def sizeHint(self) -> QSize:
        shown = self._shown()
        if not shown:
            return QSize(0, 0)
        width = sum(item.sizeHint().width() for item in shown) + self._gap(False) * (len(shown) - 1)
        return QSize(width, max(item.sizeHint().height() for item in shown))

    def minimumSize(self) -> QSize:
        shown = self._shown()
        if not shown:
            return QSize(0, 0)
        return QSize(max(item.sizeHint().width() for item in shown), max(item.sizeHint().height() for item in shown))

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items in lines that fit ``rect``'s width, each line to the right; the height they take."""
        lines: list[list[QLayoutItem]] = []
        used = 0
        for item in self._shown():
            width = item.sizeHint().width()
            if lines and used + self._gap(False) + width <= rect.width():
                lines[-1].append(item)
                used += self._gap(False) + width
            else:
                lines.append([item])
                used = width
        y = rect.y()
        for number, line in enumerate(lines):
            if number:
                y += self._gap(True)
            height = max(item.sizeHint().height() for item in line)
            if move:
                x = rect.right() + 1 - (sum(item.sizeHint().width() for item in line)
                                        + self._gap(False) * (len(line) - 1))
                for item in line:
                    item.setGeometry(QRect(max(x, rect.x()), y, item.sizeHint().width(), height))
                    x += item.sizeHint().width() + self._gap(False)
            y += height
        return y - rect.y()


def documents_folder() -> Path:
    """The user's documents folder, where every save and open dialog starts (the home folder if there is none)."""
    from PySide6.QtCore import QStandardPaths

    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


def ask_csv_path(parent: QWidget | None, title: str, file_name: str) -> Path | None:
    """Ask where to save a CSV file, starting in the user's documents folder; None if cancelled. Tests replace
    this function."""
    from PySide6.QtWidgets import QFileDialog

    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(documents_folder() / file_name), "CSV files (*.csv)")
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".csv" else path.with_suffix(".csv")
