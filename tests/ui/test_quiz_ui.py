"""The Quizzes section driven by keyboard alone, over the bundled overdose-response quiz: practice with
immediate feedback, assessed with results and review, resuming after a restart, history and best scores."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from nps_trainer.paths import UserPaths
from nps_trainer.quiz.model import (
    Matching,
    MultipleResponse,
    Ordering,
    Rating,
    Scenario,
    ShortAnswer,
    SingleChoice,
    TrueFalse,
)
from nps_trainer.services import Services, build_services
from nps_trainer.ui.main_window import MainWindow
from nps_trainer.ui.quiz.choice_inputs import _ButtonsInput
from nps_trainer.ui.quiz.matching_input import MatchingInput
from nps_trainer.ui.quiz.ordering_input import OrderingInput
from nps_trainer.ui.quiz.scenario_input import ScenarioInput
from nps_trainer.ui.quiz.text_input import ShortAnswerInput
from nps_trainer.ui.sections.quizzes import QuizzesSection
from tests.ui.helpers import show_active

QUIZ = "overdose-response"


def _bundled_count(quiz_id: str) -> int:
    from nps_trainer.paths import bundled_content_dir
    from nps_trainer.quiz.loader import load_quiz

    quiz, problems = load_quiz(bundled_content_dir() / "quizzes" / f"{quiz_id}.yaml")
    assert quiz is not None, problems
    return len(quiz.questions)


N = _bundled_count(QUIZ)  # questions in the bundled quiz: content grows, the tests follow
KEY = Qt.Key


def _window(qtbot, services: Services) -> tuple[MainWindow, QuizzesSection]:
    window = MainWindow(services)
    window.resize(1100, 760)
    show_active(qtbot, window)
    profiles = services.profiles.list()
    window.use_profile(profiles[0] if profiles else services.profiles.create("Sam", "practitioner"))
    section = window.show_section("quizzes")
    assert isinstance(section, QuizzesSection)
    return window, section


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def _press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(_focused(), key, modifier)


def _alt(qtbot, key: Qt.Key, until) -> None:
    """Press a button's Alt mnemonic; Qt clicks the button after a short animation, so wait for the effect."""
    _press(qtbot, key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(until, timeout=2000)


def _row(section: QuizzesSection, quiz_id: str) -> int:
    table = section.list_page.table
    for row in range(table.rowCount()):
        if table.item(row, 0).data(Qt.ItemDataRole.UserRole) == quiz_id:
            return row
    raise AssertionError(f"{quiz_id} not listed")


def _cells(section: QuizzesSection, quiz_id: str) -> list[str]:
    table = section.list_page.table
    return [table.item(_row(section, quiz_id), c).text() for c in range(table.columnCount())]


def _open_by_keyboard(qtbot, section: QuizzesSection) -> None:
    section.list_page.focus_list()
    table = section.list_page.table
    table.setCurrentCell(0, 0)
    for _ in range(_row(section, QUIZ)):
        _press(qtbot, KEY.Key_Down)
    _press(qtbot, KEY.Key_Return)


def _tab_to(qtbot, target: QWidget, limit: int = 30) -> None:
    for _ in range(limit):
        if _focused() is target:
            return
        _press(qtbot, KEY.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName()!r}")


def _right_answer(question):
    if isinstance(question, SingleChoice):
        return next(o.id for o in question.options if o.correct)
    if isinstance(question, MultipleResponse):
        return [o.id for o in question.options if o.correct]
    if isinstance(question, TrueFalse):
        return question.answer
    if isinstance(question, Ordering):
        return [i.id for i in question.items]
    if isinstance(question, Matching):
        return {p.id: p.answer for p in question.pairs}
    if isinstance(question, ShortAnswer):
        return question.accept[0].text
    raise AssertionError(type(question))


def _wrong_answer(question):
    if isinstance(question, SingleChoice):
        return next(o.id for o in question.options if not o.correct)
    if isinstance(question, TrueFalse):
        return not question.answer
    if isinstance(question, ShortAnswer):
        return "112 maybe"
    return _right_answer(question)


def _choose_radio(qtbot, buttons, values, wanted) -> None:
    """From a radio button with focus (else the first), tick it with Space, then arrow to the one wanted."""
    if _focused() not in buttons:
        buttons[0].setFocus()
    _press(qtbot, KEY.Key_Space)
    here, there = buttons.index(_focused()), values.index(wanted)
    for _ in range(abs(there - here)):
        _press(qtbot, KEY.Key_Down if there > here else KEY.Key_Up)
    assert buttons[there].isChecked()


def _tab_into(qtbot, widgets, limit: int = 30) -> None:
    for _ in range(limit):
        if _focused() in widgets:
            return
        _press(qtbot, KEY.Key_Tab)
    raise AssertionError("Tab never reached the choices")


def _order_by_keyboard(qtbot, widget: OrderingInput, wanted: list[str]) -> None:
    widget.list.setFocus()
    for place, item_id in enumerate(wanted):
        row = widget.order().index(item_id)
        while widget.list.currentRow() < row:
            _press(qtbot, KEY.Key_Down)
        while widget.list.currentRow() > row:
            _press(qtbot, KEY.Key_Up)
        for _ in range(row - place):
            _press(qtbot, KEY.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert widget.order() == wanted


def _say_how_sure(qtbot, section: QuizzesSection, level: int = 3) -> None:
    """Under certainty-based marking (practice, on by default) choose how sure, by Alt+1, Alt+2 or Alt+3."""
    chooser = section.question_page.certainty
    if chooser.isVisible() and chooser.certainty() is None:
        _alt(qtbot, getattr(KEY, f"Key_{level}"), lambda: chooser.certainty() == level)


def _give_answer(qtbot, section: QuizzesSection, answer) -> None:
    """Enter ``answer`` into the current (non-scenario) question by keyboard, then press Return."""
    widget = section.question_page.input
    if isinstance(widget, _ButtonsInput) and widget.exclusive:
        _choose_radio(qtbot, widget.buttons, widget.values, answer)
    elif isinstance(widget, _ButtonsInput):
        widget.buttons[0].setFocus()
        for value in widget.values:
            if value in answer:
                _press(qtbot, KEY.Key_Space)
            _press(qtbot, KEY.Key_Tab)
    elif isinstance(widget, OrderingInput):
        _order_by_keyboard(qtbot, widget, answer)
    elif isinstance(widget, MatchingInput):
        for pair_id, combo in widget.combos.items():
            _tab_to(qtbot, combo)
            for _ in range(combo.findData(answer[pair_id])):
                _press(qtbot, KEY.Key_Down)
            assert combo.currentData() == answer[pair_id]
    elif isinstance(widget, ShortAnswerInput):
        widget.edit.setFocus()
        qtbot.keyClicks(widget.edit, answer)
    _say_how_sure(qtbot, section)
    _press(qtbot, KEY.Key_Return)


def _walk_scenario(qtbot, section: QuizzesSection, prefer: Rating, shots: str = "") -> None:
    page = section.question_page
    scenario = page.input
    assert isinstance(scenario, ScenarioInput)
    steps = 0
    for _ in range(10):
        if scenario.finished:
            break
        choices = section.question_page.session.attempt.scenario_choices(scenario.question_id)
        wanted = next((c.id for c in choices if c.rating is prefer), choices[0].id)
        _tab_into(qtbot, scenario.buttons)
        _choose_radio(qtbot, scenario.buttons, scenario.choice_ids, wanted)
        _press(qtbot, KEY.Key_Return)
        steps += 1
        if shots and steps == 2:
            page.grab().save(shots)
    assert steps >= 3


@pytest.fixture
def window_and_section(qtbot, services: Services, shown_messages):
    return _window(qtbot, services)


def test_practice_quiz_by_keyboard_with_immediate_feedback(qtbot, window_and_section, shown_messages) -> None:
    window, section = window_and_section
    assert _cells(section, QUIZ)[2:] == [str(N), "Not taken", "–"]
    assert section.list_page.table.horizontalHeaderItem(4).text() == "Best assessed score"  # as in Progress
    window.grab().save("/tmp/quiz-list.png")
    _open_by_keyboard(qtbot, section)
    assert section.current_page() is section.start_page
    assert "Pass mark: 80%" in section.start_page.facts.text() and "No time limit" in section.start_page.facts.text()
    _press(qtbot, KEY.Key_Return)  # practice is chosen by default
    page = section.question_page
    assert section.current_page() is page
    attempt = page.session.attempt
    assert attempt.mode.value == "practice"

    seen_types = set()
    for _ in range(len(attempt.question_ids)):
        question = attempt.current_question
        seen_types.add(question.type.value)
        if isinstance(question, Scenario):
            _walk_scenario(qtbot, section, Rating.BEST, shots="/tmp/quiz-scenario.png")
            assert page.feedback.isVisible() and "Your path through the scenario" in page.feedback.label.text()
            assert "(best)" in page.feedback.label.text()
        else:
            wrong = question.id == "snoring-sound"
            if isinstance(question, Ordering):
                _order_by_keyboard(qtbot, page.input, _right_answer(question))
                assert "Moved to position" in page.input.moved_note.text()
                page.grab().save("/tmp/quiz-ordering.png")
                _say_how_sure(qtbot, section)
                _press(qtbot, KEY.Key_Return)
            else:
                _give_answer(qtbot, section, _wrong_answer(question) if wrong else _right_answer(question))
            text = page.feedback.label.text()
            assert page.feedback.isVisible(), question.id
            assert ("Not right" in text and "The right answer" in text) if wrong else "Correct" in text, question.id
            assert "Why:" in text and page.feedback.read_more_button.isVisible()
            assert not page.submit_button.isEnabled()  # practice: answered questions are locked
            if wrong:
                page.grab().save("/tmp/quiz-practice-feedback.png")
        if attempt.position == len(attempt.question_ids) - 1:
            break
        _press(qtbot, KEY.Key_Return)  # answered: Return moves on
    assert seen_types == {"single-choice", "multiple-response", "true-false", "ordering", "matching",
                          "short-answer", "scenario"}
    _press(qtbot, KEY.Key_Return)  # last question: Return moves to Finish
    assert _focused() is page.finish_button
    _press(qtbot, KEY.Key_Return)
    assert section.current_page() is section.results_page
    assert section.results_page.result.percent == pytest.approx(100 * (N - 1) / N, abs=0.01)
    assert shown_messages == []


def test_read_more_opens_the_module_section_in_learn(qtbot, window_and_section) -> None:
    window, section = window_and_section
    _open_by_keyboard(qtbot, section)
    _press(qtbot, KEY.Key_Return)
    page = section.question_page
    _give_answer(qtbot, section, _right_answer(page.session.attempt.current_question))
    _tab_to(qtbot, page.feedback.read_more_button)
    assert "Recognising an opioid overdose" in page.feedback.read_more_button.text()
    _press(qtbot, KEY.Key_Return)
    learn = window.pages["learn"]
    assert window.current_section() is learn
    assert learn.reader.module.id == "overdose-response"
    window.show_section("quizzes")  # coming back: still on the same question, answer kept
    assert section.current_page() is page and page.feedback.isVisible()


def test_assessed_quiz_by_keyboard_shows_results_review_history_and_best_score(
        qtbot, window_and_section, shown_messages) -> None:
    section = window_and_section[1]
    _open_by_keyboard(qtbot, section)
    _press(qtbot, KEY.Key_Down)  # practice → assessed
    assert section.start_page.chosen_mode().value == "assessed"
    _press(qtbot, KEY.Key_Return)
    page = section.question_page
    attempt = page.session.attempt
    assert attempt.mode.value == "assessed"
    wrong = {"snoring-sound", "gasps", "call-first"}
    for _ in range(len(attempt.question_ids)):
        question = attempt.current_question
        if isinstance(question, Scenario):
            _walk_scenario(qtbot, section, Rating.RISKY)
            assert not page.feedback.isVisible() and "end of this scenario" in page.input.node_label.text()
        else:
            position = attempt.position
            _give_answer(qtbot, section, _wrong_answer(question) if question.id in wrong else _right_answer(question))
            assert not page.feedback.isVisible()  # assessed: no feedback until the end
            assert attempt.position == min(position + 1, len(attempt.question_ids) - 1)
        if attempt.position == len(attempt.question_ids) - 1 and attempt.is_answered(attempt.current_question.id):
            break
    _alt(qtbot, KEY.Key_I, lambda: section.current_page() is section.results_page)
    results = section.results_page
    assert section.current_page() is results
    result = results.result
    assert not result.passed and result.percent < 80
    assert "not yet passed" in results.score_label.text() and "Pass mark 80%" in results.detail_label.text()
    review = results.review.toPlainText()
    assert review.count("Question ") >= N and "The right answer:" in review and "Your answer:" in review
    assert "Your path through the scenario" in review and "Read more:" in review
    results.grab().save("/tmp/quiz-assessed-review.png")

    _alt(qtbot, KEY.Key_T, lambda: section.current_page() is section.start_page)  # Your attempts
    assert section.current_page() is section.start_page
    rows = section.start_page.history.row_texts()
    assert len(rows) == 1 and rows[0][1] == "Assessed" and rows[0][3] == "Not yet passed"
    assert rows[0][2] == f"{result.percent:.0f}%" or rows[0][2] == f"{result.percent:.1f}%"
    section.start_page.grab().save("/tmp/quiz-history.png")

    _alt(qtbot, KEY.Key_B, lambda: section.current_page() is section.list_page)  # back to the list
    assert section.current_page() is section.list_page
    assert _cells(section, QUIZ)[3:] == ["Not yet passed", rows[0][2]]
    assert shown_messages == []


def test_retake_and_best_score(qtbot, window_and_section, shown_messages) -> None:
    section = window_and_section[1]
    _open_by_keyboard(qtbot, section)
    _press(qtbot, KEY.Key_Down)
    _press(qtbot, KEY.Key_Return)
    _alt(qtbot, KEY.Key_I, lambda: section.current_page() is section.results_page)  # finish now: scores 0
    assert shown_messages[-1][0] == "confirm" and f"{N} questions are not answered" in shown_messages[-1][2]
    assert section.results_page.result.percent == 0
    _alt(qtbot, KEY.Key_R, lambda: section.current_page() is section.question_page)  # Retake, same mode
    page = section.question_page
    assert section.current_page() is page and page.session.attempt.mode.value == "assessed"
    _give_answer(qtbot, section, _right_answer(page.session.attempt.current_question))
    _alt(qtbot, KEY.Key_I, lambda: section.current_page() is section.results_page)
    best = section.results_page.result.percent
    assert best == pytest.approx(100 / N, abs=0.01)
    _alt(qtbot, KEY.Key_B, lambda: section.current_page() is section.list_page)
    assert _cells(section, QUIZ)[3:] == ["Not yet passed", f"{best:.1f}%"]
    section.list_page.grab().save("/tmp/quiz-list-best.png")


def _same(answer):
    return sorted(answer) if isinstance(answer, list) and answer and not isinstance(answer[0], dict) else answer


def test_resume_after_restart_continues_at_the_same_question(qtbot, user_paths: UserPaths, shown_messages) -> None:
    first = build_services(user_paths)
    try:
        window, section = _window(qtbot, first)
        _open_by_keyboard(qtbot, section)
        _press(qtbot, KEY.Key_Down)
        _press(qtbot, KEY.Key_Return)
        attempt = section.question_page.session.attempt
        given = {}
        for _ in range(4):
            question = attempt.current_question
            given[question.id] = _right_answer(question)
            _give_answer(qtbot, section, given[question.id])
        assert attempt.position == 4
        question_id = attempt.current_question.id
        window.close()
    finally:
        first.close()

    second = build_services(user_paths)  # a restart: new services, new window and section
    try:
        _window2, section = _window(qtbot, second)
        _open_by_keyboard(qtbot, section)
        assert shown_messages[-1][:2] == ("confirm", "Resume quiz?") and f"4 of {N}" in shown_messages[-1][2]
        page = section.question_page
        assert section.current_page() is page
        attempt = page.session.attempt
        assert attempt.position == 4 and attempt.current_question.id == question_id
        assert {qid: _same(attempt.response(qid).answer) for qid in given} == {q: _same(a) for q, a in given.items()}
        _alt(qtbot, KEY.Key_P, lambda: attempt.position == 3)  # Previous shows the answer kept
        assert page.input.answer() == given[attempt.current_question.id]
        assert f"Question 4 of {N}" in page.progress_label.text() and "4 answered" in page.progress_label.text()
        assert _focused() is not None
    finally:
        second.close()


def test_starting_again_sets_the_unfinished_attempt_aside(qtbot, window_and_section, shown_messages,
                                                          monkeypatch) -> None:
    from nps_trainer.ui import messages

    section = window_and_section[1]
    _open_by_keyboard(qtbot, section)
    _press(qtbot, KEY.Key_Return)
    _give_answer(qtbot, section, _right_answer(section.question_page.session.attempt.current_question))
    _alt(qtbot, KEY.Key_L, lambda: section.current_page() is section.list_page)  # leave for now
    assert section.current_page() is section.list_page
    assert _cells(section, QUIZ)[3] == "In progress"
    monkeypatch.setattr(messages, "confirm", lambda *_: False)  # "No": start again
    _open_by_keyboard(qtbot, section)
    assert section.current_page() is section.start_page
    rows = section.start_page.history.row_texts()
    assert [r[3] for r in rows] == ["Set aside (started again)"]


def _start_assessed_and_choose_without_submitting(qtbot, section: QuizzesSection):
    """Open the quiz in assessed mode and tick the right answer to the first question, without Return."""
    _open_by_keyboard(qtbot, section)
    _press(qtbot, KEY.Key_Down)  # practice → assessed
    _press(qtbot, KEY.Key_Return)
    page = section.question_page
    while not isinstance(page.input, _ButtonsInput):  # the order may be shuffled: find a choice question
        page.move(1, save_pending=False)
    question = page.session.attempt.current_question
    widget = page.input
    wanted = _right_answer(question)
    if widget.exclusive:
        _choose_radio(qtbot, widget.buttons, widget.values, wanted)
    else:
        widget.buttons[0].setFocus()
        for value in widget.values:
            if value in wanted:
                _press(qtbot, KEY.Key_Space)
            _press(qtbot, KEY.Key_Tab)
    assert _same(widget.answer()) == _same(wanted) and page.submit_button.isEnabled()
    assert not page.session.attempt.is_answered(question.id)  # chosen, not submitted
    return question, wanted


def test_assessed_answer_chosen_but_not_submitted_survives_closing_the_app(
        qtbot, user_paths: UserPaths, shown_messages) -> None:
    first = build_services(user_paths)
    try:
        window, section = _window(qtbot, first)
        question, wanted = _start_assessed_and_choose_without_submitting(qtbot, section)
        window.close()
    finally:
        first.close()

    second = build_services(user_paths)
    try:
        _window2, section = _window(qtbot, second)
        _open_by_keyboard(qtbot, section)
        assert shown_messages[-1][:2] == ("confirm", "Resume quiz?") and f"1 of {N}" in shown_messages[-1][2]
        attempt = section.question_page.session.attempt
        assert _same(attempt.response(question.id).answer) == _same(wanted)
        assert attempt.current_question.id == question.id
        assert _same(section.question_page.input.answer()) == _same(wanted)
    finally:
        second.close()


def test_assessed_answer_chosen_but_not_submitted_survives_switching_profile(
        qtbot, window_and_section, services: Services, shown_messages) -> None:
    window, section = window_and_section
    question, wanted = _start_assessed_and_choose_without_submitting(qtbot, section)
    window.switch_action.trigger()
    assert window.stack.currentWidget() is window.gate
    unfinished = services.quiz_records.unfinished(window.profile.id, section.library.get(QUIZ))
    assert unfinished is not None and unfinished.answered == 1
    assert _same(unfinished.attempt.response(question.id).answer) == _same(wanted)


@pytest.mark.parametrize("away", ["read more", "another section"])
def test_assessed_answer_chosen_but_not_submitted_is_kept_on_leaving_the_section(
        qtbot, window_and_section, services: Services, shown_messages, away: str) -> None:
    window, section = window_and_section
    question, wanted = _start_assessed_and_choose_without_submitting(qtbot, section)
    if away == "read more":
        section.read_more(QUIZ, "")
    else:
        window.show_section("progress")
    assert window.current_section() is not section
    unfinished = services.quiz_records.unfinished(window.profile.id, section.library.get(QUIZ))
    assert unfinished is not None and unfinished.answered == 1
    assert _same(unfinished.attempt.response(question.id).answer) == _same(wanted)
    window.show_section("quizzes")  # back again: the same question, the answer shown and counted
    page = section.question_page
    assert section.current_page() is page and _same(page.input.answer()) == _same(wanted)
    assert "1 answered" in page.progress_label.text() and not page.submit_button.isEnabled()
