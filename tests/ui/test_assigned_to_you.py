""""Assigned to you" at the top of Learn and Quizzes: soonest due first, overdue in words, done items last,
Enter opens the item (in its own section), and nothing shown to someone with nothing assigned."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from nps_trainer.content import load_catalogue
from nps_trainer.services import Services
from nps_trainer.ui.assigned_panel import AssignedPanel
from nps_trainer.ui.main_window import MainWindow
from tests.ui.helpers import show_active

SHOTS = Path("/tmp/nps-trainer-shots")
TODAY = date.today()


def _team(services: Services):
    boss = services.profiles.create("Morgan Boss", "manager")
    sam = services.profiles.create("Sam Reed", "practitioner", team="North", acting=boss)
    kim = services.profiles.create("Kim Lee", "drug_service", team="South", acting=boss)
    assign = services.assignments.assign
    assign(boss, "path", "emergency-response", "role", "practitioner", TODAY + timedelta(days=20))
    assign(boss, "module", "naloxone-probation", "person", str(sam.id), TODAY - timedelta(days=3))
    assign(boss, "quiz", "overdose-response", "team", "North", TODAY + timedelta(days=1))
    assign(boss, "module", "safeguarding", "team", "South", TODAY + timedelta(days=9))  # not Sam's
    return boss, sam, kim


def _complete(services: Services, profile_id: int, module_id: str) -> None:
    module = load_catalogue(services.config.content_dir / "modules")[module_id]
    anchors = [s.anchor for s in module.sections]
    visit = services.progress.start_visit(profile_id, module_id, module.version)
    for anchor in anchors:
        services.progress.section_viewed(visit, anchor, anchors)
    services.progress.complete(profile_id, module_id, module.version, all_sections=anchors)


def _cells(panel: AssignedPanel) -> list[list[str]]:
    table = panel.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def _window(qtbot, services: Services, profile) -> MainWindow:
    window = MainWindow(services)
    window.resize(1200, 820)
    show_active(qtbot, window)
    window.use_profile(profile)
    return window


def test_learn_lists_what_is_assigned_first_soonest_due_with_overdue_in_words(qtbot, services) -> None:
    _boss, sam, _kim = _team(services)
    _complete(services, sam.id, "other-drug-emergencies")
    window = _window(qtbot, services, sam)
    learn = window.show_section("learn")
    panel = learn.catalogue_page.assigned
    assert panel.isVisible()
    overdue_day = TODAY - timedelta(days=3)
    assert _cells(panel) == [
        [f"Overdue by 3 days (due {overdue_day.day} {overdue_day:%b %Y})", "Module: Naloxone and probation",
         "Not started"],
        [f"Due tomorrow ({(TODAY + timedelta(days=1)).day} {TODAY + timedelta(days=1):%b %Y})",
         "Quiz: Check your learning: recognising and responding to opioid overdose", "Not taken"],
        [f"Due in 20 days ({(TODAY + timedelta(days=20)).day} {TODAY + timedelta(days=20):%b %Y})",
         "Module: Recognising and responding to opioid overdose (part of Responding to drug emergencies)",
         "Not started"],
        [f"Due in 20 days ({(TODAY + timedelta(days=20)).day} {TODAY + timedelta(days=20):%b %Y})",
         "Quiz: Check your learning: naloxone and probation (part of Responding to drug emergencies)", "Not taken"],
        [f"Due in 20 days ({(TODAY + timedelta(days=20)).day} {TODAY + timedelta(days=20):%b %Y})",
         "Quiz: Check your learning: other drug emergencies (part of Responding to drug emergencies)",
         "Not taken"],
        [f"Done (was due {(TODAY + timedelta(days=20)).day} {TODAY + timedelta(days=20):%b %Y})",
         "Module: Other drug emergencies: synthetic cannabinoids, stimulants and hallucinogens (part of "
         "Responding to drug emergencies)", "Done"],
    ]
    assert panel.summary.text() == "5 to do, 1 overdue. Soonest due first; Enter opens the chosen one."
    accessible = panel.table.item(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert accessible.startswith("Module: Naloxone and probation. Overdue by 3 days")
    # first on the page, above the search and the catalogue, and first in the tab order
    page = learn.catalogue_page
    assert panel.geometry().bottom() < page.search_edit.geometry().top()
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Tab)
    assert page.refresher_banner.button.hasFocus()  # the refresher's due questions, then the search
    qtbot.keyClick(page.refresher_banner.button, Qt.Key.Key_Tab)
    assert page.search_edit.hasFocus()

    qtbot.wait(50)  # rows fitted to the final column widths
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "learn-assigned.png"))

    panel.table.setFocus()
    panel.table.setCurrentCell(0, 0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)  # opens the overdue module
    assert learn.stack.currentWidget() is learn.reader and learn.reader.module.id == "naloxone-probation"
    learn.reader.back_button.click()

    panel.table.setFocus()
    panel.table.setCurrentCell(1, 0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)  # a quiz opens in Quizzes
    quizzes = window.pages["quizzes"]
    assert window.current_section() is quizzes
    assert quizzes.stack.currentWidget() is quizzes.start_page and quizzes.quiz.id == "overdose-response"


def test_quizzes_lists_the_same_and_opens_a_module_in_learn(qtbot, services) -> None:
    _boss, sam, _kim = _team(services)
    window = _window(qtbot, services, sam)
    quizzes = window.show_section("quizzes")
    panel = quizzes.list_page.assigned
    assert panel.isVisible() and panel.table.rowCount() == 6
    assert _cells(panel)[0][1] == "Module: Naloxone and probation" and _cells(panel)[0][0].startswith("Overdue")
    assert panel.geometry().bottom() < quizzes.list_page.views.geometry().top()

    panel.table.setFocus()
    panel.table.setCurrentCell(0, 0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    learn = window.pages["learn"]
    assert window.current_section() is learn
    assert learn.stack.currentWidget() is learn.reader and learn.reader.module.id == "naloxone-probation"


def test_passing_and_completing_move_items_to_done(qtbot, services) -> None:
    _boss, sam, _kim = _team(services)
    _complete(services, sam.id, "naloxone-probation")
    from nps_trainer.clock import utcnow
    from nps_trainer.storage.models import QuizAttempt

    with services.database.session() as session:  # a practice pass does not count; an assessed one does
        session.add(QuizAttempt(profile_id=sam.id, quiz_id="overdose-response", quiz_version="1.1",
                                mode="practice", finished_at=utcnow(), score=1.0, passed=True, pass_mark=0.8))
    window = _window(qtbot, services, sam)
    quizzes = window.show_section("quizzes")
    rows = _cells(quizzes.list_page.assigned)
    assert rows[0][1].startswith("Quiz: Check your learning: recognising and responding")
    assert rows[0][2] == "Practised: take it in assessed mode to pass"
    assert rows[-1][1:] == ["Module: Naloxone and probation", "Done"] and rows[-1][0].startswith("Done (was due")
    assert quizzes.list_page.assigned.summary.text() == "5 to do. Soonest due first; Enter opens the chosen one."
    with services.database.session() as session:
        session.add(QuizAttempt(profile_id=sam.id, quiz_id="overdose-response", quiz_version="1.1",
                                mode="assessed", finished_at=utcnow(), score=0.9, passed=True, pass_mark=0.8))
    window.show_section("learn")
    window.show_section("quizzes")
    assert [r[2] for r in _cells(quizzes.list_page.assigned)][-2:] == ["Done", "Done"]


def test_nothing_assigned_shows_no_panel_and_cancelled_work_disappears(qtbot, services) -> None:
    boss, _sam, kim = _team(services)
    window = _window(qtbot, services, kim)
    learn = window.show_section("learn")
    assert learn.catalogue_page.assigned.isVisible()
    assert [r[1] for r in _cells(learn.catalogue_page.assigned)] == ["Module: Safeguarding children and adults at risk"]
    [south] = [a for a in services.assignments.active() if a.target == "South"]
    services.assignments.cancel(boss, south.id)
    learn.activate()
    assert not learn.catalogue_page.assigned.isVisible()
    quizzes = window.show_section("quizzes")
    assert not quizzes.list_page.assigned.isVisible()
    assert learn.catalogue_page.search_edit.isVisibleTo(learn)  # the page as before


def test_learn_status_says_refresher_due_a_year_on_and_the_item_is_no_longer_done(qtbot, services) -> None:
    _boss, sam, _kim = _team(services)
    _complete(services, sam.id, "naloxone-probation")
    window = _window(qtbot, services, sam)
    learn = window.show_section("learn")
    table = learn.catalogue_page.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Naloxone and probation")
    assert table.item(row, 3).text() == "Completed"
    assert _cells(learn.catalogue_page.assigned)[-1][2] == "Done"

    learn.today = TODAY + timedelta(days=365)  # a year on
    learn.activate()
    completed = services.progress.summary(sam.id, "naloxone-probation").completed_at.astimezone().date()
    assert table.item(row, 3).text() == f"Refresher due · completed {completed.day} {completed:%b %Y}"
    naloxone = next(r for r in _cells(learn.catalogue_page.assigned) if r[1] == "Module: Naloxone and probation")
    assert naloxone[2] == "Refresher due" and naloxone[0].startswith("Overdue by 368 days")
