"""A person's own certificates, for the Progress page: the list, and "Save PDF…" for a copy at any time."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..i18n import tr
from ..profiles import ProfileInfo
from .team.certificate_dialog import CertificatesList


class MyCertificates(CertificatesList):
    """The certificates issued to ``profile`` (the person signed in); no revoking here."""

    def __init__(self, services, profile: ProfileInfo, parent: QWidget | None = None) -> None:
        self.profile = profile
        super().__init__(services, None, profile.id, parent, title=tr("Your certificates"),
                         empty_text=tr("No certificates yet. A manager issues them for modules you complete, assessed "
                                       "quizzes you pass and learning paths you finish."))
        self.table.setAccessibleName(tr("Your certificates"))

    def _viewer(self):
        return self.profile
