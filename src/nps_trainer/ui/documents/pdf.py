"""The one PDF path: HTML laid out by QTextDocument on A4 pages and written with Qt's own QPdfWriter.

Summaries, reports and certificates all come through :func:`write_pdf`. Drawings (charts, QR codes) are given
as SVG and stay vector in the PDF: the HTML names them with ``<img src="svg:NAME" width="W" height="H">`` and
they are painted with QSvgRenderer through a text object handler, so their text can be selected and read back.
Sizes are CSS pixels (1/96 inch), as for any image in the HTML.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree
from xml.sax.saxutils import escape

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QObject, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from ...i18n import tr
from ...private_files import private_file

MARGIN_MM = 18
RESOLUTION_DPI = 300
CSS_PIXELS_PER_INCH = 96
SVG_SOURCE_PREFIX = "svg:"
SVG_OBJECT_TYPE = QTextFormat.ObjectTypes.UserObject.value + 1
SVG_NAME_PROPERTY = QTextFormat.Property.UserProperty.value + 1
SVG_SIZE_PROPERTY = QTextFormat.Property.UserProperty.value + 2
CREATOR = "NPS Trainer"
#: The XMP namespace of the facts given as ``metadata`` (read back with ``pdfinfo -meta``).
METADATA_NAMESPACE = "urn:nps-trainer:document-facts:1.0/"
METADATA_PREFIX = "npst"
_METADATA_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*\Z")

_application: QGuiApplication | None = None


@dataclass(frozen=True)
class PageMarks:
    """What goes on every page of a document, outside its body, so that a page separated from the rest still says
    what it is: a protective marking (such as OFFICIAL-SENSITIVE) centred at the top and the foot, a line of facts
    (a case reference, who made it, the date; on two lines if it is too wide, see :func:`fact_lines`) under the top
    marking, and 'Page n of m' at the foot, with ``footer`` (such as a title, version and date) at the foot's
    left, shortened with '…' if it would reach the page number."""

    marking: str = ""
    facts: str = ""
    footer: str = ""


MARKS_POINT_SIZE = 8.5


PAGE_SIZES = {"A4": (QPageSize.PageSizeId.A4, MARGIN_MM), "A6": (QPageSize.PageSizeId.A6, 7)}


def write_pdf(html: str, path: Path, title: str, *, svgs: Mapping[str, bytes] | None = None,
              metadata: Mapping[str, str] | None = None, marks: PageMarks | None = None,
              page_size: str = "A4") -> None:
    """Write ``html`` to ``path`` as an A4 PDF whose text can be selected and read back.

    ``svgs`` maps the names used in ``<img src="svg:NAME">`` to SVG documents; ``metadata`` maps XML names to
    text stored in the PDF's XMP metadata (namespace :data:`METADATA_NAMESPACE`); ``marks`` puts a marking, a line
    of facts and the page number on every page; ``page_size`` is "A4" or "A6" (a pocket card). Bad input (an SVG
    named but not given or not readable, a key that is not an XML name) raises ValueError before anything is
    written.

    The PDF holds personal data: it is written owner-only beside the target and then moved into place, so a
    failure never leaves half a document (or replaces an earlier one with it)."""
    xmp = xmp_packet(title, metadata) if metadata else None
    renderers = _renderers(svgs or {})
    partial = private_file(path.with_name(f".{path.name}.partial"))
    try:
        _write(html, partial, title, renderers, xmp, marks, page_size)
        if partial.stat().st_size == 0:
            raise OSError(tr("Nothing could be written to {path}.").format(path=path))
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new one for command line use (writing a PDF needs one).

    Without a display (no X11 or Wayland on Linux, such as over SSH or in a scheduled job) Qt's offscreen
    platform is used, unless QT_QPA_PLATFORM already names one. The new application is a QApplication (a
    QGuiApplication that also allows widgets): a process can have only one, and one that ran a command first
    (a test, a script calling ``main``) may show windows afterwards."""
    global _application
    existing = QGuiApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    if _no_display() and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _application = QApplication([sys.argv[0] if sys.argv else "nps-trainer"])
    return _application


