"""Single choice (radio buttons; arrow keys move between them), multiple response (check boxes; Space ticks)
and true/false (two radio buttons)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QVBoxLayout, QWidget

from ...i18n import tr
from ...quiz.model import MultipleResponse, SingleChoice
from .answer_input import AnswerInput
from .wrapping_buttons import WrappingCheckBox, WrappingRadioButton


class _ButtonsInput(AnswerInput):
    """A column of option buttons, each carrying its option id (or value)."""

    def __init__(self, options: list[tuple[Any, str]], exclusive: bool, group_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(group_name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.exclusive = exclusive
        # Radio buttons share a group: one Tab stop, arrow keys move. Check boxes stay separate Tab stops.
        self.group = QButtonGroup(self) if exclusive else None
        self.values: list[Any] = []
        self.buttons: list[QAbstractButton] = []
        for value, text in options:
            button: QAbstractButton = WrappingRadioButton(text) if exclusive else WrappingCheckBox(text)
            if self.group is not None:
                self.group.addButton(button)
            layout.addWidget(button)
            self.values.append(value)
            self.buttons.append(button)
            button.toggled.connect(lambda _on: self.changed.emit())

    def checked_values(self) -> list[Any]:
        return [v for v, b in zip(self.values, self.buttons, strict=True) if b.isChecked()]

    def set_checked(self, values: list[Any]) -> None:
        if self.group is not None:
            self.group.setExclusive(False)
        for value, button in zip(self.values, self.buttons, strict=True):
            button.setChecked(value in values)
        if self.group is not None:
            self.group.setExclusive(True)

    def focus_first(self) -> None:
        checked = [b for b in self.buttons if b.isChecked()]
        target = checked[0] if checked and self.exclusive else (self.buttons[0] if self.buttons else None)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_locked(self, locked: bool) -> None:
        for button in self.buttons:
            button.setEnabled(not locked)


class SingleChoiceInput(_ButtonsInput):
    def __init__(self, question: SingleChoice, order: list[str], parent: QWidget | None = None) -> None:
        texts = {o.id: o.text for o in question.options}
        super().__init__([(i, texts[i]) for i in order if i in texts], True, tr("Answer options: choose one"),
                         parent)

    def answer(self) -> Any:
        values = self.checked_values()
        return values[0] if values else None

    def set_answer(self, answer: Any) -> None:
        self.set_checked([answer] if answer is not None else [])


class MultipleResponseInput(_ButtonsInput):
    def __init__(self, question: MultipleResponse, order: list[str], parent: QWidget | None = None) -> None:
        texts = {o.id: o.text for o in question.options}
        super().__init__([(i, texts[i]) for i in order if i in texts], False,
                         tr("Answer options: tick all that apply (Space ticks)"), parent)

    def answer(self) -> Any:
        return self.checked_values() or None

    def set_answer(self, answer: Any) -> None:
        self.set_checked(list(answer or []))


class TrueFalseInput(_ButtonsInput):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([(True, tr("True")), (False, tr("False"))], True, tr("True or false"), parent)

    def answer(self) -> Any:
        values = self.checked_values()
        return values[0] if values else None

    def set_answer(self, answer: Any) -> None:
        self.set_checked([answer] if isinstance(answer, bool) else [])
