"""Start-up shows the sign-in screen without passing any event through Python, or naming Qt's namespace.

PySide6 makes the Python types of every kind of event (about 40, from QShowEvent to QGraphicsSceneWheelEvent) the
first time an event reaches Python code: a Python ``event()``, ``showEvent()``, ``changeEvent()`` or ``paintEvent()``,
or an event filter. That took about 5 ms of a start of about 160. So the window shown at start handles no event in
Python until the loop's first pass, when it puts its keyboard handling in place (``keys_after_show``); the status
bar's labels that do handle events are made at the first sign-in; and a text size reaches scaled labels because the
window applies it, not through an event. Naming ``Qt`` builds its 93 enums (about 12 ms): the sign-in screen sets the
few values it needs as numbers (``ui/qt_values.py``), checked here against their enums.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QDialog, QVBoxLayout

from nps_trainer.paths import UserPaths
from nps_trainer.services import build_services
from nps_trainer.ui.main_window import MainWindow
from nps_trainer.ui.widgets import Heading
from tests.ui.helpers import show_active

CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from nps_trainer.services import build_services
services = build_services()
from nps_trainer.ui.main_window import MainWindow
window = MainWindow(services, keys_after_show=True)
window.show()
QTimer.singleShot(0, window, window.listen_for_keys)
seen = []

def look():
    import PySide6.QtCore as core, PySide6.QtGui as gui, PySide6.QtWidgets as widgets
    made = [name for name in ("Qt", "QEvent") if name in vars(core)]
    made += [name for name in ("QShowEvent", "QPaintEvent", "QResizeEvent", "QFocusEvent") if name in vars(gui)]
    made += [name for name in ("QGraphicsSceneEvent", "QMessageBox", "QStyle") if name in vars(widgets)]
    seen.append((window.isVisible(), window.keys_over_dialogs is not None, made))
    app.exit(0)

QTimer.singleShot(0, look)
app.exec()
# And once the screen has been drawn and has had the focus for a while: the keyboard's filters sit only where
# they can act (a focused button, a modal dialog), so the focused passphrase box and the window hand nothing to
# Python either.
seen.clear()
QTimer.singleShot(300, look)
app.exec()
print(seen)
"""


def test_the_start_passes_no_event_through_python(user_paths: UserPaths) -> None:
    services = build_services(user_paths)
    services.profiles.create("Ada", "manager")
    services.close()
    result = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[(True, True, [])]"  # shown, listening for keys, none of those types made


def test_keys_are_listened_for_after_the_first_pass(qtbot, services, monkeypatch) -> None:
    window = MainWindow(services, keys_after_show=True)
    opened: list[str] = []
    monkeypatch.setattr(window, "open_overdose_guide", lambda: opened.append("guide"))
    assert window.keys_over_dialogs is None
    show_active(qtbot, window)
    QTimer.singleShot(0, window, window.listen_for_keys)
    qtbot.waitUntil(lambda: window.keys_over_dialogs is not None)
    listening = window.keys_over_dialogs
    window.listen_for_keys()  # once only
    assert window.keys_over_dialogs is listening
    dialog = QDialog(window)  # a modal dialog holds the window's shortcuts back: F2 comes through the key filter
    dialog.setModal(True)
    show_active(qtbot, dialog)
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_F2)
    assert opened == ["guide"]
    dialog.reject()


def test_the_status_bar_labels_wait_for_a_sign_in(qtbot, services) -> None:
    window = MainWindow(services)
    show_active(qtbot, window)
    assert window._status_labels is None  # nothing to say at the sign-in screen
    window.use_profile(services.profiles.create("Sam", "practitioner"))
    assert window.profile_label.text() == "Sam (Probation practitioner)"
    assert window.profile_label.parent() is not None and window.profile_label.isVisible()
    window.sign_out()
    assert window.profile_label.text() == ""


def test_a_text_size_reaches_scaled_labels_in_every_open_window(qtbot, services) -> None:
    window = MainWindow(services)
    show_active(qtbot, window)
    other = QDialog()  # another window open meanwhile (a joint session's, the guide)
    qtbot.addWidget(other)
    title = Heading("A heading", 1)
    QVBoxLayout(other).addWidget(title)
    other.show()
    alone = Heading("A window of its own", 2)
    qtbot.addWidget(alone)
    alone.show()
    before, alone_before = title.font().pointSizeF(), alone.font().pointSizeF()
    services.settings.text_size = "largest"
    window.apply_text_size()
    scale = QApplication.font().pointSizeF() / 12
    assert scale > 1
    assert title.font().pointSizeF() == pytest.approx(before * scale)
    assert alone.font().pointSizeF() == pytest.approx(alone_before * scale)
    widest = QFontMetrics(QApplication.font()).averageCharWidth() * 70
    assert widest > 640 and window.gate._column.maximumWidth() == widest  # at once, before Qt's events
    services.settings.text_size = "normal"
    window.apply_text_size()
    assert window.gate._column.maximumWidth() == max(640, QFontMetrics(QApplication.font()).averageCharWidth() * 70)


