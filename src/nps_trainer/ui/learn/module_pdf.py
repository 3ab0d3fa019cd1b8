"""A whole learning module as an A4 PDF, through the app's one PDF path (:func:`..documents.pdf.write_pdf`).

Everything the reader can show goes in, in order: title, summary and objectives, every section (a section
behind a content warning too, with its warning printed before it: the reader chose to print the whole module),
the diagrams with their captions, the sources, version and review date, and the note that this is training,
not clinical advice. Every page's foot says which module, which version, when it was printed and 'Page n of m'.

Diagrams stay vector: each SVG from the module's own folder (one that passes the content check) is handed to
``write_pdf`` as ``<img src="svg:NAME">`` and drawn by QSvgRenderer straight onto the PDF page, so it is as sharp
as the text at any zoom or printer resolution and its labels can be searched and read back.
"""

from __future__ import annotations

import datetime as dt
import html as html_lib
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QWidget

from ...content import Catalogue, Module, render_module
from ...content.render import british_date
from ...content.sanitise import local_image
from ...content.svg_check import is_svg
from ...i18n import tr, tr_noop
from .. import messages
from ..documents import pdf
from ..documents.pdf import CSS_PIXELS_PER_INCH, MARGIN_MM, PageMarks
from .svg_images import natural_size

#: Body text size of a printed module, in points (the reader's own text size is for the screen).
PRINT_BASE_PT = 11.0
#: A diagram is printed at its natural size (CSS pixels, 1/96 inch), but never wider than this: the A4 text
#: column less a little air (210 mm less both margins is about 657 px).
PRINT_MAX_WIDTH_PX = round((210 - 2 * MARGIN_MM) / 25.4 * CSS_PIXELS_PER_INCH) - 17
#: ... nor taller than this (about 17 cm), so that a tall flow chart is not pushed to a page of its own, leaving
#: most of the page before it empty; its smallest labels still print at about 9 pt.
PRINT_MAX_HEIGHT_PX = 640
TRAINING_NOTE = tr_noop("This is training, not clinical advice. In an emergency call 999. For clinical questions "
                        "contact your local drug service.")
NOT_REVIEWED = tr_noop("This translation has not yet been reviewed by a Welsh speaker.")

