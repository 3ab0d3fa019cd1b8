"""Short answer: a line edit; Return submits."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from ...i18n import tr
from ..widgets import buddy
from .answer_input import AnswerInput


class ShortAnswerInput(AnswerInput):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setAccessibleDescription(tr("Type your answer, then press Return to submit it"))
        self.edit.setMaxLength(200)
        layout.addWidget(buddy(tr("Your &answer:"), self.edit))
        layout.addWidget(self.edit, 1)
        self.edit.textChanged.connect(lambda _text: self.changed.emit())

    def answer(self) -> Any:
        text = self.edit.text().strip()
        return text or None

    def set_answer(self, answer: Any) -> None:
        self.edit.setText(str(answer) if answer is not None else "")

    def set_locked(self, locked: bool) -> None:
        self.edit.setReadOnly(locked)

    def focus_first(self) -> None:
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
