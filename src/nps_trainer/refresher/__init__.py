"""The spaced refresher: questions from quizzes a person has taken come back on a schedule computed by FSRS.
Qt-free; importing it does not load the scheduler (``fsrs`` loads when an answer is first scheduled)."""

from .ratings import AGAIN, EASY, GOOD, HARD, RATING_NAMES, is_correct, rating_for
from .service import (
    DEFAULT_PER_DAY,
    PER_DAY_RANGE,
    DueQuestion,
    RefresherService,
    RefresherStatus,
    ReviewOutcome,
    clamp_per_day,
)

__all__ = [
    "AGAIN",
    "DEFAULT_PER_DAY",
    "EASY",
    "GOOD",
    "HARD",
    "PER_DAY_RANGE",
    "RATING_NAMES",
    "DueQuestion",
    "RefresherService",
    "RefresherStatus",
    "ReviewOutcome",
    "clamp_per_day",
    "is_correct",
    "rating_for",
]
