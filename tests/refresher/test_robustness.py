"""The refresher never costs a learner a quiz answer, on a real SQLite file: a damaged card (JSON that does not
parse, times without a zone) starts again and the answer is saved; a refresher that fails outright is undone
alone (a savepoint) and the answer is saved all the same. Questions merged (one takes another's id among its
``previous_ids``) are counted and asked once, and answering them keeps one card."""

from __future__ import annotations

import json
import logging
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from nps_trainer.quiz import load_quiz
from nps_trainer.quiz_records import QuizRecords
from nps_trainer.refresher import GOOD
from nps_trainer.refresher.scheduling import review
from nps_trainer.storage.models import QuizAnswer, RefresherCard, RefresherReview

from .support import SimulatedClock, make_refresher, open_db, profile, quiz_yaml, take_quiz, write_quiz


@pytest.fixture
def setup(tmp_path: Path):
    db = open_db(tmp_path)
    clock = SimulatedClock()
    refresher = make_refresher(db, clock)
    yield db, clock, refresher, QuizRecords(db, refresher=refresher), profile(db)
    db.close()


def _raw(tmp_path: Path, sql: str, *params) -> list[tuple]:
    """Read the file itself with the standard library (what is committed, not what a session holds)."""
    with sqlite3.connect(tmp_path / "refresher.sqlite3") as connection:
        return connection.execute(sql, params).fetchall()


def _broken(_card: str) -> str:
    return "{broken"


def _zoneless(card: str) -> str:
    return card.replace("+00:00", "")


@pytest.mark.parametrize("damage", [_broken, _zoneless], ids=["json-that-does-not-parse", "times-without-a-zone"])
def test_a_damaged_card_starts_again_and_the_quiz_answer_is_saved(setup, tmp_path: Path, caplog, damage) -> None:
    db, clock, _refresher, records, sam = setup
    quiz = write_quiz(tmp_path / "quizzes", count=1)
    take_quiz(records, sam, quiz, {"q1": True}, clock.now)
    [(card_id, saved)] = _raw(tmp_path, "SELECT id, card FROM refresher_cards")
    with db.session() as session:
        session.execute(text("UPDATE refresher_cards SET card = :card"), {"card": damage(saved)})
    clock.advance(days=3)

    caplog.set_level(logging.WARNING)
    attempt_id = take_quiz(records, sam, quiz, {"q1": True}, clock.now)  # a real quiz answer, practice

    assert _raw(tmp_path, "SELECT question_id, score FROM quiz_answers WHERE attempt_id = ?", attempt_id) == [
        ("q1", 1.0)]
    fresh = review(None, GOOD, clock.now, fuzz=False)  # what a question met for the first time now gets
    with db.session() as session:
        card = session.scalars(select(RefresherCard)).one()
        assert card.id == card_id and card.last_review == clock.now
        assert card.due == fresh.due == clock.now + timedelta(days=2)  # started again, not carried on
        assert card.card["stability"] == fresh.card["stability"]
        sources = [r.source for r in session.scalars(select(RefresherReview).order_by(RefresherReview.id))]
    assert sources == ["quiz", "quiz"]
    assert "starting it again" in caplog.text


def test_a_failing_refresher_is_undone_alone_and_the_quiz_answer_is_saved(setup, tmp_path: Path, caplog) -> None:
    db, clock, _refresher, records, sam = setup
    quiz = write_quiz(tmp_path / "quizzes", count=2)
    take_quiz(records, sam, quiz, {"q1": True}, clock.now)
    due_before = _raw(tmp_path, "SELECT question_id, due, card FROM refresher_cards")
    with db.session() as session:  # the database itself refuses the refresher's write
        session.execute(text("CREATE TRIGGER no_reviews BEFORE INSERT ON refresher_reviews "
                             "BEGIN SELECT RAISE(ABORT, 'refresher writes refused'); END"))
    clock.advance(days=3)

    caplog.set_level(logging.ERROR)
    attempt_id, attempt = records.start(sam, quiz, "practice", seed=1)
    for question_id in ("q1", "q2"):  # one with a card already, one new: both fail to schedule
        attempt.answer(question_id, True, now=clock.now)
        records.save_answer(attempt_id, attempt, question_id)
    attempt.finish(now=clock.now)
    records.finish(attempt_id, attempt)

    assert _raw(tmp_path, "SELECT question_id, score FROM quiz_answers WHERE attempt_id = ? ORDER BY id",
                attempt_id) == [("q1", 1.0), ("q2", 1.0)]
    assert _raw(tmp_path, "SELECT score FROM quiz_attempts WHERE id = ?", attempt_id) == [(100.0,)]
    assert _raw(tmp_path, "SELECT question_id, due, card FROM refresher_cards") == due_before  # undone alone
    assert caplog.text.count("the quiz answer is saved without it") == 2
    with db.session() as session:
        assert session.scalar(select(QuizAnswer).where(QuizAnswer.attempt_id == attempt_id,
                                                       QuizAnswer.question_id == "q2")) is not None


