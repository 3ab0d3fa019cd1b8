"""Two keys Qt leaves undone, made to work the same on every page and in every dialog:

- **Return (or Enter) presses the focused push button**, as Space does. Qt presses it only when the button is
  'auto default'; inside a dialog a button that is not sends Return to the dialog's default button instead, and
  outside a dialog Return does nothing at all. Holding the key presses once: its auto-repeats are swallowed.
- **The arrow keys choose in a radio group.** Qt 6 moves the focus to the next option but checks it only when
  the option left was already checked, so in a group with nothing chosen yet the arrows move without choosing.

One application-wide event filter does both, installed once when the app starts (and by the main window, for
whatever builds one without the launcher). Multi-line editors keep Return: the key is taken only when a push
button itself has focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton, QRadioButton

RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
ARROW_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right)
PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


def _exclusive(button: QRadioButton) -> bool:
    group = button.group()
    return group.exclusive() if group is not None else button.autoExclusive()


def _same_group(first: QAbstractButton, second: QAbstractButton) -> bool:
    if first.group() is not None:
        return second.group() is first.group()
    return second.group() is None and second.parentWidget() is first.parentWidget()


class KeyboardKeys(QObject):
    """The application's event filter (see the module's docstring)."""

    _sending = False  # True while an arrow key is passed on (the filter sees it again then, and lets it be)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QAbstractButton):
            return False
        assert isinstance(event, QKeyEvent)
        if event.modifiers() not in PLAIN:
            return False
        key = event.key()
        if key in RETURN_KEYS and isinstance(watched, QPushButton):
            if event.isAutoRepeat() and watched.hasFocus():
                return True  # holding Return presses once: 'Next' must not skip sections, 'Save' not save twice
            if watched.hasFocus() and watched.isEnabled() and watched.isVisible():
                watched.click()
                return True
            return False
        if key in ARROW_KEYS and isinstance(watched, QRadioButton) and _exclusive(watched) and not self._sending:
            # Delivered now, through the button's own filters and Qt's handling (which moves the focus to the
            # next option) ...
            self._sending = True
            try:
                QApplication.sendEvent(watched, QKeyEvent(event.type(), key, event.modifiers(), event.text(),
                                                          event.isAutoRepeat(), event.count()))
            finally:
                self._sending = False
            moved = QApplication.focusWidget()
            if (isinstance(moved, QRadioButton) and moved is not watched and _same_group(watched, moved)
                    and moved.isEnabled() and not moved.isChecked()):
                moved.click()  # ... and this chooses it
            return True
        return False


_installed: KeyboardKeys | None = None


def install_keyboard_keys(app: QApplication | None = None) -> None:
    """Install the filter on the application, once."""
    global _installed
    app = app or QApplication.instance()
    if app is None or _installed is not None:
        return
    _installed = KeyboardKeys(app)
    app.installEventFilter(_installed)
