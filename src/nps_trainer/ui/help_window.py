"""The user guide (F1): a window beside the app with the guide's contents on the left and the chosen page on the
right, links between pages followed inside it, and a box to find pages by their words. It never blocks the app."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..help import HelpGuide, HelpPage, page_html, parse_help_url
from ..i18n import tr, tr_noop
from .learn.browser import open_external
from .learn.structured_view import StructuredView
from .widgets import buddy, note

ID_ROLE = Qt.ItemDataRole.UserRole
NOT_TRANSLATED = tr_noop("This page is not translated yet, so it is shown in English.")  # shown as tr(…)
NOT_REVIEWED = tr_noop("This translation has not yet been reviewed by a Welsh speaker.")


class HelpWindow(QDialog):
    """The guide in one language. ``show_page`` and ``show_topic`` choose what it shows."""

    def __init__(self, guide: HelpGuide, base_pt: float = 11.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guide = guide
        self.base_pt = base_pt
        self.current: HelpPage | None = None
        self.anchor = ""  # the part of the current page asked for
        self.history: list[tuple[str, str]] = []
        self.setWindowTitle(tr("NPS Trainer user guide"))
        self.setAccessibleName(tr("User guide"))
        self.setModal(False)
        outer = QVBoxLayout(self)
        row = QHBoxLayout()
        outer.addLayout(row, 1)

        side = QVBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Words to find in the guide"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleDescription(tr("Lists only the pages that contain every word typed"))
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._open_first_match)
        side.addWidget(buddy(tr("&Find:"), self.search))
        side.addWidget(self.search)
        self.contents = QListWidget()
        self.contents.setAccessibleDescription(tr("The guide's pages; Enter or a click opens one"))
        for page in guide.pages:
            item = QListWidgetItem(page.title)
            item.setData(ID_ROLE, page.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, page.title)
            self.contents.addItem(item)
        self.contents.currentItemChanged.connect(self._contents_chosen)
        self.contents.itemActivated.connect(lambda item: self.show_page(item.data(ID_ROLE)))
        side.addWidget(buddy(tr("&Contents:"), self.contents))
        side.addWidget(self.contents, 1)
        self.no_match = note(tr("No page has those words."))
        self.no_match.hide()
        side.addWidget(self.no_match)
        holder = QWidget()
        holder.setLayout(side)
        # as wide as the longest page title at the text size in use (it was a fixed 250 px, which cut titles at
        # 200% text), never narrower than at the normal size
        widest = max((QFontMetrics(self.contents.font()).horizontalAdvance(page.title) for page in guide.pages),
                     default=0)
        room = (self.contents.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
                + 2 * self.contents.frameWidth() + 2 * side.contentsMargins().left() + 16)
        holder.setFixedWidth(max(250, widest + room))
        row.addWidget(holder)

        # Native widgets, so a screen reader gets the page's headings with their levels, its lists, tables and
        # links (issue 13); links between pages and to parts are followed here (``_follow``), not by the view.
        self.text = StructuredView(follow_links=False)
        self.text.setObjectName("helpPage")
        self.text.base_pt = base_pt
        self.text.setAccessibleName(tr("Guide page"))
        self.text.setAccessibleDescription(tr("Tab moves between links; Enter follows a link"))
        self.text.anchorClicked.connect(self._follow)
        row.addWidget(self.text, 1)

        buttons = QDialogButtonBox()
        self.back_button = QPushButton(tr("← &Back"))
        self.back_button.setAccessibleName(tr("Back to the page before"))
        self.back_button.setAccessibleDescription(tr("Alt+Left", "the shortcut: Alt and the left arrow key"))
        self.back_button.setEnabled(False)
        self.back_button.clicked.connect(self.back)
        self.shortcuts_button = QPushButton(tr("&Keyboard shortcuts"))
        self.shortcuts_button.setAccessibleName(tr("Keyboard shortcuts"))
        self.shortcuts_button.clicked.connect(lambda: self.show_page("keyboard-shortcuts"))
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(tr("Close the guide"))
        buttons.rejected.connect(self.reject)
        for button in (self.back_button, self.shortcuts_button, self.close_button):
            button.setAutoDefault(False)  # Enter in the find box opens a page; it must not press a button too
        # Back and Keyboard shortcuts on the left, outside the button box: the box orders Tab by role, not by where
        # it shows them, so Tab went from Close (right) back to them (left).
        foot = QHBoxLayout()
        foot.addWidget(self.back_button)
        foot.addWidget(self.shortcuts_button)
        foot.addStretch(1)
        foot.addWidget(buttons)
        outer.addLayout(foot)
        QWidget.setTabOrder(self.back_button, self.shortcuts_button)
        QWidget.setTabOrder(self.shortcuts_button, self.close_button)
        # The context is set after: PySide6 ignores the constructor's context= when given a slot.
        QShortcut(QKeySequence("Alt+Left"), self, self.back).setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
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
            language_note = tr(NOT_TRANSLATED) if page.language != self.guide.language else ""
            if not language_note and page.unreviewed_translation:
                language_note = tr(NOT_REVIEWED)
            self.text.setHtml(_with_style(page_html(page, self.base_pt, language_note), self.base_pt))
            # the page's new blocks join the Tab order after the contents and before Back (not after Close)
            for first, second in pairwise([*self.text.tab_stops()[-1:], self.back_button, self.shortcuts_button,
                                           self.close_button]):
                QWidget.setTabOrder(first, second)
            self.current = page
        self._select(page.id)
        self.anchor = anchor
        self._scroll()
        QTimer.singleShot(0, self, self._scroll)  # again once the window is laid out (when F1 has just made it)
        self.setWindowTitle(tr("{page} – NPS Trainer user guide").format(page=page.title))
        return True

    def set_text_size(self, base_pt: float) -> None:
        """A new text size chosen in Settings while the guide is open: the page is drawn again at it."""
        self.base_pt = base_pt
        self.text.base_pt = base_pt
        page, self.current = self.current, None
        if page is not None:
            self.show_page(page.id, self.anchor, remember=False)

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



def _with_style(page: str, base_pt: float) -> str:
    """The page with a style sheet of its own, so the view draws it at the guide's text size (``base_pt``) rather
    than the application's, in the system palette's colours."""
    style = f"<head><style>body {{ font-size: {base_pt}pt; }}</style></head>"
    return page.replace("<html>", f"<html>{style}", 1) if page.startswith("<html>") else style + page
