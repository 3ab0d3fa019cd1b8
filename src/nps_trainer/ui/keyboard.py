"""Two keys Qt leaves undone, made to work the same on every page and in every dialog:

- **Return (or Enter) presses the focused push button**, as Space does. Qt presses it only when the button is
  'auto default'; inside a dialog a button that is not sends Return to the dialog's default button instead, and
  outside a dialog Return does nothing at all. Holding the key presses once: its auto-repeats are swallowed.
- **The arrow keys choose in a radio group.** Qt 6 moves the focus to the next option but checks it only when
  the option left was already checked, so in a group with nothing chosen yet the arrows move without choosing.

One event filter does both. It is put on each push button and radio button as it gets the keyboard focus (key
presses go there), by ``FocusFilters``, installed once by the main window. Multi-line editors keep Return: the key
is taken only when a push button itself has focus.

Why not one application-wide filter: a Python event filter on the application is handed every event of every
object, Qt's private classes among them (the style, the window handles), and PySide6 must find a Python type for
each. For a private class it does so by making every type in QtCore, QtGui and QtWidgets. Measured at start-up
(issue 15), the two application-wide filters the app had cost about 120 Python enums and 50 ms before the first
screen was idle.

Why only where a filter can act: a widget with a Python filter passes every event it gets (paint, resize, focus)
through Python, and the first such event makes PySide6 build the Python types of every kind of event, about
0.7 MiB. The sign-in screen's first focus is a text box, so a start hands no event to Python at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton, QRadioButton, QWidget
from shiboken6 import isValid

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

# Key numbers (a key event's key() is one); Qt's namespace and QEvent are named on the first key, not at start
# (see qt_values).
RETURN_KEYS = (0x01000004, 0x01000005)  # Qt.Key.Key_Return, Qt.Key.Key_Enter
ARROW_KEYS = (0x01000013, 0x01000015, 0x01000012, 0x01000014)  # Qt.Key.Key_Up, Key_Down, Key_Left, Key_Right
PLAIN = (0, 0x20000000)  # Qt.KeyboardModifier.NoModifier, KeypadModifier


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

    @staticmethod
    def wanted_on(widget: QWidget) -> bool:
        """Whether the filter can act on keys delivered to ``widget``: only a push button or radio button's."""
        return isinstance(widget, (QPushButton, QRadioButton))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QAbstractButton):
            return False
        from PySide6.QtGui import QKeyEvent

        assert isinstance(event, QKeyEvent)
        if event.modifiers().value not in PLAIN:
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


class FocusFilters(QObject):
    """Puts the filters added to it on the widget that gets the keyboard focus and on its window: key presses are
    delivered to the focused widget first (to the active window itself when nothing in it has the focus: a dialog
    whose only button was disabled, a progress dialog without one), so the filters see each one as an
    application-wide filter would, without being handed every other event of every object (see the module's
    docstring). A key the focused widget's filter lets through and the widget ignores reaches the window's filter
    too; the filters here act on a key once, and consume it when they do. A filter with a ``wanted_on(widget)``
    method is put only on the widgets for which it answers True, at the time the focus arrives.

    Filters are only ever added, each time a widget gets the focus, and never taken off again: a widget kept from
    before may since have been deleted by Qt itself (a dialog's inner views, a window closed with
    WA_DeleteOnClose), and PySide6 is not told of that, so touching it later crashes the app. Qt drops a widget's
    filters when the widget goes, and a filter's everywhere when the filter goes; the filters check that the
    widget has the focus before they act."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.filters: list[QObject] = []
        app.focusChanged.connect(self._moved)

    def add(self, key_filter: QObject) -> None:
        if key_filter in self.filters:
            return
        self.filters.append(key_filter)  # dropped when found deleted (a 'destroyed' slot would be handed an object
        # part-destroyed, whose Python type PySide6 finds by making every type, at every exit)
        for widget in _targets(QApplication.focusWidget()):
            if _wanted(key_filter, widget):
                widget.installEventFilter(key_filter)

    def _moved(self, _old: QWidget | None, now: QWidget | None) -> None:
        self.filters = [f for f in self.filters if isValid(f)]
        for widget in _targets(now):
            for key_filter in self.filters:
                if _wanted(key_filter, widget):
                    widget.installEventFilter(key_filter)  # once only: Qt moves a filter already there to the front


def _wanted(key_filter: QObject, widget: QWidget) -> bool:
    wanted_on = getattr(key_filter, "wanted_on", None)
    return wanted_on is None or wanted_on(widget)


def _targets(focus: QWidget | None) -> list[QWidget]:
    """The focused widget and its window; with nothing focused, the active window (where key presses go then)."""
    window = focus.window() if focus is not None else QApplication.activeWindow()
    targets = [w for w in (focus, window) if w is not None]
    if len(targets) == 2 and targets[0] is targets[1]:
        targets.pop()
    return targets


_follower: FocusFilters | None = None


def focus_filters(app: QApplication | None = None) -> FocusFilters | None:
    """The application's one ``FocusFilters`` (made on first use), or None before there is an application."""
    global _follower
    app = app or QApplication.instance()
    if app is None:
        return None
    if _follower is None or not isValid(_follower) or _follower.parent() is not app:
        _follower = FocusFilters(app)
    return _follower


_installed: KeyboardKeys | None = None


def install_keyboard_keys(app: QApplication | None = None) -> None:
    """Put the filter on the focused widget, and keep it there as the focus moves; once per application."""
    global _installed
    follower = focus_filters(app)
    if follower is None:
        return
    if _installed is None or not isValid(_installed) or _installed.parent() is not follower:
        _installed = KeyboardKeys(follower)
        follower.add(_installed)