_IMG_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_SRC = re.compile(r"""\ssrc=(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_ALT = re.compile(r"""\salt=(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_LONE_DIAGRAM = re.compile(r'<p>\s*(<img src="svg:[^"]*" width="\d+" height="\d+">)\s*</p>')
_MODULE_LINK = re.compile(r"""<a\b[^>]*\shref=["']nps-module://[^"']*["'][^>]*>(.*?)</a>""",
                          re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class PrintableModule:
    """What :func:`..documents.pdf.write_pdf` needs for one module: its HTML, the diagrams it names, the page
    marks, the document title, facts for the PDF's metadata and a file name to offer."""

    html: str
    svgs: dict[str, bytes]
    marks: PageMarks
    title: str
    metadata: dict[str, str]
    file_name: str


def save_module_pdf(parent: QWidget | None, module: Module, catalogue: Catalogue | None = None) -> Path | None:
    """Ask where (starting in the documents folder), then write the whole module there as an A4 PDF. The path
    written, or None if the user cancelled or it could not be written (which the user is told)."""
    title = tr("Print or save this module as a PDF")
    printable = printable_module(module, catalogue)
    path = pdf.ask_pdf_path(parent, title, printable.file_name)
    if path is None:
        return None
    try:
        pdf.write_pdf(printable.html, path, printable.title, svgs=printable.svgs, marks=printable.marks,
                      metadata=printable.metadata)
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        messages.warn(parent, title, tr("The PDF could not be saved to {path}: {reason}").format(path=path,
                                                                                                  reason=reason))
        return None
    messages.inform(parent, title, tr("'{module}' was saved to {path}. Open it to read or print it.").format(
        module=module.title, path=path))
    return path


def footer_text(module: Module, printed: dt.date) -> str:
    return tr("{module} · version {version} · printed {date}").format(module=module.title, version=module.version,
                                                                       date=british_date(printed))


def printable_module(module: Module, catalogue: Catalogue | None = None,
                     printed: dt.date | None = None) -> PrintableModule:
    """The whole of ``module`` ready to write as a PDF (``printed``: the date on every page; today if None)."""
    printed = printed or dt.date.today()
    html = render_module(module, PRINT_BASE_PT, catalogue)
    html, svgs = _vector_diagrams(html, module.image_folder)
    html = _MODULE_LINK.sub(r"\1", html)  # a PDF cannot open another module: keep the words, drop the link
    if module.unreviewed_translation:  # as the reader says above the text, so does the paper copy
        unreviewed = f'<p class="notice"><b>{html_lib.escape(tr(NOT_REVIEWED))}</b></p>'
        html = html.replace("</h1>", f"</h1>\n{unreviewed}", 1) if "</h1>" in html else unreviewed + html
    printed_from = tr("Printed from NPS Trainer on {printed}: version {version} of this module, content last "
                      "reviewed on {reviewed}.").format(printed=british_date(printed), version=module.version,
                                                        reviewed=british_date(module.reviewed))
    note = f'<hr><p class="small">{html_lib.escape(tr(TRAINING_NOTE))} {html_lib.escape(printed_from)}</p>'
    html = html.replace("</body>", f"{note}\n</body>", 1) if "</body>" in html else html + note
    metadata = {"module": module.id, "version": module.version, "printed": printed.isoformat()}
    return PrintableModule(html, svgs, PageMarks(footer=footer_text(module, printed)), module.title, metadata,
                           f"{module.id}-v{module.version}-{printed.isoformat()}.pdf")


def diagram_print_size(natural_width: float, natural_height: float) -> tuple[int, int]:
    """Printed size of a diagram in CSS pixels: its natural size, shrunk (keeping its shape) to fit the column
    and the page."""
    scale = min(1.0, PRINT_MAX_WIDTH_PX / natural_width, PRINT_MAX_HEIGHT_PX / natural_height)
    return max(1, round(natural_width * scale)), max(1, round(natural_height * scale))


def _vector_diagrams(html: str, folder: Path) -> tuple[str, dict[str, bytes]]:
    """Each ``<img>`` of an SVG inside ``folder`` becomes ``<img src="svg:NAME" width height>`` with the SVG's
    bytes under NAME; an SVG that cannot be drawn is named in words instead. Other images are left alone (they
    are already limited to files in the module's folder)."""
    svgs: dict[str, bytes] = {}
    names: dict[Path, str] = {}

    def replace(match: re.Match[str]) -> str:
        tag = match.group()
        src = _attribute(_SRC, tag)
        path_uri = local_image(src, folder) if src else None
        if path_uri is None:
            return tag
        path = Path(_uri_path(path_uri))
        if not is_svg(path):
            return tag
        size = natural_size(path)
        if size is None:
            alt = _attribute(_ALT, tag) or tr("a diagram")
            missing = tr("[Diagram not shown: {description}]").format(description=alt)
            return f'<span class="image-missing">{html_lib.escape(missing)}</span>'
        if path not in names:
            names[path] = f"diagram-{len(names) + 1}"
            svgs[names[path]] = path.read_bytes()
        width, height = diagram_print_size(size.width(), size.height())
        return f'<img src="svg:{names[path]}" width="{width}" height="{height}">'

    html = _IMG_TAG.sub(replace, html)
    return _LONE_DIAGRAM.sub(r'<p align="center">\1</p>', html), svgs


def _attribute(pattern: re.Pattern[str], tag: str) -> str:
    found = pattern.search(tag)
    return html_lib.unescape(found.group(1) or found.group(2) or "") if found else ""


def _uri_path(uri: str) -> str:
    from PySide6.QtCore import QUrl

    return QUrl(uri).toLocalFile()
