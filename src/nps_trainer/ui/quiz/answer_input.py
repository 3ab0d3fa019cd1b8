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

    def problem(self) -> str:
        """Why what has been typed cannot be submitted yet ('' if nothing is wrong)."""
        return ""

    def set_answer(self, answer: Any) -> None:
        """Show an answer given earlier (after Previous, or on resuming)."""
        raise NotImplementedError

    def set_locked(self, locked: bool) -> None:
        """Locked once answered in practice mode: the answer stays readable but cannot be changed."""
        self.setEnabled(not locked)

    def focus_widgets(self) -> list[QWidget]:
        """The parts Tab stops at, in order. Only widgets in this window count: a drop-down list's popup is a
        window of its own, and Qt cannot chain the Tab order into another window."""
        return [w for w in self.findChildren(QWidget) if w.window() is self.window()
                and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not w.isHidden()]

    def focus_first(self) -> None:
        """Put keyboard focus on the first part of the input."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)
