"""How sure are you? The three certainty levels of certainty-based marking, as radio buttons in a row under the
answer (Alt+1, Alt+2, Alt+3, or Tab then any arrow key: Down and Right go to the next level, as Up and Left
go back), with the marks explained in one line."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QHBoxLayout, QRadioButton, QVBoxLayout, QWidget

from ...i18n import tr, tr_noop
from ...quiz.certainty import MARKS_EXPLAINED, RIGHT_MARK, WRONG_MARK, Certainty, mark_words
from ..widgets import note

TITLE = tr_noop("How sure are you of this answer?")


class CertaintyChooser(QGroupBox):
    """``certainty()`` is the level chosen, or None. Nothing is chosen for a new question."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr(TITLE), parent)
        self.setObjectName("certaintyChooser")
        self.setAccessibleName(tr(TITLE))
        self.setAccessibleDescription(tr(MARKS_EXPLAINED))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.group = QButtonGroup(self)  # one Tab stop; the arrow keys move between the levels
        self.buttons: dict[Certainty, QRadioButton] = {}
        for level in Certainty:
            button = QRadioButton(level.label.replace(f"({int(level)})", f"(&{int(level)})"))
            button.setAccessibleName(level.label)
            button.setAccessibleDescription(tr("Alt+{key}. If right {right}, if wrong {wrong}").format(
                key=int(level), right=mark_words(RIGHT_MARK[level]), wrong=mark_words(WRONG_MARK[level])))
            button.toggled.connect(lambda _on: self.changed.emit())
            button.installEventFilter(self)
            self.group.addButton(button, int(level))
            self.buttons[level] = button
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.explanation = note(tr(MARKS_EXPLAINED))
        self.explanation.setObjectName("certaintyMarks")
        layout.addWidget(self.explanation)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down move along the row too (Qt's radio buttons only move the way they are laid out), so the
        keys that work in a column of answer options work here."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and watched in self.buttons.values():
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()), 0)
            if step and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                buttons = list(self.buttons.values())
                target = buttons.index(watched) + step
                if 0 <= target < len(buttons) and buttons[target].isEnabled():
                    buttons[target].setFocus(Qt.FocusReason.TabFocusReason)
                    buttons[target].setChecked(True)
                return True
        return super().eventFilter(watched, event)

    def certainty(self) -> Certainty | None:
        checked = self.group.checkedId()
        return Certainty(checked) if checked in (1, 2, 3) else None

    def set_certainty(self, certainty: int | None) -> None:
        """Show ``certainty`` chosen, or none (a radio group cannot be emptied while exclusive)."""
        self.group.setExclusive(False)
        for level, button in self.buttons.items():
            button.setChecked(level == certainty)
        self.group.setExclusive(True)

    def set_locked(self, locked: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not locked)

    def focus_widgets(self) -> list[QWidget]:
        return list(self.buttons.values())

    def focus_choice(self) -> None:
        """Focus on the level chosen, else the first."""
        target = self.buttons.get(self.certainty() or Certainty.NOT_SURE)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
