"""About: app version, content version, where data lives."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextDocumentFragment
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from .. import __version__
from ..content_info import read_content_info
from ..i18n import tr
from ..services import Services


def about_text(services: Services) -> str:
    info = read_content_info(services.config.content_dir)
    from PySide6 import __version__ as pyside_version

    return (
        f"<h2>NPS Trainer {__version__}</h2>"
        + tr("<p>Training, quizzes and NPS-aware screening for probation practitioners in England and Wales.</p>")
        + tr("<p><b>Content:</b> {title}, version {version}<br><b>Content folder:</b> {folder}<br>"
             "<b>Database:</b> {database}<br><b>Logs:</b> {logs}</p>").format(
            title=info.title, version=info.version, folder=services.config.content_dir,
            database=services.database.display_location, logs=services.paths.logs)
        + tr("<p>This is training, not clinical advice. In an emergency call 999. For clinical questions contact your "
             "local drug service.</p>")
        + f"<p><small>Qt for Python {pyside_version}</small></p>"
    )


ICON_SIZE = 64  # logical pixels: drawn from the SVG at the screen's pixel ratio, sharp at any scaling


def app_icon_label(parent: QWidget) -> QLabel:
    """The app's icon (ui/icons/nps-trainer.svg, the one the window and every dialog carry), drawn afresh."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    from .style import APP_ICON

    label = QLabel(parent)
    label.setObjectName("appIcon")
    ratio = parent.devicePixelRatioF() if parent is not None else 1.0
    label.setPixmap(QIcon(str(APP_ICON)).pixmap(QSize(ICON_SIZE, ICON_SIZE), ratio))
    label.setAccessibleName(tr("NPS Trainer icon"))
    return label


class AboutDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About NPS Trainer"))
        layout = QVBoxLayout(self)
        self.icon = app_icon_label(self)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignLeft)
        self.text = QLabel(about_text(services))
        self.text.setWordWrap(True)
        # Reachable by Tab and read whole: selectable by keyboard, focusable, its plain text as its description.
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.text.setAccessibleName(tr("About NPS Trainer"))
        self.text.setAccessibleDescription(QTextDocumentFragment.fromHtml(self.text.text()).toPlainText())
        # In a scroll area, so at 200% text the whole text is there to read in a window that fits a small screen.
        scroll = QScrollArea()
        scroll.setObjectName("aboutScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the text itself is the Tab stop
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.text)
        layout.addWidget(scroll, 1)
        metrics = QFontMetrics(self.font())
        self.resize(metrics.averageCharWidth() * 64, metrics.lineSpacing() * 24)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
