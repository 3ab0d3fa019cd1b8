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
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QWidget,
)

from ...i18n import tr
from ...sessions.plan_model import BREAK, DISCUSSION, QUESTION, SCENARIO, SECTION, PlanStep, kind_label
from ...sessions.record import SessionRecord, VoteOption
from . import placement
from .clicker import BLANK, LEAVE, NEXT, PREVIOUS, SHOW, WHITE, ClickerKeys
from .console_window import CHECKPOINT_MS, TICK_MS, ConsoleWindow, ContentLookup
from .room import BLACK, RoomScreen
from .room import WHITE as WHITE_SCREEN
from .room_content import ANSWERS, CONSEQUENCE, FIRST_STAGE, Scene, choice_options, vote_options

if TYPE_CHECKING:
    from ...identity import SignedIn
    from ...services import Services

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
        self._entered = self._since  # when this visit to the current step began (a break counts down from it)
        self.ended = False
        self.stopped = False  # the windows are closed and the clocks, keys and screen signals let go
        self.locked = False
        self.room_screen: QScreen | None = None
        self.room_shown = False  # with one display: the room is over the console

        self.room = RoomScreen()
        self.console = ConsoleWindow(self)
        self.room.hidden_by_user.connect(self._room_hidden)
        self.keys = ClickerKeys(self.key, lambda: (self.console, self.room), self,
                                clicker_only=lambda: (self.main_window,))
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
            self.store.go_to_step(self.session_id, self.index, acting=self.acting)
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
            return kind_label(step.kind) if room else step.title
        return step.title or kind_label(step.kind)

    def covered(self, index: int) -> bool:
        return any(step.covered for step in self.record.steps if step.index == index)

    def _saved(self, call, *args, **kwargs) -> bool:
        """Make one store call; a refusal (the session ended elsewhere, a value out of range) is said on the
        console and nothing on the screens changes."""
        from ...profiles import NotAllowed
        from ...sessions.store import SessionError

        try:
            call(*args, acting=self.acting, **kwargs)  # the store re-reads the role: a demoted person is refused
        except (SessionError, PermissionError, NotAllowed) as error:
            self.console.set_notice(tr("Not saved: {reason}").format(reason=error))
            return False
        return True

    def go(self, index: int) -> None:
        if not 0 <= index < self.count or index == self.index:
            return
        if not self._saved(self.store.go_to_step, self.session_id, index):
            return
        self.index = index
        self._sync()
        self._entered = time.monotonic()
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
            left = max(0, step.minutes * 60 - int(time.monotonic() - self._entered))  # this visit, not earlier ones
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
            self.console.set_notice(tr("The second display was disconnected: the room's screen is hidden. "
                                       "Press F5 (or Show room screen) to show it over the console."))
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
            self.console.ask_passphrase(tr("Enter your passphrase to see the register and end the session."))
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
        from ...profiles import NotAllowed
        from ...sessions.store import SessionError

        if self.stopped:
            return
        with contextlib.suppress(SessionError, NotAllowed):
            self.store.checkpoint(self.session_id, acting=self.acting)
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

    services.joint_sessions.may_run(signed_in.profile)  # NotAllowed for someone no longer a facilitator or manager
    record = services.joint_sessions.get(session_id)
    if record.finished:
        raise SessionError(tr("'{title}' has ended: open its record to read or amend it.").format(title=record.title))
    if any(step.covered for step in record.steps):
        record = services.joint_sessions.resume(session_id, acting=signed_in.profile)
    run = SessionRun(services, signed_in, record, parent)
    run.start()
    return run
