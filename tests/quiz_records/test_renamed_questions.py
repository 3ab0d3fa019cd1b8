"""A question renamed in its quiz file (its old id kept in ``previous_ids``): answers saved under the old id
show under the new one, the attempt resumes, and answering again updates the saved row instead of adding one."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from nps_trainer.profiles import ProfileService
from nps_trainer.quiz import Quiz, load_quiz
from nps_trainer.quiz_records import QuizRecords
from nps_trainer.storage.database import Database, open_database
from nps_trainer.storage.models import QuizAnswer

QUIZ_YAML = """\
id: renamed
title: A quiz whose question is renamed
version: "{version}"
modules: [overdose-response]
mode: either
pass_mark: 75
selection: all
shuffle: {{questions: false, options: false}}
scoring: {{multiple_response: right-minus-wrong, ordering: position}}
questions:
  - id: {sound_id}
{previous}    type: single-choice
    prompt: What does snoring in an unresponsive person mean?
    options:
      - {{id: asleep, text: Asleep}}
      - {{id: airway, text: Airway partly blocked}}
    answer: airway
    explanation: A partly blocked airway.
    source: {{module: overdose-response, section: recognising-an-opioid-overdose}}
  - id: gasps
    type: true-false
    prompt: Gasps are normal breathing.
    answer: false
    explanation: They are not.
    source: {{module: overdose-response, section: cpr-and-the-recovery-position}}
"""


def _quiz(folder: Path, *, renamed: bool) -> Quiz:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "renamed.yaml"
    text = QUIZ_YAML.format(
        version="2.0" if renamed else "1.0",
        sound_id="snoring-means-airway" if renamed else "sound",
        previous="    previous_ids: [sound]\n" if renamed else "",
    )
    path.write_text(text, encoding="utf-8")
    quiz, problems = load_quiz(path)
    assert quiz is not None and not problems, problems
    return quiz


@pytest.fixture
def db(database_url: str, tmp_path: Path):
    database = open_database(database_url, tmp_path / "backups")
    yield database
    database.close()


def _answer_rows(db: Database, attempt_id: int) -> list[tuple[str, object]]:
    with db.session() as session:
        rows = session.scalars(select(QuizAnswer).where(QuizAnswer.attempt_id == attempt_id).order_by(QuizAnswer.id))
        return [(r.question_id, r.answer) for r in rows]


def test_an_answer_saved_under_the_old_id_shows_under_the_new_one(db: Database, tmp_path: Path) -> None:
    old_quiz = _quiz(tmp_path / "before", renamed=False)
    records, profile = QuizRecords(db), ProfileService(db).create("Sam", "practitioner").id
    attempt_id, attempt = records.start(profile, old_quiz, "assessed", seed=3)
    attempt.answer("sound", "airway")
    records.save_answer(attempt_id, attempt, "sound", seconds=6)
    attempt.next()
    records.save_state(attempt_id, attempt)

    new_quiz = _quiz(tmp_path / "after", renamed=True)
    assert new_quiz.question("sound") is new_quiz.question("snoring-means-airway")
    assert [a.question_id for a in records.answers(attempt_id, new_quiz)] == ["snoring-means-airway"]
    assert [a.question_id for a in records.answers(attempt_id)] == ["sound"]  # as stored, without the quiz

    unfinished = records.unfinished(profile, new_quiz)
    assert unfinished is not None and unfinished.resumable and unfinished.quiz_changed
    resumed = unfinished.attempt
    assert resumed is not None
    assert resumed.question_ids == ["snoring-means-airway", "gasps"]
    assert resumed.response("snoring-means-airway").answer == "airway"
    assert resumed.is_answered("snoring-means-airway") and unfinished.answered == 1
    assert resumed.current_question.id == "gasps"

    resumed.answer("snoring-means-airway", "asleep")  # assessed: the learner changes the renamed answer
    records.save_answer(attempt_id, resumed, "snoring-means-airway", seconds=2)
    resumed.answer("gasps", False)
    records.save_answer(attempt_id, resumed, "gasps", seconds=1)
    assert _answer_rows(db, attempt_id) == [("snoring-means-airway", "asleep"), ("gasps", False)]
    [first, _] = records.answers(attempt_id, new_quiz)
    assert first.seconds == 8  # the time saved under the old id is kept
    result = records.finish(attempt_id, resumed)
    assert result.percent == 50.0
