"""Joint sessions, the section: the list and its filters over sessions made through the real store; a new
session from a plan (plans that cannot be used listed with their reasons, not selectable; an edited plan
picked up); a finished session's record read-only, saved as PDF and CSV; an amendment that needs a reason and
keeps old -> new; discarding a session started by mistake; the offer to resume a session left running, once
per sign-in; and only facilitators and managers get the section."""

from __future__ import annotations

import csv
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QLineEdit, QPlainTextEdit

from nps_trainer.services import build_services
from nps_trainer.ui.main_window import MainWindow, default_sections
from nps_trainer.ui.sections.sessions import SessionsSection
from nps_trainer.ui.sessions import record_view as record_view_module
from nps_trainer.ui.sessions.amend_dialog import AmendDialog
from nps_trainer.ui.sessions.plan_cache import plan_library
from nps_trainer.ui.sessions.record_view import RecordView
from nps_trainer.ui.sessions.setup_dialog import SetupDialog, split_names
from tests.team.helpers import make_manager, make_person, sign_in

BUNDLED = Path(__file__).resolve().parents[3] / "content"
TODAY = date.today()


@pytest.fixture
def team(fast_services):
    services = fast_services
    manager = make_manager(services, "Morgan Manager")
    fran = sign_in(services, make_person(services, "Fran Facilitator", "facilitator", "drug_service", acting=manager))
    gus = sign_in(services, make_person(services, "Gus Facilitator", "facilitator", "probation", acting=manager))
    priya = make_person(services, "Priya Probation", "practitioner", "probation")
    dev = make_person(services, "Dev Drugworker", "drug_service", "drug_service")
    return SimpleNamespace(services=services, manager=manager, fran=fran, gus=gus, priya=priya, dev=dev)


def finished_session(services, leader, plan, held_on, place, people=(), guests=()) -> int:
    store = services.joint_sessions
    session_id = store.start(plan, held_on=held_on, place=place, co_facilitators=["Chris Co"], acting=leader.profile)
    for person in people:
        store.add_attendee(session_id, acting=leader.profile, profile_id=person.id)
    for name, side, organisation in guests:
        store.add_attendee(session_id, acting=leader.profile, name=name, side=side, organisation=organisation,
                           role="Guest role")
    for index in range(len(plan.steps)):
        store.go_to_step(session_id, index)
    store.end(session_id, acting=leader.profile)
    return session_id


def section_for(qtbot, services, signed_in) -> SessionsSection:
    page = SessionsSection(services, signed_in.profile)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.sign_in_changed(signed_in)
    return page


def titles(page: SessionsSection) -> list[str]:
    return [page.table.item(row, 1).text() for row in range(page.table.rowCount())]


def places(page: SessionsSection) -> list[str]:
    return [page.table.item(row, 2).text() for row in range(page.table.rowCount())]


