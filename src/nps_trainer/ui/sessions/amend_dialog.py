"""Amending a finished joint session: the place, date and co-facilitators, people added to or taken off the
register, 'stayed throughout' ticks. A reason is required. What will be kept is shown as it is edited (each
change as old → new, with the reason, who and when); the record's earlier amendments are listed too."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr, tr_noop
from ...i18n.dates import long_date, short_date
from ...sessions.record import Attendee, role_name, side_name
from ...sessions.wording import change_label
from .. import colours
from ..widgets import buddy, heading, note
from .register import AddPeopleDialog, GuestDialog
from .setup_dialog import split_names

if TYPE_CHECKING:
    from ...profiles import ProfileInfo
    from ...services import Services

COLUMNS = (tr_noop("Name"), tr_noop("Organisation"), tr_noop("Role"), tr_noop("Guest"), tr_noop("Stayed throughout"),
           tr_noop("Remove"))
STAYED, REMOVE = 4, 5


def error_style() -> str:
    return colours.accent_style("bad")
NOTHING = "–"


def _shown(value: object) -> str:
    if value is None or value == "" or value == []:
        return NOTHING
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, date):
        return long_date(value)
    return str(value)


def _to_be_added(name: str) -> str:
    return tr("{name} (to be added)").format(name=name)


def _moment(moment) -> str:
    """'20 Nov 2026 09:30' in this computer's time zone."""
    local = moment.astimezone()
    return tr("{date} {time}", "a date and a time of day").format(date=short_date(local.date()),
                                                                  time=f"{local:%H:%M}")


