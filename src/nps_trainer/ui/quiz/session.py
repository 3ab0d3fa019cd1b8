"""One attempt being taken: every answer and move is saved through the quiz records at once, with the time
spent on each question (measured, never shown)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from ...quiz import Attempt, ChoiceOutcome, QuestionReview, Result
from ...quiz_records import QuizRecords


class QuizSession:
    def __init__(self, records: QuizRecords, attempt_id: int, attempt: Attempt,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.records = records
        self.attempt_id = attempt_id
        self.attempt = attempt
        self._clock = clock
        self._shown_at = clock()

    def _seconds(self) -> float:
        now = self._clock()
        seconds, self._shown_at = now - self._shown_at, now
        return seconds

    def submit(self, question_id: str, answer: Any, certainty: int | None = None) -> QuestionReview | None:
        """Answer (with how sure the learner is, under certainty-based marking) and save at once."""
        review = self.attempt.answer(question_id, answer, certainty=certainty)
        self.records.save_answer(self.attempt_id, self.attempt, question_id, self._seconds())
        return review

    def choose(self, question_id: str, choice_id: str) -> ChoiceOutcome:
        outcome = self.attempt.choose(question_id, choice_id)
        self.records.save_answer(self.attempt_id, self.attempt, question_id, self._seconds())
        return outcome

    def go_to(self, index: int) -> None:
        if index != self.attempt.position:
            self.attempt.go_to(index)
            self.records.save_state(self.attempt_id, self.attempt)
        self._shown_at = self._clock()

    def finish(self) -> Result:
        return self.records.finish(self.attempt_id, self.attempt)

    def save(self) -> None:
        if not self.attempt.finished:
            self.records.save_state(self.attempt_id, self.attempt)
