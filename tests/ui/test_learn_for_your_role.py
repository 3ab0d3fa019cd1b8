"""Learn lists the modules of the signed-in person's role's learning paths first, under a "For your role"
heading that a screen reader names, then every other module under "Other modules"; the headings cannot be
chosen and the arrow keys pass over them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from nps_trainer.paths import UserPaths
from nps_trainer.services import Services, build_services
from nps_trainer.ui.learn.catalogue_page import FOR_YOUR_ROLE, OTHER_MODULES
from nps_trainer.ui.main_window import MainWindow
from nps_trainer.ui.sections.learn import LearnSection
from tests.ui.helpers import show_active
from tests.ui.learn_content import write_module

PATHS = """\
paths:
  - id: everyone
    title: For everyone
    summary: Shared by every role.
    roles: [practitioner, drug_service, facilitator, manager]
    items:
      - module: beta
  - id: service-start
    title: Drug service start
    summary: For drug service workers.
    roles: [drug_service]
    items:
      - module: gamma
      - quiz: gamma
      - module: alpha
"""


@pytest.fixture
def role_content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    for module_id, title in (("alpha", "Alpha basics"), ("beta", "Beta follow-up"), ("gamma", "Gamma further"),
                             ("delta", "Delta extra")):
        write_module(folder, module_id, title, {"Only section": f"{title} in a few words."})
    (folder / "paths.yaml").write_text(PATHS, encoding="utf-8")
    return folder


@pytest.fixture
def role_services(user_paths: UserPaths, role_content: Path):
    built = build_services(user_paths, content=str(role_content))
    yield built
    built.close()


def _learn_as(qtbot, services: Services, name: str, role: str) -> LearnSection:
    """A new profile with ``role``, signed in to the main window, on Learn."""
    first = services.profiles.list()
    boss = first[0] if first else services.profiles.create("Morgan Boss", "manager")
    profile = boss if role == "manager" else services.profiles.create(name, role, acting=boss)
    window = MainWindow(services)
    window.resize(1200, 820)
    show_active(qtbot, window)
    window.use_profile(profile)
    learn = window.show_section("learn")
    assert isinstance(learn, LearnSection) and learn.profile.role == role
    return learn


def _rows(learn: LearnSection) -> list[str]:
    """Each row as a module id, or '# heading' for a heading row."""
    table = learn.catalogue_page.table
    rows = []
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        module_id = item.data(Qt.ItemDataRole.UserRole)
        rows.append(module_id if module_id else f"# {item.text()}")
    return rows


def test_a_drug_service_worker_sees_their_paths_modules_first_under_a_named_heading(qtbot, role_services) -> None:
    learn = _learn_as(qtbot, role_services, "Kim Lee", "drug_service")
    page = learn.catalogue_page
    # the role's own path first, in its order, then the path every role shares; the rest in catalogue order
    assert _rows(learn) == [f"# {FOR_YOUR_ROLE}", "gamma", "alpha", "beta", f"# {OTHER_MODULES}", "delta"]
    assert page.heading_rows() == {FOR_YOUR_ROLE: 0, OTHER_MODULES: 4}
    heading = page.table.item(0, 0)
    assert heading.data(Qt.ItemDataRole.AccessibleTextRole) == \
        "For your role: 3 modules from your role's learning paths"
    assert page.table.columnSpan(0, 0) == page.table.columnCount()
    assert not heading.flags() & (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
    assert page.table.item(4, 0).data(Qt.ItemDataRole.AccessibleTextRole) == "Other modules: the rest of the catalogue"
    assert page.current_module_id() == "gamma"  # the first module, not the heading, is chosen

    # the keyboard passes over the headings: Down from the last role module lands on the next module
    table = page.table
    table.setFocus()
    table.setCurrentCell(3, 0)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert page.current_module_id() == "delta"
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert page.current_module_id() == "beta"
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)  # the top: past the heading
    assert page.current_module_id() == "gamma"
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert learn.stack.currentWidget() is learn.reader and learn.reader.module.id == "gamma"


def test_a_practitioner_sees_only_the_shared_path_first_and_the_rest_by_title(qtbot, role_services) -> None:
    learn = _learn_as(qtbot, role_services, "Sam Reed", "practitioner")
    assert _rows(learn) == [f"# {FOR_YOUR_ROLE}", "beta", f"# {OTHER_MODULES}", "alpha", "delta", "gamma"]
    assert learn.catalogue_page.table.item(0, 0).data(Qt.ItemDataRole.AccessibleTextRole) == \
        "For your role: 1 module from your role's learning paths"


def test_without_paths_the_catalogue_has_no_headings(qtbot, role_services, role_content: Path) -> None:
    (role_content / "paths.yaml").unlink()
    learn = _learn_as(qtbot, role_services, "Sam Reed", "practitioner")
    assert _rows(learn) == ["alpha", "beta", "delta", "gamma"]
    assert learn.catalogue_page.heading_rows() == {}


@pytest.mark.parametrize(("role", "first"), [
    ("practitioner", ["what-are-nps", "nps-custody-release", "drug-awareness", "talking-about-use",
                      "motivational-interviewing"]),
    ("drug_service", ["what-are-nps", "probation-for-drug-services", "nps-custody-release"]),
    ("facilitator", ["what-are-nps", "drug-awareness", "motivational-interviewing"]),
    ("manager", ["managing-drug-work", "what-are-nps", "talking-about-use", "treatment-pathways",
                 "probation-for-drug-services"]),
])
def test_the_bundled_paths_put_each_roles_modules_first(qtbot, services, role: str, first: list[str]) -> None:
    learn = _learn_as(qtbot, services, "Alex Kay", role)
    rows = _rows(learn)
    assert rows[0] == f"# {FOR_YOUR_ROLE}"
    assert rows[1:1 + len(first)] == first
    other = rows.index(f"# {OTHER_MODULES}")
    modules = [r for r in rows if not r.startswith("# ")]
    assert len(modules) == len(set(modules)) == 17  # every bundled module, once
    assert other > len(first)


def test_a_manager_assigns_a_new_path_and_the_drug_service_worker_sees_it_and_their_role_modules(
        qtbot, services, monkeypatch) -> None:
    """Team → Assignments offers the new paths; assigned to a role, the path's new module is due for each person
    in it, at the top of Learn, above "For your role"."""
    from datetime import date, timedelta

    from PySide6.QtWidgets import QApplication

    from nps_trainer.ui import messages
    from nps_trainer.ui.team.assignments_page import AssignmentsPage
    from tests.team.helpers import make_manager, make_person

    said: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda _p, title, text: said.append(text))
    boss = make_manager(services, team="North")
    kim = make_person(services, "Kim Lee", "drug_service", team="South")
    page = AssignmentsPage(services, boss)
    page.resize(1100, 720)
    show_active(qtbot, page)
    page.refresh()
    page.kind_combo.setCurrentIndex(page.kind_combo.findText("Learning path", Qt.MatchFlag.MatchStartsWith))
    offered = [page.item_combo.itemText(i) for i in range(page.item_combo.count())]
    assert "Drug service joint working with probation" in " ".join(offered)
    assert "Manager overview of drug work on probation" in " ".join(offered)
    page.item_combo.setCurrentIndex(next(i for i, text in enumerate(offered)
                                         if text.startswith("Drug service joint working")))
    page.target_type_combo.setCurrentIndex(
        page.target_type_combo.findText("Everyone in a role", Qt.MatchFlag.MatchStartsWith))
    page.target_combo.setCurrentIndex(page.target_combo.findText("Drug service worker", Qt.MatchFlag.MatchStartsWith))
    page.assign_button.setFocus()
    qtbot.keyClick(page.assign_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    assert said == []
    assert page.table.item(0, 0).text() == "Learning path: Drug service joint working with probation"
    QApplication.processEvents()

    window = MainWindow(services)
    window.resize(1200, 820)
    show_active(qtbot, window)
    window.use_profile(kim)
    learn = window.show_section("learn")
    assigned = learn.catalogue_page.assigned.table
    titles = [assigned.item(r, 1).text() for r in range(assigned.rowCount())]
    assert "Module: Probation for drug service staff (part of Drug service joint working with probation)" in titles
    assert "Quiz: Check your learning: probation for drug service staff (part of Drug service joint working with " \
        "probation)" in titles
    due = date.today() + timedelta(days=28)
    row = titles.index("Module: Probation for drug service staff (part of Drug service joint working with probation)")
    assert assigned.item(row, 0).text() == f"Due in 28 days ({due.day} {due:%b %Y})"
    assert _rows(learn)[:3] == [f"# {FOR_YOUR_ROLE}", "what-are-nps", "probation-for-drug-services"]


def test_a_screen_reader_hears_each_modules_group_with_it(qtbot, role_services) -> None:
    """The headings never take the focus, so each module row says its group, and where it is in it."""
    from PySide6.QtGui import QAccessible

    learn = _learn_as(qtbot, role_services, "Kim Lee", "drug_service")
    table = learn.catalogue_page.table
    spoken = [table.item(row, 0).data(Qt.ItemDataRole.AccessibleTextRole) for row in range(table.rowCount())]
    assert [text.split(". ")[0] for text in spoken] == [
        "For your role: 3 modules from your role's learning paths", "For your role, 1 of 3: Gamma further",
        "For your role, 2 of 3: Alpha basics", "For your role, 3 of 3: Beta follow-up",
        "Other modules: the rest of the catalogue", "Other modules, 1 of 1: Delta extra"]

    # What the accessibility interface gives for the cell the keyboard lands on, past the heading.
    table.setFocus()
    table.setCurrentCell(3, 0)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentRow() == 5
    focused = QAccessible.queryAccessibleInterface(table).focusChild()
    assert focused is not None
    assert focused.text(QAccessible.Text.Name).startswith("Other modules, 1 of 1: Delta extra. ")


def test_without_paths_module_rows_say_no_group(qtbot, role_services, role_content: Path) -> None:
    (role_content / "paths.yaml").unlink()
    learn = _learn_as(qtbot, role_services, "Sam Reed", "practitioner")
    table = learn.catalogue_page.table
    assert table.item(0, 0).data(Qt.ItemDataRole.AccessibleTextRole).startswith("Alpha basics. ")
