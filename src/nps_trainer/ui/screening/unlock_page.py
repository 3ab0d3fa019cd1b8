"""Setting the screening passphrase the first time, and entering it to unlock the screening area."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...i18n import tr
from ...identity import KeyStore
from ...identity.crypto import MIN_PASSPHRASE_LENGTH, Keyring, WeakPassphrase, WrongPassphrase
from .. import messages
from ..widgets import buddy, heading, name, note


def rules() -> str:
    return tr("Use at least {minimum} characters; three or more random words work well. Nobody can recover your "
              "screening records if you forget it.").format(minimum=MIN_PASSPHRASE_LENGTH)


class UnlockPage(QWidget):
    unlocked = Signal(object)  # the Keyring

    def __init__(self, keys: KeyStore, profile_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keys = keys
        self.profile_id = profile_id
        self.setting = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        self.title = heading(tr("Unlock screening"), 2)
        layout.addWidget(self.title)
        self.explain = note("")
        layout.addWidget(self.explain)
        self.notice = note("")
        self.notice.setStyleSheet("font-weight: bold;")
        self.notice.hide()
        layout.addWidget(self.notice)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        name(self.passphrase, tr("Passphrase"))
        form.addRow(buddy(tr("&Passphrase:"), self.passphrase), self.passphrase)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        name(self.confirm_edit, tr("Confirm passphrase"))
        self.confirm_label = buddy(tr("&Confirm passphrase:"), self.confirm_edit)
        form.addRow(self.confirm_label, self.confirm_edit)
        layout.addLayout(form)
        self.rules = note(rules())
        layout.addWidget(self.rules)
        row = QHBoxLayout()
        self.button = QPushButton(tr("&Unlock"))
        self.button.setAutoDefault(True)
        self.button.clicked.connect(self.submit)
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.passphrase.returnPressed.connect(self._return_pressed)
        self.confirm_edit.returnPressed.connect(self.submit)

    def prepare(self, notice: str = "") -> None:
        """Show the right form for this profile (set or enter), empty, with the cursor in the passphrase."""
        self.setting = not self.keys.has_passphrase(self.profile_id)
        self.passphrase.clear()
        self.confirm_edit.clear()
        self.confirm_edit.setVisible(self.setting)
        self.confirm_label.setVisible(self.setting)
        self.rules.setVisible(self.setting)
        if self.setting:
            self.title.setText(tr("Set a screening passphrase"))
            self.explain.setText(tr("Screening records are encrypted with a passphrase that only you know. Choose "
                                    "it now and enter it twice. You will need it each time you open screening."))
            self.button.setText(tr("&Set passphrase"))
        else:
            self.title.setText(tr("Unlock screening"))
            self.explain.setText(tr("Enter your screening passphrase to see and add screening records."))
            self.button.setText(tr("&Unlock"))
        self.button.setAccessibleName(self.button.text().replace("&", ""))
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self.passphrase.setFocus()

    def _return_pressed(self) -> None:
        if self.setting and not self.confirm_edit.text():
            self.confirm_edit.setFocus()
        else:
            self.submit()

    def submit(self) -> None:
        text = self.passphrase.text()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            keyring = self._set(text) if self.setting else self._unlock(text)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if keyring is not None:
            self.passphrase.clear()
            self.confirm_edit.clear()
            self.unlocked.emit(keyring)

    def _set(self, text: str) -> Keyring | None:
        if text != self.confirm_edit.text():
            messages.warn(self, tr("Set a screening passphrase"), tr("The two passphrases are not the same. Enter it "
                                                                     "again in both boxes."))
            self.confirm_edit.clear()
            self.confirm_edit.setFocus()
            return None
        try:
            return self.keys.set_passphrase(self.profile_id, text)
        except WeakPassphrase as exc:
            messages.warn(self, tr("Set a screening passphrase"), f"{exc}")
            self.passphrase.setFocus()
            self.passphrase.selectAll()
            return None

    def _unlock(self, text: str) -> Keyring | None:
        if not text:
            messages.warn(self, tr("Unlock screening"), tr("Enter your screening passphrase."))
            return None
        try:
            return self.keys.unlock(self.profile_id, text)
        except WrongPassphrase as exc:
            messages.warn(self, tr("Unlock screening"), str(exc))
            self.passphrase.clear()  # a wrong passphrase is not left in the field
            self.passphrase.setFocus()
            return None
