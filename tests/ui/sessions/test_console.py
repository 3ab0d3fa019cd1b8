"""The facilitator's console and the room's screen driven as a facilitator would: steps with clicker keys sent to
either window, a discussion's reveal, a group question with counts and reveals, a group scenario followed to an
ending, blanking, ending with the register, kill and resume, and the idle sign-out locking only the register.
Real store on a real SQLite file; the bundled modules and quizzes."""

from __future__ import annotations

import warnings
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from nps_trainer.sessions.plan_model import PlanStep, SessionPlan
from nps_trainer.ui.assigned_panel import module_cache, quiz_cache
from nps_trainer.ui.sessions import console as console_module
from nps_trainer.ui.sessions import end_dialog
from nps_trainer.ui.sessions.console import SessionRun, open_session
from nps_trainer.ui.sessions.room_content import body_px
from tests.team.helpers import PASSPHRASE, make_manager, make_person, sign_in

NOTE = "FACILITATOR-ONLY NOTE"
GUEST, MEMBER = "Gwen Guestname", "Priya Profilename"
PRIVATE = (NOTE, GUEST, MEMBER, "Fran Facilitator", "Chris Cofacilitator", "Morgan Manager")


def first_question(content_dir, kind: str, min_options: int = 0):
    for quiz in quiz_cache().load(content_dir).quizzes:
        for question in quiz.questions:
            if question.type.value == kind and len(getattr(question, "options", ())) >= min_options:
                return quiz, question
    raise AssertionError(f"no {kind} question in the bundled quizzes")


def make_plan(services) -> SessionPlan:
    catalogue = module_cache().load(services.config.content_dir).catalogue
    module = next(iter(catalogue))
    quiz, question = first_question(services.config.content_dir, "single-choice", 3)
    scenario_quiz, scenario = first_question(services.config.content_dir, "scenario")
    steps = (
        PlanStep("section", module.sections[0].title, 10, notes=f"{NOTE} one", module=module.id,
                 section=module.sections[0].anchor),
        PlanStep("discussion", "Spotting use", 10, notes=f"{NOTE} two", prompt="What might tell you?",
                 probation="Probation would record it and ask.", drug_service="The drug service would test."),
        PlanStep("question", question.title or "A group question", 5, notes=f"{NOTE} three", quiz=quiz.id,
                 question=question.id),
        PlanStep("scenario", scenario.title or "A scenario", 20, notes=f"{NOTE} four", quiz=scenario_quiz.id,
                 question=scenario.id),
        PlanStep("activity", "Mapping local services", 10, notes=f"{NOTE} five", prompt="In mixed pairs, list."),
        PlanStep("break", "Break", 10, notes=f"{NOTE} six"),
    )
    return SessionPlan(id="test-plan", title="A joint test session", version="1.0", summary="", audience="",
                       minutes=65, outcomes=(), steps=steps)


@pytest.fixture
def people(fast_services):
    manager = make_manager(fast_services)
    facilitator = sign_in(fast_services, make_person(fast_services, "Fran Facilitator", "facilitator",
                                                     "drug_service", acting=manager))
    member = make_person(fast_services, MEMBER, "practitioner", "probation")
    return facilitator, member


def start_session(services, facilitator, member) -> int:
    store = services.joint_sessions
    session_id = store.start(make_plan(services), held_on=date.today(), place="Leeds",
                             co_facilitators=["Chris Cofacilitator"], acting=facilitator.profile)
    store.add_attendee(session_id, acting=facilitator.profile, profile_id=member.id)
    store.add_attendee(session_id, acting=facilitator.profile, name=GUEST, side="drug_service",
                       organisation="Forward Leeds", role="Recovery worker")
    return session_id


_OPEN: list[SessionRun] = []


@pytest.fixture(autouse=True)
def _close_runs():
    """Close every run a test opened, keeping the session (never a modal question at teardown)."""
    yield
    while _OPEN:
        run = _OPEN.pop()
        if not run.ended:
            run.close()


def opened(qtbot, services, facilitator, session_id) -> SessionRun:
    run = open_session(services, facilitator, session_id)
    _OPEN.append(run)
    qtbot.waitExposed(run.console)
    activate(run.console)
    return run


def activate(window) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)


def assert_room_private(run: SessionRun) -> None:
    text = run.room.text() + run.room.html()
    for secret in PRIVATE:
        assert secret not in text, f"{secret!r} reached the room's screen"


