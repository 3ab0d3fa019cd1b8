"""The protected screening area: the unlock page, the record list and the form, locked when idle.

While unlocked it holds the profile's Keyring; locking forgets it. Drafts are saved as they change; what could not
be saved (an open amendment, or a draft whose save failed) is kept through the lock without the keyring, and put
back into the record opened again after unlocking."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from ...i18n import tr, tr_noop
from ...identity.crypto import Keyring
from ...identity.keys import ForeignKeyring
from ...profiles import ProfileInfo
from ...services import Services
from .. import messages
from .editor import RecordEditor, UnsavedWork
from .form_page import FormPage
from .idle_lock import IdleLock
from .record_list_page import RecordListPage
from .unlock_page import UnlockPage

KEYS_REVOKED = tr_noop("A manager reset your passphrase, so this sign-in can no longer open your screening records. "
                       "Nothing more was saved. Sign in again: with the temporary passphrase the manager gives you "
                       "(you then choose your own), or with the new passphrase you have chosen since.")  # via tr()


class ScreeningArea(QStackedWidget):
    record_created = Signal()  # the profile's number of records changed
    keys_revoked = Signal()  # the keys were replaced by a reset: the person must sign in again

    def __init__(self, services: Services, profile: ProfileInfo, parent: QWidget | None = None, *,
                 keyring: Keyring | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.profile = profile
        self.keyring: Keyring | None = None
        # Given the keys at sign-in, the area is locked and unlocked with the person's sign-in (the window signs
        # out when idle); without them it asks for the passphrase itself and locks itself when idle.
        self.signed_in_keys = keyring is not None
        self.resume_id: int | None = None
        self.resume_section = -1  # the section on show when locked, shown again on unlocking
        self.kept: UnsavedWork | None = None  # unsaved answers kept through a lock (no keyring in it)
        self.unlock_page = UnlockPage(services.keys, profile.id)
        self.unlock_page.unlocked.connect(self._unlocked)
        self.list_page = RecordListPage(services.screening, services.forms, profile.id)
        self.list_page.open_requested.connect(self.open_record)
        self.list_page.create_requested.connect(self.create_record)
        self.list_page.keys_revoked.connect(self._keys_revoked)
        self.form_page = FormPage(self._name, marking=lambda: services.settings.protective_marking)
        self.form_page.back_requested.connect(self.show_list)
        self.form_page.record_gone.connect(self._record_gone)
        for page in (self.unlock_page, self.list_page, self.form_page):
            self.addWidget(page)
        self.idle = IdleLock(self._idle_minutes(), self)
        self.idle.idle.connect(self.lock)
        self.unlock_page.prepare()
        if keyring is not None:
            self._unlocked(keyring)

    def _idle_minutes(self) -> float:
        return self.services.settings.screening_idle_lock_minutes

    def apply_settings(self) -> None:
        """The settings changed: use the idle-lock time at once (the countdown restarts if running)."""
        self.idle.set_interval_ms(max(1, int(self._idle_minutes() * 60_000)))

    def _name(self, profile_id: int) -> str:
        if profile_id == self.profile.id:
            return self.profile.display_name
        other = self.services.profiles.get(profile_id)
        return other.display_name if other else tr("profile {number}").format(number=profile_id)

    def activate(self) -> None:
        if self.keyring is None:
            self.setCurrentWidget(self.unlock_page)
            self.unlock_page.passphrase.setFocus()
        elif self.currentWidget() is self.list_page:
            self.list_page.refresh()

    # -- unlocking and locking ----------------------------------------------------------------------------------
    def _unlocked(self, keyring: Keyring) -> None:
        self.keyring = keyring
        self.list_page.set_keyring(keyring)
        self.apply_settings()
        if not self.signed_in_keys:
            self.idle.start()
        resume, self.resume_id = self.resume_id, None
        section, self.resume_section = self.resume_section, -1
        kept, self.kept = self.kept, None
        if resume is not None:
            self.open_record(resume)
            if kept is not None:
                self.form_page.restore(kept)
            if self.form_page.editor is not None and 0 < section < self.form_page.section_list.count():
                self.form_page.section_list.setCurrentRow(section)
        else:
            self.show_list()

    def unlock_with(self, keyring: Keyring) -> None:
        """The person signed in again: carry on where they were, with what was kept through the sign-out."""
        if self.keyring is None:
            self._unlocked(keyring)

    def lock(self) -> None:
        if self.keyring is None:
            return
        editor = self.form_page.editor
        self.resume_id = editor.opened.id if editor is not None else None
        self.resume_section = self.form_page.current_section()
        self.form_page.flush(warn=False)
        reason = self.form_page.save_error
        self.kept = self.form_page.unsaved_work()
        self.form_page.forget()
        self.keyring = None
        self.list_page.set_keyring(None)
        self.idle.stop()
        minutes = int(self.services.settings.screening_idle_lock_minutes)
        if self.kept is not None and self.kept.amendment_reason is not None:
            notice = tr("Screening was locked after %n minute(s) without use. Your amendment is not saved yet: it is "
                        "kept until you unlock, then save or cancel it; enter your passphrase to carry on.", "",
                        minutes)
        elif self.kept is not None:
            notice = tr("Screening was locked after %n minute(s) without use. Your latest answers could not be saved "
                        "({reason}): they are kept until you unlock, when saving is tried again; enter your "
                        "passphrase to carry on.", "", minutes).format(reason=reason)
        else:
            notice = tr("Screening was locked after %n minute(s) without use. Your answers were saved; enter your "
                        "passphrase to carry on.", "", minutes)
        self.unlock_page.prepare(notice)
        self.setCurrentWidget(self.unlock_page)

    # -- pages --------------------------------------------------------------------------------------------------
    def show_list(self) -> None:
        self.list_page.refresh()
        self.setCurrentWidget(self.list_page)
        self.list_page.table.setFocus() if self.list_page.rows else self.list_page.focus_new()

    def create_record(self, case_reference: str, form_id: str) -> None:
        if self.keyring is None:
            return
        try:
            opened = self.services.screening.create(self.profile.id, self.keyring, form_id, case_reference)
        except ForeignKeyring:
            self._keys_revoked()
            return
        except (ValueError, KeyError) as exc:
            messages.warn(self, tr("Start screening"), str(exc).strip("'\""))
            self.list_page.focus_new()
            return
        self.list_page.clear_new()
        self.record_created.emit()
        self._show_editor(RecordEditor(self.services.screening, self.profile.id, self.keyring, opened,
                                       self.profile.display_name))
        self.form_page.go_to_section(0)

    def open_record(self, record_id: int) -> None:
        if self.keyring is None:
            return
        try:
            opened = self.services.screening.open(self.profile.id, self.keyring, record_id)
        except ForeignKeyring:
            self._keys_revoked()
            return
        except LookupError as exc:
            messages.warn(self, tr("Open screening"), str(exc))
            self.show_list()
            return
        self._show_editor(RecordEditor(self.services.screening, self.profile.id, self.keyring, opened,
                                       self.profile.display_name))
        self.form_page.section_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_editor(self, editor: RecordEditor) -> None:
        self.form_page.open(editor)  # False keeps the record already open, whose changes could not be saved
        self.setCurrentWidget(self.form_page)

    # -- when the record or the keys are no longer the person's ------------------------------------------------
    def _record_gone(self, exc: Exception) -> None:
        """Saving the open record failed for good: moved to another practitioner (say so, stop saving it, back to
        the list), or the keys were replaced by a reset (sign out)."""
        if isinstance(exc, ForeignKeyring):
            self._keys_revoked()
            return
        self.form_page.forget()
        self.kept = None
        messages.warn(self, tr("Screening moved"), str(exc))
        self.show_list()

    def _keys_revoked(self) -> None:
        """The keys this sign-in holds no longer belong to the profile (a manager reset the passphrase): forget
        everything, tell the person, and have them sign in again."""
        if self.keyring is None:
            return
        self.form_page.forget()
        self.kept = None
        self.resume_id = None
        self.resume_section = -1
        self.keyring = None
        self.list_page.set_keyring(None)
        self.idle.stop()
        messages.warn(self, tr("Sign in again"), tr(KEYS_REVOKED))
        self.unlock_page.prepare(tr(KEYS_REVOKED))
        self.setCurrentWidget(self.unlock_page)
        self.keys_revoked.emit()

    # -- leaving ------------------------------------------------------------------------------------------------
    def can_leave(self) -> bool:
        if self.kept is not None:  # locked: kept until shutdown, in case another section keeps the user here
            return messages.confirm(self, tr("Screening not saved"),
                                    tr("Answers that were not saved were kept when screening locked. Leave without "
                                       "unlocking? They will be lost."))
        return self.form_page.can_leave()

    def shutdown(self) -> None:
        """Save what can be saved (leaving was agreed first), then forget the keyring and everything decrypted."""
        self.form_page.close_record(ask=False)
        self.kept = None
        self.resume_id = None
        self.resume_section = -1
        self.idle.stop()
        self.keyring = None
        self.list_page.set_keyring(None)
