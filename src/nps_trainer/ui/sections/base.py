"""What every section page offers the main window."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...profiles import ProfileInfo
from ...services import Services


class SectionPage(QWidget):
    title = ""

    def __init__(self, services: Services, profile: ProfileInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.profile = profile
        self.setAccessibleName(self.title)

    def activate(self) -> None:
        """Called each time the section is shown: bring what it displays up to date."""

    def can_leave(self) -> bool:
        """False to keep the user here (for example, unsaved work needing a decision)."""
        return True

    def shutdown(self) -> None:
        """Called once before the window closes: finish visits, flush state."""
