"""Quiz defects found in review: a skipped ordering question must not count as answered, Tab must go through a
matching question's drop-downs in turn, Return in the table of attempts must not start a quiz, and the quiz
pages must fit a 1024-pixel-wide window at the largest text size."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QScrollArea, QWidget

from nps_trainer.quiz import QuizMode
from nps_trainer.services import Services
from nps_trainer.settings import TEXT_SIZES
from nps_trainer.ui.main_window import MainWindow
from nps_trainer.ui.quiz.matching_input import MatchingInput
from nps_trainer.ui.quiz.ordering_input import OrderingInput
from nps_trainer.ui.quiz.question_page import QuestionPage
from nps_trainer.ui.quiz.wrapping_buttons import WrappingRadioButton
from nps_trainer.ui.sections.quizzes import QuizzesSection
from tests.ui.test_quiz_ui import KEY, _alt, _focused, _open_by_keyboard, _press, _window

SHOTS = Path("/tmp/fix-quiz")


@pytest.fixture
def window_and_section(qtbot, services: Services, shown_messages) -> tuple[MainWindow, QuizzesSection]:
    return _window(qtbot, services)


@pytest.fixture
def section(window_and_section) -> QuizzesSection:
    return window_and_section[1]


def _start(qtbot, section: QuizzesSection, mode: QuizMode) -> QuestionPage:
    _open_by_keyboard(qtbot, section)
    if mode is QuizMode.ASSESSED:
        _press(qtbot, KEY.Key_Down)  # practice → assessed
    _press(qtbot, KEY.Key_Return)
    page = section.question_page
    assert section.current_page() is page and page.session.attempt.mode is mode
    return page


def _go_to(page: QuestionPage, kind: type) -> None:
    """Show the first question answered with a ``kind`` input (without saving anything)."""
    attempt = page.session.attempt
    for position in range(len(attempt.question_ids)):
        page.move(position - attempt.position, save_pending=False)
        if isinstance(page.input, kind):
            return
    raise AssertionError(f"no question uses {kind.__name__}")


# -- 1. ordering: no answer until the learner gives one -------------------------------------------------------
def test_skipping_every_question_in_assessed_mode_leaves_the_ordering_question_unanswered(
        qtbot, window_and_section, services: Services, shown_messages) -> None:
    window, section = window_and_section
    page = _start(qtbot, section, QuizMode.ASSESSED)
    attempt = page.session.attempt
    seen_ordering = False
    for _ in range(len(attempt.question_ids) - 1):
        seen_ordering = seen_ordering or isinstance(page.input, OrderingInput)
        if isinstance(page.input, OrderingInput):
            assert page.input.answer() is None and not page.submit_button.isEnabled()
        position = attempt.position
        _alt(qtbot, KEY.Key_N, lambda position=position: attempt.position == position + 1)  # Next, nothing chosen
    assert seen_ordering
    assert len(attempt.unanswered()) == len(attempt.question_ids)
    assert "0 answered" in page.progress_label.text()

    _go_to(page, OrderingInput)
    ordering_id = attempt.current_question.id
    window.show_section("progress")  # leaving the section saves chosen answers: there is none
    unfinished = services.quiz_records.unfinished(section.profile.id, section.library.get(section.quiz.id))
    assert unfinished is not None and unfinished.answered == 0
    window.show_section("quizzes")
    assert not attempt.is_answered(ordering_id)
    _alt(qtbot, KEY.Key_I, lambda: section.current_page() is section.results_page)
    assert section.results_page.result.percent == 0


def test_keep_this_order_answers_with_the_order_shown_by_keyboard(qtbot, section: QuizzesSection) -> None:
    page = _start(qtbot, section, QuizMode.ASSESSED)
    _go_to(page, OrderingInput)
    ordering = page.input
    attempt = page.session.attempt
    question_id = attempt.current_question.id
    shown = ordering.order()
    assert ordering.keep_box.accessibleName() == "Keep this order as my answer"
    assert "Keep this order (Alt+K)" in page.hint_label.text()
    for _ in range(6):  # Tab reaches it from the list
        if _focused() is ordering.keep_box:
            break
        _press(qtbot, KEY.Key_Tab)
    assert _focused() is ordering.keep_box
    _press(qtbot, KEY.Key_Space)
    assert ordering.answer() == shown and page.submit_button.isEnabled()
    _press(qtbot, KEY.Key_Return)
    assert attempt.response(question_id).answer == shown

    _go_to(page, OrderingInput)  # shown again: the answer given is restored, and ticked
    assert page.input.keep_box.isChecked() and page.input.answer() == shown


def test_moving_an_item_ticks_keep_this_order_and_the_shortcut_alt_k_works(qtbot, section: QuizzesSection) -> None:
    page = _start(qtbot, section, QuizMode.ASSESSED)
    _go_to(page, OrderingInput)
    ordering = page.input
    ordering.list.setFocus()
    _press(qtbot, KEY.Key_Down)
    _press(qtbot, KEY.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert ordering.keep_box.isChecked() and ordering.answer() == ordering.order()
    _alt(qtbot, KEY.Key_K, lambda: not ordering.keep_box.isChecked())  # untick: no answer again
    assert ordering.answer() is None and not page.submit_button.isEnabled()


def test_practice_return_on_an_untouched_ordering_question_asks_for_an_answer(
        qtbot, section: QuizzesSection) -> None:
    page = _start(qtbot, section, QuizMode.PRACTICE)
    _go_to(page, OrderingInput)
    question_id = page.session.attempt.current_question.id
    page.input.focus_first()
    _press(qtbot, KEY.Key_Return)
    assert page.status_label.text().startswith("Choose an answer first")
    assert not page.session.attempt.is_answered(question_id) and not page.feedback.isVisible()


# -- 2. Tab order on a matching question ----------------------------------------------------------------------
def test_tab_goes_through_the_matching_drop_downs_in_turn(qtbot, section: QuizzesSection, qtlog) -> None:
    page = _start(qtbot, section, QuizMode.ASSESSED)
    _go_to(page, MatchingInput)
    combos = list(page.input.combos.values())
    assert len(combos) >= 3
    combos[0].setFocus()
    visited: list[QWidget] = [_focused()]
    for _ in range(len(combos)):
        _press(qtbot, KEY.Key_Tab)
        visited.append(_focused())
    after = next(b for b in (page.submit_button, page.previous_button, page.next_button) if b.isEnabled())
    assert visited == [*combos, after]
    assert not [r for r in qtlog.records if "setTabOrder" in r.message]


# -- 3. Return in the table of attempts -----------------------------------------------------------------------
def test_return_in_the_table_of_attempts_starts_nothing(qtbot, section: QuizzesSection, services: Services,
                                                        shown_messages) -> None:
    page = _start(qtbot, section, QuizMode.ASSESSED)
    _alt(qtbot, KEY.Key_I, lambda: section.current_page() is section.results_page)  # finish with nothing answered
    _alt(qtbot, KEY.Key_T, lambda: section.current_page() is section.start_page)  # Your attempts
    start = section.start_page
    assert start.history.isVisible() and start.history.rowCount() == 1
    start.history.setFocus()
    _press(qtbot, KEY.Key_Return)
    assert section.current_page() is start and page.session is None
    assert len(services.quiz_records.history(section.profile.id, section.quiz.id)) == 1

    start.mode_buttons[QuizMode.PRACTICE].setFocus()  # Return on the mode choice still starts
    _press(qtbot, KEY.Key_Return)
    assert section.current_page() is page and page.session.attempt.mode is QuizMode.PRACTICE


# -- 4. the quiz pages fit 1024 pixels wide at every text size ------------------------------------------------
def _sideways(page: QWidget) -> list[str]:
    """The scroll areas on ``page`` whose content is wider than their view (so would scroll sideways)."""
    return [type(area.widget()).__name__ for area in page.findChildren(QScrollArea)
            if area.widget() is not None and area.widget().minimumSizeHint().width() > area.viewport().width()]


@pytest.mark.parametrize("size", ["normal", "larger"])
def test_quiz_pages_fit_a_1024_by_640_window(qtbot, services: Services, shown_messages, size: str) -> None:
    # the largest size below 200%; 200% itself ('largest') is checked at 1366×768 in test_text_200.py
    assert max(v for v in TEXT_SIZES.values() if v < 2 * TEXT_SIZES["normal"]) == TEXT_SIZES["larger"]
    services.settings.text_size = size
    window, section = _window(qtbot, services)
    window.resize(1024, 640)
    qtbot.wait(50)
    # What a 1024 × 640 window leaves the section (the window may have refused to shrink that far).
    room = QSize(1024 - (window.width() - section.width()), 640 - (window.height() - section.height()))
    _open_by_keyboard(qtbot, section)
    start = section.start_page
    qtbot.wait(50)
    assert start.minimumSizeHint().width() <= room.width() and start.minimumSizeHint().height() <= room.height()
    assert _sideways(start) == []
    for button in start.mode_buttons.values():
        assert button.accessibleDescription() and len(button.text()) < 20
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / f"test-{size}-start.png"))

    _press(qtbot, KEY.Key_Return)
    page = section.question_page
    attempt = page.session.attempt
    for position in range(len(attempt.question_ids)):
        page.session.go_to(position)
        page.show_current()
        qtbot.wait(20)
        what = f"{attempt.current_question.id} at {size}"
        assert page.minimumSizeHint().width() <= room.width(), what
        assert page.minimumSizeHint().height() <= room.height(), what
        assert _sideways(page) == [], what
        assert window.width() == 1024, what
        if isinstance(page.input, OrderingInput | MatchingInput):
            window.grab().save(str(SHOTS / f"test-{size}-{type(page.input).__name__}.png"))


def test_option_text_wraps_to_the_width_given_and_keeps_its_accessible_name(qtbot) -> None:
    text = "Naloxone & rescue breaths: " + " ".join(["keep going until the ambulance crew take over"] * 4)
    button = WrappingRadioButton(text)
    qtbot.addWidget(button)
    assert button.accessibleName() == text and "\n" not in button.text()
    button.show()
    qtbot.waitExposed(button)
    button.resize(300, button.sizeHint().height())
    lines = button.text().split("\n")
    assert len(lines) > 2 and " ".join(lines).replace("&&", "&") == text
    assert button.minimumSizeHint().width() < 300 and button.sizeHint().width() <= 300
    button.resize(3000, button.sizeHint().height())
    assert "\n" not in button.text()
