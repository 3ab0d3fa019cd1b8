"""The register of a running joint session, driven as a facilitator would: people with profiles from both
organisations added through the searchable list, a guest added, someone removed, a 'stayed throughout' tick,
each saved at once through the real store (SQLite and PostgreSQL); the counts by side; locked after the idle
sign-out with no name left in the widget; read-only once the session has ended."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QTableWidget

from nps_trainer.services import build_services
from nps_trainer.sessions.plan_model import PlanStep, SessionPlan
from nps_trainer.ui.sessions import register as register_module
from nps_trainer.ui.sessions.register import AddPeopleDialog, GuestDialog, RegisterPanel, counts_text
from tests.team.helpers import make_manager, make_person, sign_in

PLAN = SessionPlan(id="register-test", title="Register test", version="1", summary="", audience="", minutes=20,
                   outcomes=(), steps=(PlanStep("discussion", "Talk", 20, prompt="Talk about it."),))


@pytest.fixture
def run_services(database_url, user_paths, monkeypatch) -> Iterator:
    monkeypatch.setenv("NPS_TRAINER_DATABASE_URL", database_url)
    services = build_services(user_paths)
    yield services
    services.close()


@pytest.fixture
def setting(run_services):
    """A facilitator, people from both organisations (one archived), and a running session."""
    manager = make_manager(run_services, "Morgan Manager")
    fran = sign_in(run_services, make_person(run_services, "Fran Facilitator", "facilitator", "drug_service",
                                             acting=manager))
    people = {name: make_person(run_services, name, role, organisation)
              for name, role, organisation in (("Priya Probation", "practitioner", "probation"),
                                               ("Dev Drugworker", "drug_service", "drug_service"),
                                               ("Abe Archived", "practitioner", "probation"))}
    run_services.profiles.archive(manager.profile, people["Abe Archived"].id)
    session_id = run_services.joint_sessions.start(PLAN, held_on=date.today(), place="Leeds", co_facilitators=[],
                                                   acting=fran.profile)
    return run_services, fran, people, session_id


def shown_text(widget) -> str:
    """Everything a person could read in the widget now: visible labels, visible table cells and buttons."""
    parts = []
    for label in widget.findChildren(QLabel):
        if label.isVisibleTo(widget):
            parts.append(label.text())
    for table in widget.findChildren(QTableWidget):
        if table.isVisibleTo(widget):
            parts += [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())
                      if table.item(r, c)]
    for button in widget.findChildren(QAbstractButton):
        if button.isVisibleTo(widget):
            parts.append(button.text())
    return "\n".join(parts)


def names_on(panel: RegisterPanel) -> list[str]:
    return [panel.table.item(row, 0).text() for row in range(panel.table.rowCount())]


def test_people_are_added_from_both_organisations_and_guests_by_hand(qtbot, setting, monkeypatch,
                                                                     shown_messages) -> None:
    services, fran, people, session_id = setting
    panel = RegisterPanel(services, session_id, fran.profile)
    qtbot.addWidget(panel)
    panel.resize(760, 400)
    panel.show()
    assert panel.counts.text() == "Nobody is on the register yet."

    dialog = AddPeopleDialog(panel.candidates(), panel)
    qtbot.addWidget(dialog)
    listed = [dialog.list.item(r).text() for r in range(dialog.list.count())]
    assert any("Priya Probation" in text and "Probation" in text for text in listed)
    assert any("Dev Drugworker" in text and "Drug service" in text for text in listed)
    assert not any("Abe Archived" in text for text in listed)  # archived: not offered
    assert not dialog.ok.isEnabled()  # nothing ticked yet
    qtbot.keyClicks(dialog.search, "dev")  # searching narrows the list
    visible = [dialog.list.item(r).text() for r in range(dialog.list.count()) if not dialog.list.item(r).isHidden()]
    assert len(visible) == 1 and "Dev Drugworker" in visible[0]
    dialog.list.setFocus()
    dialog.list.setCurrentRow(next(r for r in range(dialog.list.count()) if not dialog.list.item(r).isHidden()))
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)  # Space ticks the highlighted name
    dialog.search.clear()
    dialog.set_checked(people["Priya Probation"].id)
    assert sorted(dialog.chosen_ids()) == sorted([people["Dev Drugworker"].id, people["Priya Probation"].id])
    assert dialog.ok.isEnabled() and dialog.chosen_label.text() == "2 ticked"

    monkeypatch.setattr(AddPeopleDialog, "exec", lambda self: (
        self.set_checked(people["Priya Probation"].id), self.set_checked(people["Dev Drugworker"].id),
        QDialog.DialogCode.Accepted)[-1])
    qtbot.mouseClick(panel.add_people_button, Qt.MouseButton.LeftButton)
    assert sorted(names_on(panel)) == ["Dev Drugworker", "Priya Probation"]
    stored = services.joint_sessions.get(session_id).attendees
    assert {(a.name, a.side, a.guest) for a in stored} == {("Dev Drugworker", "drug_service", False),
                                                           ("Priya Probation", "probation", False)}
    assert not any("Priya" in p.display_name for p in panel.candidates())  # already on: not offered again

    guest = GuestDialog(panel)
    qtbot.addWidget(guest)
    guest.accept()  # no name: refused with a message, the dialog stays
    assert guest.result() != QDialog.DialogCode.Accepted and "name" in guest.problem.text()

    def fill_guest(self):
        self.set_values("Gwen Guest", "Forward Leeds", "other", "Volunteer")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(GuestDialog, "exec", fill_guest)
    qtbot.mouseClick(panel.add_guest_button, Qt.MouseButton.LeftButton)
    row = panel.row_of("Gwen Guest")
    assert row >= 0
    assert [panel.table.item(row, c).text() for c in range(4)] == ["Gwen Guest", "Forward Leeds", "Volunteer", "Guest"]
    assert panel.counts.text() == "3 here: 1 probation, 1 drug service, 1 other (1 guest)"
    guest_row = next(a for a in services.joint_sessions.get(session_id).attendees if a.guest)
    assert (guest_row.name, guest_row.organisation, guest_row.side, guest_row.role) == (
        "Gwen Guest", "Forward Leeds", "other", "Volunteer")
    assert shown_messages == []


def test_remove_and_stayed_throughout_are_saved_at_once(qtbot, setting, shown_messages) -> None:
    services, fran, people, session_id = setting
    store = services.joint_sessions
    store.add_attendee(session_id, acting=fran.profile, profile_id=people["Priya Probation"].id)
    store.add_attendee(session_id, acting=fran.profile, name="Gwen Guest", side="drug_service",
                       organisation="Forward Leeds", role="Recovery worker")
    panel = RegisterPanel(services, session_id, fran.profile)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.counts.text() == "2 here: 1 probation, 1 drug service (1 guest)"
    assert not panel.remove_button.isEnabled()  # nothing selected

    row = panel.row_of("Priya Probation")
    stayed = panel.table.item(row, register_module.STAYED_COLUMN)
    assert stayed.checkState() == Qt.CheckState.Checked and stayed.text() == "Yes"
    panel.table.setFocus()
    panel.table.setCurrentItem(stayed)
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)  # the keyboard path: Space unticks
    assert stayed.checkState() == Qt.CheckState.Unchecked and stayed.text() == "No"
    assert {a.name: a.stayed_throughout for a in store.get(session_id).attendees} == {
        "Priya Probation": False, "Gwen Guest": True}

    panel.table.selectRow(panel.row_of("Gwen Guest"))
    assert panel.remove_button.isEnabled()
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert shown_messages[-1][0] == "confirm" and "Gwen Guest" in shown_messages[-1][2]
    assert names_on(panel) == ["Priya Probation"]
    assert [a.name for a in store.get(session_id).attendees] == ["Priya Probation"]
    assert panel.counts.text() == "1 here: 1 probation"


def test_locked_register_shows_no_name_and_comes_back_when_unlocked(qtbot, setting, shown_messages) -> None:
    services, fran, people, session_id = setting
    store = services.joint_sessions
    store.add_attendee(session_id, acting=fran.profile, profile_id=people["Dev Drugworker"].id)
    store.add_attendee(session_id, acting=fran.profile, name="Gwen Guest", side="other", organisation="Shelter")
    panel = RegisterPanel(services, session_id, fran.profile)
    qtbot.addWidget(panel)
    panel.resize(700, 360)
    panel.show()
    qtbot.waitExposed(panel)
    assert "Gwen Guest" in shown_text(panel) and "Dev Drugworker" in shown_text(panel)

    panel.set_locked(True)
    text = shown_text(panel)
    assert "Gwen Guest" not in text and "Dev Drugworker" not in text and "Shelter" not in text
    assert "hidden" in text and "passphrase" in text
    assert panel.table.rowCount() == 0  # nothing left behind in the widget either
    panel.refresh()  # a refresh while locked reads nothing
    assert panel.table.rowCount() == 0
    panel.grab().save("/tmp/register-locked.png")

    panel.set_locked(False)
    assert sorted(names_on(panel)) == ["Dev Drugworker", "Gwen Guest"]
    assert panel.counts.text() == "2 here: 1 drug service, 1 other (1 guest)"


def test_a_finished_sessions_register_is_read_only(qtbot, setting, shown_messages) -> None:
    services, fran, people, session_id = setting
    store = services.joint_sessions
    store.add_attendee(session_id, acting=fran.profile, profile_id=people["Priya Probation"].id)
    store.end(session_id, acting=fran.profile)
    panel = RegisterPanel(services, session_id, fran.profile)
    qtbot.addWidget(panel)
    panel.show()
    assert names_on(panel) == ["Priya Probation"]
    assert not panel.add_people_button.isVisible() and not panel.add_guest_button.isVisible()
    assert not panel.remove_button.isVisible()
    stayed = panel.table.item(0, register_module.STAYED_COLUMN)
    assert not stayed.flags() & Qt.ItemFlag.ItemIsUserCheckable


def test_counts_name_each_side() -> None:
    from nps_trainer.sessions.record import Attendee

    people = ([Attendee(i, i, f"P{i}", "probation", "Probation", "", False, True) for i in range(5)]
              + [Attendee(10 + i, None, f"D{i}", "drug_service", "CGL", "", True, True) for i in range(3)]
              + [Attendee(20, None, "O", "other", "Shelter", "", True, False)])
    assert counts_text(people) == "9 here: 5 probation, 3 drug service, 1 other (4 guests)"
    assert counts_text([]) == "Nobody is on the register yet."