def ask_pdf_path(parent: QWidget | None, title: str, file_name: str) -> Path | None:
    """Ask where to save a PDF; None if cancelled. Tests replace this function."""
    from ..widgets import documents_folder

    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(documents_folder() / file_name), tr("PDF files (*.pdf)"))
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def xmp_packet(title: str, metadata: Mapping[str, str]) -> str:
    """An XMP packet with the title, the creator and each of ``metadata`` as ``npst:KEY``."""
    for key in metadata:
        if not _METADATA_KEY.match(key):
            raise ValueError(f"PDF metadata key {key!r} is not an XML name (letters, digits, '_', '-', '.').")
    created = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    facts = "".join(f"   <{METADATA_PREFIX}:{key}>{escape(str(value))}</{METADATA_PREFIX}:{key}>\n"
                    for key, value in metadata.items())
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '  <rdf:Description rdf:about=""\n'
        '    xmlns:dc="http://purl.org/dc/elements/1.1/"\n'
        '    xmlns:xmp="http://ns.adobe.com/xap/1.0/"\n'
        f'    xmlns:{METADATA_PREFIX}="{METADATA_NAMESPACE}">\n'
        f'   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt></dc:title>\n'
        f"   <xmp:CreatorTool>{CREATOR}</xmp:CreatorTool>\n"
        f"   <xmp:CreateDate>{created}</xmp:CreateDate>\n"
        f"{facts}"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    )


def metadata_from_xmp(xmp: str) -> dict[str, str]:
    """The facts :func:`xmp_packet` stored, read back from XMP text (such as ``pdfinfo -meta`` prints)."""
    start = xmp.find("<x:xmpmeta")
    end = xmp.find("</x:xmpmeta>")
    if start < 0 or end < 0:
        return {}
    root = ElementTree.fromstring(xmp[start:end + len("</x:xmpmeta>")])
    prefix = "{" + METADATA_NAMESPACE + "}"
    return {element.tag[len(prefix):]: element.text or "" for element in root.iter()
            if element.tag.startswith(prefix)}


class _SvgObject(QPyTextObject):
    """Paints an ``svg:NAME`` placeholder with its QSvgRenderer, as vectors on whatever device is painted."""

    def __init__(self, renderers: Mapping[str, QSvgRenderer], parent: QObject) -> None:
        super().__init__(parent)
        self._renderers = renderers

    def intrinsicSize(self, doc: QTextDocument, _position: int, text_format: QTextFormat) -> QSizeF:
        size = text_format.property(SVG_SIZE_PROPERTY)
        device = doc.documentLayout().paintDevice()
        scale = device.logicalDpiX() / CSS_PIXELS_PER_INCH if device is not None else 1.0
        return QSizeF(size.width() * scale, size.height() * scale)

    def drawObject(self, painter: QPainter, rect: QRectF, _doc: QTextDocument, _position: int,
                   text_format: QTextFormat) -> None:
        self._renderers[text_format.property(SVG_NAME_PROPERTY)].render(painter, rect)


def _renderers(svgs: Mapping[str, bytes]) -> dict[str, QSvgRenderer]:
    renderers = {}
    for name, svg in svgs.items():
        renderer = QSvgRenderer(QByteArray(bytes(svg)))
        if not renderer.isValid():
            raise ValueError(f"The drawing '{name}' is not a readable SVG document.")
        renderers[name] = renderer
    return renderers