def test_the_list_shows_each_session_and_the_filters_narrow_it(qtbot, team, shown_messages) -> None:
    services, fran, gus, priya, dev = team.services, team.fran, team.gus, team.priya, team.dev
    plans = {plan.id: plan for plan in plan_library(services).plans}
    nps, overdose = plans["nps-and-synthetic-drugs"], plans["overdose-naloxone-release"]
    finished_session(services, fran, nps, TODAY - timedelta(days=40), "Leeds probation office", [priya, dev],
                     [("Gwen Guest", "other", "Shelter")])
    finished_session(services, fran, overdose, TODAY - timedelta(days=5), "Bradford hub", [dev])
    services.joint_sessions.start(nps, held_on=TODAY, place="Leeds hub", co_facilitators=[], acting=gus.profile)

    page = section_for(qtbot, services, fran)
    page.activate()
    assert shown_messages == []  # the running session is Gus's, not Fran's: no offer to resume
    assert places(page) == ["Leeds hub", "Bradford hub", "Leeds probation office"]  # newest first
    row = places(page).index("Leeds probation office")
    cells = [page.table.item(row, c).text() for c in range(page.table.columnCount())]
    assert cells[1] == nps.title and cells[3] == "Fran Facilitator, Chris Co"
    assert cells[4] == "3: 1 probation, 1 drug service, 1 other" and cells[6] == "Finished"
    assert page.table.item(0, 6).text() == "Running (not ended)"
    assert page.count_label.text() == "3 sessions, 1 not ended; 4 attendances"

    qtbot.keyClicks(page.text_filter, "leeds")
    assert places(page) == ["Leeds hub", "Leeds probation office"]
    page.text_filter.clear()
    page.since_edit.setDate(QDate(TODAY - timedelta(days=10)))
    assert places(page) == ["Leeds hub", "Bradford hub"]
    page.until_edit.setDate(QDate(TODAY - timedelta(days=1)))
    assert places(page) == ["Bradford hub"]
    page.since_edit.setDate(page.since_edit.minimumDate())  # back to "Any"
    page.until_edit.setDate(page.until_edit.minimumDate())
    assert page.since_edit.text() == "Any"
    page.plan_filter.setCurrentIndex(page.plan_filter.findData(nps.id))
    assert places(page) == ["Leeds hub", "Leeds probation office"]
    page.status_filter.setCurrentIndex(page.status_filter.findData("finished"))
    assert places(page) == ["Leeds probation office"]
    page.text_filter.setText("nowhere at all")
    assert page.table.rowCount() == 0 and page.count_label.text() == "No sessions match these filters."

    page.text_filter.clear()
    page.status_filter.setCurrentIndex(0)
    page.plan_filter.setCurrentIndex(0)
    page.table.selectRow(places(page).index("Leeds hub"))  # running: resume or discard, no record yet
    assert page.resume_button.isEnabled() and page.discard_button.isEnabled()
    assert not page.record_button.isEnabled() and not page.amend_button.isEnabled()
    page.table.selectRow(places(page).index("Bradford hub"))
    assert page.record_button.isEnabled() and page.amend_button.isEnabled() and not page.resume_button.isEnabled()
    page.grab().save("/tmp/sessions-section.png")

    page.sign_in_changed(None)  # the idle sign-out: nothing of the records stays on screen
    assert page.table.rowCount() == 0


def test_discard_deletes_a_running_session_after_confirming(qtbot, team, shown_messages) -> None:
    services, fran, gus = team.services, team.fran, team.gus
    plan = plan_library(services).plans[0]
    mistaken = services.joint_sessions.start(plan, held_on=TODAY, place="Wrong room", co_facilitators=[],
                                             acting=gus.profile)
    page = section_for(qtbot, services, fran)
    page.activate()
    page.table.selectRow(0)
    qtbot.mouseClick(page.discard_button, Qt.MouseButton.LeftButton)
    assert shown_messages[-1][:2] == ("confirm", "Discard the session")
    assert page.table.rowCount() == 0
    assert all(s.id != mistaken for s in services.joint_sessions.list(acting=fran.profile))


@pytest.fixture
def own_content(tmp_path, user_paths, monkeypatch) -> Iterator:
    """Services on a content folder of our own: the bundled modules and quizzes, one bundled plan, and a plan
    that names a module that does not exist."""
    content = tmp_path / "org-content"
    (content / "sessions").mkdir(parents=True)
    for folder in ("modules", "quizzes"):
        (content / folder).symlink_to(BUNDLED / folder, target_is_directory=True)
    shutil.copy(BUNDLED / "content.yaml", content / "content.yaml")
    shutil.copy(BUNDLED / "sessions" / "trauma-informed-working.yaml", content / "sessions")
    (content / "sessions" / "broken-plan.yaml").write_text(
        "id: broken-plan\ntitle: A plan with a missing module\nversion: '1'\nsummary: s\naudience: a\nminutes: 60\n"
        "outcomes:\n  - o\nsources:\n  - s\nreviewed: 2026-01-01\nsteps:\n  - type: section\n"
        "    module: no-such-module\n    section: nowhere\n    minutes: 60\n    notes: n\n", encoding="utf-8")
    monkeypatch.setenv("NPS_TRAINER_CONTENT_DIR", str(content))
    services = build_services(user_paths)
    yield services, content
    services.close()


