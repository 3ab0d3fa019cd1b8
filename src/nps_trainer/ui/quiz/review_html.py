"""A question's feedback as simple HTML for labels and the results review: verdict, answers, comments,
explanation, scenario recap and where to read more."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QColor

from ...i18n import tr
from ...quiz import QuestionReview
from ...quiz.model import TextFormat
from ...quiz.rich_text import to_html, to_inline_html, to_plain
from .. import colours
from .library import QuizLibrary

READ_MORE_SCHEME = "learn"
GOOD, PART, BAD = "good", "part", "bad"  # accents from ui.colours, shaded for the background they are drawn on


def verdict(review: QuestionReview) -> tuple[str, str]:
    """The verdict in words (never colour alone) and its accent kind."""
    if not review.answered:
        return tr("Not answered"), BAD
    if review.correct:
        return "✓ " + tr("Correct", "a quiz answer"), GOOD
    if review.score > 0:
        #: {percent}: how much of the answer was right, such as 50%
        return "◐ " + tr("Partly right ({percent})").format(percent=f"{review.score:.0%}"), PART
    return "✗ " + tr("Not right"), BAD


def _lines(text: str) -> str:
    return "<br>".join(escape(line) for line in text.splitlines())


def read_more_url(review: QuestionReview) -> str:
    source = review.source
    return f"{READ_MORE_SCHEME}:{source.module}#{source.section}" if source else ""


def review_html(review: QuestionReview, library: QuizLibrary, *, heading: str = "", link: bool = False,
                background: QColor | None = None) -> str:
    """``link`` makes 'Read more' a link (for the results browser); otherwise it is left to a button.
    ``background``: what the HTML is drawn on (default: the palette's Base), for the verdict's colour."""
    if background is None:
        background, text = colours.base_colours()
    else:
        text = colours.window_colours()[1]
    word, kind = verdict(review)
    colour = colours.accent(kind, background, text).name()
    fmt = review.text_format
    parts = []
    if heading:
        prompt = to_html(review.prompt, fmt) if fmt is TextFormat.MARKDOWN else f"<p>{_lines(review.prompt)}</p>"
        parts.append(f"<h3>{escape(heading)}</h3>{prompt}")
    parts.append(f"<p style='color:{colour}'><b>{escape(word)}</b></p>")
    label = escape(tr("Your answer:"))
    parts.append(f"<p><b>{label}</b><br>{_lines(review.your_answer)}</p>")
    if not review.correct:
        label = escape(tr("The right answer:"))
        parts.append(f"<p><b>{label}</b><br>{_lines(review.right_answer)}</p>")
    if review.comments:
        items = "".join(f"<li>{to_inline_html(c, fmt)}</li>" for c in review.comments)
        label = escape(tr("Feedback:"))
        parts.append(f"<p><b>{label}</b></p><ul style='margin-top:0'>{items}</ul>")
    if review.recap:
        items = "".join(f"<li>{escape(line)}</li>" for line in review.recap)
        label = escape(tr("Your path through the scenario:"))
        parts.append(f"<p><b>{label}</b></p><ol style='margin-top:0'>{items}</ol>")
    if review.explanation:
        label = escape(tr("Why:"))
        parts.append(f"<p><b>{label}</b> {to_inline_html(review.explanation, fmt)}</p>")
    if link and review.source is not None:
        text = escape(library.source_text(review.source))
        #: {link}: the section and module to read, as a link
        parts.append("<p>" + tr("Read more: {link}").format(
            link=f"<a href='{escape(read_more_url(review))}'>{text}</a>") + "</p>")
    return "".join(parts)


def plain_summary(review: QuestionReview) -> str:
    """The feedback as one plain sentence for screen readers."""
    word, _ = verdict(review)
    text = tr("{verdict}. Your answer: {answer}.").format(verdict=word.lstrip("✓✗◐ "), answer=review.your_answer)
    if not review.correct:
        text += " " + tr("The right answer: {answer}.").format(answer=review.right_answer)
    fmt = review.text_format
    said = [to_plain(t, fmt) for t in (*review.comments, review.explanation)]
    return " ".join([text, *said]).replace("\n", "; ")
