"""The Progress section and the quiz results page: scores shown as Quizzes shows them, practice kept apart
from passing, reflections readable in full by keyboard, and Return on the results page's buttons."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from nps_trainer.quiz import Quiz, QuizMode
from nps_trainer.quiz.model import TrueFalse
from nps_trainer.services import Services
from nps_trainer.ui.main_window import MainWindow
from nps_trainer.ui.quiz.library import QuizLibraryCache
from nps_trainer.ui.quiz.results_page import ResultsPage
from nps_trainer.ui.sections.progress import ProgressSection
from tests.ui.helpers import read_and_complete, show_active

QUIZ = "overdose-response"
SHOTS = Path("/tmp/fix-learn")


def _window(qtbot, services: Services, width: int = 1100, height: int = 760) -> MainWindow:
    window = MainWindow(services)
    window.resize(width, height)
    show_active(qtbot, window)
    window.use_profile(services.profiles.create("Sam", "practitioner"))
    return window


def _quiz(services: Services) -> Quiz:
    quiz = QuizLibraryCache().load(services.config.content_dir).get(QUIZ)
    assert quiz is not None
    return quiz


def _one_right(services: Services, profile_id: int, mode: str) -> float:
    """Finish an attempt at the bundled overdose quiz with one true/false question right and the rest blank."""
    quiz = _quiz(services)
    records = services.quiz_records
    attempt_id, attempt = records.start(profile_id, quiz, mode, seed=1)
    question = next(q for q in map(quiz.question, attempt.question_ids) if isinstance(q, TrueFalse))
    attempt.answer(question.id, question.answer)
    records.save_answer(attempt_id, attempt, question.id)
    return records.finish(attempt_id, attempt).percent


def _quiz_row(table, title_start: str) -> list[str]:
    for row in range(table.rowCount()):
        if table.item(row, 0).text().startswith(title_start):
            return [table.item(row, c).text() for c in range(table.columnCount())]
    raise AssertionError(f"{title_start} not listed")


def _list_cells(window: MainWindow) -> list[str]:
    quizzes = window.show_section("quizzes")
    table = quizzes.list_page.table
    for row in range(table.rowCount()):
        if table.item(row, 0).data(Qt.ItemDataRole.UserRole) == QUIZ:
            return [table.item(row, c).text() for c in range(table.columnCount())]
    raise AssertionError("overdose quiz not listed")


def test_progress_shows_the_same_scores_as_quizzes_and_keeps_practice_apart(qtbot, services) -> None:
    window = _window(qtbot, services)
    profile_id = window.profile.id
    title = _quiz(services).title
    questions = len(_quiz(services).questions)
    assert _one_right(services, profile_id, "practice") == round(100 / questions, 2)  # one right: not whole
    assert 100 % questions
    one = f"{100 / questions:.1f}%"  # as both sections show it

    listed = _list_cells(window)
    assert listed[3:] == ["Practised (not assessed)", "–"]  # practice never counts as passing or best score
    progress = window.show_section("progress")
    assert isinstance(progress, ProgressSection)
    assert _quiz_row(progress.quizzes_table, title)[1:] == ["Practised (not assessed)", "–", "0", one, "1"]

    _one_right(services, profile_id, "assessed")
    listed = _list_cells(window)
    assert listed[3:] == ["Not yet passed", one]
    window.show_section("progress")
    row = _quiz_row(progress.quizzes_table, title)
    assert row[1:] == ["Not yet passed", one, "1", one, "1"]
    assert row[2] == listed[4]  # the very same text in Quizzes and Progress


def test_the_chosen_modules_reflection_is_readable_in_full_by_keyboard(qtbot, services) -> None:
    window = _window(qtbot, services, 1024, 768)
    learnt = "Spice varies batch to batch, so effects are hard to predict for anyone using it.\nSecond line."
    use = "Ask about synthetic cannabinoids at every supervision session, not only at the start of an order."
    read_and_complete(services, window.profile.id, "what-are-nps", learnt=learnt, use=use)
    progress = window.show_section("progress")
    table = progress.modules_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text().startswith("What are new psychoactive"))
    assert table.item(row, 4).text() == "Written" and learnt in table.item(row, 4).toolTip()

    table.setFocus()
    table.setCurrentCell(row, 0)
    view = progress.reflection_view
    assert view.isVisible() and view.isReadOnly()
    assert view.toPlainText() == f"What I learnt:\n{learnt}\n\nHow I will use it:\n{use}"  # line breaks kept
    assert view.accessibleName() == f"Reflection on {table.item(row, 0).text()}"
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is progress.quizzes_table
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "progress-1024.png"))

    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert view.toPlainText() == "No reflection written for this module."
    window.resize(1920, 1080)
    table.setCurrentCell(row, 0)
    window.grab().save(str(SHOTS / "progress-1920.png"))


def _results(qtbot, services: Services, mode: str) -> tuple[ResultsPage, list[str]]:
    window = _window(qtbot, services)
    quiz = _quiz(services)
    attempt_id, attempt = services.quiz_records.start(window.profile.id, quiz, mode)
    result = services.quiz_records.finish(attempt_id, attempt)
    page = ResultsPage()
    show_active(qtbot, page)
    page.show_result(result, quiz.title, QuizLibraryCache().load(services.config.content_dir))
    retakes: list[str] = []
    page.retake_requested.connect(retakes.append)
    return page, retakes


def test_return_on_the_focused_results_buttons_presses_them(qtbot, services) -> None:
    page, retakes = _results(qtbot, services, "assessed")
    assert "not yet passed" in page.score_label.text()
    page.retake_button.setFocus()
    qtbot.keyClick(page.retake_button, Qt.Key.Key_Return)
    assert retakes == [QuizMode.ASSESSED.value]
    for button, signal in ((page.history_button, page.back_requested), (page.list_button, page.list_requested)):
        button.setFocus()
        with qtbot.waitSignal(signal, timeout=500):
            qtbot.keyClick(button, Qt.Key.Key_Enter)


def test_practice_results_do_not_claim_a_pass(qtbot, services) -> None:
    page, _retakes = _results(qtbot, services, "practice")
    assert page.score_label.text() == "You scored 0% in practice"
    assert "assessed attempts only" in page.detail_label.text() and "Practice mode" in page.detail_label.text()
    assert "passed" not in page.score_label.text()