def test_new_session_lists_unusable_plans_with_their_reasons_and_starts_a_usable_one(qtbot, own_content,
                                                                                     monkeypatch,
                                                                                     shown_messages) -> None:
    services, content = own_content
    manager = make_manager(services)
    fran = sign_in(services, make_person(services, "Fran Facilitator", "facilitator", "drug_service",
                                         acting=manager))
    page = section_for(qtbot, services, fran)
    page.activate()
    seen = {}

    def look_and_start(dialog: SetupDialog):
        seen["plans"] = [dialog.plan_list.item(r).text() for r in range(dialog.plan_list.count())]
        seen["unavailable"] = dialog.unavailable_list.item(0)
        seen["unavailable_text"] = dialog.unavailable_list.item(0).text()
        seen["details"] = dialog.details.toPlainText()
        assert dialog.date_edit.date().toPython() == TODAY  # today unless changed
        dialog.show()
        dialog.grab().save("/tmp/setup-dialog.png")
        qtbot.keyClicks(dialog.place_edit, "Training room 2")
        dialog.co_edit.setPlainText("Chris Co, Sam Second\nTara Third")
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        seen["after_start"] = dialog.pages.currentWidget() is dialog.register_page
        dialog.register.add_guest_values("Gwen Guest", "Shelter", "other", "Housing officer")  # before the console
        dialog.grab().save("/tmp/setup-register.png")
        return QDialog.DialogCode.Rejected  # "Close and resume later": no console yet

    monkeypatch.setattr(SetupDialog, "exec", look_and_start)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert len(seen["plans"]) == 1 and "Trauma" in seen["plans"][0]
    assert "A plan with a missing module" in seen["unavailable_text"]
    assert "broken-plan.yaml" in seen["unavailable_text"] and "no-such-module" in seen["unavailable_text"]
    assert not seen["unavailable"].flags() & Qt.ItemFlag.ItemIsSelectable  # listed, but cannot be chosen
    assert "By the end, people will be able to" in seen["details"] and "min" in seen["details"]
    assert seen["after_start"]
    [summary] = services.joint_sessions.running(fran.profile.id)
    record = services.joint_sessions.get(summary.id)
    assert (record.place, record.held_on, record.co_facilitators) == (
        "Training room 2", TODAY, ("Chris Co", "Sam Second", "Tara Third"))
    assert [a.name for a in record.attendees] == ["Gwen Guest"]
    assert places(page) == ["Training room 2"]  # listed, running, to resume

    # An edited plan is picked up the next time the plans are read.
    plan_file = content / "sessions" / "trauma-informed-working.yaml"
    text = plan_file.read_text(encoding="utf-8")
    plan_file.write_text(text.replace('\ntitle: "', '\ntitle: "Edited: ', 1), encoding="utf-8")
    assert plan_library(services).plans[0].title.startswith("Edited: Trauma")


def test_split_names_takes_lines_and_commas() -> None:
    assert split_names("Chris Co, Sam  Second\n\nTara Third; Chris Co") == ["Chris Co", "Sam Second", "Tara Third"]