def test_a_session_driven_through_the_console(qtbot, fast_services, people, monkeypatch) -> None:
    facilitator, member = people
    session_id = start_session(fast_services, facilitator, member)
    run = opened(qtbot, fast_services, facilitator, session_id)
    store = fast_services.joint_sessions
    plan = run.plan

    # Step 1, a module section: the room shows the section's text, the console its notes.
    assert run.index == 0 and store.get(session_id).steps[0].covered
    assert plan.steps[0].title in run.room.text()
    assert "Step 1 of 6" in run.room.text()
    assert NOTE in run.console.notes.toPlainText()
    assert_room_private(run)

    # Clicker keys on the room's window and on the console move between steps.
    qtbot.keyClick(run.room, Qt.Key.Key_PageDown)
    assert run.index == 1 and store.get(session_id).current_step == 1
    assert "What might tell you?" in run.room.text()
    assert "Probation would record it" not in run.room.text()
    qtbot.keyClick(run.console.notes, Qt.Key.Key_PageUp)
    assert run.index == 0
    qtbot.keyClick(run.console, Qt.Key.Key_Right)
    assert run.index == 1

    # The discussion: the facilitator reveals what each service would do.
    qtbot.mouseClick(run.console.reveal_answers, Qt.MouseButton.LeftButton)
    assert "Probation would record it and ask." in run.room.text()
    assert "The drug service would test." in run.room.text()
    assert_room_private(run)

    # The group question: counts, then votes revealed, then the answer.
    qtbot.keyClick(run.console, Qt.Key.Key_N)
    assert run.index == 2
    question = run.question()
    panel = run.console.question_panel
    assert panel.isVisible() and not panel.reveal_votes.isEnabled()
    assert question.prompt.split()[0] in run.room.text()
    panel.counts.spins[0].setValue(3)
    panel.counts.spins[1].setValue(7)
    assert "7" not in run.room.text().replace("Step 3 of 6", "")  # no count before the reveal
    vote = store.get(session_id).votes_for(2)[0]
    assert vote.tallies == {question.options[0].id: 3, question.options[1].id: 7}
    qtbot.mouseClick(panel.reveal_votes, Qt.MouseButton.LeftButton)
    assert run.stage() == "votes"
    assert "10 votes" in run.room.text()
    assert not panel.counts.spins[0].isEnabled()  # locked once revealed
    assert "✓ right" not in run.room.text()
    qtbot.mouseClick(panel.reveal_answer, Qt.MouseButton.LeftButton)
    assert "✓ right" in run.room.text()
    assert store.get(session_id).room_state["steps"]["2"]["stage"] == "answer"
    assert_room_private(run)

    # Blank and unblank from the room's window: nothing readable while blank.
    qtbot.keyClick(run.room, Qt.Key.Key_B)
    assert run.room.text() == "" and run.room.stack.currentWidget() is run.room.black
    assert store.get(session_id).room_state["blank"] == "black"
    qtbot.keyClick(run.room, Qt.Key.Key_Period)
    assert run.room.text() != ""
    qtbot.keyClick(run.console, Qt.Key.Key_W)
    assert run.room.stack.currentWidget() is run.room.white
    qtbot.keyClick(run.console, Qt.Key.Key_W)

    # The group scenario: the agreed choice at each decision drives the branch until an ending.
    qtbot.keyClick(run.room, Qt.Key.Key_Space)
    assert run.index == 3
    play = run.console.scenario_panel
    scenario = run.question()
    decisions = 0
    while True:
        here = play.where()
        if here.ending is not None:
            break
        node = here.node
        assert node.text.split()[0] in run.room.text()
        play.counts.spins[-1].setValue(2)
        play.counts.spins[0].setValue(5)
        play.counts.ticks[0].setChecked(True)
        qtbot.mouseClick(play.reveal_votes, Qt.MouseButton.LeftButton)
        assert "7 votes" in run.room.text()
        qtbot.mouseClick(play.reveal_consequence, Qt.MouseButton.LeftButton)
        assert node.choices[0].rationale.split()[0] in run.room.text()
        assert "The group chose" in run.room.text()
        qtbot.mouseClick(play.continue_button, Qt.MouseButton.LeftButton)
        decisions += 1
        assert decisions < 20
    assert here.ending.title in run.room.text()
    record = store.get(session_id)
    saved = [v for v in record.votes_for(3)]
    assert len(saved) == decisions and all(v.agreed for v in saved)
    from nps_trainer.quiz.scenario import walk

    assert walk(scenario, record.room_state["steps"]["3"]["path"]).ending == here.ending
    assert_room_private(run)

    # Activity, then the break with the minutes left.
    qtbot.keyClick(run.console, Qt.Key.Key_PageDown)
    assert "In mixed pairs, list." in run.room.text()
    qtbot.keyClick(run.console, Qt.Key.Key_PageDown)
    assert "10 minutes left" in run.room.text()
    assert_room_private(run)

    # End: the register's ticks go through the store; the session is credited and read-only.
    def end_with(dialog_self):
        dialog_self.set_stayed(1, False)
        dialog_self._end()
        return dialog_self.result()

    monkeypatch.setattr(end_dialog.EndDialog, "exec", end_with)
    monkeypatch.setattr(end_dialog.messages, "confirm", lambda *_a: True)
    with qtbot.waitSignal(run.finished, timeout=2000) as finished:
        qtbot.mouseClick(run.console.end_button, Qt.MouseButton.LeftButton)
    assert finished.args == [session_id]
    record = store.get(session_id)
    assert record.finished
    assert [a.stayed_throughout for a in record.attendees] == [True, False]
    assert not run.console.isVisible() and not run.room.isVisible()


