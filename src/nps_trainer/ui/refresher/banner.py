"""A line saying how many refresher questions are due, with a button to start them; shown in Learn and in
Progress."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from ...i18n import tr
from ...refresher import RefresherService, RefresherStatus
from ...refresher.wording import status_text
from .. import colours
from ..quiz.library import QuizLibrary
from ..widgets import note, return_clicks


class RefresherBanner(QFrame):
    """``start_requested`` when the button is pressed (always enabled: the Refresher page says honestly when
    nothing is due and when the next question is)."""

    start_requested = Signal()

    def __init__(self, button_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refresherBanner")
        colours.keep_styled(self, lambda: colours.notice_style("#refresherBanner", "good"))
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        self.label = note("")
        self.label.setObjectName("refresherDue")
        row.addWidget(self.label, 1)
        self.button = QPushButton(button_text)
        self.button.setObjectName("refresherStart")
        self.button.clicked.connect(self.start_requested)
        return_clicks(self.button)
        row.addWidget(self.button)
        self.status: RefresherStatus | None = None
        self.show_status(None, "")

    def show_status(self, status: RefresherStatus | None, text: str) -> None:
        self.status = status
        self.label.setText(text)
        self.label.setAccessibleName(text or tr("Refresher"))
        due = status.left_today if status is not None else 0
        name = tr("Start the refresher: %n question(s) to answer now", "", due) if due else tr("Open the refresher")
        self.button.setAccessibleName(name)
        self.button.setAccessibleDescription(text)
        self.button.setToolTip(text)

    def refresh(self, refresher: RefresherService, profile_id: int, library: QuizLibrary | None,
                load_library: Callable[[], QuizLibrary]) -> RefresherStatus:
        """Count what is due now (the quiz library is loaded, via ``load_library``, only when the person has
        refresher questions and it is not given)."""
        status = refresher.status(profile_id, library if library is not None else load_library)
        self.show_status(status, status_text(status, refresher.today(), refresher.tz))
        return status
