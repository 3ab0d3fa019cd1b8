"""The module page as native widgets, so that a screen reader gets its structure (issue 13, point 3).

A QTextBrowser reaches assistive technology as one flat block of text. Here the rendered, sanitised page
(``content.render``) is parsed (``html_blocks``) and built from widgets with proper roles: headings with their
level (``accessible_roles``), paragraphs as read-only text with a caret (line and word boundaries through Qt's
text interface; Tab reaches their links), lists and list items, tables with rows, columns and header cells
(QTableWidget), pictures named by their alt text and drawn crisply at the screen's pixel density, and callouts and
the content warning as named notes. Up and Down read on from one block into the next, as in a document.

The view keeps the few things the reader used of QTextBrowser: ``setHtml``, ``toPlainText``, ``toHtml`` (the page
it was given), ``anchorClicked``, ``scrollToAnchor`` and the scroll bar."""

from __future__ import annotations

import math
import re
from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAccessible,
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QKeyEvent,
    QPainter,
    QPalette,
    QPixmap,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...content.svg_check import is_svg
from ...content.templating import PRINT_COLOURS, PageColours, Sizes
from ...i18n import tr
from .. import accessible_roles
from ..colours import page_colours
from .browser import module_link, open_external
from .html_blocks import Node, outer_html, parse, plain, text_of
from .svg_images import REFERENCE_PT, display_width, natural_size, render_svg

INLINE = frozenset({"a", "strong", "em", "b", "i", "code", "span", "sup", "sub", "br", "del", "s", "img", "u"})
CALLOUT_KINDS = ("notice", "safety", "key-points", "practice-tip", "case-example")
_BODY_BACKGROUND = re.compile(r"(body\s*\{[^}]*?)background-color:[^;]*;")
MARGIN = 14
ZERO_WIDTH_SPACE = "\u200b"
MAX_DEPTH = 8  # callouts, quotes and lists nested deeper than this are laid out flat


def _point_font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


class HeadingBlock(QLabel):
    """A heading of the page: role heading, with its level (h1–h6)."""

    accessible_role = QAccessible.Role.Heading

    def __init__(self, text: str, level: int, sizes: Sizes, colours: PageColours) -> None:
        super().__init__(text)
        self.heading_level = level
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAccessibleName(text)
        points = {1: sizes.h1, 2: sizes.h2, 3: sizes.h3}.get(level, sizes.body)
        self.setFont(_point_font(points, bold=True))
        self.setStyleSheet(f"color: {colours.text};")
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._words = text

    def plain_text(self) -> str:
        return self._words

    def minimumSizeHint(self) -> QSize:
        """Never wider than a few letters: a word too long for the page is broken (``resizeEvent``), so the
        heading does not hold the page wider than the view."""
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 4 * max(1, self.fontMetrics().averageCharWidth())), hint.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        shown = _breakable(self._words, self.fontMetrics(), self.contentsRect().width())
        if shown != self.text():
            self.setText(shown)  # the accessible name keeps the words as written


