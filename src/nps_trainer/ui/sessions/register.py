"""A joint session's register: who is here (name, organisation, role, guest or not, stayed throughout), people
added from the profiles on this database or as guests, counted by side. Every change is saved at once through
the store. A finished session's register is shown read-only (it is corrected by an amendment). Locked (after
the idle sign-out) it shows a notice and no names at all."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr, tr_noop
from ...sessions.record import SIDES, Attendee, side_name
from .. import colours, messages
from ..tables import setup_read_only_table
from ..widgets import FlowLayout, action_button, buddy, note

if TYPE_CHECKING:
    from ...profiles import ProfileInfo
    from ...services import Services

#: The table's headers (two-line last header: narrow in the console), marked here and translated by :func:`columns`.
COLUMNS = (tr_noop("Name"), tr_noop("Organisation"), tr_noop("Role"), tr_noop("Guest"),
           tr_noop("Stayed\nthroughout"))
STAYED_COLUMN = 4
ID_ROLE = Qt.ItemDataRole.UserRole
LOCKED_TEXT = tr_noop("The register is hidden: NPS Trainer signed you out after a time without use. Enter your "
                      "passphrase to see it again. The session carries on.")


def columns() -> tuple[str, ...]:
    """The register's headers in the language in use."""
    return tuple(tr(column) for column in COLUMNS)


def stayed_text(stayed: bool) -> str:
    """What a screen reader says for the 'stayed throughout' tick."""
    return tr("stayed throughout") if stayed else tr("did not stay throughout")


def error_style() -> str:
    return colours.accent_style("bad")


def counts_text(attendees: Sequence[Attendee]) -> str:
    """'9 here: 5 probation, 3 drug service, 1 other' (sides with nobody left out)."""
    if not attendees:
        return tr("Nobody is on the register yet.")
    parts = []
    for side in ("probation", "drug_service", "other"):
        count = sum(person.side == side for person in attendees)
        if count:
            words = {"probation": tr("{count} probation", "people on the register from probation"),
                     "drug_service": tr("{count} drug service", "people on the register from a drug service"),
                     "other": tr("{count} other", "people on the register from another organisation")}
            parts.append(words[side].format(count=count))
    sides = ", ".join(parts)
    guests = sum(person.guest for person in attendees)
    if guests:
        return tr("{count} here: {sides} (%n guest(s))", "", guests).format(count=len(attendees), sides=sides)
    return tr("{count} here: {sides}").format(count=len(attendees), sides=sides)


def _warn(parent: QWidget, title: str, error: Exception) -> None:
    messages.warn(parent, title, str(error))


