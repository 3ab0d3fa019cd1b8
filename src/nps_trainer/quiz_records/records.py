"""What the quiz records hand back: plain, frozen summaries of attempts and answers (no ORM rows)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from ..quiz import Attempt


class QuizStatus(StrEnum):
    NOT_TAKEN = "not taken"
    IN_PROGRESS = "in progress"
    PASSED = "passed"
    NOT_YET_PASSED = "not yet passed"
    PRACTISED = "practised (not assessed)"  # finished practice attempts only: the pass mark applies to assessed


@dataclass(frozen=True)
class AttemptRecord:
    """One attempt as listed in a quiz's history.

    ``score`` is a percentage (0 to 100) once finished. An attempt the learner set aside to start again has
    ``finished_at`` but no score (``abandoned``).
    """

    id: int
    quiz_id: str
    quiz_version: str
    mode: str
    started_at: datetime
    finished_at: datetime | None
    score: float | None
    passed: bool | None
    pass_mark: float | None
    seconds: float  # time spent on the questions, summed over the answers
    answered: int

    @property
    def finished(self) -> bool:
        return self.finished_at is not None and self.score is not None

    @property
    def abandoned(self) -> bool:
        return self.finished_at is not None and self.score is None

    @property
    def in_progress(self) -> bool:
        return self.finished_at is None


@dataclass(frozen=True)
class AnswerRecord:
    """One saved answer. ``certainty`` is 1 to 3 when the learner said how sure they were (certainty-based
    marking in practice), else None."""

    question_id: str
    answer: object
    score: float
    seconds: float
    answered_at: datetime
    certainty: int | None = None


@dataclass(frozen=True)
class QuizSummary:
    """A profile's standing on one quiz, for the quiz list and Progress.

    The pass mark belongs to assessed mode: ``status`` is PASSED only when an assessed attempt passed, and
    ``best_percent`` and ``attempts`` count assessed attempts alone. Practice (feedback after each answer) is
    kept apart in ``best_practice_percent`` and ``practice_attempts``.
    """

    quiz_id: str
    status: QuizStatus
    best_percent: float | None  # best finished assessed attempt
    attempts: int  # finished assessed attempts
    best_practice_percent: float | None = None
    practice_attempts: int = 0  # finished practice attempts


@dataclass(frozen=True)
class Unfinished:
    """An attempt left open. ``attempt`` is ``None`` when it cannot resume (``problem`` says why)."""

    attempt_id: int
    attempt: Attempt | None
    started_at: datetime
    answered: int
    total: int
    problem: str = ""

    @property
    def resumable(self) -> bool:
        return self.attempt is not None

    @property
    def quiz_changed(self) -> bool:
        """The quiz has a new version, but every question of the attempt is still there."""
        return self.attempt is not None and self.attempt.quiz_changed
