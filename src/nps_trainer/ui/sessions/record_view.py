"""A joint session's record, read-only: what it was, when, where, who led it, the register for both
organisations, the topics with their times, the group's answers and any amendments (the same text as the
record's PDF); Save PDF… and Save CSV… write it out."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ...i18n.dates import long_date
from .. import messages
from ..learn.structured_view import StructuredView
from ..widgets import ask_csv_path

if TYPE_CHECKING:
    from ...services import Services
    from ...sessions.record import SessionRecord


def save_pdf(parent: QWidget | None, record: SessionRecord) -> Path | None:
    """Ask where, then write the record's PDF; the path written (None if cancelled or it failed, said why)."""
    from ..documents import pdf
    from ..documents.session_pdf import file_stem, write_session_pdf

    path = pdf.ask_pdf_path(parent, tr("Save the session record as PDF"), f"{file_stem(record)}.pdf")
    if path is None:
        return None
    try:
        write_session_pdf(record, path)
    except OSError as error:
        messages.warn(parent, tr("PDF not saved"), tr("NPS Trainer could not write {path}: {reason}.").format(
            path=path, reason=error.strerror or error))
        return None
    return path


def save_csv(parent: QWidget | None, record: SessionRecord) -> Path | None:
    """Ask where, then write the record's CSV (one row per attendee); the path written, or None."""
    from ...sessions.export import write_session_csv
    from ..documents.session_pdf import file_stem

    path = ask_csv_path(parent, tr("Save the register as CSV"), f"{file_stem(record)}.csv")
    if path is None:
        return None
    try:
        write_session_csv(record, path)
    except OSError as error:
        messages.warn(parent, tr("CSV not saved"), tr("NPS Trainer could not write {path}: {reason}.").format(
            path=path, reason=error.strerror or error))
        return None
    return path


class RecordView(QDialog):
    """The record of session ``session_id`` (read afresh from the database), read-only."""

    def __init__(self, services: Services, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ..documents.session_pdf import session_html

        self.services = services
        self.record = services.joint_sessions.get(session_id)
        record = self.record
        self.setWindowTitle(tr("Joint session record – {title}, {date}").format(
            title=record.title, date=long_date(record.held_on)))
        layout = QVBoxLayout(self)
        # Native widgets, so a screen reader gets the record's headings, lists and tables (the register) with their
        # header cells (issue 13); the record has no links.
        self.text = StructuredView(follow_links=False)
        self.text.setObjectName("sessionRecord")
        self.text.setAccessibleName(tr("The session's record"))
        self.text.setAccessibleDescription(tr("Read-only: a finished session is corrected with Amend… in Joint "
                                              "sessions"))
        self.text.setHtml(session_html(record))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox()
        self.pdf_button = buttons.addButton(tr("Save &PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button.setAccessibleName(tr("Save the record as a PDF: an attendance sheet for both organisations"))
        self.csv_button = buttons.addButton(tr("Save &CSV…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.csv_button.setAccessibleName(tr("Save the register as a CSV file, one row per attendee"))
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(tr("Close the record"))
        self.pdf_button.clicked.connect(lambda: save_pdf(self, self.record))
        self.csv_button.clicked.connect(lambda: save_csv(self, self.record))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(860, 720)
        self.text.setFocus()

    def shown_text(self) -> str:
        return self.text.toPlainText()
