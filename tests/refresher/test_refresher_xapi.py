"""Answers given in the refresher become learning records: one "answered" statement per answer, written to the
outbox in the review's own transaction (real SQLite file); none when learning records are off; and a failing
learning record never costs the review."""

from __future__ import annotations

import logging
import uuid
from datetime import UTC

import pytest
from sqlalchemy import func, select

from nps_trainer.learning_records import iris
from nps_trainer.learning_records import statements as st
from nps_trainer.learning_records.config import LrsConfig
from nps_trainer.learning_records.events import LearningEvents
from nps_trainer.learning_records.outbox import Outbox
from nps_trainer.quiz_records import QuizRecords
from nps_trainer.refresher import RefresherService
from nps_trainer.refresher.ratings import EASY, HARD
from nps_trainer.services import build_services
from nps_trainer.storage.models import Profile, RefresherReview, XapiStatement
from tests.team.helpers import make_person

from .support import START, SimulatedClock, open_db, profile, take_quiz, write_quiz

BASE = "https://training.example.org/nps"


class _Broken(LearningEvents):
    """Learning records that fail on every refresher answer (as a full disc or a bad base IRI might)."""

    def refresher_answered(self, *args, **kwargs) -> str:
        raise RuntimeError("learning records are broken")


def _setup(tmp_path, events: LearningEvents | None):
    db = open_db(tmp_path)
    clock = SimulatedClock()
    refresher = RefresherService(db, lambda: 10, clock=clock, tz=UTC, fuzz=False, events=events)
    quiz = write_quiz(tmp_path / "quizzes")
    sam = profile(db)
    # the quiz itself is taken without learning records, so that the outbox holds only the refresher's
    take_quiz(QuizRecords(db, None, refresher), sam, quiz, {"q1": True}, START)
    clock.advance(days=30)
    return db, clock, refresher, quiz, sam


def _statements(db) -> list[XapiStatement]:
    with db.session() as session:
        return list(session.scalars(select(XapiStatement).order_by(XapiStatement.id)))


def _reviews(db) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(RefresherReview).where(
            RefresherReview.source == "refresher")))


