"""What every section page offers the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ...i18n import tr
from ...profiles import ProfileInfo
from ...services import Services

if TYPE_CHECKING:
    from ...identity import SignedIn


class SectionPage(QWidget):
    title = ""

    def __init__(self, services: Services, profile: ProfileInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.profile = profile
        self.signed_in: SignedIn | None = None  # the person's sign-in and keys, while signed in
        self.setAccessibleName(tr(self.title))

    def sign_in_changed(self, signed_in: SignedIn | None) -> None:
        """Called once the page is built, with the person's sign-in, and again with None when they are signed
        out (idle) and with their new sign-in when they come back."""
        self.signed_in = signed_in

    def activate(self) -> None:
        """Called each time the section is shown: bring what it displays up to date."""

    def can_leave(self) -> bool:
        """False to keep the user here (for example, unsaved work needing a decision)."""
        return True

    def shutdown(self) -> None:
        """Called once before the window closes: finish visits, flush state."""
