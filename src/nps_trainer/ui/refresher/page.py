"""The Refresher page: today's due questions one at a time, with the quiz's own answer inputs and feedback
(ui/quiz), each answer saved to the refresher at once; at the end, how many were reviewed and when the next
are due. As under certainty-based marking, the learner says how sure they are (Alt+1, Alt+2, Alt+3, or the arrow
keys; not for a scenario), which sets the rating: right and very sure comes back later, right and not sure sooner.
Return submits (or moves on once answered); Alt+N next question; Alt+S stops for now."""

from __future__ import annotations

import itertools
import logging
from datetime import date, datetime, tzinfo
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr, tr_noop
from ...i18n.dates import weekday_date
from ...quiz import AnswerError, Attempt, AttemptError, QuestionReview
from ...quiz.rich_text import to_html, to_plain
from ...refresher import DueQuestion, RefresherService, ReviewOutcome
from ...refresher.asking import practice_attempt
from ...refresher.wording import day_text, next_text
from .. import messages
from ..quiz.answer_input import AnswerInput
from ..quiz.feedback_panel import readable_label
from ..quiz.inputs import hint, make_input
from ..quiz.library import QuizLibrary
from ..quiz.question_body import question_body
from ..quiz.scenario_input import ScenarioInput
from ..widgets import heading, note, return_clicks

log = logging.getLogger(__name__)

CERTAINTY_EXPLAINED = tr_noop("How sure you are sets when the question comes back: a right answer you were very "
                              "sure of comes back later, one you were not sure of sooner. Nothing is marked.")


def day_name(when: datetime, today: date, tz: tzinfo | None = None) -> str:
    """'Friday 4 December' (with the year when it is not this year), in the language in use."""
    day = when.astimezone(tz).date()
    return weekday_date(day, year=day.year != today.year)


