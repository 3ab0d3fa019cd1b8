"""Issuing certificates from the manager's Team pages, and a person's issued certificates (save the PDF again,
revoke with a reason).

Issuing signs the register entry (the organisation's key, opened with the manager's own keys) and then asks
where to save the PDF. Saving again rebuilds the PDF from the stored signed facts: nothing is signed then.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr, tr_noop
from ...i18n.dates import short_date
from ...profiles import NotAllowed, ProfileInfo
from ...team.certificates import CertificateError, CertificateRecord, CompletedItem, IssuedCertificate
from .. import colours, messages
from ..documents import certificate_pdf, pdf
from ..tables import setup_read_only_table
from ..widgets import buddy, heading, note, return_clicks

ISSUE_TITLE = tr_noop("Issue a certificate")
SAVE_TITLE = tr_noop("Save the certificate")
COLUMNS = (tr_noop("Verification code"), tr_noop("For"), tr_noop("Completed"), tr_noop("Issued"), tr_noop("Status"))
ITEM_COLUMNS = (tr_noop("For"), tr_noop("Completed"), tr_noop("Score"), tr_noop("CPD hours"),
                tr_noop("Certificate already issued"))


def issue_certificate(parent: QWidget | None, services, signed_in, profile: ProfileInfo) -> None:
    """Let a manager choose one of ``profile``'s completed items, issue its certificate and save the PDF."""
    try:
        items = services.certificates.completed_items(profile.id)
    except OSError as exc:
        messages.warn(parent, tr(ISSUE_TITLE), tr("The content could not be read: {error}").format(error=exc))
        return
    if not items:
        messages.inform(parent, tr(ISSUE_TITLE),
                        tr("{name} has not completed anything a certificate can be issued for yet: a module with every "
                           "section read, an assessed quiz passed, or a whole learning path.").format(
                            name=profile.display_name))
        return
    dialog = IssueCertificateDialog(services, signed_in, profile, items, parent)
    dialog.exec()


def save_certificate_pdf(parent: QWidget | None, record: CertificateRecord) -> bool:
    """Ask where to save the certificate's PDF and write it; False if cancelled or it could not be written."""
    path = pdf.ask_pdf_path(parent, tr(SAVE_TITLE), certificate_pdf.file_name(record))
    if path is None:
        return False
    try:
        certificate_pdf.write_certificate_pdf(record, path)
    except (OSError, ValueError) as exc:
        messages.warn(parent, tr(SAVE_TITLE),
                      tr("The certificate could not be saved to {path}: {error}").format(path=path, error=exc))
        return False
    return True