def test_the_numbers_set_at_start_are_the_enums_values(qtbot) -> None:
    from PySide6.QtGui import QAction, QKeySequence, QShortcut
    from PySide6.QtWidgets import QLabel, QWidget

    from nps_trainer.ui import accessible_roles, keyboard, qt_values

    assert Qt.TextInteractionFlag.TextSelectableByMouse.value == qt_values.TEXT_SELECTABLE_BY_MOUSE
    assert Qt.TextFormat.PlainText.value == qt_values.PLAIN_TEXT
    assert Qt.TextFormat.RichText.value == accessible_roles.RICH_TEXT
    assert Qt.ShortcutContext.ApplicationShortcut.value == qt_values.APPLICATION_SHORTCUT
    assert Qt.ItemDataRole.UserRole.value == qt_values.USER_ROLE
    assert (Qt.Key.Key_F1.value, Qt.Key.Key_F2.value) == (qt_values.KEY_F1, qt_values.KEY_F2)
    assert (Qt.Key.Key_Return.value, Qt.Key.Key_Enter.value) == keyboard.RETURN_KEYS
    assert tuple(key.value for key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left,
                                                                Qt.Key.Key_Right)) == keyboard.ARROW_KEYS
    assert (Qt.KeyboardModifier.NoModifier.value, Qt.KeyboardModifier.KeypadModifier.value) == keyboard.PLAIN
    holder = QWidget()
    qtbot.addWidget(holder)
    label = QLabel("x", holder)
    qt_values.selectable_by_mouse(label)
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    qt_values.plain_text(label)
    assert label.textFormat() == Qt.TextFormat.PlainText
    shortcut = QShortcut(QKeySequence("F2"), holder)
    qt_values.application_wide(shortcut)
    assert shortcut.context() == Qt.ShortcutContext.ApplicationShortcut
    action = QAction("Quit", holder)
    qt_values.set_shortcut(action, QKeySequence("Ctrl+Q"))
    assert action.shortcut() == QKeySequence("Ctrl+Q")
    with pytest.raises(ValueError, match="no property 'shortcut'"):
        qt_values.set_shortcut(label, QKeySequence("Ctrl+Q"))  # a widget without the property: said, not ignored


def test_the_create_profile_form_is_made_when_first_shown(qtbot, services) -> None:
    services.profiles.create("Ada", "manager")
    window = MainWindow(services)
    show_active(qtbot, window)
    gate = window.gate
    assert not gate._create_form_made and "name_edit" not in vars(gate)  # signing in is all a start shows
    assert gate.passphrase.hasFocus()
    qtbot.mouseClick(gate.create_toggle, Qt.MouseButton.LeftButton)
    assert gate._create_form_made and gate.new_box.isVisible() and gate.name_edit.hasFocus()
    assert gate.new_box.title() == "New here? Create your profile"
    assert [gate.role_combo.itemData(i) for i in range(gate.role_combo.count())] == ["practitioner",
                                                                                    "drug_service"]
    reached = []
    for _ in range(7):  # Tab goes through the form in order, though it was made after the rest of the window
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == [gate.role_combo, gate.organisation_combo, gate.team_edit, gate.new_passphrase,
                       gate.new_confirm, gate.back_button, gate.create_button]
    qtbot.mouseClick(gate.back_button, Qt.MouseButton.LeftButton)
    assert not gate.new_box.isVisible() and gate.passphrase.hasFocus()


def test_a_first_run_shows_the_form_for_the_administrator(qtbot, services) -> None:
    window = MainWindow(services)
    show_active(qtbot, window)
    gate = window.gate
    assert gate._create_form_made and gate.new_box.isVisible() and gate.name_edit.hasFocus()
    assert gate.new_box.title() == "Create the administrator's profile"
    assert [gate.role_combo.itemData(i) for i in range(gate.role_combo.count())] == ["manager"]
    assert not gate.role_combo.isEnabled() and not gate.back_button.isVisible()


def test_asking_for_a_part_of_the_form_makes_it(qtbot, services) -> None:
    services.profiles.create("Ada", "manager")
    window = MainWindow(services)
    qtbot.addWidget(window)
    gate = window.gate
    assert gate.new_passphrase.text() == "" and gate._create_form_made
    assert not gate.new_box.isVisibleTo(gate)  # made, not shown
    with pytest.raises(AttributeError, match="no attribute 'no_such_part'"):
        gate.no_such_part  # noqa: B018