class RefresherPage(QWidget):
    done = Signal()  # the person is finished here
    read_more = Signal(str, str)  # module id, section anchor
    reviewed = Signal()  # an answer was saved: what is due has changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refresher: RefresherService | None = None
        self.profile_id = 0
        self.library: QuizLibrary | None = None
        self.items: list[DueQuestion] = []
        self.index = 0
        self.outcomes: list[ReviewOutcome] = []
        self.attempt: Attempt | None = None
        self.input: AnswerInput | None = None
        self.answered = False
        self.came_from = ""  # the section the refresher was opened from ("": Learn itself); Back returns there

        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Refresher")))
        self.progress_label = note("")
        self.progress_label.setObjectName("refresherProgress")
        layout.addWidget(self.progress_label)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_question())
        self.pages.addWidget(self._build_summary())
        layout.addWidget(self.pages, 1)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Set after making it: PySide6 ignores the constructor's context= when given a slot.
            shortcut = QShortcut(QKeySequence(key), self, self.primary_action)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _build_question(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        body = question_body("refresher")  # asked as in a quiz
        self.scroll, self.body_layout, self.prompt_label = body.scroll, body.layout, body.prompt
        self.hint_label, self.input_holder, self.certainty = body.hint, body.input_holder, body.certainty
        self.status_label, self.feedback = body.status, body.feedback
        self.prompt_label.setAccessibleName(tr("Question"))
        # as in a quiz under certainty-based marking, but nothing is marked
        self.certainty.setAccessibleDescription(tr(CERTAINTY_EXPLAINED))
        self.certainty.explanation.setText(tr(CERTAINTY_EXPLAINED))
        for level, button in self.certainty.buttons.items():
            button.setAccessibleDescription(f"Alt+{int(level)}")
        self.feedback.label.setAccessibleName(tr("Feedback"))  # named before the first answer, too
        self.feedback.read_more_button.setAccessibleName(tr("Read more"))
        self.feedback.read_more.connect(self.read_more)
        outer.addWidget(self.scroll, 1)

        row = QHBoxLayout()
        self.submit_button = QPushButton(tr("Submit answer"))
        self.submit_button.setAccessibleName(tr("Submit answer"))
        self.submit_button.setAccessibleDescription(tr("Shortcut: Return"))
        self.submit_button.clicked.connect(self.submit)
        self.next_button = QPushButton(tr("&Next question"))
        self.next_button.setAccessibleName(tr("Next question"))
        self.next_button.clicked.connect(self.next_question)
        self.stop_button = QPushButton(tr("&Stop for now"))
        self.stop_button.setAccessibleName(tr("Stop for now"))
        self.stop_button.setAccessibleDescription(tr("Your answers so far are saved; the questions left wait for you"))
        self.stop_button.clicked.connect(self.show_summary)
        return_clicks(self.next_button, self.stop_button)
        row.addWidget(self.submit_button)
        row.addWidget(self.next_button)
        row.addStretch(1)
        row.addWidget(self.stop_button)
        outer.addLayout(row)
        return page

    def _build_summary(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 8, 0, 0)
        self.summary_label = readable_label()
        self.summary_label.setObjectName("refresherSummary")
        self.summary_label.setAccessibleName(tr("What you have done in the refresher"))
        column.addWidget(self.summary_label)
        row = QHBoxLayout()
        self.back_button = QPushButton(tr("&Back"))
        self.back_button.setAccessibleName(tr("Back to where you were"))
        self.back_button.clicked.connect(self.done)
        return_clicks(self.back_button)
        row.addWidget(self.back_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        return page

    # -- starting -----------------------------------------------------------------------------------------
    def start(self, refresher: RefresherService, profile_id: int, library: QuizLibrary, came_from: str = "") -> None:
        """Today's questions for this person, from the first; the summary at once when none are due.
        ``came_from``: the section that opened it (Back returns there), "" for Learn."""
        self.refresher, self.profile_id, self.library = refresher, profile_id, library
        self.came_from = came_from
        self.back_button.setAccessibleDescription(
            tr("Returns to {section}").format(section=self._section_name(came_from)))
        self.items = refresher.todays_refresher(profile_id, library)
        self.index = 0
        self.outcomes = []
        if self.items:
            self._show_question()
        else:
            self.show_summary()

    def _section_name(self, key: str) -> str:
        """The name of the section ``key`` as the window shows it ('Learn' for "")."""
        if not key:
            return tr("Learn")
        page = getattr(self.window(), "pages", {}).get(key)  # the section that opened it is built already
        title = getattr(page, "title", "")
        return tr(title) if title else key.title()

    @property
    def item(self) -> DueQuestion | None:
        return self.items[self.index] if 0 <= self.index < len(self.items) else None

    def _show_question(self) -> None:
        item = self.item
        assert item is not None
        self.attempt = practice_attempt(item)
        question = self.attempt.questions[0]
        self.answered = False
        self.pages.setCurrentIndex(0)
        due_day, today = item.due.astimezone(self._tz()).date(), self._today()
        if due_day == today:
            text = tr("Question {number} of {total}  ·  from the quiz “{quiz}”  ·  due today")
        elif (due_day - today).days == 1:
            text = tr("Question {number} of {total}  ·  from the quiz “{quiz}”  ·  due tomorrow")
        else:
            #: {day}: a day's name and date, such as 'Friday 4 December'
            text = tr("Question {number} of {total}  ·  from the quiz “{quiz}”  ·  due since {day}")
        text = text.format(number=self.index + 1, total=len(self.items), quiz=item.quiz.title,
                           day=day_name(item.due, today, self._tz()))
        self.progress_label.setText(text)
        self.progress_label.setAccessibleName(text)
        self.prompt_label.setText(to_html(question.prompt, question.text_format))
        spoken = " ".join(to_plain(question.prompt, question.text_format).split())
        self.prompt_label.setAccessibleName(tr("Question {number}: {question}").format(number=self.index + 1,
                                                                                        question=spoken))
        self.hint_label.setText(hint(question))
        self.hint_label.setAccessibleName(self.hint_label.text())
        if self.input is not None:
            self.input_holder.removeWidget(self.input)
            self.input.hide()
            self.input.setParent(None)
            self.input.deleteLater()
        self.input = make_input(self.attempt, question)
        self.input.changed.connect(self._update_buttons)
        self.prompt_label.setBuddy(self.input)  # the question labels its options ('labelled by') and names them
        self.input.setAccessibleDescription(self.input.accessibleName())
        self.input.setAccessibleName(self.prompt_label.accessibleName())
        self.input_holder.addWidget(self.input)
        self.input.show()
        self.certainty.set_certainty(None)
        self.certainty.setVisible(self.attempt.asks_certainty(question.id))
        self.certainty.set_locked(False)
        self.feedback.clear()
        self._set_status("")
        last = self.index == len(self.items) - 1
        self.next_button.setText(tr("&Finish") if last else tr("&Next question"))
        self.next_button.setAccessibleName(tr("Finish the refresher") if last else tr("Next question"))
        self._chain_tab_order()
        self._update_buttons()
        self.scroll.verticalScrollBar().setValue(0)
        self.input.focus_first()

    def _chain_tab_order(self) -> None:
        parts = self.input.focus_widgets() if self.input is not None else []
        if not self.certainty.isHidden():
            parts += self.certainty.focus_widgets()
        chain = [self.prompt_label, *parts, self.feedback.label, self.feedback.read_more_button,
                 self.submit_button, self.next_button, self.stop_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _update_buttons(self) -> None:
        scenario = isinstance(self.input, ScenarioInput)
        text = tr("Make this choice") if scenario else tr("Submit answer")
        self.submit_button.setText(text)
        self.submit_button.setAccessibleName(text)
        self.submit_button.setToolTip(tr("Make this choice (Return)") if scenario else tr("Submit answer (Return)"))
        self.submit_button.setEnabled(self._can_submit())
        self.next_button.setEnabled(self.answered)

    def _can_submit(self) -> bool:
        return not self.answered and self.input is not None and self.input.answer() is not None

    def _set_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setAccessibleName(text)
        self.status_label.setVisible(bool(text))

    # -- answering ----------------------------------------------------------------------------------------
    def primary_action(self) -> None:
        """Return: press the focused button, else submit, else move on."""
        focused = QApplication.focusWidget()
        if isinstance(focused, QPushButton) and self.isAncestorOf(focused):
            if focused.isEnabled():
                focused.click()
            return
        if self.pages.currentIndex() != 0:
            return
        if self._can_submit():
            self.submit()
        elif self.answered:
            self.next_question()
        else:
            self._set_status(tr("Choose an answer first, then press Return. Stop for now is Alt+S."))

    def submit(self) -> None:
        if self.attempt is None or self.input is None or not self._can_submit():
            return
        question_id = self.attempt.questions[0].id
        try:
            if isinstance(self.input, ScenarioInput):
                outcome = self.attempt.choose(question_id, self.input.answer())
                self.input.refresh()
                self._chain_tab_order()
                if outcome.ending is None:
                    self._update_buttons()
                    self.input.focus_outcome()
                    return
                review = outcome.review
            else:
                asks = self.attempt.asks_certainty(question_id)
                certainty = self.certainty.certainty() if asks else None
                if asks and certainty is None:
                    self._set_status(tr("Say how sure you are of this answer (Alt+1, Alt+2 or Alt+3), then press "
                                        "Return."))
                    self.certainty.focus_choice()
                    return
                review = self.attempt.answer(question_id, self.input.answer(), certainty=certainty)
        except (AnswerError, AttemptError) as exc:
            messages.warn(self, tr("Answer not checked"), tr("That answer could not be checked: {reason}").format(
                reason=exc))
            return
        self._record(question_id, review)

    def _record(self, question_id: str, review: QuestionReview | None) -> None:
        assert self.refresher is not None and self.attempt is not None and self.item is not None
        assert self.library is not None and self.input is not None
        response = self.attempt.response(question_id)
        assert response is not None
        question = self.item.question  # saved under its id now, taking over any card left under an old id
        try:
            outcome = self.refresher.record_review(self.profile_id, self.item.quiz.id, question.id, response.score,
                                                   response.certainty, previous_ids=question.previous_ids,
                                                   answer=response.answer, question=question,
                                                   quiz_title=self.item.quiz.title)
        except Exception:  # the answer is checked and shown all the same; the page must not be stuck
            log.exception("Could not save a refresher answer to %s/%s", self.item.quiz.id, question.id)
            outcome = None
        if outcome is not None:
            self.outcomes.append(outcome)
        self.answered = True
        if review is not None:
            self.feedback.show_review(review, self.library)
            # Focus on the feedback before the options are locked: one move, read once (see the quiz page).
            self.feedback.label.setFocus(Qt.FocusReason.OtherFocusReason)
        self.input.set_locked(True)
        self.certainty.set_locked(True)
        if outcome is None:
            self._set_status(tr("This answer could not be saved, so the question stays due. Go on to the next "
                                "one (Alt+N), or try again later."))
        else:
            back = day_text(outcome.due, self._today(), self._tz())
            #: {when}: 'today', 'tomorrow' or 'on Tuesday 8 December'
            self._set_status(tr("Saved. This question comes back {when}.").format(when=back))
        self._update_buttons()
        self.reviewed.emit()
        self.feedback.label.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(self.feedback, 0, 0))

    def next_question(self) -> None:
        if not self.answered:
            return
        self.index += 1
        if self.index < len(self.items):
            self._show_question()
        else:
            self.show_summary()

    # -- the end ------------------------------------------------------------------------------------------
    def show_summary(self) -> None:
        """How many were reviewed and when the next are due (or, when none were due, that nothing is)."""
        assert self.refresher is not None and self.library is not None
        status = self.refresher.status(self.profile_id, self.library)
        today, tz = self._today(), self._tz()
        count = len(self.outcomes)
        if count:
            right = sum(1 for outcome in self.outcomes if outcome.correct)
            lines = [tr("You reviewed %n question(s) and got {right} right.", "", count).format(right=right)]
        elif self.items:
            lines = [tr("You stopped before answering a question: nothing was saved.")]
        else:
            lines = [] if status.due else [tr("Nothing is due in your refresher today.")]
        if status.left_today:
            lines.append(tr("%n question(s) are still due today: open the refresher again to answer them.", "",
                            status.left_today))
        elif status.due:
            #: {more}: '2 more are due and will be asked from tomorrow.' (translated on its own)
            lines.append(tr("You have answered today's %n question(s); {more}", "", status.reviewed_today).format(
                more=tr("%n more are due and will be asked from tomorrow.", "after a semicolon, so lower case",
                        status.due)))
        lines.append(next_text(status, today, tz))
        text = " ".join(lines)
        self.summary_label.setText("".join(f"<p>{escape(line)}</p>" for line in lines))
        self.summary_label.setAccessibleName(text)
        self.progress_label.setText(tr("Finished for now") if count else "")
        self.progress_label.setAccessibleName(self.progress_label.text())
        self.pages.setCurrentIndex(1)
        self.items, self.index, self.attempt = [], 0, None
        self.summary_label.setFocus(Qt.FocusReason.OtherFocusReason)

    def _today(self) -> date:
        assert self.refresher is not None
        return self.refresher.today()

    def _tz(self) -> tzinfo | None:
        assert self.refresher is not None
        return self.refresher.tz
