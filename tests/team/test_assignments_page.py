"""Team → Assignments driven by keyboard: a manager sees nothing assigned, assigns a learning path to a role
and a module to a person, sees how many of the people covered have done it and who is overdue, and cancels
one; someone who is not a manager is refused."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QLabel, QPushButton, QTableWidget

from nps_trainer.content import load_catalogue
from nps_trainer.paths import UserPaths
from nps_trainer.services import Services, build_services
from nps_trainer.ui import messages
from nps_trainer.ui.team.assignments_page import AssignmentsPage
from tests.team.helpers import make_manager, make_person, sign_in
from tests.ui.helpers import show_active

SHOTS = Path("/tmp/nps-trainer-shots")
TODAY = date.today()


@pytest.fixture
def services(user_paths: UserPaths) -> Iterator[Services]:
    built = build_services(user_paths)
    yield built
    built.close()


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    said: list[tuple[str, str, str]] = []
    monkeypatch.setattr(messages, "warn", lambda _p, title, text: said.append(("warn", title, text)))
    monkeypatch.setattr(messages, "inform", lambda _p, title, text: said.append(("inform", title, text)))
    monkeypatch.setattr(messages, "confirm", lambda _p, title, text: said.append(("confirm", title, text)) or True)
    return said


def _cells(page: AssignmentsPage) -> list[list[str]]:
    table = page.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def _choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick an entry as a keyboard user does in a closed list: Home, then Down until it is chosen."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText().startswith(text):
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText().startswith(text), combo.currentText()


def _complete(services: Services, profile_id: int, module_id: str) -> None:
    module = load_catalogue(services.config.content_dir / "modules")[module_id]
    anchors = [s.anchor for s in module.sections]
    visit = services.progress.start_visit(profile_id, module_id, module.version)
    for anchor in anchors:
        services.progress.section_viewed(visit, anchor, anchors)
    services.progress.complete(profile_id, module_id, module.version, all_sections=anchors)


def test_a_manager_assigns_follows_up_and_cancels_by_keyboard(qtbot, services, shown) -> None:
    boss = make_manager(services, team="North")
    sam = make_person(services, "Sam Reed", "practitioner", team="North")
    make_person(services, "Alex Kay", "practitioner", team="South")
    make_person(services, "Kim Lee", "drug_service", team="South")
    page = AssignmentsPage(services, boss)
    page.resize(1100, 720)
    show_active(qtbot, page)
    page.refresh()
    assert page.table.rowCount() == 0 and not page.cancel_button.isEnabled()
    assert page.summary.text().startswith("Nothing is assigned yet")
    due = page.due_edit.date()
    assert (due.year(), due.month(), due.day()) == (lambda d: (d.year, d.month, d.day))(TODAY + timedelta(days=28))

    # a learning path, to everyone in a role
    _choose(qtbot, page.kind_combo, "Learning path")
    _choose(qtbot, page.item_combo, "Probation practitioner essentials")
    _choose(qtbot, page.target_type_combo, "Everyone in a role")
    _choose(qtbot, page.target_combo, "Probation practitioner (2 people)")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # &Assign
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)  # a mnemonic animates the click first
    assert shown == []
    due_day = TODAY + timedelta(days=28)
    assert _cells(page) == [["Learning path: Probation practitioner essentials", "All probation practitioners",
                             f"{due_day.day} {due_day:%b %Y}", "0 of 2", ""]]
    assert page.form_note.text() == (f"Assigned Learning path: Probation practitioner essentials to All probation "
                                     f"practitioners, due {due_day.day} {due_day:%b %Y}.")

    # a module, to one person, due a day sooner (the date moved with the arrow keys)
    _choose(qtbot, page.kind_combo, "Module")
    _choose(qtbot, page.item_combo, "Safeguarding")
    _choose(qtbot, page.target_type_combo, "A person")
    _choose(qtbot, page.target_combo, "Sam Reed")
    page.due_edit.setFocus()
    page.due_edit.setSelectedSection(page.due_edit.sectionAt(0))  # the day
    qtbot.keyClick(page.due_edit, Qt.Key.Key_Down)
    page.assign_button.setFocus()
    qtbot.keyClick(page.assign_button, Qt.Key.Key_Return)
    sooner = due_day - timedelta(days=1)
    assert _cells(page)[0] == ["Module: Safeguarding children and adults at risk", "Sam Reed",
                               f"{sooner.day} {sooner:%b %Y}", "0 of 1", ""]
    assert page.current().item_id == "safeguarding"  # the new one is chosen

    # Sam does it; an older assignment to a team is overdue for both people in it
    _complete(services, sam.id, "safeguarding")
    services.assignments.assign(boss.profile, "quiz", "naloxone-probation", "team", "South",
                                TODAY - timedelta(days=2))
    page.refresh()
    rows = _cells(page)
    past = TODAY - timedelta(days=2)
    assert rows[0] == ["Quiz: Check your learning: naloxone and probation", "Team South",
                       f"{past.day} {past:%b %Y} (past)", "0 of 2", "2 overdue"]
    assert rows[1][3] == "1 of 1"
    assert page.summary.text() == ("3 assignments in force; 2 overdue, counted once for each assignment a person is "
                                   "behind on (Training shows each person once).")
    accessible = page.table.item(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert accessible.endswith("0 of 2 people done, 2 overdue.")

    page.table.setFocus()
    qtbot.wait(20)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "team-assignments.png"))

    # cancel the overdue one
    page.table.setCurrentCell(0, 0)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # Ca&ncel…
    qtbot.waitUntil(lambda: page.table.rowCount() == 2)
    assert shown[-1][:2] == ("confirm", "Cancel an assignment")
    assert "Quiz: Check your learning: naloxone and probation for Team South" in shown[-1][2]
    assert [r[0] for r in _cells(page)] == ["Module: Safeguarding children and adults at risk",
                                            "Learning path: Probation practitioner essentials"]
    actions = [e.action for e in services.audit.entries(object_type="assignment")]
    assert actions == ["assign", "assign", "assign", "cancel-assignment"]
    assert not [s for s in shown if s[0] == "warn"]


def test_every_control_has_a_name_and_mnemonics_do_not_clash(qtbot, services) -> None:
    page = AssignmentsPage(services, make_manager(services))
    show_active(qtbot, page)
    page.refresh()
    controls = [w for kind in (QComboBox, QDateEdit, QPushButton, QTableWidget) for w in page.findChildren(kind)]
    assert len(controls) >= 8
    for widget in controls:
        assert widget.accessibleName(), widget
    keys = [w.text() for kind in (QLabel, QPushButton) for w in page.findChildren(kind) if "&" in w.text()]
    letters = [text[text.index("&") + 1].lower() for text in keys]
    assert len(letters) == len(set(letters)), keys


def test_no_teams_yet_says_where_to_set_them(qtbot, services) -> None:
    page = AssignmentsPage(services, make_manager(services))
    show_active(qtbot, page)
    page.refresh()
    _choose(qtbot, page.target_type_combo, "Everyone in a team")
    assert page.target_combo.count() == 0
    assert page.form_note.text() == "No teams yet: set people's teams in People."


def test_someone_not_a_manager_is_refused_and_nothing_is_assigned(qtbot, services, shown) -> None:
    boss = make_manager(services)
    sam = sign_in(services, make_person(services, "Sam Reed", "practitioner"))
    page = AssignmentsPage(services, sam)
    show_active(qtbot, page)
    page.refresh()
    page.assign_button.click()
    assert shown == [("warn", "New assignment", "Only a manager can assign training.")]
    assert services.assignments.active() == []
    services.assignments.assign(boss.profile, "module", "safeguarding", "role", "practitioner", TODAY)
    page.refresh()
    page.table.setCurrentCell(0, 0)
    page.cancel_button.click()
    assert shown[-1] == ("warn", "Cancel an assignment", "Only a manager can cancel an assignment.")
    assert len(services.assignments.active()) == 1
