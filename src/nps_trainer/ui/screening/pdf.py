"""Summaries to PDF with Qt's own writer: the Jinja2 HTML laid out by QTextDocument on A4 pages."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, QStandardPaths
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QFileDialog, QWidget

from ...private_files import private_file

MARGIN_MM = 18
RESOLUTION_DPI = 300


def write_pdf(html: str, path: Path, title: str) -> None:
    """Write ``html`` to ``path`` as an A4 PDF whose text can be selected and read back.

    The PDF holds personal data: it is written owner-only beside the target and then moved into place, so a
    failure never leaves half a summary (or replaces an earlier one with it)."""
    partial = private_file(path.with_name(f".{path.name}.partial"))
    try:
        _write(html, partial, title)
        if partial.stat().st_size == 0:
            raise OSError(f"Nothing could be written to {path}.")
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _write(html: str, path: Path, title: str) -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(title)
    writer.setCreator("NPS Trainer")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    # Lay the text out on the PDF's own page (fonts measured at its resolution), so it fills the printable
    # width instead of a screen-sized column scaled onto the page.
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(_plain_font(document.defaultFont()))
    document.setHtml(html)
    document.setPageSize(QSizeF(writer.pageLayout().paintRectPixels(writer.resolution()).size()))
    document.print_(writer)


def ask_pdf_path(parent: QWidget | None, title: str, file_name: str) -> Path | None:
    """Ask where to save a PDF; None if cancelled. Tests replace this function."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / file_name), "PDF files (*.pdf)")
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def _plain_font(font: QFont) -> QFont:
    """No ligatures, so that 'fi' and 'fl' read back from the PDF as two letters (search, screen readers)."""
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font
