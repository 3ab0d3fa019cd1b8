"""The page view: a QTextBrowser that never follows links itself. Links to modules are passed on; links
outside the app open in the system browser only after the user agrees."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser, QWidget

from ...content import APP_SCHEME
from .. import messages

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
    where = "your email program" if url.scheme() == "mailto" else "your web browser"
    text = (f"This link opens {url.toDisplayString()} in {where}, outside NPS Trainer. "
            "You will need an internet connection.\n\nOpen it?")
    if not messages.confirm(parent, "Open a link outside NPS Trainer", text):
        return False
    return bool(QDesktopServices.openUrl(url))


class ModuleBrowser(QTextBrowser):
    module_link_clicked = Signal(str, str)  # module id, section anchor ("" for the module's start)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName("Module text")
        self.setAccessibleDescription("Tab moves between links; Enter follows a link")
        self.anchorClicked.connect(self.follow)
        self.image_folder: Path | None = None  # the only folder images may come from (the module's own)

    def loadResource(self, kind: int, name: QUrl) -> object:
        """Images only from files inside ``image_folder``: whatever reached the page, nothing else is read."""
        if name.isLocalFile() and self.image_folder is not None:
            try:
                path = Path(name.toLocalFile()).resolve()
                if path.is_relative_to(self.image_folder.resolve()) and path.is_file():
                    return super().loadResource(kind, name)
            except (OSError, RuntimeError, ValueError):
                pass
        return None

    def follow(self, url: QUrl) -> None:
        link = module_link(url)
        if link is not None:
            self.module_link_clicked.emit(link.module_id, link.anchor or "")
        else:
            open_external(self, url)
