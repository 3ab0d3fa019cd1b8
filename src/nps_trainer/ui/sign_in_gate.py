"""The first thing a person sees: sign in with their own passphrase, or create a profile.

On a new database the first profile made is its administrator (a manager). After that, anyone may make a
practitioner or drug service worker profile here; managers make managers and facilitators in Team → People.
A profile without a passphrase yet (made before sign-in existed, or by a manager) sets one at sign-in. A person
whose passphrase a manager reset through the recovery key signs in with the temporary one and chooses their own
in the same step.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..i18n import ENGLISH, WELSH, language, tr
from ..profiles import ORGANISATIONS, ROLES, SELF_SERVICE_ROLES, NotAllowed, ProfileInfo, ProfileService
from . import messages
from .qt_values import USER_ROLE, selectable_by_mouse
from .widgets import ScaledLabel, buddy, heading, note, return_clicks

if TYPE_CHECKING:
    from ..identity import SignInService

T = TypeVar("T")

# The sign-in service (and with it SQLAlchemy and the cryptography library) is loaded when someone signs in,
# not when the gate is first shown: start-up stays close to a bare window.
MIN_PASSPHRASE_LENGTH = 12  # as identity.crypto.MIN_PASSPHRASE_LENGTH (a test checks they agree)


def passphrase_rules() -> str:
    """What makes a passphrase acceptable, in the language in use."""
    return tr("At least {count} characters; three or more random words work well. It also protects your screening "
              "records, so keep it to yourself.").format(count=MIN_PASSPHRASE_LENGTH)


def _password_edit(accessible_name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible_name)
    return edit


def _wait_cursor() -> None:
    from PySide6.QtCore import Qt  # named where used: see qt_values

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)


#: The switch to the other language: its label and its accessible name, each in that language itself.
OTHER_LANGUAGE = {WELSH: ("Cymraeg", "Newid i'r Gymraeg"), ENGLISH: ("English", "Switch to English")}


class SignInGate(QWidget):
    """Emits ``signed_in`` with a :class:`~nps_trainer.identity.SignedIn`, and ``typing`` when someone starts typing
    a passphrase (the window gets ready for the sign-in meanwhile)."""

    signed_in = Signal(object)
    typing = Signal()
    preparing = Signal(object)  # a profile whose first page to make while its passphrase is checked; None: drop it
    language_wanted = Signal(str)  # "cy" or "en": the person asked for the app in that language

    def __init__(self, profiles: ProfileService, signin: Callable[[], SignInService], last_profile_id: int | None,
                 parent: QWidget | None = None, *, key_ahead: Callable[[int, str], None] | None = None) -> None:
        """``key_ahead(profile_id, text)`` is told the sign-in passphrase box's text whenever it changes, so that
        the key can be derived while it is typed (``identity.ahead``; empty text: forget it)."""
        super().__init__(parent)
        self._profiles = profiles
        self._get_signin = signin
        self._key_ahead = key_ahead
        self._last_profile_id = last_profile_id
        self._first_run = False
        # In a scroll area, so that at a large text size in a small window the form scrolls rather than being
        # squashed; the column's greatest width follows the text size (see fit_to_text).
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(tr("Sign in"))
        inner = QWidget()
        scroll.setWidget(inner)
        frame = QVBoxLayout(self)
        frame.setContentsMargins(0, 0, 0, 0)
        frame.addWidget(scroll)
        outer = QHBoxLayout(inner)
        column = QWidget()
        self._column = column
        self.fit_to_text()
        outer.addStretch(1)
        outer.addWidget(column, 4)
        outer.addStretch(1)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(24, 28, 24, 24)
        layout.setSpacing(12)
        top = QHBoxLayout()
        top.addWidget(heading(tr("Welcome to NPS Trainer")), 1)
        # The other language, named in itself (a Welsh speaker looks for "Cymraeg" whatever the screen is in).
        other = WELSH if language() == ENGLISH else ENGLISH
        self.language_button = QPushButton(OTHER_LANGUAGE[other][0])
        self.language_button.setAccessibleName(OTHER_LANGUAGE[other][1])
        self.language_button.setToolTip(OTHER_LANGUAGE[other][1])
        self.language_button.clicked.connect(lambda: self.language_wanted.emit(other))
        corner = QVBoxLayout()  # at the top of the row (an alignment would name Qt's namespace: see qt_values)
        corner.addWidget(self.language_button)
        corner.addStretch(1)
        top.addLayout(corner)
        layout.addLayout(top)
        self.intro = note("")
        layout.addWidget(self.intro)
        self.notice = ScaledLabel("", bold=True)  # bold without a style sheet (see MainWindow._show_workspace)
        self.notice.setWordWrap(True)
        selectable_by_mouse(self.notice)
        self.notice.setObjectName("signInNotice")
        self.notice.hide()
        layout.addWidget(self.notice)

        # -- signing in ---------------------------------------------------------------------------------------
        self.existing_box = QGroupBox(tr("Sign in"))
        existing = QFormLayout(self.existing_box)
        self.profile_list = QListWidget()
        self.profile_list.setMinimumHeight(96)
        self.profile_list.setMaximumHeight(190)
        self.profile_list.setAccessibleName(tr("Who are you?"))
        self.profile_list.currentItemChanged.connect(lambda *_: self._profile_changed())
        self.profile_list.itemActivated.connect(lambda _item: self.passphrase.setFocus())
        existing.addRow(buddy(tr("&Who are you?"), self.profile_list))
        existing.addRow(self.profile_list)
        self.passphrase = _password_edit(tr("Passphrase"))
        self.passphrase.returnPressed.connect(self._passphrase_return)
        self.passphrase.textEdited.connect(self.typing)
        self.passphrase.textChanged.connect(self._passphrase_changed)
        existing.addRow(buddy(tr("&Passphrase:"), self.passphrase), self.passphrase)
        self.confirm = _password_edit(tr("Confirm passphrase"))
        self.confirm.returnPressed.connect(self._confirm_return)
        self.confirm.textEdited.connect(self.typing)
        self.confirm_label = buddy(tr("Con&firm passphrase:"), self.confirm)
        existing.addRow(self.confirm_label, self.confirm)
        self.setup_code = QLineEdit()
        self.setup_code.setAccessibleName(tr("Setup code"))
        self.setup_code.setPlaceholderText(tr("From the manager who added you, for example 7KQ2-M9XD-HP4A"))
        self.setup_code.returnPressed.connect(self._sign_in)
        self.setup_code_label = buddy(tr("Setup c&ode:"), self.setup_code)
        existing.addRow(self.setup_code_label, self.setup_code)
        # After a manager's reset: the person's own new passphrase, twice (hidden until then).
        self._changing = False
        self.reset_passphrase = _password_edit(tr("Your new passphrase"))
        self.reset_passphrase.returnPressed.connect(lambda: self.reset_confirm.setFocus())
        self.reset_passphrase_label = buddy(tr("&New passphrase:"), self.reset_passphrase)
        existing.addRow(self.reset_passphrase_label, self.reset_passphrase)
        self.reset_confirm = _password_edit(tr("Confirm your new passphrase"))
        self.reset_confirm.returnPressed.connect(self._sign_in)
        self.reset_confirm_label = buddy(tr("&Confirm new passphrase:"), self.reset_confirm)
        existing.addRow(self.reset_confirm_label, self.reset_confirm)
        self.set_hint = note("")
        existing.addRow(self.set_hint)
        self.continue_button = QPushButton(tr("&Sign in"))
        self.continue_button.setAccessibleName(tr("Sign in"))
        self.continue_button.clicked.connect(self._sign_in)
        return_clicks(self.continue_button)
        existing.addRow(self.continue_button)
        layout.addWidget(self.existing_box)
        self.create_toggle = QPushButton(tr("New here? Cr&eate your profile…"))
        self.create_toggle.setAccessibleName(tr("New here? Create your profile"))
        self.create_toggle.clicked.connect(self.show_create)
        return_clicks(self.create_toggle)
        toggle_row = QHBoxLayout()  # at the left, its own width
        toggle_row.addWidget(self.create_toggle)
        toggle_row.addStretch(1)
        layout.addLayout(toggle_row)

        # The form to create a profile is made when first shown (see _make_create_form).
        self._column_layout = layout
        self._create_form_made = False
        layout.addStretch(1)
        self.reload()

    # -- state ------------------------------------------------------------------------------------------------
    # -- the form to create a profile, made when first needed ---------------------------------------------------
    #: Its widgets: asking for one makes the form (see __getattr__).
    CREATE_FORM_PARTS = frozenset({"new_box", "name_edit", "role_combo", "role_label", "organisation_combo",
                                   "team_edit", "new_passphrase", "new_confirm", "new_note", "back_button",
                                   "create_button"})

    def __getattr__(self, name: str):
        """The create-profile form's widgets, made on first use: most starts show only signing in, and the form's
        fifteen widgets (two combo boxes among them) cost the sign-in screen about 1.5 ms."""
        if name in SignInGate.CREATE_FORM_PARTS and not self.__dict__.get("_create_form_made", True):
            self._make_create_form()
            return self.__dict__[name]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def _make_create_form(self) -> None:
        from PySide6.QtWidgets import QComboBox

        self._create_form_made = True
        layout = self._column_layout
        self.new_box = QGroupBox(tr("Create a profile"))
        form = QFormLayout(self.new_box)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(80)
        self.name_edit.setPlaceholderText(tr("For example, Sam K."))
        self.name_edit.setAccessibleName(tr("Display name"))
        self.name_edit.returnPressed.connect(lambda: self.new_passphrase.setFocus())
        form.addRow(buddy(tr("Display &name:"), self.name_edit), self.name_edit)
        self.role_combo = QComboBox()
        self.role_combo.setAccessibleName(tr("Role"))
        self.role_combo.currentIndexChanged.connect(lambda _i: self._role_changed())
        self.role_label = buddy(tr("&Role:"), self.role_combo)
        form.addRow(self.role_label, self.role_combo)
        self.organisation_combo = QComboBox()
        for key, label in ORGANISATIONS.items():
            self.organisation_combo.addItem(tr(label), key)
        self.organisation_combo.setAccessibleName(tr("Organisation"))
        form.addRow(buddy(tr("Or&ganisation:"), self.organisation_combo), self.organisation_combo)
        self.team_edit = QLineEdit()
        self.team_edit.setMaxLength(80)
        self.team_edit.setPlaceholderText(tr("For example, Leeds North (optional)"))
        self.team_edit.setAccessibleName(tr("Team"))
        form.addRow(buddy(tr("&Team:"), self.team_edit), self.team_edit)
        self.new_passphrase = _password_edit(tr("New passphrase"))
        self.new_passphrase.returnPressed.connect(lambda: self.new_confirm.setFocus())
        self.new_passphrase.textEdited.connect(self.typing)
        form.addRow(buddy(tr("Pass&phrase:"), self.new_passphrase), self.new_passphrase)
        self.new_confirm = _password_edit(tr("Confirm new passphrase"))
        self.new_confirm.returnPressed.connect(self._create)
        form.addRow(buddy(tr("Confir&m:"), self.new_confirm), self.new_confirm)
        self.new_note = note("")
        form.addRow(self.new_note)
        row = QHBoxLayout()
        self.back_button = QPushButton(tr("&Back to sign in"))
        self.back_button.setAccessibleName(tr("Back to sign in"))
        self.back_button.clicked.connect(self.show_sign_in)
        return_clicks(self.back_button)
        row.addWidget(self.back_button)
        row.addStretch(1)
        self.create_button = QPushButton(tr("&Create profile and sign in"))
        self.create_button.setAccessibleName(tr("Create profile and sign in"))
        self.create_button.clicked.connect(self._create)
        return_clicks(self.create_button)
        row.addWidget(self.create_button)
        form.addRow(row)
        layout.insertWidget(layout.count() - 1, self.new_box)  # above the closing stretch
        self.new_box.hide()
        previous = self.create_toggle  # Tab goes on from the toggle into the form, as if it had been made with it
        for widget in (self.name_edit, self.role_combo, self.organisation_combo, self.team_edit, self.new_passphrase,
                       self.new_confirm, self.back_button, self.create_button):
            QWidget.setTabOrder(previous, widget)
            previous = widget
        self._fill_create_form()

    def _fill_create_form(self) -> None:
        """The roles someone may choose, and the form's words, for a first run (the administrator) or not."""
        self.role_combo.clear()
        if self._first_run:
            self.new_box.setTitle(tr("Create the administrator's profile"))
            self.role_combo.addItem(tr(ROLES["manager"]), "manager")
            self.role_combo.setEnabled(False)
        else:
            self.new_box.setTitle(tr("New here? Create your profile"))
            for key in SELF_SERVICE_ROLES:
                self.role_combo.addItem(tr(ROLES[key]), key)
            self.role_combo.setEnabled(True)
        self.new_note.setText(passphrase_rules() if self._first_run else " ".join(
            (passphrase_rules(), tr("Managers and facilitators are set up by a manager."))))
        self._role_changed()

    def fit_to_text(self) -> None:
        """At most about 70 average characters wide (640 pixels at the normal text size), so the form is as
        wide, relative to its text, at any text size (the window calls this when it applies a text size). Measured
        in the application's font: a new one reaches the widgets only once Qt has handled its events."""
        from PySide6.QtGui import QFontMetrics
        from PySide6.QtWidgets import QApplication

        self._column.setMaximumWidth(max(640, QFontMetrics(QApplication.font()).averageCharWidth() * 70))

    def reload(self, last_profile_id: int | None = None, notice: str = "") -> None:
        """List the profiles again, selecting ``last_profile_id`` (the one last used) when given."""
        if last_profile_id is not None:
            self._last_profile_id = last_profile_id
        self.profile_list.blockSignals(True)
        self.profile_list.clear()
        everyone = self._profiles.list(include_archived=True)
        profiles = [p for p in everyone if not p.archived]
        self._first_run = not everyone
        for profile in profiles:
            item = QListWidgetItem(f"{profile.display_name} — {tr(profile.role_label)}")
            item.setData(USER_ROLE, profile)
            self.profile_list.addItem(item)
            if profile.id == self._last_profile_id:
                self.profile_list.setCurrentItem(item)
        if profiles and self.profile_list.currentRow() < 0:
            self.profile_list.setCurrentRow(0)
        self.profile_list.blockSignals(False)
        if self._first_run:
            self.intro.setText(tr("Set up NPS Trainer on this database. The first profile is its administrator: a "
                                  "manager, who can add managers and facilitators and see the team's training. "
                                  "Choose a passphrase only you know; you will sign in with it."))
        else:
            self.intro.setText(tr("Learning modules, quizzes and an NPS-aware screening form for probation and drug "
                                  "service staff. Sign in with your own passphrase; your records are yours."))
        if self._create_form_made:
            self._fill_create_form()
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self._clear_passphrases()
        self._profile_changed()
        if profiles:
            self.show_sign_in()
        else:
            self.show_create()

    def show_sign_in(self) -> None:
        """Signing in in view (the usual case); creating a profile one button away."""
        if not self.profile_list.count():
            return
        if self._create_form_made:
            self.new_box.hide()
        self.existing_box.show()
        self.create_toggle.show()
        self.passphrase.setFocus()

    def show_create(self) -> None:
        """The form to create a profile (on a new database, the only thing on the page)."""
        self.existing_box.hide()
        self.create_toggle.hide()
        self.new_box.show()
        self.back_button.setVisible(self.profile_list.count() > 0)
        self.name_edit.setFocus()

    def selected_profile(self) -> ProfileInfo | None:
        item = self.profile_list.currentItem()
        return item.data(USER_ROLE) if item is not None else None

    def _passphrase_changed(self, text: str) -> None:
        """Derive the key for the passphrase as typed so far (a profile that has none yet has no key to derive)."""
        if self._key_ahead is None:
            return
        profile = self.selected_profile()
        if profile is None or not profile.has_passphrase:
            text = ""  # forget whatever was derived
        self._key_ahead(profile.id if profile is not None else 0, text)

    def _needs_passphrase(self) -> bool:
        profile = self.selected_profile()
        return profile is not None and not profile.has_passphrase

    def _needs_setup_code(self) -> bool:
        profile = self.selected_profile()
        return (self._needs_passphrase() and profile is not None
                and self._profiles.first_passphrase_rule(profile) in ("code", "refused"))

    def _show_reset_step(self, shown: bool) -> None:
        """The two boxes for a person's own passphrase after a manager reset theirs."""
        self._changing = shown
        for widget in (self.reset_passphrase, self.reset_passphrase_label, self.reset_confirm,
                       self.reset_confirm_label):
            widget.setVisible(shown)
        self.reset_passphrase.clear()
        self.reset_confirm.clear()

    def _profile_changed(self) -> None:
        self._show_reset_step(False)
        setting = self._needs_passphrase()
        code = self._needs_setup_code()
        self.confirm.setVisible(setting)
        self.confirm_label.setVisible(setting)
        self.setup_code.setVisible(code)
        self.setup_code_label.setVisible(code)
        self.setup_code.clear()
        self.set_hint.setVisible(setting)
        parts = [tr("This profile has no passphrase yet. Choose one now and enter it twice."), passphrase_rules()]
        if code:
            parts.append(tr("You also need the setup code the manager who added you was given."))
        self.set_hint.setText(" ".join(parts) if setting else "")
        self.continue_button.setText(tr("&Set passphrase and sign in") if setting else tr("&Sign in"))
        self.continue_button.setAccessibleName(self.continue_button.text().replace("&", ""))
        self.passphrase.clear()
        self.confirm.clear()

    def _role_changed(self) -> None:
        organisation = "drug_service" if self.role_combo.currentData() == "drug_service" else "probation"
        self.organisation_combo.setCurrentIndex(self.organisation_combo.findData(organisation))

    def _clear_passphrases(self) -> None:
        edits = [self.passphrase, self.confirm, self.setup_code, self.reset_passphrase, self.reset_confirm]
        if self._create_form_made:
            edits += [self.new_passphrase, self.new_confirm]
        for edit in edits:
            edit.clear()

    def focus_first(self) -> None:
        """The focus on the box to type in first (the window calls this whenever it shows the gate)."""
        (self.passphrase if self.existing_box.isVisibleTo(self) else self.name_edit).setFocus()

    # -- actions ----------------------------------------------------------------------------------------------
    def _passphrase_return(self) -> None:
        if self._changing and not self.reset_passphrase.text():
            self.reset_passphrase.setFocus()
        elif self._needs_passphrase() and not self.confirm.text():
            self.confirm.setFocus()
        else:
            self._confirm_return()

    def _confirm_return(self) -> None:
        if self._needs_setup_code() and not self.setup_code.text():
            self.setup_code.setFocus()
        else:
            self._sign_in()

    def _sign_in(self) -> None:
        from ..identity import PassphraseChangeRequired, SignInThrottled, WeakPassphrase, WrongPassphrase

        profile = self.selected_profile()
        if profile is None:
            return
        text = self.passphrase.text()
        title = tr("Sign in")
        signin = self._get_signin()
        if self._needs_passphrase():
            if text != self.confirm.text():
                messages.warn(self, title, tr("The two passphrases are not the same. Enter it again in both boxes."))
                self.confirm.clear()
                self.confirm.setFocus()
                return
            code = self.setup_code.text()
            attempt = lambda: signin.set_passphrase(profile.id, text, code)  # noqa: E731
        elif self._changing:
            new = self.reset_passphrase.text()
            if new != self.reset_confirm.text():
                messages.warn(self, title,
                              tr("The two new passphrases are not the same. Enter it again in both boxes."))
                self.reset_confirm.clear()
                self.reset_confirm.setFocus()
                return
            attempt = lambda: signin.sign_in(profile.id, text, new_passphrase=new)  # noqa: E731
        else:
            if not text:
                messages.warn(self, title, tr("Enter the passphrase for {name}.").format(name=profile.display_name))
                self.passphrase.setFocus()
                return
            attempt = lambda: signin.sign_in(profile.id, text)  # noqa: E731
        _wait_cursor()
        try:
            signed = self._attempt_while_preparing(attempt, profile)
        except PassphraseChangeRequired as exc:
            QGuiApplication.restoreOverrideCursor()
            self._ask_for_own_passphrase(str(exc))
            return
        except (WrongPassphrase, SignInThrottled, WeakPassphrase, NotAllowed, LookupError, ValueError) as exc:
            QGuiApplication.restoreOverrideCursor()
            text = str(exc).strip("'\"")
            if isinstance(exc, WrongPassphrase):
                text = tr("That is not {name}'s passphrase. Check it and try again.").format(
                    name=profile.display_name)
            messages.warn(self, title, text)
            if self._changing and not isinstance(exc, (WrongPassphrase, SignInThrottled)):
                self.reset_passphrase.clear()  # the new one was refused: the temporary one still stands
                self.reset_confirm.clear()
                self.reset_passphrase.setFocus()
                return
            self._show_reset_step(False)
            self.passphrase.clear()  # a wrong passphrase (or code) is never left in the field
            self.confirm.clear()
            self.setup_code.clear()
            self.passphrase.setFocus()
            return
        QGuiApplication.restoreOverrideCursor()
        self._clear_passphrases()
        self.notice.hide()
        self.signed_in.emit(signed)

    def _ask_for_own_passphrase(self, why: str) -> None:
        """The temporary passphrase a manager gave was right: show the step to choose one's own (it stays in its
        box, so the next click signs in and changes it together)."""
        self._show_reset_step(True)
        self.set_hint.setText(why + " " + passphrase_rules())
        self.set_hint.setVisible(True)
        self.continue_button.setText(tr("&Set new passphrase and sign in"))
        self.continue_button.setAccessibleName(tr("Set new passphrase and sign in"))
        messages.inform(self, tr("Sign in"), why)
        self.reset_passphrase.setFocus()

    def _attempt_while_preparing(self, attempt: Callable[[], T], profile: ProfileInfo) -> T:
        """Check the passphrase on a worker thread while this thread makes the person's first page, unseen.

        The check (Argon2id, about 0.1 s) does not hold Python's lock, so the two overlap on a second core.
        ``preparing`` is emitted with the profile to make the page, and with None to drop it when the check
        fails: nothing made is shown unless the passphrase was right."""
        outcome: dict[str, object] = {}

        def check() -> None:
            try:
                outcome["signed"] = attempt()
            except BaseException as exc:  # raised again on this thread below
                outcome["error"] = exc

        worker = threading.Thread(target=check, name="nps-trainer sign-in", daemon=True)
        worker.start()
        try:
            self.preparing.emit(profile)
        finally:
            worker.join()
        if "error" in outcome:
            self.preparing.emit(None)
            raise outcome["error"]  # type: ignore[misc]
        return outcome["signed"]  # type: ignore[return-value]

    def _create(self) -> None:
        title = tr("Create a profile")
        text = self.new_passphrase.text()
        if text != self.new_confirm.text():
            messages.warn(self, title, tr("The two passphrases are not the same. Enter it again in both boxes."))
            self.new_confirm.clear()
            self.new_confirm.setFocus()
            return
        from ..identity.crypto import passphrase_problems

        problems = passphrase_problems(text)
        if problems:  # checked before the profile is made, so a weak passphrase leaves nothing half made
            messages.warn(self, title, " ".join((tr("This passphrase is too weak."), *problems)))
            self.new_passphrase.setFocus()
            self.new_passphrase.selectAll()
            return
        _wait_cursor()
        try:
            profile = self._profiles.create(self.name_edit.text(), self.role_combo.currentData(),
                                            organisation=self.organisation_combo.currentData(),
                                            team=self.team_edit.text())
            signed = self._get_signin().set_passphrase(profile.id, text)
        except (ValueError, NotAllowed) as exc:
            QGuiApplication.restoreOverrideCursor()
            messages.warn(self, title, str(exc))
            self.name_edit.setFocus()
            return
        QGuiApplication.restoreOverrideCursor()
        self.name_edit.clear()
        self.team_edit.clear()
        self._clear_passphrases()
        self.signed_in.emit(signed)



