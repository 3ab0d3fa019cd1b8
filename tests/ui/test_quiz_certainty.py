"""Certainty-based marking in a practice quiz, by keyboard alone: the choice on the start page, how sure you
are asked before an answer is checked, the mark in the feedback, and the summary on the results page."""

from __future__ import annotations

from PySide6.QtCore import Qt

from nps_trainer.quiz import QuizMode
from nps_trainer.quiz.model import SingleChoice, TrueFalse
from nps_trainer.services import Services
from nps_trainer.ui.quiz.certainty_input import CertaintyChooser
from tests.ui.test_quiz_ui import KEY, _alt, _choose_radio, _focused, _open_by_keyboard, _press, _window

# (right?, certainty) for the first five choice questions met: very sure once right and three times wrong,
# not sure once and right.
PLAN = [(True, 3), (False, 3), (False, 3), (False, 3), (True, 1)]


def _tick(qtbot, page, question, right: bool) -> None:
    widget = page.input
    if isinstance(question, SingleChoice):
        wanted = next(o.id for o in question.options if o.correct == right)
    else:
        wanted = question.answer if right else not question.answer
    _choose_radio(qtbot, widget.buttons, widget.values, wanted)


def _choose_certainty_by_arrows(qtbot, chooser: CertaintyChooser, level: int) -> None:
    """From the first level (where Return left the focus): Space ticks it, Down moves to the next."""
    assert _focused() is chooser.buttons[1]
    _press(qtbot, KEY.Key_Space)
    for _ in range(level - 1):
        _press(qtbot, KEY.Key_Down)
    assert chooser.certainty() == level and _focused() is chooser.buttons[level]


def test_practice_with_certainty_by_keyboard_shows_marks_and_the_cbm_summary(qtbot, services: Services,
                                                                              shown_messages) -> None:
    _win, section = _window(qtbot, services)
    _open_by_keyboard(qtbot, section)
    start = section.start_page
    box = start.cbm_box
    assert box.isVisible() and box.isChecked() and box.isEnabled()  # on by default for practice
    assert box.accessibleName() == "Certainty-based marking" and "over- or under-confident" in start.cbm_help.text()
    _press(qtbot, KEY.Key_Down)  # practice → assessed: the choice does not apply
    assert start.chosen_mode() is QuizMode.ASSESSED and not box.isEnabled() and not start.cbm_chosen()
    _press(qtbot, KEY.Key_Up)
    assert box.isEnabled() and start.cbm_chosen()
    _press(qtbot, KEY.Key_Return)

    page = section.question_page
    attempt = page.session.attempt
    assert attempt.mode is QuizMode.PRACTICE and attempt.cbm
    chooser = page.certainty
    done: dict[str, tuple[bool, int]] = {}
    while len(done) < len(PLAN):
        question = attempt.current_question
        if not isinstance(question, (SingleChoice, TrueFalse)):
            assert chooser.isVisible() is attempt.asks_certainty(question.id)  # hidden for a scenario
            position = attempt.position
            _alt(qtbot, KEY.Key_N, lambda position=position: attempt.position == position + 1)
            continue
        right, level = PLAN[len(done)]
        assert chooser.isVisible() and chooser.certainty() is None
        assert [b.accessibleName() for b in chooser.buttons.values()] == [
            "Not sure (1)", "Fairly sure (2)", "Very sure (3)"]
        assert "If wrong: 0, −2 or −6" in chooser.explanation.text()
        _tick(qtbot, page, question, right)
        _press(qtbot, KEY.Key_Return)  # no certainty yet: asked for, nothing checked
        assert page.status_label.text().startswith("Say how sure you are of this answer")
        assert not attempt.is_answered(question.id) and not page.feedback.isVisible()
        _choose_certainty_by_arrows(qtbot, chooser, level)
        _press(qtbot, KEY.Key_Return)
        assert attempt.is_answered(question.id) and attempt.response(question.id).certainty == level
        mark = {(True, 3): "+3", (False, 3): "−6", (True, 1): "+1"}[(right, level)]
        feedback = page.feedback.label.text()
        assert f"certainty-based mark {mark}." in feedback, feedback
        assert ("Correct" if right else "Not right") in feedback
        assert "certainty-based mark" in page.feedback.label.accessibleDescription()
        assert not any(b.isEnabled() for b in chooser.buttons.values())  # locked with the answer
        if len(done) == 1:
            page.grab().save("/tmp/quiz-certainty-feedback.png")
        done[question.id] = (right, level)
        _press(qtbot, KEY.Key_Return)  # answered: Return moves on

    records = section.records.answers(page.session.attempt_id)
    assert {a.question_id: a.certainty for a in records} == {qid: level for qid, (_r, level) in done.items()}

    _alt(qtbot, KEY.Key_I, lambda: section.current_page() is section.results_page)  # the rest unanswered
    results = section.results_page
    cbm = results.result.cbm
    assert cbm is not None
    marked = cbm.questions  # every question but the scenario
    assert marked == sum(1 for q in attempt.questions if q.type.value != "scenario")
    text = results.cbm_label.text()
    assert results.cbm_label.isVisible() and results.cbm_label.focusPolicy() & Qt.FocusPolicy.TabFocus
    total = 3 - 6 - 6 - 6 + 1
    assert f"Accuracy: {round(100 * 2 / marked)}% (how much you got right" in text
    average = f"{total / marked:.2f}".rstrip("0").rstrip(".").replace("-", "−")
    assert f"Average certainty-based mark: {average} a question." in text
    assert f"For the 5 of {marked} questions you answered: accuracy 40%, average −2.8." in text
    # very sure 4 times, right once (25%): (0.25 − 0.8)² × 4 = 1.21, clearly over-confident
    assert ("You were over-confident: when you were very sure you were right only 25% of the time. Very sure pays "
            "best only when you expect to be right at least 80% of the time. (You said Very sure (3) 4 times.)") in text
    # not sure once and right: above the range, but one answer is not much to go on
    assert "You were a little under-confident: when you were not sure you were right 100% of the time." in text
    assert "over-confident" in results.cbm_label.accessibleDescription()
    assert "Scenarios are not marked for certainty" in text  # the quiz has one: the figures leave it out
    review = results.review.toPlainText()
    assert review.count("certainty-based mark −6.") == 3 and review.count("certainty-based mark +3.") == 1
    results.grab().save("/tmp/quiz-certainty-results.png")

    _alt(qtbot, KEY.Key_R, lambda: section.current_page() is section.question_page)  # Retake keeps CBM
    assert section.question_page.session.attempt.cbm
    assert shown_messages and shown_messages[-1][0] == "confirm"  # finishing with questions unanswered


