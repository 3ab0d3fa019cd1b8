"""The refresher: every question a person has answered in a quiz comes back to them on a schedule computed by
FSRS (:mod:`.scheduling`), at most a set number a day.

A card (``RefresherCard``) is made or updated when a quiz answer is saved (practice answers at once, assessed
answers when the attempt is finished, since they may be changed until then) and again each time the question
is answered in the refresher. Every review is logged (``RefresherReview``) with its rating and what it was
derived from (:mod:`.ratings`).

Counting what is due reads the saved ``due`` column only and never loads the scheduler. A question is due
today when its due time falls before the end of today (local time), so a question due this afternoon can be
done this morning. A card whose quiz or question is no longer installed is left alone (its history is kept)
and is neither asked nor counted; :attr:`RefresherStatus.unavailable` says how many there are.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import Text, cast, delete, func, select, update
from sqlalchemy.orm import Session

from ..clock import utcnow
from ..settings import REFRESHER_PER_DAY, Settings
from ..storage.database import Database
from ..storage.models import RefresherCard, RefresherReview
from .ratings import is_correct, rating_for

if TYPE_CHECKING:
    from ..learning_records.events import LearningEvents
    from ..quiz import Quiz
    from ..quiz.model import AnyQuestion

log = logging.getLogger(__name__)

DEFAULT_PER_DAY = Settings.refresher_per_day  # the setting "Refresher questions per day"
PER_DAY_RANGE = REFRESHER_PER_DAY
QUIZ, REFRESHER = "quiz", "refresher"  # where a review came from


class QuizLookup(Protocol):
    """The installed quizzes by id (a dict, or the UI's quiz library)."""

    def get(self, quiz_id: str, /) -> Quiz | None: ...


Quizzes = QuizLookup | Callable[[], QuizLookup]  # a callable is called only when there are cards to check


@dataclass(frozen=True)
class DueQuestion:
    """A question to ask in the refresher. ``question_id`` is the id the card was saved under (the question's
    id now may differ when it has been renamed since)."""

    quiz: Quiz
    question: AnyQuestion
    question_id: str
    due: datetime


@dataclass(frozen=True)
class ReviewOutcome:
    rating: int
    correct: bool
    due: datetime  # when the question comes back


@dataclass(frozen=True)
class RefresherStatus:
    """Where a person's refresher stands at a moment."""

    cards: int  # questions scheduled whose quiz and question are installed
    due: int  # of those, due by the end of today
    reviewed_today: int  # answered in the refresher today
    per_day: int
    next_due: datetime | None  # the earliest due time after today (None: nothing scheduled after today)
    unavailable: int = 0  # scheduled questions whose quiz or question is no longer installed (not counted)

    @property
    def left_today(self) -> int:
        """How many the refresher asks now: those due, up to what is left of today's limit."""
        return max(0, min(self.due, self.per_day - self.reviewed_today))


def clamp_per_day(value: int) -> int:
    low, high = PER_DAY_RANGE
    return min(max(int(value), low), high)


class RefresherService:
    """Refresher cards per person: scheduling answers, what is due, and today's refresher.

    ``per_day`` gives the daily limit (the setting "Refresher questions per day"); ``clock`` the time now (tests
    pass a simulated one); ``tz`` the time zone whose midnight ends a day (None: the computer's); ``events`` the
    learning records that answers given in the refresher are written to (None: learning records are off)."""

    def __init__(self, database: Database, per_day: Callable[[], int] = lambda: DEFAULT_PER_DAY, *,
                 clock: Callable[[], datetime] = utcnow, tz: tzinfo | None = None, fuzz: bool = True,
                 events: LearningEvents | None = None) -> None:
        self._db = database
        self._events = events
        self._per_day = per_day
        self._clock = clock
        self._tz = tz
        self._fuzz = fuzz

    def now(self) -> datetime:
        return self._clock()

    @property
    def tz(self) -> tzinfo | None:
        """The time zone of the person's day (None: the computer's)."""
        return self._tz

    def today(self) -> date:
        return self.now().astimezone(self._tz).date()

    # -- writing ------------------------------------------------------------------------------------------
    def record_answer(self, session: Session, profile_id: int, quiz_id: str, question_id: str, score: float,
                      certainty: int | None, when: datetime, *, source: str = QUIZ,
                      previous_ids: Sequence[str] = ()) -> ReviewOutcome:
        """Schedule the question after an answer scoring ``score``, in the caller's transaction. A card saved
        under one of ``previous_ids`` (the question has been renamed) is carried over to ``question_id``; when
        questions have been merged, so that several cards are this question's, the one reviewed most recently
        is kept and the others removed (their reviews stay in the log)."""
        from .scheduling import review

        rating = rating_for(score, certainty)
        ids = list(dict.fromkeys([question_id, *previous_ids]))
        rows = session.execute(select(RefresherCard.id, RefresherCard.due, RefresherCard.last_review,
                                      cast(RefresherCard.card, Text))  # the JSON as saved: read below
                               .where(RefresherCard.profile_id == profile_id, RefresherCard.quiz_id == quiz_id,
                                      RefresherCard.question_id.in_(ids))).all()
        keep = max(rows, key=lambda row: _recency(row.id, row.due, row.last_review), default=None)
        scheduled = review(_card_state(keep[3], quiz_id, question_id) if keep is not None else None, rating, when,
                           fuzz=self._fuzz)
        values = {"question_id": question_id, "card": scheduled.card, "due": scheduled.due,
                  "last_review": scheduled.last_review}
        if keep is None:
            session.add(RefresherCard(profile_id=profile_id, quiz_id=quiz_id, created_at=scheduled.last_review,
                                      **values))
        else:
            others = [row.id for row in rows if row.id != keep.id]
            if others:  # first, so that the card kept can take the question's id
                session.execute(delete(RefresherCard).where(RefresherCard.id.in_(others)),
                                execution_options={"synchronize_session": "fetch"})
            session.execute(update(RefresherCard).where(RefresherCard.id == keep.id).values(**values),
                            execution_options={"synchronize_session": "fetch"})
        correct = is_correct(score)
        session.add(RefresherReview(profile_id=profile_id, quiz_id=quiz_id, question_id=question_id, rating=rating,
                                    correct=correct, certainty=certainty, source=source,
                                    reviewed_at=scheduled.last_review))
        session.flush()
        return ReviewOutcome(rating, correct, scheduled.due)

    def record_review(self, profile_id: int, quiz_id: str, question_id: str, score: float,
                      certainty: int | None = None, now: datetime | None = None,
                      previous_ids: Sequence[str] = (), *, answer: object = None,
                      question: AnyQuestion | None = None, quiz_title: str = "") -> ReviewOutcome:
        """An answer given in the refresher, saved at once, with its learning record (an "answered" statement
        in the outbox, in the same transaction) when learning records are on. ``answer`` (the quiz engine's
        JSON answer), ``question`` and ``quiz_title`` only fill in that statement."""
        when = now or self.now()
        with self._db.session() as session:
            outcome = self.record_answer(session, profile_id, quiz_id, question_id, score, certainty, when,
                                         source=REFRESHER, previous_ids=previous_ids)
            if self._events is not None:
                self._record_statement(session, profile_id, quiz_id, question_id, score, certainty, when,
                                       outcome.rating, answer, question, quiz_title)
            return outcome

    def _record_statement(self, session: Session, profile_id: int, quiz_id: str, question_id: str, score: float,
                          certainty: int | None, when: datetime, rating: int, answer: object,
                          question: AnyQuestion | None, quiz_title: str) -> None:
        """The refresher answer as a learning record, in a savepoint: if it fails it is logged and undone
        alone, and the review is saved all the same (learning records must never cost a learner a review)."""
        assert self._events is not None
        try:
            with session.begin_nested():
                self._events.refresher_answered(
                    session, profile_id, quiz_id, question_id, score=score, rating=rating, certainty=certainty,
                    answer=answer, question_type=question.type.value if question is not None else "",
                    prompt=question.prompt[:500] if question is not None else "", quiz_title=quiz_title, when=when)
        except Exception:  # anything learning records raise: the review matters more
            log.exception("Could not write the learning record of a refresher answer to %s/%s; the review is "
                          "saved without it", quiz_id, question_id)

    # -- reading ------------------------------------------------------------------------------------------
    def day_end(self, now: datetime) -> datetime:
        """The end of ``now``'s day (the next local midnight), as an aware datetime; on the days the clocks
        change the day is 23 or 25 hours long, so midnight takes the offset in force then, not now's."""
        return self._midnight(now.astimezone(self._tz).date() + timedelta(days=1))

    def day_start(self, now: datetime) -> datetime:
        return self._midnight(now.astimezone(self._tz).date())

    def _midnight(self, day: date) -> datetime:
        if self._tz is None:  # the computer's zone: a naive local time takes the offset in force at it
            return datetime.combine(day, time()).astimezone()
        return datetime.combine(day, time(), tzinfo=self._tz)

    def due_count(self, profile_id: int, quizzes: Quizzes, now: datetime | None = None) -> int:
        """How many of the person's questions are due today (their quiz and question still installed)."""
        return self.status(profile_id, quizzes, now).due

    def todays_refresher(self, profile_id: int, quizzes: Quizzes, now: datetime | None = None,
                         limit: int | None = None) -> list[DueQuestion]:
        """The questions to ask now, longest due first: at most ``limit`` (default: the daily setting) less
        those already answered in the refresher today. A question is asked once, though merged questions may
        have left it more than one card."""
        now = now or self.now()
        per_day = clamp_per_day(limit if limit is not None else self._per_day())
        end = self.day_end(now)
        with self._db.session() as session:
            left = per_day - self._reviewed_today(session, profile_id, now)
            if left <= 0:
                return []
            rows = self._cards(session, profile_id)
        if not rows:
            return []
        available, _unavailable = _by_question(_resolve(quizzes), rows)
        due = sorted((item for item in available if item.due < end), key=lambda item: item.due)
        return due[:left]

    def status(self, profile_id: int, quizzes: Quizzes, now: datetime | None = None) -> RefresherStatus:
        now = now or self.now()
        per_day = clamp_per_day(self._per_day())
        end = self.day_end(now)
        with self._db.session() as session:
            rows = self._cards(session, profile_id)
            reviewed = self._reviewed_today(session, profile_id, now) if rows else 0
        if not rows:
            return RefresherStatus(0, 0, 0, per_day, None)
        available, unavailable = _by_question(_resolve(quizzes), rows)
        later = [item.due for item in available if item.due >= end]
        return RefresherStatus(cards=len(available), due=len(available) - len(later), reviewed_today=reviewed,
                               per_day=per_day, next_due=min(later, default=None), unavailable=unavailable)

    @staticmethod
    def _cards(session: Session, profile_id: int) -> list:
        return list(session.execute(select(RefresherCard.id, RefresherCard.quiz_id, RefresherCard.question_id,
                                           RefresherCard.due, RefresherCard.last_review)
                                    .where(RefresherCard.profile_id == profile_id).order_by(RefresherCard.id)))

    def _reviewed_today(self, session: Session, profile_id: int, now: datetime) -> int:
        start, end = self.day_start(now), self.day_end(now)
        return int(session.scalar(select(func.count()).select_from(RefresherReview).where(
            RefresherReview.profile_id == profile_id, RefresherReview.source == REFRESHER,
            RefresherReview.reviewed_at >= start, RefresherReview.reviewed_at < end)) or 0)


def _resolve(quizzes: Quizzes) -> QuizLookup:
    return quizzes if hasattr(quizzes, "get") else quizzes()  # type: ignore[operator,return-value]


def _available(lookup: QuizLookup, quiz_id: str, question_id: str, due: datetime) -> DueQuestion | None:
    quiz = lookup.get(quiz_id)
    question = quiz.question(question_id) if quiz is not None else None
    return DueQuestion(quiz, question, question_id, due) if question is not None else None


def _by_question(lookup: QuizLookup, rows: Sequence) -> tuple[list[DueQuestion], int]:
    """The cards whose quiz and question are installed, one per question as it is now (of several cards that
    merged questions left, the one :meth:`RefresherService.record_answer` keeps), and how many cards are not."""
    kept: dict[tuple[str, str], tuple[tuple, DueQuestion]] = {}
    unavailable = 0
    for row in rows:
        item = _available(lookup, row.quiz_id, row.question_id, row.due)
        if item is None:
            unavailable += 1
            continue
        key, rank = (row.quiz_id, item.question.id), _recency(row.id, row.due, row.last_review)
        if key not in kept or rank > kept[key][0]:
            kept[key] = (rank, item)
    return [item for _rank, item in kept.values()], unavailable


def _recency(card_id: int, due: datetime, last_review: datetime | None) -> tuple[datetime, datetime, int]:
    """Which of several cards for one question to keep: the one reviewed most recently, then the one due
    later, then the older card."""
    return (last_review or datetime.min.replace(tzinfo=UTC), due, -card_id)


def _card_state(saved: str | dict | None, quiz_id: str, question_id: str) -> dict | None:
    """The saved card JSON as a dict; None (the question starts again, logged) when it cannot be read."""
    try:
        state = json.loads(saved) if isinstance(saved, str | bytes) else saved
    except (TypeError, ValueError) as exc:
        log.warning("Refresher card for %s/%s is not readable JSON (%s); starting it again", quiz_id, question_id,
                    exc)
        return None
    if state is not None and not isinstance(state, dict):
        log.warning("Refresher card for %s/%s is not a card (%s); starting it again", quiz_id, question_id,
                    type(state).__name__)
        return None
    return state