class AmendDialog(QDialog):
    """Corrects session ``session_id`` as ``acting``; after Accepted, ``amended`` is the new record."""

    def __init__(self, services: Services, session_id: int, acting: ProfileInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.session_id = session_id
        self.acting = acting
        self.record = services.joint_sessions.get(session_id)
        self.amended = None
        self.added: list[dict[str, Any]] = []  # people to add: {"profile_id": …} or a guest's fields, "label"
        record = self.record
        self.setWindowTitle(tr("Amend the record – {title}").format(title=record.title))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Amend: {title}").format(title=record.title), 2))
        layout.addWidget(note(tr("A finished session's record is corrected by an amendment: every change is kept "
                                 "with its old and new value, your reason, your name and the time, and audited. "
                                 "People added with a profile are credited as if they had been registered on the "
                                 "day.")))
        form = QFormLayout()
        self.date_edit = QDateEdit(QDate(record.held_on))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        self.date_edit.setMaximumWidth(self.date_edit.fontMetrics().horizontalAdvance("30 September 2026") + 60)
        form.addRow(buddy(tr("&Date:"), self.date_edit), self.date_edit)
        self.place_edit = QLineEdit(record.place)
        self.place_edit.setMaxLength(200)
        form.addRow(buddy(tr("P&lace:"), self.place_edit), self.place_edit)
        self.co_edit = QPlainTextEdit("\n".join(record.co_facilitators))
        self.co_edit.setTabChangesFocus(True)
        self.co_edit.setPlaceholderText(tr("One per line, or separated by commas"))
        self.co_edit.setFixedHeight(self.co_edit.fontMetrics().lineSpacing() * 3 + 14)
        form.addRow(buddy(tr("&Co-facilitators:"), self.co_edit), self.co_edit)
        layout.addLayout(form)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(column) for column in COLUMNS])
        self.table.setAccessibleName(tr("Register"))
        self.table.setAccessibleDescription(tr("Space ticks 'stayed throughout' or 'remove' in the current cell"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        register_label = QLabel(tr("&Register:"))
        register_label.setBuddy(self.table)
        layout.addWidget(register_label)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_people_button = QPushButton(tr("Add &people…"))
        self.add_people_button.setAccessibleName(tr("Add people with a profile to the register"))
        self.add_people_button.clicked.connect(self.add_people)
        self.add_guest_button = QPushButton(tr("Add &guest…"))
        self.add_guest_button.setAccessibleName(tr("Add a guest to the register"))
        self.add_guest_button.clicked.connect(self.add_guest)
        row.addWidget(self.add_people_button)
        row.addWidget(self.add_guest_button)
        row.addStretch(1)
        layout.addLayout(row)

        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(tr("Why the record is being corrected (required): kept with the record"))
        self.reason_edit.setFixedHeight(self.reason_edit.fontMetrics().lineSpacing() * 3 + 14)
        layout.addWidget(buddy(tr("Rea&son (required):"), self.reason_edit))
        layout.addWidget(self.reason_edit)
        self.preview = QLabel("")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setAccessibleName(tr("What the record will keep"))
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.preview)
        if record.amendments:
            earlier = "\n".join(
                tr("{when}, {name}: {reason} — {changes}", "an earlier amendment").format(
                    when=_moment(a.at), name=a.by_name, reason=a.reason,
                    changes="; ".join(tr("{what}: {old} → {new}").format(what=change_label(what), old=_shown(old),
                                                                         new=_shown(new))
                                      for what, (old, new) in a.changes.items()))
                for a in record.amendments)
            self.earlier = note(tr("Earlier amendments:\n{amendments}").format(amendments=earlier))
            layout.addWidget(self.earlier)
        self.problem = QLabel("")
        colours.keep_styled(self.problem, error_style)
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(tr("Save the &amendment"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setAccessibleName(tr("Save the amendment"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(tr("Cancel: change nothing"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self._fill()
        self.table.itemChanged.connect(lambda _item: self._update_preview())
        self.place_edit.textChanged.connect(lambda _t: self._update_preview())
        self.date_edit.dateChanged.connect(lambda _d: self._update_preview())
        self.co_edit.textChanged.connect(self._update_preview)
        self.reason_edit.textChanged.connect(self._update_preview)
        self.reason_edit.textChanged.connect(self.problem.hide)
        self._update_preview()
        self.resize(860, 760)

    # -- the register ---------------------------------------------------------------------------------------
    def _tick(self, checked: bool, enabled: bool = True) -> QTableWidgetItem:
        item = QTableWidgetItem()
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if enabled:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        item.setFlags(flags)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return item

    def _fill(self) -> None:
        self.table.blockSignals(True)
        people: list[tuple[Attendee | None, dict[str, Any] | None]] = [(a, None) for a in self.record.attendees]
        people += [(None, entry) for entry in self.added]
        self.table.setRowCount(len(people))
        for row, (attendee, entry) in enumerate(people):
            if attendee is not None:
                values = (attendee.name, attendee.organisation_shown, attendee.role_shown,
                          tr("Guest") if attendee.guest else "")
            else:
                values = (_to_be_added(entry["label"]), entry["organisation_label"], role_name(entry.get("role", "")),
                          "" if entry.get("profile_id") else tr("Guest"))
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
            stayed = attendee.stayed_throughout if attendee is not None else True
            self.table.setItem(row, STAYED, self._tick(stayed, enabled=attendee is not None))
            self.table.setItem(row, REMOVE, self._tick(False))
        self.table.blockSignals(False)

    def _row_of(self, name: str) -> int:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).text() in (name, _to_be_added(name)):
                return row
        return -1

    def set_stayed(self, name: str, stayed: bool) -> None:
        item = self.table.item(self._row_of(name), STAYED)
        item.setCheckState(Qt.CheckState.Checked if stayed else Qt.CheckState.Unchecked)

    def set_removed(self, name: str, removed: bool = True) -> None:
        item = self.table.item(self._row_of(name), REMOVE)
        item.setCheckState(Qt.CheckState.Checked if removed else Qt.CheckState.Unchecked)

    def _checked(self, row: int, column: int) -> bool:
        return self.table.item(row, column).checkState() == Qt.CheckState.Checked

    def add_people(self) -> None:
        taken = {a.profile_id for a in self.record.attendees if a.profile_id is not None}
        taken |= {entry["profile_id"] for entry in self.added if entry.get("profile_id")}
        people = sorted((p for p in self.services.profiles.list() if p.id not in taken and not p.archived),
                        key=lambda p: p.display_name.casefold())
        dialog = AddPeopleDialog(people, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        by_id = {p.id: p for p in people}
        for profile_id in dialog.chosen_ids():
            person = by_id[profile_id]
            self.added.append({"profile_id": profile_id, "label": person.display_name,
                               "organisation_label": tr(person.organisation_label), "role": person.role_label})
        self._refill()

    def add_guest(self) -> None:
        dialog = GuestDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.add_guest_values(**dialog.values())

    def add_guest_values(self, name: str, organisation: str, side: str, role: str) -> None:
        self.added.append({"name": name, "organisation": organisation, "side": side, "role": role, "label": name,
                           "organisation_label": organisation or side_name(side)})
        self._refill()

    def _refill(self) -> None:
        """Show the register again, keeping the ticks already changed."""
        kept = {row: (self._checked(row, STAYED), self._checked(row, REMOVE)) for row in range(self.table.rowCount())}
        self._fill()
        self.table.blockSignals(True)
        for row, (stayed, removed) in kept.items():
            self.table.item(row, STAYED).setCheckState(Qt.CheckState.Checked if stayed else Qt.CheckState.Unchecked)
            self.table.item(row, REMOVE).setCheckState(Qt.CheckState.Checked if removed else Qt.CheckState.Unchecked)
        self.table.blockSignals(False)
        self._update_preview()

    # -- what changes -----------------------------------------------------------------------------------------
    def changes(self) -> dict[str, Any]:
        """The arguments for the store's ``amend`` (only what differs from the record)."""
        record = self.record
        found: dict[str, Any] = {}
        place = " ".join(self.place_edit.text().split())
        if place != record.place:
            found["place"] = place
        held_on = self.date_edit.date().toPython()
        if held_on != record.held_on:
            found["held_on"] = held_on
        names = split_names(self.co_edit.toPlainText())
        if names != list(record.co_facilitators):
            found["co_facilitators"] = names
        stayed, removed = {}, []
        for row, attendee in enumerate(record.attendees):
            if self._checked(row, REMOVE):
                removed.append(attendee.id)
            elif self._checked(row, STAYED) != attendee.stayed_throughout:
                stayed[attendee.id] = self._checked(row, STAYED)
        if stayed:
            found["stayed"] = stayed
        if removed:
            found["remove_attendees"] = removed
        offset = len(record.attendees)
        added = [entry for index, entry in enumerate(self.added) if not self._checked(offset + index, REMOVE)]
        if added:
            found["add_attendees"] = [{k: v for k, v in entry.items() if k not in ("label", "organisation_label")}
                                      for entry in added]
        return found

    def change_lines(self) -> list[str]:
        """Each change as the record will keep it: 'what: old → new'."""
        record = self.record
        found = self.changes()
        lines = []
        if "place" in found:
            lines.append(tr("place: {old} → {new}").format(old=_shown(record.place), new=_shown(found["place"])))
        if "held_on" in found:
            lines.append(tr("date: {old} → {new}").format(old=_shown(record.held_on), new=_shown(found["held_on"])))
        if "co_facilitators" in found:
            lines.append(tr("co-facilitators: {old} → {new}").format(
                old=_shown(list(record.co_facilitators)), new=_shown(found["co_facilitators"])))
        names = {a.id: a for a in record.attendees}
        for attendee_id, value in found.get("stayed", {}).items():
            lines.append(tr("stayed throughout, {name}: {old} → {new}").format(
                name=names[attendee_id].name, old=_shown(not value), new=_shown(value)))
        for attendee_id in found.get("remove_attendees", []):
            person = names[attendee_id]
            lines.append(tr("taken off the register: {name} ({organisation}) → {nothing}").format(
                name=person.name, organisation=person.organisation_shown, nothing=NOTHING))
        offset = len(record.attendees)
        for index, entry in enumerate(self.added):
            if not self._checked(offset + index, REMOVE):
                lines.append(tr("added to the register: {nothing} → {name} ({organisation})").format(
                    nothing=NOTHING, name=entry["label"], organisation=entry["organisation_label"]))
        return lines

    def _update_preview(self) -> None:
        lines = self.change_lines()
        if not lines:
            self.preview.setText(tr("No changes yet. The record keeps each change as old → new."))
            return
        reason = self.reason_edit.toPlainText().strip()
        if reason:
            why = tr("Reason: {reason}").format(reason=reason)
        else:
            why = tr("Reason: (required: give one before saving)")
        self.preview.setText(tr("The record will keep (old → new):") + "\n  " + "\n  ".join(lines)
                             + "\n" + why + "\n" + tr("By {name}, now.").format(name=self.acting.display_name))

    # -- saving ---------------------------------------------------------------------------------------------
    def _problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def save(self) -> None:
        from ...sessions.store import SessionError

        found = self.changes()
        if not found:
            self._problem(tr("Nothing has been changed: there is nothing to amend."))
            return
        reason = self.reason_edit.toPlainText().strip()
        if not reason:
            self._problem(tr("Give a reason for the amendment: it is kept with the record."))
            self.reason_edit.setFocus()
            return
        try:
            self.amended = self.services.joint_sessions.amend(self.session_id, reason=reason, acting=self.acting,
                                                              **found)
        except (SessionError, PermissionError) as error:
            self._problem(str(error))
            return
        self.accept()
