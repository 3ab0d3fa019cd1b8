"""Running a joint session: the facilitator's console and the room's screen, and the run that ties them to the
store.

:func:`open_session` loads the record (resuming it after a restart: same step, register, tallies and room
state), builds both windows and places them: the room full screen on a second display when there is one,
else hidden until the facilitator shows it (F5 or the button) over the console. Every change is saved at once
through the store, and the time on the current step is banked every 30 seconds, so a crash loses nothing
already entered. Clicker keys work whichever session window has focus. The register can be locked behind the
facilitator's passphrase (idle sign-out) while the steps, timer and votes carry on.
"""

from __future__ import annotations

import contextlib
import time
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...sessions.plan_model import BREAK, DISCUSSION, KIND_LABELS, QUESTION, SCENARIO, SECTION, PlanStep
from ...sessions.record import SessionRecord, VoteOption
from ..widgets import buddy, heading, note
from . import placement
from .clicker import BLANK, LEAVE, NEXT, PREVIOUS, SHOW, WHITE, ClickerKeys
from .group_vote import QuestionVote
from .room import BLACK, RoomScreen
from .room import WHITE as WHITE_SCREEN
from .room_content import ANSWERS, CONSEQUENCE, FIRST_STAGE, Scene, choice_options, reflow, vote_options
from .scenario_play import ScenarioPlay

if TYPE_CHECKING:
    from ...identity import SignedIn
    from ...services import Services

CHECKPOINT_MS = 30_000
TICK_MS = 1_000
PREVIEW_WIDTH = 352


class ContentLookup:
    """The installed modules and quizzes, through the caches Learn and Quizzes use."""

    def __init__(self, services: Services) -> None:
        self.content_dir = services.config.content_dir

    def module(self, module_id: str):
        from ..assigned_panel import module_cache

        return module_cache().load(self.content_dir).catalogue.get(module_id)

    def question(self, quiz_id: str, question_id: str):
        from ..assigned_panel import quiz_cache

        quiz = quiz_cache().load(self.content_dir).get(quiz_id)
        return quiz.question(question_id) if quiz is not None else None


