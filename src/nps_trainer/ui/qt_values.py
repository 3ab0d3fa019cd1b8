"""Qt values the sign-in screen sets at start, as plain numbers, so that start-up never names ``PySide6.QtCore.Qt``.

Naming ``Qt`` (even ``from PySide6.QtCore import Qt`` with the name unused) makes PySide6 build the Python types of
all 93 enums of Qt's namespace: about 12 ms and 1.3 MiB, an eighth of a bare window's start. The window shown at
start needs a handful of their values; Qt's properties take them as numbers, an item's data role is a number, and
a key event gives its key as one. Everything else names ``Qt`` as usual, where it is used, so the namespace is
built when it is first needed (the first key pressed, say). ``tests/ui/test_start_up_events.py`` checks each
number against its enum, and that a start does not build the namespace."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QKeySequence

TEXT_SELECTABLE_BY_MOUSE = 1  # Qt.TextInteractionFlag.TextSelectableByMouse
PLAIN_TEXT = 0  # Qt.TextFormat.PlainText
APPLICATION_SHORTCUT = 2  # Qt.ShortcutContext.ApplicationShortcut
USER_ROLE = 256  # Qt.ItemDataRole.UserRole
KEY_F1 = 0x01000030  # Qt.Key.Key_F1
KEY_F2 = 0x01000031  # Qt.Key.Key_F2


def _set(target: QObject, name: str, value: int) -> None:
    if not target.setProperty(name, value):
        raise ValueError(f"{type(target).__name__} has no property {name!r}")


def selectable_by_mouse(label: QObject) -> None:
    """``label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)``."""
    _set(label, "textInteractionFlags", TEXT_SELECTABLE_BY_MOUSE)


def plain_text(label: QObject) -> None:
    """``label.setTextFormat(Qt.TextFormat.PlainText)``."""
    _set(label, "textFormat", PLAIN_TEXT)


def application_wide(shortcut: QObject) -> None:
    """``shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)``: from any window, even a dialog."""
    _set(shortcut, "context", APPLICATION_SHORTCUT)


def set_shortcut(action: QObject, keys: QKeySequence) -> None:
    """``action.setShortcut(keys)``, which would name Qt's namespace while PySide6 chooses among its overloads."""
    _set(action, "shortcut", keys)
