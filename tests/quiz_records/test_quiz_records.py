"""Quiz attempts saved after every answer, on SQLite and PostgreSQL: resume, history, best scores, a changed
quiz, and a process killed mid-attempt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from nps_trainer.profiles import ProfileService
from nps_trainer.quiz import Quiz, load_quiz
from nps_trainer.quiz_records import QuizRecords, QuizStatus
from nps_trainer.storage.database import Database, open_database

QUIZ_YAML = """\
id: tiny
title: A tiny quiz
version: "{version}"
modules: [overdose-response]
mode: either
pass_mark: 75
selection: all
shuffle: {{questions: false, options: false}}
scoring: {{multiple_response: right-minus-wrong, ordering: position}}
questions:
  - id: sound
    type: single-choice
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
  - id: call
    type: short-answer
    prompt: What number do you call?
    accept: ["999"]
    explanation: Call 999.
    source: {{module: overdose-response, section: the-response-step-by-step}}
{extra}"""

EXTRA = """\
  - id: interval
    type: short-answer
    prompt: Minutes between naloxone doses?
    accept: ["2-3"]
    explanation: Every 2-3 minutes.
    source: {module: overdose-response, section: giving-naloxone-injectable-and-nasal}
"""


def write_quiz(folder: Path, version: str = "1.0", extra: str = EXTRA) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "tiny.yaml"
    path.write_text(QUIZ_YAML.format(version=version, extra=extra), encoding="utf-8")
    return path


def read_quiz(path: Path) -> Quiz:
    quiz, problems = load_quiz(path)
    assert quiz is not None and not problems, problems
    return quiz


@pytest.fixture
def db(database_url: str, tmp_path: Path):
    database = open_database(database_url, tmp_path / "backups")
    yield database
    database.close()


@pytest.fixture
def quiz(tmp_path: Path) -> Quiz:
    return read_quiz(write_quiz(tmp_path / "quizzes"))


def _profile(db: Database, name: str = "Sam") -> int:
    return ProfileService(db).create(name, "practitioner").id


def test_answers_are_saved_and_the_attempt_resumes(db: Database, quiz: Quiz) -> None:
    records, profile = QuizRecords(db), _profile(db)
    assert records.unfinished(profile, quiz) is None
    attempt_id, attempt = records.start(profile, quiz, "assessed", seed=7)
    attempt.answer("sound", "airway")
    records.save_answer(attempt_id, attempt, "sound", seconds=12.5)
    attempt.next()
    attempt.answer("gasps", True)
    records.save_answer(attempt_id, attempt, "gasps", seconds=4)
    attempt.answer("gasps", False)  # assessed: an answer may be changed; one row, time added up
    records.save_answer(attempt_id, attempt, "gasps", seconds=3)
    attempt.next()
    records.save_state(attempt_id, attempt)

    saved = {a.question_id: a for a in records.answers(attempt_id)}
    assert set(saved) == {"sound", "gasps"}
    assert saved["sound"].answer == "airway" and saved["sound"].score == 1.0 and saved["sound"].seconds == 12.5
    assert saved["gasps"].answer is False and saved["gasps"].seconds == 7
    assert saved["gasps"].answered_at.tzinfo is not None

    unfinished = records.unfinished(profile, quiz)
    assert unfinished is not None and unfinished.resumable and not unfinished.quiz_changed
    assert unfinished.attempt_id == attempt_id and (unfinished.answered, unfinished.total) == (2, 4)
    resumed = unfinished.attempt
    assert resumed is not None
    assert resumed.position == 2 and resumed.current_question.id == "call"
    assert resumed.response("sound").answer == "airway" and resumed.seed == 7
    [record] = records.history(profile, quiz.id)
    assert record.in_progress and record.answered == 2 and record.seconds == 19.5
    assert records.summaries(profile)[quiz.id].status is QuizStatus.IN_PROGRESS


def test_finish_history_and_best_scores(db: Database, quiz: Quiz) -> None:
    records, profile = QuizRecords(db), _profile(db)
    other = _profile(db, "Alex")
    scores = []
    for answers in ({"sound": "asleep"}, {"sound": "airway", "gasps": False, "call": "999", "interval": "2-3"},
                    {"sound": "airway", "gasps": False}):
        attempt_id, attempt = records.start(profile, quiz, "assessed")
        for question_id, answer in answers.items():
            attempt.answer(question_id, answer)
            records.save_answer(attempt_id, attempt, question_id, seconds=5)
        result = records.finish(attempt_id, attempt)
        scores.append((result.percent, result.passed))
    assert scores == [(0.0, False), (100.0, True), (50.0, False)]

    history = records.history(profile, quiz.id)
    assert [h.score for h in history] == [50.0, 100.0, 0.0]  # newest first
    assert [h.passed for h in history] == [False, True, False]
    assert all(h.finished and h.mode == "assessed" and h.pass_mark == 75 for h in history)
    assert history[1].seconds == 20 and history[1].answered == 4
    assert history[0].finished_at >= history[0].started_at
    assert records.best_scores(profile) == {"tiny": 100.0}
    assert records.best_scores(other) == {}
    summary = records.summaries(profile)["tiny"]
    assert summary.status is QuizStatus.PASSED and summary.best_percent == 100.0 and summary.attempts == 3
    assert records.unfinished(profile, quiz) is None


def test_not_yet_passed_and_starting_again(db: Database, quiz: Quiz) -> None:
    records, profile = QuizRecords(db), _profile(db)
    attempt_id, attempt = records.start(profile, quiz, "assessed")
    attempt.answer("sound", "asleep")
    records.save_answer(attempt_id, attempt, "sound")
    records.finish(attempt_id, attempt)
    assert records.summaries(profile)["tiny"].status is QuizStatus.NOT_YET_PASSED

    left_id, _ = records.start(profile, quiz, "assessed")
    records.abandon(left_id)  # the learner chose to start again
    assert records.unfinished(profile, quiz) is None
    newest = records.history(profile, quiz.id)[0]
    assert newest.id == left_id and newest.abandoned and newest.score is None
    assert records.summaries(profile)["tiny"].status is QuizStatus.NOT_YET_PASSED


def _finish(records: QuizRecords, profile: int, quiz: Quiz, mode: str, answers: dict[str, object]) -> float:
    attempt_id, attempt = records.start(profile, quiz, mode)
    for question_id, answer in answers.items():
        attempt.answer(question_id, answer)
        records.save_answer(attempt_id, attempt, question_id)
    return records.finish(attempt_id, attempt).percent


ALL_RIGHT = {"sound": "airway", "gasps": False, "call": "999", "interval": "2-3"}


def test_only_assessed_attempts_pass_and_practice_is_summarised_apart(db: Database, quiz: Quiz) -> None:
    records, profile = QuizRecords(db), _profile(db)
    assert _finish(records, profile, quiz, "practice", ALL_RIGHT) == 100.0  # above the pass mark, in practice
    summary = records.summaries(profile)["tiny"]
    assert summary.status is QuizStatus.PRACTISED and summary.status is not QuizStatus.PASSED
    assert (summary.best_percent, summary.attempts) == (None, 0)
    assert (summary.best_practice_percent, summary.practice_attempts) == (100.0, 1)

    assert _finish(records, profile, quiz, "assessed", {"sound": "airway", "gasps": False}) == 50.0
    summary = records.summaries(profile)["tiny"]
    assert summary.status is QuizStatus.NOT_YET_PASSED
    assert (summary.best_percent, summary.attempts) == (50.0, 1)
    assert (summary.best_practice_percent, summary.practice_attempts) == (100.0, 1)

    assert _finish(records, profile, quiz, "assessed", ALL_RIGHT) == 100.0
    summary = records.summaries(profile)["tiny"]
    assert summary.status is QuizStatus.PASSED and (summary.best_percent, summary.attempts) == (100.0, 2)


def test_a_changed_quiz_resumes_when_it_can_and_says_so_when_it_cannot(db: Database, tmp_path: Path) -> None:
    records, profile = QuizRecords(db), _profile(db)
    path = write_quiz(tmp_path / "quizzes")
    attempt_id, attempt = records.start(profile, read_quiz(path), "practice", seed=1)
    attempt.answer("sound", "airway")
    records.save_answer(attempt_id, attempt, "sound")

    reworded = read_quiz(write_quiz(tmp_path / "quizzes", version="1.1"))
    unfinished = records.unfinished(profile, reworded)
    assert unfinished is not None and unfinished.resumable and unfinished.quiz_changed

    shorter = read_quiz(write_quiz(tmp_path / "quizzes", version="2.0", extra=""))
    unfinished = records.unfinished(profile, shorter)
    assert unfinished is not None and not unfinished.resumable and unfinished.attempt is None
    assert "has changed since you started" in unfinished.problem and "interval" in unfinished.problem
    assert unfinished.answered == 1 and unfinished.total == 4


KILLED_QUIZ_TAKER = """
import os, signal, sys
from pathlib import Path
from nps_trainer.profiles import ProfileService
from nps_trainer.quiz import load_quiz
from nps_trainer.quiz_records import QuizRecords
from nps_trainer.storage.database import open_database

