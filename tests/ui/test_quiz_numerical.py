"""Numerical questions and Markdown question texts on the quiz screen (issue 12, point 9): a number box that says
what is wrong with text that is not a number, feedback for a number in range, and a Markdown prompt rendered
through the app's sanitiser. Driven by keyboard on a real attempt saved in a real database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from nps_trainer.quiz.model import (
    Anchor,
    Numerical,
    NumericAnswer,
    Option,
    Quiz,
    QuizMode,
    SingleChoice,
    TextFormat,
)
from nps_trainer.quiz.review import review
from nps_trainer.services import Services
from nps_trainer.ui.quiz.library import QuizLibrary
from nps_trainer.ui.quiz.numeric_input import NumericalInput
from nps_trainer.ui.quiz.question_page import QuestionPage
from nps_trainer.ui.quiz.review_html import plain_summary, review_html
from nps_trainer.ui.quiz.session import QuizSession
from tests.ui.helpers import show_active

SOURCE = Anchor("overdose-response", "giving-naloxone-injectable-and-nasal")


def _quiz() -> Quiz:
    interval = Numerical(
        id="interval", prompt="After how many **minutes** do you give the next dose?",
        text_format=TextFormat.MARKDOWN, explanation="The leaflet says *2-3 minutes*.", source=SOURCE,
        accept=[NumericAnswer(2.5, 0.5, 1.0, "Right: **2-3** minutes."), NumericAnswer(4.5, 0.5, 0.5, "Close.")],
        wrong_feedback="Every 2-3 minutes.",
    )  # fmt: skip
    hostile = SingleChoice(
        id="hostile", prompt="Is <script>alert(1)</script> [this](javascript:alert(1)) safe? ![x](file:///etc/passwd)",
        text_format=TextFormat.MARKDOWN, explanation="Yes.", source=SOURCE,
        options=[Option("a", "Yes", True), Option("b", "No")],
    )  # fmt: skip
    return Quiz(id="numbers", title="Numbers", version="1", modules=["overdose-response"],
                questions=[interval, hostile])


def _page(qtbot, services: Services) -> QuestionPage:
    profile = services.profiles.create("Sam", "practitioner")
    quiz = _quiz()
    attempt_id, attempt = services.quiz_records.start(profile.id, quiz, QuizMode.PRACTICE, seed=1)
    assert attempt.question_ids == ["interval", "hostile"]
    page = QuestionPage()
    page.resize(900, 700)
    show_active(qtbot, page)
    page.start(QuizSession(services.quiz_records, attempt_id, attempt), QuizLibrary((quiz,), ()))
    return page


def test_the_number_box_explains_text_that_is_not_a_number_and_scores_a_number(qtbot, services: Services) -> None:
    page = _page(qtbot, services)
    box = page.input
    assert isinstance(box, NumericalInput)
    assert QApplication.focusWidget() is box.edit and box.edit.accessibleName() == "Your answer (a number)"
    assert "Type a number" in page.hint_label.text()

    qtbot.keyClicks(box.edit, "two")
    assert box.answer() is None and not page.submit_button.isEnabled()
    assert box.message.isVisible()
    assert box.message.text() == "'two' is not a number: type digits, such as 3 or 3.5 (a full stop for decimals)."
    assert box.edit.accessibleDescription() == box.message.text()
    qtbot.keyClick(box.edit, Qt.Key.Key_Return)
    assert page.status_label.text() == box.message.text()  # Return says what is wrong, scores nothing
    assert page.session.attempt.response("interval") is None

    box.edit.selectAll()
    qtbot.keyClicks(box.edit, "2.8")
    assert box.answer() == 2.8 and not box.message.isVisible() and page.submit_button.isEnabled()
    qtbot.keyClick(box.edit, Qt.Key.Key_Return)
    response = page.session.attempt.response("interval")
    assert response is not None and response.answer == 2.8 and response.score == 1.0
    feedback = page.feedback.label.text()
    assert "✓ Correct" in feedback and "Right: <strong>2-3</strong> minutes." in feedback
    assert "<em>2-3 minutes</em>" in feedback
    assert box.edit.isReadOnly()  # practice: locked once answered
    page.move(1)
    page.move(-1)  # coming back shows the number given, still locked
    assert isinstance(page.input, NumericalInput) and page.input.edit.text() == "2.8"
    assert page.input.edit.isReadOnly() and "✓ Correct" in page.feedback.label.text()


def test_a_markdown_prompt_is_rendered_and_sanitised(qtbot, services: Services) -> None:
    page = _page(qtbot, services)
    assert "<strong>minutes</strong>" in page.prompt_label.text()
    assert page.prompt_label.accessibleName() == "Question 1: After how many minutes do you give the next dose?"
    page.move(1)
    html = page.prompt_label.text()
    assert "<script" not in html and "alert(1)</script>" not in html
    assert "javascript:" not in html and "<img" not in html and "/etc/passwd" not in html


def test_review_of_a_wrong_number_shows_the_range_and_the_wrong_feedback(qtbot) -> None:
    question = _quiz().questions[0]
    result = review(question, 7, 0.0)
    html = review_html(result, QuizLibrary((), ()))
    assert "✗ Not right" in html and "<b>Your answer:</b><br>7" in html
    assert "any number from 2 to 3 (2.5 ± 0.5)" in html and "Every 2-3 minutes." in html
    assert plain_summary(result).endswith("Every 2-3 minutes. The leaflet says 2-3 minutes.")
