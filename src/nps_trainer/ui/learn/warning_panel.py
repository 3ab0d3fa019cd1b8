"""Shown in place of a section that carries a content warning, before any of its text."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...i18n import tr
from .. import colours
from ..widgets import heading, note, return_clicks


class ContentWarningPanel(QFrame):
    show_requested = Signal()
    skip_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contentWarning")
        colours.keep_styled(self, lambda: colours.notice_style("#contentWarning", "warn", edge=2, radius=0))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(heading(tr("Content warning"), 2))
        self.section_label = note("")
        layout.addWidget(self.section_label)
        self.warning_label = note("")
        self.warning_label.setObjectName("contentWarningText")
        layout.addWidget(self.warning_label)
        layout.addWidget(note(tr("You can read it now, or skip this section and carry on with the next one.")))
        row = QHBoxLayout()
        self.show_button = QPushButton(tr("&Show this section"))
        self.show_button.setAccessibleName(tr("Show this section"))
        self.show_button.clicked.connect(self.show_requested)
        self.skip_button = QPushButton(tr("S&kip this section"))
        self.skip_button.setAccessibleName(tr("Skip this section"))
        self.skip_button.clicked.connect(self.skip_requested)
        return_clicks(self.show_button, self.skip_button)
        row.addWidget(self.show_button)
        row.addWidget(self.skip_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def present(self, section_title: str, warning: str) -> None:
        self.section_label.setText(tr("The section “{section}” contains material some people may find "
                                      "distressing.").format(section=section_title))
        self.section_label.setAccessibleName(self.section_label.text())
        self.warning_label.setText(warning)
        self.warning_label.setAccessibleName(tr("Content warning: {warning}").format(warning=warning))
        # Read with the buttons: focus lands on 'Show this section', and a screen reader reads its description.
        for button in (self.show_button, self.skip_button):
            button.setAccessibleDescription(f"{self.section_label.text()} {warning}")
        self.show_button.setFocus(Qt.FocusReason.OtherFocusReason)
