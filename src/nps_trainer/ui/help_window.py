"""The user guide (F1): a window beside the app with the guide's contents on the left and the chosen page on the
right, links between pages followed inside it, and a box to find pages by their words. It never blocks the app."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..help import HelpGuide, HelpPage, page_html, parse_help_url
from .learn.browser import open_external
from .widgets import buddy, note

ID_ROLE = Qt.ItemDataRole.UserRole
NOT_TRANSLATED = "This page is not translated yet, so it is shown in English."


class HelpWindow(QDialog):
    """The guide in one language. ``show_page`` and ``show_topic`` choose what it shows."""

    def __init__(self, guide: HelpGuide, base_pt: float = 11.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guide = guide
        self.base_pt = base_pt
        self.current: HelpPage | None = None
        self.anchor = ""  # the part of the current page asked for
        self.history: list[tuple[str, str]] = []
        self.setWindowTitle("NPS Trainer user guide")
        self.setAccessibleName("User guide")
        self.setModal(False)
        outer = QVBoxLayout(self)
        row = QHBoxLayout()
        outer.addLayout(row, 1)

        side = QVBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText("Words to find in the guide")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleDescription("Lists only the pages that contain every word typed")
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._open_first_match)
        side.addWidget(buddy("&Find:", self.search))
        side.addWidget(self.search)
        self.contents = QListWidget()
        self.contents.setAccessibleDescription("The guide's pages; Enter or a click opens one")
        for page in guide.pages:
            item = QListWidgetItem(page.title)
            item.setData(ID_ROLE, page.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, page.title)
            self.contents.addItem(item)
        self.contents.currentItemChanged.connect(self._contents_chosen)
        self.contents.itemActivated.connect(lambda item: self.show_page(item.data(ID_ROLE)))
        side.addWidget(buddy("&Contents:", self.contents))
        side.addWidget(self.contents, 1)
        self.no_match = note("No page has those words.")
        self.no_match.hide()
        side.addWidget(self.no_match)
        holder = QWidget()
        holder.setLayout(side)
        holder.setFixedWidth(250)
        row.addWidget(holder)

        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setOpenExternalLinks(False)
        self.text.setAccessibleName("Guide page")
        self.text.setAccessibleDescription("Tab moves between links; Enter follows a link")
        self.text.anchorClicked.connect(self._follow)
        self.text.document().setDefaultStyleSheet(
            f"h3 {{ font-size: {round(base_pt * 1.3, 1)}pt; }} h4 {{ font-size: {round(base_pt * 1.1, 1)}pt; }}")
        row.addWidget(self.text, 1)

        buttons = QDialogButtonBox()
        self.back_button = QPushButton("← &Back")
        self.back_button.setAccessibleName("Back to the page before")
        self.back_button.setAccessibleDescription("Alt+Left")
        self.back_button.setEnabled(False)
        self.back_button.clicked.connect(self.back)
        self.shortcuts_button = QPushButton("&Keyboard shortcuts")
        self.shortcuts_button.setAccessibleName("Keyboard shortcuts")
        self.shortcuts_button.clicked.connect(lambda: self.show_page("keyboard-shortcuts"))
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName("Close the guide")
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.shortcuts_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        for button in (self.back_button, self.shortcuts_button, self.close_button):
            button.setAutoDefault(False)  # Enter in the find box opens a page; it must not press a button too
        outer.addWidget(buttons)
        QShortcut(QKeySequence("Alt+Left"), self, self.back, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.resize(980, 700)
        if guide.start is not None:
            self.show_page(guide.start.id)

    # -- showing pages ------------------------------------------------------------------------------------
    def show_topic(self, key: str) -> bool:
        """Show the page (and part) covering a place in the app; the first page if none does. True if found."""
        found = self.guide.topic(key)
        if found is None:
            if self.guide.start is not None:
                self.show_page(self.guide.start.id)
            return False
        page, anchor = found
        self.show_page(page.id, anchor)
        return True

    def show_page(self, page_id: str, anchor: str = "", remember: bool = True) -> bool:
        page = self.guide.page(page_id)
        if page is None:
            return False
        if remember and self.current is not None and self.current is not page:
            self.history.append((self.current.id, ""))
        self.back_button.setEnabled(bool(self.history))
        if self.current is not page:
            language_note = NOT_TRANSLATED if page.language != self.guide.language else ""
            self.text.setHtml(page_html(page, self.base_pt, language_note))
            self.current = page
        self._select(page.id)
        self.anchor = anchor
        self._scroll()
        QTimer.singleShot(0, self, self._scroll)  # again once the window is laid out (when F1 has just made it)
        self.setWindowTitle(f"{page.title} – NPS Trainer user guide")
        return True

    def _scroll(self) -> None:
        if self.anchor:
            self.text.scrollToAnchor(self.anchor)
        else:
            self.text.verticalScrollBar().setValue(0)

    def back(self) -> None:
        if not self.history:
            return
        page_id, anchor = self.history.pop()
        self.show_page(page_id, anchor, remember=False)
        self.back_button.setEnabled(bool(self.history))

    def _select(self, page_id: str) -> None:
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            if item.data(ID_ROLE) == page_id:
                self.contents.blockSignals(True)
                self.contents.setCurrentItem(item)
                self.contents.blockSignals(False)
                return

    def _contents_chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None and not item.isHidden():
            self.show_page(item.data(ID_ROLE))

    def _follow(self, url: QUrl) -> None:
        target = parse_help_url(url.toString())
        if target is not None:
            self.show_page(*target)
            self.text.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        open_external(self, url)

    # -- finding ------------------------------------------------------------------------------------------
    def _filter(self, text: str) -> None:
        words = text.lower().split()
        shown = 0
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            page = self.guide.page(item.data(ID_ROLE))
            haystack = f"{page.title}\n{page.body}".lower() if page else ""
            hide = bool(words) and not all(word in haystack for word in words)
            item.setHidden(hide)
            shown += not hide
        self.no_match.setVisible(shown == 0)

    def _open_first_match(self) -> None:
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            if not item.isHidden():
                self.show_page(item.data(ID_ROLE))
                self.contents.setFocus(Qt.FocusReason.OtherFocusReason)
                return

