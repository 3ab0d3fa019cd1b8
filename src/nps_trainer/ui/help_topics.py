"""Which part of the user guide F1 opens: the place in the app the person is looking at, as a key such as
``sign-in``, ``learn.reader`` or ``screening.form`` (the guide's pages say which keys they cover)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

    from .main_window import MainWindow

#: Windows and dialogs of their own, by class name.
WINDOWS = {
    "SettingsDialog": "settings",
    "OverdoseGuideDialog": "overdose",
    "ConsoleWindow": "sessions.console",
    "RoomScreen": "sessions.room",
    "SetupDialog": "sessions",
}
#: Screens inside a section, by class name: the one on show decides.
SCREENS = {
    "ReaderPage": "learn.reader",
    "ReflectionPage": "learn.reflection",
    "RefresherPage": "refresher",
    "QuestionPage": "quizzes.quiz",
    "ResultsPage": "quizzes.results",
    "FormPage": "screening.form",
    "UnlockPage": "screening.unlock",
    "PersonPage": "team.person",
}


def _window_key(widget: QWidget | None) -> str | None:
    while widget is not None:
        key = WINDOWS.get(type(widget).__name__)
        if key is not None:
            return key
        widget = widget.parentWidget()
    return None


def current_topic(window: MainWindow) -> str:
    """The key of the place F1 was pressed in: a dialog or window of its own, else the sign-in screen, else the
    screen on show in the current section, else the section itself."""
    for candidate in (QApplication.activeModalWidget(), QApplication.activeWindow(), QApplication.focusWidget()):
        key = _window_key(candidate)
        if key is not None:
            return key
    if window.profile is None or window.stack.currentWidget() is window.gate:
        return "sign-in"
    section = window.current_section()
    if section is None:
        return "start"
    section_key = window.pages.key_of(section) or "start"
    for child in section.findChildren(QWidget):
        key = SCREENS.get(type(child).__name__)
        if key is not None and child.isVisible():
            return key
    return section_key


class KeysOverDialogs(QObject):
    """F1 (the guide) and F2 (the overdose guide) while a modal dialog is open (Settings, say). Qt holds back a
    window's shortcuts, even application-wide ones, while a modal dialog blocks it, so those keys are caught here
    instead and their action called: in an emergency F2 must work whatever is open. ``keys`` maps each key to
    its action and to the dialog class names in which the key is left to the dialog itself (the help window
    handles F1 inside itself)."""

    def __init__(self, keys: dict[int, tuple[Callable[[], None], frozenset[str]]], parent: QObject) -> None:
        """``keys``: each key's number (``qt_values.KEY_F1``, say) and what to do."""
        super().__init__(parent)
        self.keys = keys
        from .keyboard import focus_filters

        follower = focus_filters()
        if follower is not None:
            follower.add(self)  # on the focused widget, where key presses go (see keyboard.py for why not the app)

    @staticmethod
    def wanted_on(_widget: QWidget) -> bool:
        """Put on a widget only while a modal dialog is open: the focus moves into each dialog as it opens, and
        otherwise the shortcuts themselves work (and nothing at start passes through Python: see keyboard.py)."""
        return QApplication.activeModalWidget() is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from PySide6.QtCore import QEvent  # named here, not at start: see qt_values

        if event.type() != QEvent.Type.KeyPress:
            return False
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeyEvent

        if not isinstance(event, QKeyEvent):
            return False
        action = self.keys.get(event.key())
        if action is None or event.modifiers() != Qt.KeyboardModifier.NoModifier or event.isAutoRepeat():
            return False
        modal = QApplication.activeModalWidget()
        if modal is None or type(modal).__name__ in action[1]:
            return False  # no dialog in the way: the shortcut itself fires
        action[0]()
        return True