class IssueCertificateDialog(QDialog):
    """Choose what the certificate is for; issuing it then asks where to save the PDF."""

    def __init__(self, services, signed_in, profile: ProfileInfo, items: list[CompletedItem],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.signed_in = signed_in
        self.profile = profile
        self.issued: IssuedCertificate | None = None
        self.setWindowTitle(tr("Issue a certificate to {name}").format(name=profile.display_name))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Certificate for {name}").format(name=profile.display_name), level=2))
        self.items = setup_read_only_table(
            QTableWidget(), [tr(c) for c in ITEM_COLUMNS], tr("What the certificate is for"),
            tr("The person's completed modules, passed assessed quizzes and completed learning paths, most recent "
               "first"))
        self.completed = list(items)
        issued_for = self._already_issued()
        self.items.setRowCount(len(items))
        for row, item in enumerate(items):
            codes = issued_for.get((item.item_type, item.item_id), [])
            cells = (item.label, _day(item.completed_on), f"{item.score}%" if item.score is not None else "—",
                     item.hours, ", ".join(codes) or "—")
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.items.setItem(row, column, cell)
        _fit_columns(self.items, stretch=(0,))
        self.items.selectRow(0)
        self.items.itemDoubleClicked.connect(lambda _item: self.issue())
        layout.addWidget(buddy(tr("&What the certificate is for:"), self.items))
        layout.addWidget(self.items, 1)
        layout.addWidget(note(tr("The certificate is signed with the organisation's key and recorded in its "
                                 "register. Anyone can check its verification code; you can revoke it later.")))
        buttons = QDialogButtonBox()
        self.issue_button = buttons.addButton(tr("&Issue and save PDF…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.issue_button.setAccessibleName(tr("Issue and save PDF"))
        self.issue_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(tr("Cancel"))
        self.issue_button.clicked.connect(self.issue)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 420)

    def _already_issued(self) -> dict[tuple[str, str], list[str]]:
        try:
            records = self.services.certificates.certificates_for(self.signed_in, self.profile.id)
        except (NotAllowed, CertificateError):
            return {}
        found: dict[tuple[str, str], list[str]] = {}
        for record in records:
            if not record.revoked:
                found.setdefault((record.item_type, record.item_id), []).append(record.code)
        return found

    def chosen(self) -> CompletedItem | None:
        rows = self.items.selectionModel().selectedRows()
        return self.completed[rows[0].row()] if rows else None

    def issue(self) -> None:
        item = self.chosen()
        if item is None:
            messages.warn(self, tr(ISSUE_TITLE), tr("Choose what the certificate is for."))
            return
        try:
            issued = self.services.certificates.issue(self.signed_in, self.profile.id, item.item_type, item.item_id)
        except (CertificateError, NotAllowed, LookupError) as exc:
            messages.warn(self, tr(ISSUE_TITLE), str(exc))
            return
        self.issued = issued
        if issued.notice:
            messages.inform(self, tr(ISSUE_TITLE), issued.notice)
        saved = save_certificate_pdf(self, issued)
        text = tr("Certificate issued to {name} for {what}.\n\nVerification code: {code}").format(
            name=self.profile.display_name, what=item.label, code=issued.code)
        if not saved:
            text += "\n\n" + tr("The PDF was not saved: save it any time from the person's certificates (Save PDF…).")
        messages.inform(self, tr(ISSUE_TITLE), text)
        self.accept()


def ask_revoke_reason(parent: QWidget | None, record: CertificateRecord) -> str | None:
    """Ask why the certificate is revoked; None if cancelled. Tests replace this function."""
    text, accepted = QInputDialog.getText(
        parent, tr("Revoke the certificate"),
        tr("Why is the certificate {code} ({title}) revoked?\n"
           "The reason is shown to anyone who checks the code.").format(code=record.code, title=record.title),
        QLineEdit.EchoMode.Normal)
    return text if accepted else None


class CertificatesList(QWidget):
    """A person's issued certificates: save the PDF again, and (managers) revoke one with a reason."""

    changed = Signal()

    def __init__(self, services, signed_in, profile_id: int | None = None, parent: QWidget | None = None, *,
                 title: str | None = None, empty_text: str | None = None) -> None:
        super().__init__(parent)
        title = tr("Certificates issued") if title is None else title
        empty_text = tr("No certificates have been issued to this person.") if empty_text is None else empty_text
        self.services = services
        self.signed_in = signed_in
        self.profile_id = profile_id
        self.records: list[CertificateRecord] = []
        self.empty_text = empty_text
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = heading(title, level=2)
        layout.addWidget(self.title)
        self.table = setup_read_only_table(QTableWidget(), [tr(c) for c in COLUMNS], title,
                                           tr("Each certificate's verification code, what it is for, dates and status"))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.save_pdf())
        layout.addWidget(self.table, 1)
        self.empty = note(empty_text)
        layout.addWidget(self.empty)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(tr("&Save PDF…"))
        self.save_button.setAccessibleName(tr("Save certificate PDF"))
        self.save_button.setAccessibleDescription(tr("Save the chosen certificate as a PDF again"))
        self.save_button.clicked.connect(self.save_pdf)
        # Made with its parent: setVisible(True) on a button with none shows it as a window of its own for a moment,
        # which takes the focus from the main window (Today's 'Open the team's training' left focus on nothing).
        self.revoke_button = QPushButton(tr("&Revoke…"), self)
        self.revoke_button.setAccessibleName(tr("Revoke certificate"))
        self.revoke_button.setAccessibleDescription(tr("Revoke the chosen certificate, giving a reason"))
        self.revoke_button.clicked.connect(self.revoke)
        self.revoke_button.setVisible(self._is_manager())
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        return_clicks(self.save_button, self.revoke_button)
        layout.addLayout(buttons)
        self.setTabOrder(self.table, self.save_button)
        self.setTabOrder(self.save_button, self.revoke_button)
        self.refresh()

    def _is_manager(self) -> bool:
        return self.signed_in is not None and getattr(self.signed_in, "is_manager", False)

    def show_person(self, profile_id: int) -> None:
        self.profile_id = profile_id
        self.refresh()

    def _viewer(self):
        return self.signed_in

    def refresh(self) -> None:
        self.records = []
        if self.profile_id is not None and self._viewer() is not None:
            try:
                self.records = self.services.certificates.certificates_for(self._viewer(), self.profile_id)
            except NotAllowed:
                self.records = []
        self.table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            cells = (record.code, record.what, _date_text(record.facts.get("completed_on")),
                     _day(record.issued_at), _status(record))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if column == 4 and not record.intact:
                    cell.setForeground(colours.accent("bad", *colours.base_colours()))
                self.table.setItem(row, column, cell)
        _fit_columns(self.table, stretch=(1, 4))
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(self.records))
        self.empty.setVisible(not self.records)
        if self.records:
            self.table.selectRow(0)
        self._update_buttons()

    def current(self) -> CertificateRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.records[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        record = self.current()
        self.save_button.setEnabled(record is not None and record.intact)
        self.revoke_button.setEnabled(record is not None and not record.revoked)

    def save_pdf(self) -> None:
        record = self.current()
        if record is None:
            return
        if not record.intact:
            messages.warn(self, tr(SAVE_TITLE), tr("The register entry for {code} has been altered since it was "
                                                   "signed, so no certificate can be made from it.").format(
                                                       code=record.code))
            return
        if record.revoked and not messages.confirm(
                self, tr(SAVE_TITLE), tr("The certificate {code} was revoked: anyone who checks its code is told so. "
                                         "Save its PDF anyway?").format(code=record.code)):
            return
        save_certificate_pdf(self, record)

    def revoke(self) -> None:
        record = self.current()
        if record is None or not self._is_manager():
            return
        reason = ask_revoke_reason(self, record)
        if reason is None:
            return
        try:
            self.services.certificates.revoke(self.signed_in, record.code, reason)
        except (CertificateError, NotAllowed) as exc:
            messages.warn(self, tr("Revoke the certificate"), str(exc))
            return
        self.refresh()
        self.changed.emit()


def _day(value: date | datetime) -> str:
    if isinstance(value, datetime):
        value = value.astimezone().date()
    return short_date(value)


def _date_text(iso) -> str:
    try:
        return _day(date.fromisoformat(str(iso)))
    except ValueError:
        return str(iso or "")


def _fit_columns(table: QTableWidget, stretch: tuple[int, ...]) -> None:
    """Every column as wide as its text, except those in ``stretch``, which share the room left (their text
    wrapped or elided, in full in the tooltip)."""
    table.setWordWrap(True)
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        mode = QHeaderView.ResizeMode.Stretch if column in stretch else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, mode)


def _status(record: CertificateRecord) -> str:
    if not record.intact:
        return tr("Register entry altered: not valid")
    if record.revoked:
        return tr("Revoked {date}: {reason}").format(date=_day(record.revoked_at), reason=record.revoke_reason)
    return tr("Valid")