def _clock(seconds: int) -> str:
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def _button(text: str, name: str, slot, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    if tip:
        button.setToolTip(tip)
    button.setAutoDefault(True)
    button.clicked.connect(slot)
    return button


class ConsoleWindow(QWidget):
    """The facilitator's console: the plan's steps, the current step's notes and timers, the group's answers,
    a preview of the room, the register, and the controls. Only the facilitator sees it."""

    def __init__(self, run: SessionRun) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.run = run
        self._closing = False
        self._preview_due = False
        self._offered: QScreen | None = None
        self._shown_index = -1
        self.setWindowTitle(f"Facilitator's console – {run.plan.title}")
        self.setAccessibleName("Facilitator's console")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 8)
        outer.setSpacing(6)

        top = QHBoxLayout()
        self.title = heading(run.plan.title, 2)
        top.addWidget(self.title, 1)
        self.session_clock = QLabel()
        self.session_clock.setAccessibleName("Time on the session")
        top.addWidget(self.session_clock, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)

        self.notice = QFrame()
        self.notice.setStyleSheet("QFrame { background-color: #fff4ce; border: 1px solid #8a6d00; }")
        notice_row = QHBoxLayout(self.notice)
        notice_row.setContentsMargins(8, 4, 8, 4)
        self.notice_text = QLabel()
        self.notice_text.setWordWrap(True)
        self.notice_text.setStyleSheet("border: none;")
        notice_row.addWidget(self.notice_text, 1)
        self.move_button = _button("&Yes, move the room screen there", "Move the room screen to the new display",
                                   self._move_to_offered)
        notice_row.addWidget(self.move_button)
        self.notice.hide()
        outer.addWidget(self.notice)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        # -- the steps ----------------------------------------------------------------------------------------
        steps_box = QWidget()
        steps_layout = QVBoxLayout(steps_box)
        steps_layout.setContentsMargins(0, 0, 0, 0)
        self.steps = QListWidget()
        self.steps.setAccessibleName("Steps of the plan")
        self.steps.setWordWrap(True)
        self.steps.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.steps.itemClicked.connect(lambda item: self.run.go(self.steps.row(item)))
        self.steps.itemActivated.connect(lambda item: self.run.go(self.steps.row(item)))
        steps_layout.addWidget(buddy("S&teps (✓ shown):", self.steps))
        steps_layout.addWidget(self.steps, 1)
        for index, step in enumerate(run.plan.steps):
            self.steps.addItem(QListWidgetItem(self._step_text(index, step, run.title(index), False)))
        split.addWidget(steps_box)

        # -- the current step --------------------------------------------------------------------------------
        middle = QWidget()
        centre = QVBoxLayout(middle)
        centre.setContentsMargins(4, 0, 4, 0)
        self.step_line = QLabel()
        self.step_line.setWordWrap(True)
        centre.addWidget(self.step_line)
        self.step_title = heading("", 2)
        centre.addWidget(self.step_title)
        self.step_clock = QLabel()
        self.step_clock.setAccessibleName("Time on this step")
        self.step_clock.setMargin(3)
        centre.addWidget(self.step_clock, 0, Qt.AlignmentFlag.AlignLeft)
        self.notes = QTextBrowser()
        self.notes.setAccessibleName("Facilitator's notes")
        self.notes.setOpenLinks(False)
        centre.addWidget(buddy("Notes (&for you only):", self.notes))
        centre.addWidget(self.notes, 3)
        self.answers_box = QGroupBox("What each service would do (for the discussion)")
        answers = QVBoxLayout(self.answers_box)
        self.probation = note("")
        self.drug_service = note("")
        answers.addWidget(self.probation)
        answers.addWidget(self.drug_service)
        self.reveal_answers = _button("Show these to the &room", "Show what each service would do to the room",
                                      self._toggle_answers)
        answers.addWidget(self.reveal_answers, 0, Qt.AlignmentFlag.AlignLeft)
        centre.addWidget(self.answers_box)
        self.panels = QStackedWidget()
        self.no_panel = QWidget()
        self.question_panel = QuestionVote(run)
        self.scenario_panel = ScenarioPlay(run)
        for panel in (self.no_panel, self.question_panel, self.scenario_panel):
            self.panels.addWidget(panel)
        centre.addWidget(self.panels)
        split.addWidget(middle)

        # -- the room's preview and the register --------------------------------------------------------------
        side = QWidget()
        right = QVBoxLayout(side)
        right.setContentsMargins(4, 0, 0, 0)
        right.addWidget(QLabel("<b>The room sees</b>"))
        self.preview = QLabel()
        self.preview.setAccessibleName("Preview of the room's screen")
        self.preview.setFixedSize(PREVIEW_WIDTH, PREVIEW_WIDTH * 9 // 16)
        self.preview.setFrameShape(QFrame.Shape.Box)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right.addWidget(self.preview)
        scroll_row = QHBoxLayout()
        self.room_state = QLabel()
        self.room_state.setWordWrap(True)
        scroll_row.addWidget(self.room_state, 1)
        self.scroll_up = _button("▲", "Scroll the room's page up", lambda: self._scroll(-0.8),
                                 "Scroll the room's page up")
        self.scroll_down = _button("▼", "Scroll the room's page down", lambda: self._scroll(0.8),
                                   "Scroll the room's page down")
        for button in (self.scroll_up, self.scroll_down):
            button.setFixedWidth(36)
            scroll_row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        right.addLayout(scroll_row)
        self.register_stack = QStackedWidget()
        self.register = self._make_register()
        self.register_stack.addWidget(self.register)
        self.register_stack.addWidget(self._make_lock_page())
        right.addWidget(self.register_stack, 1)
        split.addWidget(side)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setStretchFactor(2, 3)
        self._split = split
        outer.addWidget(split, 1)

        # -- controls -------------------------------------------------------------------------------------------
        bar = QHBoxLayout()
        self.previous_button = _button("◀ Previ&ous", "Previous step", run.previous, "Page Up, Left, P")
        self.next_button = _button("&Next ▶", "Next step", run.next, "Page Down, Right, Space, N")
        self.show_button = _button("&Show room screen", "Show the room screen", self._show_or_leave, "F5 / Esc")
        self.blank_button = _button("&Blank room screen", "Blank the room screen", lambda: run.toggle_blank(BLACK),
                                    "B or full stop")
        self.white_button = _button("&White", "Show a white room screen", lambda: run.toggle_blank(WHITE_SCREEN),
                                    "W")
        self.end_button = _button("&End session…", "End the session", run.end)
        for button in (self.previous_button, self.next_button, self.show_button, self.blank_button,
                       self.white_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.end_button)
        outer.addLayout(bar)
        run.tick.connect(self._tick)
        self.resize(1280, 760)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        width = max(1, self._split.width())
        sizes = [round(width * 0.2), round(width * 0.41), round(width * 0.39)]
        self._split.setSizes(sizes)
        preview = min(max(PREVIEW_WIDTH, sizes[2] - 16), 2 * PREVIEW_WIDTH)
        if preview != self.preview.width():
            self.preview.setFixedSize(preview, preview * 9 // 16)
            self._schedule_preview()

    def show_fitted(self) -> None:
        """Show the console at a comfortable size, maximised on a small screen (a 1366 x 768 laptop)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        if room is not None and (room.width() < 1400 or room.height() < 860):
            self.showMaximized()
            return
        if room is not None:
            self.resize(min(1440, room.width() - 80), min(900, room.height() - 80))
        self.show()

    # -- parts ------------------------------------------------------------------------------------------------
    def _make_register(self) -> QWidget:
        try:
            from .register import RegisterPanel
        except ImportError:  # the register panel is not installed yet: say where it goes
            placeholder = note("The register appears here.")
            placeholder.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            return placeholder
        return RegisterPanel(self.run.services, self.run.session_id, self.run.acting)

    def _make_lock_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.lock_message = note("Enter your passphrase to see the register.")
        layout.addWidget(self.lock_message)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self._unlock)
        layout.addWidget(buddy("Pass&phrase:", self.passphrase))
        layout.addWidget(self.passphrase)
        self.unlock_button = _button("&Unlock the register", "Unlock the register", self._unlock)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.lock_error = note("")
        self.lock_error.setStyleSheet("color: #8a1c1c;")
        layout.addWidget(self.lock_error)
        layout.addStretch(1)
        return page

    @staticmethod
    def _step_text(index: int, step: PlanStep, title: str, covered: bool) -> str:
        mark = "✓" if covered else "   "
        return f"{mark} {index + 1}. {KIND_LABELS.get(step.kind, step.kind)}: {title} ({step.minutes} min)"

    # -- showing the state ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        run = self.run
        step = run.step
        for index, plan_step in enumerate(run.plan.steps):
            item = self.steps.item(index)
            item.setText(self._step_text(index, plan_step, run.title(index), run.covered(index)))
            font = item.font()
            font.setBold(index == run.index)
            item.setFont(font)
        if self.steps.currentRow() != run.index:
            self.steps.setCurrentRow(run.index)
        if self._shown_index != run.index:
            self._shown_index = run.index
            self.steps.scrollToItem(self.steps.item(run.index))
            self.notes.setPlainText(reflow(step.notes) or "No notes for this step.")
        self.step_line.setText(f"Step {run.index + 1} of {run.count} · {KIND_LABELS.get(step.kind, step.kind)} · "
                               f"planned {step.minutes} min")
        self.step_title.setText(run.title())
        self.step_title.setAccessibleName(run.title())
        discussion = step.kind == DISCUSSION and bool(step.probation or step.drug_service)
        self.answers_box.setVisible(discussion)
        if discussion:
            self.probation.setText(f"<b>Probation:</b> {escape(step.probation or '–')}")
            self.drug_service.setText(f"<b>Drug service:</b> {escape(step.drug_service or '–')}")
            shown = run.stage() == ANSWERS
            self.reveal_answers.setText("Hide these from the &room" if shown else "Show these to the &room")
        if step.kind == QUESTION:
            self.panels.setCurrentWidget(self.question_panel)
            self.question_panel.refresh()
        elif step.kind == SCENARIO:
            self.panels.setCurrentWidget(self.scenario_panel)
            self.scenario_panel.refresh()
        else:
            self.panels.setCurrentWidget(self.no_panel)
        self.panels.setVisible(step.kind in (QUESTION, SCENARIO))
        self.previous_button.setEnabled(run.index > 0)
        self.next_button.setEnabled(run.index + 1 < run.count)
        self.blank_button.setText("Un&blank room screen" if run.blank == BLACK else "&Blank room screen")
        self.white_button.setText("Un&white" if run.blank == WHITE_SCREEN else "&White")
        showing_over = not run.two_displays and run.room.isVisible()
        self.show_button.setText("Back to the con&sole (Esc)" if showing_over else "&Show room screen (F5)")
        self._tick()
        self._schedule_preview()

    def _tick(self) -> None:
        run = self.run
        spent, planned = run.step_seconds(), run.step.minutes * 60
        self.step_clock.setText(f"This step: {_clock(spent)} of {_clock(planned)}"
                                + ("  – over time" if spent > planned else ""))
        self.step_clock.setStyleSheet("background-color: #ffbf00; color: #1a1a1a; font-weight: bold;"
                                      if spent > planned else "")
        self.session_clock.setText(f"Session: {_clock(run.session_seconds())} of {run.plan.planned_minutes} min")

    def _room_state_text(self) -> str:
        run = self.run
        blank = {BLACK: "blanked (black)", WHITE_SCREEN: "blanked (white)"}.get(run.blank, "")
        if run.two_displays:
            where = f"full screen on {run.room_screen.name() or 'the second display'}"
            if not run.room.isVisible():
                where = "hidden (press F5 to show it on the second display)"
        elif run.room.isVisible():
            where = "showing over the console (Esc to come back)"
        else:
            where = "one display: press F5 to show it over the console"
        parts = [f"Room screen: {where}."]
        if blank:
            parts.append(f"It is {blank}.")
        if run.room.more_below():
            parts.append("More of the page below: ▼ scrolls it.")
        return " ".join(parts)

    def _schedule_preview(self) -> None:
        if not self._preview_due:
            self._preview_due = True
            QTimer.singleShot(0, self, self._update_preview)

    def _update_preview(self) -> None:
        self._preview_due = False
        room = self.run.room
        room.render_if_resized()
        if room.layout() is not None:
            room.layout().activate()
        picture = room.grab()
        self.preview.setPixmap(picture.scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation))
        self.room_state.setText(self._room_state_text())
        self.scroll_up.setEnabled(room.more_above())
        self.scroll_down.setEnabled(room.more_below())

    def _scroll(self, pages: float) -> None:
        self.run.room.scroll_pages(pages)
        self._schedule_preview()

    def _toggle_answers(self) -> None:
        self.run.reveal_answers(self.run.stage() != ANSWERS)

    def _show_or_leave(self) -> None:
        if not self.run.two_displays and self.run.room.isVisible():
            self.run.leave_room()
        else:
            self.run.show_room()

    # -- notices --------------------------------------------------------------------------------------------
    def set_notice(self, text: str) -> None:
        self._offered = None
        self.move_button.hide()
        self.notice_text.setText(text)
        self.notice.setVisible(bool(text))

    def offer_screen(self, screen: QScreen) -> None:
        self.set_notice(f"A display was connected ({screen.name() or 'new display'}). Move the room's screen "
                        "there?")
        self._offered = screen
        self.move_button.show()

    def _move_to_offered(self) -> None:
        if self._offered is not None and self._offered in QGuiApplication.screens():
            self.run.move_room_to(self._offered)
        else:
            self.set_notice("That display is no longer connected.")

    # -- the register's lock --------------------------------------------------------------------------------
    def set_register_locked(self, locked: bool) -> None:
        if hasattr(self.register, "set_locked"):
            self.register.set_locked(locked)
        self.register_stack.setCurrentIndex(1 if locked else 0)
        self.passphrase.clear()
        self.lock_error.clear()
        if not locked and hasattr(self.register, "refresh"):
            self.register.refresh()

    def ask_passphrase(self, message: str) -> None:
        self.lock_message.setText(message)
        self.passphrase.setFocus()

    def _unlock(self) -> None:
        from ...identity.crypto import WrongPassphrase

        try:
            signed_in = self.run.services.signin.sign_in(self.run.acting.id, self.passphrase.text())
        except WrongPassphrase:
            self.lock_error.setText("That passphrase is not right. Try again.")
            self.passphrase.selectAll()
            return
        except (PermissionError, LookupError) as error:
            self.lock_error.setText(str(error))
            return
        self.lock_message.setText("Enter your passphrase to see the register.")
        self.run.unlock_register(signed_in)

    # -- closing --------------------------------------------------------------------------------------------
    def close_for_good(self) -> None:
        self._closing = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing or self.run.console_closing():
            event.accept()
        else:
            event.ignore()


class SessionRun(QObject):
    """One running session: the state of the room (step, reveal stages, scenario paths, blanking), saved
    through the store; the console and room windows (kept referenced here); the clicker keys; the screens.

    ``finished(session_id)`` when the session has ended; ``closed()`` when the console was closed without
    ending (the session stays running, to resume)."""

    finished = Signal(int)
    closed = Signal()
    changed = Signal()
    tick = Signal()

    def __init__(self, services: Services, signed_in: SignedIn, record: SessionRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.store = services.joint_sessions
        self.signed_in: SignedIn | None = signed_in
        self.acting = signed_in.profile
        self.record = record
        self.session_id = record.id
        self.plan = record.plan
        self.content = ContentLookup(services)
        self.main_window = parent.window() if parent is not None else None
        self.index = record.current_step
        state = dict(record.room_state or {})
        self._steps: dict[str, dict[str, Any]] = {str(k): dict(v) for k, v in dict(state.get("steps", {})).items()}
        self.blank = str(state.get("blank", ""))
        self._votes = {(v.step_index, v.node_id): (dict(v.tallies), list(v.agreed)) for v in record.votes}
        self._since = time.monotonic()
        self.ended = False
        self.stopped = False  # the windows are closed and the clocks, keys and screen signals let go
        self.locked = False
        self.room_screen: QScreen | None = None
        self.room_shown = False  # with one display: the room is over the console

        self.room = RoomScreen()
        self.console = ConsoleWindow(self)
        self.room.hidden_by_user.connect(self._room_hidden)
        self.keys = ClickerKeys(self.key, lambda: (self.console, self.room, self.main_window), self)
        self.keys.install()
        self._checkpoint = QTimer(self)
        self._checkpoint.setInterval(CHECKPOINT_MS)
        self._checkpoint.timeout.connect(self.checkpoint)
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._tick)
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._screen_added)
        app.screenRemoved.connect(self._screen_removed)
        self.changed.connect(self._show_scene)

    # -- starting -----------------------------------------------------------------------------------------
    def start(self) -> None:
        """Show the windows, the current step to the room, and start the clocks."""
        if not any(step.covered for step in self.record.steps if step.index == self.index):
            self.store.go_to_step(self.session_id, self.index)
            self._sync()
        self.console.show_fitted()
        self.room_screen = placement.room_screen_for(self.console)
        here = self.console.screen()
        if here is not None:
            self.room.resize(here.geometry().size())
        if self.room_screen is not None:
            placement.show_full_screen_on(self.room, self.room_screen)
        self._checkpoint.start()
        self._ticker.start()
        self.changed.emit()

    def _sync(self) -> None:
        """Re-read the record (the time banked on each step) and count the current step's time from now."""
        self.record = self.store.get(self.session_id)
        self._since = time.monotonic()

    # -- steps --------------------------------------------------------------------------------------------
    @property
    def count(self) -> int:
        return len(self.plan.steps)

    @property
    def step(self) -> PlanStep:
        return self.plan.steps[self.index]

    def title(self, index: int | None = None, *, room: bool = False) -> str:
        """The step's title. A question or scenario titled only by its id takes the question's own title, or
        else (on the console) the start of its prompt, (on the room) the kind of step: the prompt follows."""
        step = self.plan.steps[self.index if index is None else index]
        if step.kind in (QUESTION, SCENARIO) and step.title in ("", step.question):
            question = self.content.question(step.quiz, step.question)
            if question is not None and question.title:
                return question.title
            if question is not None and not room:
                prompt = " ".join(question.prompt.split())
                return prompt if len(prompt) <= 70 else prompt[:69].rsplit(" ", 1)[0] + "…"
            return KIND_LABELS[step.kind] if room else step.title
        return step.title or KIND_LABELS.get(step.kind, step.kind)

    def covered(self, index: int) -> bool:
        return any(step.covered for step in self.record.steps if step.index == index)

    def _saved(self, call, *args, **kwargs) -> bool:
        """Make one store call; a refusal (the session ended elsewhere, a value out of range) is said on the
        console and nothing on the screens changes."""
        from ...sessions.store import SessionError

        try:
            call(*args, **kwargs)
        except (SessionError, PermissionError) as error:
            self.console.set_notice(f"Not saved: {error}")
            return False
        return True

    def go(self, index: int) -> None:
        if not 0 <= index < self.count or index == self.index:
            return
        if not self._saved(self.store.go_to_step, self.session_id, index):
            return
        self.index = index
        self._sync()
        self.changed.emit()

    def next(self) -> None:
        self.go(self.index + 1)

    def previous(self) -> None:
        self.go(self.index - 1)

    def checkpoint(self) -> None:
        if self.stopped or not self._saved(self.store.checkpoint, self.session_id):
            return
        self._sync()

    def step_seconds(self) -> int:
        banked = next((s.seconds for s in self.record.steps if s.index == self.index), 0)
        return banked + int(time.monotonic() - self._since)

    def session_seconds(self) -> int:
        return self.record.seconds + int(time.monotonic() - self._since)

    def _tick(self) -> None:
        self.tick.emit()
        if self.step.kind == BREAK and self.scene() != self.room.scene:
            self.changed.emit()  # a minute less of the break

    # -- reveal stages, votes, scenario paths ---------------------------------------------------------------
    def stage(self, index: int | None = None) -> str:
        index = self.index if index is None else index
        default = FIRST_STAGE.get(self.plan.steps[index].kind, "")
        return str(self._steps.get(str(index), {}).get("stage", default))

    def _save_state(self, steps: dict[str, dict[str, Any]], blank: str) -> bool:
        """Save the room's state; only once saved does it become the state shown."""
        if not self._saved(self.store.save_room_state, self.session_id, {"steps": steps, "blank": blank}):
            return False
        self._steps, self.blank = steps, blank
        self.changed.emit()
        return True

    def _with_step(self, **values: Any) -> dict[str, dict[str, Any]]:
        steps = {key: dict(value) for key, value in self._steps.items()}
        steps.setdefault(str(self.index), {}).update(values)
        return steps

    def set_stage(self, stage: str) -> None:
        self._save_state(self._with_step(stage=stage), self.blank)

    def question(self):
        step = self.step
        if step.kind not in (QUESTION, SCENARIO):
            return None
        return self.content.question(step.quiz, step.question)

    def options(self, node_id: str = "") -> list[VoteOption]:
        question = self.question()
        if question is None:
            return []
        if self.step.kind == SCENARIO:
            node = question.node(node_id) if node_id else None
            return choice_options(node) if node is not None else []
        return vote_options(question)

    def tallies(self, node_id: str = "") -> tuple[dict[str, int], list[str]]:
        counts, agreed = self._votes.get((self.index, node_id), ({}, []))
        return dict(counts), list(agreed)

    def set_votes(self, tallies: dict[str, int], agreed: list[str], node_id: str = "") -> None:
        """Save the counts per option and the agreed answer(s) (no names: counts only)."""
        question = self.question()
        if question is None:
            return
        prompt = question.prompt
        if node_id:
            node = question.node(node_id)
            prompt = node.text if node is not None else prompt
        clean = {key: int(value) for key, value in tallies.items() if value}
        if not self._saved(self.store.save_vote, self.session_id, self.index, question_id=question.id,
                           node_id=node_id, prompt=prompt, options=self.options(node_id), tallies=clean, agreed=agreed):
            self.changed.emit()  # the panel shows what is saved again
            return
        self._votes[(self.index, node_id)] = (clean, list(agreed))
        self.changed.emit()

    def path(self) -> list[str]:
        return list(self._steps.get(str(self.index), {}).get("path", []))

    def set_scenario(self, path: list[str], stage: str) -> None:
        self._save_state(self._with_step(path=list(path), stage=stage), self.blank)

    def clear_votes(self, node_ids: list[str]) -> None:
        if not self._saved(self.store.clear_votes, self.session_id, self.index, node_ids):
            return
        for node_id in node_ids:
            self._votes.pop((self.index, node_id), None)

    def reveal_answers(self, shown: bool) -> None:
        """A discussion: show the room what each service would do (or hide it again)."""
        self.set_stage(ANSWERS if shown else FIRST_STAGE[DISCUSSION])

    # -- what the room sees ---------------------------------------------------------------------------------
    def scene(self) -> Scene:
        step = self.step
        base = {"kind": step.kind, "title": self.title(room=True), "index": self.index, "count": self.count,
                "stage": self.stage()}
        if step.kind == SECTION:
            module = self.content.module(step.module)
            index = module.section_index(step.section) if module is not None else None
            return Scene(**base, module=module, section_index=index)
        if step.kind == DISCUSSION:
            return Scene(**base, prompt=step.prompt, probation=step.probation, drug_service=step.drug_service)
        if step.kind == QUESTION:
            tallies, agreed = self.tallies()
            question = self.question()
            return Scene(**base, question=question, options=tuple(self.options()), tallies=tallies,
                         agreed=tuple(agreed))
        if step.kind == SCENARIO:
            return self._scenario_scene(base)
        if step.kind == BREAK:
            left = max(0, step.minutes * 60 - self.step_seconds())
            return Scene(**base, minutes_left=(left + 59) // 60)
        return Scene(**base, prompt=step.prompt)

    def _scenario_scene(self, base: dict[str, Any]) -> Scene:
        from .scenario_play import agreed_choice, position

        scenario = self.question()
        if scenario is None or scenario.type.value != "scenario":
            return Scene(**base)
        here = position(scenario, self.path())
        if here.node is None:
            return Scene(**base, question=scenario, ending=here.ending, path=here.path)
        tallies, agreed = self.tallies(here.node.id)
        choice = agreed_choice(here.node, agreed) if base["stage"] == CONSEQUENCE else None
        return Scene(**base, question=scenario, node=here.node, options=tuple(choice_options(here.node)),
                     tallies=tallies, agreed=tuple(agreed), choice=choice, path=here.path)

    def _show_scene(self) -> None:
        self.room.set_blank(self.blank)
        self.room.show_scene(self.scene())
        self.console.refresh()

    def set_blank(self, mode: str) -> None:
        self._save_state(self._steps, mode if mode in (BLACK, WHITE_SCREEN) else "")

    def toggle_blank(self, mode: str = BLACK) -> None:
        self.set_blank("" if self.blank == mode else mode)

    # -- the room's window ----------------------------------------------------------------------------------
    @property
    def two_displays(self) -> bool:
        return self.room_screen is not None

    def show_room(self) -> None:
        """F5: the room full screen on the projector, or over the console with one display."""
        if self.room_screen is not None:
            placement.show_full_screen_on(self.room, self.room_screen)
        else:
            screen = self.console.screen() or QGuiApplication.primaryScreen()
            placement.show_full_screen_on(self.room, screen)
            self.room.activateWindow()
            self.room_shown = True
        self.changed.emit()

    def leave_room(self) -> None:
        """Esc: back to the console with one display; with two the room stays (and is un-blanked)."""
        if self.room_screen is not None:
            if self.blank:
                self.set_blank("")
            return
        if self.room.isVisible():
            self.room.hide()
        self.room_shown = False
        self.console.raise_()
        self.console.activateWindow()
        self.changed.emit()

    def _room_hidden(self) -> None:
        self.room_shown = False
        self.changed.emit()

    def move_room_to(self, screen: QScreen) -> None:
        self.room_screen = screen
        self.room_shown = False
        placement.show_full_screen_on(self.room, screen)
        self.console.set_notice("")
        self.changed.emit()

    def _screen_removed(self, screen: QScreen) -> None:
        if self.room_screen is None:
            return
        if screen is self.room_screen or screen.name() == self.room_screen.name():
            self.room_screen = None
            self.room.hide()
            self.room_shown = False
            self.console.set_notice("The second display was disconnected: the room's screen is hidden. Press F5 "
                                    "(or Show room screen) to show it over the console.")
            self.changed.emit()

    def _screen_added(self, screen: QScreen) -> None:
        if self.room_screen is None and not self.ended:
            here = self.console.screen()
            if here is None or screen.name() != here.name():
                self.console.offer_screen(screen)

    # -- keys -----------------------------------------------------------------------------------------------
    def key(self, action: str) -> None:
        if self.stopped:
            return
        if action == NEXT:
            self.next()
        elif action == PREVIOUS:
            self.previous()
        elif action == BLANK:
            self.toggle_blank(BLACK)
        elif action == WHITE:
            self.toggle_blank(WHITE_SCREEN)
        elif action == SHOW:
            self.show_room()
        elif action == LEAVE:
            self.leave_room()

    # -- the register and the idle sign-out -------------------------------------------------------------
    def lock_register(self) -> None:
        """Hide the register behind the passphrase (the idle sign-out); everything else carries on."""
        self.locked = True
        self.signed_in = None  # the keys are let go; the profile stays for the steps and votes
        self.console.set_register_locked(True)

    def unlock_register(self, signed_in: SignedIn) -> None:
        self.signed_in = signed_in
        self.acting = signed_in.profile
        self.locked = False
        self.console.set_register_locked(False)

    # -- ending and closing ---------------------------------------------------------------------------------
    def end(self) -> bool:
        """The end dialog: the register's "stayed throughout" ticks, a confirmation, then the store's end."""
        from .end_dialog import EndDialog

        if self.locked:
            self.console.ask_passphrase("Enter your passphrase to see the register and end the session.")
            return False
        self.checkpoint()
        dialog = EndDialog(self.services, self.session_id, self.acting, self.console)
        if dialog.exec() != EndDialog.DialogCode.Accepted or dialog.ended is None:
            return False
        self.record = dialog.ended
        self.ended = True
        self._stop()
        self.finished.emit(self.session_id)
        return True

    def console_closing(self) -> bool:
        """The console's window is closing: keep the session, end it, or cancel (False: stay open)."""
        from .end_dialog import END, KEEP, ask_keep_or_end

        if self.ended:
            return True
        answer = ask_keep_or_end(self.console)
        if answer == KEEP:
            self._keep()
            return True
        if answer == END:
            return self.end()
        return False

    def close(self) -> None:
        """Close both windows, keeping the session running to resume later (the main window quitting)."""
        if not self.ended:
            self._keep()
        self.console.close_for_good()

    def _keep(self) -> None:
        from ...sessions.store import SessionError

        if self.stopped:
            return
        with contextlib.suppress(SessionError):
            self.store.checkpoint(self.session_id)
        self._stop()
        self.closed.emit()

    def _stop(self) -> None:
        if self.stopped:
            return
        self.stopped = True
        self._checkpoint.stop()
        self._ticker.stop()
        self.keys.remove()
        app = QGuiApplication.instance()
        for signal, slot in ((app.screenAdded, self._screen_added), (app.screenRemoved, self._screen_removed)):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(slot)
        self.room.close_for_good()
        self.console.close_for_good()


def open_session(services: Services, signed_in: SignedIn, session_id: int, parent: QWidget | None = None
                 ) -> SessionRun:
    """Open a running session's console and room (resuming it if it had started before)."""
    from ...sessions.store import SessionError

    record = services.joint_sessions.get(session_id)
    if record.finished:
        raise SessionError(f"'{record.title}' has ended: open its record to read or amend it.")
    if any(step.covered for step in record.steps):
        record = services.joint_sessions.resume(session_id)
    run = SessionRun(services, signed_in, record, parent)
    run.start()
    return run