def test_the_room_text_is_large_at_1080p(qtbot, fast_services, people) -> None:
    facilitator, member = people
    run = opened(qtbot, fast_services, facilitator, start_session(fast_services, facilitator, member))
    run.room.resize(1920, 1080)
    qtbot.waitUntil(lambda: run.room._rendered[0] == 30)
    assert body_px(1080) >= 28 and run.room.body_px == 30
    run.go(1)
    assert "font-size:30px" in run.room.html().replace(" ", "")
    run.close()


def test_kill_and_resume(qtbot, fast_services, people, monkeypatch) -> None:
    facilitator, member = people
    session_id = start_session(fast_services, facilitator, member)
    run = opened(qtbot, fast_services, facilitator, session_id)
    run.go(3)  # one scenario decision made, then back to the question
    play = run.console.scenario_panel
    first = play.where().node
    play.counts.spins[0].setValue(2)
    play.counts.ticks[0].setChecked(True)
    run.set_stage("consequence")
    play.continue_()
    run.go(2)
    panel = run.console.question_panel
    panel.counts.spins[1].setValue(4)
    panel.counts.ticks[1].setChecked(True)
    run.set_stage("votes")
    run.set_blank("black")
    # Closing the console without ending: keep it to resume later.
    monkeypatch.setattr(end_dialog, "ask_keep_or_end", lambda _parent: end_dialog.KEEP)
    with qtbot.waitSignal(run.closed, timeout=2000):
        run.console.close()
    assert not run.console.isVisible()
    assert fast_services.joint_sessions.get(session_id).status == "running"

    again = opened(qtbot, fast_services, facilitator, session_id)
    assert again.index == 2 and again.stage() == "votes" and again.blank == "black"
    question = again.question()
    assert again.tallies() == ({question.options[1].id: 4}, [question.options[1].id])
    assert again.console.question_panel.counts.spins[1].value() == 4
    assert again.room.text() == ""
    again.set_blank("")
    assert "4 votes; the group's answer: B." in again.room.text()
    again.go(3)  # the scenario carries on from the group's path
    assert again.path() == [first.choices[0].id]
    assert again.tallies(first.id) == ({first.choices[0].id: 2}, [first.choices[0].id])
    here = again.console.scenario_panel.where()
    if here.node is not None:
        assert here.node.text.split()[0] in again.room.text() and first.text not in again.room.text()
    else:
        assert here.ending.title in again.room.text()
    again.close()


def test_the_register_locks_but_the_session_carries_on(qtbot, fast_services, people) -> None:
    facilitator, member = people
    run = opened(qtbot, fast_services, facilitator, start_session(fast_services, facilitator, member))
    run.lock_register()
    assert run.console.register_stack.currentIndex() == 1
    qtbot.keyClick(run.room, Qt.Key.Key_PageDown)
    assert run.index == 1  # steps carry on
    run.console.passphrase.setText("not the passphrase")
    qtbot.mouseClick(run.console.unlock_button, Qt.MouseButton.LeftButton)
    assert run.locked and "not right" in run.console.lock_error.text()
    run.console.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(run.console.unlock_button, Qt.MouseButton.LeftButton)
    assert not run.locked and run.console.register_stack.currentIndex() == 0
    run.close()


