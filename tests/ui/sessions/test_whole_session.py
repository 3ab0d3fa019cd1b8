"""A whole joint session in the real main window, as a facilitator runs one (issue 9, point 8): sign in, Joint
sessions, New session with a bundled plan, a register with a profile and a guest, every step with the
console's next key (a group question and a group scenario answered by the room), the idle sign-out in the
middle (the console carries on, the register locks, the room shows no name), End; then the attendee with a
profile has the sections credited as seen in a joint session and a CPD entry, and the record's PDF (read back
with pdftotext) has both organisations. Also: signing out while a session runs asks first, and someone else
signing in leaves the session running, closed, to be resumed."""

from __future__ import annotations

import subprocess
import warnings

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from nps_trainer.ui import main_window as main_window_module
from nps_trainer.ui.main_window import MainWindow
from nps_trainer.ui.sessions import end_dialog
from nps_trainer.ui.sessions.record_view import RecordView
from nps_trainer.ui.sessions.register import AddPeopleDialog, GuestDialog, RegisterPanel
from nps_trainer.ui.sessions.setup_dialog import SetupDialog
from tests.team.helpers import PASSPHRASE, make_manager, make_person, sign_in
from tests.ui.helpers import show_active

PLAN_ID = "trauma-informed-working"  # bundled: sections, a discussion, group questions, a group scenario, a break
MEMBER, GUEST, GUEST_ORGANISATION = "Priya Profilename", "Gwen Guestname", "Forward Leeds"
NAMES = (MEMBER, GUEST, "Fran Facilitator", "Chris Cofacilitator")


@pytest.fixture(autouse=True)
def _close_session_windows():
    """Close any session window a test left open, keeping the session (never a question at teardown)."""
    yield
    for widget in QApplication.topLevelWidgets():
        if widget.property(main_window_module.SESSION_WINDOW) and widget.isVisible():
            run = getattr(widget, "run", None)
            if run is not None and not run.ended and not run.stopped:
                run.close()


@pytest.fixture
def people(fast_services):
    manager = make_manager(fast_services, "Morgan Manager")
    fran = make_person(fast_services, "Fran Facilitator", "facilitator", "drug_service", acting=manager)
    sign_in(fast_services, fran)  # sets her passphrase
    member = make_person(fast_services, MEMBER, "practitioner", "probation")
    sign_in(fast_services, member)
    return fran, member


def window_signed_in(qtbot, services, profile) -> MainWindow:
    services.settings.last_profile_id = profile.id
    window = MainWindow(services)
    window.resize(1366, 768)
    show_active(qtbot, window)
    sign_in_at_gate(qtbot, window, profile.id)
    assert window.profile is not None and window.profile.id == profile.id
    return window


def sign_in_at_gate(qtbot, window: MainWindow, profile_id: int) -> None:
    gate = window.gate
    ids = [gate.profile_list.item(i).data(Qt.ItemDataRole.UserRole).id for i in range(gate.profile_list.count())]
    gate.profile_list.setCurrentRow(ids.index(profile_id))
    gate.passphrase.clear()
    qtbot.keyClicks(gate.passphrase, PASSPHRASE)
    qtbot.keyClick(gate.passphrase, Qt.Key.Key_Return)


def activate(widget) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(widget)


def assert_room_shows_no_name(run) -> None:
    text = run.room.text() + run.room.html()
    for name in NAMES:
        assert name not in text, f"{name!r} reached the room's screen"


def start_from_the_section(qtbot, window, services, member, monkeypatch):
    """Joint sessions → New session…: the bundled plan, place and co-facilitator, the member with a profile
    registered before the console opens; Open the console."""
    page = window.show_section("sessions")
    assert page.title == "Joint sessions"

    def pick_people(dialog: AddPeopleDialog):
        qtbot.keyClicks(dialog.search, "priya")
        dialog.set_checked(member.id)
        return QDialog.DialogCode.Accepted

    def set_up(dialog: SetupDialog):
        dialog.choose(PLAN_ID)
        qtbot.keyClicks(dialog.place_edit, "Training room 2, Leeds")
        dialog.co_edit.setPlainText("Chris Cofacilitator")
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        monkeypatch.setattr(AddPeopleDialog, "exec", pick_people)
        qtbot.mouseClick(dialog.register.add_people_button, Qt.MouseButton.LeftButton)
        assert dialog.register.counts.text() == "1 here: 1 probation"
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(SetupDialog, "exec", set_up)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    run = window.session_run
    assert run is not None and run.plan.id == PLAN_ID
    qtbot.waitExposed(run.console)
    activate(run.console)
    return page, run


