"""Feedback on one answer: what was given, what was right, the option feedback and the explanation."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..i18n import tr, tr_noop
from .model import (
    Anchor,
    AnyQuestion,
    Matching,
    MultipleResponse,
    Numerical,
    Ordering,
    Rating,
    Scenario,
    ShortAnswer,
    SingleChoice,
    TextFormat,
    TrueFalse,
)
from .normalise import normalise_answer
from .numbers import format_number
from .scenario import next_target, recap
from .scoring import Answer, is_empty

NO_ANSWER = tr_noop("(no answer)")  # shown through tr()


@dataclass(frozen=True)
class QuestionReview:
    """Everything the learner is shown about one answered (or unanswered) question."""

    question_id: str
    prompt: str
    answer: Answer  # the JSON answer as given; None if unanswered
    score: float
    your_answer: str  # the answer in words
    right_answer: str
    comments: list[str] = field(default_factory=list)  # feedback on the options chosen (and missed)
    explanation: str = ""
    source: Anchor | None = None
    recap: list[str] = field(default_factory=list)  # scenarios: the path taken, with rationales
    text_format: TextFormat = TextFormat.PLAIN  # of prompt, comments and explanation (Markdown or plain)

    @property
    def correct(self) -> bool:
        return self.score >= 1.0

    @property
    def answered(self) -> bool:
        return not is_empty(self.answer)


def review(question: AnyQuestion, answer: Answer, score: float) -> QuestionReview:
    empty = is_empty(answer)
    return QuestionReview(
        question_id=question.id,
        prompt=question.prompt,
        answer=answer,
        score=score,
        your_answer=tr(NO_ANSWER) if empty else describe_answer(question, answer),
        right_answer=describe_right_answer(question),
        comments=[] if empty else _comments(question, answer),
        explanation=question.explanation,
        source=question.source,
        recap=recap(question, answer) if isinstance(question, Scenario) and not empty else [],
        text_format=question.text_format,
    )


def _texts(question: SingleChoice | MultipleResponse, ids: list[str]) -> list[str]:
    return [o.text for o in question.options if o.id in ids]


def _numbered(texts: list[str]) -> str:
    return "\n".join(f"{i}. {t}" for i, t in enumerate(texts, 1))


def describe_answer(question: AnyQuestion, answer: Answer) -> str:
    """The learner's answer in words."""
    if isinstance(question, SingleChoice):
        return next(iter(_texts(question, [answer])), tr(NO_ANSWER))
    if isinstance(question, MultipleResponse):
        return "; ".join(_texts(question, answer)) or tr(NO_ANSWER)
    if isinstance(question, TrueFalse):
        return tr("True") if answer else tr("False")
    if isinstance(question, Ordering):
        texts = {i.id: i.text for i in question.items}
        return _numbered([texts.get(a, tr("(unknown item {item})").format(item=a)) for a in answer])
    if isinstance(question, Matching):
        return "\n".join(f"{p.prompt} → {answer.get(p.id, tr(NO_ANSWER))}" for p in question.pairs)
    if isinstance(question, ShortAnswer):
        return str(answer).strip()
    if isinstance(question, Numerical):
        return format_number(answer)
    if isinstance(question, Scenario):
        texts = {c.id: c.text for n in question.nodes for c in n.choices}
        return " → ".join(texts.get(a, a) for a in answer)
    return str(answer)  # pragma: no cover


def describe_right_answer(question: AnyQuestion) -> str:
    if isinstance(question, SingleChoice):
        return "; ".join(o.text for o in question.options if o.correct)
    if isinstance(question, MultipleResponse):
        return "; ".join(o.text for o in question.options if o.correct)
    if isinstance(question, TrueFalse):
        return tr("True") if question.answer else tr("False")
    if isinstance(question, Ordering):
        return _numbered([i.text for i in question.items])
    if isinstance(question, Matching):
        return "\n".join(f"{p.prompt} → {p.answer}" for p in question.pairs)
    if isinstance(question, ShortAnswer):
        full = [a.text for a in question.accept if a.credit >= 1.0]
        return full[0] + (" " + tr("(also accepted: {answers})").format(answers=", ".join(full[1:]))
                          if len(full) > 1 else "")
    if isinstance(question, Numerical):
        full = [describe_range(a.value, a.tolerance) for a in question.accept if a.credit >= 1.0]
        return tr("; or ", "between two accepted numbers").join(full)
    if isinstance(question, Scenario):
        return " → ".join(_best_path(question))
    return ""  # pragma: no cover


def describe_range(value: float, tolerance: float) -> str:
    """'3.5', or 'any number from 3.4 to 3.6 (3.5 ± 0.1)' when a margin is allowed."""
    if tolerance <= 0:
        return format_number(value)
    low, high = format_number(value - tolerance), format_number(value + tolerance)
    return tr("any number from {low} to {high} ({value} ± {tolerance})").format(
        low=low, high=high, value=format_number(value), tolerance=format_number(tolerance))


def _best_path(question: Scenario) -> list[str]:
    """Follow the best-rated choice at each node (acceptable if there is no best) to an ending."""
    node = question.node(question.start)
    made: set[str] = set()
    texts: list[str] = []
    for _ in range(len(question.nodes) + 1):
        if node is None or not node.choices:
            break
        choice = next((c for c in node.choices if c.rating is Rating.BEST), None) or next(
            (c for c in node.choices if c.rating is Rating.ACCEPTABLE), node.choices[0]
        )
        made.add(choice.id)
        texts.append(choice.text)
        target = next_target(choice, made)
        ending = question.ending(target)
        if ending is not None:
            texts.append(tr("Ending: {title}").format(title=ending.title))
            break
        node = question.node(target)
    return texts


def _comments(question: AnyQuestion, answer: Answer) -> list[str]:
    if isinstance(question, SingleChoice):
        return [o.feedback for o in question.options if o.id == answer and o.feedback]
    if isinstance(question, MultipleResponse):
        shown = [o for o in question.options if (o.id in answer or o.correct) and o.feedback]
        return [o.feedback for o in shown]
    if isinstance(question, TrueFalse):
        text = question.feedback_true if answer else question.feedback_false
        return [text] if text else []
    if isinstance(question, Ordering):
        right = sum(1 for i, item in enumerate(question.items) if i < len(answer) and answer[i] == item.id)
        return [tr("{right} of {total} in the right position.").format(right=right, total=len(question.items))]
    if isinstance(question, Matching):
        return [p.feedback for p in question.pairs if answer.get(p.id) != p.answer and p.feedback]
    if isinstance(question, ShortAnswer):
        given = normalise_answer(answer)
        return [a.feedback for a in question.accept if normalise_answer(a.text) == given and a.feedback]
    if isinstance(question, Numerical):
        match = question.matching_answer(float(answer))
        text = match.feedback if match is not None else question.wrong_feedback
        return [text] if text else []
    return []
