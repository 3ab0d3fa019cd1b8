"""About: app version, content version, where data lives."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from .. import __version__
from ..content_info import read_content_info
from ..services import Services


def about_text(services: Services) -> str:
    info = read_content_info(services.config.content_dir)
    from PySide6 import __version__ as pyside_version

    return (
        f"<h2>NPS Trainer {__version__}</h2>"
        "<p>Training, quizzes and NPS-aware screening for probation practitioners in England and Wales.</p>"
        f"<p><b>Content:</b> {info.title}, version {info.version}<br>"
        f"<b>Content folder:</b> {services.config.content_dir}<br>"
        f"<b>Database:</b> {services.database.display_location}<br>"
        f"<b>Logs:</b> {services.paths.logs}</p>"
        "<p>This is training, not clinical advice. In an emergency call 999. "
        "For clinical questions contact your local drug service.</p>"
        f"<p><small>Qt for Python {pyside_version}</small></p>"
    )


class AboutDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("About NPS Trainer")
        layout = QVBoxLayout(self)
        self.text = QLabel(about_text(services))
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName("About NPS Trainer")
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
