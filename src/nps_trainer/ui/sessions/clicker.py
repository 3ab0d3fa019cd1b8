"""The keys presentation clickers send, working whichever session window (or the main window) has focus.

An application event filter, installed while a session runs. Clickers act as USB keyboards: Page Down/Up,
'.' or B to blank, and one button alternating F5 and Esc. Keys typed into a text field, spin box, list or
combo box still reach it: from those only Page Up/Down, F5 and Esc are taken.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

Key = Qt.Key
NEXT, PREVIOUS, BLANK, WHITE, SHOW, LEAVE = "next", "previous", "blank", "white", "show", "leave"

ACTIONS: dict[Qt.Key, str] = {
    Key.Key_PageDown: NEXT, Key.Key_Right: NEXT, Key.Key_Down: NEXT, Key.Key_N: NEXT, Key.Key_Space: NEXT,
    Key.Key_Return: NEXT, Key.Key_Enter: NEXT,
    Key.Key_PageUp: PREVIOUS, Key.Key_Left: PREVIOUS, Key.Key_Up: PREVIOUS, Key.Key_P: PREVIOUS,
    Key.Key_Backspace: PREVIOUS,
    Key.Key_B: BLANK, Key.Key_Period: BLANK, Key.Key_W: WHITE,
    Key.Key_F5: SHOW, Key.Key_Escape: LEAVE,
}
#: Taken even from a text field, spin box or list: no one types these into one.
ALWAYS = {Key.Key_PageDown, Key.Key_PageUp, Key.Key_F5, Key.Key_Escape}
#: What a clicker itself sends: the only keys taken in the main window, where arrows, Space and the rest keep
#: their own jobs (scrolling a module, moving in a list).
CLICKER = {Key.Key_PageDown, Key.Key_PageUp, Key.Key_F5, Key.Key_Escape, Key.Key_Period, Key.Key_B}
#: A focused button or tick box keeps these (its keyboard path: Space or Return presses it).
BUTTON_KEYS = {Key.Key_Space, Key.Key_Return, Key.Key_Enter}
#: Held down, these would race through the plan: only the first press counts.
NO_REPEAT = {NEXT, PREVIOUS, BLANK, WHITE, SHOW, LEAVE}
ALLOWED_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


def takes_typing(widget: QObject | None) -> bool:
    """True for widgets the keyboard types into or moves within (they keep ordinary keys)."""
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly()
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return not widget.isReadOnly()
    return isinstance(widget, (QAbstractSpinBox, QAbstractItemView, QComboBox))


def action_for(key: int, modifiers: Qt.KeyboardModifier, typing: bool, button: bool = False) -> str | None:
    """The clicker action for a key press, or None to let it through (``typing``: the focus is in a text
    field, spin box or list; ``button``: on a button or tick box)."""
    if modifiers & ~ALLOWED_MODIFIERS:
        return None  # Ctrl, Alt (mnemonics) and Meta combinations belong to the windows
    try:
        qt_key = Key(key)
    except ValueError:
        return None
    if typing and qt_key not in ALWAYS:
        return None
    if button and qt_key in BUTTON_KEYS:
        return None
    return ACTIONS.get(qt_key)


class ClickerKeys(QObject):
    """Calls ``handler(action)`` for clicker keys pressed in any of ``windows()`` (the console, the room and
    the main window). ``install()`` while the session runs, ``remove()`` when it stops."""

    def __init__(self, handler: Callable[[str], None], windows: Callable[[], Iterable[QWidget | None]],
                 parent: QObject | None = None, *, clicker_only: Callable[[], Iterable[QWidget | None]] = tuple
                 ) -> None:
        """``windows``: the session's own windows (every key in ACTIONS); ``clicker_only``: other windows (the
        main window), where only the keys a clicker sends are taken."""
        super().__init__(parent)
        self._handler = handler
        self._windows = windows
        self._clicker_only = clicker_only
        self._installed = False

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
        self._installed = False

    def _where(self, obj: QObject) -> str:
        """'session' for the session's windows, 'other' for the clicker-only ones, '' for the rest."""
        if not isinstance(obj, QWidget):
            return ""
        window = obj.window()
        if any(window is w for w in self._windows() if w is not None):
            return "session"
        return "other" if any(window is w for w in self._clicker_only() if w is not None) else ""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        where = self._where(obj)
        if not where:
            return False
        assert isinstance(event, QKeyEvent)
        if where == "other" and event.key() not in CLICKER:
            return False
        action = action_for(event.key(), event.modifiers(), takes_typing(obj), isinstance(obj, QAbstractButton))
        if action is None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # ours: no shortcut or mnemonic takes it first
            return True
        if not (event.isAutoRepeat() and action in NO_REPEAT):
            self._handler(action)
        return True
