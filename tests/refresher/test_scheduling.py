"""Scheduling with a simulated clock over months, on a real SQLite file: answers from quizzes make cards, right
answers come back at growing intervals, a wrong one soon, the daily limit holds, and nothing due says when."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from nps_trainer.quiz_records import QuizRecords
from nps_trainer.refresher import AGAIN, EASY, GOOD, HARD
from nps_trainer.refresher.wording import status_text
from nps_trainer.storage.models import QuizAnswer, RefresherCard, RefresherReview

from .support import START, SimulatedClock, make_refresher, open_db, profile, take_quiz, write_quiz


@pytest.fixture
def setup(tmp_path: Path):
    db = open_db(tmp_path)
    clock = SimulatedClock()
    refresher = make_refresher(db, clock)
    yield db, clock, refresher, QuizRecords(db, refresher=refresher), profile(db)
    db.close()


def _reviews(db, profile_id: int) -> list[RefresherReview]:
    with db.session() as session:
        return list(session.scalars(select(RefresherReview).where(RefresherReview.profile_id == profile_id)
                                    .order_by(RefresherReview.id)))


def test_nothing_is_scheduled_before_a_quiz_is_taken(setup, tmp_path: Path) -> None:
    _db, clock, refresher, _records, sam = setup
    quiz = write_quiz(tmp_path / "quizzes")
    status = refresher.status(sam, {quiz.id: quiz})
    assert (status.cards, status.due, status.next_due, status.left_today) == (0, 0, None, 0)
    assert refresher.todays_refresher(sam, {quiz.id: quiz}) == []
    assert "nothing to refresh yet" in status_text(status, clock.now.date())


def test_a_practice_answer_is_scheduled_at_once_and_rated_from_its_score(setup, tmp_path: Path) -> None:
    db, clock, refresher, records, sam = setup
    quiz = write_quiz(tmp_path / "quizzes")
    take_quiz(records, sam, quiz, {"q1": True, "q2": False}, clock.now)
    reviews = _reviews(db, sam)
    assert [(r.question_id, r.rating, r.correct, r.source) for r in reviews] == [
        ("q1", GOOD, True, "quiz"), ("q2", AGAIN, False, "quiz")]
    with db.session() as session:
        cards = {c.question_id: c for c in session.scalars(select(RefresherCard))}
    assert set(cards) == {"q1", "q2"}  # q3 was not answered: not scheduled
    assert cards["q2"].due == START + timedelta(days=1)  # wrong: back tomorrow
    assert cards["q1"].due > cards["q2"].due  # right: later
    for card in cards.values():  # the saved due is the scheduler's own
        assert datetime.fromisoformat(card.card["due"]) == card.due and card.last_review == START
    assert refresher.due_count(sam, {quiz.id: quiz}) == 0  # nothing due the same day
    clock.advance(days=1)
    assert [d.question_id for d in refresher.todays_refresher(sam, {quiz.id: quiz})] == ["q2"]


def test_assessed_answers_are_scheduled_when_finished_with_their_certainty(setup, tmp_path: Path) -> None:
    db, clock, _refresher, records, sam = setup
    quiz = write_quiz(tmp_path / "quizzes")
    attempt_id, attempt = records.start(sam, quiz, "assessed", seed=1)
    for question_id, answer in (("q1", False), ("q1", True), ("q2", True), ("q3", True)):
        attempt.answer(question_id, answer, now=clock.now)  # q1 changed before finishing: the last counts
        records.save_answer(attempt_id, attempt, question_id)
    assert _reviews(db, sam) == []  # not yet: assessed answers may still change
    with db.session() as session:  # a certainty saved with an answer is read when it is scheduled
        for row in session.scalars(select(QuizAnswer).where(QuizAnswer.attempt_id == attempt_id)):
            row.certainty = {"q1": 3, "q2": 1, "q3": None}[row.question_id]
    attempt.finish(now=clock.now)
    records.finish(attempt_id, attempt)
    records.finish(attempt_id, attempt)  # finishing again schedules nothing more
    reviews = {r.question_id: r for r in _reviews(db, sam)}
    assert len(_reviews(db, sam)) == 3
    assert (reviews["q1"].rating, reviews["q1"].certainty) == (EASY, 3)
    assert (reviews["q2"].rating, reviews["q2"].certainty) == (HARD, 1)
    assert (reviews["q3"].rating, reviews["q3"].certainty) == (GOOD, None)


def test_right_answers_come_back_at_growing_intervals_over_months(setup, tmp_path: Path) -> None:
    _db, clock, refresher, records, sam = setup
    quiz = write_quiz(tmp_path / "quizzes", count=1)
    quizzes = {quiz.id: quiz}
    take_quiz(records, sam, quiz, {"q1": True}, clock.now)
    asked: list[datetime] = [clock.now]
    for _day in range(240):  # eight months, opening the refresher every morning
        clock.advance(days=1)
        for item in refresher.todays_refresher(sam, quizzes):
            outcome = refresher.record_review(sam, item.quiz.id, item.question_id, 1.0)
            assert outcome.rating == GOOD and outcome.due > clock.now
            asked.append(clock.now)
    gaps = [(later - earlier).days for earlier, later in itertools.pairwise(asked)]
    assert len(gaps) >= 4, gaps
    assert all(later > earlier for earlier, later in itertools.pairwise(gaps)), gaps
    assert gaps[0] <= 3 and gaps[-1] >= 60, gaps


def test_a_wrong_answer_brings_a_well_known_question_back_soon(setup, tmp_path: Path) -> None:
    _db, clock, refresher, records, sam = setup
    quiz = write_quiz(tmp_path / "quizzes", count=1)
    take_quiz(records, sam, quiz, {"q1": True}, clock.now)
    due = clock.now
    for _ in range(4):  # right four times, each when due
        clock.now = due
        due = refresher.record_review(sam, quiz.id, "q1", 1.0).due
    assert (due - clock.now).days >= 20
    clock.now = due
    forgotten = refresher.record_review(sam, quiz.id, "q1", 0.0)
    assert forgotten.rating == AGAIN and not forgotten.correct
    assert (forgotten.due - clock.now) <= timedelta(days=3)
    clock.now = forgotten.due
    assert refresher.due_count(sam, {quiz.id: quiz}) == 1


def test_the_daily_limit_holds_and_the_rest_wait(setup, tmp_path: Path) -> None:
    _db, clock, refresher, records, sam = setup
    quiz = write_quiz(tmp_path / "quizzes", count=14)
    quizzes = {quiz.id: quiz}
    take_quiz(records, sam, quiz, {f"q{n}": False for n in range(1, 15)}, clock.now)
    clock.advance(days=1)
    assert refresher.due_count(sam, quizzes) == 14
    first = refresher.todays_refresher(sam, quizzes)
    assert len(first) == 10
    for item in first[:4]:
        refresher.record_review(sam, quiz.id, item.question_id, 1.0)
    clock.advance(hours=3)  # back later the same day: only what is left of the day's ten
    second = refresher.todays_refresher(sam, quizzes)
    assert len(second) == 6 and not {i.question_id for i in second} & {i.question_id for i in first[:4]}
    for item in second:
        refresher.record_review(sam, quiz.id, item.question_id, 1.0)
    status = refresher.status(sam, quizzes)
    assert (status.due, status.reviewed_today, status.left_today) == (4, 10, 0)
    assert refresher.todays_refresher(sam, quizzes) == []
    assert "answered today's 10 questions" in status_text(status, clock.now.date())
    assert len(refresher.todays_refresher(sam, quizzes, limit=12)) == 2  # a larger limit asked for
    clock.advance(days=1)
    assert len(refresher.todays_refresher(sam, quizzes)) == 4  # the next day, the four left over


def test_nothing_due_says_when_the_next_is(setup, tmp_path: Path) -> None:
    _db, clock, refresher, records, sam = setup
    quiz = write_quiz(tmp_path / "quizzes", count=2)
    take_quiz(records, sam, quiz, {"q1": True, "q2": True}, clock.now)
    status = refresher.status(sam, {quiz.id: quiz})
    assert status.cards == 2 and status.due == 0 and status.left_today == 0
    assert status.next_due is not None and status.next_due.date() > clock.now.date()
    text = status_text(status, clock.now.date(), UTC)
    assert text.startswith("Refresher: nothing due today. The next question is due ")
    assert f"{status.next_due.day} {status.next_due:%B}" in text
    clock.now = status.next_due.replace(hour=7)  # the morning of that day: due today, before its hour
    assert refresher.due_count(sam, {quiz.id: quiz}) >= 1


def test_questions_whose_quiz_or_question_is_gone_are_skipped_and_not_counted(setup, tmp_path: Path) -> None:
    _db, clock, refresher, records, sam = setup
    quiz = write_quiz(tmp_path / "quizzes", count=3)
    other = write_quiz(tmp_path / "other", quiz_id="other", count=2)
    take_quiz(records, sam, quiz, {"q1": False, "q2": False, "q3": False}, clock.now)
    take_quiz(records, sam, other, {"q1": False, "q2": False}, clock.now)
    clock.advance(days=2)
    smaller = write_quiz(tmp_path / "newer", count=2)  # q3 has been taken out of "facts"; "other" uninstalled
    installed = {smaller.id: smaller}
    status = refresher.status(sam, installed)
    assert (status.cards, status.due, status.unavailable) == (2, 2, 3)
    assert refresher.due_count(sam, installed) == 2
    assert sorted(i.question_id for i in refresher.todays_refresher(sam, installed)) == ["q1", "q2"]
    assert "3 questions from quizzes no longer installed are left out" in status_text(status, clock.now.date())
    assert refresher.status(sam, {}).cards == 0 and refresher.status(sam, {}).unavailable == 5


def test_cards_belong_to_their_person(setup, tmp_path: Path) -> None:
    db, clock, refresher, records, sam = setup
    kim = profile(db, "Kim")
    quiz = write_quiz(tmp_path / "quizzes", count=2)
    take_quiz(records, sam, quiz, {"q1": False, "q2": False}, clock.now)
    take_quiz(records, kim, quiz, {"q1": True}, clock.now)
    clock.advance(days=1)
    assert refresher.due_count(sam, {quiz.id: quiz}) == 2
    assert refresher.due_count(kim, {quiz.id: quiz}) == 0
    assert refresher.status(kim, {quiz.id: quiz}).cards == 1


def test_cards_are_kept_in_the_database_file(tmp_path: Path) -> None:
    clock = SimulatedClock()
    quiz = write_quiz(tmp_path / "quizzes", count=2)
    db = open_db(tmp_path)
    refresher = make_refresher(db, clock)
    sam = profile(db)
    take_quiz(QuizRecords(db, refresher=refresher), sam, quiz, {"q1": True, "q2": False}, clock.now)
    before = refresher.status(sam, {quiz.id: quiz})
    db.close()
    db = open_db(tmp_path)  # the same file, opened again
    try:
        again = make_refresher(db, clock)
        assert again.status(sam, {quiz.id: quiz}) == before
        clock.advance(days=1)
        [item] = again.todays_refresher(sam, {quiz.id: quiz})
        outcome = again.record_review(sam, quiz.id, item.question_id, 1.0)
        with db.session() as session:
            card = session.scalars(select(RefresherCard).where(RefresherCard.question_id == "q2")).one()
        assert card.due == outcome.due and card.last_review == clock.now
        assert datetime.fromisoformat(card.card["due"]) == outcome.due
    finally:
        db.close()


def test_an_unreadable_card_state_starts_again(setup, tmp_path: Path) -> None:
    db, clock, refresher, records, sam = setup
    quiz = write_quiz(tmp_path / "quizzes", count=1)
    take_quiz(records, sam, quiz, {"q1": True}, clock.now)
    with db.session() as session:
        session.scalars(select(RefresherCard)).one().card = {"state": "nonsense"}
    clock.advance(days=3)
    outcome = refresher.record_review(sam, quiz.id, "q1", 1.0)
    assert outcome.due > clock.now


def test_fuzzed_intervals_stay_near_the_schedule(tmp_path: Path) -> None:
    """The app's own setting spreads intervals a little, never below a day or past a year."""
    from nps_trainer.refresher.scheduling import MAXIMUM_INTERVAL_DAYS, review

    card, when = None, START
    for _ in range(12):
        scheduled = review(card, GOOD, when, fuzz=True)
        gap = scheduled.due - when
        assert timedelta(days=1) <= gap <= timedelta(days=MAXIMUM_INTERVAL_DAYS)
        card, when = scheduled.card, scheduled.due
    assert (when - START).days > MAXIMUM_INTERVAL_DAYS


def test_certainty_given_under_certainty_based_marking_sets_the_rating(setup, tmp_path: Path) -> None:
    db, clock, _refresher, records, sam = setup
    quiz = write_quiz(tmp_path / "quizzes")
    attempt_id, attempt = records.start(sam, quiz, "practice", seed=1, cbm=True)
    for question_id, answer, certainty in (("q1", True, 1), ("q2", True, 3), ("q3", False, 3)):
        attempt.answer(question_id, answer, now=clock.now, certainty=certainty)
        records.save_answer(attempt_id, attempt, question_id)
    ratings = {r.question_id: (r.rating, r.certainty, r.correct) for r in _reviews(db, sam)}
    assert ratings == {"q1": (HARD, 1, True), "q2": (EASY, 3, True), "q3": (AGAIN, 3, False)}
