"""Team → Learning records: the outbox for the organisation's LRS (waiting, sent, rejected with reasons, last
error), Send now (on a background thread: the window never waits on the network), Export…, Import a
statements file… from another device, and linking the people in imported files to people here."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ...i18n.dates import short_date, short_date_time
from .. import messages
from ..lrs_status import current_config, outbox_of
from ..tables import setup_read_only_table
from ..widgets import FlowLayout, buddy, documents_folder, heading, note, return_clicks


def ask_save_path(parent: QWidget | None, title: str, file_name: str) -> Path | None:
    """Where to save the statements file; None if cancelled. Tests replace this function."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(documents_folder() / file_name),
                                            tr("Statements (*.json)"))
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".json" else path.with_suffix(".json")


def ask_open_path(parent: QWidget | None, title: str) -> Path | None:
    """Which statements file to import; None if cancelled. Tests replace this function."""
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(documents_folder()),
                                            tr("Statements (*.json);;All files (*)"))
    return Path(chosen) if chosen else None


def _when(value) -> str:
    if not value:
        return tr("never")
    moment = value.astimezone()
    return short_date_time(moment)


class LearningRecordsPage(QWidget):
    def __init__(self, services, signed_in, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.signed_in = signed_in
        self.outbox = outbox_of(services)
        self._sending: threading.Thread | None = None
        self._send_result = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note(tr("Every module, quiz, refresher and joint session completed here becomes a learning "
                                 "record for the organisation's learning record store (LRS). Records wait here until "
                                 "they can be sent; a laptop that is never online can send them by file.")))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(tr("Learning records summary"))
        layout.addWidget(self.summary)

        buttons = FlowLayout()  # onto more lines when narrow (200% text, Welsh)
        self.send_button = QPushButton(tr("&Send now"))
        self.send_button.setAccessibleName(tr("Send waiting learning records now"))
        self.send_button.clicked.connect(self.send_now)
        self.export_button = QPushButton(tr("&Export…"))
        self.export_button.setAccessibleName(tr("Export every learning record to a statements file"))
        self.export_button.clicked.connect(self.export)
        self.import_button = QPushButton(tr("&Import a statements file…"))
        self.import_button.setAccessibleName(tr("Import a statements file made on another device"))
        self.import_button.clicked.connect(self.import_file)
        self.retry_button = QPushButton(tr("Send &refused again"))
        self.retry_button.setAccessibleName(tr("Send the learning records the LRS refused again"))
        self.retry_button.clicked.connect(self.send_rejected_again)
        for button in (self.send_button, self.export_button, self.import_button, self.retry_button):
            buttons.addWidget(button)
        return_clicks(self.send_button, self.export_button, self.import_button, self.retry_button)
        layout.addLayout(buttons)

        self.rejected_heading = heading(tr("Refused by the LRS"), 2)
        layout.addWidget(self.rejected_heading)
        self.rejected_table = setup_read_only_table(
            QTableWidget(), (tr("Person"), tr("What"), tr("The LRS's reason"), tr("Statement id")),
            tr("Learning records the LRS refused"),
            tr("Kept with the LRS's reason and not sent again unless you choose Send refused again"))
        self.rejected_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.rejected_table.setWordWrap(True)
        layout.addWidget(self.rejected_table, 1)

        self.unmatched_heading = heading(tr("People in imported files not linked yet"), 2)
        layout.addWidget(self.unmatched_heading)
        self.unmatched_note = note(tr("Records imported from another device name the person by that device's "
                                      "profile id. Choose each, then the person here whose training it is, and Link."))
        layout.addWidget(self.unmatched_note)
        self.unmatched_table = setup_read_only_table(
            QTableWidget(), (tr("Name given"), tr("Records"), tr("Dates"), tr("Training"),
                             tr("Profile id on the other device")),
            tr("People in imported records not yet linked to anyone here"))
        self.unmatched_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.unmatched_table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.unmatched_table, 1)
        self.link_widget = QWidget()
        link_row = QHBoxLayout(self.link_widget)
        link_row.setContentsMargins(0, 0, 0, 0)
        self.person_combo = QComboBox()
        link_row.addWidget(buddy(tr("&Person here:"), self.person_combo))
        link_row.addWidget(self.person_combo, 1)
        self.link_button = QPushButton(tr("&Link to this person"))
        self.link_button.setAccessibleName(tr("Link the chosen imported records to the chosen person"))
        self.link_button.clicked.connect(self.link_selected)
        return_clicks(self.link_button)
        link_row.addWidget(self.link_button)
        layout.addWidget(self.link_widget)
        self.all_linked = note(tr("Everyone in imported files is linked to a person here."))
        layout.addWidget(self.all_linked)
        layout.addStretch(0)
        self.setTabOrder(self.send_button, self.export_button)
        self.setTabOrder(self.export_button, self.import_button)
        self.setTabOrder(self.import_button, self.retry_button)
        self.setTabOrder(self.retry_button, self.rejected_table)
        self.setTabOrder(self.rejected_table, self.unmatched_table)
        self.setTabOrder(self.unmatched_table, self.person_combo)
        self.setTabOrder(self.person_combo, self.link_button)

        self.poll = QTimer(self)
        self.poll.setInterval(100)
        self.poll.timeout.connect(self._check_sending)
        self.refresh()

    # -- showing ------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        status = self.outbox.status()
        config = current_config(self.services)
        where = (config.statements_url if config.configured
                 else tr("none set up — records are kept on this device (File → Settings)"))
        lines = [tr("<b>LRS:</b> {where}").format(where=_escape(where)),
                 tr("<b>Waiting:</b> {waiting} &nbsp; <b>Sent:</b> {sent} &nbsp; <b>Refused:</b> {refused} &nbsp; "
                    "<b>Imported from other devices:</b> {imported}").format(
                     waiting=status.waiting, sent=status.sent, refused=status.rejected, imported=status.imported),
                 tr("<b>Last sent:</b> {when}").format(when=_when(status.last_sent_at))]
        if status.waiting > status.due and status.next_attempt_at:
            lines.append(tr("<b>Next try:</b> {when}").format(when=_when(status.next_attempt_at)))
        if status.last_error:
            lines.append(tr("<b>Last error</b> ({when}): {error}").format(when=_when(status.last_error_at),
                                                                          error=_escape(status.last_error)))
        self.summary.setText("<br>".join(lines))
        self.summary.setAccessibleDescription(self.summary.text().replace("<br>", ". ").replace("<b>", "")
                                              .replace("</b>", "").replace("&nbsp;", " "))
        rejected = self.outbox.rejected()
        names = {p.id: p.display_name for p in self.services.profiles.list(include_archived=True)}
        self.rejected_table.setRowCount(len(rejected))
        for row, record in enumerate(rejected):
            who = names.get(record.profile_id, "") if record.profile_id is not None else ""
            for column, text in enumerate((who, record.what, record.reason, record.statement_id)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.rejected_table.setItem(row, column, item)
        self.unmatched = self.outbox.unmatched_actors()
        self.unmatched_table.setRowCount(len(self.unmatched))
        for row, actor in enumerate(self.unmatched):
            dates = _day(actor.first) if actor.first == actor.last else f"{_day(actor.first)} – {_day(actor.last)}"
            training = (tr("{items} and {count} more").format(items=", ".join(actor.items[:6]),
                                                              count=len(actor.items) - 6)
                        if len(actor.items) > 6 else ", ".join(actor.items))
            for column, text in enumerate((actor.display_name or tr("(not sent)"), str(actor.statements), dates,
                                           training, actor.account_name)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.unmatched_table.setItem(row, column, item)
        chosen = self.person_combo.currentData()
        self.person_combo.clear()
        for person in self.services.profiles.list():
            if not person.archived:
                self.person_combo.addItem(f"{person.display_name} ({tr(person.role_label)})", person.id)
        if chosen is not None and self.person_combo.findData(chosen) >= 0:
            self.person_combo.setCurrentIndex(self.person_combo.findData(chosen))
        self.rejected_table.resizeColumnsToContents()
        self.rejected_table.resizeRowsToContents()
        self.unmatched_table.resizeColumnsToContents()
        for widget in (self.rejected_heading, self.rejected_table):
            widget.setVisible(bool(rejected))
        for widget in (self.unmatched_note, self.unmatched_table, self.link_widget):
            widget.setVisible(bool(self.unmatched))
        self.all_linked.setVisible(not self.unmatched and self.outbox.status().imported > 0)
        self.unmatched_heading.setVisible(bool(self.unmatched) or self.all_linked.isVisibleTo(self))
        self._update_buttons()

    def _update_buttons(self) -> None:
        sending = self._sending is not None
        self.send_button.setEnabled(not sending and current_config(self.services).configured)
        self.send_button.setText(tr("Sending…") if sending else tr("&Send now"))
        self.retry_button.setEnabled(self.rejected_table.rowCount() > 0 and not sending)
        self.link_button.setEnabled(bool(self.unmatched_table.selectedItems()) and self.person_combo.count() > 0)

    # -- sending ------------------------------------------------------------------------------------------
    def send_now(self) -> None:
        """Send on a background thread; the page checks back every 100 ms and never waits on the network."""
        if self._sending is not None:
            return
        from ...learning_records.sender import Sender

        sender = Sender(self.outbox, lambda: current_config(self.services))

        def run() -> None:
            try:
                self._send_result = sender.send_once(now=True)
            except Exception as exc:  # shown to the manager rather than lost on the thread
                self._send_result = exc

        self._send_result = None
        self._sending = threading.Thread(target=run, name="learning-records-send-now", daemon=True)
        self._sending.start()
        self._update_buttons()
        self.poll.start()

    def _check_sending(self) -> None:
        if self._sending is None or self._sending.is_alive():
            return
        self.poll.stop()
        self._sending = None
        result = self._send_result
        self.refresh()
        if isinstance(result, Exception):
            messages.warn(self, tr("Learning records"), tr("Sending stopped: {error}").format(error=result))
        elif result is not None:
            text = tr("Sent {sent}; refused {refused}; waiting {waiting}.").format(
                sent=result.sent, refused=result.rejected, waiting=self.outbox.status().waiting)
            if result.error:
                text += f"\n\n{result.error}"
            (messages.warn if result.error or result.rejected else messages.inform)(self, tr("Learning records"), text)

    def wait_for_sending(self, timeout_s: float = 30.0) -> None:
        """For tests: until the background send finishes and the page shows its result."""
        if self._sending is not None:
            self._sending.join(timeout_s)
        self._check_sending()

    def send_rejected_again(self) -> None:
        if not messages.confirm(self, tr("Send refused records again"),
                                tr("Send the records the LRS refused again? Do this after the cause was fixed "
                                   "(for example the LRS's settings); otherwise it will refuse them again.")):
            return
        count = self.outbox.send_rejected_again()
        self.services.audit.record(profile_id=self.signed_in.profile.id, action="retry",
                                   object_type="xapi_statements", detail=f"{count} rejected statements queued again")
        self.refresh()

    # -- files --------------------------------------------------------------------------------------------
    def export(self) -> None:
        path = ask_save_path(self, tr("Export learning records"), "learning-records.json")
        if path is None:
            return
        try:
            count = self.outbox.write_export(path)
        except OSError as exc:
            messages.warn(self, tr("Export learning records"),
                          tr("Could not write {path}: {error}").format(path=path, error=exc.strerror or exc))
            return
        self.services.audit.record(profile_id=self.signed_in.profile.id, action="export",
                                   object_type="xapi_statements", detail=f"{count} statements")
        messages.inform(self, tr("Export learning records"),
                        tr("Wrote {count} learning records to {path}.").format(count=count, path=path))

    def import_file(self) -> None:
        from ...learning_records.outbox import ImportProblem

        path = ask_open_path(self, tr("Import a statements file"))
        if path is None:
            return
        try:
            report = self.outbox.import_file(path)
        except ImportProblem as exc:
            messages.warn(self, tr("Import a statements file"), str(exc))
            return
        self.services.audit.record(profile_id=self.signed_in.profile.id, action="import",
                                   object_type="xapi_statements",
                                   detail=f"{report.added} added, {report.already_had} already here")
        text = tr("Added {added} learning records from {file}; {already} were already here.").format(
            added=report.added, file=path.name, already=report.already_had)
        if report.unmatched:
            text += "\n\n" + tr("{count} person(s) in the file are not linked to anyone here yet: choose each in the "
                                "list below and link them to the person whose training it is.").format(
                count=len(report.unmatched))
        self.refresh()
        messages.inform(self, tr("Import a statements file"), text)

    def link_selected(self) -> None:
        rows = {index.row() for index in self.unmatched_table.selectedIndexes()}
        if not rows or self.person_combo.currentData() is None:
            return
        actor = self.unmatched[min(rows)]
        profile_id = int(self.person_combo.currentData())
        person = self.person_combo.currentText()
        count = self.outbox.link_actor(actor.account_name, profile_id)
        self.services.audit.record(profile_id=self.signed_in.profile.id, action="link",
                                   object_type="xapi_actor", object_id=actor.account_name[:100],
                                   detail=f"linked to profile {profile_id} ({count} records)")
        self.refresh()
        messages.inform(self, tr("Link imported records"),
                        tr("{count} imported records are now the training of {person}.").format(count=count,
                                                                                               person=person))


def _day(value) -> str:
    if not value:
        return tr("no date")
    return short_date(value, padded=True)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
