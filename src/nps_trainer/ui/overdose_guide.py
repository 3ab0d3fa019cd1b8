"""'Suspected overdose: what to do now': F2 or the button at the foot of the window, from any screen, signed in or
not. Large type on screen; printable as an A4 poster and an A6 pocket card."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from ..guides import OverdoseGuide, choose_guide, guide_html
from ..i18n import language as i18n_language
from ..i18n import tr
from ..paths import bundled_content_dir
from ..services import Services
from . import messages
from .learn.structured_view import StructuredView

SCREEN_SCALE = 1.6  # the screen layout's body type, times the text size (as guides.overdose.guide_html draws it)


def load_guide(services: Services, language: str | None = None) -> OverdoseGuide | None:
    """The organisation's guide if its content folder has a usable one, else the bundled guide; in ``language``
    (default: the language in use) where there is a usable copy in it (``overdose-now.cy.yaml``), else English."""
    return choose_guide(services.config.content_dir, bundled_content_dir(), language or i18n_language())


class OverdoseGuideDialog(QDialog):
    def __init__(self, guide: OverdoseGuide, base_pt: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guide = guide
        self.setWindowTitle(guide.title)
        self.setAccessibleName(guide.title)
        layout = QVBoxLayout(self)
        # Native widgets, so a screen reader gets the title as a heading and the steps as a numbered list (issue
        # 13); the guide has no links.
        self.text = StructuredView(follow_links=False)
        self.text.setObjectName("overdoseGuide")
        self.text.base_pt = base_pt * SCREEN_SCALE  # large type on screen, as the HTML's own sizes say
        self.text.setAccessibleName(guide.title)
        self.text.setAccessibleDescription("")
        self.text.setHtml(guide_html(guide, "screen", base_pt))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox()
        self.poster_button = QPushButton(tr("Save as A4 &poster…"))
        self.card_button = QPushButton(tr("Save as pocket &card…"))
        for button in (self.poster_button, self.card_button):  # first, so that Tab meets them before Close, as
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)  # they are shown left to right
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.poster_button.clicked.connect(lambda: self.save("poster"))
        self.card_button.clicked.connect(lambda: self.save("card"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 820)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_text_size(self, base_pt: float) -> None:
        """A new text size chosen in Settings while the guide is open: drawn again at it, as when opened."""
        self.text.base_pt = base_pt * SCREEN_SCALE
        self.text.setHtml(guide_html(self.guide, "screen", base_pt))

    def save(self, layout: str) -> None:
        from .documents import pdf

        poster = layout == "poster"
        title = tr("Save the overdose poster") if poster else tr("Save the overdose pocket card")
        name = "overdose-what-to-do-poster-a4.pdf" if poster else "overdose-what-to-do-pocket-card-a6.pdf"
        path = pdf.ask_pdf_path(self, title, name)
        if path is None:
            return
        page_size = "A4" if poster else "A6"
        html = fitted_html(self.guide, "poster" if poster else "card", page_size)
        try:
            pdf.write_pdf(html, path, self.guide.title, page_size=page_size)
        except OSError as exc:
            messages.warn(self, title, tr("The PDF could not be saved: {reason}").format(reason=exc.strerror or exc))
            return
        messages.inform(self, title, tr("Saved to {path}. Print it at actual size.").format(path=path))


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
        messages.warn(parent, tr("Suspected overdose"), tr("Call 999 now. (The guide could not be read; see the log.)"))
        return None
    dialog = OverdoseGuideDialog(guide, float(services.settings.text_point_size), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if over_dialog:
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
