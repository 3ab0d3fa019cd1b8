"""The page view: a QTextBrowser that never follows links itself. Links to modules are passed on; links
outside the app open in the system browser only after the user agrees."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QStyle, QTextBrowser, QWidget

from ...content import APP_SCHEME
from ...content.svg_check import is_svg
from ...i18n import tr
from .. import messages
from .svg_images import REFERENCE_PT, display_width, natural_size, render_svg

EXTERNAL_SCHEMES = ("https", "http", "mailto")


@dataclass(frozen=True)
class ModuleLink:
    module_id: str
    anchor: str | None


def module_link(url: QUrl) -> ModuleLink | None:
    """The module and section an ``nps-module://`` URL names, or None for any other URL."""
    if url.scheme() != APP_SCHEME or not url.host():
        return None
    return ModuleLink(url.host(), url.fragment() or None)


def open_external(parent: QWidget | None, url: QUrl) -> bool:
    """Ask, then open ``url`` in the system browser or mail program. True if it was opened."""
    if url.scheme() not in EXTERNAL_SCHEMES:
        return False
    if url.scheme() == "mailto":
        text = tr("This link opens {address} in your email program, outside NPS Trainer. "
                  "You will need an internet connection.\n\nOpen it?")
    else:
        text = tr("This link opens {address} in your web browser, outside NPS Trainer. "
                  "You will need an internet connection.\n\nOpen it?")
    text = text.format(address=url.toDisplayString())
    if not messages.confirm(parent, tr("Open a link outside NPS Trainer"), text):
        return False
    return bool(QDesktopServices.openUrl(url))


class ModuleBrowser(QTextBrowser):
    module_link_clicked = Signal(str, str)  # module id, section anchor ("" for the module's start)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(tr("Module text"))
        self.setAccessibleDescription(tr("Tab moves between links; Enter follows a link"))
        self.anchorClicked.connect(self.follow)
        self.image_folder: Path | None = None  # the only folder images may come from (the module's own)
        self.base_pt = REFERENCE_PT  # the text size: SVG diagrams grow and shrink with it
        self._diagrams: dict[str, tuple[QUrl, Path, int, float]] = {}  # url -> (url, file, width, dpr) shown
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(80)
        self._refit.timeout.connect(self.refit_diagrams)

    def setHtml(self, text: str) -> None:
        self._diagrams.clear()  # the document loads its images again
        super().setHtml(text)

    def loadResource(self, kind: int, name: QUrl) -> object:
        """Images only from files inside ``image_folder``: whatever reached the page, nothing else is read.
        An SVG is drawn at the width it is shown at, for this screen's pixel density."""
        path = self._allowed_file(name)
        if path is None:
            return None
        if kind == QTextDocument.ResourceType.ImageResource.value and is_svg(path):
            return self._diagram(name, path)
        return super().loadResource(kind, name)

    def _allowed_file(self, name: QUrl) -> Path | None:
        if name.isLocalFile() and self.image_folder is not None:
            try:
                path = Path(name.toLocalFile()).resolve()
                if path.is_relative_to(self.image_folder.resolve()) and path.is_file():
                    return path
            except (OSError, RuntimeError, ValueError):
                pass
        return None

    def diagram_width(self, path: Path) -> int | None:
        """Logical width the SVG at ``path`` is shown at now: scaled with the text size, within the page."""
        size = natural_size(path)
        return None if size is None else display_width(size.width(), self.base_pt, self.available_width())

    def available_width(self) -> int:
        """Width of the text column, measured as if the scroll bar were showing, so that a diagram's width does
        not change when a taller diagram makes the scroll bar appear."""
        frame = 2 * self.frameWidth()
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        margins = 2 * round(self.document().documentMargin())
        return self.width() - frame - scroll_bar - margins - 4

    def _diagram(self, url: QUrl, path: Path) -> object:
        width = self.diagram_width(path)
        dpr = self.devicePixelRatioF()
        image = render_svg(path, width, dpr) if width is not None else None
        if image is None:
            return None
        self._diagrams[url.toString()] = (url, path, width, dpr)
        return image

    def refit_diagrams(self) -> None:
        """Draw the page's diagrams again if the page width, text size or pixel density changed."""
        document = self.document()
        changed = False
        for key, (url, path, width, dpr) in list(self._diagrams.items()):
            new_width, new_dpr = self.diagram_width(path), self.devicePixelRatioF()
            if new_width is None or (new_width, new_dpr) == (width, dpr):
                continue
            image = render_svg(path, new_width, new_dpr)
            if image is not None:
                document.addResource(QTextDocument.ResourceType.ImageResource.value, url, image)
                self._diagrams[key] = (url, path, new_width, new_dpr)
                changed = True
        if changed:
            document.markContentsDirty(0, document.characterCount())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._diagrams and event.size().width() != event.oldSize().width():
            self._refit.start()

    def event(self, event: QEvent) -> bool:
        if self._diagrams and event.type() == QEvent.Type.DevicePixelRatioChange:  # moved to another screen
            self._refit.start()
        return super().event(event)

    def follow(self, url: QUrl) -> None:
        link = module_link(url)
        if link is not None:
            self.module_link_clicked.emit(link.module_id, link.anchor or "")
        else:
            open_external(self, url)