def test_typing_in_a_spin_box_is_not_taken(qtbot, fast_services, people) -> None:
    facilitator, member = people
    run = opened(qtbot, fast_services, facilitator, start_session(fast_services, facilitator, member))
    run.go(2)
    spin = run.console.question_panel.counts.spins[0]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "12")
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert spin.value() == 13
    option = run.question().options[0].id
    assert fast_services.joint_sessions.get(run.session_id).votes_for(2)[0].tallies == {option: 13}
    qtbot.keyClick(spin, Qt.Key.Key_Backspace)
    assert spin.cleanText() != "13" and run.index == 2  # the spin box had the key, not the clicker
    qtbot.keyClick(spin, Qt.Key.Key_PageDown)
    assert run.index == 3  # Page Down is the clicker's, even from a spin box
    assert console_module.CHECKPOINT_MS == 30_000
    run.close()


def test_one_display_f5_and_esc_toggle_the_room(qtbot, fast_services, people) -> None:
    facilitator, member = people
    run = opened(qtbot, fast_services, facilitator, start_session(fast_services, facilitator, member))
    assert not run.two_displays and not run.room.isVisible()  # the offscreen platform has one screen
    qtbot.keyClick(run.console, Qt.Key.Key_F5)
    assert run.room.isVisible() and run.room.isFullScreen()
    assert "Back to the console" in run.console.show_button.text().replace("&", "")
    activate(run.room)
    qtbot.keyClick(run.room, Qt.Key.Key_PageDown)  # the clicker still works over the console
    assert run.index == 1
    qtbot.keyClick(run.room, Qt.Key.Key_Escape)
    assert not run.room.isVisible()
    assert fast_services.joint_sessions.get(run.session_id).status == "running"  # Esc never ends it
    qtbot.mouseClick(run.console.show_button, Qt.MouseButton.LeftButton)
    assert run.room.isVisible()
    run.room.close()  # Alt+F4 on the room only hides it
    assert not run.room.isVisible() and not run.stopped


