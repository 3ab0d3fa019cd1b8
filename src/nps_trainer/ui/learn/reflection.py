"""Completing a module, with an optional reflection: what I learnt and how I will use it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ...i18n import tr
from ..widgets import buddy, heading, note, return_clicks


def _editor(accessible_name: str, description: str) -> QPlainTextEdit:
    editor = QPlainTextEdit()
    editor.setAccessibleName(accessible_name)
    editor.setAccessibleDescription(description)
    editor.setTabChangesFocus(True)
    editor.setMinimumHeight(90)
    return editor


class ReflectionPage(QWidget):
    saved = Signal(str, str)  # what I learnt, how I will use it
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._started_with = ("", "")
        layout = QVBoxLayout(self)
        self.title_label = heading(tr("Complete module"))
        layout.addWidget(self.title_label)
        layout.addWidget(note(tr("Before you finish, you can note down what you took from this module. Both boxes "
                                 "are optional. Your reflection is saved with your progress in this profile and is "
                                 "not encrypted, so do not write names, case references or anything else that "
                                 "could identify a person you supervise.")))
        self.learnt_edit = _editor(tr("What I learnt"), tr("Optional"))
        layout.addWidget(buddy(tr("What I &learnt:"), self.learnt_edit))
        layout.addWidget(self.learnt_edit, 1)
        self.use_edit = _editor(tr("How I will use it"), tr("Optional"))
        layout.addWidget(buddy(tr("How I will &use it in practice:"), self.use_edit))
        layout.addWidget(self.use_edit, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = QPushButton(tr("&Cancel"))
        self.cancel_button.setAccessibleName(tr("Cancel and go back to the module"))
        self.cancel_button.clicked.connect(self.cancelled)
        self.save_button = QPushButton(tr("&Save and complete"))
        self.save_button.setAccessibleName(tr("Save and complete"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._save)
        return_clicks(self.cancel_button, self.save_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        layout.addLayout(row)

    def start(self, module_title: str, learnt: str = "", use: str = "") -> None:
        self.title_label.setText(tr("Complete: {module}").format(module=module_title))
        self.title_label.setAccessibleName(self.title_label.text())
        self.learnt_edit.setPlainText(learnt)
        self.use_edit.setPlainText(use)
        self._started_with = (self.learnt_edit.toPlainText(), self.use_edit.toPlainText())
        self.learnt_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_changed(self) -> bool:
        """True when either box differs from what it held when the page was opened (not yet saved)."""
        return (self.learnt_edit.toPlainText(), self.use_edit.toPlainText()) != self._started_with

    def _save(self) -> None:
        self.saved.emit(self.learnt_edit.toPlainText(), self.use_edit.toPlainText())