def test_a_refresher_answer_writes_one_answered_statement(tmp_path) -> None:
    db, clock, refresher, quiz, sam = _setup(tmp_path, LearningEvents(LrsConfig(base_iri=BASE)))
    assert _statements(db) == []
    question = quiz.question("q1")
    outcome = refresher.record_review(sam, quiz.id, "q1", 1.0, 3, answer=True, question=question,
                                      quiz_title=quiz.title)
    assert outcome.rating == EASY and _reviews(db) == 1

    rows = _statements(db)
    assert len(rows) == 1
    row = rows[0]
    assert row.profile_id == sam and row.status == "waiting" and row.verb == iris.ANSWERED["id"]
    statement = row.statement
    assert statement["id"] == row.statement_id
    assert statement["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered"
    with db.session() as session:
        uid = session.get(Profile, sam).uid
    assert statement["actor"]["account"] == {"homePage": BASE, "name": uid}
    # the same activity as the question has in its quiz
    assert statement["object"]["id"] == iris.question_iri(BASE, quiz.id, "q1") == f"{BASE}/quizzes/facts/questions/q1"
    assert statement["object"]["definition"]["type"] == iris.INTERACTION
    assert statement["object"]["definition"]["interactionType"] == "true-false"
    assert statement["object"]["definition"]["name"]["en-GB"] == "Statement 1 is true."
    assert statement["result"] == {"response": "true", "success": True, "completion": True,
                                   "score": {"scaled": 1.0, "raw": 1.0, "min": 0, "max": 1}}
    context = statement["context"]
    assert context["extensions"] == {iris.EXT_REFRESHER: True, iris.EXT_FSRS_RATING: EASY, iris.EXT_CERTAINTY: 3}
    assert context["extensions"][f"{iris.VOCABULARY}/extensions/refresher"] is True
    assert context["contextActivities"]["category"] == [{"objectType": "Activity", "id": iris.CATEGORY_REFRESHER}]
    assert context["contextActivities"]["parent"][0]["id"] == iris.quiz_iri(BASE, quiz.id)
    assert context["contextActivities"]["parent"][0]["definition"]["name"]["en-GB"] == quiz.title
    assert "registration" not in context  # no quiz attempt
    assert statement["timestamp"] == st.timestamp(clock.now)
    assert st.check_statement(statement) == []
    assert Outbox(db).export() == [statement]


def test_a_wrong_refresher_answer_without_certainty(tmp_path) -> None:
    db, _clock, refresher, quiz, sam = _setup(tmp_path, LearningEvents(LrsConfig(base_iri=BASE)))
    refresher.record_review(sam, quiz.id, "q1", 0.5)  # no answer or question given: still a valid statement
    (row,) = _statements(db)
    statement = row.statement
    assert statement["result"]["success"] is False and statement["result"]["score"]["scaled"] == 0.5
    assert "response" not in statement["result"]
    assert statement["context"]["extensions"] == {iris.EXT_REFRESHER: True, iris.EXT_FSRS_RATING: HARD}
    assert statement["object"]["id"] == iris.question_iri(BASE, quiz.id, "q1")
    assert st.check_statement(statement) == []


def test_with_learning_records_off_nothing_is_written(tmp_path) -> None:
    db, _clock, refresher, quiz, sam = _setup(tmp_path, None)
    outcome = refresher.record_review(sam, quiz.id, "q1", 1.0, 2, answer=True, question=quiz.question("q1"))
    assert outcome.correct and _reviews(db) == 1
    assert _statements(db) == []


def test_a_failing_learning_record_never_costs_the_review(tmp_path, caplog: pytest.LogCaptureFixture) -> None:
    db, _clock, refresher, quiz, sam = _setup(tmp_path, _Broken(LrsConfig(base_iri=BASE)))
    with caplog.at_level(logging.ERROR):
        outcome = refresher.record_review(sam, quiz.id, "q1", 1.0, answer=True, question=quiz.question("q1"))
    assert outcome.correct and _reviews(db) == 1
    assert _statements(db) == []
    assert "review is saved without it" in caplog.text


def test_statement_builder_validates_like_the_others() -> None:
    agent = st.actor(BASE, "b5c1e0aa-uid")
    statement = st.refresher_answered(agent, BASE, START, "nps-check", "q spice", score=0.25, rating=2,
                                      certainty=1, response="a[,]c", question_type="multiple-response",
                                      prompt="Which are synthetic cannabinoids?", quiz_title="Check")
    statement = {**statement, "id": str(uuid.uuid4())}
    assert st.check_statement(statement) == []
    assert statement["object"]["id"] == f"{BASE}/quizzes/nps-check/questions/q%20spice"
    assert statement["object"]["definition"]["interactionType"] == "choice"
    assert all(key.startswith(f"{iris.VOCABULARY}/extensions/") for key in statement["context"]["extensions"])
    broken = {**statement, "result": {**statement["result"], "success": "yes"}}
    assert "result.success must be true or false" in st.check_statement(broken)


def test_the_apps_refresher_writes_through_the_apps_learning_records(user_paths, tmp_path) -> None:
    services = build_services(user_paths)
    try:
        pat = make_person(services, "Pat")
        quiz = write_quiz(tmp_path / "quizzes")
        services.refresher.record_review(pat.id, quiz.id, "q1", 1.0, answer=True, question=quiz.question("q1"),
                                         quiz_title=quiz.title)
        (statement,) = [s for s in services.outbox.export() if s["context"].get("extensions", {}).get(
            iris.EXT_REFRESHER)]
        assert statement["verb"]["id"].endswith("/answered")
        assert statement["object"]["id"] == iris.question_iri(iris.DEFAULT_BASE_IRI, quiz.id, "q1")
        assert statement["actor"]["account"]["name"] == pat.uid
    finally:
        services.close()
