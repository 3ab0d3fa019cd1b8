"""Numerical answer: a line edit that takes a number; anything else gets a message under it, not a score."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from ...i18n import tr, tr_noop
from ...quiz.numbers import format_number, parse_number
from .. import colours
from ..widgets import buddy
from .answer_input import AnswerInput

HELP = tr_noop("Type a number, such as 3 or 3.5, then press Return to submit it")


class NumericalInput(AnswerInput):
    """``answer()`` is the number typed (int or float), or ``None`` while the box is empty or not a number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setObjectName("numberAnswer")
        self.edit.setAccessibleDescription(tr(HELP))
        self.edit.setPlaceholderText(tr("A number, such as 3.5"))
        self.edit.setMaxLength(40)
        self.edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        layout.addWidget(buddy(tr("Your &answer (a number):"), self.edit), 0, 0)
        layout.addWidget(self.edit, 0, 1)
        self.message = QLabel()
        self.message.setObjectName("numberMessage")
        self.message.setWordWrap(True)
        colours.keep_styled(self.message, lambda: f"QLabel {{ {colours.accent_style('bad', bold=True)} }}")
        self.message.hide()
        layout.addWidget(self.message, 1, 1)
        layout.setColumnStretch(1, 1)
        self.edit.textChanged.connect(self._text_changed)

    def answer(self) -> Any:
        return parse_number(self.edit.text())

    def problem(self) -> str:
        """Why the text typed is not an answer yet ('' when it is a number or the box is empty)."""
        text = self.edit.text().strip()
        if not text or parse_number(text) is not None:
            return ""
        return tr("'{text}' is not a number: type digits, such as 3 or 3.5 (a full stop for decimals).").format(
            text=text)

    def set_answer(self, answer: Any) -> None:
        self.edit.setText(format_number(answer) if isinstance(answer, int | float) else "")

    def set_locked(self, locked: bool) -> None:
        self.edit.setReadOnly(locked)

    def focus_first(self) -> None:
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _text_changed(self, _text: str) -> None:
        problem = self.problem()
        self.message.setText(problem)
        self.message.setAccessibleName(problem)
        self.message.setVisible(bool(problem))
        self.edit.setAccessibleDescription(problem or tr(HELP))
        self.changed.emit()