def page_count(html: str, *, svgs: Mapping[str, bytes] | None = None, page_size: str = "A4") -> int:
    """How many pages :func:`write_pdf` would make of ``html`` (laid out exactly as it would be; nothing is
    written), so a one-page document can be made to fit."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, "", page_size)
    document = _document(writer, html, _renderers(svgs or {}))
    return document.pageCount()


def _writer(target: str | QBuffer, title: str, page_size: str = "A4") -> QPdfWriter:
    writer = QPdfWriter(target)
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(title)
    writer.setCreator(CREATOR)
    size, margin = PAGE_SIZES[page_size]
    writer.setPageLayout(QPageLayout(QPageSize(size), QPageLayout.Orientation.Portrait,
                                     QMarginsF(margin, margin, margin, margin), QPageLayout.Unit.Millimeter))
    return writer


def _document(writer: QPdfWriter, html: str, renderers: Mapping[str, QSvgRenderer]) -> QTextDocument:
    document = QTextDocument()
    # Lay the text out on the PDF's own page (fonts measured at its resolution), so it fills the printable
    # width instead of a screen-sized column scaled onto the page.
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(_plain_font(document.defaultFont()))
    document.setHtml(html)
    handler = _SvgObject(renderers, document)
    document.documentLayout().registerHandler(SVG_OBJECT_TYPE, handler)
    _replace_svg_images(document, renderers)
    document.setPageSize(QSizeF(writer.pageLayout().paintRectPixels(writer.resolution()).size()))
    return document


def _write(html: str, path: Path, title: str, renderers: Mapping[str, QSvgRenderer], xmp: str | None,
           marks: PageMarks | None = None, page_size: str = "A4") -> None:
    writer = _writer(str(path), title, page_size)
    if xmp is not None:
        writer.setDocumentXmpMetadata(QByteArray(xmp.encode("utf-8")))
    document = _document(writer, html, renderers)
    if marks is None:
        document.print_(writer)
    else:
        _print_with_marks(document, writer, marks)


def _print_with_marks(document: QTextDocument, writer: QPdfWriter, marks: PageMarks) -> None:
    """Lay the body out on pages shortened by the marks' bands, then paint each page: its slice of the body, the
    marking and facts above it, the marking and 'Page n of m' below it."""
    font = _plain_font(QFont(document.defaultFont()))
    font.setPointSizeF(MARKS_POINT_SIZE)
    line = QFontMetricsF(font, writer).lineSpacing()
    gap = line * 0.8
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    facts = fact_lines(marks.facts, QFontMetricsF(font, writer), page.width())
    top_lines = int(bool(marks.marking)) + len(facts)
    top = top_lines * line + (gap if top_lines else 0)
    bottom = line + gap
    body = QSizeF(page.width(), page.height() - top - bottom)
    document.setPageSize(body)
    _keep_lines_on_one_page(document, body.height())
    pages = document.pageCount()
    painter = QPainter(writer)
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            painter.save()
            painter.translate(0, top - index * body.height())
            document.drawContents(painter, QRectF(0, index * body.height(), body.width(), body.height()))
            painter.restore()
            painter.setFont(font)
            centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            y = 0.0
            if marks.marking:
                painter.drawText(QRectF(0, y, page.width(), line), centre, marks.marking)
                y += line
            for text in facts:
                painter.drawText(QRectF(0, y, page.width(), line), centre, text)
                y += line
            foot = page.height() - line
            if marks.marking:
                painter.drawText(QRectF(0, foot, page.width(), line), Qt.AlignmentFlag.AlignHCenter, marks.marking)
            number = tr("Page {page} of {pages}").format(page=index + 1, pages=pages)
            painter.drawText(QRectF(0, foot, page.width(), line), Qt.AlignmentFlag.AlignRight, number)
            if marks.footer:
                metrics = QFontMetricsF(font, writer)
                room = page.width() - metrics.horizontalAdvance(number) - 2 * metrics.averageCharWidth()
                text = metrics.elidedText(marks.footer, Qt.TextElideMode.ElideRight, room)
                painter.drawText(QRectF(0, foot, room, line), Qt.AlignmentFlag.AlignLeft, text)
    finally:
        painter.end()


FACTS_SEPARATOR = " · "
MAX_FACT_LINES = 2


def fact_lines(facts: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """The line of facts as drawn: one line if it fits ``width``, else broken between facts (at
    :data:`FACTS_SEPARATOR`), or between words within a fact too long for a line, onto at most
    :data:`MAX_FACT_LINES` lines; only what would not fit even then is shortened with '…' at the end of the
    last line. The first fact (a case reference) is never shortened while it fits on a line by itself."""
    if not facts:
        return []
    if metrics.horizontalAdvance(facts) <= width:
        return [facts]
    pieces: list[tuple[str, str]] = []  # (text, what joins it to the piece before): facts, or words of a long one
    for fact in facts.split(FACTS_SEPARATOR):
        if metrics.horizontalAdvance(fact) <= width:
            pieces.append((fact, FACTS_SEPARATOR))
            continue
        current, joiner = "", FACTS_SEPARATOR
        for word in fact.split(" "):
            joined = f"{current} {word}" if current else word
            if current and metrics.horizontalAdvance(joined) > width:
                pieces.append((current, joiner))
                current, joiner = word, " "
            else:
                current = joined
        pieces.append((current, joiner))
    lines: list[str] = []
    for text, joiner in pieces:
        if lines and (len(lines) == MAX_FACT_LINES or metrics.horizontalAdvance(lines[-1] + joiner + text) <= width):
            lines[-1] += joiner + text
        else:
            lines.append(text)
    return [_elided(text, metrics, width) for text in lines]


def _elided(text: str, metrics: QFontMetricsF, width: float) -> str:
    """``text`` shortened with '…' at the end to fit ``width`` (Qt's elision can overshoot by a fraction)."""
    room = width
    result = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
    while metrics.horizontalAdvance(result) > width and room > 0:
        room -= metrics.averageCharWidth() / 4
        result = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
    return result


def _keep_lines_on_one_page(document: QTextDocument, page_height: float) -> None:
    """Move a table row with a paragraph that would be split across two pages to the next page, by padding the
    top of its cells.

    A paragraph in a table cell is painted whole on each page it touches and only clipped, so its lines from the
    page before would stay in the text layer, hidden under the next page's marks, and be read back with them.
    (Paragraphs outside tables are painted line by line, so they need nothing.)"""
    for _ in range(1000):  # each pass moves one row; a long document has a few per page
        layout = document.documentLayout()
        layout.documentSize()  # lays the whole document out (lines are laid out lazily)
        block = document.begin()
        while block.isValid():
            lines = block.layout()
            table = QTextCursor(block).currentTable()
            if table is not None and lines is not None and lines.lineCount() > 1:
                rect = layout.blockBoundingRect(block)
                top = rect.top() + lines.lineAt(0).y()
                last = lines.lineAt(lines.lineCount() - 1)
                bottom = rect.top() + last.y() + last.height()
                page = int(top // page_height)
                if bottom - top < page_height and page != int((bottom - 1) // page_height):
                    # just enough for its first line to cross the page's foot: the layout then starts it on the next
                    _pad_row(table, QTextCursor(block), (page + 1) * page_height - (top + lines.lineAt(0).height()) + 1)
                    break
            block = block.next()
        else:
            return


def _pad_row(table: QTextTable, cursor: QTextCursor, by: float) -> None:
    """Add ``by`` to the top padding of every cell in the row at ``cursor``."""
    row = table.cellAt(cursor).row()
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        fmt = cell.format().toTableCellFormat()
        own = fmt.hasProperty(QTextFormat.Property.TableCellTopPadding)
        fmt.setTopPadding((fmt.topPadding() if own else table.format().cellPadding()) + by)
        cell.setFormat(fmt)


def _replace_svg_images(document: QTextDocument, renderers: Mapping[str, QSvgRenderer]) -> None:
    """Turn each ``<img src="svg:NAME">`` into an SVG text object of the size the HTML gave (or the SVG's own)."""
    placeholders: list[tuple[int, QTextCharFormat]] = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            image = fragment.charFormat().toImageFormat()
            if fragment.charFormat().isImageFormat() and image.name().startswith(SVG_SOURCE_PREFIX):
                name = image.name()[len(SVG_SOURCE_PREFIX):]
                if name not in renderers:
                    raise ValueError(f"The document names a drawing '{name}' that was not given.")
                default = renderers[name].defaultSize()
                width = image.width() if image.width() > 0 else default.width()
                height = image.height() if image.height() > 0 else default.height()
                replacement = QTextCharFormat()
                replacement.setObjectType(SVG_OBJECT_TYPE)
                replacement.setProperty(SVG_NAME_PROPERTY, name)
                replacement.setProperty(SVG_SIZE_PROPERTY, QSizeF(width, height))
                replacement.setVerticalAlignment(image.verticalAlignment())
                placeholders.extend((fragment.position() + offset, replacement) for offset in range(fragment.length()))
            fragments += 1
        block = block.next()
    cursor = QTextCursor(document)
    for position, replacement in placeholders:
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(replacement)


def _no_display() -> bool:
    if not sys.platform.startswith("linux") and "bsd" not in sys.platform:
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _plain_font(font: QFont) -> QFont:
    """No ligatures, so that 'fi' and 'fl' read back from the PDF as two letters (search, screen readers)."""
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font
