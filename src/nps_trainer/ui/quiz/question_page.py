"""Taking a quiz: one question at a time, by keyboard alone. Return submits the answer (or moves on once it
is answered); Alt+P and Alt+N move between questions; Alt+I finishes (Alt+F is the File menu). No timer is shown.
Under certainty-based marking (practice) the learner also says how sure they are, by Alt+1, Alt+2 or Alt+3 or
with the arrow keys; Return without it asks for it and puts the focus there. Scenarios are not marked for it."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ...quiz import AnswerError, AttemptError, QuestionReview, QuizMode, Result
from ...quiz.rich_text import to_html, to_plain
from .. import messages
from ..widgets import FlowLayout, heading, note
from .answer_input import AnswerInput
from .inputs import hint, make_input
from .library import QuizLibrary
from .question_body import question_body
from .scenario_input import ScenarioInput
from .session import QuizSession


class QuestionPage(QWidget):
    finished = Signal(object)  # Result
    leave_requested = Signal()
    read_more = Signal(str, str)  # module id, section anchor

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: QuizSession | None = None
        self.library: QuizLibrary | None = None
        self.input: AnswerInput | None = None
        layout = QVBoxLayout(self)
        self.title_label = heading("", level=2)
        layout.addWidget(self.title_label)
        self.progress_label = note("")
        self.progress_label.setObjectName("questionProgress")
        layout.addWidget(self.progress_label)

        body = question_body("question")
        self.scroll, self.body_layout, self.prompt_label = body.scroll, body.layout, body.prompt
        self.hint_label, self.input_holder, self.certainty = body.hint, body.input_holder, body.certainty
        self.status_label, self.feedback = body.status, body.feedback
        self.feedback.read_more.connect(self.read_more)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(self._build_buttons())

        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Set after making it: PySide6 ignores the constructor's context= when given a slot, which left Return
            # taken from the whole window (the sidebar, the 'Suspected overdose' button) while a question showed.
            shortcut = QShortcut(QKeySequence(key), self, self.primary_action)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _build_buttons(self) -> FlowLayout:
        """Answer and move on the left, finish and leave on the right; the two groups go onto two lines when the
        window is too narrow for both (200% text in Welsh)."""
        row = FlowLayout()
        self.previous_button = QPushButton(tr("&Previous"))
        # The key is in the hint above and the tooltip, not on the button: the row must fit a 1024-pixel
        # window at the largest text size.
        self.submit_button = QPushButton(tr("Submit answer"))
        self.submit_button.setAccessibleDescription(tr("Shortcut: Return"))
        self.next_button = QPushButton(tr("&Next"))
        self.finish_button = QPushButton(tr("F&inish quiz"))
        self.leave_button = QPushButton(tr("&Leave for now"))
        self.leave_button.setAccessibleDescription(tr("Your answers are saved; you can carry on later"))
        self.previous_button.clicked.connect(lambda: self.move(-1))
        self.submit_button.clicked.connect(self.submit)
        self.next_button.clicked.connect(lambda: self.move(1))
        self.finish_button.clicked.connect(self.finish)
        self.leave_button.clicked.connect(self._leave)
        for buttons in ((self.submit_button, self.previous_button, self.next_button),
                        (self.finish_button, self.leave_button)):
            group = QHBoxLayout()
            group.setContentsMargins(0, 0, 0, 0)
            for button in buttons:
                group.addWidget(button)
                if button is self.submit_button:
                    group.addSpacing(24)
            box = QWidget()
            box.setLayout(group)
            row.addWidget(box)
        return row

    # -- showing ------------------------------------------------------------------------------------------
    @property
    def practice(self) -> bool:
        return self.session is not None and self.session.attempt.mode is QuizMode.PRACTICE

    def start(self, session: QuizSession, library: QuizLibrary) -> None:
        self.session = session
        self.library = library
        self.title_label.setText(session.attempt.quiz.title)
        self.title_label.setAccessibleName(session.attempt.quiz.title)
        self.show_current()

    def show_current(self) -> None:
        assert self.session is not None and self.library is not None
        attempt = self.session.attempt
        question = attempt.current_question
        if question is None:
            return
        self.prompt_label.setText(to_html(question.prompt, question.text_format))
        spoken = " ".join(to_plain(question.prompt, question.text_format).split())
        self.prompt_label.setAccessibleName(tr("Question {number}: {question}").format(number=attempt.position + 1,
                                                                                        question=spoken))
        self.hint_label.setText(hint(question))
        self.hint_label.setAccessibleName(self.hint_label.text())
        if self.input is not None:
            _discard(self.input_holder, self.input)
        self.input = make_input(attempt, question)
        response = attempt.response(question.id)
        if response is not None and not isinstance(self.input, ScenarioInput):
            self.input.set_answer(response.answer)
        self.input.changed.connect(self._update_buttons)
        self.prompt_label.setBuddy(self.input)  # the question labels its options ('labelled by', for screen readers)
        # ... and names them: a screen reader entering the options reads the question first, then the option.
        self.input.setAccessibleDescription(self.input.accessibleName())  # what to do ('Answer options: ...')
        self.input.setAccessibleName(self.prompt_label.accessibleName())
        self.input_holder.addWidget(self.input)
        self.input.show()
        asks = attempt.asks_certainty(question.id)
        self.certainty.set_certainty(response.certainty if response is not None else None)
        self.certainty.setVisible(asks)
        self.certainty.set_locked(self._locked())
        self._chain_tab_order()
        self._set_status("")
        review = attempt.feedback(question.id) if self.practice else None
        self._show_review(review)
        self.input.set_locked(self._locked())
        self._update_progress()
        self._update_buttons()
        self.scroll.verticalScrollBar().setValue(0)
        self.input.focus_first()

    def _chain_tab_order(self) -> None:
        """Tab follows the page from top to bottom, through the input just built."""
        parts = self.input.focus_widgets() if self.input is not None else []
        if not self.certainty.isHidden():
            parts += self.certainty.focus_widgets()
        chain = [self.prompt_label, *parts, self.feedback.label, self.feedback.read_more_button,
                 self.submit_button, self.previous_button, self.next_button, self.finish_button, self.leave_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _show_review(self, review: QuestionReview | None) -> None:
        if review is None:
            self.feedback.clear()
        else:
            assert self.library is not None and self.session is not None
            response = self.session.attempt.response(review.question_id)
            self.feedback.show_review(review, self.library, response.certainty if response is not None else None)

    def _update_progress(self) -> None:
        assert self.session is not None
        attempt = self.session.attempt
        total = len(attempt.question_ids)
        answered = total - len(attempt.unanswered())
        if self.practice:
            text = tr("Question {number} of {total}  ·  Practice  ·  {answered} answered  ·  No time limit")
        else:
            text = tr("Question {number} of {total}  ·  Assessed  ·  {answered} answered  ·  No time limit")
        text = text.format(number=attempt.position + 1, total=total, answered=answered)
        self.progress_label.setText(text)
        self.progress_label.setAccessibleName(text)

    def _update_buttons(self) -> None:
        if self.session is None:
            return
        attempt = self.session.attempt
        self.previous_button.setEnabled(attempt.position > 0)
        self.next_button.setEnabled(attempt.position < len(attempt.question_ids) - 1)
        self.submit_button.setEnabled(self._can_submit())
        scenario = isinstance(self.input, ScenarioInput)
        text = tr("Make this choice") if scenario else tr("Submit answer")
        self.submit_button.setText(text)
        self.submit_button.setAccessibleName(text)
        self.submit_button.setToolTip(tr("Make this choice (Return)") if scenario else tr("Submit answer (Return)"))

    def _set_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setAccessibleName(text)
        self.status_label.setVisible(bool(text))

    # -- state --------------------------------------------------------------------------------------------
    def _question_id(self) -> str:
        assert self.session is not None and self.session.attempt.current_question is not None
        return self.session.attempt.current_question.id

    def _locked(self) -> bool:
        assert self.session is not None
        qid = self._question_id()
        if isinstance(self.input, ScenarioInput):
            return self.input.finished
        return self.practice and self.session.attempt.is_answered(qid)

    def _can_submit(self) -> bool:
        if self.session is None or self.input is None or self._locked():
            return False
        given = self.input.answer()
        if given is None:
            return False
        if isinstance(self.input, ScenarioInput):
            return True
        response = self.session.attempt.response(self._question_id())
        return response is None or response.answer != given

    # -- actions ------------------------------------------------------------------------------------------
    def primary_action(self) -> None:
        """Return: press the focused button, else submit the answer, else move on."""
        focused = QApplication.focusWidget()
        if isinstance(focused, QPushButton) and self.isAncestorOf(focused):
            if focused.isEnabled():
                focused.click()
            return
        if self.session is None:
            return
        if self._can_submit():
            self.submit()
        elif not self.session.attempt.is_answered(self._question_id()):
            problem = self.input.problem() if self.input is not None else ""
            self._set_status(problem or tr("Choose an answer first, then press Return. Next (Alt+N) skips this "
                                           "question."))
        elif self.next_button.isEnabled():
            self.move(1)
        else:
            self._set_status(tr("That was the last question. Choose Finish quiz (Alt+I) to see your results."))
            self.finish_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        if self.session is None or self.input is None or not self._can_submit():
            return
        qid = self._question_id()
        try:
            if isinstance(self.input, ScenarioInput):
                self._choose(qid, self.input)
                return
            asks = self.session.attempt.asks_certainty(qid)
            certainty = self.certainty.certainty() if asks else None
            if asks and certainty is None:
                self._set_status(tr("Say how sure you are of this answer (Alt+1, Alt+2 or Alt+3), then press "
                                    "Return."))
                self.certainty.focus_choice()
                return
            review = self.session.submit(qid, self.input.answer(), certainty)
        except (AnswerError, AttemptError) as exc:
            messages.warn(self, tr("Answer not saved"), tr("That answer could not be saved: {reason}").format(
                reason=exc))
            return
        self._update_progress()
        if self.practice:
            # The focus goes to the feedback first, once: locking the options while one had focus would send the
            # focus from option to option as each is disabled, and a screen reader would read them all.
            self._set_status("")
            self._show_review(review)
            self._reveal_feedback()
            self.input.set_locked(True)
            self.certainty.set_locked(True)
            self._update_buttons()
        elif self.next_button.isEnabled():
            self.move(1, save_pending=False)
            self._set_status(tr("Answer saved."))
        else:
            self._update_buttons()
            self._set_status(tr("Answer saved. That was the last question: choose Finish quiz (Alt+I) when you are "
                                "ready."))
            self.finish_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _choose(self, qid: str, scenario: ScenarioInput) -> None:
        assert self.session is not None
        outcome = self.session.choose(qid, scenario.answer())
        scenario.refresh()
        self._chain_tab_order()
        self._update_progress()
        self._update_buttons()
        if outcome.ending is not None:
            scenario.set_locked(True)
            self._show_review(outcome.review)
            if outcome.review is not None:
                self._reveal_feedback()
                return
            self._set_status(tr("Scenario finished. Your path is saved."))
        scenario.focus_outcome()

    def _reveal_feedback(self) -> None:
        self.feedback.label.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(self.feedback, 0, 0))

    def move(self, step: int, save_pending: bool = True) -> None:
        if self.session is None:
            return
        if save_pending and not self.save_pending():
            return
        attempt = self.session.attempt
        target = attempt.position + step
        if 0 <= target < len(attempt.question_ids):
            self.session.go_to(target)
            self.show_current()

    def save_pending(self) -> bool:
        """Assessed mode: an answer chosen but not submitted is saved on moving away, leaving the section,
        switching profile or closing (practice waits for Submit, because submitting shows the feedback).
        False if it could not be saved (the person has been told)."""
        if self.practice or isinstance(self.input, ScenarioInput) or not self._can_submit():
            return True
        assert self.session is not None and self.input is not None
        try:
            self.session.submit(self._question_id(), self.input.answer())
        except (AnswerError, AttemptError) as exc:
            messages.warn(self, tr("Answer not saved"), tr("That answer could not be saved: {reason}").format(
                reason=exc))
            return False
        self._update_progress()
        self._update_buttons()
        return True

    def finish(self) -> None:
        if self.session is None or not self.save_pending():
            return
        unanswered = len(self.session.attempt.unanswered())
        if unanswered and not messages.confirm(
                self, tr("Finish the quiz?"),
                tr("%n question(s) are not answered yet and will score 0. Finish now?", "", unanswered)):
            return
        result: Result = self.session.finish()
        self.session = None
        self.finished.emit(result)

    def _leave(self) -> None:
        if self.session is not None and self.save_pending():
            self.session.save()
        self.leave_requested.emit()


def _discard(layout: QVBoxLayout, widget: QWidget) -> None:
    """Take a widget out at once (deleteLater alone leaves it on screen and in the Tab order until the event
    loop next runs)."""
    layout.removeWidget(widget)
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()
