"""The Refresher driven as a person would, by keyboard: the number due in Learn and Progress, answering the due
questions with the quiz's own inputs and feedback, the summary, and nothing due said honestly."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select, text

from nps_trainer.paths import UserPaths
from nps_trainer.refresher import EASY, GOOD, HARD, RefresherService
from nps_trainer.services import Services, build_services
from nps_trainer.storage.models import RefresherReview
from nps_trainer.ui.main_window import MainWindow
from nps_trainer.ui.quiz.choice_inputs import TrueFalseInput
from nps_trainer.ui.sections.learn import LearnSection
from tests.ui.helpers import show_active
from tests.ui.learn_content import write_module

from .support import SimulatedClock, quiz_yaml, take_quiz, write_quiz


@pytest.fixture
def content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    write_module(folder, "beta", "Beta follow-up", {"Beta intro": "Beta begins.", "Beta detail": "The detail."})
    (folder / "quizzes").mkdir()
    (folder / "quizzes" / "facts.yaml").write_text(quiz_yaml(module="beta", section="beta-detail"), encoding="utf-8")
    return folder


@pytest.fixture
def clock() -> SimulatedClock:
    return SimulatedClock()


@pytest.fixture
def services(user_paths: UserPaths, content: Path, clock: SimulatedClock):
    built = build_services(user_paths, content=str(content))
    # the app's refresher, on a simulated clock (set before quiz records are made, which use it)
    built.__dict__["refresher"] = RefresherService(built.database, lambda: built.settings.refresher_per_day,
                                                   clock=clock, tz=UTC, fuzz=False)
    yield built
    built.close()


def _signed_in(qtbot, services: Services) -> tuple[MainWindow, LearnSection]:
    window = MainWindow(services)
    show_active(qtbot, window)
    profile = (services.profiles.list() or [services.profiles.create("Sam", "practitioner")])[0]
    window.use_profile(profile)
    learn = window.show_section("learn")
    assert isinstance(learn, LearnSection)
    return window, learn


def _answer_by_keyboard(qtbot, learn: LearnSection, answer: bool, certainty: int = 2) -> None:
    """Tick the answer, press Return (how sure is asked for first, the focus put on it), choose ``certainty``
    with Space and the arrow keys, and press Return again."""
    page = learn.refresher_page
    assert isinstance(page.input, TrueFalseInput)
    true, false = page.input.buttons
    assert (true.text(), false.text()) == ("True", "False")
    assert true.hasFocus()
    qtbot.keyClick(true, Qt.Key.Key_Space)  # ticks True
    if not answer:
        qtbot.keyClick(true, Qt.Key.Key_Down)  # then the arrow keys move to, and choose, False
    assert page.input.answer() is answer
    chooser = page.certainty
    assert chooser.isVisible() and chooser.certainty() is None
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # not checked yet: how sure is asked first
    assert page.status_label.text().startswith("Say how sure you are of this answer") and not page.answered
    assert QApplication.focusWidget() is chooser.buttons[1]
    qtbot.keyClick(chooser.buttons[1], Qt.Key.Key_Space)
    for _ in range(certainty - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert chooser.certainty() == certainty and QApplication.focusWidget() is chooser.buttons[certainty]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert page.answered and not any(b.isEnabled() for b in chooser.buttons.values())  # locked with the answer


def test_answering_the_due_questions_changes_the_count_in_learn(qtbot, services: Services, tmp_path: Path,
                                                               clock: SimulatedClock) -> None:
    sam = services.profiles.create("Sam", "practitioner")
    quiz = write_quiz(tmp_path / "copy", count=3)  # the same questions as the installed quiz
    take_quiz(services.quiz_records, sam.id, quiz, {"q1": False, "q2": False, "q3": True}, clock.now)
    clock.advance(days=1)
    _window, learn = _signed_in(qtbot, services)
    banner = learn.catalogue_page.refresher_banner
    assert banner.isVisible()
    assert banner.label.text() == "Refresher: 2 questions from your quizzes due today."
    assert banner.button.accessibleName() == "Start the refresher: 2 questions to answer now"

    banner.button.setFocus()
    qtbot.keyClick(banner.button, Qt.Key.Key_Return)
    page = learn.refresher_page
    assert learn.stack.currentWidget() is page
    assert page.progress_label.text().startswith("Question 1 of 2  ·  from the quiz “Facts facts”  ·  due today")
    assert page.prompt_label.accessibleName() == "Question 1: Statement 1 is true."
    for child in page.findChildren(QWidget):  # every control named, for screen readers
        if child.isVisibleTo(page) and child.focusPolicy() & Qt.FocusPolicy.TabFocus:
            assert child.accessibleName(), f"{type(child).__name__} has no accessible name"

    _answer_by_keyboard(qtbot, learn, True)  # right this time
    assert page.feedback.isVisible() and page.feedback.review is not None and page.feedback.review.score == 1.0
    assert page.feedback.read_more_button.text() == "Read more: Beta detail (module: Beta follow-up)"
    assert page.status_label.text().startswith("Saved. This question comes back ")
    assert page.next_button.isEnabled() and page.input.buttons[0].isEnabled() is False
    qtbot.keyClick(page.feedback.label, Qt.Key.Key_Return)  # Return moves on once answered
    assert page.progress_label.text().startswith("Question 2 of 2")
    assert page.next_button.text() == "&Finish"

    _answer_by_keyboard(qtbot, learn, False)  # wrong again
    assert page.status_label.text() == "Saved. This question comes back tomorrow."
    qtbot.keyClick(page.feedback.label, Qt.Key.Key_Return)
    assert page.pages.currentIndex() == 1
    assert page.summary_label.accessibleName() == ("You reviewed 2 questions and got 1 right. "
                                                   "The next question is due tomorrow.")
    assert page.summary_label.hasFocus()

    qtbot.keyClick(page.summary_label, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # &Back
    qtbot.waitUntil(lambda: learn.stack.currentWidget() is learn.catalogue_page)  # after the button's animation
    assert banner.label.text() == "Refresher: nothing due today. The next question is due tomorrow."
    with services.database.session() as session:
        reviews = list(session.scalars(select(RefresherReview).where(RefresherReview.source == "refresher")
                                       .order_by(RefresherReview.id)))
    assert [(r.question_id, r.correct) for r in reviews] == [("q1", True), ("q2", False)]

    clock.advance(days=1)  # the next day: the one got wrong again is back, with the one right in the quiz
    learn.activate()
    assert banner.label.text() == "Refresher: 2 questions from your quizzes due today."
    due = services.refresher.todays_refresher(sam.id, {quiz.id: quiz})
    assert sorted(item.question_id for item in due) == ["q2", "q3"]


def test_nothing_due_is_said_honestly(qtbot, services: Services) -> None:
    _window, learn = _signed_in(qtbot, services)
    banner = learn.catalogue_page.refresher_banner
    assert banner.label.text().startswith("Refresher: nothing to refresh yet.")
    assert banner.button.accessibleName() == "Open the refresher"
    banner.button.click()
    page = learn.refresher_page
    assert page.pages.currentIndex() == 1
    assert page.summary_label.accessibleName() == (
        "Nothing is due in your refresher today. No questions are scheduled yet: they are added as you answer "
        "questions in Quizzes.")


def test_the_daily_limit_from_settings_and_progress_opens_the_refresher(qtbot, services: Services, tmp_path: Path,
                                                                      clock: SimulatedClock) -> None:
    services.settings.refresher_per_day = 1
    sam = services.profiles.create("Sam", "practitioner")
    quiz = write_quiz(tmp_path / "copy", count=3)
    take_quiz(services.quiz_records, sam.id, quiz, {"q1": False, "q2": False, "q3": False}, clock.now)
    clock.advance(days=1)
    window, learn = _signed_in(qtbot, services)
    progress = window.show_section("progress")
    assert progress.refresher_banner.label.text() == ("Refresher: 3 questions from your quizzes due today; "
                                                      "today's refresher asks 1.")
    progress.refresher_banner.button.setFocus()
    qtbot.keyClick(progress.refresher_banner.button, Qt.Key.Key_Return)
    assert window.current_section() is learn and learn.stack.currentWidget() is learn.refresher_page
    page = learn.refresher_page
    assert page.progress_label.text().startswith("Question 1 of 1")
    _answer_by_keyboard(qtbot, learn, True)
    qtbot.keyClick(page.feedback.label, Qt.Key.Key_Return)
    assert page.summary_label.accessibleName().startswith(
        "You reviewed 1 question and got 1 right. You have answered today's 1 question; 2 more are due and will "
        "be asked from tomorrow.")
    assert page.back_button.accessibleDescription() == "Returns to Progress"
    qtbot.keyClick(page.summary_label, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # Back to where you were:
    qtbot.waitUntil(lambda: window.current_section() is progress)  # Progress, which opened it
    assert progress.refresher_banner.button.hasFocus()
    assert progress.refresher_banner.label.text().startswith("Refresher: you have answered today's 1 question.")
    assert learn.catalogue_page.refresher_banner.label.text() == (
        "Refresher: you have answered today's 1 question. 2 more are due and will be asked from tomorrow.")
    assert learn.stack.currentWidget() is learn.catalogue_page  # Learn is left at its catalogue

    window.show_section("learn")  # opened from Learn this time: Back stays in Learn
    learn.catalogue_page.refresher_banner.button.setFocus()
    qtbot.keyClick(learn.catalogue_page.refresher_banner.button, Qt.Key.Key_Return)
    assert learn.stack.currentWidget() is page and page.pages.currentIndex() == 1
    qtbot.keyClick(page.summary_label, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: learn.stack.currentWidget() is learn.catalogue_page)
    assert window.current_section() is learn


SCENARIO_QUIZ = """\
id: scene
title: A scene
version: "1.0"
modules: [beta]
mode: either
pass_mark: 50
selection: all
shuffle: {questions: false, options: false}
scoring: {multiple_response: right-minus-wrong, ordering: position}
questions:
  - id: collapse
    type: scenario
    prompt: Someone collapses.
    start: find
    nodes:
      - id: find
        text: You find someone unresponsive.
        choices:
          - {id: call, text: Call 999, rating: best, rationale: Call first., goto: breathe}
          - {id: wait, text: Wait, rating: risky, rationale: Time matters., goto: breathe}
      - id: breathe
        text: They are gasping.
        choices:
          - {id: cpr, text: Start CPR, rating: best, rationale: Gasps are not normal breathing., goto: good}
          - {id: recovery, text: Recovery position, rating: acceptable, rationale: Only if breathing., goto: late}
    endings:
      - {id: good, title: Good, text: Handed over., score: 1}
      - {id: late, title: Late, text: Delayed., score: 0.25}
    explanation: Call, then CPR.
    source: {module: beta, section: beta-detail}
