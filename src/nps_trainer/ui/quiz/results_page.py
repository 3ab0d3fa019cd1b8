"""The end of an attempt: the score against the pass mark, under certainty-based marking the accuracy, the
CBM average and how well judged the learner's certainty was, a review of every question (your answer, the
right answer, the feedback, where to read more) and Retake."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...i18n import tr
from ...quiz import QuizMode, Result
from ...quiz.certainty import mark_sentence
from .. import colours
from ..learn.structured_view import StructuredView
from ..widgets import heading, note, return_clicks
from .feedback_panel import readable_label
from .library import QuizLibrary
from .review_html import BAD, GOOD, READ_MORE_SCHEME, review_html
from .text import mode_text, percent


class ResultsPage(QWidget):
    retake_requested = Signal(str)  # mode
    back_requested = Signal()  # to the quiz's start page and history
    list_requested = Signal()
    read_more = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: Result | None = None
        self._shown: tuple[Result, str, QuizLibrary] | None = None
        colours.when_palette_changes(self._palette_changed)
        layout = QVBoxLayout(self)
        self.title_label = heading("", level=2)
        layout.addWidget(self.title_label)
        self.score_label = heading("")
        self.score_label.setObjectName("resultScore")
        self.score_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.score_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout.addWidget(self.score_label)
        self.detail_label = note("")
        layout.addWidget(self.detail_label)
        self.cbm_label = readable_label()  # certainty-based marking: shown only when the attempt used it
        self.cbm_label.setObjectName("resultCertainty")
        self.cbm_label.setAccessibleName(tr("How sure you were"))
        self.cbm_label.hide()
        layout.addWidget(self.cbm_label)

        buttons = QHBoxLayout()
        self.retake_button = QPushButton(tr("&Retake"))
        self.retake_button.setAccessibleDescription(tr("Starts a new attempt in the same mode"))
        self.history_button = QPushButton(tr("Your a&ttempts"))
        self.list_button = QPushButton(tr("&Back to quizzes"))
        self.retake_button.clicked.connect(lambda: self.retake_requested.emit(self.result.mode.value))
        self.history_button.clicked.connect(self.back_requested)
        self.list_button.clicked.connect(self.list_requested)
        return_clicks(self.retake_button, self.history_button, self.list_button)
        for button in (self.retake_button, self.history_button, self.list_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        layout.addWidget(heading(tr("Review of your answers"), level=2))
        # Native widgets, so a screen reader gets each question's heading, the lists and the links (issue 13).
        self.review = StructuredView(follow_links=False)
        self.review.setObjectName("resultReview")
        self.review.setAccessibleName(tr("Review of your answers"))
        self.review.setAccessibleDescription(tr("Tab moves between the 'Read more' links; Enter opens one in Learn"))
        self.review.anchorClicked.connect(self._link)
        layout.addWidget(self.review, 1)

    def _palette_changed(self, *_args: object) -> None:
        """Under a new system palette, draw the result again in colours that read on it."""
        if self._shown is not None:
            self.show_result(*self._shown)

    def show_result(self, result: Result, title: str, library: QuizLibrary) -> None:
        self.result = result
        self._shown = (result, title, library)
        self.title_label.setText(tr("Results: {quiz}").format(quiz=title))
        self.title_label.setAccessibleName(self.title_label.text())
        colour = GOOD if result.passed else BAD
        score, pass_mark = percent(result.percent), percent(result.pass_mark)
        answered = tr("{answered} of {total} questions answered").format(answered=result.answered,
                                                                         total=len(result.reviews))
        if result.mode is QuizMode.PRACTICE:  # the pass mark belongs to assessed mode: practice never passes
            text = tr("You scored {score} in practice").format(score=score)
            self.score_label.setAccessibleName(tr("You scored {score} in practice. Only an assessed attempt can "
                                                  "pass; the pass mark is {pass_mark}.").format(score=score,
                                                                                                pass_mark=pass_mark))
            detail = tr("Pass mark {pass_mark} (assessed attempts only)  ·  Practice mode  ·  {answered}").format(
                pass_mark=pass_mark, answered=answered)
        else:
            if result.passed:
                text = tr("You scored {score}: passed").format(score=score)
                spoken = tr("You scored {score}: passed. The pass mark is {pass_mark}.")
            else:
                text = tr("You scored {score}: not yet passed").format(score=score)
                spoken = tr("You scored {score}: not yet passed. The pass mark is {pass_mark}.")
            self.score_label.setAccessibleName(spoken.format(score=score, pass_mark=pass_mark))
            detail = tr("Pass mark {pass_mark}  ·  {mode} mode  ·  {answered}").format(
                pass_mark=pass_mark, mode=mode_text(result.mode), answered=answered)
        self.score_label.setText(text)
        self.score_label.setStyleSheet(f"QLabel {{ {colours.accent_style(colour)} }}")
        self.detail_label.setText(detail)
        self.detail_label.setAccessibleName(detail)
        self._show_cbm(result)
        blocks = [review_html(r, library, heading=tr("Question {number}").format(number=n), link=True)
                  + self._mark_html(result, r.question_id)
                  for n, r in enumerate(result.reviews, 1)]
        self.review.setHtml("<hr>".join(blocks))
        self.review.verticalScrollBar().setValue(0)

    def _show_cbm(self, result: Result) -> None:
        lines = result.cbm.lines() if result.cbm is not None else []
        if result.cbm is not None and result.cbm.questions < len(result.reviews):
            lines.append(tr("Scenarios are not marked for certainty, so these figures leave them out."))
        title = tr("Certainty-based marking")
        heading_html = f"<p><b>{escape(title)}</b></p>"
        self.cbm_label.setText(heading_html + "".join(f"<p>{escape(line)}</p>" for line in lines))
        self.cbm_label.setAccessibleDescription(" ".join(lines))
        self.cbm_label.setVisible(bool(lines))

    @staticmethod
    def _mark_html(result: Result, question_id: str) -> str:
        marked = result.cbm.mark_for(question_id) if result.cbm is not None else None
        if marked is None or not marked.answered:
            return ""
        return f"<p><b>{escape(mark_sentence(marked.score, marked.certainty))}</b></p>"

    def focus_score(self) -> None:
        self.score_label.setFocus(Qt.FocusReason.OtherFocusReason)

    def _link(self, url: QUrl) -> None:
        if url.scheme() == READ_MORE_SCHEME:
            self.read_more.emit(url.path(), url.fragment())