def test_a_scenario_decision_can_be_taken_again(qtbot, fast_services, people) -> None:
    facilitator, member = people
    run = opened(qtbot, fast_services, facilitator, start_session(fast_services, facilitator, member))
    run.go(3)
    play = run.console.scenario_panel
    first = play.where().node
    play.counts.ticks[0].setChecked(True)
    assert not play.continue_button.isEnabled()
    qtbot.mouseClick(play.reveal_consequence, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(play.continue_button, Qt.MouseButton.LeftButton)
    assert run.path() == [first.choices[0].id]
    second = play.where()
    if second.node is not None:  # decide at the second node, then take the first decision again
        play.counts.spins[0].setValue(3)
        assert any(v.node_id == second.node.id for v in run.store.get(run.session_id).votes_for(3))
    qtbot.mouseClick(play.again, Qt.MouseButton.LeftButton)
    assert run.path() == [] and play.where().node == first and run.stage() == "deciding"
    votes = run.store.get(run.session_id).votes_for(3)
    assert [v.node_id for v in votes] == [first.id]  # the later decision is no longer reached
    assert play.counts.ticks[0].isChecked()  # the first decision's answer is kept to change


def test_closing_the_console_can_end_or_cancel(qtbot, fast_services, people, monkeypatch) -> None:
    facilitator, member = people
    session_id = start_session(fast_services, facilitator, member)
    run = opened(qtbot, fast_services, facilitator, session_id)
    monkeypatch.setattr(end_dialog, "ask_keep_or_end", lambda _parent: end_dialog.CANCEL)
    run.console.close()
    assert run.console.isVisible() and not run.stopped
    monkeypatch.setattr(end_dialog, "ask_keep_or_end", lambda _parent: end_dialog.END)
    monkeypatch.setattr(end_dialog.messages, "confirm", lambda *_a: True)
    monkeypatch.setattr(end_dialog.EndDialog, "exec", lambda dialog: (dialog._end(), dialog.result())[1])
    with qtbot.waitSignal(run.finished, timeout=2000):
        run.console.close()
    assert not run.console.isVisible()
    assert fast_services.joint_sessions.get(session_id).finished


def test_ending_needs_the_register_unlocked(qtbot, fast_services, people, monkeypatch) -> None:
    facilitator, member = people
    run = opened(qtbot, fast_services, facilitator, start_session(fast_services, facilitator, member))
    run.lock_register()
    shown = []
    monkeypatch.setattr(end_dialog.EndDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    qtbot.mouseClick(run.console.end_button, Qt.MouseButton.LeftButton)
    assert shown == [] and "passphrase" in run.console.lock_message.text()
    from PySide6.QtWidgets import QLabel, QTableWidget

    page = run.console.register_stack.currentWidget()
    visible = [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(run.console)]
    visible += [t.item(r, c).text() for t in page.findChildren(QTableWidget) if t.isVisibleTo(run.console)
                for r in range(t.rowCount()) for c in range(t.columnCount()) if t.item(r, c)]
    assert not any(name in text for text in visible for name in (GUEST, MEMBER))
    run.unlock_register(sign_in(fast_services, facilitator.profile))
    qtbot.mouseClick(run.console.end_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1


def test_the_clocks_bank_time_and_turn_amber(qtbot, fast_services, people) -> None:
    from datetime import UTC, datetime, timedelta

    facilitator, member = people
    store = fast_services.joint_sessions
    now = [datetime(2026, 12, 6, 10, 0, tzinfo=UTC)]
    store.clock = lambda: now[0]
    session_id = start_session(fast_services, facilitator, member)
    run = opened(qtbot, fast_services, facilitator, session_id)
    now[0] += timedelta(seconds=45)
    run._checkpoint.timeout.emit()  # the 30-second checkpoint
    assert store.get(session_id).steps[0].seconds == 45
    now[0] += timedelta(minutes=10)
    run._checkpoint.timeout.emit()
    assert run.step_seconds() >= 645 > run.step.minutes * 60
    run.console._tick()
    assert "over time" in run.console.step_clock.text()
    assert "#ffbf00" in run.console.step_clock.styleSheet()
    run.next()
    run.console._tick()
    assert "over time" not in run.console.step_clock.text() and run.console.step_clock.styleSheet() == ""
    assert store.get(session_id).steps[0].seconds == 645


def test_an_ended_session_does_not_open(qtbot, fast_services, people) -> None:
    from nps_trainer.sessions.store import SessionError

    facilitator, member = people
    session_id = start_session(fast_services, facilitator, member)
    fast_services.joint_sessions.end(session_id, acting=facilitator.profile)
    with pytest.raises(SessionError, match="has ended"):
        open_session(fast_services, facilitator, session_id)


def test_a_session_ended_elsewhere_changes_nothing_on_the_screens(qtbot, fast_services, people) -> None:
    facilitator, member = people
    session_id = start_session(fast_services, facilitator, member)
    run = opened(qtbot, fast_services, facilitator, session_id)
    fast_services.joint_sessions.end(session_id, acting=facilitator.profile)  # from another computer
    before = run.room.text()
    qtbot.keyClick(run.room, Qt.Key.Key_PageDown)
    qtbot.keyClick(run.room, Qt.Key.Key_B)
    assert run.index == 0 and run.blank == "" and run.room.text() == before
    assert run.console.notice.isVisible() and "has ended" in run.console.notice_text.text()


def test_a_break_counts_down_from_its_minutes_on_every_visit(qtbot, fast_services, people, monkeypatch) -> None:
    facilitator, member = people
    session_id = start_session(fast_services, facilitator, member)
    from datetime import UTC, datetime, timedelta

    now = [1000.0]  # the console's clock and the store's move together
    monkeypatch.setattr(console_module.time, "monotonic", lambda: now[0])
    start = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    monkeypatch.setattr(fast_services.joint_sessions, "clock", lambda: start + timedelta(seconds=now[0]))
    run = opened(qtbot, fast_services, facilitator, session_id)
    run.go(5)  # the break (10 minutes)
    now[0] += 4 * 60
    assert run.scene().minutes_left == 6
    run.go(4)
    now[0] += 60
    run.go(5)  # back to the break: it starts again from its planned ten minutes
    assert run.step_seconds() == 4 * 60  # the first visit's time is banked on the step
    assert run.scene().minutes_left == 10
    now[0] += 30
    assert run.scene().minutes_left == 10  # 9.5 minutes left shows as 10
