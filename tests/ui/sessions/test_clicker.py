"""Clicker keys: what each key does, from any of the session's windows (and the main window) but not from
others, and keys typed into a text field, spin box or list reaching it (only Page Up/Down, F5 and Esc taken)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QPushButton, QSpinBox, QVBoxLayout, QWidget

from nps_trainer.ui.sessions.clicker import (
    BLANK,
    LEAVE,
    NEXT,
    PREVIOUS,
    SHOW,
    WHITE,
    ClickerKeys,
    action_for,
)

K = Qt.Key
NONE = Qt.KeyboardModifier.NoModifier


@pytest.mark.parametrize(("key", "action"), [
    (K.Key_PageDown, NEXT), (K.Key_Right, NEXT), (K.Key_Down, NEXT), (K.Key_N, NEXT), (K.Key_Space, NEXT),
    (K.Key_Return, NEXT), (K.Key_Enter, NEXT),
    (K.Key_PageUp, PREVIOUS), (K.Key_Left, PREVIOUS), (K.Key_Up, PREVIOUS), (K.Key_P, PREVIOUS),
    (K.Key_Backspace, PREVIOUS),
    (K.Key_B, BLANK), (K.Key_Period, BLANK), (K.Key_W, WHITE), (K.Key_F5, SHOW), (K.Key_Escape, LEAVE),
])
def test_each_key(key, action) -> None:
    assert action_for(key, NONE, typing=False) == action


def test_shift_f5_and_modified_keys() -> None:
    assert action_for(K.Key_F5, Qt.KeyboardModifier.ShiftModifier, typing=False) == SHOW
    assert action_for(K.Key_N, Qt.KeyboardModifier.AltModifier, typing=False) is None  # a mnemonic
    assert action_for(K.Key_P, Qt.KeyboardModifier.ControlModifier, typing=False) is None
    assert action_for(K.Key_A, NONE, typing=False) is None


def test_typing_keeps_ordinary_keys() -> None:
    for key in (K.Key_N, K.Key_P, K.Key_B, K.Key_W, K.Key_Space, K.Key_Backspace, K.Key_Left, K.Key_Up,
                K.Key_Return, K.Key_Period):
        assert action_for(key, NONE, typing=True) is None
    assert action_for(K.Key_PageDown, NONE, typing=True) == NEXT
    assert action_for(K.Key_PageUp, NONE, typing=True) == PREVIOUS
    assert action_for(K.Key_F5, NONE, typing=True) == SHOW
    assert action_for(K.Key_Escape, NONE, typing=True) == LEAVE
    # A focused button keeps Space and Return (its keyboard path) but not the clicker's other keys.
    assert action_for(K.Key_Space, NONE, typing=False, button=True) is None
    assert action_for(K.Key_PageDown, NONE, typing=False, button=True) == NEXT


@pytest.fixture
def windows(qtbot):
    console, room, main, other = QWidget(), QWidget(), QWidget(), QWidget()
    layout = QVBoxLayout(console)
    console.edit, console.spin, console.list, console.button = QLineEdit(), QSpinBox(), QListWidget(), QPushButton("x")
    console.list.addItems(["one", "two", "three"])
    for widget in (console.edit, console.spin, console.list, console.button):
        layout.addWidget(widget)
    for window in (console, room, main, other):
        qtbot.addWidget(window)
        window.show()
    actions: list[str] = []
    keys = ClickerKeys(actions.append, lambda: (console, room), clicker_only=lambda: (main,))
    keys.install()
    yield console, room, main, other, actions
    keys.remove()


def test_keys_work_from_every_session_window(qtbot, windows) -> None:
    console, room, main, other, actions = windows
    qtbot.keyClick(room, K.Key_PageDown)
    qtbot.keyClick(console, K.Key_PageUp)
    qtbot.keyClick(main, K.Key_B)
    qtbot.keyClick(room, K.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(console, K.Key_Escape)
    qtbot.keyClick(other, K.Key_PageDown)  # not a session window
    assert actions == [NEXT, PREVIOUS, BLANK, SHOW, LEAVE]


def test_the_main_window_gives_up_only_what_a_clicker_sends(qtbot, windows) -> None:
    """Arrows, Space, N and P keep their jobs in the main window (scrolling a module must not move the room)."""
    _console, _room, main, _other, actions = windows
    for key in (K.Key_Down, K.Key_Right, K.Key_Space, K.Key_N, K.Key_P, K.Key_Up, K.Key_W):
        qtbot.keyClick(main, key)
    assert actions == []
    for key in (K.Key_PageDown, K.Key_PageUp, K.Key_Period, K.Key_F5, K.Key_Escape):
        qtbot.keyClick(main, key)
    assert actions == [NEXT, PREVIOUS, BLANK, SHOW, LEAVE]


def test_held_keys_count_once(qtbot, windows) -> None:
    _console, room, _main, _other, actions = windows
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    qtbot.keyPress(room, K.Key_PageDown)
    repeat = QKeyEvent(QKeyEvent.Type.KeyPress, K.Key_PageDown, NONE, "", True)
    QApplication.sendEvent(room, repeat)
    assert actions == [NEXT]


def test_typing_in_fields_is_not_stolen(qtbot, windows) -> None:
    console, _room, _main, _other, actions = windows
    qtbot.keyClicks(console.edit, "Bob went up")
    assert console.edit.text() == "Bob went up"
    qtbot.keyClick(console.edit, K.Key_Backspace)
    assert console.edit.text() == "Bob went u"
    console.spin.setValue(0)
    console.spin.selectAll()
    qtbot.keyClicks(console.spin, "42")
    assert console.spin.value() == 42
    qtbot.keyClick(console.spin, K.Key_Up)
    assert console.spin.value() == 43
    console.list.setCurrentRow(0)
    qtbot.keyClick(console.list, K.Key_Down)
    assert console.list.currentRow() == 1
    assert actions == []
    qtbot.keyClick(console.spin, K.Key_PageDown)
    qtbot.keyClick(console.edit, K.Key_F5)
    assert actions == [NEXT, SHOW]
    assert console.spin.value() == 43


def test_removed_filter_takes_nothing(qtbot, windows) -> None:
    console, room, _main, _other, actions = windows
    keys = ClickerKeys(actions.append, lambda: (console, room))
    keys.install()
    keys.remove()
    qtbot.keyClick(room, K.Key_N)
    assert actions == [NEXT]  # only the fixture's filter heard it