def _breakable(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` with a zero-width space between the letters of each word wider than ``width``, so that a word
    too long for the line breaks where it must (CSS's overflow-wrap: anywhere) and other words stay whole."""
    if width <= 0:
        return text
    return " ".join(ZERO_WIDTH_SPACE.join(word) if metrics.horizontalAdvance(word) > width else word
                    for word in text.split(" "))


class TextBlock(QTextBrowser):
    """A paragraph (or a list item's words, a code block, a callout's text): read-only rich text with a caret the
    arrow keys move, whose links Tab reaches and Enter follows. Exactly as tall as its text."""

    link_focused = Signal(str)  # the text of the link Tab just reached

    def __init__(self, html: str, style: str, points: float | None = None) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        flags = Qt.TextInteractionFlag
        self.setTextInteractionFlags(flags.TextSelectableByKeyboard | flags.TextSelectableByMouse
                                     | flags.LinksAccessibleByKeyboard | flags.LinksAccessibleByMouse)
        self.viewport().setAutoFillBackground(False)
        self.setAutoFillBackground(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(0)
        if points:
            self.document().setDefaultFont(_point_font(points))  # the text size setting (and the page's body)
        self.document().setDefaultStyleSheet(style)
        self.setHtml(html)
        self.links = _anchors(self)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if self.links else Qt.FocusPolicy.ClickFocus)
        self.setAccessibleName(" ".join(self.toPlainText().split()))  # as a label is named: by its words
        self._description = tr("Tab moves between links; Enter follows a link") if self.links else ""
        self.setAccessibleDescription(self._description)
        self._fit()

    def loadResource(self, kind: int, name: QUrl) -> object:
        return None  # pictures are blocks of their own; nothing else is ever read

    def focusInEvent(self, event) -> None:
        """Tab into a block lands on its first link (Shift+Tab on its last), as it does in a web page."""
        super().focusInEvent(event)
        forward = event.reason() == Qt.FocusReason.TabFocusReason
        if self.links and (forward or event.reason() == Qt.FocusReason.BacktabFocusReason):
            cursor = self.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.Start if forward else QTextCursor.MoveOperation.End)
            self.setTextCursor(cursor)
            self.focusNextPrevChild(forward)

    def focusNextPrevChild(self, forward: bool) -> bool:
        moved = super().focusNextPrevChild(forward)
        self._link_reached()
        return moved

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.setAccessibleDescription(self._description)

    def plain_text(self) -> str:
        return self.toPlainText()

    def _link_reached(self) -> None:
        """Tab has moved the selection: if it is on a link, name the link (description and announcement)."""
        cursor = self.textCursor()
        href = cursor.charFormat().anchorHref() if cursor.hasSelection() else ""
        if not href:
            self.setAccessibleDescription(self._description)
            return
        words = cursor.selectedText().strip() or href
        #: said when Tab reaches a link in the module text
        message = tr("Link: {text}").format(text=words)
        self.setAccessibleDescription(message)
        _announce(self, message)
        self.link_focused.emit(words)

    def _fit(self) -> None:
        width = self.viewport().width() if self.isVisible() or self.width() > 0 else 400
        self.document().setTextWidth(max(40, width))
        height = math.ceil(self.document().size().height()) + 2 * self.frameWidth() + 2
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(80, self.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()


def _announce(widget: QWidget, message: str) -> None:
    """Ask the screen reader to say ``message`` now (Qt 6.8 and later; before that the description only)."""
    try:
        from PySide6.QtGui import QAccessibleAnnouncementEvent
    except ImportError:
        return
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, message))


def _anchors(block: QTextBrowser) -> list[str]:
    """The text of each link in the block, in order."""
    found = []
    current = block.document().begin()
    while current.isValid():
        iterator = current.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid() and fragment.charFormat().isAnchor():
                href = fragment.charFormat().anchorHref()
                if found and found[-1][0] == href:
                    found[-1] = (href, found[-1][1] + fragment.text())
                elif href:
                    found.append((href, fragment.text()))
            iterator += 1
        current = current.next()
    return [text for _href, text in found]


class ListBlock(QWidget):
    """A bulleted or numbered list: role list; its items are list items."""

    accessible_role = QAccessible.Role.List

    def __init__(self, ordered: bool) -> None:
        super().__init__()
        self.ordered = ordered
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(2)


class ListItemBlock(QWidget):
    """One item of a list, named by its words; the bullet or number is painted, not a separate label."""

    accessible_role = QAccessible.Role.ListItem

    def __init__(self, marker: str, indent: int, colours: PageColours, font: QFont) -> None:
        super().__init__()
        self.marker = marker
        self._colour = QColor(colours.text)
        self._font = font
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(indent, 0, 0, 0)
        self.column.setSpacing(2)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setPen(self._colour)
        painter.setFont(self._font)
        metrics = painter.fontMetrics()
        left = self.column.contentsMargins().left()
        painter.drawText(QRect(0, 0, max(1, left - metrics.horizontalAdvance(" ")), metrics.height() + 2),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), self.marker)


class TableBlock(QTableWidget):
    """A table of the module: rows, columns, column header cells and (a first column of ``th`` cells) row header
    cells, as tall as its rows (no vertical scroll bar); columns share the width and cells wrap their words. A
    table with too many columns for the page scrolls sideways inside itself (the arrow keys move through its
    cells and bring each into view), so it never makes the page wider than the view."""

    def __init__(self, headers: list[str], rows: list[list[tuple[str, str]]], sizes: Sizes,
                 colours: PageColours, row_headers: list[str] | None = None) -> None:
        columns = max(1, len(headers), *(len(row) for row in rows))
        super().__init__(len(rows), columns)
        self.setHorizontalHeaderLabels(headers + [""] * (columns - len(headers)))
        for row_index, text in enumerate(row_headers or []):
            self.setVerticalHeaderItem(row_index, QTableWidgetItem(text))
        for row_index, row in enumerate(rows):
            for column, (text, align) in enumerate(row):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                alignment = {"right": Qt.AlignmentFlag.AlignRight, "center": Qt.AlignmentFlag.AlignHCenter}
                item.setTextAlignment(alignment.get(align, Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignTop)
                self.setItem(row_index, column, item)
        self.setAccessibleName(tr("Table: {headers}").format(headers=", ".join(h for h in headers if h))
                               if any(headers) else tr("Table"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        if row_headers:
            self.verticalHeader().setFont(_point_font(sizes.body, bold=True))
            self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        else:
            self.verticalHeader().hide()
        header = self.horizontalHeader()
        if not any(headers):  # a table of facts without a header row (a session record's): no empty header strip
            header.hide()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFont(_point_font(sizes.body))
        header.setFont(_point_font(sizes.body, bold=True))
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(colours.background))
        palette.setColor(QPalette.ColorRole.Text, QColor(colours.text))
        palette.setColor(QPalette.ColorRole.Button, QColor(colours.header_background))
        palette.setColor(QPalette.ColorRole.ButtonText, QColor(colours.text))
        palette.setColor(QPalette.ColorRole.Window, QColor(colours.header_background))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(colours.text))
        self.setPalette(palette)
        header.setPalette(palette)
        self.verticalHeader().setPalette(palette)
        self._fit()

    def plain_text(self) -> str:
        lines = ["\t".join(self.horizontalHeaderItem(c).text() if self.horizontalHeaderItem(c) else ""
                           for c in range(self.columnCount()))]
        vertical = self.verticalHeader()
        for row in range(self.rowCount()):
            first = [vertical.model().headerData(row, Qt.Orientation.Vertical)] if not vertical.isHidden() else []
            lines.append("\t".join([str(text) for text in first] + [
                self.item(row, c).text() if self.item(row, c) else "" for c in range(self.columnCount())]))
        if not vertical.isHidden():
            lines[0] = "\t" + lines[0]
        return "\n".join(lines)

    def least_column_width(self) -> int:
        """The narrowest a column is made (about eight letters): below that the table scrolls sideways."""
        return 8 * max(1, self.fontMetrics().averageCharWidth())

    def _arrange_columns(self) -> None:
        header = self.horizontalHeader()
        room = self.viewport().width()
        least = self.least_column_width()
        if self.columnCount() * least <= room:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            return
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.resizeColumnsToContents()
        widest = max(least, room // 2)
        for column in range(self.columnCount()):
            header.resizeSection(column, max(least, min(header.sectionSize(column), widest)))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def _fit(self) -> None:
        self._arrange_columns()
        self.resizeRowsToContents()
        header = 0 if self.horizontalHeader().isHidden() else self.horizontalHeader().height()
        bar = self.horizontalScrollBar()
        scrolling = self.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        height = (header + sum(self.rowHeight(r) for r in range(self.rowCount()))
                  + (bar.sizeHint().height() if scrolling else 0) + 2 * self.frameWidth() + 2)
        if self.height() != height:
            self.setFixedHeight(height)

    def minimumSizeHint(self) -> QSize:
        return QSize(2 * self.least_column_width(), self.height())  # more columns than fit: it scrolls

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            QTimer.singleShot(0, self, self._fit)  # with self as context: never run once the page is replaced


class ImageBlock(QLabel):
    """A picture of the module: role graphic (image), named by its alt text; drawn at the width it is shown at
    for the screen's pixel density."""

    accessible_role = QAccessible.Role.Graphic

    def __init__(self, path: Path | None, alt: str) -> None:
        """``path``: None for a picture that cannot be shown (missing, or not a file of the module's)."""
        super().__init__()
        self.path = path
        self.alt = alt
        self.setAccessibleName(alt or tr("Picture without a description"))
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.shown: tuple[int, float] | None = None  # (logical width, device pixel ratio) drawn at
        self.drawn: QImage | None = None
        if path is None:
            self._not_shown()

    def _not_shown(self) -> None:
        """The picture cannot be drawn: its description in its place, in words that wrap."""
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setText(tr("[Image not shown: {description}]").format(description=self.accessibleName()))

    def draw(self, base_pt: float, available: int, dpr: float) -> None:
        if self.path is None:
            return
        width = self._width(base_pt, available)
        if width is None:  # a file that is there but cannot be read as a picture
            self._not_shown()
            return
        if self.shown == (width, dpr):
            return
        if is_svg(self.path):
            image = render_svg(self.path, width, dpr)
        else:
            loaded = QImage(str(self.path))
            image = None if loaded.isNull() else loaded.scaledToWidth(
                max(1, round(width * dpr)), Qt.TransformationMode.SmoothTransformation)
            if image is not None:
                image.setDevicePixelRatio(dpr)
        if image is None:
            self._not_shown()
            return
        self.drawn = image  # as drawn: QLabel keeps its own copy scaled to the screen it is on
        self.setPixmap(QPixmap.fromImage(image))
        self.shown = (width, dpr)

    def _width(self, base_pt: float, available: int) -> int | None:
        if self.path is None:
            return None
        if is_svg(self.path):
            size = natural_size(self.path)
            natural = None if size is None else size.width()
        else:
            loaded = QImage(str(self.path))
            natural = None if loaded.isNull() else float(loaded.width())
        return None if natural is None else display_width(natural, base_pt, available)

    def plain_text(self) -> str:
        return self.text()  # '[Image not shown: …]' in place of a picture that cannot be drawn; else nothing


class NoteBlock(QFrame):
    """A callout (key points, safety, …) or the content warning: a named note with a tinted background and a
    strong border, holding blocks of its own."""

    accessible_role = QAccessible.Role.Note

    def __init__(self, name: str, colours_pair: tuple[str, str], pad: int) -> None:
        super().__init__()
        self.setObjectName("noteBlock")
        self.setAccessibleName(name)
        background, border = colours_pair
        self.setStyleSheet(f"QFrame#noteBlock {{ background-color: {background}; border: 2px solid {border}; }}")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(pad, pad, pad, pad)
        self.column.setSpacing(pad // 2)


class QuoteBlock(QWidget):
    accessible_role = QAccessible.Role.BlockQuote

    def __init__(self, indent: int) -> None:
        super().__init__()
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(indent, 0, 0, 0)


class StructuredView(QScrollArea):
    """The module page: built from ``setHtml`` as native widgets (see the module's docstring)."""

    anchorClicked = Signal(QUrl)
    module_link_clicked = Signal(str, str)  # module id, section anchor ("" for the module's start)

    def __init__(self, parent: QWidget | None = None, follow_links: bool = True) -> None:
        """``follow_links``: open module links (``module_link_clicked``) and, after asking, outside ones; False
        leaves ``anchorClicked`` to the owner (the quiz review's 'Read more' links)."""
        super().__init__(parent)
        accessible_roles.install()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(tr("Module text"))
        self.setAccessibleDescription(tr("Tab moves between links; Enter follows a link"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.image_folder: Path | None = None
        self.base_pt = REFERENCE_PT
        self.colours: PageColours | None = None  # None: from the system palette (ui.colours.page_colours)
        self.blocks: list[QWidget] = []  # every block in reading order (nested ones included)
        self.anchors: dict[str, QWidget] = {}
        self._html = ""
        self._page_colours = PRINT_COLOURS
        self._page: QWidget | None = None
        self._depth = 0  # how many lists, callouts and quotes the block being built is inside
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(80)
        self._refit.timeout.connect(self.refit_images)
        if follow_links:
            self.anchorClicked.connect(self.follow)

    # -- what the reader uses --------------------------------------------------------------------------------
    def setHtml(self, html: str) -> None:
        self._html = html
        body, style = parse(html)
        self.blocks, self.anchors = [], {}
        self._depth = 0
        if self.colours is None or not style:  # a page without a style sheet of its own takes the palette's
            self._page_colours = page_colours()
        else:
            self._page_colours = self.colours
        # … and the application's text size (the module pages carry theirs in the style sheet)
        base = self.base_pt if style else (QApplication.font().pointSizeF() if QApplication.font().pointSizeF() > 0
                                           else self.base_pt)
        sizes = Sizes.for_base(base)
        self._sizes = sizes
        self._style = _BODY_BACKGROUND.sub(r"\1", style) + "\np, li, pre { margin-top: 0; margin-bottom: 0; }"
        page = QWidget()
        page.setObjectName("modulePage")
        page.setAutoFillBackground(True)
        palette = page.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(self._page_colours.background))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(self._page_colours.text))
        page.setPalette(palette)
        column = QVBoxLayout(page)
        column.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        column.setSpacing(sizes.half)
        self._build(body.children, column)
        column.addStretch(1)
        focused = QApplication.focusWidget()
        had_focus = focused is not None and (focused is self or self.isAncestorOf(focused))
        self.setFocusProxy(None)
        if had_focus:  # hold the focus here while the old page goes, so Qt does not hand it to another control
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        old = self.takeWidget()
        self.setWidget(page)
        self._page = page
        if old is not None:
            old.deleteLater()
        self._follow_in_focus_chain(page)
        flow = self.flow()
        for block in flow:
            block.installEventFilter(self)
        if flow:
            if flow[0].focusPolicy() == Qt.FocusPolicy.ClickFocus:
                flow[0].setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab into the page lands on its start
            self.setFocusProxy(flow[0])
            if had_focus:  # the page was being read: carry on at the new page's start
                flow[0].setFocus(Qt.FocusReason.OtherFocusReason)
        self.refit_images()

    def _follow_in_focus_chain(self, page: QWidget) -> None:
        """Put the new page's widgets straight after the view in the window's focus chain. Qt appends a widget
        given a parent to the end of the chain, after every control that follows the view; the view (whose focus
        proxy is the page's first block) would then send Tab from those controls back to the page's start, and
        Tab past the page's end would skip them. ``setTabOrder`` moves a widget with its focus children only
        when both widgets take focus, so the view and the page take it for the moment."""
        last = page
        widget = page.nextInFocusChain()
        while widget is not page and page.isAncestorOf(widget):
            last, widget = widget, widget.nextInFocusChain()
        first_child = page.nextInFocusChain() if last is not page else None
        saved = [(w, w.focusPolicy()) for w in (self, page, last)]
        for w in (self, page, last):
            if w.focusPolicy() == Qt.FocusPolicy.NoFocus:
                w.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        if first_child is not None:
            page.setFocusProxy(first_child)  # so that the page is moved with all its widgets
        try:
            QWidget.setTabOrder(self, page)
        finally:
            page.setFocusProxy(None)
            for w, policy in reversed(saved):
                w.setFocusPolicy(policy)

    def toHtml(self) -> str:
        return self._html

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 60)  # it scrolls: the page around it decides its size

    def clear(self) -> None:
        self.setHtml("")

    def toPlainText(self) -> str:
        parts = []
        for block in self.blocks:
            text = block.plain_text() if hasattr(block, "plain_text") else ""
            if text:
                parts.append(text)
        return "\n".join(parts)

    def page_background(self) -> QColor:
        return QColor(self._page_colours.background)

    def tab_stops(self) -> list[QWidget]:
        """The blocks Tab stops at, in reading order (the page's start, paragraphs with links, tables)."""
        return [block for block in self.flow() if block.focusPolicy() & Qt.FocusPolicy.TabFocus]

    def flow(self) -> list[QWidget]:
        """The blocks Up and Down move through, in reading order."""
        return [block for block in self.blocks if isinstance(block, HeadingBlock | TextBlock | TableBlock | ImageBlock)]

    def scrollToAnchor(self, name: str) -> None:
        target = self.anchors.get(name)
        if target is not None and self._page is not None:
            self.verticalScrollBar().setValue(target.mapTo(self._page, QPoint(0, 0)).y())

    def follow(self, url: QUrl) -> None:
        link = module_link(url)
        if link is not None:
            self.module_link_clicked.emit(link.module_id, link.anchor or "")
        else:
            open_external(self, url)

    # -- building --------------------------------------------------------------------------------------------
    def _add(self, block: QWidget, column: QVBoxLayout) -> None:
        self.blocks.append(block)
        column.addWidget(block)

    def _build(self, items: list[Node | str], column: QVBoxLayout) -> None:
        run: list[Node | str] = []
        for item in items:
            if isinstance(item, str) or item.tag in INLINE:
                run.append(item)
                continue
            self._flush(run, column)
            run = []
            self._block(item, column)
        self._flush(run, column)

    def _flush(self, run: list[Node | str], column: QVBoxLayout, css_class: str = "", tag: str = "p",
               style: str = "") -> None:
        images = [node for item in run if isinstance(item, Node)
                  for node in ([item] if item.tag == "img" else item.find_all("img"))]
        if "".join(text_of(item) for item in run).strip():
            html = "".join(_without_images(item) for item in run)
            attribute = (f' class="{escape(css_class)}"' if css_class else "") + (
                f' style="{escape(style)}"' if style else "")
            block = TextBlock(f"<{tag}{attribute}>{html}</{tag}>", self._style, self._sizes.body)
            block.anchorClicked.connect(self.anchorClicked)
            block.cursorPositionChanged.connect(lambda block=block: self._show_caret(block))
            self._add(block, column)
        for image in images:
            self._image(image, column)

    def _block(self, node: Node, column: QVBoxLayout) -> None:
        tag = node.tag
        start = len(self.blocks)
        if re.fullmatch(r"h[1-6]", tag):
            if plain(node):  # an empty heading names nothing: no unnamed heading, no empty Tab stop
                self._add(HeadingBlock(plain(node), int(tag[1]), self._sizes, self._page_colours), column)
            for image in node.find_all("img"):
                self._image(image, column)
        elif tag == "p":
            self._flush(node.children, column, node.attrs.get("class", ""), style=node.attrs.get("style", ""))
        elif tag == "pre":
            self._flush([Node("pre", {}, node.children)], column, tag="div")
        elif self._depth >= MAX_DEPTH and tag in ("ul", "ol", "blockquote", "div"):
            self._flat(node, column)  # nested too deep to indent again: its words, one block after another
        elif tag in ("ul", "ol"):
            self._list(node, column)
        elif tag == "table":
            self._table(node, column)
        elif tag == "div" and node.classes() & {"callout", "content-warning"}:
            self._note(node, column)
        elif tag == "blockquote":
            quote = QuoteBlock(self._sizes.gap2)
            self.blocks.append(quote)
            column.addWidget(quote)
            self._inside(node.children, quote.column)
        elif tag == "hr":
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            self._add(line, column)
        elif tag == "dt":
            self._flush([Node("b", {}, node.children)], column)
        else:  # div, dl, dd, thead …: their contents, in order
            self._build(node.children, column)
        if len(self.blocks) > start:  # the element's id and named anchors inside it lead to its first block
            for anchor in [node, *node.find_all("a")]:
                for key in ("id", "name"):
                    if anchor.attrs.get(key) and not anchor.attrs.get("href"):
                        self.anchors.setdefault(anchor.attrs[key], self.blocks[start])

    def _list(self, node: Node, column: QVBoxLayout) -> None:
        ordered = node.tag == "ol"
        block = ListBlock(ordered)
        self.blocks.append(block)
        column.addWidget(block)
        number = int(node.attrs.get("start", "1") or 1) if ordered else 0
        font = _point_font(self._sizes.body)
        items = [child for child in node.elements() if child.tag == "li"]
        # room for the widest number ('10.' in a plan of ten steps or more), so it is never cut off on the left
        widest = QFontMetrics(font).horizontalAdvance(f"{number + len(items) - 1}.  ") if ordered else 0
        indent = max(self._sizes.gap2, widest)
        for item in node.children:
            if not isinstance(item, Node) or item.tag != "li":  # a list straight inside a list (<ul><ul>…), or
                self._inside([item], block.column)  # words outside any item: kept, in order
                continue
            marker = f"{number}." if ordered else "•"
            entry = ListItemBlock(marker, indent, self._page_colours, font)
            entry.setAccessibleName(plain(item))
            self.blocks.append(entry)
            block.column.addWidget(entry)
            self._inside(item.children, entry.column)
            number += 1

    def _inside(self, items: list[Node | str], column: QVBoxLayout) -> None:
        """Build ``items`` inside a list, callout or quote: one level deeper (see MAX_DEPTH)."""
        self._depth += 1
        try:
            self._build(items, column)
        finally:
            self._depth -= 1

    def _flat(self, node: Node, column: QVBoxLayout) -> None:
        """A list, callout or quote nested deeper than MAX_DEPTH: its words as a paragraph, then its pictures."""
        self._flush([plain(node)] if plain(node) else [], column)
        for image in node.find_all("img"):
            self._image(image, column)

    def _table(self, node: Node, column: QVBoxLayout) -> None:
        rows = [row for row in node.find_all("tr")]
        if not rows:
            return
        headers: list[str] = []
        if all(cell.tag == "th" for cell in rows[0].elements()):
            headers = [plain(cell) for cell in rows[0].elements()]
            rows = rows[1:]
        body = [[cell for cell in row.elements() if cell.tag in ("td", "th")] for row in rows]
        row_headers: list[str] = []
        width = max((len(row) for row in body), default=0)
        # A first column of th cells is the rows' headers (shown as the table's row header cells) when the header
        # row has nothing over it, or no cell for it: otherwise its words stay cells, so nothing is lost.
        if body and all(row and row[0].tag == "th" for row in body) and (
                len(headers) < width or (headers and not headers[0])):
            row_headers = [plain(row[0]) for row in body]
            body = [row[1:] for row in body]
            if len(headers) == width:
                headers = headers[1:]
        cells = [[(plain(cell), cell.attrs.get("align", "")) for cell in row] for row in body]
        self._add(TableBlock(headers, cells, self._sizes, self._page_colours, row_headers), column)

    def _note(self, node: Node, column: QVBoxLayout) -> None:
        warning = "content-warning" in node.classes()
        kind = next((kind for kind in CALLOUT_KINDS if f"callout-{kind}" in node.classes()), "notice")
        cell = node.find("td") or node
        if warning:
            name = tr("Content warning")
            pair = self._page_colours.warning
        else:
            title = next((child for child in cell.elements() if "callout-title" in child.classes()), None)
            name = plain(title) if title is not None else ""
            pair = getattr(self._page_colours, kind.replace("-", "_"), self._page_colours.notice)
        note = NoteBlock(name, pair, self._sizes.pad)
        self.blocks.append(note)
        column.addWidget(note)
        self._inside(cell.children, note.column)

    def _image(self, node: Node, column: QVBoxLayout) -> None:
        """A picture; one that is missing, not a file in the module's folder or cannot be read is shown as its
        description ('[Image not shown: …]'), never left out."""
        path = self._allowed_file(QUrl(node.attrs.get("src", "")))
        block = ImageBlock(path, " ".join(node.attrs.get("alt", "").split()))
        self._add(block, column)

    def _allowed_file(self, name: QUrl) -> Path | None:
        if name.isLocalFile() and self.image_folder is not None:
            try:
                path = Path(name.toLocalFile()).resolve()
                if path.is_relative_to(self.image_folder.resolve()) and path.is_file():
                    return path
            except (OSError, RuntimeError, ValueError):
                pass
        return None

    # -- pictures --------------------------------------------------------------------------------------------
    def available_width(self) -> int:
        return self.viewport().width() - 2 * MARGIN - 4

    def refit_images(self) -> None:
        """Draw the page's pictures again for the page width, text size and pixel density now."""
        dpr = self.devicePixelRatioF()
        for block in self.blocks:
            if isinstance(block, ImageBlock):
                block.draw(self.base_pt, self.available_width(), dpr)
        self._fit_page()

    def _fit_page(self) -> None:
        """Give the page the view's width again once its pictures are redrawn: a picture drawn for a wider window
        held the page wide, and the scroll area does not shrink it by itself (the text would run off the right)."""
        page = self.widget()
        if page is None:
            return
        page.layout().activate()
        width = max(self.viewport().width(), page.minimumSizeHint().width())
        height = page.heightForWidth(width) if page.hasHeightForWidth() else page.sizeHint().height()
        page.resize(width, max(self.viewport().height(), height, page.minimumSizeHint().height()))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._refit.start()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DevicePixelRatioChange:
            self._refit.start()
        return super().event(event)

    # -- reading on with Up and Down -------------------------------------------------------------------------
    def _show_caret(self, block: TextBlock) -> None:
        """Keep the caret on screen as the arrows move it through a block taller than the view."""
        if self._page is None or not block.hasFocus():
            return
        caret = block.cursorRect()
        point = block.viewport().mapTo(self._page, caret.center())
        self.ensureVisible(point.x(), point.y(), 0, caret.height() + MARGIN)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self.ensureWidgetVisible(watched, 0, MARGIN)
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier) \
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            down = event.key() == Qt.Key.Key_Down
            if isinstance(watched, QWidget) and self._at_edge(watched, down):
                return self._move(watched, down)
        return super().eventFilter(watched, event)

    @staticmethod
    def _at_edge(block: QWidget, down: bool) -> bool:
        if isinstance(block, TextBlock):
            cursor = QTextCursor(block.textCursor())
            cursor.clearSelection()
            return not cursor.movePosition(QTextCursor.MoveOperation.Down if down else QTextCursor.MoveOperation.Up)
        if isinstance(block, TableBlock):
            row = block.currentRow()
            return row >= block.rowCount() - 1 if down else row <= 0
        return True

    def _move(self, block: QWidget, down: bool) -> bool:
        flow = self.flow()
        if block not in flow:
            return False
        index = flow.index(block) + (1 if down else -1)
        if not 0 <= index < len(flow):
            return False
        target = flow[index]
        if isinstance(target, TextBlock):
            cursor = target.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.Start if down else QTextCursor.MoveOperation.End)
            target.setTextCursor(cursor)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True


def _without_images(item: Node | str) -> str:
    """The item as HTML without its pictures (they are blocks of their own)."""
    if isinstance(item, str):
        return outer_html(item)
    if item.tag == "img":
        return ""
    return outer_html(_strip_images(item))


def _strip_images(node: Node) -> Node:
    kept = [child for child in node.children if not (isinstance(child, Node) and child.tag == "img")]
    return Node(node.tag, node.attrs, [child if isinstance(child, str) else _strip_images(child) for child in kept])
