"""What every answer input offers the question page: read, restore and lock the learner's answer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget


class AnswerInput(QWidget):
    """One question's input. ``answer()`` is the JSON answer, or ``None`` while nothing has been given."""

    changed = Signal()

    def answer(self) -> Any:
        raise NotImplementedError

    def set_answer(self, answer: Any) -> None:
        """Show an answer given earlier (after Previous, or on resuming)."""
        raise NotImplementedError

    def set_locked(self, locked: bool) -> None:
        """Locked once answered in practice mode: the answer stays readable but cannot be changed."""
        self.setEnabled(not locked)

    def focus_first(self) -> None:
        """Put keyboard focus on the first part of the input."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)
