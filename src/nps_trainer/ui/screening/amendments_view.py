"""The amendments made to a finished screening: who, when and why, and which answers changed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from ...screening_records import AmendmentView
from ..widgets import heading


def describe(amendment: AmendmentView, names: Callable[[int], str]) -> str:
    when = amendment.at.astimezone().strftime("%d/%m/%Y %H:%M")
    paths = ", ".join(change["path"] for change in amendment.changes)
    return f"{when}, {names(amendment.profile_id)}: {amendment.reason} (changed: {paths})"


class AmendmentsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading("Amendments", 2))
        self.text = QTextBrowser()
        self.text.setAccessibleName("Amendments")
        self.text.setOpenLinks(False)
        layout.addWidget(self.text)
        self.lines: list[str] = []

    def clear(self) -> None:
        self.lines = []
        self.text.clear()

    def show_amendments(self, amendments: list[AmendmentView], names: Callable[[int], str]) -> None:
        lines = [describe(a, names) for a in amendments]
        if lines == self.lines and self.text.toPlainText():
            return
        self.lines = lines
        if lines:
            self.text.setPlainText("\n\n".join(lines))
        else:
            self.text.setPlainText("None. A finished screening is corrected by an amendment with a reason.")
