"""Small shared widget helpers: labelled inputs with accessible names, headings, empty-state notes, and a layout
that wraps its widgets like words."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLayout, QLayoutItem, QPushButton, QWidget, QWidgetItem

from ..i18n import tr
from . import accessible_roles, style
from .qt_values import plain_text, selectable_by_mouse

# QStyle, QFileDialog, QStandardPaths and Qt's namespace are imported where they are used: naming a Qt class makes
# its Python type (QStyle's takes about 5 ms, the namespace's 12: see qt_values), and the sign-in screen shown at
# start-up needs none of them.
if TYPE_CHECKING:
    from PySide6.QtCore import Qt

HEADING_SCALES = style.HEADING_SCALES  # the type scale (ui/style.py)


def name(widget: QWidget, accessible_name: str, description: str = "") -> QWidget:
    widget.setAccessibleName(accessible_name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


class ScaledLabel(QLabel):
    """A label whose text is a fixed multiple of the application's text size, and stays so when the size
    changes (Settings → Text size): the font is worked out again whenever the application font changes.

    Qt passes a new application font on to children that inherit it; a label with a size of its own keeps that
    size. The application font changes only when the main window applies a text size, which then calls
    ``rescale_labels`` on every open window. (The label handles no events in Python: one that did would make
    PySide6 build the Python types of every kind of event during start-up, about 5 ms.)"""

    def __init__(self, text: str = "", scale: float = 1.0, bold: bool = False, parent: QWidget | None = None):
        super().__init__(text, parent)
        self._scale = scale
        self._bold = bold
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
        self.setFont(wanted)


class Heading(ScaledLabel):
    """A bold heading, level 1 (page) or 2 (part of a page), sized relative to the application font. A screen
    reader gets role heading and its level (``accessible_roles``): a page's title is its level 1 heading."""

    accessible_role = QAccessible.Role.Heading

    @property
    def heading_level(self) -> int:
        return self.level

    def __init__(self, text: str = "", level: int = 1, parent: QWidget | None = None):
        accessible_roles.install()
        super().__init__(text, HEADING_SCALES.get(level, HEADING_SCALES[2]), bold=True, parent=parent)
        self.level = level
        self.setObjectName(f"heading{level}")
        self.setAccessibleName(text)
        self.setWordWrap(True)
        # Headings show titles from content and people's names: never read as rich text (a plan titled
        # '<img src=…>' must not load anything).
        plain_text(self)
        # The visual language's rhythm: a page title stands a little apart, a part's heading from what it follows.
        self.setContentsMargins(0, style.HEADING_SPACE_ABOVE.get(level, 0), 0, style.HEADING_SPACE_BELOW.get(level, 0))


def rescale_labels(root: QWidget) -> None:
    """Bring every scaled label in ``root`` (and ``root`` itself, if it is one) up to date with the application
    font."""
    if isinstance(root, ScaledLabel):
        root.apply_scale()
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
    selectable_by_mouse(label)
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


class _FlowItem(QWidgetItem):
    """A widget's place in a FlowLayout, made (and so kept alive) from Python."""


