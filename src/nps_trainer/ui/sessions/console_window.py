"""The facilitator's console window: the step list, notes, timers, a preview of the room, the group's votes, the
register and the buttons; a thin view that passes every action to its :class:`~.console.SessionRun`."""


from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ...sessions.plan_model import DISCUSSION, QUESTION, SCENARIO, PlanStep, kind_label
from .. import colours
from ..widgets import FlowLayout, action_button, buddy, heading, note
from .group_vote import QuestionVote
from .room import BLACK
from .room import WHITE as WHITE_SCREEN
from .room_content import ANSWERS, reflow
from .scenario_play import ScenarioPlay

if TYPE_CHECKING:
    from ...services import Services
    from .console import SessionRun

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
        self.setWindowTitle(tr("Facilitator's console – {title}").format(title=run.plan.title))
        self.setAccessibleName(tr("Facilitator's console"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 8)
        outer.setSpacing(6)

        top = QHBoxLayout()
        self.title = heading(run.plan.title, 2)
        top.addWidget(self.title, 1)
        self.session_clock = QLabel()
        self.session_clock.setAccessibleName(tr("Time on the session"))
        top.addWidget(self.session_clock, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)

        self.notice = QFrame()
        colours.keep_styled(self.notice, lambda: colours.notice_style("QFrame", "warn", radius=0))
        notice_row = QHBoxLayout(self.notice)
        notice_row.setContentsMargins(8, 4, 8, 4)
        self.notice_text = QLabel()
        self.notice_text.setWordWrap(True)
        self.notice_text.setStyleSheet("border: none;")
        notice_row.addWidget(self.notice_text, 1)
        self.move_button = action_button(tr("&Yes, move the room screen there"),
                                         tr("Move the room screen to the new display"), self._move_to_offered)
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
        self.steps.setAccessibleName(tr("Steps of the plan"))
        self.steps.setWordWrap(True)
        self.steps.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.steps.itemClicked.connect(lambda item: self.run.go(self.steps.row(item)))
        self.steps.itemActivated.connect(lambda item: self.run.go(self.steps.row(item)))
        steps_label = buddy(tr("S&teps (✓ shown):"), self.steps)
        steps_label.setWordWrap(True)  # the pane may be narrower than the label at 200% text
        steps_layout.addWidget(steps_label)
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
        self.step_clock.setAccessibleName(tr("Time on this step"))
        self.step_clock.setMargin(3)
        centre.addWidget(self.step_clock, 0, Qt.AlignmentFlag.AlignLeft)
        self.notes = QTextBrowser()
        self.notes.setAccessibleName(tr("Facilitator's notes"))
        self.notes.setOpenLinks(False)
        centre.addWidget(buddy(tr("Notes (&for you only):"), self.notes))
        centre.addWidget(self.notes, 3)
        # the title as a wrapped label inside the box: a group box's own title never wraps (200% text, Welsh)
        self.answers_box = QGroupBox()
        answers_title = tr("What each service would do (for the discussion)")
        self.answers_box.setAccessibleName(answers_title)
        answers = QVBoxLayout(self.answers_box)
        self.answers_heading = QLabel(f"<b>{escape(answers_title)}</b>")
        self.answers_heading.setWordWrap(True)
        answers.addWidget(self.answers_heading)
        self.probation = note("")
        self.drug_service = note("")
        answers.addWidget(self.probation)
        answers.addWidget(self.drug_service)
        self.reveal_answers = action_button(tr("Show these to the &room"),
                                            tr("Show what each service would do to the room"), self._toggle_answers)
        answers.addWidget(self.reveal_answers, 0, Qt.AlignmentFlag.AlignLeft)
        centre.addWidget(self.answers_box)
        self.panels = QStackedWidget()
        self.no_panel = QWidget()
        self.question_panel = QuestionVote(run)
        self.scenario_panel = ScenarioPlay(run)
        for panel in (self.no_panel, self.question_panel, self.scenario_panel):
            self.panels.addWidget(panel)
        centre.addWidget(self.panels)
        # scrolls up and down when the window is too short for the notes, answers and votes (200% text)
        middle_scroll = QScrollArea()
        middle_scroll.setObjectName("consoleMiddle")
        middle_scroll.setWidgetResizable(True)
        middle_scroll.setFrameShape(QFrame.Shape.NoFrame)
        middle_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        middle_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        middle_scroll.setWidget(middle)
        split.addWidget(middle_scroll)

        # -- the room's preview and the register --------------------------------------------------------------
        side = QWidget()
        right = QVBoxLayout(side)
        right.setContentsMargins(4, 0, 0, 0)
        right.addWidget(QLabel(tr("<b>The room sees</b>")))
        self.preview = QLabel()
        self.preview.setAccessibleName(tr("Preview of the room's screen"))
        self.preview.setFixedSize(PREVIEW_WIDTH, PREVIEW_WIDTH * 9 // 16)
        self.preview.setFrameShape(QFrame.Shape.Box)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right.addWidget(self.preview)
        scroll_row = QHBoxLayout()
        self.room_state = QLabel()
        self.room_state.setWordWrap(True)
        scroll_row.addWidget(self.room_state, 1)
        self.scroll_up = action_button("▲", tr("Scroll the room's page up"), lambda: self._scroll(-0.8),
                                       tr("Scroll the room's page up"))
        self.scroll_down = action_button("▼", tr("Scroll the room's page down"), lambda: self._scroll(0.8),
                                         tr("Scroll the room's page down"))
        for button in (self.scroll_up, self.scroll_down):  # as wide as the text size needs (no fixed width)
            scroll_row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        right.addLayout(scroll_row)
        self.register_stack = QStackedWidget()
        self.register = self._make_register()
        self.register_stack.addWidget(self.register)
        self.register_stack.addWidget(self._make_lock_page())
        right.addWidget(self.register_stack, 1)
        # scrolls up and down when the window is too short for the preview and the register (200% text)
        self._side_scroll = side_scroll = QScrollArea()
        side_scroll.setObjectName("consoleSide")
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setWidget(side)
        split.addWidget(side_scroll)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setStretchFactor(2, 3)
        self._split = split
        outer.addWidget(split, 1)

        # -- controls -------------------------------------------------------------------------------------------
        bar = FlowLayout()  # onto more lines when the window is too narrow for them all (200% text, Welsh)
        self.previous_button = action_button(tr("◀ Previ&ous"), tr("Previous step"), run.previous,
                                             tr("Page Up, Left, P", "keys"))
        self.next_button = action_button(tr("&Next ▶"), tr("Next step"), run.next,
                                         tr("Page Down, Right, Space, N", "keys"))
        self.show_button = action_button(tr("&Show room screen"), tr("Show the room screen"), self._show_or_leave,
                                         "F5 / Esc")
        self.blank_button = action_button(tr("&Blank room screen"), tr("Blank the room screen"),
                                          lambda: run.toggle_blank(BLACK), tr("B or full stop", "keys"))
        self.white_button = action_button(tr("&White"), tr("Show a white room screen"),
                                          lambda: run.toggle_blank(WHITE_SCREEN), "W")
        self.end_button = action_button(tr("&End session…"), tr("End the session"), run.end)
        for button in (self.previous_button, self.next_button, self.show_button, self.blank_button,
                       self.white_button, self.end_button):
            bar.addWidget(button)
        outer.addLayout(bar)
        run.tick.connect(self._tick)
        self.resize(1280, 760)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        width = max(1, self._split.width())
        sizes = [round(width * 0.2), round(width * 0.41), round(width * 0.39)]
        self._split.setSizes(sizes)
        # the pane less its margin and a vertical scroll bar, so the preview never makes the pane scroll sideways
        room = sizes[2] - 8 - self._side_scroll.verticalScrollBar().sizeHint().width()
        preview = min(max(PREVIEW_WIDTH, room), 2 * PREVIEW_WIDTH)
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
            placeholder = note(tr("The register appears here."))
            placeholder.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            return placeholder
        return RegisterPanel(self.run.services, self.run.session_id, self.run.acting)

    def _make_lock_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.lock_message = note(tr("Enter your passphrase to see the register."))
        layout.addWidget(self.lock_message)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self._unlock)
        label = buddy(tr("Pass&phrase:", "unlocks the register in the facilitator's console"), self.passphrase)
        layout.addWidget(label)
        layout.addWidget(self.passphrase)
        self.unlock_button = action_button(tr("&Unlock the register"), tr("Unlock the register"), self._unlock)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.lock_error = note("")
        colours.keep_styled(self.lock_error, lambda: colours.accent_style("bad"))
        layout.addWidget(self.lock_error)
        layout.addStretch(1)
        return page

    @staticmethod
    def _step_text(index: int, step: PlanStep, title: str, covered: bool) -> str:
        mark = "✓" if covered else "   "
        return tr("{mark} {number}. {kind}: {title} ({minutes} min)", "a step in the console's list").format(
            mark=mark, number=index + 1, kind=kind_label(step.kind), title=title, minutes=step.minutes)

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
            self.notes.setPlainText(reflow(step.notes) or tr("No notes for this step."))
        self.step_line.setText(tr("Step {number} of {count} · {kind} · planned {minutes} min").format(
            number=run.index + 1, count=run.count, kind=kind_label(step.kind), minutes=step.minutes))
        self.step_title.setText(run.title())
        self.step_title.setAccessibleName(run.title())
        discussion = step.kind == DISCUSSION and bool(step.probation or step.drug_service)
        self.answers_box.setVisible(discussion)
        if discussion:
            self.probation.setText(tr("<b>Probation:</b> {text}").format(text=escape(step.probation or "–")))
            self.drug_service.setText(tr("<b>Drug service:</b> {text}").format(text=escape(step.drug_service or "–")))
            shown = run.stage() == ANSWERS
            self.reveal_answers.setText(tr("Hide these from the &room") if shown else tr("Show these to the &room"))
        if step.kind == QUESTION:
            self.panels.setCurrentWidget(self.question_panel)
            self.question_panel.refresh()
        elif step.kind == SCENARIO:
            self.panels.setCurrentWidget(self.scenario_panel)
            self.scenario_panel.refresh()
        else:
            self.panels.setCurrentWidget(self.no_panel)
        self.panels.setVisible(step.kind in (QUESTION, SCENARIO))
        self._chain_panels()
        self.previous_button.setEnabled(run.index > 0)
        self.next_button.setEnabled(run.index + 1 < run.count)
        self.blank_button.setText(tr("Un&blank room screen") if run.blank == BLACK else tr("&Blank room screen"))
        self.white_button.setText(tr("Un&white") if run.blank == WHITE_SCREEN else tr("&White"))
        showing_over = not run.two_displays and run.room.isVisible()
        self.show_button.setText(tr("Back to the con&sole (Esc)") if showing_over else tr("&Show room screen (F5)"))
        self._tick()
        self._schedule_preview()

    def _chain_panels(self) -> None:
        """The vote counts and scenario choices are made afresh for each step, so Qt puts them last in the Tab
        order (after End session); put them back after the step's own controls, where they are on screen."""
        found: list[QWidget] = []
        widget = self.nextInFocusChain()
        while widget is not self and widget is not None and len(found) < 10000:
            if self.panels.isAncestorOf(widget) and widget.focusProxy() is None \
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                found.append(widget)
            widget = widget.nextInFocusChain()
        # the counts grid is above the panel's buttons, so its spin boxes and ticks come first (reading order)
        grids = (self.question_panel.counts, self.scenario_panel.counts)
        found.sort(key=lambda w: 0 if any(grid.isAncestorOf(w) for grid in grids) else 1)
        before: QWidget = self.reveal_answers
        for widget in found:
            QWidget.setTabOrder(before, widget)
            before = widget

    def _tick(self) -> None:
        run = self.run
        spent, planned = run.step_seconds(), run.step.minutes * 60
        over = spent > planned
        text = tr("This step: {spent} of {planned}  – over time") if over else tr("This step: {spent} of {planned}")
        self.step_clock.setText(text.format(spent=_clock(spent), planned=_clock(planned)))
        self.step_clock.setStyleSheet("background-color: #ffbf00; color: #1a1a1a; font-weight: bold;"
                                      if spent > planned else "")
        self.session_clock.setText(tr("Session: {spent} of {minutes} min").format(
            spent=_clock(run.session_seconds()), minutes=run.plan.planned_minutes))

    def _room_state_text(self) -> str:
        run = self.run
        if run.two_displays:
            if not run.room.isVisible():
                where = tr("Room screen: hidden (press F5 to show it on the second display).")
            elif run.room_screen.name():
                where = tr("Room screen: full screen on {display}.").format(display=run.room_screen.name())
            else:
                where = tr("Room screen: full screen on the second display.")
        elif run.room.isVisible():
            where = tr("Room screen: showing over the console (Esc to come back).")
        else:
            where = tr("Room screen: one display: press F5 to show it over the console.")
        parts = [where]
        if run.blank == BLACK:
            parts.append(tr("It is blanked (black)."))
        elif run.blank == WHITE_SCREEN:
            parts.append(tr("It is blanked (white)."))
        if run.room.more_below():
            parts.append(tr("More of the page below: ▼ scrolls it."))
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
        name = screen.name() or tr("new display", "a connected display without a name")
        self.set_notice(tr("A display was connected ({name}). Move the room's screen there?").format(name=name))
        self._offered = screen
        self.move_button.show()

    def _move_to_offered(self) -> None:
        if self._offered is not None and self._offered in QGuiApplication.screens():
            self.run.move_room_to(self._offered)
        else:
            self.set_notice(tr("That display is no longer connected."))

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
        from ...identity import PassphraseChangeRequired
        from ...identity.crypto import WrongPassphrase

        try:
            signed_in = self.run.services.signin.sign_in(self.run.acting.id, self.passphrase.text())
        except WrongPassphrase:
            self.lock_error.setText(tr("That passphrase is not right. Try again."))
            self.passphrase.selectAll()
            return
        except PassphraseChangeRequired:  # there are no boxes for a new one here: the main window has them
            self.passphrase.clear()
            self.lock_error.setText(tr("A manager reset your passphrase, and that is the temporary one. Choose "
                                       "your own first: sign in at the main window's sign-in screen, which asks for "
                                       "a new passphrase of your own. The register unlocks when you have."))
            return
        except (PermissionError, LookupError) as error:
            self.lock_error.setText(str(error))
            return
        self.lock_message.setText(tr("Enter your passphrase to see the register."))
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


