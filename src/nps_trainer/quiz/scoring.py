"""Score one answer to one question, from 0 (nothing right) to 1 (fully right).

Answers are plain JSON values (see ``docs/quiz-format.md``):

==================  ===========================================  =====================
type                answer                                        empty (scores 0)
==================  ===========================================  =====================
single-choice       option id                                     ``None`` or ``""``
multiple-response   list of ticked option ids                     ``[]``
true-false          ``true`` or ``false``                         ``None``
ordering            list of item ids, first to last               ``[]``
matching            ``{pair id: chosen right-hand text}``         ``{}``
short-answer        the typed text                                blank text
numerical           the number typed (int or float)               ``None``
scenario            list of choice ids in the order made          ``[]``
==================  ===========================================  =====================
"""

from __future__ import annotations

import math
from bisect import bisect_left
from typing import Any

from ..i18n import tr
from .model import (
    AnyQuestion,
    Matching,
    MultipleResponse,
    MultipleResponseCredit,
    Numerical,
    Ordering,
    OrderingCredit,
    Quiz,
    Scenario,
    ShortAnswer,
    SingleChoice,
    TrueFalse,
)
from .normalise import normalise_answer
from .scenario import ScenarioPathError, walk

Answer = Any  # a JSON value; its shape depends on the question type


class AnswerError(ValueError):
    """An answer whose shape does not fit the question (e.g. a number for a multiple-response question)."""


def check_answer(question: AnyQuestion, answer: Answer) -> None:
    """Raise ``AnswerError`` unless ``answer`` has the right JSON shape for ``question``.

    Unknown ids are allowed (they simply earn nothing); the shape is what matters.
    """
    ok: bool
    if answer is None:
        ok = True
    elif isinstance(question, SingleChoice | ShortAnswer):
        ok = isinstance(answer, str)
    elif isinstance(question, TrueFalse):
        ok = isinstance(answer, bool)
    elif isinstance(question, Numerical):
        ok = isinstance(answer, int | float) and not isinstance(answer, bool) and math.isfinite(answer)
    elif isinstance(question, MultipleResponse | Ordering | Scenario):
        ok = isinstance(answer, list) and all(isinstance(a, str) for a in answer)
    elif isinstance(question, Matching):
        ok = isinstance(answer, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in answer.items())
    else:  # pragma: no cover - every type is handled above
        ok = False
    if not ok:
        raise AnswerError(tr("answer {answer} does not fit a {type} question").format(
            answer=repr(answer), type=question.type.value))


def is_empty(answer: Answer) -> bool:
    return answer is None or answer in ("", [], {}) or (isinstance(answer, str) and not answer.strip())


def score(quiz: Quiz, question: AnyQuestion, answer: Answer) -> float:
    """The score (0..1) of ``answer``; rules for multiple response and ordering come from ``quiz``."""
    check_answer(question, answer)
    if is_empty(answer):
        return 0.0
    if isinstance(question, SingleChoice):
        return next((o.value for o in question.options if o.id == answer), 0.0)
    if isinstance(question, MultipleResponse):
        return score_multiple(question, answer, quiz.multiple_response_credit(question))
    if isinstance(question, TrueFalse):
        return 1.0 if answer is question.answer else 0.0
    if isinstance(question, Ordering):
        return score_ordering([i.id for i in question.items], answer, quiz.ordering_credit(question))
    if isinstance(question, Matching):
        right = sum(1 for p in question.pairs if answer.get(p.id) == p.answer)
        return right / len(question.pairs) if question.pairs else 0.0
    if isinstance(question, ShortAnswer):
        given = normalise_answer(answer)
        return max((a.credit for a in question.accept if normalise_answer(a.text) == given), default=0.0)
    if isinstance(question, Numerical):
        match = question.matching_answer(float(answer))
        return match.credit if match else 0.0
    if isinstance(question, Scenario):
        try:
            ending = walk(question, answer).ending
        except ScenarioPathError as exc:
            raise AnswerError(str(exc)) from exc
        return ending.score if ending else 0.0
    raise AnswerError(tr("cannot score a {type} question").format(type=question.type))  # pragma: no cover


def score_multiple(question: MultipleResponse, ticked: list[str], rule: MultipleResponseCredit) -> float:
    """All-or-nothing: 1 only for exactly the right options.

    Right-minus-wrong: (right ticked / number right) - (wrong ticked / number wrong), never below 0; so
    ticking every option scores 0 whenever there is a wrong option.
    """
    chosen = set(ticked)
    right = {o.id for o in question.options if o.correct}
    wrong = {o.id for o in question.options if not o.correct}
    if rule is MultipleResponseCredit.ALL_OR_NOTHING:
        return 1.0 if (chosen & (right | wrong)) == right else 0.0
    gained = len(chosen & right) / len(right) if right else 0.0
    lost = len(chosen & wrong) / len(wrong) if wrong else 0.0
    return max(0.0, gained - lost)


def score_ordering(correct: list[str], given: list[str], rule: OrderingCredit) -> float:
    """All-or-nothing: 1 only for the full right order.

    Position: the share of items in their right position. Longest subsequence: the length of the longest
    run of items (not necessarily adjacent) in the right relative order, over the number of items; a
    'run' of one item earns nothing, because one item on its own is not an ordering. Unknown and
    repeated ids are ignored (only the first of a repeat counts); missing items earn nothing.
    """
    index = {item: i for i, item in enumerate(correct)}
    seen: set[str] = set()
    cleaned: list[str] = []
    for item in given:
        if item in index and item not in seen:
            seen.add(item)
            cleaned.append(item)
    n = len(correct)
    if n == 0:
        return 0.0
    if rule is OrderingCredit.ALL_OR_NOTHING:
        return 1.0 if cleaned == correct and len(given) == n else 0.0
    if rule is OrderingCredit.POSITION:
        return sum(1 for i, item in enumerate(given[:n]) if item in index and index[item] == i) / n
    run = _longest_increasing([index[item] for item in cleaned])
    if n == 1:
        return float(run)
    return run / n if run >= 2 else 0.0


def _longest_increasing(values: list[int]) -> int:
    tails: list[int] = []
    for value in values:
        pos = bisect_left(tails, value)
        if pos == len(tails):
            tails.append(value)
        else:
            tails[pos] = value
    return len(tails)