"""


def test_a_scenario_is_played_again_step_by_step(qtbot, services: Services, content: Path,
                                                clock: SimulatedClock) -> None:
    from nps_trainer.quiz import load_quiz
    from nps_trainer.ui.quiz.scenario_input import ScenarioInput

    path = content / "quizzes" / "scene.yaml"
    path.write_text(SCENARIO_QUIZ, encoding="utf-8")
    quiz, problems = load_quiz(path)
    assert quiz is not None and not problems
    sam = services.profiles.create("Sam", "practitioner")
    attempt_id, attempt = services.quiz_records.start(sam.id, quiz, "practice", seed=1)
    for choice in ("wait", "recovery"):  # a risky path in the quiz: part credit, so Hard, back tomorrow
        attempt.choose("collapse", choice, now=clock.now)
        services.quiz_records.save_answer(attempt_id, attempt, "collapse")
    clock.advance(days=1)
    _window, learn = _signed_in(qtbot, services)
    assert learn.catalogue_page.refresher_banner.label.text() == "Refresher: 1 question from your quizzes due today."
    learn.open_refresher()
    page = learn.refresher_page
    assert isinstance(page.input, ScenarioInput)
    assert page.certainty.isHidden()  # scenarios are not asked how sure, as in quizzes
    for step in ("Call 999", "Start CPR"):  # the best path this time, by keyboard
        button = next(b for b in page.input.buttons if b.text() == step)
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert page.answered and page.feedback.review is not None and page.feedback.review.score == 1.0
    assert page.status_label.text().startswith("Saved. This question comes back ")
    with services.database.session() as session:
        [review] = session.scalars(select(RefresherReview).where(RefresherReview.source == "refresher"))
    assert (review.question_id, review.correct, review.rating, review.certainty) == ("collapse", True, 3, None)


def test_how_sure_sets_the_rating_in_the_refresher(qtbot, services: Services, tmp_path: Path,
                                                   clock: SimulatedClock) -> None:
    """Three questions with the same history, each answered right: very sure → Easy, not sure → Hard, fairly
    sure → Good; the surer, the later it comes back."""
    sam = services.profiles.create("Sam", "practitioner")
    quiz = write_quiz(tmp_path / "copy", count=3)
    take_quiz(services.quiz_records, sam.id, quiz, {"q1": False, "q2": False, "q3": False}, clock.now)
    clock.advance(days=1)
    _window, learn = _signed_in(qtbot, services)
    learn.catalogue_page.refresher_banner.button.click()
    page = learn.refresher_page
    chooser = page.certainty
    assert chooser.isVisible() and chooser.accessibleName() == "How sure are you of this answer?"
    assert [b.accessibleName() for b in chooser.buttons.values()] == ["Not sure (1)", "Fairly sure (2)",
                                                                       "Very sure (3)"]
    assert "comes back later" in chooser.explanation.text() and "Nothing is marked" in chooser.explanation.text()
    for number, certainty in enumerate((3, 1, 2)):
        if number:
            qtbot.keyClick(page.feedback.label, Qt.Key.Key_Return)  # on to the next question
        _answer_by_keyboard(qtbot, learn, True, certainty)  # right, this sure
        assert "mark" not in page.feedback.label.text()  # nothing is marked in the refresher
    with services.database.session() as session:
        reviews = list(session.scalars(select(RefresherReview).where(RefresherReview.source == "refresher")
                                       .order_by(RefresherReview.id)))
    assert [(r.question_id, r.correct, r.certainty, r.rating) for r in reviews] == [
        ("q1", True, 3, EASY), ("q2", True, 1, HARD), ("q3", True, 2, GOOD)]
    easy, hard, good = (outcome.due for outcome in page.outcomes)
    assert easy > good > hard > clock.now


def test_an_alt_key_chooses_how_sure(qtbot, services: Services, tmp_path: Path, clock: SimulatedClock) -> None:
    sam = services.profiles.create("Sam", "practitioner")
    quiz = write_quiz(tmp_path / "copy", count=1)
    take_quiz(services.quiz_records, sam.id, quiz, {"q1": False}, clock.now)
    clock.advance(days=1)
    _window, learn = _signed_in(qtbot, services)
    learn.open_refresher()
    page = learn.refresher_page
    true = page.input.buttons[0]
    qtbot.keyClick(true, Qt.Key.Key_Space)
    qtbot.keyClick(true, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # Alt+3: very sure
    qtbot.waitUntil(lambda: page.certainty.certainty() == 3, timeout=2000)  # after the button's animation
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert page.answered and page.outcomes[0].rating == 4


def test_a_damaged_card_is_answered_in_the_refresher_and_the_page_goes_on(qtbot, services: Services,
                                                                          tmp_path: Path,
                                                                          clock: SimulatedClock) -> None:
    sam = services.profiles.create("Sam", "practitioner")
    quiz = write_quiz(tmp_path / "copy", count=2)
    take_quiz(services.quiz_records, sam.id, quiz, {"q1": False, "q2": False}, clock.now)
    with services.database.session() as session:
        session.execute(text("UPDATE refresher_cards SET card = '{broken' WHERE question_id = 'q1'"))
    clock.advance(days=1)
    _window, learn = _signed_in(qtbot, services)
    learn.open_refresher()
    page = learn.refresher_page
    _answer_by_keyboard(qtbot, learn, True)
    assert page.status_label.text() == "Saved. This question comes back on Thursday 8 January."  # started again
    with services.database.session() as session:  # the refresher refuses writes from now on
        session.execute(text("CREATE TRIGGER no_reviews BEFORE INSERT ON refresher_reviews "
                             "BEGIN SELECT RAISE(ABORT, 'refresher writes refused'); END"))
    qtbot.keyClick(page.feedback.label, Qt.Key.Key_Return)
    _answer_by_keyboard(qtbot, learn, True)
    assert page.status_label.text().startswith("This answer could not be saved, so the question stays due.")
    assert page.feedback.review is not None and page.next_button.isEnabled()  # not stuck
    qtbot.keyClick(page.feedback.label, Qt.Key.Key_Return)
    assert page.pages.currentIndex() == 1
    assert page.summary_label.accessibleName().startswith("You reviewed 1 question and got 1 right. "
                                                          "1 question is still due today")
