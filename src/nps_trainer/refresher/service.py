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

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..clock import utcnow
from ..settings import REFRESHER_PER_DAY, Settings
from ..storage.database import Database
from ..storage.models import RefresherCard, RefresherReview
from .ratings import is_correct, rating_for

if TYPE_CHECKING:
    from ..quiz import Quiz
    from ..quiz.model import AnyQuestion

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
    pass a simulated one); ``tz`` the time zone whose midnight ends a day (None: the computer's)."""

    def __init__(self, database: Database, per_day: Callable[[], int] = lambda: DEFAULT_PER_DAY, *,
                 clock: Callable[[], datetime] = utcnow, tz: tzinfo | None = None, fuzz: bool = True) -> None:
        self._db = database
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
        under one of ``previous_ids`` (the question has been renamed) is carried over to ``question_id``."""
        from .scheduling import review

        rating = rating_for(score, certainty)
        ids = [question_id, *previous_ids]
        card = session.scalars(select(RefresherCard).where(
            RefresherCard.profile_id == profile_id, RefresherCard.quiz_id == quiz_id,
            RefresherCard.question_id.in_(ids)).order_by(RefresherCard.id)).first()
        scheduled = review(card.card if card is not None else None, rating, when, fuzz=self._fuzz)
        if card is None:
            card = RefresherCard(profile_id=profile_id, quiz_id=quiz_id, question_id=question_id,
                                 created_at=scheduled.last_review)
            session.add(card)
        card.question_id = question_id
        card.card = scheduled.card
        card.due = scheduled.due
        card.last_review = scheduled.last_review
        correct = is_correct(score)
        session.add(RefresherReview(profile_id=profile_id, quiz_id=quiz_id, question_id=question_id, rating=rating,
                                    correct=correct, certainty=certainty, source=source,
                                    reviewed_at=scheduled.last_review))
        session.flush()
        return ReviewOutcome(rating, correct, scheduled.due)

    def record_review(self, profile_id: int, quiz_id: str, question_id: str, score: float,
                      certainty: int | None = None, now: datetime | None = None) -> ReviewOutcome:
        """An answer given in the refresher, saved at once."""
        with self._db.session() as session:
            return self.record_answer(session, profile_id, quiz_id, question_id, score, certainty,
                                      now or self.now(), source=REFRESHER)

    # -- reading ------------------------------------------------------------------------------------------
    def day_end(self, now: datetime) -> datetime:
        """The end of ``now``'s day (local midnight), as an aware datetime."""
        local = now.astimezone(self._tz)
        return datetime.combine(local.date() + timedelta(days=1), time(), tzinfo=local.tzinfo)

    def day_start(self, now: datetime) -> datetime:
        return self.day_end(now) - timedelta(days=1)

    def due_count(self, profile_id: int, quizzes: Quizzes, now: datetime | None = None) -> int:
        """How many of the person's questions are due today (their quiz and question still installed)."""
        return self.status(profile_id, quizzes, now).due

    def todays_refresher(self, profile_id: int, quizzes: Quizzes, now: datetime | None = None,
                         limit: int | None = None) -> list[DueQuestion]:
        """The questions to ask now, longest due first: at most ``limit`` (default: the daily setting) less
        those already answered in the refresher today."""
        now = now or self.now()
        per_day = clamp_per_day(limit if limit is not None else self._per_day())
        end = self.day_end(now)
        with self._db.session() as session:
            left = per_day - self._reviewed_today(session, profile_id, now)
            if left <= 0:
                return []
            rows = session.execute(select(RefresherCard.quiz_id, RefresherCard.question_id, RefresherCard.due)
                                   .where(RefresherCard.profile_id == profile_id, RefresherCard.due < end)
                                   .order_by(RefresherCard.due, RefresherCard.id)).all()
        if not rows:
            return []
        lookup = _resolve(quizzes)
        found: list[DueQuestion] = []
        for quiz_id, question_id, due in rows:
            item = _available(lookup, quiz_id, question_id, due)
            if item is not None:
                found.append(item)
                if len(found) == left:
                    break
        return found

    def status(self, profile_id: int, quizzes: Quizzes, now: datetime | None = None) -> RefresherStatus:
        now = now or self.now()
        per_day = clamp_per_day(self._per_day())
        end = self.day_end(now)
        with self._db.session() as session:
            rows = session.execute(select(RefresherCard.quiz_id, RefresherCard.question_id, RefresherCard.due)
                                   .where(RefresherCard.profile_id == profile_id)).all()
            reviewed = self._reviewed_today(session, profile_id, now) if rows else 0
        if not rows:
            return RefresherStatus(0, 0, 0, per_day, None)
        lookup = _resolve(quizzes)
        available = [due for quiz_id, question_id, due in rows
                     if _available(lookup, quiz_id, question_id, due) is not None]
        later = [due for due in available if due >= end]
        return RefresherStatus(cards=len(available), due=len(available) - len(later), reviewed_today=reviewed,
                               per_day=per_day, next_due=min(later, default=None),
                               unavailable=len(rows) - len(available))

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
