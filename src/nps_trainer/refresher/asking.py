"""Asking a due question: a practice attempt on that one question, so it is laid out, scored and given
feedback exactly as in its quiz (the quiz's scoring rules and option shuffling included)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from ..quiz import Attempt, QuizMode
from ..quiz.model import Selection
from .service import DueQuestion


def practice_attempt(item: DueQuestion, seed: int | None = None, now: datetime | None = None) -> Attempt:
    """A practice attempt on ``item``'s question alone (whatever modes its quiz allows: nothing is recorded
    as a quiz attempt; the answer goes to the refresher). It asks how sure the learner is, as certainty-based
    marking does (a scenario excepted), since that sets the rating: right and very sure is Easy, right and not
    sure Hard (:mod:`.ratings`)."""
    quiz = replace(item.quiz, questions=[item.question], mode=QuizMode.EITHER, selection=Selection())
    return Attempt.start(quiz, QuizMode.PRACTICE, seed, now, cbm=True)
