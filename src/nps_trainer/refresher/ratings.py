"""How an answer becomes an FSRS rating (the four buttons Anki shows, chosen here from the answer itself).

==========================================  ==========
the answer                                  rating
==========================================  ==========
wrong (scored 0), or not given              Again (1)
part right (some credit, not full marks)    Hard (2), whatever the certainty: knowing part of an answer is
                                            a shaky recall, so it comes back sooner than a right one
right, certainty 1 (low: "a guess")         Hard (2)
right, certainty 2, or no certainty given   Good (3)
right, certainty 3 (high: "sure")           Easy (4)
==========================================  ==========

Certainty is the 1 to 3 a learner gives under certainty-based marking (``QuizAnswer.certainty``); answers
given without it count as "fairly sure" (Good when right). The values are those of ``fsrs.Rating``, written
out here so that rating an answer never loads the scheduler (a test checks they agree).
"""

from __future__ import annotations

AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4
RATING_NAMES = {AGAIN: "Again", HARD: "Hard", GOOD: "Good", EASY: "Easy"}
LOW, MEDIUM, HIGH = 1, 2, 3  # certainty
FULL_MARKS = 0.999  # a score at or above this is right (scores are 0..1 and may carry rounding)


def is_correct(score: float) -> bool:
    return score >= FULL_MARKS


def rating_for(score: float, certainty: int | None = None) -> int:
    """The FSRS rating for an answer scoring ``score`` (0..1) given with ``certainty`` (1..3 or None)."""
    if is_correct(score):
        if certainty == LOW:
            return HARD
        if certainty == HIGH:
            return EASY
        return GOOD
    if score > 0:
        return HARD
    return AGAIN
