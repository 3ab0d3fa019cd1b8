"""Quizzes: what is assigned to you, the quiz list, taking a quiz (practice or assessed), results with a review,
and history.

Every answer is saved at once (in assessed mode, a chosen answer is saved too when the person moves on, leaves
the section, switches profile or closes), so leaving, closing or a crash loses nothing; opening a quiz with an
unfinished attempt offers to resume it."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from ...i18n import tr, tr_noop
from ...quiz import Quiz, QuizMode, Result
from ...quiz.model import Anchor
from ...quiz_records import Unfinished
from .. import messages
from ..assigned_panel import load_assigned, quiz_cache
from ..quiz.library import QuizLibrary
from ..quiz.list_page import QuizListPage
from ..quiz.question_page import QuestionPage
from ..quiz.results_page import ResultsPage
from ..quiz.session import QuizSession
from ..quiz.start_page import QuizStartPage
from ..quiz.text import when
from .base import SectionPage


class QuizzesSection(SectionPage):
    title = tr_noop("Quizzes")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.records = self.services.quiz_records
        self._cache = quiz_cache()  # shared with Learn's "Assigned to you"
        self.today: date | None = None  # None: the real date (tests fix it)
        self.library: QuizLibrary | None = None
        self.quiz: Quiz | None = None

        self.stack = QStackedWidget()
        self.list_page = QuizListPage()
        self.start_page = QuizStartPage()
        self.question_page = QuestionPage()
        self.results_page = ResultsPage()
        for page in (self.list_page, self.start_page, self.question_page, self.results_page):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.list_page.open_requested.connect(self.open_quiz)
        self.list_page.assigned_open_requested.connect(self.open_assigned)
        self.start_page.start_requested.connect(self.start_attempt)
        self.start_page.back_requested.connect(self.show_list)
        self.question_page.finished.connect(self._finished)
        self.question_page.leave_requested.connect(self._left)
        self.question_page.read_more.connect(self.read_more)
        self.results_page.retake_requested.connect(self._retake)
        self.results_page.back_requested.connect(lambda: self._show_start())
        self.results_page.list_requested.connect(self.show_list)
        self.results_page.read_more.connect(self.read_more)

    # -- SectionPage --------------------------------------------------------------------------------------
    def activate(self) -> None:
        self.library = self._cache.load(self.services.config.content_dir)
        current = self.stack.currentWidget()
        if current is self.list_page:
            self._refresh_list()
        elif current is self.start_page and self.quiz is not None:
            self._show_start()

    def shutdown(self) -> None:
        self.save_session()

    def hideEvent(self, event: QHideEvent) -> None:
        # Another section chosen, or the profile gate shown: keep an answer chosen but not yet submitted.
        if not event.spontaneous():
            self.save_session()
        super().hideEvent(event)

    def save_session(self) -> None:
        """Keep the attempt being taken as it stands, with an answer chosen but not yet submitted."""
        if self.question_page.session is not None:
            self.question_page.save_pending()
            self.question_page.session.save()

    # -- the list -----------------------------------------------------------------------------------------
    def _refresh_list(self) -> None:
        if self.library is not None:
            today = self.today or date.today()
            self.list_page.show_assigned(load_assigned(self.services, self.profile, today), today)
            self.list_page.show_quizzes(self.library, self.records.summaries(self.profile.id))

    def open_assigned(self, item_type: str, item_id: str) -> None:
        """Open an item from "Assigned to you": a quiz here, a module in Learn."""
        if item_type == "quiz":
            self.open_quiz(item_id)
        else:
            self.read_more(item_id, "")

    def show_list(self) -> None:
        self._refresh_list()
        self.list_page.select_quiz(self.quiz.id if self.quiz else None)
        self.stack.setCurrentWidget(self.list_page)
        self.list_page.focus_list()

    # -- opening a quiz -----------------------------------------------------------------------------------
    def open_quiz(self, quiz_id: str) -> None:
        if self.library is None:
            self.library = self._cache.load(self.services.config.content_dir)
        quiz = self.library.get(quiz_id)
        if quiz is None:
            messages.warn(self, tr("Quiz not available"),
                          tr("The quiz “{quiz}” is not installed or has problems.").format(quiz=quiz_id))
            return
        self.quiz = quiz
        unfinished = self.records.unfinished(self.profile.id, quiz)
        if unfinished is not None and self._resume_or_set_aside(quiz, unfinished):
            return
        self._show_start()

    def _resume_or_set_aside(self, quiz: Quiz, unfinished: Unfinished) -> bool:
        """True if the unfinished attempt was resumed; otherwise it is set aside for a fresh start."""
        if unfinished.attempt is None:
            #: {problem}: why the unfinished attempt cannot be resumed
            messages.inform(self, tr("Quiz changed"), tr("{problem}\n\nYour earlier answers stay in your history. "
                                                         "You can start a fresh attempt now.").format(
                problem=unfinished.problem))
            self.records.abandon(unfinished.attempt_id)
            return False
        if unfinished.quiz_changed:
            text = tr("You have an unfinished attempt at this quiz, started {started}, with {answered} of {total} "
                      "questions answered. The quiz has been updated since you started; your answers are kept.\n\n"
                      "Resume it where you left off? Choose No to start again.")
        else:
            text = tr("You have an unfinished attempt at this quiz, started {started}, with {answered} of {total} "
                      "questions answered.\n\nResume it where you left off? Choose No to start again.")
        text = text.format(started=when(unfinished.started_at), answered=unfinished.answered, total=unfinished.total)
        if messages.confirm(self, tr("Resume quiz?"), text):
            self._take(QuizSession(self.records, unfinished.attempt_id, unfinished.attempt))
            return True
        self.records.abandon(unfinished.attempt_id)
        return False

    def _show_start(self, mode: QuizMode | None = None) -> None:
        if self.quiz is None or self.library is None:
            return
        history = self.records.history(self.profile.id, self.quiz.id)
        self.start_page.show_quiz(self.quiz, self.library, history, mode)
        self.stack.setCurrentWidget(self.start_page)
        self.start_page.focus_start()

    # -- taking it ----------------------------------------------------------------------------------------
    def start_attempt(self, mode: str, cbm: bool | None = None) -> None:
        """A new attempt; ``cbm`` (certainty-based marking, practice only) as chosen on the start page unless
        given."""
        if self.quiz is None:
            return
        if cbm is None:
            cbm = self.start_page.cbm_chosen()
        cbm = cbm and QuizMode(mode) is QuizMode.PRACTICE
        attempt_id, attempt = self.records.start(self.profile.id, self.quiz, mode, cbm=cbm)
        self._take(QuizSession(self.records, attempt_id, attempt))

    def _retake(self, mode: str) -> None:
        """Retake in the same mode, with certainty-based marking as the attempt just finished had it."""
        result = self.results_page.result
        self.start_attempt(mode, cbm=result is not None and result.cbm is not None)

    def _take(self, session: QuizSession) -> None:
        assert self.library is not None
        self.stack.setCurrentWidget(self.question_page)
        self.question_page.start(session, self.library)

    def _finished(self, result: Result) -> None:
        assert self.quiz is not None and self.library is not None
        self.results_page.show_result(result, self.quiz.title, self.library)
        self.stack.setCurrentWidget(self.results_page)
        self.results_page.focus_score()

    def _left(self) -> None:
        self.show_list()
        self.list_page.show_status(tr("Your answers are saved. Open the quiz again to carry on."))

    # -- reading more -------------------------------------------------------------------------------------
    def read_more(self, module_id: str, anchor: str) -> None:
        """Open the module section in Learn when the window has it; otherwise say where to find it."""
        window = self.window()
        learn = getattr(window, "pages", {}).get("learn")
        if learn is not None and hasattr(learn, "open_module") and hasattr(window, "show_section"):
            self.save_session()
            window.show_section("learn")
            learn.open_module(module_id, anchor)
            return
        where = self.library.source_text(Anchor(module_id, anchor)) if self.library else f"{module_id}#{anchor}"
        messages.inform(self, tr("Read more"), tr("Read more in Learn: {where}.").format(where=where))

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()
