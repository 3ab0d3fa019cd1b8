"""The rating each answer gives FSRS: wrong → Again, part right → Hard, right → Hard, Good or Easy by certainty."""

from __future__ import annotations

import pytest
from fsrs import Rating

from nps_trainer.refresher import AGAIN, EASY, GOOD, HARD, RATING_NAMES, is_correct, rating_for


def test_the_ratings_are_fsrs_ratings() -> None:
    assert (Rating.Again, Rating.Hard, Rating.Good, Rating.Easy) == (AGAIN, HARD, GOOD, EASY)
    assert {r.value: r.name for r in Rating} == RATING_NAMES


@pytest.mark.parametrize(("score", "certainty", "rating"), [
    (0.0, None, AGAIN), (0.0, 1, AGAIN), (0.0, 3, AGAIN),  # wrong: Again however sure
    (0.5, None, HARD), (0.25, 3, HARD), (0.99, 1, HARD),  # part right: Hard however sure
    (1.0, 1, HARD), (1.0, 2, GOOD), (1.0, None, GOOD), (1.0, 3, EASY),  # right: by certainty
    (0.9995, 3, EASY),  # rounding in a score still counts as full marks
])
def test_rating_from_correctness_and_certainty(score: float, certainty: int | None, rating: int) -> None:
    assert rating_for(score, certainty) == rating


def test_correct_means_full_marks() -> None:
    assert is_correct(1.0) and is_correct(0.9999)
    assert not is_correct(0.99) and not is_correct(0.0)


def test_days_are_said_in_words() -> None:
    from datetime import UTC, date, datetime

    from nps_trainer.refresher.wording import day_text

    today = date(2026, 12, 6)
    assert day_text(datetime(2026, 12, 6, 23, tzinfo=UTC), today, UTC) == "today"
    assert day_text(datetime(2026, 12, 7, 1, tzinfo=UTC), today, UTC) == "tomorrow"
    assert day_text(datetime(2026, 12, 8, 9, tzinfo=UTC), today, UTC) == "on Tuesday 8 December"
    assert day_text(datetime(2027, 1, 4, 9, tzinfo=UTC), today, UTC) == "on Monday 4 January 2027"


def test_when_every_scheduled_question_is_gone_the_words_say_so() -> None:
    """Not "no questions are scheduled yet" beside "3 ... are left out": they are scheduled, and none can be
    asked."""
    from datetime import date

    from nps_trainer.refresher import RefresherStatus
    from nps_trainer.refresher.wording import next_text, status_text

    today = date(2026, 12, 6)
    for gone in (1, 3):
        status = RefresherStatus(0, 0, 0, 10, None, gone)
        text = status_text(status, today)
        assert "not scheduled" not in text and "scheduled yet" not in text and "left out" not in text, text
        assert "no longer in the installed quizzes" in text
        assert "no longer in the installed quizzes" in next_text(status, today)
        assert "scheduled yet" not in next_text(status, today)
    assert status_text(RefresherStatus(0, 0, 0, 10, None, 3), today) == (
        "Refresher: nothing to ask. All 3 questions scheduled for you are no longer in the installed quizzes, so "
        "none can be asked; questions from quizzes you take now will come back here.")
    assert status_text(RefresherStatus(0, 0, 0, 10, None, 1), today).startswith(
        "Refresher: nothing to ask. The question scheduled for you is no longer in the installed quizzes, so it "
        "cannot be asked")
    assert status_text(RefresherStatus(0, 0, 0, 10, None, 0), today).startswith("Refresher: nothing to refresh yet.")
    some_gone = status_text(RefresherStatus(2, 0, 0, 10, None, 1), today)  # some still asked: left out said
    assert some_gone.endswith("(1 question from quizzes no longer installed is left out.)")