def _merged(tmp_path: Path):
    """The quiz now: one question, q1, that was q1 and q2 (q2 merged into it)."""
    merged = quiz_yaml("facts", 1).replace("  - id: q1\n", "  - id: q1\n    previous_ids: [q2]\n")
    path = tmp_path / "quizzes" / "facts.yaml"
    path.write_text(merged, encoding="utf-8")
    quiz, problems = load_quiz(path)
    assert quiz is not None and not problems, problems
    return quiz


@pytest.mark.parametrize("order", [("q2", "q1"), ("q1", "q2")], ids=["older-card-merged", "newer-card-merged"])
def test_merged_questions_are_counted_asked_and_kept_once(setup, tmp_path: Path, order) -> None:
    db, clock, refresher, records, sam = setup
    quiz = write_quiz(tmp_path / "quizzes", count=2)
    first, last = order
    take_quiz(records, sam, quiz, {first: True}, clock.now)
    clock.advance(hours=1)
    take_quiz(records, sam, quiz, {last: False}, clock.now)  # reviewed last: this card is kept
    with db.session() as session:
        kept_id = session.scalars(select(RefresherCard.id).where(RefresherCard.question_id == last)).one()
    merged = _merged(tmp_path)
    quizzes = {merged.id: merged}
    clock.advance(days=5)

    status = refresher.status(sam, quizzes)
    assert (status.cards, status.due, status.unavailable) == (1, 1, 0)
    [item] = refresher.todays_refresher(sam, quizzes)
    assert item.question.id == "q1" and item.question_id == last

    take_quiz(records, sam, merged, {"q1": True}, clock.now)  # the quiz answer saves, and merges the cards
    with db.session() as session:
        cards = list(session.scalars(select(RefresherCard)))
        assert [(c.id, c.question_id, c.last_review) for c in cards] == [(kept_id, "q1", clock.now)]
        logged = [r.question_id for r in session.scalars(select(RefresherReview).order_by(RefresherReview.id))]
    assert logged == [first, last, "q1"]  # the history of both is kept
    clock.advance(days=30)
    refresher.record_review(sam, merged.id, "q1", 1.0, previous_ids=["q2"])
    assert refresher.status(sam, quizzes).cards == 1


def test_a_refresher_answer_to_a_merged_question_merges_its_cards(setup, tmp_path: Path) -> None:
    db, clock, refresher, records, sam = setup
    quiz = write_quiz(tmp_path / "quizzes", count=2)
    take_quiz(records, sam, quiz, {"q1": False, "q2": False}, clock.now)
    merged = _merged(tmp_path)
    clock.advance(days=2)
    [item] = refresher.todays_refresher(sam, {merged.id: merged})
    refresher.record_review(sam, merged.id, item.question.id, 1.0, previous_ids=item.question.previous_ids)
    with db.session() as session:
        assert [c.question_id for c in session.scalars(select(RefresherCard))] == ["q1"]
    assert json.loads(_raw(tmp_path, "SELECT card FROM refresher_cards")[0][0])["last_review"].startswith(
        clock.now.date().isoformat())


def test_a_sound_card_carries_on_and_merged_cards_merge_on_each_database(database_url: str, tmp_path: Path) -> None:
    """The card is read as saved JSON text on SQLite and PostgreSQL alike: a sound one carries on (it is not
    mistaken for a damaged one and started again), and merged questions keep one card."""
    from nps_trainer.storage.database import open_database

    db = open_database(database_url, tmp_path / "backups")
    try:
        clock = SimulatedClock()
        refresher = make_refresher(db, clock)
        records, sam = QuizRecords(db, refresher=refresher), profile(db)
        quiz = write_quiz(tmp_path / "quizzes", count=2)
        take_quiz(records, sam, quiz, {"q1": True, "q2": True}, clock.now)
        with db.session() as session:
            before = dict(session.scalars(select(RefresherCard).where(RefresherCard.question_id == "q1")).one().card)
        clock.advance(days=3)
        take_quiz(records, sam, quiz, {"q1": True}, clock.now)
        carried_on = review(before, GOOD, clock.now, fuzz=False)
        assert carried_on.due > review(None, GOOD, clock.now, fuzz=False).due  # so the two can be told apart
        with db.session() as session:
            assert session.scalars(select(RefresherCard.due).where(RefresherCard.question_id == "q1")).one() == (
                carried_on.due)

        merged = _merged(tmp_path)
        clock.advance(days=30)
        assert refresher.status(sam, {merged.id: merged}).cards == 1
        take_quiz(records, sam, merged, {"q1": True}, clock.now)
        with db.session() as session:
            assert [c.question_id for c in session.scalars(select(RefresherCard))] == ["q1"]
    finally:
        db.close()
