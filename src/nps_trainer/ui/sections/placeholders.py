"""Sections whose full screens are not built yet: they show the true state, never invented data."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from ..widgets import heading, note
from .base import SectionPage


class StateSection(SectionPage):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title))
        self.state_label = note("")
        self.state_label.setObjectName("sectionState")
        layout.addWidget(self.state_label)
        layout.addStretch(1)

    def activate(self) -> None:
        self.state_label.setText(self.describe_state())
        self.state_label.setAccessibleName(self.state_label.text())

    def describe_state(self) -> str:
        raise NotImplementedError
