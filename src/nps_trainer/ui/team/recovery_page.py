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

from ...i18n import tr, tr_noop
from ...i18n.dates import short_date
from .. import messages
from ..widgets import buddy, note, return_clicks

TITLE = tr_noop("Recovery key")


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
        layout.addWidget(note(tr(
            "Each screening record's key is sealed to the practitioner who made it and to the organisation's "
            "recovery key. With the recovery passphrase, which managers hold and keep out of the app, a manager "
            "can move a case's screenings to another practitioner and reset a forgotten passphrase. Nobody else can "
            "read a record; every use of the recovery key is written to the audit log.")))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Recovery key status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)

        # -- set up (no key yet) ------------------------------------------------------------------------------
        self.setup_box = QGroupBox(tr("Set up the recovery key"))
        form = QFormLayout(self.setup_box)
        form.addRow(note(tr("Choose a recovery passphrase (at least 12 characters; several random words work well). "
                            "Write it down and keep it where only managers can get it: it is not stored anywhere, "
                            "and without it nothing can be recovered.")))
        self.setup_passphrase = _secret(tr("New recovery passphrase"))
        form.addRow(buddy(tr("&New recovery passphrase:"), self.setup_passphrase), self.setup_passphrase)
        self.setup_confirm = _secret(tr("Confirm the new recovery passphrase"))
        form.addRow(buddy(tr("Confirm &it:"), self.setup_confirm), self.setup_confirm)
        self.setup_button = _button(tr("Set &up the recovery key"), tr("Set up the recovery key"), self.set_up)
        self.setup_confirm.returnPressed.connect(self.set_up)
        form.addRow(self.setup_button)
        layout.addWidget(self.setup_box)

        # -- replace ------------------------------------------------------------------------------------------
        self.replace_box = QGroupBox(tr("Replace the recovery key"))
        form = QFormLayout(self.replace_box)
        form.addRow(note(tr("For a new recovery passphrase (a manager who knew it has left, say). Every record "
                            "sealed to the current key is sealed to the new one; the old passphrase stops working.")))
        self.replace_old = _secret(tr("Current recovery passphrase"))
        form.addRow(buddy(tr("&Current recovery passphrase:"), self.replace_old), self.replace_old)
        self.replace_new = _secret(tr("New recovery passphrase"))
        form.addRow(buddy(tr("&New recovery passphrase:"), self.replace_new), self.replace_new)
        self.replace_confirm = _secret(tr("Confirm the new recovery passphrase"))
        form.addRow(buddy(tr("Confirm &it:"), self.replace_confirm), self.replace_confirm)
        self.replace_button = _button(tr("Replace the recovery &key"), tr("Replace the recovery key"), self.replace)
        form.addRow(self.replace_button)
        layout.addWidget(self.replace_box)

        # -- move a case --------------------------------------------------------------------------------------
        self.move_box = QGroupBox(tr("Move a case's screenings to another practitioner"))
        form = QFormLayout(self.move_box)
        self.case_reference = QLineEdit()
        self.case_reference.setAccessibleName(tr("Case reference of the screenings to move"))
        self.case_reference.setMaxLength(40)
        form.addRow(buddy(tr("Case &reference:"), self.case_reference), self.case_reference)
        self.move_from = QComboBox()
        self.move_from.setAccessibleDescription(tr("Practitioner who made the screenings"))  # named by its label
        form.addRow(buddy(tr("&Made by:"), self.move_from), self.move_from)
        self.move_to = QComboBox()
        self.move_to.setAccessibleDescription(tr("Practitioner to move them to"))  # named by its label
        form.addRow(buddy(tr("Move t&o:"), self.move_to), self.move_to)
        self.move_passphrase = _secret(tr("Recovery passphrase to move the screenings"))
        form.addRow(buddy(tr("R&ecovery passphrase:"), self.move_passphrase), self.move_passphrase)
        self.move_button = _button(tr("Mo&ve these screenings"), tr("Move these screenings"), self.move_case)
        self.move_passphrase.returnPressed.connect(self.move_case)
        form.addRow(self.move_button)
        layout.addWidget(self.move_box)

        # -- reset a passphrase -------------------------------------------------------------------------------
        self.reset_box = QGroupBox(tr("Reset a forgotten passphrase"))
        form = QFormLayout(self.reset_box)
        form.addRow(note(tr("They get a temporary passphrase, shown here once: give it to them in person. At their "
                            "next sign-in they must choose their own. Records not yet sealed to the recovery key "
                            "cannot be recovered.")))
        self.reset_who = QComboBox()
        self.reset_who.setAccessibleName(tr("Whose passphrase to reset"))
        form.addRow(buddy(tr("&Whose passphrase:"), self.reset_who), self.reset_who)
        self.reset_passphrase = _secret(tr("Recovery passphrase to reset a passphrase"))
        form.addRow(buddy(tr("Recovery pa&ssphrase:"), self.reset_passphrase), self.reset_passphrase)
        self.reset_button = _button(tr("Reset passphrase an&d show a temporary one"),
                                    tr("Reset passphrase and show a temporary one"), self.reset)
        self.reset_passphrase.returnPressed.connect(self.reset)
        form.addRow(self.reset_button)
        self.temporary = QLineEdit()
        self.temporary.setReadOnly(True)
        self.temporary.setAccessibleName(tr("Temporary passphrase, shown once"))
        self.temporary_label = QLabel(tr("Temporary passphrase:"))
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
            if status.created_at:
                created = status.created_at.astimezone()
                made = short_date(created, padded=True)
            else:
                made = ""
            if status.created_by:
                text = tr("The recovery key with fingerprint {fingerprint} was set up on {date} by {name}.")
            else:
                text = tr("The recovery key with fingerprint {fingerprint} was set up on {date}.")
            text = text.format(fingerprint=shown(status.key_id), date=made, name=status.created_by)
            text += " " + tr("Compare the fingerprint with the one written down when the key was made: if they "
                             "differ, the key was replaced outside NPS Trainer.") + " "
            if status.altered:
                text = tr("Warning: the recovery key stored in the database does not match its fingerprint "
                          "{fingerprint}: it was changed outside NPS Trainer, and no record is sealed to it until it "
                          "is repaired. Replace the recovery key below (with the recovery passphrase) and ask your IT "
                          "support to check the database.").format(fingerprint=shown(status.key_id)) + " "
            elif status.not_sealed:
                text += tr("{not_sealed} of {records} screening record(s) are not sealed to it yet: each is sealed "
                           "when its practitioner next opens Screening. Until then it cannot be moved or "
                           "recovered.").format(not_sealed=status.not_sealed, records=status.records)
            else:
                text += tr("All {records} screening record(s) are sealed to it.").format(records=status.records)
        else:
            text = tr("There is no recovery key yet: a forgotten passphrase loses that person's screening records, "
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
                archived = " " + tr("(archived)") if person.archived else ""
                combo.addItem(f"{person.display_name} — {tr(person.role_label)}{archived}", person.id)
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
        title = tr("Set up the recovery key")
        if self.setup_passphrase.text() != self.setup_confirm.text():
            messages.warn(self, title, tr("The two recovery passphrases are not the same. Enter it again in both "
                                          "boxes."))
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

        messages.inform(self, title, tr("The recovery key is set up. Write down its fingerprint, {fingerprint}, with "
                                        "the date, and keep it apart from the database: Team → Recovery key always "
                                        "shows the current key's, to compare. Every new screening is sealed to it, and "
                                        "each existing one when its practitioner next opens Screening. Keep the "
                                        "recovery passphrase where only managers can get it.").format(
                                            fingerprint=shown(key_id)))
        self.case_reference.setFocus()

    def replace(self) -> None:
        title = tr("Replace the recovery key")
        if self.replace_new.text() != self.replace_confirm.text():
            messages.warn(self, title, tr("The two new recovery passphrases are not the same. Enter it again in both "
                                          "boxes."))
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

        text = tr("The recovery key is replaced: write down its new fingerprint, {fingerprint}. {count} record(s) "
                  "were sealed to it.").format(fingerprint=shown(result.key_id), count=result.resealed)
        if result.not_sealed:
            text += " " + tr("{count} record(s) were not sealed to the old key: each is sealed to the new one when its "
                             "practitioner next opens Screening.").format(count=result.not_sealed)
        messages.inform(self, title, text)

    def move_case(self) -> None:
        title = tr("Move a case's screenings")
        reference = self.case_reference.text()
        source, target = self.move_from.currentData(), self.move_to.currentData()
        if source is None or target is None:
            messages.warn(self, title, tr("Choose who made the screenings and who they move to."))
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
            text = tr("{count} screening(s) of case {case} moved from {source} to {target}.").format(
                count=result.moved, case=reference.strip(), source=source_name, target=target_name)
        else:
            text = tr("{source} has no recoverable screening of case {case}: nothing was moved.").format(
                source=source_name, case=reference.strip())
        if result.not_checked:
            text += " " + tr("{count} of {source}'s screening(s) are not sealed to the recovery key yet, so they could "
                             "not be checked; they stay with {source}.").format(count=result.not_checked,
                                                                                 source=source_name)
        if result.damaged:
            text += " " + tr("{count} record(s) could not be read (damaged) and stay as they were.").format(
                count=result.damaged)
        self.refresh()
        messages.inform(self, title, text)
        self.case_reference.clear()

    def reset(self) -> None:
        title = tr("Reset a forgotten passphrase")
        person = self.reset_who.currentData()
        if person is None:
            messages.warn(self, title, tr("Choose whose passphrase to reset."))
            return
        name = self.reset_who.currentText().split(" — ")[0]
        lost, total = self.services.recovery.unrecoverable(person)
        if lost:
            losing = tr("{lost} of their {total} screening record(s) are not sealed to the recovery key and will be "
                        "lost: nobody can read them after the reset.").format(lost=lost, total=total)
        else:
            losing = tr("All {total} of their screening record(s) are sealed to the recovery key and will be "
                        "recovered.").format(total=total)
        question = tr("Reset {name}'s passphrase? Their current passphrase stops working at once.").format(name=name)
        if not messages.confirm(self, title, f"{question} {losing}"):
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
        text = tr("{name}'s temporary passphrase is shown on this page once: give it to them in person. At their "
                  "next sign-in they choose their own. {count} screening record(s) were recovered.").format(
            name=name, count=result.recovered)
        if result.lost:
            text += " " + tr("{count} record(s) were not sealed to the recovery key and can no longer be read by "
                             "anyone.").format(count=result.lost)
        if result.damaged:
            text += " " + tr("{count} record(s) could not be read (damaged).").format(count=result.damaged)
        messages.inform(self, title, text)
        self.temporary.setFocus()
        self.temporary.selectAll()
