"""Screening: NPS-aware screening records during supervision, protected by the person's sign-in. Managers find
the team's caseload figures, with small numbers hidden, in Team → Caseload figures."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget
from sqlalchemy import func, select

from ...i18n import tr, tr_noop
from ...profiles import ProfileInfo
from ...services import Services
from ...storage.models import ScreeningRecord
from ..screening.area import ScreeningArea
from ..widgets import heading, note
from .base import SectionPage


class ScreeningSection(SectionPage):
    title = tr_noop("Screening")

    def __init__(self, services: Services, profile: ProfileInfo, parent: QWidget | None = None) -> None:
        super().__init__(services, profile, parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(heading(tr(self.title)))
        self.state_label = note("")
        self.state_label.setObjectName("sectionState")
        self.layout_.addWidget(self.state_label)
        self.area: ScreeningArea | None = None
        if profile.is_manager:
            self.layout_.addWidget(note(tr("The team's caseload figures (people screened, substances, flags), with "
                                           "small numbers hidden, are in Team → Caseload figures.")))

    def _build(self) -> None:
        """Built on first show, so that choosing a profile does not load the forms and the crypto."""
        keyring = self.signed_in.keyring if self.signed_in is not None else None
        self.area = ScreeningArea(self.services, self.profile, keyring=keyring)
        self.area.record_created.connect(self._show_state)
        self.area.keys_revoked.connect(self._sign_out_after_reset)
        self.layout_.addWidget(self.area, 1)
        self.area.show()

    def _sign_out_after_reset(self) -> None:
        """A manager reset this person's passphrase while they were signed in: their keys open nothing now, so
        they sign in again (once the message they were shown is closed)."""
        window = self.window()
        if self.area is not None and self.area.signed_in_keys and hasattr(window, "sign_out"):
            QTimer.singleShot(0, window, window.sign_out)

    def describe_state(self) -> str:
        """How many screenings this profile has (counted without decrypting anything)."""
        with self.services.database.session() as session:
            count = session.scalar(select(func.count()).select_from(ScreeningRecord).where(
                ScreeningRecord.profile_id == self.profile.id))
        if not count:
            return tr("You have no screening records yet.")
        return tr("You have %n screening record(s).", "", count)

    def _show_state(self) -> None:
        self.state_label.setText(self.describe_state())
        self.state_label.setAccessibleName(self.state_label.text())

    def activate(self) -> None:
        self._show_state()
        if self.area is None:
            self._build()
        assert self.area is not None
        self.area.activate()

    def apply_settings(self) -> None:
        """Called after the settings are saved: the idle-lock time applies at once (nothing to do until built)."""
        if self.area is not None:
            self.area.apply_settings()

    def sign_in_changed(self, signed_in) -> None:
        """Signed out (None): lock, keeping what could not be saved; signed in again: carry on unlocked."""
        super().sign_in_changed(signed_in)
        if self.area is None or not self.area.signed_in_keys:
            return
        if signed_in is None:
            self.area.lock()
        else:
            self.area.unlock_with(signed_in.keyring)

    def can_leave(self) -> bool:
        return self.area is None or self.area.can_leave()

    def shutdown(self) -> None:
        if self.area is not None:
            self.area.shutdown()