class AddPeopleDialog(QDialog):
    """Choose people with a profile on this database (not archived, not already on the register), from both
    organisations: type to narrow the list, tick (Space) or select several."""

    def __init__(self, people: Sequence[ProfileInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add people to the register"))
        layout = QVBoxLayout(self)
        layout.addWidget(note(tr("Tick everyone who is here (Space ticks the highlighted name). Guests without a "
                                 "profile are added with 'Add guest…'.")))
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Type part of a name, a role, a team or an organisation"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(buddy(tr("&Find:", "narrows the list of people to add to the register"), self.search))
        layout.addWidget(self.search)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("People on this database"))
        self.list.setAccessibleDescription(tr("Tick the people to add to the register"))
        for person in people:
            if person.team:
                text = tr("{name} — {role}, {organisation}, {team}").format(
                    name=person.display_name, role=tr(person.role_label),
                    organisation=tr(person.organisation_label), team=person.team)
            else:
                text = tr("{name} — {role}, {organisation}").format(
                    name=person.display_name, role=tr(person.role_label),
                    organisation=tr(person.organisation_label))
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, person.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        if not people:
            layout.addWidget(note(tr("Everyone with a profile on this database is already on the register.")))
        layout.addWidget(self.list, 1)
        self.chosen_label = QLabel("")
        layout.addWidget(self.chosen_label)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.list.setFocus)
        self.list.itemChanged.connect(self._count)
        self.list.itemActivated.connect(self._toggle)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("&Add to the register"))
        self.ok.setAccessibleName(tr("Add the ticked people to the register"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # room for the note's lines and a good part of the list at any text size (a 1366 x 768 screen at 200%)
        metrics = QFontMetrics(self.font())
        self.resize(max(520, metrics.averageCharWidth() * 60), max(460, metrics.lineSpacing() * 18))
        self._count()

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(not all(word in item.text().casefold() for word in words))

    def _toggle(self, item: QListWidgetItem) -> None:
        """Enter or a double-click ticks (or unticks) a name, as Space does."""
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _count(self, *_args) -> None:
        chosen = len(self.chosen_ids())
        self.chosen_label.setText(tr("{count} ticked").format(count=chosen) if chosen else tr("Nobody ticked yet"))
        self.ok.setEnabled(chosen > 0)

    def set_checked(self, profile_id: int, checked: bool = True) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ID_ROLE) == profile_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def chosen_ids(self) -> list[int]:
        """The ticked people, ticked ones hidden by the search included."""
        return [self.list.item(row).data(ID_ROLE) for row in range(self.list.count())
                if self.list.item(row).checkState() == Qt.CheckState.Checked]


class GuestDialog(QDialog):
    """A guest without a profile: name, organisation, which side they work for, and role."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add a guest"))
        outer = QVBoxLayout(self)
        explained = note(tr("A guest is on the register and the attendance sheet but, without a profile, gets no "
                            "credit or CPD entry in NPS Trainer."))
        explained.setMinimumWidth(440)
        outer.addWidget(explained)
        form = QFormLayout()
        outer.addLayout(form)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(80)
        form.addRow(buddy(tr("&Name:"), self.name_edit), self.name_edit)
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setMaxLength(120)
        self.organisation_edit.setPlaceholderText(tr("For example: Change Grow Live, Anytown"))
        form.addRow(buddy(tr("&Organisation:", "where a guest works"), self.organisation_edit), self.organisation_edit)
        self.side_combo = QComboBox()
        for side in SIDES:
            self.side_combo.addItem(side_name(side), side)
        form.addRow(buddy(tr("&Works for:"), self.side_combo), self.side_combo)
        self.side_combo.setAccessibleDescription(tr("Probation, a drug service, or another organisation"))
        self.role_edit = QLineEdit()
        self.role_edit.setMaxLength(80)
        self.role_edit.setPlaceholderText(tr("For example: Recovery worker"))
        form.addRow(buddy(tr("&Role:"), self.role_edit), self.role_edit)
        self.problem = QLabel("")
        colours.keep_styled(self.problem, error_style)
        self.problem.setWordWrap(True)
        self.problem.hide()
        outer.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Add guest"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    def set_values(self, name: str, organisation: str, side: str, role: str) -> None:
        self.name_edit.setText(name)
        self.organisation_edit.setText(organisation)
        self.side_combo.setCurrentIndex(max(0, self.side_combo.findData(side)))
        self.role_edit.setText(role)

    def values(self) -> dict[str, str]:
        return {"name": " ".join(self.name_edit.text().split()), "organisation": self.organisation_edit.text().strip(),
                "side": self.side_combo.currentData(), "role": self.role_edit.text().strip()}

    def accept(self) -> None:
        if not self.values()["name"]:
            self.problem.setText(tr("Give the guest's name."))
            self.problem.show()
            self.name_edit.setFocus()
            return
        super().accept()


class RegisterPanel(QWidget):
    """The register of session ``session_id``, changed as ``acting`` (the facilitator). Read-only once the
    session has finished."""

    def __init__(self, services: Services, session_id: int, acting: ProfileInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.session_id = session_id
        self.acting = acting
        self.attendees: tuple[Attendee, ...] = ()
        self.read_only = False
        self.locked = False
        self._filling = False
        self.setAccessibleName(tr("Register"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.counts = QLabel("")
        self.counts.setAccessibleName(tr("Who is here, by side"))
        self.counts.setStyleSheet("font-weight: bold;")
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        self.table = setup_read_only_table(QTableWidget(), columns(), tr("Register"),
                                           tr("Everyone here; Space ticks or unticks 'stayed throughout'"))
        self.table.setSelectionMode(QTableWidget.SelectionMode.ExtendedSelection)
        # Name, organisation and role share the width and wrap (the console gives the register a narrow
        # column); the guest mark and the tick keep their own.
        self.table.setWordWrap(True)
        self.table.setStyleSheet("QTableWidget::item { padding: 3px 2px; }")
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column < 3
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        buttons = FlowLayout()  # onto more lines when the pane is narrow (200% text, Welsh)
        self.add_people_button = action_button(tr("Add &people…"), tr("Add people with a profile"), self.add_people)
        self.add_guest_button = action_button(tr("Add &guest…"), tr("Add a guest without a profile"), self.add_guest)
        self.remove_button = action_button(tr("Re&move"), tr("Remove the selected people from the register"),
                                          self.remove_selected)
        for button in (self.add_people_button, self.add_guest_button, self.remove_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.stack.addWidget(page)

        self.locked_page = QWidget()
        locked = QVBoxLayout(self.locked_page)
        self.locked_notice = note(tr(LOCKED_TEXT))
        self.locked_notice.setAccessibleName(tr("Register hidden"))
        locked.addWidget(self.locked_notice)
        locked.addStretch(1)
        self.stack.addWidget(self.locked_page)
        self.refresh()


    # -- showing ------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the register again from the database (nothing is shown while locked)."""
        if self.locked:
            return
        from ...sessions.store import SessionError

        try:
            record = self.services.joint_sessions.get(self.session_id)
        except SessionError as error:
            self.attendees = ()
            self._fill()
            self.counts.setText(str(error))
            return
        self.attendees = record.attendees
        self.read_only = record.finished
        self._fill()

    def _fill(self) -> None:
        self._filling = True
        try:
            self.table.setRowCount(len(self.attendees))
            for row, person in enumerate(self.attendees):
                values = (person.name, person.organisation_shown, person.role_shown,
                          tr("Guest") if person.guest else "")
                for column, text in enumerate(values):
                    item = QTableWidgetItem(text)
                    item.setData(ID_ROLE, person.id)
                    if column == 1 and person.organisation_shown != person.side_shown:
                        item.setToolTip(person.side_shown)
                    self.table.setItem(row, column, item)
                stayed = QTableWidgetItem(tr("Yes") if person.stayed_throughout else tr("No"))
                stayed.setData(ID_ROLE, person.id)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if not self.read_only:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                stayed.setFlags(flags)
                stayed.setCheckState(Qt.CheckState.Checked if person.stayed_throughout else Qt.CheckState.Unchecked)
                stayed.setData(Qt.ItemDataRole.AccessibleTextRole, stayed_text(person.stayed_throughout))
                self.table.setItem(row, STAYED_COLUMN, stayed)
        finally:
            self._filling = False
        self.counts.setText(counts_text(self.attendees))
        for button in (self.add_people_button, self.add_guest_button, self.remove_button):
            button.setVisible(not self.read_only)
        self._selection_changed()

    def set_locked(self, locked: bool) -> None:
        """Hide every name behind a notice (the idle sign-out), or show the register again (read afresh)."""
        self.locked = locked
        if locked:
            self.attendees = ()
            self._filling = True
            self.table.setRowCount(0)  # not just hidden: nothing personal is left in the widget
            self._filling = False
            self.counts.clear()
            self.stack.setCurrentWidget(self.locked_page)
        else:
            self.stack.setCurrentIndex(0)
            self.refresh()

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(not self.read_only and bool(self.selected_ids()))

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.attendees[row].id for row in rows if row < len(self.attendees)]

    def row_of(self, name: str) -> int:
        """The row of the attendee called ``name`` (-1 if not there)."""
        return next((row for row, person in enumerate(self.attendees) if person.name == name), -1)

    # -- changing -----------------------------------------------------------------------------------------
    def candidates(self) -> list[ProfileInfo]:
        """Profiles on this database, not archived, not already on the register: both organisations."""
        taken = {person.profile_id for person in self.attendees if person.profile_id is not None}
        people = [p for p in self.services.profiles.list() if p.id not in taken and not p.archived]
        return sorted(people, key=lambda p: p.display_name.casefold())

    def add_people(self) -> None:
        dialog = AddPeopleDialog(self.candidates(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.add_profiles(dialog.chosen_ids())

    def add_profiles(self, profile_ids: Sequence[int]) -> None:
        from ...sessions.store import SessionError

        problems = []
        for profile_id in profile_ids:
            try:
                self.services.joint_sessions.add_attendee(self.session_id, acting=self.acting, profile_id=profile_id)
            except (SessionError, PermissionError) as error:
                problems.append(str(error))
        self.refresh()
        if problems:
            messages.warn(self, tr("Register"), "\n".join(problems))

    def add_guest(self) -> None:
        dialog = GuestDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.add_guest_values(**dialog.values())

    def add_guest_values(self, name: str, organisation: str, side: str, role: str) -> None:
        from ...sessions.store import SessionError

        try:
            self.services.joint_sessions.add_attendee(self.session_id, acting=self.acting, name=name, side=side,
                                                      organisation=organisation, role=role)
        except (SessionError, PermissionError) as error:
            _warn(self, tr("Add a guest"), error)
        self.refresh()

    def remove_selected(self) -> None:
        from ...sessions.store import SessionError

        chosen = [person for person in self.attendees if person.id in self.selected_ids()]
        if not chosen:
            return
        names = ", ".join(person.name for person in chosen)
        if not messages.confirm(self, tr("Remove from the register"),
                                tr("Take {names} off the register?").format(names=names)):
            return
        for person in chosen:
            try:
                self.services.joint_sessions.remove_attendee(self.session_id, person.id, acting=self.acting)
            except (SessionError, PermissionError) as error:
                _warn(self, tr("Register"), error)
                break
        self.refresh()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or self.read_only or item.column() != STAYED_COLUMN:
            return
        from ...sessions.store import SessionError

        stayed = item.checkState() == Qt.CheckState.Checked
        try:
            self.services.joint_sessions.set_stayed(self.session_id, item.data(ID_ROLE), stayed, acting=self.acting)
        except (SessionError, PermissionError) as error:
            _warn(self, tr("Register"), error)
            QTimer.singleShot(0, self, self.refresh)  # not inside the item's own signal: show what was saved
            return
        self._filling = True
        item.setText(tr("Yes") if stayed else tr("No"))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, stayed_text(stayed))
        self._filling = False
        self.attendees = tuple(replace(person, stayed_throughout=stayed) if person.id == item.data(ID_ROLE)
                               else person for person in self.attendees)

    def set_stayed(self, name: str, stayed: bool) -> None:
        """Tick or untick 'stayed throughout' for the attendee called ``name``, as a click would."""
        item = self.table.item(self.row_of(name), STAYED_COLUMN)
        item.setCheckState(Qt.CheckState.Checked if stayed else Qt.CheckState.Unchecked)
