"""Team → People: a manager adds people in any role, renames them, changes roles, organisations and teams,
archives and restores profiles, and erases a person's learning records at their request. All audited."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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
from ...profiles import ORGANISATIONS, ROLES, NotAllowed, ProfileInfo
from ...services import Services
from .. import messages
from ..tables import setup_read_only_table
from ..widgets import FlowLayout, buddy, note, return_clicks

COLUMNS = [tr_noop("Name"), tr_noop("Role"), tr_noop("Organisation"), tr_noop("Team"), tr_noop("Passphrase"),
           tr_noop("Last signed in"), tr_noop("Status")]


def _date(value) -> str:
    if not value:
        return ""
    day = value.astimezone()
    return short_date(day, padded=True)


def _erased(label: str, count: int) -> str:
    """One kind of learning record erased, with how many (the labels the profiles service counts under)."""
    texts = {
        "module visits": lambda: tr("%n module visit(s)", "", count),
        "module records": lambda: tr("%n module record(s)", "", count),
        "quiz attempts": lambda: tr("%n quiz attempt(s)", "", count),
        "assignments": lambda: tr("%n assignment(s)", "", count),
        "certificates": lambda: tr("%n certificate(s)", "", count),
        "learning records (xAPI)": lambda: tr("%n learning record(s) (xAPI)", "", count),
        "links to imported records": lambda: tr("%n link(s) to imported records", "", count),
        "joint session reflections": lambda: tr("%n joint session reflection(s)", "", count),
    }
    return texts[label]() if label in texts else f"{count} {label}"


class PersonDialog(QDialog):
    """Name, role, organisation and team, for a new person or to change an existing one."""

    def __init__(self, title: str, parent: QWidget | None = None, person: ProfileInfo | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.name_edit = QLineEdit(person.display_name if person else "")
        self.name_edit.setMaxLength(80)
        form.addRow(buddy(tr("Display &name:"), self.name_edit), self.name_edit)
        self.role_combo = QComboBox()
        for key, label in ROLES.items():
            self.role_combo.addItem(tr(label), key)
        self.role_combo.setCurrentIndex(self.role_combo.findData(person.role if person else "practitioner"))
        form.addRow(buddy(tr("&Role:"), self.role_combo), self.role_combo)
        self.organisation_combo = QComboBox()
        for key, label in ORGANISATIONS.items():
            self.organisation_combo.addItem(tr(label), key)
        self.organisation_combo.setCurrentIndex(
            self.organisation_combo.findData(person.organisation if person else "probation"))
        form.addRow(buddy(tr("Or&ganisation:"), self.organisation_combo), self.organisation_combo)
        self.team_edit = QLineEdit(person.team if person else "")
        self.team_edit.setMaxLength(80)
        form.addRow(buddy(tr("&Team:"), self.team_edit), self.team_edit)
        if person is None:
            form.addRow(note(tr("They choose their own passphrase the first time they sign in.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class PeoplePage(QWidget):
    def __init__(self, services: Services, signed_in, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.signed_in = signed_in
        self.people: list[ProfileInfo] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = note("")
        layout.addWidget(self.summary)
        filters = QHBoxLayout()
        self.show_archived = QCheckBox(tr("Show a&rchived profiles"))
        self.show_archived.toggled.connect(lambda _on: self.refresh())
        filters.addWidget(self.show_archived)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.table = setup_read_only_table(QTableWidget(), [tr(c) for c in COLUMNS], tr("People"),
                                           tr("Everyone with a profile on this database"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.table, 1)
        row = FlowLayout()  # onto more lines when narrow (200% text, Welsh)
        self.add_button = QPushButton(tr("A&dd person…"))
        self.edit_button = QPushButton(tr("&Change…"))
        self.code_button = QPushButton(tr("&Setup code…"))
        self.archive_button = QPushButton(tr("Arc&hive"))
        self.erase_button = QPushButton(tr("&Erase learning records…"))
        for button, name, handler in (
            (self.add_button, tr("Add person"), self.add_person),
            (self.edit_button, tr("Change the chosen person's name, role, organisation or team"), self.edit_person),
            (self.code_button, tr("Give the chosen person a new setup code"), self.give_setup_code),
            (self.archive_button, tr("Archive or restore the chosen person"), self.archive_or_restore),
            (self.erase_button, tr("Erase the chosen person's learning records"), self.erase_learning),
        ):
            button.setAccessibleName(name)
            button.clicked.connect(handler)
            row.addWidget(button)
        return_clicks(self.add_button, self.edit_button, self.code_button, self.archive_button, self.erase_button)
        layout.addLayout(row)

    @property
    def acting(self) -> ProfileInfo:
        return self.signed_in.profile

    def refresh(self) -> None:
        chosen = self.current()
        self.people = sorted(self.services.profiles.list(include_archived=self.show_archived.isChecked()),
                             key=lambda p: (p.archived, p.display_name.casefold()))
        self.table.setRowCount(len(self.people))
        for row, person in enumerate(self.people):
            passphrase = (tr("Set", "a passphrase has been set") if person.has_passphrase
                          else tr("Not yet (setup code given)") if person.setup_code_pending else tr("Not yet"))
            values = [person.display_name, tr(person.role_label), tr(person.organisation_label), person.team,
                      passphrase, _date(person.last_used_at),
                      tr("Archived") if person.archived else tr("Active")]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        active = [p for p in self.people if not p.archived]
        managers = sum(p.is_manager for p in active)
        self.summary.setText(
            tr("Active people: {people}. Managers: {managers}. People you add choose their passphrase when they "
               "first sign in, with the one-time setup code you give them.").format(people=len(active),
                                                                                   managers=managers))
        if self.people:
            ids = [p.id for p in self.people]
            self.table.setCurrentCell(ids.index(chosen.id) if chosen and chosen.id in ids else 0, 0)
        self._update_buttons()

    def current(self) -> ProfileInfo | None:
        row = self.table.currentRow()
        return self.people[row] if 0 <= row < len(self.people) else None

    def _update_buttons(self) -> None:
        person = self.current()
        for button in (self.edit_button, self.archive_button, self.erase_button):
            button.setEnabled(person is not None)
        self.code_button.setEnabled(person is not None and not person.has_passphrase and not person.archived)
        self.archive_button.setText(tr("Rest&ore") if person is not None and person.archived else tr("Arc&hive"))

    def _act(self, title: str, action) -> bool:
        try:
            action()
        except (NotAllowed, ValueError, LookupError) as exc:
            messages.warn(self, title, str(exc).strip("'\""))
            return False
        self.refresh()
        return True

    # -- actions ----------------------------------------------------------------------------------------------
    def add_person(self) -> None:
        dialog = PersonDialog(tr("Add a person"), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        made: list[ProfileInfo] = []
        if self._act(tr("Add a person"), lambda: made.append(self.services.profiles.create(
                dialog.name_edit.text(), dialog.role_combo.currentData(),
                organisation=dialog.organisation_combo.currentData(), team=dialog.team_edit.text(),
                acting=self.acting))):
            self._show_setup_code(made[0])

    def give_setup_code(self) -> None:
        person = self.current()
        if person is not None:
            self._show_setup_code(person)

    def _show_setup_code(self, person: ProfileInfo) -> None:
        """Make a new one-time setup code for ``person`` and show it, once, to give them in person."""
        codes: list[str] = []
        if not self._act(tr("Setup code"), lambda: codes.append(self.services.profiles.issue_setup_code(
                self.acting, person.id))):
            return
        from ...profiles.service import SETUP_CODE_DAYS

        messages.inform(self, tr("Setup code"), tr(
            "{name}'s setup code is\n\n{code}\n\nGive it to them in person. They enter it with their new passphrase "
            "the first time they sign in. It works once, for {days} days, and is not shown again: make a new one if "
            "it is lost.").format(name=person.display_name, code=codes[0], days=SETUP_CODE_DAYS))

    def edit_person(self) -> None:
        person = self.current()
        if person is None:
            return
        dialog = PersonDialog(tr("Change {name}").format(name=person.display_name), self, person)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        profiles = self.services.profiles

        def change() -> None:
            name = " ".join(dialog.name_edit.text().split())
            if name != person.display_name:
                profiles.rename(self.acting, person.id, name)
            organisation, team = dialog.organisation_combo.currentData(), dialog.team_edit.text()
            if (organisation, " ".join(team.split())) != (person.organisation, person.team):
                profiles.set_organisation(self.acting, person.id, organisation, team)
            if dialog.role_combo.currentData() != person.role:
                profiles.set_role(self.acting, person.id, dialog.role_combo.currentData())

        self._act(tr("Change {name}").format(name=person.display_name), change)

    def archive_or_restore(self) -> None:
        person = self.current()
        if person is None:
            return
        if person.archived:
            self._act(tr("Restore a profile"), lambda: self.services.profiles.restore(self.acting, person.id))
            return
        if person.id == self.acting.id:
            messages.warn(self, tr("Archive a profile"), tr("You cannot archive your own profile while signed in."))
            return
        if messages.confirm(self, tr("Archive a profile"), tr(
                "Archive {name}? They will no longer be able to sign in. Their records are kept, and a manager can "
                "restore the profile.").format(name=person.display_name)):
            self._act(tr("Archive a profile"), lambda: self.services.profiles.archive(self.acting, person.id))

    def erase_learning(self) -> None:
        person = self.current()
        if person is None:
            return
        text, ok = QInputDialog.getText(
            self, tr("Erase learning records"),
            tr("This erases {name}'s module progress, reflections, quiz attempts, assignments to them and "
               "certificates, for good. Their screening records are case records and are kept, still encrypted.\n\n"
               "To confirm, type their name ({name}):").format(name=person.display_name))
        if not ok:
            return
        if " ".join(text.split()).casefold() != person.display_name.casefold():
            messages.warn(self, tr("Erase learning records"),
                          tr("The name typed does not match, so nothing was erased."))
            return
        counts: dict[str, int] = {}

        def erase() -> None:
            counts.update(self.services.profiles.erase_learning(self.acting, person.id))

        if self._act(tr("Erase learning records"), erase):
            done = ", ".join(_erased(label, n) for label, n in counts.items())
            messages.inform(self, tr("Erase learning records"),
                            tr("Erased for {name}: {counts}.").format(name=person.display_name, counts=done))
