"""The main window: sign-in, then the sections Today, Learn, Quizzes, Screening and Progress (Joint sessions for
facilitators and managers, Team for managers).

Signing out (from the File menu, or after the configured time without use) locks everything personal. After
an idle sign-out the same person signing in again carries on where they were; someone else starts afresh.

A joint session running in its console and the room's screen is kept here, apart from the sections: the idle
sign-out never interrupts it (only its register is locked, and its dialogs are left open); signing out or
closing asks first whether to end it or keep it to resume later; someone else signing in closes its windows
and leaves it running, to be resumed from Joint sessions."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from ..i18n import language, tr, tr_noop
from ..profiles import ProfileInfo
from ..services import Services
from .qt_values import KEY_F1, KEY_F2, application_wide, set_shortcut
from .section_pages import SectionPages
from .sections.base import SectionPage
from .sign_in_gate import SignInGate
from .warm_up import WarmUp
from .widgets import rescale_labels

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from ..identity import SignedIn
    from .elided_label import ElidedLabel
    from .lrs_status import LearningRecords
    from .screening.idle_lock import IdleLock
    from .sessions.console import SessionRun

OVERDOSE_SHORTCUT = "F2"  # the overdose guide, from any screen (ui/overdose_guide.py)
OVERDOSE_BUTTON_TEXT = tr_noop("Suspected overdose? (F2)")  # shown as tr(OVERDOSE_BUTTON_TEXT)
HELP_SHORTCUT = "F1"  # the user guide at the part for the current screen (ui/help_window.py)
SectionFactory = Callable[[Services, ProfileInfo], SectionPage]

log = logging.getLogger(__name__)


def _scrolling(page: QWidget) -> QScrollArea:
    """A section in a frameless scroll area: a page that needs more room than the screen has (large text, a
    long list) scrolls instead of growing the window past the screen."""
    holder = QScrollArea()
    holder.setFrameShape(QFrame.Shape.NoFrame)
    holder.setWidgetResizable(True)
    holder.setWidget(page)
    # Not a Tab stop of its own (an unnamed stop that says nothing): Tab goes to the page's controls, and the
    # scroll area brings each into view as it takes focus.
    from PySide6.QtCore import Qt  # named where used, not at start: see qt_values

    holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return holder


#: The sidebar items' padding and margin either side, in pixels (its width follows its text: _fit_nav).
NAV_ITEM_PADDING = 12
NAV_ITEM_MARGIN = 6

#: A property set on the joint session's console and room windows: their dialogs belong to the session.
SESSION_WINDOW = "npsSessionWindow"
RUN_ROLES = ("facilitator", "manager")


def belongs_to_session(widget: QWidget | None) -> bool:
    """True if ``widget`` is, or has as an ancestor, a joint session's window (console or room)."""
    while widget is not None:
        if widget.property(SESSION_WINDOW):
            return True
        widget = widget.parentWidget()
    return False


def _on_screen(window: QWidget | None) -> bool:
    """Whether a window kept by the main window (the guide, the overdose guide) is open: a closed one is deleted, and
    its Python wrapper then raises RuntimeError."""
    try:
        return window is not None and window.isVisible()
    except RuntimeError:
        return False


def _open_modal() -> QWidget | None:
    """An open modal window that is not the joint session's (the top one first)."""
    top = QApplication.activeModalWidget()
    if top is not None and not belongs_to_session(top):
        return top
    return next((w for w in QApplication.topLevelWidgets()
                 if w.isVisible() and w.isModal() and not belongs_to_session(w)), None)


def close_dialogs() -> bool:
    """Cancel every open modal dialog (as Escape would), except a running joint session's; True if there were
    any."""
    closed = False
    while (dialog := _open_modal()) is not None:
        closed = True
        if isinstance(dialog, QDialog):
            dialog.reject()
        dialog.hide()
        QApplication.processEvents()
    return closed


KEEP_SESSION, END_SESSION, CANCEL = "keep", "end", "cancel"


def ask_about_session(parent: QWidget | None, title: str, question: str) -> str:
    """A joint session is running while someone signs out or closes NPS Trainer: KEEP_SESSION (resume it
    later), END_SESSION (end it now) or CANCEL. ``question`` is the whole question asked. Tests replace this
    function."""
    from .sessions.end_dialog import keep_end_or_cancel

    return keep_end_or_cancel(
        parent, title, question,
        tr("Everything entered so far is saved either way. A session kept can be resumed from Joint sessions."))