def test_a_finished_record_is_read_only_and_saved_as_pdf_and_csv(qtbot, team, monkeypatch, tmp_path,
                                                                  shown_messages) -> None:
    services, fran, priya, dev = team.services, team.fran, team.priya, team.dev
    plan = next(p for p in plan_library(services).plans if p.id == "information-sharing-drrs")
    session_id = finished_session(services, fran, plan, TODAY, "Leeds", [priya, dev],
                                  [("Gwen Guest", "drug_service", "Forward Leeds")])
    page = section_for(qtbot, services, fran)
    page.activate()
    page.table.selectRow(0)
    monkeypatch.setattr(record_view_module, "ask_csv_path", lambda *_a: tmp_path / "register.csv")
    from nps_trainer.ui.documents import pdf

    monkeypatch.setattr(pdf, "ask_pdf_path", lambda *_a: tmp_path / "record.pdf")
    opened = {}

    def look(view: RecordView):
        opened["text"] = view.shown_text()
        opened["editable"] = [w for w in view.findChildren(QLineEdit) + view.findChildren(QPlainTextEdit)
                              if not w.isReadOnly()]
        opened["buttons"] = sorted(b.text() for b in view.findChildren(QAbstractButton)
                                   if not view.text.isAncestorOf(b))  # not a table's corner in the record itself
        view.show()
        view.grab().save("/tmp/record-view.png")
        qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(view.csv_button, Qt.MouseButton.LeftButton)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(RecordView, "exec", look)
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    text = opened["text"]
    for expected in (plan.title, "Leeds", "Fran Facilitator", "Priya Probation", "Dev Drugworker", "Gwen Guest",
                     "Probation", "Drug service", plan.steps[0].title):
        assert expected in text
    assert opened["editable"] == []  # nothing on it can be typed into
    assert opened["buttons"] == ["Close", "Save &CSV…", "Save &PDF…"]
    pdf_text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "record.pdf"), "-"], capture_output=True,
                              text=True, check=True).stdout
    assert "Priya Probation" in pdf_text and "Gwen Guest" in pdf_text and "Forward Leeds" in pdf_text
    with (tmp_path / "register.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == 4 and {"Priya Probation", "Dev Drugworker", "Gwen Guest"} <= {cell for r in rows for cell in r}
    assert services.joint_sessions.get(session_id).amendments == ()


def test_an_amendment_needs_a_reason_and_keeps_old_and_new(qtbot, team, monkeypatch, shown_messages) -> None:
    services, fran, priya = team.services, team.fran, team.priya
    plan = plan_library(services).plans[0]
    session_id = finished_session(services, fran, plan, TODAY - timedelta(days=2), "Leeds", [priya],
                                  [("Gwen Guest", "other", "Shelter")])
    page = section_for(qtbot, services, fran)
    page.activate()
    page.table.selectRow(0)
    outcome = {}

    def amend(dialog: AmendDialog):
        dialog.show()
        dialog.place_edit.setText("Leeds, room 4")
        dialog.set_stayed("Priya Probation", False)
        dialog.set_removed("Gwen Guest")
        dialog.add_guest_values("Hana Late", "Forward Leeds", "drug_service", "Recovery worker")
        preview = dialog.preview.text()
        outcome["preview"] = preview
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no reason yet: refused
        outcome["refused"] = dialog.problem.text()
        outcome["unchanged"] = services.joint_sessions.get(session_id).place
        qtbot.keyClicks(dialog.reason_edit, "Room and register corrected from the paper sign-in sheet")
        outcome["preview_with_reason"] = dialog.preview.text()
        dialog.grab().save("/tmp/amend-dialog.png")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(AmendDialog, "exec", amend)
    qtbot.mouseClick(page.amend_button, Qt.MouseButton.LeftButton)
    assert "place: Leeds → Leeds, room 4" in outcome["preview"]
    assert "stayed throughout, Priya Probation: yes → no" in outcome["preview"]
    assert "taken off the register: Gwen Guest (Shelter) → –" in outcome["preview"]
    assert "added to the register: – → Hana Late (Forward Leeds)" in outcome["preview"]
    assert "Reason: (required" in outcome["preview"]
    assert "Give a reason" in outcome["refused"] and outcome["unchanged"] == "Leeds"
    assert "Reason: Room and register corrected" in outcome["preview_with_reason"]

    record = services.joint_sessions.get(session_id)
    assert record.place == "Leeds, room 4"
    assert {a.name: a.stayed_throughout for a in record.attendees} == {"Priya Probation": False, "Hana Late": True}
    [amendment] = record.amendments
    assert amendment.reason.startswith("Room and register corrected") and amendment.by_name == "Fran Facilitator"
    assert amendment.changes["place"] == ["Leeds", "Leeds, room 4"]
    assert amendment.changes["stayed: Priya Probation"] == [True, False]
    assert "amend" in " ".join(e.action for e in services.audit.entries())
    assert places(page) == ["Leeds, room 4"]  # the list shows the corrected record

    text = RecordView(services, session_id).shown_text()  # the record shows the amendment, old → new
    assert "Room and register corrected" in text and "Leeds → Leeds, room 4" in text


def test_nothing_changed_is_not_an_amendment(qtbot, team, shown_messages) -> None:
    services, fran, priya = team.services, team.fran, team.priya
    session_id = finished_session(services, fran, plan_library(services).plans[0], TODAY, "Leeds", [priya])
    dialog = AmendDialog(services, session_id, fran.profile)
    qtbot.addWidget(dialog)
    dialog.reason_edit.setPlainText("Checking")
    dialog.save()
    assert "Nothing has been changed" in dialog.problem.text()
    assert services.joint_sessions.get(session_id).amendments == ()


def test_a_session_left_running_is_offered_to_resume_once_per_sign_in(qtbot, team, monkeypatch) -> None:
    services, fran = team.services, team.fran
    plan = plan_library(services).plans[0]
    session_id = services.joint_sessions.start(plan, held_on=TODAY - timedelta(days=1), place="Leeds",
                                               co_facilitators=[], acting=fran.profile)
    asked = []
    from nps_trainer.ui import messages

    monkeypatch.setattr(messages, "confirm", lambda _p, title, text: asked.append((title, text)) or False)
    page = section_for(qtbot, services, fran)
    page.activate()
    when = TODAY - timedelta(days=1)
    assert asked == [("Resume a joint session", f"A session you were running on {when.day} {when:%b %Y} was not "
                      f"ended: '{plan.title}', Leeds. Resume it?")]
    page.activate()  # shown again in the same sign-in: not asked again
    assert len(asked) == 1

    opened = []
    page.run_opened.connect(opened.append)
    monkeypatch.setattr(messages, "confirm", lambda _p, title, text: asked.append((title, text)) or True)
    page.sign_in_changed(sign_in(services, fran.profile))  # signed in again: asked again, and yes resumes it
    page.activate()
    assert len(asked) == 2
    [run] = opened
    qtbot.addWidget(run.console)
    qtbot.addWidget(run.room)
    assert run.session_id == session_id and run.console.isVisible()
    run.close()  # kept running, to resume later
    assert services.joint_sessions.running(fran.profile.id)[0].id == session_id


def test_only_facilitators_and_managers_get_joint_sessions(qtbot, team, shown_messages) -> None:
    services, manager, fran, priya, dev = team.services, team.manager, team.fran, team.priya, team.dev
    assert "sessions" not in [key for key, _f in default_sections(priya)]
    assert "sessions" not in [key for key, _f in default_sections(dev)]
    keys = [key for key, _f in default_sections(fran.profile)]
    assert keys[-1] == "sessions" and keys.index("sessions") == keys.index("progress") + 1
    keys = [key for key, _f in default_sections(manager.profile)]
    assert keys[keys.index("progress") + 1:] == ["sessions", "team"]
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.use_profile(sign_in(services, priya))
    assert "sessions" not in window.pages
    assert "Joint sessions" not in [a.text() for a in window.go_menu.actions()]
    window.use_profile(fran)
    assert window.pages["sessions"].title == "Joint sessions"
    assert "&6 Joint sessions" in [a.text() for a in window.go_menu.actions()]  # after Today, Learn, ... Progress


def test_signing_in_after_a_crash_offers_the_session_left_running(qtbot, team, monkeypatch) -> None:
    """Restarting (a new window, as after a kill) and signing in takes a facilitator to Joint sessions, which
    offers to resume the session they left running; someone with nothing running stays on Learn."""
    services, fran = team.services, team.fran
    plan = plan_library(services).plans[0]
    session_id = services.joint_sessions.start(plan, held_on=TODAY, place="Leeds", co_facilitators=[],
                                               acting=fran.profile)
    asked: list[str] = []
    from nps_trainer.ui import messages

    monkeypatch.setattr(messages, "confirm", lambda _p, title, text: asked.append(title) or False)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.use_profile(sign_in(services, fran.profile))
    qtbot.waitUntil(lambda: asked == ["Resume a joint session"], timeout=5000)
    assert window.current_section() is window.pages["sessions"]
    assert services.joint_sessions.running(fran.profile.id)[0].id == session_id  # declined: still resumable

    services.joint_sessions.discard(session_id, acting=fran.profile)
    again = MainWindow(services)
    qtbot.addWidget(again)
    again.show()
    again.use_profile(sign_in(services, fran.profile))
    qtbot.wait(600)
    assert again.current_section() is again.pages["today"] and asked == ["Resume a joint session"]
