"""'Suspected overdose: what to do now': F2 or the button at the foot of the window, from any screen, signed in or
not. Large type on screen; printable as an A4 poster and an A6 pocket card."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from ..guides import GUIDE_FILE, OverdoseGuide, guide_html, load_overdose_guide
from ..paths import bundled_content_dir
from ..services import Services
from . import messages

log = logging.getLogger(__name__)

def load_guide(services: Services) -> OverdoseGuide | None:
    """The organisation's guide if its content folder has a usable one, else the bundled guide."""
    bundled = bundled_content_dir() / GUIDE_FILE
    own = services.config.content_dir / GUIDE_FILE
    if own != bundled and own.is_file():
        guide, problems = load_overdose_guide(own)
        if guide is not None:
            return guide
        log.warning("The content folder's overdose guide has %d problem(s); showing the bundled one", len(problems))
    return load_overdose_guide(bundled)[0]


class OverdoseGuideDialog(QDialog):
    def __init__(self, guide: OverdoseGuide, base_pt: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guide = guide
        self.setWindowTitle(guide.title)
        self.setAccessibleName(guide.title)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setAccessibleName(guide.title)
        self.text.setHtml(guide_html(guide, "screen", base_pt))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox()
        self.poster_button = QPushButton("Save as A4 &poster…")
        self.card_button = QPushButton("Save as pocket &card…")
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        for button in (self.poster_button, self.card_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.poster_button.clicked.connect(lambda: self.save("poster"))
        self.card_button.clicked.connect(lambda: self.save("card"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 820)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self, layout: str) -> None:
        from .documents import pdf

        poster = layout == "poster"
        title = "Save the overdose poster" if poster else "Save the overdose pocket card"
        name = "overdose-what-to-do-poster-a4.pdf" if poster else "overdose-what-to-do-pocket-card-a6.pdf"
        path = pdf.ask_pdf_path(self, title, name)
        if path is None:
            return
        page_size = "A4" if poster else "A6"
        html = fitted_html(self.guide, "poster" if poster else "card", page_size)
        try:
            pdf.write_pdf(html, path, self.guide.title, page_size=page_size)
        except OSError as exc:
            messages.warn(self, title, f"The PDF could not be saved: {exc.strerror or exc}")
            return
        messages.inform(self, title, f"Saved to {path}. Print it at actual size.")


def fitted_html(guide: OverdoseGuide, layout: str, page_size: str) -> str:
    """The largest type at which the guide fits one page: a poster or a card is never two."""
    from .documents import pdf

    base = 14.0
    while True:
        html = guide_html(guide, layout, base)
        if base <= 5.0 or pdf.page_count(html, page_size=page_size) == 1:
            return html
        base -= 0.5


def open_guide(services: Services, parent: QWidget | None, *, over_dialog: bool = False
               ) -> OverdoseGuideDialog | None:
    """Show the guide; ``over_dialog``: a modal dialog is open, so the guide opens over it, modal itself, where
    it can be read, printed and closed (closing it goes back to the dialog)."""
    guide = load_guide(services)
    if guide is None:
        messages.warn(parent, "Suspected overdose", "Call 999 now. (The guide could not be read; see the log.)")
        return None
    dialog = OverdoseGuideDialog(guide, float(services.settings.text_point_size), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if over_dialog:
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