def prime_first_page() -> None:
    """Make Learn's three screens empty, with nobody's data, and throw them away (see _get_ready_for_sign_in)."""
    from .learn.catalogue_page import CataloguePage
    from .learn.reader_page import ReaderPage
    from .learn.reflection import ReflectionPage

    for screen in (CataloguePage(), ReaderPage(), ReflectionPage()):
        screen.deleteLater()


def default_sections(profile: ProfileInfo | None = None) -> list[tuple[str, SectionFactory]]:
    """The sections in order: (key, factory), Today first for everyone, with Joint sessions for facilitators and
    managers and Team for managers. Imported here so start-up loads only
    what it shows."""
    from .sections.learn import LearnSection
    from .sections.progress import ProgressSection
    from .sections.quizzes import QuizzesSection
    from .sections.screening import ScreeningSection
    from .today import TodaySection

    sections: list[tuple[str, SectionFactory]] = [
        ("today", TodaySection), ("learn", LearnSection), ("quizzes", QuizzesSection), ("screening", ScreeningSection),
        ("progress", ProgressSection)]
    if profile is not None and profile.role in RUN_ROLES:
        from .sections.sessions import SessionsSection

        sections.append(("sessions", SessionsSection))
    if profile is not None and profile.is_manager:
        from .sections.team import TeamSection

        sections.append(("team", TeamSection))
    return sections