def test_the_results_page_with_the_cbm_summary_fits_a_1024_by_640_window_at_the_largest_text(
        qtbot, services: Services, shown_messages) -> None:
    services.settings.text_size = "larger"
    window, section = _window(qtbot, services)
    window.resize(1024, 640)
    qtbot.wait(50)
    room = 640 - (window.height() - section.height())  # what a 1024 × 640 window leaves the section
    section.open_quiz("overdose-response")
    section.start_attempt("practice")
    page = section.question_page
    attempt = page.session.attempt
    assert attempt.cbm  # on by default
    for level in (3, 3, 1):
        while not isinstance(attempt.current_question, (SingleChoice, TrueFalse)) or \
                attempt.is_answered(attempt.current_question.id):
            page.move(1, save_pending=False)
        _tick(qtbot, page, attempt.current_question, level == 1)
        page.certainty.buttons[level].click()
        page.submit()
    page.finish()
    results = section.results_page
    qtbot.wait(50)
    assert results.cbm_label.isVisible() and len(results.result.cbm.lines()) >= 5
    assert results.minimumSizeHint().height() <= room
    results.grab().save("/tmp/quiz-certainty-results-larger.png")


def test_certainty_based_marking_can_be_turned_off_for_a_practice_attempt(qtbot, services: Services,
                                                                          shown_messages) -> None:
    _win, section = _window(qtbot, services)
    _open_by_keyboard(qtbot, section)
    start = section.start_page
    for _ in range(5):  # Tab from the mode choice reaches the box; Space unticks it; Return starts
        if _focused() is start.cbm_box:
            break
        _press(qtbot, KEY.Key_Tab)
    assert _focused() is start.cbm_box
    _press(qtbot, KEY.Key_Space)
    assert not start.cbm_box.isChecked()
    _press(qtbot, KEY.Key_Return)
    page = section.question_page
    attempt = page.session.attempt
    assert attempt.mode is QuizMode.PRACTICE and not attempt.cbm and page.certainty.isHidden()
    while not isinstance(attempt.current_question, (SingleChoice, TrueFalse)):
        page.move(1, save_pending=False)
    _tick(qtbot, page, attempt.current_question, True)
    _press(qtbot, KEY.Key_Return)  # checked at once, no certainty asked
    assert page.feedback.isVisible() and "certainty-based mark" not in page.feedback.label.text()
    _alt(qtbot, KEY.Key_I, lambda: section.current_page() is section.results_page)
    assert section.results_page.result.cbm is None and section.results_page.cbm_label.isHidden()
