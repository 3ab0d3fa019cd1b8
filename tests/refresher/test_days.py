"""Days in the refresher, on a real SQLite file with the computer's time zone set (TZ): a day ends at local
midnight (23:30 is still today, 00:30 is the next day), also on the days the clocks change; the daily limit
counts refresher answers only; a scenario left part way is not scheduled; and a clock set back never reviews a
question before its last review."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from nps_trainer.quiz import load_quiz
from nps_trainer.quiz_records import QuizRecords
from nps_trainer.refresher import AGAIN, GOOD, RefresherService
from nps_trainer.storage.models import RefresherCard, RefresherReview

from .support import SimulatedClock, make_refresher, open_db, profile, take_quiz, write_quiz
from .test_refresher_ui import SCENARIO_QUIZ


@pytest.fixture
def local_zone(monkeypatch):
    """Set the computer's time zone (TZ) for one test, and put it back after."""

    def set_zone(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield set_zone
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def setup(tmp_path: Path):
    db = open_db(tmp_path)
    clock = SimulatedClock()
    yield db, clock, profile(db)
    db.close()


def _local(*parts: int) -> datetime:
    """A wall-clock time in the computer's zone (as TZ sets it), as an aware datetime."""
    return datetime(*parts).astimezone()


def _computers_day(db, clock: SimulatedClock, per_day: int = 10) -> tuple[RefresherService, QuizRecords]:
    refresher = RefresherService(db, lambda: per_day, clock=clock, tz=None, fuzz=False)  # the app's: tz=None
    return refresher, QuizRecords(db, refresher=refresher)


def test_a_day_ends_at_local_midnight(setup, tmp_path: Path, local_zone) -> None:
    local_zone("America/New_York")  # five hours behind UTC in January: the UTC date changes at 19:00 local
    db, clock, sam = setup
    refresher, records = _computers_day(db, clock)
    quiz = write_quiz(tmp_path / "quizzes", count=1)
    quizzes = {quiz.id: quiz}
    clock.now = _local(2026, 1, 5, 0, 15)  # a wrong answer just after midnight: back at 00:15 the next day
    take_quiz(records, sam, quiz, {"q1": False}, clock.now)
    assert refresher.status(sam, quizzes).next_due == _local(2026, 1, 6, 0, 15)

    clock.now = _local(2026, 1, 5, 23, 30)  # late that evening (already the 6th in UTC): not due until tomorrow
    status = refresher.status(sam, quizzes)
    assert (status.due, status.next_due) == (0, _local(2026, 1, 6, 0, 15))
    assert refresher.todays_refresher(sam, quizzes) == []
    assert refresher.today().isoformat() == "2026-01-05"

    clock.now = _local(2026, 1, 6, 0, 30)  # an hour later, past local midnight: due today
    assert refresher.status(sam, quizzes).due == 1
    [item] = refresher.todays_refresher(sam, quizzes)
    assert item.question_id == "q1"


def test_the_daily_limit_resets_at_local_midnight(setup, tmp_path: Path, local_zone) -> None:
    local_zone("Asia/Tokyo")  # nine hours ahead of UTC: local midnight is 15:00 UTC
    db, clock, sam = setup
    refresher, records = _computers_day(db, clock, per_day=1)
    quiz = write_quiz(tmp_path / "quizzes", count=3)
    quizzes = {quiz.id: quiz}
    clock.now = _local(2026, 1, 4, 12, 0)
    take_quiz(records, sam, quiz, {"q1": False, "q2": False, "q3": False}, clock.now)
    clock.now = _local(2026, 1, 5, 23, 30)
    [item] = refresher.todays_refresher(sam, quizzes)
    refresher.record_review(sam, quiz.id, item.question_id, 1.0)
    assert refresher.todays_refresher(sam, quizzes) == []  # today's one is done
    clock.now = _local(2026, 1, 6, 0, 30)  # the same UTC day (15:30 UTC), but a new local day
    assert refresher.status(sam, quizzes).reviewed_today == 0
    assert len(refresher.todays_refresher(sam, quizzes)) == 1


# (the day, its length in hours, when a wrong answer is given (back 24 hours later), whether it is due that day)
CLOCK_CHANGES = [
    ((2026, 3, 29), 23, (2026, 3, 28, 23, 30), False),  # back at 23:30 GMT = 00:30 BST on the 30th: tomorrow
    ((2026, 10, 25), 25, (2026, 10, 25, 0, 30), True),  # back at 23:30 GMT on the 25th: that day
]


@pytest.mark.parametrize(("day", "hours", "answered", "due_that_day"), CLOCK_CHANGES,
                         ids=["clocks-go-forward", "clocks-go-back"])
def test_the_day_the_clocks_change_ends_at_midnight(setup, tmp_path: Path, local_zone, day, hours, answered,
                                                    due_that_day) -> None:
    local_zone("Europe/London")
    db, clock, sam = setup
    refresher, records = _computers_day(db, clock)
    year, month, date_ = day
    midnight, next_midnight = _local(year, month, date_, 0, 0), _local(year, month, date_ + 1, 0, 0)
    assert (next_midnight - midnight) == timedelta(hours=hours)
    for hour, minute in ((0, 30), (12, 0), (23, 30)):
        now = _local(year, month, date_, hour, minute)
        assert refresher.day_start(now) == midnight and refresher.day_end(now) == next_midnight, now

    quiz = write_quiz(tmp_path / "quizzes", count=1)
    quizzes = {quiz.id: quiz}
    clock.now = _local(*answered)
    take_quiz(records, sam, quiz, {"q1": False}, clock.now)
    with db.session() as session:
        due = session.scalars(select(RefresherCard.due)).one()
    assert due == clock.now + timedelta(days=1)
    assert (due.astimezone().date().day == date_) is due_that_day
    clock.now = _local(year, month, date_, 0, 40)  # just after midnight on the day
    assert refresher.status(sam, quizzes).due == int(due_that_day)
    assert len(refresher.todays_refresher(sam, quizzes)) == int(due_that_day)


def test_the_daily_limit_counts_refresher_answers_only(setup, tmp_path: Path) -> None:
    db, clock, sam = setup
    refresher = make_refresher(db, clock, per_day=2)
    records = QuizRecords(db, refresher=refresher)
    quiz = write_quiz(tmp_path / "quizzes", count=4)
    quizzes = {quiz.id: quiz}
    take_quiz(records, sam, quiz, {"q1": False, "q2": False, "q3": False, "q4": False}, clock.now)
    clock.advance(days=1)
    take_quiz(records, sam, quiz, {"q4": True}, clock.now)  # answered in a quiz today: not a refresher answer
    status = refresher.status(sam, quizzes)
    assert (status.due, status.reviewed_today, status.left_today) == (3, 0, 2)
    assert [item.question_id for item in refresher.todays_refresher(sam, quizzes)] == ["q1", "q2"]
    refresher.record_review(sam, quiz.id, "q1", 1.0)
    assert refresher.status(sam, quizzes).reviewed_today == 1
    assert [item.question_id for item in refresher.todays_refresher(sam, quizzes)] == ["q2"]


def test_a_scenario_left_part_way_is_not_scheduled(setup, tmp_path: Path) -> None:
    db, clock, sam = setup
    refresher = make_refresher(db, clock)
    records = QuizRecords(db, refresher=refresher)
    path = tmp_path / "quizzes" / "scene.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(SCENARIO_QUIZ, encoding="utf-8")
    quiz, problems = load_quiz(path)
    assert quiz is not None and not problems

    def cards() -> list[tuple[str, int]]:
        with db.session() as session:
            return [(r.question_id, r.rating) for r in session.scalars(select(RefresherReview))]

    for mode in ("practice", "assessed"):
        attempt_id, attempt = records.start(sam, quiz, mode, seed=1)
        attempt.choose("collapse", "call", now=clock.now)  # one step of two
        records.save_answer(attempt_id, attempt, "collapse")
        assert cards() == []
        if mode == "assessed":
            attempt.finish(now=clock.now)
            records.finish(attempt_id, attempt)  # finished part way: still not scheduled
            assert cards() == []
    attempt_id, attempt = records.start(sam, quiz, "practice", seed=1)
    for choice in ("call", "cpr"):
        attempt.choose("collapse", choice, now=clock.now)
        records.save_answer(attempt_id, attempt, "collapse")
    assert cards() == [("collapse", GOOD)]  # the ending reached: scheduled


def test_a_clock_set_back_never_reviews_before_the_last_review(setup, tmp_path: Path) -> None:
    db, clock, sam = setup
    refresher = make_refresher(db, clock)
    records = QuizRecords(db, refresher=refresher)
    quiz = write_quiz(tmp_path / "quizzes", count=1)
    take_quiz(records, sam, quiz, {"q1": True}, clock.now)
    reviewed = clock.now
    clock.advance(days=-3)  # the computer's clock set back three days
    outcome = refresher.record_review(sam, quiz.id, "q1", 0.0)
    assert outcome.rating == AGAIN and outcome.due == reviewed + timedelta(days=1)
    with db.session() as session:
        card = session.scalars(select(RefresherCard)).one()
        times = [r.reviewed_at for r in session.scalars(select(RefresherReview).order_by(RefresherReview.id))]
    assert card.last_review == reviewed and times == [reviewed, reviewed]
    assert all(t.tzinfo is not None and t.astimezone(UTC) >= reviewed for t in times)