class MainWindow(QMainWindow):
    profile_changed = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None, *, keys_after_show: bool = False) -> None:
        """``keys_after_show``: the keyboard's own handling (Return on a button, F1 and F2 over a dialog) is put in
        place by the caller, with :meth:`listen_for_keys`, once the window is on screen (the app's start): until
        then no event the window gets passes through Python, which spares start-up PySide6's making of the Python
        types of every kind of event (about 5 ms). Nothing else in the window handles events in Python."""
        super().__init__(parent)
        self.services = services
        self.profile: ProfileInfo | None = None
        self.signed_in: SignedIn | None = None
        self.suspended = False  # signed out when idle: the sections are kept, locked, for the same person
        self.pages = SectionPages()
        # The sidebar and the sections' stack, made at the first sign-in (see _workspace_parts).
        self._workspace: tuple[QWidget, QListWidget, QStackedWidget] | None = None
        self.session_run: SessionRun | None = None  # a joint session open in its console, kept whatever happens
        self.setWindowTitle(tr("NPS Trainer"))
        self.resize(1100, 760)

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.apply_text_size()  # before anything is built, so the first page is already at the chosen size
        self.gate = SignInGate(services.profiles, lambda: services.signin, services.settings.last_profile_id,
                               key_ahead=lambda profile_id, text: services.key_ahead.offer(profile_id, text))
        self.gate.signed_in.connect(self._gate_signed_in)
        self.warm_up = WarmUp(services)
        self.gate.typing.connect(self._get_ready_for_sign_in)
        self.gate.preparing.connect(self._prepare_first_section)
        self.gate.language_wanted.connect(self.switch_language)
        self._prepared: tuple[int, str, SectionPage] | None = None  # made while a passphrase was checked
        self._activated_ahead: SectionPage | None = None
        self.stack.addWidget(self.gate)
        self._idle: IdleLock | None = None  # made at the first sign-in (see the idle property)
        self._status_labels: tuple[ElidedLabel, LearningRecords] | None = None  # made when first needed
        self.overdose_button = QPushButton(tr(OVERDOSE_BUTTON_TEXT))
        self.overdose_button.setAccessibleName(tr("Suspected overdose: what to do now"))
        self.overdose_button.setAccessibleDescription(tr("Opens the steps to take now, starting with calling 999"))
        self.overdose_button.clicked.connect(self.open_overdose_guide)
        self.statusBar().addWidget(self.overdose_button)
        self.overdose_shortcut = QShortcut(QKeySequence(OVERDOSE_SHORTCUT), self)
        application_wide(self.overdose_shortcut)  # from any window, even a dialog
        self.overdose_shortcut.activated.connect(self.open_overdose_guide)
        # Another window's F2 (a second main window, say) makes it 'ambiguous': in an emergency, open it anyway.
        self.overdose_shortcut.activatedAmbiguously.connect(self.open_overdose_guide)
        self.overdose_dialog = None
        self.help_shortcut = QShortcut(QKeySequence(HELP_SHORTCUT), self)
        application_wide(self.help_shortcut)  # signed in or not, even in a dialog
        self.help_shortcut.activated.connect(self.open_help)
        self.help_shortcut.activatedAmbiguously.connect(self.open_help)
        self.keys_over_dialogs = None
        self.help_window = None
        self._build_menus()
        if not keys_after_show:
            self.listen_for_keys()
        QApplication.instance().focusChanged.connect(self._overdose_button_last)
        self.gate.focus_first()  # given the focus when the window is first shown
        # Once the window is on screen, tell the person if their settings file could not be used (once a run).
        QTimer.singleShot(0, self, self._show_settings_notice)

    def listen_for_keys(self) -> None:
        """Return presses the focused button and the arrows choose in a radio group (``keyboard``); F1 and F2 work
        over a modal dialog (``KeysOverDialogs``). Once only."""
        if self.keys_over_dialogs is not None:
            return
        from .help_topics import KeysOverDialogs
        from .keyboard import install_keyboard_keys

        self.keys_over_dialogs = KeysOverDialogs({  # the shortcuts wait while a modal dialog is open: these don't
            KEY_F1: (self.open_help, frozenset({"HelpWindow"})),
            KEY_F2: (self.open_overdose_guide, frozenset()),
        }, self)
        install_keyboard_keys()

    # -- the status bar's right-hand side, made at the first sign-in ---------------------------------------------
    def _status_bar_labels(self) -> tuple[ElidedLabel, LearningRecords]:
        """'Signed in as …' and the learning records line: nothing to say before someone signs in, and each
        handles events in Python (see ``keys_after_show``), so they are made when first needed."""
        if self._status_labels is None:
            from .elided_label import ElidedLabel
            from .lrs_status import install_learning_records

            label = ElidedLabel("")  # shortened with '…', not cut, when the bar is full (largest text)
            label.setAccessibleName(tr("Current profile"))
            self.statusBar().addPermanentWidget(label)
            self._status_labels = (label, install_learning_records(self, self.services))
        return self._status_labels

    @property
    def profile_label(self) -> ElidedLabel:
        return self._status_bar_labels()[0]

    @property
    def learning_records(self) -> LearningRecords:
        return self._status_bar_labels()[1]

    # -- menus --------------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&File"))
        self.switch_action = QAction(tr("Sign &out"), self)
        set_shortcut(self.switch_action, QKeySequence("Ctrl+Shift+L"))
        self.switch_action.triggered.connect(self.show_gate)
        self.switch_action.setEnabled(False)
        file_menu.addAction(self.switch_action)
        self.sign_out_action = self.switch_action
        settings_action = QAction(tr("&Settings…"), self)
        set_shortcut(settings_action, QKeySequence(QKeySequence.StandardKey.Preferences))
        settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(settings_action)
        file_menu.addSeparator()
        quit_action = QAction(tr("&Quit"), self)
        set_shortcut(quit_action, QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        self.menuBar().addMenu(tr("&Go")).setObjectName("goMenu")  # found afresh each time: see go_menu
        help_menu = self.menuBar().addMenu(tr("&Help"))
        guide_action = QAction(tr("&User guide (F1)"), self)  # F1 itself is the shortcut above, from any window
        guide_action.triggered.connect(lambda: self.open_help())
        help_menu.addAction(guide_action)
        keys_action = QAction(tr("&Keyboard shortcuts"), self)
        keys_action.triggered.connect(lambda: self.open_help("shortcuts"))
        help_menu.addAction(keys_action)
        about_action = QAction(tr("&About NPS Trainer"), self)
        about_action.triggered.connect(self.open_about)
        help_menu.addAction(about_action)

    # -- signing in and out -------------------------------------------------------------------------------
    @property
    def idle(self) -> IdleLock:
        """The sign-out after the set time without use, which runs while someone is signed in: made when first
        needed, as nothing at the sign-in screen needs it."""
        if self._idle is None:
            from .screening.idle_lock import IdleLock

            self._idle = IdleLock(self._idle_minutes(), self, wait_for_dialogs=False)
            self._idle.idle.connect(self.sign_out_idle)
        return self._idle

    def _idle_minutes(self) -> float:
        return self.services.settings.screening_idle_lock_minutes

    def show_gate(self) -> None:
        """Sign out: leave the sections (saving what can be saved) and show the sign-in screen."""
        if not self._leave_sections():
            return
        if not self._settle_session(tr("Sign out"), tr("A joint session is still running. End it now, or keep it to "
                                                       "resume later, before signing out?")):
            return
        self._clear_sections()
        self._signed_out()
        self.gate.reload(last_profile_id=self.services.settings.last_profile_id)
        self._show_gate()

    sign_out = show_gate

    def sign_out_idle(self) -> None:
        """Signed out after the set time without use: everything personal is locked and cleared from the screen,
        but nothing unsaved is thrown away; the same person signing in again carries on."""
        if self.profile is None or self.suspended:
            return
        run = self.running_session()
        if run is not None and not run.locked:
            run.lock_register()  # the session carries on; only its register waits for the passphrase
        if close_dialogs():  # a dialog left open: hide everything now, sign out once its caller has finished
            self._show_gate()
            QTimer.singleShot(50, self, self.sign_out_idle)
            return
        for page in self.pages.made():
            page.sign_in_changed(None)
        who = self.profile.id
        self._signed_out()
        self.suspended = True
        minutes = int(self.services.settings.screening_idle_lock_minutes)
        if self.running_session() is not None:
            notice = tr("Signed out after %n minute(s) without use. Your work was kept: sign in again to carry on. "
                        "The joint session carries on; its register is hidden until you sign in again.", "", minutes)
        else:
            notice = tr("Signed out after %n minute(s) without use. Your work was kept: sign in again to carry on.",
                        "", minutes)
        self.gate.reload(last_profile_id=who, notice=notice)
        self._show_gate()

    def _show_gate(self) -> None:
        self.stack.setCurrentWidget(self.gate)
        self.gate.focus_first()

    def _signed_out(self) -> None:
        if self._idle is not None:
            self.idle.stop()
        if self.signed_in is not None:
            self.services.audit.record(profile_id=self.signed_in.profile.id, action="sign-out", object_type="profile",
                                       object_id=str(self.signed_in.profile.id))
        self.signed_in = None
        if "screening" in vars(self.services):  # the record keys it unsealed go with the person
            self.services.screening.forget_keys()
        self.switch_action.setEnabled(False)
        self._enable_sections(False)
        if self._status_labels is not None:
            self.profile_label.setText("")

    def _gate_signed_in(self, signed_in: SignedIn) -> None:
        if self.suspended and self.profile is not None and signed_in.profile.id == self.profile.id:
            self._drop_prepared()
            self.suspended = False
            self._start_signed_in(signed_in)
            run = self.running_session()
            if run is not None and run.locked:
                run.unlock_register(signed_in)
            for page in self.pages.made():
                page.sign_in_changed(signed_in)
            self._show_workspace()
            current = self.current_section()
            if current is not None:
                current.activate()
            return
        if self.suspended:  # someone else: the previous person's kept work needs a decision first
            if not self._leave_sections():
                self.gate.reload(last_profile_id=self.profile.id if self.profile else None)
                return
            self.suspended = False
            self._clear_sections()
        self._put_session_aside()
        self.use_profile(signed_in)

    def _start_signed_in(self, signed_in: SignedIn) -> None:
        self.signed_in = signed_in
        self.profile = signed_in.profile
        self.idle.set_interval_ms(max(1, int(self._idle_minutes() * 60_000)))
        self.idle.start()
        self.switch_action.setEnabled(True)
        self._enable_sections(True)
        profile = signed_in.profile
        self.profile_label.setText(tr("Signed in as {name} ({role})").format(name=profile.display_name,
                                                                              role=tr(profile.role_label)))
        if profile.is_manager:  # once the first page is on screen: new managers get the certificate key
            QTimer.singleShot(500, self, self._share_signing_key)

    def _share_signing_key(self) -> None:
        if self.signed_in is None or not self.signed_in.profile.is_manager:
            return
        try:
            self.services.certificates.share_signing_key(self.signed_in)
        except Exception as exc:  # a convenience: the next certificate issued shares it anyway
            log.warning("Could not share the certificate signing key (%s)", type(exc).__name__)

    def _enable_sections(self, enabled: bool) -> None:
        """The Go menu's section shortcuts (Ctrl+1 …) work only while someone is signed in."""
        for action in self.go_menu.actions():
            action.setEnabled(enabled)
        self.go_menu.setEnabled(enabled)

    def use_profile(self, who: ProfileInfo | SignedIn,
                    sections: list[tuple[str, SectionFactory]] | None = None) -> None:
        """Show the sections for a signed-in person (a bare profile, without keys, in tests)."""
        from PySide6.QtCore import Qt
        signed_in = None if isinstance(who, ProfileInfo) else who
        profile = who if isinstance(who, ProfileInfo) else who.profile
        self.warm_up.wait()  # started while the passphrase was typed, long finished by now in all but tests
        self.profile = profile
        self.suspended = False
        if signed_in is None:  # signing in marked it already
            self.services.profiles.mark_used(profile.id)
        self.services.settings.last_profile_id = profile.id
        try:
            self.services.save_settings()
        except OSError as exc:  # remembering the profile is a convenience: a read-only folder must not stop work
            log.warning("Could not remember the last profile (%s)", type(exc).__name__)
        self._clear_sections()
        if signed_in is not None:
            self._start_signed_in(signed_in)
        else:
            self.signed_in = None
            self.profile_label.setText(f"{profile.display_name} ({tr(profile.role_label)})")
        for number, (key, factory) in enumerate(sections or default_sections(profile), start=1):
            self.pages.add(key, lambda key=key, factory=factory, profile=profile: self._make_section(key, factory,
                                                                                                    profile))
            placeholder = QWidget()  # replaced by the section when it is first shown
            # A section's title is marked with tr_noop where it is defined and translated here, where it is shown.
            factory_title = getattr(factory, "title", key)
            placeholder.setAccessibleName(tr(factory_title))
            self.section_stack.addWidget(placeholder)
            english_title = getattr(factory, "title", "") or self.pages[key].title  # none on the factory: make it now
            title = tr(english_title)
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
            self.nav.addItem(item)
            action = QAction(f"&{number} {title}", self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, row=number - 1: self.nav.setCurrentRow(row))
            self.go_menu.addAction(action)
        self._fit_nav()
        self._show_workspace()
        self.switch_action.setEnabled(True)
        self._enable_sections(True)
        self.nav.setCurrentRow(0)
        self.nav.setFocus()
        self.profile_changed.emit(profile)
        if signed_in is not None and "sessions" in self.pages:  # after a crash: offer the session left running
            QTimer.singleShot(300, self, self._offer_running_session)

    def open_help(self, topic: str | None = None) -> None:
        """F1 or the Help menu: the user guide at the part for the current screen (or ``topic``), beside the app."""
        from PySide6.QtCore import Qt

        from .help_topics import current_topic
        from .help_window import HelpWindow

        window = self.help_window if _on_screen(self.help_window) else None  # the guide open now, if any
        if topic is None and window is not None and window.isActiveWindow():
            return  # F1 inside the guide: it is already open where the person is
        topic = topic or current_topic(self)
        modal = QApplication.activeModalWidget()  # a dialog open (Settings, say) would block a guide beside it
        if window is not None and modal is not None and modal is not window:
            window.close()
            window = None
        if window is None:
            window = self.help_window = HelpWindow(self.services.help_guide(language()),
                                                   float(self.services.settings.text_point_size), self)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            if modal is not None:  # over the dialog, usable; closing it goes back to the dialog
                window.setWindowModality(Qt.WindowModality.ApplicationModal)
        window.show_topic(topic)
        window.show()
        window.raise_()
        window.activateWindow()

    def open_overdose_guide(self) -> None:
        """F2 or the button: the guide, from any screen, signed in or not (one at a time)."""
        from .overdose_guide import open_guide

        modal = QApplication.activeModalWidget()  # a dialog open (Settings, say) blocks a window beside it
        dialog = self.overdose_dialog
        if _on_screen(dialog):
            if modal is None or modal is dialog:
                dialog.raise_()
                dialog.activateWindow()
                return
            dialog.close()  # open again over the dialog in the way, where it can be used
        self.overdose_dialog = open_guide(self.services, self, over_dialog=modal is not None)

    def _get_ready_for_sign_in(self) -> None:
        """While a passphrase is typed: load on a worker thread, and (here, once) make and drop the first page's
        empty screens, so that Qt has its types, enums and style ready when the person's own page is made."""
        if self.warm_up.started:
            return
        self.warm_up.start()
        QTimer.singleShot(200, self, prime_first_page)

    def _prepare_first_section(self, profile: ProfileInfo | None) -> None:
        """While ``profile``'s passphrase is checked on another thread: make their first section and load what it
        shows, unseen, so that signing in only has to show it. None (a failed check) drops what was made."""
        self._drop_prepared()
        if profile is None or (self.suspended and self.profile is not None and self.profile.id == profile.id):
            return  # a locked person coming back keeps the sections they had
        try:
            self.warm_up.wait()
            key, factory = default_sections(profile)[0]
            page = factory(self.services, profile)
            page.activate()
        except Exception:  # a head start only: the section is made again when it is shown
            log.exception("Could not make the first section ahead of sign-in")
            return
        self._prepared = (profile.id, key, page)

    def _drop_prepared(self) -> None:
        if self._prepared is not None:
            self._prepared[2].deleteLater()
            self._prepared = None

    def _take_prepared(self, profile_id: int, key: str) -> SectionPage | None:
        prepared, self._prepared = self._prepared, None
        if prepared is None:
            return None
        if prepared[:2] != (profile_id, key):
            prepared[2].deleteLater()
            return None
        self._activated_ahead = prepared[2]  # loaded a moment ago: showing it need not load it again
        return prepared[2]

    def _make_section(self, key: str, factory: SectionFactory, profile: ProfileInfo) -> SectionPage:
        """Make a section the first time it is wanted, in the place its placeholder kept in the stack."""
        page = self._take_prepared(profile.id, key) or factory(self.services, profile)
        opened = getattr(page, "run_opened", None)
        if opened is not None:
            opened.connect(self.keep_session)
        page.sign_in_changed(self.signed_in)
        index = list(self.pages).index(key)
        placeholder = self.section_stack.widget(index)
        showing = self.section_stack.currentIndex() == index
        self.section_stack.insertWidget(index, _scrolling(page))
        self.section_stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if showing:
            self.section_stack.setCurrentIndex(index)
        return page

    def _offer_running_session(self) -> None:
        """A facilitator or manager who left a joint session running (closed to resume later, or the app was
        killed) is taken to Joint sessions, which offers to resume it at its step."""
        if self.signed_in is None or self.session_run is not None or "sessions" not in self.pages:
            return
        try:
            waiting = self.services.joint_sessions.running(self.signed_in.profile.id)
        except Exception as exc:  # a convenience: the section lists the session anyway
            log.warning("Could not look for a running joint session (%s)", type(exc).__name__)
            return
        if waiting:
            self.show_section("sessions")

    def _clear_sections(self) -> None:
        for page in self.pages.made():
            page.shutdown()
            page.sign_in_changed(None)  # nothing left behind holds the person's keys
        self.pages.clear()
        self.go_menu.clear()
        if self._workspace is None:
            return
        while self.section_stack.count():
            holder = self.section_stack.widget(0)
            self.section_stack.removeWidget(holder)
            holder.deleteLater()  # a scroll area deletes the page in it
        self.nav.blockSignals(True)
        self.nav.clear()
        self.nav.blockSignals(False)

    # -- sections -----------------------------------------------------------------------------------------
    @property
    def go_menu(self) -> QMenu:
        """The Go menu, looked up each time rather than kept: a kept Python wrapper was found invalidated ('Internal
        C++ object (QMenu) already deleted') after signing out from the module reader, while the menu itself lived
        on, so signing in again failed."""
        menu = self.menuBar().findChild(QMenu, "goMenu")
        assert menu is not None
        return menu

    # -- the workspace: the sidebar and the sections, made when first needed ------------------------------------
    def _workspace_parts(self) -> tuple[QWidget, QListWidget, QStackedWidget]:
        if self._workspace is None:
            workspace = QWidget()
            row = QHBoxLayout(workspace)
            row.setContentsMargins(0, 0, 0, 0)
            nav = QListWidget()
            nav.setObjectName("sections")
            nav.setAccessibleName(tr("Sections"))
            nav.setAccessibleDescription(tr("Choose a section; Ctrl+1, Ctrl+2 and so on move between them"))
            nav.currentRowChanged.connect(self._show_section)
            row.addWidget(nav)
            section_stack = QStackedWidget()
            row.addWidget(section_stack, 1)
            self.stack.addWidget(workspace)
            self._workspace = (workspace, nav, section_stack)
            self._fit_nav()  # again whenever the text size changes
        return self._workspace

    @property
    def workspace(self) -> QWidget:
        return self._workspace_parts()[0]

    @property
    def nav(self) -> QListWidget:
        """The sidebar: the sections, one per row."""
        return self._workspace_parts()[1]

    @property
    def section_stack(self) -> QStackedWidget:
        return self._workspace_parts()[2]

    def current_section(self) -> SectionPage | None:
        if self._workspace is None:
            return None
        widget = self.section_stack.currentWidget()
        widget = widget.widget() if isinstance(widget, QScrollArea) else widget
        return widget if isinstance(widget, SectionPage) else None

    def show_section(self, key: str) -> SectionPage:
        page = self.pages[key]
        self.nav.setCurrentRow(list(self.pages).index(key))
        return page

    def _show_section(self, row: int) -> None:
        if row < 0:
            return
        page = self.pages[list(self.pages)[row]]
        self.section_stack.setCurrentIndex(row)
        ahead, self._activated_ahead = self._activated_ahead, None
        if page is not ahead:
            page.activate()

    def _overdose_button_last(self, _old: QWidget | None = None, now: QWidget | None = None) -> None:
        """The 'Suspected overdose' button in the status bar stays the last Tab stop, after the page: pages and
        their tabs are built later than the button, so Qt puts them after it. Done whenever the focus moves within
        this window (and on Tab)."""
        if not self.isVisible() or (now is not None and now.window() is not self):
            return
        button = self.overdose_button
        if self.previousInFocusChain() is button or button.hasFocus():
            return
        # Qt's setTabOrder cannot put a widget after a scroll area's inner parts; a widget given a parent again
        # goes to the end of the window's focus chain.
        bar = self.statusBar()
        bar.removeWidget(button)
        button.setParent(None)
        bar.insertWidget(0, button)
        button.show()

    def focusNextPrevChild(self, next: bool) -> bool:
        self._overdose_button_last()  # Tab or Shift+Tab: a page built since the last focus move comes first
        return super().focusNextPrevChild(next)

    def _leave_sections(self) -> bool:
        return all(page.can_leave() for page in self.pages.made())

    # -- a running joint session ------------------------------------------------------------------------------
    def keep_session(self, run: SessionRun) -> None:
        """Hold the session opened from Joint sessions, whatever happens to the sections, until it ends or its
        console is closed (kept to resume)."""
        self.session_run = run
        for window in (run.console, run.room):
            window.setProperty(SESSION_WINDOW, True)
        run.finished.connect(lambda _id, run=run: self._session_gone(run))
        run.closed.connect(lambda run=run: self._session_gone(run))

    def _session_gone(self, run: SessionRun) -> None:
        if self.session_run is run:
            self.session_run = None

    def running_session(self) -> SessionRun | None:
        run = self.session_run
        if run is None or run.ended or run.stopped:
            return None
        return run

    def _settle_session(self, title: str, question: str) -> bool:
        """Before signing out or closing with a session running: end it or keep it (False: cancelled)."""
        run = self.running_session()
        if run is None:
            return True
        answer = ask_about_session(self, title, question)
        if answer == KEEP_SESSION:
            run.close()
        elif answer == END_SESSION:
            if not run.end():
                return False
        else:
            return False
        self.session_run = None
        return True

    def _put_session_aside(self) -> None:
        """Someone else is signing in: the session's windows close, and it stays running to be resumed."""
        run = self.running_session()
        if run is not None:
            run.close()
        self.session_run = None

    # -- settings and closing -----------------------------------------------------------------------------
    def open_about(self) -> None:
        from .about_dialog import AboutDialog

        AboutDialog(self.services, self).exec()

    def open_settings(self) -> None:
        from ..learning_records.config import secret_path
        from .settings_dialog import SettingsDialog

        manager = self.signed_in is not None and self.signed_in.profile.is_manager
        dialog = SettingsDialog(self.services.settings, self.services.config, self,
                                secret_file=secret_path(self.services.paths.config), organisation_settings=manager)
        language_before = self.services.settings.language
        if dialog.exec():
            dialog.apply()
            try:
                dialog.save_secret()
            except OSError as exc:
                log.warning("Could not save the LRS secret (%s)", type(exc).__name__)
                from . import messages

                messages.warn(self, tr("LRS secret not saved"), tr(
                    "NPS Trainer could not write the LRS secret to {path}. Ask your IT support to check that you can "
                    "write to that folder.").format(path=secret_path(self.services.paths.config)))
            try:
                self.services.save_settings()
            except OSError as exc:
                log.warning("Could not save the settings (%s)", type(exc).__name__)
                from ..settings import SettingsNotSaved
                from . import messages

                why = str(exc) if isinstance(exc, SettingsNotSaved) else tr(
                    "NPS Trainer could not write to {path}. Ask your IT support to check that you can write to that "
                    "folder.").format(path=self.services.settings_store.path)
                messages.warn(self, tr("Settings not saved"), tr(
                    "Your changes are in use until you close NPS Trainer, but they were not saved. {why}").format(
                    why=why))
            self.apply_text_size()
            self.learning_records.wake()
            if self.signed_in is not None:
                self.idle.set_interval_ms(max(1, int(self._idle_minutes() * 60_000)))
            for page in self.pages.made():
                apply_settings = getattr(page, "apply_settings", None)
                if callable(apply_settings):
                    apply_settings()
            if self.services.settings.language != language_before:
                self._language_changed()

    def switch_language(self, code: str) -> None:
        """From the sign-in page: keep ``code`` ("en" or "cy") as the language and start again in it."""
        from .restart import restart_now

        self.services.settings.language = code
        try:
            self.services.save_settings()
        except OSError as exc:
            log.warning("Could not save the language (%s)", type(exc).__name__)
            from . import messages

            messages.warn(self, tr("Settings not saved"), tr(
                "NPS Trainer could not save the language, so it cannot start again in it. Ask your IT support to "
                "check that you can write to {path}.").format(path=self.services.settings_store.path))
            return
        restart_now(self)

    def _language_changed(self) -> None:
        """The language shows from the next start: offer to start again now (the window closes only when the
        person agrees, after the usual questions about anything unsaved)."""
        from ..i18n.choice import choose
        from .restart import offer_restart

        wanted = choose(None, self.services.settings.language)
        if wanted != language():
            offer_restart(self, wanted)

    def apply_text_size(self) -> None:
        """Set the application font to the chosen text size and bring what is on show up to date with it."""
        app = QApplication.instance()
        if app is not None:
            font = app.font()
            font.setPointSize(self.services.settings.text_point_size)
            app.setFont(font)
            for window in app.topLevelWidgets():  # this window, and any other open (a joint session's, the guide)
                rescale_labels(window)
        rescale_labels(self)
        for guide in (getattr(self, "overdose_dialog", None), getattr(self, "help_window", None)):
            if _on_screen(guide):  # the guides draw their pages at the text size they were opened with
                guide.set_text_size(float(self.services.settings.text_point_size))
        if getattr(self, "gate", None) is not None:  # applied once before the window is built
            self.gate.fit_to_text()
        self._fit_nav()
        current = self.current_section() if self.pages else None
        if current is not None:
            current.activate()

    def _show_workspace(self) -> None:
        """The sections in view. The sidebar's style sheet is set the first time: a style sheet anywhere makes Qt
        load its style-sheet machinery, which the sign-in screen shown at start-up does without."""
        if not self.nav.styleSheet():
            self.nav.setStyleSheet(
                "QListWidget#sections { border: none; background: palette(window); padding-top: 12px; }"
                f"QListWidget#sections::item {{ padding: 9px {NAV_ITEM_PADDING}px; border-radius: 4px; "
                f"margin: 1px {NAV_ITEM_MARGIN}px; }}"
                "QListWidget#sections::item:selected { background: palette(highlight); "
                "color: palette(highlighted-text); }"
            )
            self._fit_nav()  # the style sheet's padding and frame change the width the names need
        self.stack.setCurrentWidget(self.workspace)

    def _fit_nav(self) -> None:
        """Give the section list the application's text size (a widget with a style sheet is not given a new
        application font by Qt) and a width that shows its longest name whole, with the items' padding."""
        if self._workspace is None:  # nobody has signed in yet (or the text size is applied as the window is made)
            return
        self.nav.setFont(QApplication.font())
        metrics = self.nav.fontMetrics()
        names = [self.nav.item(row).text() for row in range(self.nav.count())] + [tr("Joint sessions")]
        widest = max(metrics.horizontalAdvance(name) for name in names)
        padding = 2 * NAV_ITEM_PADDING + 2 * NAV_ITEM_MARGIN + 2 * self.nav.frameWidth() + 4
        self.nav.setFixedWidth(max(170, widest + padding))

    def _show_settings_notice(self) -> None:
        notice = self.services.settings_store.take_notice()
        if notice is not None:
            from . import messages

            messages.inform(self, tr("Your settings"), notice)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._leave_sections():
            event.ignore()
            return
        if not self._settle_session(tr("Quit"), tr("A joint session is still running. End it now, or keep it to "
                                                   "resume later, before closing NPS Trainer?")):
            event.ignore()
            return
        for page in self.pages.made():
            page.shutdown()
            page.sign_in_changed(None)
        if self.signed_in is not None:
            self._signed_out()  # closing signs out: the keys are let go
        if self._idle is not None:
            self.idle.stop()
        if self._status_labels is not None:
            self.learning_records.stop()
        event.accept()
