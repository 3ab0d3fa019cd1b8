"""Team → Recovery key (managers): set up or replace the organisation's recovery key, move a case's screenings
to another practitioner, and reset a forgotten passphrase. Each asks for the recovery passphrase; the domain
(:mod:`nps_trainer.recovery`) checks the manager's role again, audits every use and throttles wrong tries."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import messages
from ..widgets import buddy, note, return_clicks

TITLE = "Recovery key"


def _secret(accessible_name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible_name)
    return edit


def _button(text: str, accessible_name: str, slot) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(accessible_name)
    button.clicked.connect(slot)
    return_clicks(button)
    return button


class RecoveryPage(QWidget):
    def __init__(self, services, signed_in, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.signed_in = signed_in
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note(
            "Each screening record's key is sealed to the practitioner who made it and to the organisation's "
            "recovery key. With the recovery passphrase, which managers hold and keep out of the app, a manager "
            "can move a case's screenings to another practitioner and reset a forgotten passphrase. Nobody else can "
            "read a record; every use of the recovery key is written to the audit log."))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Recovery key status")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)

        # -- set up (no key yet) ------------------------------------------------------------------------------
        self.setup_box = QGroupBox("Set up the recovery key")
        form = QFormLayout(self.setup_box)
        form.addRow(note("Choose a recovery passphrase (at least 12 characters; several random words work well). "
                         "Write it down and keep it where only managers can get it: it is not stored anywhere, "
                         "and without it nothing can be recovered."))
        self.setup_passphrase = _secret("New recovery passphrase")
        form.addRow(buddy("&New recovery passphrase:", self.setup_passphrase), self.setup_passphrase)
        self.setup_confirm = _secret("Confirm the new recovery passphrase")
        form.addRow(buddy("Confirm &it:", self.setup_confirm), self.setup_confirm)
        self.setup_button = _button("Set &up the recovery key", "Set up the recovery key", self.set_up)
        self.setup_confirm.returnPressed.connect(self.set_up)
        form.addRow(self.setup_button)
        layout.addWidget(self.setup_box)

        # -- replace ------------------------------------------------------------------------------------------
        self.replace_box = QGroupBox("Replace the recovery key")
        form = QFormLayout(self.replace_box)
        form.addRow(note("For a new recovery passphrase (a manager who knew it has left, say). Every record "
                         "sealed to the current key is sealed to the new one; the old passphrase stops working."))
        self.replace_old = _secret("Current recovery passphrase")
        form.addRow(buddy("&Current recovery passphrase:", self.replace_old), self.replace_old)
        self.replace_new = _secret("New recovery passphrase")
        form.addRow(buddy("&New recovery passphrase:", self.replace_new), self.replace_new)
        self.replace_confirm = _secret("Confirm the new recovery passphrase")
        form.addRow(buddy("Confirm &it:", self.replace_confirm), self.replace_confirm)
        self.replace_button = _button("Replace the recovery &key", "Replace the recovery key", self.replace)
        form.addRow(self.replace_button)
        layout.addWidget(self.replace_box)

        # -- move a case --------------------------------------------------------------------------------------
        self.move_box = QGroupBox("Move a case's screenings to another practitioner")
        form = QFormLayout(self.move_box)
        self.case_reference = QLineEdit()
        self.case_reference.setAccessibleName("Case reference of the screenings to move")
        self.case_reference.setMaxLength(40)
        form.addRow(buddy("Case &reference:", self.case_reference), self.case_reference)
        self.move_from = QComboBox()
        self.move_from.setAccessibleName("Practitioner who made the screenings")
        form.addRow(buddy("&Made by:", self.move_from), self.move_from)
        self.move_to = QComboBox()
        self.move_to.setAccessibleName("Practitioner to move them to")
        form.addRow(buddy("Move t&o:", self.move_to), self.move_to)
        self.move_passphrase = _secret("Recovery passphrase to move the screenings")
        form.addRow(buddy("R&ecovery passphrase:", self.move_passphrase), self.move_passphrase)
        self.move_button = _button("Mo&ve these screenings", "Move these screenings", self.move_case)
        self.move_passphrase.returnPressed.connect(self.move_case)
        form.addRow(self.move_button)
        layout.addWidget(self.move_box)

        # -- reset a passphrase -------------------------------------------------------------------------------
        self.reset_box = QGroupBox("Reset a forgotten passphrase")
        form = QFormLayout(self.reset_box)
        form.addRow(note("They get a temporary passphrase, shown here once: give it to them in person. At their "
                         "next sign-in they must choose their own. Records not yet sealed to the recovery key "
                         "cannot be recovered."))
        self.reset_who = QComboBox()
        self.reset_who.setAccessibleName("Whose passphrase to reset")
        form.addRow(buddy("&Whose passphrase:", self.reset_who), self.reset_who)
        self.reset_passphrase = _secret("Recovery passphrase to reset a passphrase")
        form.addRow(buddy("Recovery pa&ssphrase:", self.reset_passphrase), self.reset_passphrase)
        self.reset_button = _button("Reset passphrase an&d show a temporary one",
                                    "Reset passphrase and show a temporary one", self.reset)
        self.reset_passphrase.returnPressed.connect(self.reset)
        form.addRow(self.reset_button)
        self.temporary = QLineEdit()
        self.temporary.setReadOnly(True)
        self.temporary.setAccessibleName("Temporary passphrase, shown once")
        self.temporary_label = QLabel("Temporary passphrase:")
        self.temporary_label.setBuddy(self.temporary)
        form.addRow(self.temporary_label, self.temporary)
        layout.addWidget(self.reset_box)
        layout.addStretch(1)
        self.refresh()

    # -- state ------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        from ...recovery.key import shown

        status = self.services.recovery.status()
        if status.set_up:
            made = status.created_at.astimezone().strftime("%d %b %Y") if status.created_at else ""
            by = f" by {status.created_by}" if status.created_by else ""
            text = (f"The recovery key with fingerprint {shown(status.key_id)} was set up on {made}{by}. Compare "
                    "the fingerprint with the one written down when the key was made: if they differ, the key was "
                    "replaced outside NPS Trainer. ")
            if status.altered:
                text = ("Warning: the recovery key stored in the database does not match its fingerprint "
                        f"{shown(status.key_id)}: it was changed outside NPS Trainer, and no record is sealed to it "
                        "until it is repaired. Replace the recovery key below (with the recovery passphrase) and ask "
                        "your IT support to check the database. ")
            elif status.not_sealed:
                text += (f"{status.not_sealed} of {status.records} screening record(s) are not sealed to it yet: "
                         "each is sealed when its practitioner next opens Screening. Until then it cannot be moved "
                         "or recovered.")
            else:
                text += f"All {status.records} screening record(s) are sealed to it."
        else:
            text = ("There is no recovery key yet: a forgotten passphrase loses that person's screening records, "
                    "and a case's screenings cannot move to another practitioner. Set one up below.")
        self.status.setText(text)
        self.setup_box.setVisible(not status.set_up)
        for box in (self.replace_box, self.move_box, self.reset_box):
            box.setVisible(status.set_up)
        self.temporary.clear()
        self.temporary_label.setVisible(False)
        self.temporary.setVisible(False)
        self._fill_people()

    def _fill_people(self) -> None:
        everyone = self.services.profiles.list(include_archived=True)
        me = self.signed_in.profile.id if self.signed_in is not None else None
        for combo, people in (
            (self.move_from, everyone),  # an archived practitioner's cases are the ones most often moved
            (self.move_to, self.services.recovery.receivers(self.signed_in.profile) if self.signed_in else []),
            (self.reset_who, [p for p in everyone if not p.archived and p.has_passphrase and p.id != me]),
        ):
            chosen = combo.currentData()
            combo.clear()
            for person in people:
                archived = " (archived)" if person.archived else ""
                combo.addItem(f"{person.display_name} — {person.role_label}{archived}", person.id)
            index = combo.findData(chosen)
            if index >= 0:
                combo.setCurrentIndex(index)

    def _acting(self):
        return self.signed_in.profile

    def _run(self, title: str, action, clear: tuple[QLineEdit, ...]):
        """Run a recovery action with a wait cursor; its refusal, if any, is shown and None returned. The
        passphrase boxes are cleared either way."""
        from ...identity import SignInThrottled, WeakPassphrase
        from ...profiles import NotAllowed
        from ...recovery import NoRecoveryKey, WrongRecoveryPassphrase

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return action()
        except (WrongRecoveryPassphrase, SignInThrottled, WeakPassphrase, NotAllowed, NoRecoveryKey, LookupError,
                ValueError) as exc:
            QGuiApplication.restoreOverrideCursor()
            messages.warn(self, title, str(exc).strip("'\""))
            return None
        finally:
            if QGuiApplication.overrideCursor() is not None:
                QGuiApplication.restoreOverrideCursor()
            for edit in clear:
                edit.clear()

    # -- actions ----------------------------------------------------------------------------------------------
    def set_up(self) -> None:
        title = "Set up the recovery key"
        if self.setup_passphrase.text() != self.setup_confirm.text():
            messages.warn(self, title, "The two recovery passphrases are not the same. Enter it again in both boxes.")
            self.setup_confirm.clear()
            self.setup_confirm.setFocus()
            return
        passphrase = self.setup_passphrase.text()
        key_id = self._run(title, lambda: self.services.recovery.set_up(self._acting(), passphrase),
                           (self.setup_passphrase, self.setup_confirm))
        if key_id is None:
            self.setup_passphrase.setFocus()
            return
        self.refresh()
        from ...recovery.key import shown

        messages.inform(self, title, f"The recovery key is set up. Write down its fingerprint, {shown(key_id)}, with "
                                     "the date, and keep it apart from the database: Team → Recovery key always shows "
                                     "the current key's, to compare. Every new screening is sealed to it, and each "
                                     "existing one when its practitioner next opens Screening. Keep the recovery "
                                     "passphrase where only managers can get it.")
        self.case_reference.setFocus()

    def replace(self) -> None:
        title = "Replace the recovery key"
        if self.replace_new.text() != self.replace_confirm.text():
            messages.warn(self, title, "The two new recovery passphrases are not the same. Enter it again in both "
                                       "boxes.")
            self.replace_confirm.clear()
            self.replace_confirm.setFocus()
            return
        old, new = self.replace_old.text(), self.replace_new.text()
        result = self._run(title, lambda: self.services.recovery.replace(self._acting(), old, new),
                           (self.replace_old, self.replace_new, self.replace_confirm))
        if result is None:
            self.replace_old.setFocus()
            return
        self.refresh()
        from ...recovery.key import shown

        text = (f"The recovery key is replaced: write down its new fingerprint, {shown(result.key_id)}. "
                f"{result.resealed} record(s) were sealed to it.")
        if result.not_sealed:
            text += (f" {result.not_sealed} record(s) were not sealed to the old key: each is sealed to the new one "
                     "when its practitioner next opens Screening.")
        messages.inform(self, title, text)

    def move_case(self) -> None:
        title = "Move a case's screenings"
        reference = self.case_reference.text()
        source, target = self.move_from.currentData(), self.move_to.currentData()
        if source is None or target is None:
            messages.warn(self, title, "Choose who made the screenings and who they move to.")
            return
        passphrase = self.move_passphrase.text()
        result = self._run(title, lambda: self.services.recovery.move_case(self._acting(), passphrase, reference,
                                                                           source, target),
                           (self.move_passphrase,))
        if result is None:
            self.move_passphrase.setFocus()
            return
        source_name, target_name = self.move_from.currentText().split(" — ")[0], self.move_to.currentText().split(
            " — ")[0]
        if result.moved:
            text = f"{result.moved} screening(s) of case {reference.strip()} moved from {source_name} to {target_name}."
        else:
            text = f"{source_name} has no recoverable screening of case {reference.strip()}: nothing was moved."
        if result.not_checked:
            text += (f" {result.not_checked} of {source_name}'s screening(s) are not sealed to the recovery key yet, "
                     f"so they could not be checked; they stay with {source_name}.")
        if result.damaged:
            text += f" {result.damaged} record(s) could not be read (damaged) and stay as they were."
        self.refresh()
        messages.inform(self, title, text)
        self.case_reference.clear()

    def reset(self) -> None:
        title = "Reset a forgotten passphrase"
        person = self.reset_who.currentData()
        if person is None:
            messages.warn(self, title, "Choose whose passphrase to reset.")
            return
        name = self.reset_who.currentText().split(" — ")[0]
        lost, total = self.services.recovery.unrecoverable(person)
        if lost:
            losing = (f"{lost} of their {total} screening record(s) are not sealed to the recovery key and will be "
                      "lost: nobody can read them after the reset.")
        else:
            losing = f"All {total} of their screening record(s) are sealed to the recovery key and will be recovered."
        if not messages.confirm(self, title, f"Reset {name}'s passphrase? Their current passphrase stops working "
                                             f"at once. {losing}"):
            return
        passphrase = self.reset_passphrase.text()
        result = self._run(title, lambda: self.services.recovery.reset_passphrase(self._acting(), passphrase, person),
                           (self.reset_passphrase,))
        if result is None:
            self.reset_passphrase.setFocus()
            return
        self.refresh()
        self.temporary.setText(result.temporary_passphrase)
        self.temporary_label.setVisible(True)
        self.temporary.setVisible(True)
        text = (f"{name}'s temporary passphrase is shown on this page once: give it to them in person. At their "
                f"next sign-in they choose their own. {result.recovered} screening record(s) were recovered.")
        if result.lost:
            text += (f" {result.lost} record(s) were not sealed to the recovery key and can no longer be read by "
                     "anyone.")
        if result.damaged:
            text += f" {result.damaged} record(s) could not be read (damaged)."
        messages.inform(self, title, text)
        self.temporary.setFocus()
        self.temporary.selectAll()