def answer_question(qtbot, run) -> None:
    panel = run.console.question_panel
    question = run.question()
    panel.counts.spins[0].setValue(4)
    panel.counts.spins[1].setValue(6)
    qtbot.mouseClick(panel.reveal_votes, Qt.MouseButton.LeftButton)
    assert "10 votes" in run.room.text()
    qtbot.mouseClick(panel.reveal_answer, Qt.MouseButton.LeftButton)
    assert run.stage() == "answer"
    assert question.id


def play_scenario(qtbot, run) -> int:
    play = run.console.scenario_panel
    decisions = 0
    while (here := play.where()).ending is None:
        play.counts.spins[0].setValue(5)
        play.counts.spins[-1].setValue(2)
        play.counts.ticks[0].setChecked(True)
        qtbot.mouseClick(play.reveal_votes, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(play.reveal_consequence, Qt.MouseButton.LeftButton)
        assert "The group chose" in run.room.text()
        qtbot.mouseClick(play.continue_button, Qt.MouseButton.LeftButton)
        decisions += 1
        assert decisions < 20
    assert here.ending.title in run.room.text()
    return decisions


def test_a_whole_joint_session_in_the_main_window(qtbot, fast_services, people, monkeypatch, tmp_path,
                                                  shown_messages) -> None:
    services = fast_services
    fran, member = people
    window = window_signed_in(qtbot, services, fran)
    page, run = start_from_the_section(qtbot, window, services, member, monkeypatch)
    session_id = run.session_id
    store = services.joint_sessions

    # The guest is added from the console's register, after it opened.
    register = run.console.findChild(RegisterPanel)
    assert register is not None and register.row_of(MEMBER) >= 0

    def guest(dialog: GuestDialog):
        dialog.set_values(GUEST, GUEST_ORGANISATION, "drug_service", "Recovery worker")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(GuestDialog, "exec", guest)
    qtbot.mouseClick(register.add_guest_button, Qt.MouseButton.LeftButton)
    assert register.counts.text() == "2 here: 1 probation, 1 drug service (1 guest)"

    kinds_done = []
    idle_tested = False
    while True:
        kind = run.step.kind
        kinds_done.append(kind)
        assert_room_shows_no_name(run)
        if kind == "question":
            answer_question(qtbot, run)
        elif kind == "scenario":
            assert play_scenario(qtbot, run) >= 1
        if not idle_tested and run.index >= 2:
            # The idle sign-out mid-session: the main window signs out; the console and room carry on, the
            # register is hidden in the console, the room shows no name.
            window.sign_out_idle()
            idle_tested = True
            assert window.stack.currentWidget() is window.gate and window.signed_in is None
            assert run.console.isVisible() and not run.ended and run.locked
            assert register.table.rowCount() == 0 and MEMBER not in register.counts.text()
            assert run.console.register_stack.currentIndex() == 1
            grabbed_text = " ".join(label.text() for label in register.findChildren(type(register.counts))
                                    if label.isVisibleTo(register))
            assert MEMBER not in grabbed_text and GUEST not in grabbed_text
            assert_room_shows_no_name(run)
            run.console.grab().save("/tmp/console-locked.png")
            before = run.index
            activate(run.console)
            qtbot.keyClick(run.console, Qt.Key.Key_N)  # the steps carry on while signed out
            assert run.index == before + 1
            qtbot.keyClick(run.console, Qt.Key.Key_P)
            assert run.index == before
            # The same facilitator signs in again at the main window: the register comes back.
            sign_in_at_gate(qtbot, window, fran.id)
            assert window.signed_in is not None and not run.locked
            assert register.row_of(GUEST) >= 0 and run.console.register_stack.currentIndex() == 0
            run.console.grab().save("/tmp/console-register.png")
            activate(run.console)
        if run.index == run.count - 1:
            break
        before = run.index
        qtbot.keyClick(run.console, Qt.Key.Key_N)  # the console's next key
        assert run.index == before + 1
    assert {"section", "question", "scenario", "break"} <= set(kinds_done) and idle_tested
    assert all(step.covered for step in store.get(session_id).steps)

    # End, with everyone staying throughout.
    def end_with(dialog: end_dialog.EndDialog):
        dialog._end()
        return dialog.result()

    monkeypatch.setattr(end_dialog.EndDialog, "exec", end_with)
    with qtbot.waitSignal(run.finished, timeout=3000):
        qtbot.mouseClick(run.console.end_button, Qt.MouseButton.LeftButton)
    assert window.session_run is None and not run.console.isVisible() and not run.room.isVisible()
    record = store.get(session_id)
    assert record.finished and {a.name for a in record.attendees} == {MEMBER, GUEST}

    # The member with a profile: the sections covered credited as seen in a joint session, and a CPD entry.
    covered = record.sections_covered()
    assert covered
    summaries = services.progress.summaries(member.id)
    for module_id, anchors in covered.items():
        assert set(anchors) <= set(summaries[module_id].sections_credited)
    [entry] = store.cpd_entries(member.id)
    assert entry.title == record.title and "Fran Facilitator" in entry.detail and "Chris Cofacilitator" in entry.detail
    assert (entry.day, entry.kind, entry.hours) == (record.held_on, "joint session", record.hours)
    assert "Training room 2, Leeds" in entry.detail

    # The record, from the section: read-only, saved as PDF for both organisations.
    assert page.table.rowCount() == 1 and page.table.item(0, 6).text() == "Finished"
    window.grab().save("/tmp/main-window-sessions.png")
    page.table.selectRow(0)
    from nps_trainer.ui.documents import pdf

    monkeypatch.setattr(pdf, "ask_pdf_path", lambda *_a: tmp_path / "record.pdf")

    def save(view: RecordView):
        qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(RecordView, "exec", save)
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "record.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Probation" in text and "Drug service" in text
    assert MEMBER in text and GUEST in text and GUEST_ORGANISATION in text
    assert record.title.split(":")[0] in " ".join(text.split())
    window.close()


def test_signing_out_while_a_session_runs_asks_and_someone_else_leaves_it_running(
        qtbot, fast_services, people, monkeypatch, shown_messages) -> None:
    services = fast_services
    fran, member = people
    window = window_signed_in(qtbot, services, fran)
    _page, run = start_from_the_section(qtbot, window, services, member, monkeypatch)
    session_id = run.session_id

    # Signing out: asked first; Cancel keeps everything as it was.
    asked = []
    monkeypatch.setattr(main_window_module, "ask_about_session",
                        lambda _p, title, doing: asked.append(title) or main_window_module.CANCEL)
    window.sign_out()
    assert asked == ["Sign out"] and window.signed_in is not None and run.console.isVisible()
    # Quitting likewise.
    window.close()
    assert asked == ["Sign out", "Quit"] and window.isVisible() and run.console.isVisible()

    # The idle sign-out, then someone else signs in: the session's windows close, it stays running.
    window.sign_out_idle()
    assert run.console.isVisible() and run.locked
    sign_in_at_gate(qtbot, window, member.id)
    assert window.profile.id == member.id and "sessions" not in window.pages
    assert not run.console.isVisible() and not run.room.isVisible() and window.session_run is None
    assert services.joint_sessions.get(session_id).status == "running"

    # Fran signs in again: offered to resume it; then signs out keeping it to resume later.
    window.sign_out()
    sign_in_at_gate(qtbot, window, fran.id)
    shown_messages.clear()
    window.show_section("sessions")
    assert shown_messages and shown_messages[0][1] == "Resume a joint session"  # answered yes
    resumed = window.session_run
    assert resumed is not None and resumed.session_id == session_id and resumed.console.isVisible()
    monkeypatch.setattr(main_window_module, "ask_about_session", lambda *_a: main_window_module.KEEP_SESSION)
    window.sign_out()
    assert window.signed_in is None and not resumed.console.isVisible()
    assert services.joint_sessions.get(session_id).status == "running"
    window.close()


def test_the_idle_sign_out_leaves_the_consoles_dialogs_open(qtbot, fast_services, people, monkeypatch,
                                                           shown_messages) -> None:
    services = fast_services
    fran, member = people
    window = window_signed_in(qtbot, services, fran)
    _page, run = start_from_the_section(qtbot, window, services, member, monkeypatch)
    console_dialog = QDialog(run.console)  # say, the facilitator entering a count when the time runs out
    console_dialog.setModal(True)
    console_dialog.show()
    main_dialog = QDialog(window)  # a dialog of the main window: cancelled, as before
    main_dialog.setModal(True)
    main_dialog.show()
    assert main_window_module.belongs_to_session(console_dialog)
    assert not main_window_module.belongs_to_session(main_dialog)
    window.sign_out_idle()
    qtbot.waitUntil(lambda: window.suspended, timeout=3000)
    assert console_dialog.isVisible() and console_dialog.result() == 0
    assert not main_dialog.isVisible() and main_dialog.result() == QDialog.DialogCode.Rejected
    assert run.locked and run.console.isVisible()
    console_dialog.close()
    window.grab().save("/tmp/main-window-idle.png")
    monkeypatch.setattr(main_window_module, "ask_about_session", lambda *_a: main_window_module.KEEP_SESSION)
    window.close()  # the session is kept, to resume
    assert not run.console.isVisible() and services.joint_sessions.get(run.session_id).status == "running"
