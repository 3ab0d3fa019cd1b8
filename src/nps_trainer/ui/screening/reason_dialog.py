"""Asking for a reason (overriding a flag, amending a finished screening), with the minimum length explained."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ...i18n import tr
from .. import colours
from .item_row import error_style


class ReasonDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, prompt: str, minimum: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.minimum = minimum
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(tr("Reason"))
        self.edit.setAccessibleDescription(prompt)
        label.setBuddy(self.edit)
        layout.addWidget(self.edit)
        self.problem = QLabel("")
        colours.keep_styled(self.problem, error_style)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, 240)

    def reason(self) -> str:
        return self.edit.toPlainText().strip()

    def accept(self) -> None:
        if len(self.reason()) < self.minimum:
            self.problem.setText(tr("Give a reason of at least {minimum} characters: it is kept with the record."
                                    ).format(minimum=self.minimum))
            self.problem.show()
            self.edit.setFocus()
            return
        super().accept()


def ask_reason(parent: QWidget | None, title: str, prompt: str, minimum: int = 10) -> str | None:
    """The reason given, or None if cancelled. Tests replace this function."""
    dialog = ReasonDialog(parent, title, prompt, minimum)
    return dialog.reason() if dialog.exec() == QDialog.DialogCode.Accepted else None