db = open_database(sys.argv[1], Path(sys.argv[2]))
quiz, _ = load_quiz(Path(sys.argv[3]))
profile = ProfileService(db).create("Sam", "practitioner")
records = QuizRecords(db)
attempt_id, attempt = records.start(profile.id, quiz, "practice", seed=3)
for answer in ("airway", False, "nine nine nine"):
    attempt.answer(attempt.current_question.id, answer)
    records.save_answer(attempt_id, attempt, attempt.current_question.id, seconds=2)
    attempt.next()
    records.save_state(attempt_id, attempt)
os.kill(os.getpid(), signal.SIGKILL)  # no clean-up, no finish
"""


def test_resume_after_the_process_is_killed_mid_attempt(database_url: str, tmp_path: Path, quiz: Quiz) -> None:
    backups = tmp_path / "backups"
    script = [sys.executable, "-c", KILLED_QUIZ_TAKER, database_url, str(backups), str(quiz.path)]
    result = subprocess.run(script, cwd=tmp_path)
    assert result.returncode == -9
    db = open_database(database_url, backups)
    try:
        assert db.check() == []
        [profile] = ProfileService(db).list()
        records = QuizRecords(db)
        unfinished = records.unfinished(profile.id, quiz)
        assert unfinished is not None and unfinished.attempt is not None
        attempt = unfinished.attempt
        assert attempt.position == 3 and attempt.current_question.id == "interval"
        assert {q: attempt.response(q).answer for q in ("sound", "gasps", "call")} == {
            "sound": "airway", "gasps": False, "call": "nine nine nine"}
        assert attempt.is_answered("call") and not attempt.is_answered("interval")
        assert [(a.question_id, a.score) for a in records.answers(unfinished.attempt_id)] == [
            ("sound", 1.0), ("gasps", 1.0), ("call", 0.0)]
        attempt.answer("interval", "2-3")
        records.save_answer(unfinished.attempt_id, attempt, "interval")
        assert records.finish(unfinished.attempt_id, attempt).percent == 75.0
        assert records.best_scores(profile.id) == {"tiny": 75.0}
    finally:
        db.close()
