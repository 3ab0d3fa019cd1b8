"""Saving quiz attempts: the attempt's state and each answer are written in one transaction after every
answer, so a killed process loses nothing the learner submitted."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..clock import utcnow
from ..i18n import tr
from ..quiz import Attempt, AttemptError, Quiz, QuizMode, Result
from ..storage.database import Database
from ..storage.models import QuizAnswer, QuizAttempt
from .records import AnswerRecord, AttemptRecord, QuizStatus, QuizSummary, Unfinished

if TYPE_CHECKING:
    from ..learning_records.events import LearningEvents
    from ..refresher import RefresherService

log = logging.getLogger(__name__)


def _when(iso: str | None) -> datetime:
    return datetime.fromisoformat(iso) if iso else utcnow()


class QuizRecords:
    """Quiz attempts per profile: start, save every answer, finish, resume, and read back history."""

    def __init__(self, database: Database, events: LearningEvents | None = None,
                 refresher: RefresherService | None = None) -> None:
        self._db = database
        self._events = events  # learning records for the LRS, written in the same transactions
        self._refresher = refresher  # schedules answered questions for review, in the same transactions

    # -- writing ------------------------------------------------------------------------------------------
    def start(self, profile_id: int, quiz: Quiz, mode: QuizMode | str, seed: int | None = None,
              cbm: bool = False) -> tuple[int, Attempt]:
        """A new attempt, saved at once (``cbm``: certainty-based marking, practice only). Returns the attempt
        row id and the attempt."""
        attempt = Attempt.start(quiz, mode, seed, cbm=cbm)
        state = attempt.to_dict()
        with self._db.session() as session:
            row = QuizAttempt(profile_id=profile_id, quiz_id=quiz.id, quiz_version=quiz.version,
                              mode=attempt.mode.value, started_at=_when(state["started_at"]),
                              pass_mark=quiz.pass_mark, state=state)
            session.add(row)
            session.flush()
            if self._events is not None:
                self._events.quiz_attempted(session, profile_id, quiz.id, attempt_id=row.id,
                                            mode=attempt.mode.value, title=quiz.title, version=quiz.version)
            return row.id, attempt

    def save_state(self, attempt_id: int, attempt: Attempt) -> None:
        """Save the attempt's state alone (for example the question it is on after moving)."""
        with self._db.session() as session:
            self._attempt_row(session, attempt_id).state = attempt.to_dict()

    def save_answer(self, attempt_id: int, attempt: Attempt, question_id: str, seconds: float = 0.0) -> None:
        """Save the attempt's state and the answer to ``question_id`` together, in one transaction.

        ``seconds`` is the time spent on the question since its answer was last saved; it is added to the
        answer's total (a scenario is saved after each step, an assessed answer may be changed).
        """
        response = attempt.response(question_id)
        if response is None:
            raise AttemptError(tr("question '{question}' has no answer to save").format(question=question_id))
        with self._db.session() as session:
            attempt_row = self._attempt_row(session, attempt_id)
            attempt_row.state = attempt.to_dict()
            if self._events is not None:
                self._record_answer(session, attempt_row.profile_id, attempt_id, attempt, question_id, seconds)
            question = attempt.quiz.question(question_id)
            saved_ids = [question_id, *(question.previous_ids if question is not None else [])]
            row = session.scalars(select(QuizAnswer).where(  # or the answer saved before a rename
                QuizAnswer.attempt_id == attempt_id, QuizAnswer.question_id.in_(saved_ids))
                .order_by(QuizAnswer.id)).first()
            if row is None:
                row = QuizAnswer(attempt_id=attempt_id, question_id=question_id, seconds=0.0)
                session.add(row)
            row.question_id = question_id
            row.answer = response.answer
            row.score = response.score
            row.certainty = response.certainty  # 1 to 3 under certainty-based marking, else None
            row.seconds = (row.seconds or 0.0) + max(0.0, float(seconds))
            row.answered_at = _when(response.answered_at)
            if self._refresher is not None and attempt.mode is QuizMode.PRACTICE and response.complete:
                # final once given (assessed answers may change, so they are scheduled at finish)
                self._schedule(session, attempt_row.profile_id, attempt, row)

    def finish(self, attempt_id: int, attempt: Attempt) -> Result:
        """Finish the attempt (if it is not already) and store its score, pass or fail and finishing time."""
        result = attempt.result() if attempt.finished else attempt.finish()
        with self._db.session() as session:
            row = self._attempt_row(session, attempt_id)
            if row.finished_at is None and self._refresher is not None and attempt.mode is QuizMode.ASSESSED:
                for answer in row.answers:
                    response = attempt.response(answer.question_id)
                    if response is not None and response.complete:
                        self._schedule(session, row.profile_id, attempt, answer)
            if row.finished_at is None and self._events is not None:
                finished = _when(result.finished_at)
                self._events.quiz_finished(
                    session, row.profile_id, row.quiz_id, attempt_id=attempt_id, mode=attempt.mode.value,
                    percent=result.percent, passed=result.passed, raw=sum(r.score for r in result.reviews),
                    raw_max=len(result.reviews) or 1, pass_mark=result.pass_mark, title=attempt.quiz.title,
                    version=row.quiz_version, seconds=(finished - row.started_at).total_seconds(), when=finished)
            row.state = attempt.to_dict()
            row.score = result.percent
            row.passed = result.passed
            row.pass_mark = result.pass_mark
            row.finished_at = _when(result.finished_at)
        return result

    def abandon(self, attempt_id: int) -> None:
        """Set an unfinished attempt aside so the learner can start again; it stays in the history unscored."""
        with self._db.session() as session:
            row = self._attempt_row(session, attempt_id)
            if row.finished_at is None:
                row.finished_at = utcnow()

    # -- reading ------------------------------------------------------------------------------------------
    def unfinished(self, profile_id: int, quiz: Quiz) -> Unfinished | None:
        """The latest attempt at ``quiz`` left open, resumed against the quiz as it is now."""
        with self._db.session() as session:
            row = session.scalars(select(QuizAttempt).where(
                QuizAttempt.profile_id == profile_id, QuizAttempt.quiz_id == quiz.id,
                QuizAttempt.finished_at.is_(None)).order_by(QuizAttempt.id.desc())).first()
            if row is None:
                return None
            state = dict(row.state or {})
            row_id, started_at = row.id, row.started_at
        total = len(state.get("question_ids", []))
        try:
            attempt = Attempt.from_dict(quiz, state)
        except (AttemptError, KeyError, TypeError, ValueError) as exc:
            problem = tr("“{title}” has changed since you started this attempt (version "
                         "{version}, now {current}), so it cannot be resumed: {reason}.").format(
                title=quiz.title, version=state.get("quiz_version", "?"), current=quiz.version, reason=exc)
            answered = len(state.get("responses", {}))
            return Unfinished(row_id, None, started_at, answered, total, problem)
        answered = len(attempt.question_ids) - len(attempt.unanswered())
        return Unfinished(row_id, attempt, started_at, answered, total)

    def history(self, profile_id: int, quiz_id: str) -> list[AttemptRecord]:
        """Every attempt at a quiz, newest first."""
        with self._db.session() as session:
            rows = session.scalars(select(QuizAttempt).where(
                QuizAttempt.profile_id == profile_id, QuizAttempt.quiz_id == quiz_id).order_by(QuizAttempt.id.desc()))
            rows = list(rows)
            totals = self._answer_totals(session, [r.id for r in rows])
            return [self._record(row, *totals.get(row.id, (0.0, 0))) for row in rows]

    def best_scores(self, profile_id: int) -> dict[str, float]:
        """The best finished percentage per quiz id."""
        with self._db.session() as session:
            query = (select(QuizAttempt.quiz_id, func.max(QuizAttempt.score))
                     .where(QuizAttempt.profile_id == profile_id, QuizAttempt.score.is_not(None))
                     .group_by(QuizAttempt.quiz_id))
            return {quiz_id: float(best) for quiz_id, best in session.execute(query)}

    def summaries(self, profile_id: int) -> dict[str, QuizSummary]:
        """Status and best scores per quiz id that the profile has attempted (passing from assessed attempts
        only; practice kept apart)."""
        with self._db.session() as session:
            rows = list(session.scalars(select(QuizAttempt).where(QuizAttempt.profile_id == profile_id)))
        by_quiz: dict[str, list[QuizAttempt]] = {}
        for row in rows:
            by_quiz.setdefault(row.quiz_id, []).append(row)
        return {quiz_id: _summary(quiz_id, attempts) for quiz_id, attempts in by_quiz.items()}

    def answers(self, attempt_id: int, quiz: Quiz | None = None) -> list[AnswerRecord]:
        """The attempt's saved answers; given the quiz, under its current question ids (an answer saved
        before a question was renamed shows under the new id)."""
        with self._db.session() as session:
            rows = session.scalars(select(QuizAnswer).where(QuizAnswer.attempt_id == attempt_id)
                                   .order_by(QuizAnswer.id))
            return [AnswerRecord(quiz.current_id(r.question_id) if quiz is not None else r.question_id,
                                 r.answer, r.score, r.seconds, r.answered_at, r.certainty) for r in rows]

    # -- helpers ------------------------------------------------------------------------------------------
    def _record_answer(self, session: Session, profile_id: int, attempt_id: int, attempt: Attempt,
                       question_id: str, seconds: float) -> None:
        """The answer as learning records: a scenario's latest choice, and the answer once it is complete."""
        from ..quiz.model import Scenario
        from ..quiz.scenario import walk

        response = attempt.response(question_id)
        question = attempt.quiz.question(question_id)
        mode = attempt.mode.value
        if isinstance(question, Scenario):
            path = walk(question, list(response.answer or []))
            if path.steps:
                step = path.steps[-1]
                self._events.scenario_choice(
                    session, profile_id, attempt.quiz.id, question_id, step.node.id, step.choice.id,
                    attempt_id=attempt_id, mode=mode, choice_text=step.choice.text, prompt=step.node.text[:500],
                    scenario_title=question.title, ending=path.ending.id if path.ending else None,
                    score=response.score if path.ending else None)
            if not response.complete:
                return
        self._events.question_answered(
            session, profile_id, attempt.quiz.id, question_id, attempt_id=attempt_id, mode=mode,
            answer=response.answer, score=response.score, question_type=question.type.value,
            prompt=question.prompt[:500], quiz_title=attempt.quiz.title, seconds=seconds)

    def _schedule(self, session: Session, profile_id: int, attempt: Attempt, answer: QuizAnswer) -> None:
        """Bring the answered question back in the person's refresher (rated from its score and certainty).

        Scheduling is done in a savepoint: if it fails, it is logged and undone alone, and the quiz answer is
        saved all the same (the refresher must never cost a learner an answer)."""
        assert self._refresher is not None
        question = attempt.quiz.question(answer.question_id)
        try:
            with session.begin_nested():
                self._refresher.record_answer(session, profile_id, attempt.quiz.id, answer.question_id,
                                              answer.score, answer.certainty, answer.answered_at,
                                              previous_ids=question.previous_ids if question is not None else ())
        except Exception:  # anything the refresher raises: the answer matters more
            log.exception("Could not schedule %s/%s in the refresher; the quiz answer is saved without it",
                          attempt.quiz.id, answer.question_id)

    @staticmethod
    def _attempt_row(session: Session, attempt_id: int) -> QuizAttempt:
        row = session.get(QuizAttempt, attempt_id)
        if row is None:
            raise LookupError(f"No quiz attempt {attempt_id}")
        return row

    @staticmethod
    def _answer_totals(session: Session, attempt_ids: Iterable[int]) -> dict[int, tuple[float, int]]:
        ids = list(attempt_ids)
        if not ids:
            return {}
        query = (select(QuizAnswer.attempt_id, func.sum(QuizAnswer.seconds), func.count(QuizAnswer.id))
                 .where(QuizAnswer.attempt_id.in_(ids)).group_by(QuizAnswer.attempt_id))
        rows = session.execute(query)
        return {attempt_id: (float(seconds or 0.0), int(count)) for attempt_id, seconds, count in rows}

    @staticmethod
    def _record(row: QuizAttempt, seconds: float, answered: int) -> AttemptRecord:
        return AttemptRecord(row.id, row.quiz_id, row.quiz_version, row.mode, row.started_at, row.finished_at,
                             row.score, row.passed, row.pass_mark, seconds, answered)


def _summary(quiz_id: str, attempts: list[QuizAttempt]) -> QuizSummary:
    """Passed and the best score come from assessed attempts only; practice is summarised separately."""
    finished = [a for a in attempts if a.score is not None]
    assessed = [a for a in finished if a.mode == QuizMode.ASSESSED.value]
    practice = [a for a in finished if a.mode != QuizMode.ASSESSED.value]
    if any(a.passed for a in assessed):
        status = QuizStatus.PASSED
    elif any(a.finished_at is None for a in attempts):
        status = QuizStatus.IN_PROGRESS
    elif assessed:
        status = QuizStatus.NOT_YET_PASSED
    elif practice:
        status = QuizStatus.PRACTISED
    else:
        status = QuizStatus.NOT_TAKEN
    return QuizSummary(quiz_id, status, _best(assessed), len(assessed), _best(practice), len(practice))


def _best(attempts: list[QuizAttempt]) -> float | None:
    return max((a.score for a in attempts if a.score is not None), default=None)
