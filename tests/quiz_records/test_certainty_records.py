"""The certainty given with each practice answer (certainty-based marking) is saved with the answer, on a
real database file, and comes back after a restart: in the answer records, in the resumed attempt and in
the quiz_answers.certainty column that the spaced-review refresher reads."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from nps_trainer.profiles import ProfileService
from nps_trainer.quiz import Quiz
from nps_trainer.quiz_records import QuizRecords
from nps_trainer.storage.database import open_database
from nps_trainer.storage.models import QuizAnswer

from .test_quiz_records import read_quiz, write_quiz


def _quiz(tmp_path: Path) -> Quiz:
    return read_quiz(write_quiz(tmp_path / "quizzes"))


def test_certainty_is_stored_with_each_answer_and_survives_a_restart(database_url: str, tmp_path: Path) -> None:
    quiz = _quiz(tmp_path)
    db = open_database(database_url, tmp_path / "backups")
    try:
        records = QuizRecords(db)
        profile = ProfileService(db).create("Sam", "practitioner").id
        attempt_id, attempt = records.start(profile, quiz, "practice", seed=7, cbm=True)
        attempt.answer("sound", "airway", certainty=3)
        records.save_answer(attempt_id, attempt, "sound", seconds=5)
        attempt.answer("gasps", True, certainty=2)  # wrong, fairly sure
        records.save_answer(attempt_id, attempt, "gasps", seconds=4)
        plain_id, plain = records.start(ProfileService(db).create("Jo", "practitioner").id, quiz, "practice",
                                        seed=7)
        plain.answer("sound", "airway")
        records.save_answer(plain_id, plain, "sound")
    finally:
        db.close()

    db = open_database(database_url, tmp_path / "backups")  # a restart: the same file, opened afresh
    try:
        records = QuizRecords(db)
        saved = {a.question_id: (a.score, a.certainty) for a in records.answers(attempt_id)}
        assert saved == {"sound": (1.0, 3), "gasps": (0.0, 2)}
        assert [a.certainty for a in records.answers(plain_id)] == [None]  # no CBM: no certainty
        with db.session() as session:
            column = dict(session.execute(select(QuizAnswer.question_id, QuizAnswer.certainty)
                                          .where(QuizAnswer.attempt_id == attempt_id)).all())
        assert column == {"sound": 3, "gasps": 2}

        unfinished = records.unfinished(profile, quiz)
        assert unfinished is not None and unfinished.attempt_id == attempt_id
        resumed = unfinished.attempt
        assert resumed.cbm and resumed.response("gasps").certainty == 2
        resumed.answer("call", "999", certainty=1)
        records.save_answer(attempt_id, resumed, "call")
        result = records.finish(attempt_id, resumed)
        assert result.cbm is not None
        assert {a.question_id: a.mark for a in result.cbm.answered} == {"sound": 3, "gasps": -2, "call": 1}
        assert result.cbm.questions == len(quiz.questions)  # the tiny quiz has no scenario
    finally:
        db.close()
