"""Practice feedback under the question: right or not, the certainty-based mark (when the attempt uses it),
option feedback, the explanation and 'Read more'."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from ...i18n import tr
from ...quiz import QuestionReview
from ...quiz.certainty import mark_sentence
from .. import colours
from .library import QuizLibrary
from .review_html import plain_summary, review_html


def readable_label(label: QLabel | None = None) -> QLabel:
    """A rich-text label that keyboard users can reach with Tab and screen readers announce (``label`` if
    given, for a label of a special kind, else a plain one)."""
    label = label if label is not None else QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return label


class FeedbackPanel(QFrame):
    read_more = Signal(str, str)  # module id, section anchor

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        self.label = readable_label()
        self.label.setObjectName("feedbackText")
        layout.addWidget(self.label)
        self.read_more_button = QPushButton()
        self.read_more_button.setObjectName("readMore")
        self.read_more_button.setFlat(True)
        self.read_more_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.read_more_button.clicked.connect(self._read_more)
        layout.addWidget(self.read_more_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.review: QuestionReview | None = None
        self._shown: tuple[QuestionReview, QuizLibrary, int | None] | None = None
        self._apply_colours()
        colours.when_palette_changes(self._palette_changed)
        self.hide()

    def _apply_colours(self) -> None:
        """Colours from the current palette: a soft tint of the window colour, its own text, a link-coloured
        'Read more' (underlined, so not told by colour alone)."""
        self.setStyleSheet(colours.notice_style("#feedbackPanel", "info"))
        background, text = colours.window_colours()
        self._background = colours.tint("info", background, text)
        link = colours.accent("info", self._background, text).name()
        self.read_more_button.setStyleSheet(f"QPushButton {{ color: {link}; text-decoration: underline; "
                                            "text-align: left; padding: 2px; border: none; "
                                            "background: transparent; }"
                                            f"QPushButton:focus {{ outline: 2px solid {link}; }}")

    def _palette_changed(self, *_args: object) -> None:
        self._apply_colours()
        if self._shown is not None:
            self.show_review(*self._shown)

    def show_review(self, review: QuestionReview, library: QuizLibrary, certainty: int | None = None) -> None:
        """``certainty``: how sure the learner said they were, under certainty-based marking, else None."""
        self.review = review
        self._shown = (review, library, certainty)
        html, spoken = review_html(review, library, background=self._background), plain_summary(review)
        if certainty is not None:
            html = f"<p><b>{escape(mark_sentence(review.score, certainty))}</b></p>{html}"
            spoken = f"{mark_sentence(review.score, certainty, spoken=True)} {spoken}"
        self.label.setText(html)
        self.label.setAccessibleName(tr("Feedback"))
        self.label.setAccessibleDescription(spoken)
        if review.source is not None:
            text = tr("Read more: {where}").format(where=library.source_text(review.source))
            self.read_more_button.setText(text)
            self.read_more_button.setAccessibleName(text)
            self.read_more_button.setAccessibleDescription(tr("Opens this section in Learn"))
        self.read_more_button.setVisible(review.source is not None)
        self.show()

    def clear(self) -> None:
        self.review = None
        self._shown = None
        self.label.clear()
        self.hide()

    def _read_more(self) -> None:
        if self.review is not None and self.review.source is not None:
            self.read_more.emit(self.review.source.module, self.review.source.section)