class FlowLayout(QLayout):
    """Buttons side by side, aligned right, going onto another line when the width given is too narrow for them
    all (at a large text size, or while amending), so that the row never makes the window wider."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        widget = item.widget()
        if widget is not None and not isinstance(item, _FlowItem):
            # The QWidgetItem Qt made in addWidget() has a Python wrapper PySide may drop (removeWidget() on an
            # outer layout, reparenting) while this list still holds it: 'Internal C++ object (QWidgetItem)
            # already deleted'. Keep an item made here instead, and delete Qt's now (addWidget() is done with it).
            import shiboken6

            shiboken6.delete(item)
            item = _FlowItem(widget)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        from PySide6.QtCore import Qt

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
        return QSize(max(item.minimumSize().width() for item in shown),
                     max(item.sizeHint().height() for item in shown))

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items in lines that fit ``rect``'s width, each line to the right; the height they take."""
        lines: list[list[QLayoutItem]] = []
        used = 0
        def size(item: QLayoutItem) -> QSize:
            """The item's size hint; an item wider than the whole line (a WrappingButton at 200% text) is given
            the line's width and the height it needs at that width."""
            hint = item.sizeHint()
            if hint.width() <= rect.width() or rect.width() <= 0:
                return hint
            width = max(rect.width(), item.minimumSize().width())
            height = item.heightForWidth(width) if item.hasHeightForWidth() else hint.height()
            return QSize(width, max(height, hint.height()))

        for item in self._shown():
            width = size(item).width()
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
            height = max(size(item).height() for item in line)
            if move:
                x = rect.right() + 1 - (sum(size(item).width() for item in line) + self._gap(False) * (len(line) - 1))
                for item in line:
                    item.setGeometry(QRect(max(x, rect.x()), y, size(item).width(), height))
                    x += size(item).width() + self._gap(False)
            y += height
        return y - rect.y()


class _WrappingText:
    """What WrappingButton and WrappingCheckBox share: the words go onto a second line (or more) when the control
    is given less width than one line needs (a long label in Welsh at 200% text). ``_base`` is the Qt class."""

    _base: type = QPushButton

    def _setup(self, text: str) -> None:
        from PySide6.QtWidgets import QSizePolicy

        self._full = text
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)  # may shrink to its widest word
        policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)  # and grow a line taller
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def setText(self, text: str) -> None:
        self._full = text
        self._base.setText(self, text)
        self.updateGeometry()

    def full_text(self) -> str:
        return self._full

    def _advance(self, text: str) -> int:
        return self.fontMetrics().horizontalAdvance(text.replace("&&", "\0").replace("&", "").replace("\0", "&"))

    def _padding(self) -> int:
        shown = self._base.text(self)
        return self._base.sizeHint(self).width() - max(self._advance(line) for line in shown.split("\n"))

    def _lines(self, width: int) -> list[str]:
        room = width - self._padding()
        lines: list[str] = []
        for word in self._full.split():
            if lines and self._advance(f"{lines[-1]} {word}") <= room:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        return lines or [""]

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().lineSpacing()
        extra = self._base.text(self).count("\n")
        hint = self._base.sizeHint(self)
        return QSize(self._advance(self._full) + self._padding(), hint.height() - extra * line)

    def minimumSizeHint(self) -> QSize:
        widest = max((self._advance(word) for word in self._full.split()), default=0)
        return QSize(widest + self._padding(), self.sizeHint().height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.sizeHint().height() + (len(self._lines(width)) - 1) * self.fontMetrics().lineSpacing()

    def resizeEvent(self, event) -> None:
        shown = self._full if event.size().width() >= self.sizeHint().width() else "\n".join(
            self._lines(event.size().width()))
        if shown != self._base.text(self):
            self._base.setText(self, shown)
        self._base.resizeEvent(self, event)


class WrappingButton(_WrappingText, QPushButton):
    """A push button whose label wraps rather than widening its page. Set its accessible name (the text may hold
    line breaks)."""

    _base = QPushButton

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        QPushButton.__init__(self, text, parent)
        self._setup(text)


class WrappingCheckBox(_WrappingText, QCheckBox):
    """A check box whose label wraps rather than widening its page. Set its accessible name (the text may hold
    line breaks)."""

    _base = QCheckBox

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        QCheckBox.__init__(self, text, parent)
        self._setup(text)


def documents_folder() -> Path:
    """The user's documents folder, where every save and open dialog starts (the home folder if there is none)."""
    from PySide6.QtCore import QStandardPaths

    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


def ask_csv_path(parent: QWidget | None, title: str, file_name: str) -> Path | None:
    """Ask where to save a CSV file, starting in the user's documents folder; None if cancelled. Tests replace
    this function."""
    from PySide6.QtWidgets import QFileDialog

    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(documents_folder() / file_name),
                                            tr("CSV files (*.csv)"))
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".csv" else path.with_suffix(".csv")
