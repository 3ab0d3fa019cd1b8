"""A quiz of true/false questions, a simulated clock, and a refresher on a real SQLite file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from nps_trainer.profiles import ProfileService
from nps_trainer.quiz import Quiz, load_quiz
from nps_trainer.quiz_records import QuizRecords
from nps_trainer.refresher import RefresherService
from nps_trainer.storage.database import Database, open_database

START = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)  # a Monday, midday


def quiz_yaml(quiz_id: str = "facts", count: int = 3, mode: str = "either", module: str = "overdose-response",
              section: str = "the-response-step-by-step") -> str:
    lines = [f"id: {quiz_id}", f"title: Facts {quiz_id}", 'version: "1.0"', f"modules: [{module}]",
             f"mode: {mode}", "pass_mark: 50", "selection: all", "shuffle: {questions: false, options: false}",
             "scoring: {multiple_response: right-minus-wrong, ordering: position}",
             "questions:"]
    for number in range(1, count + 1):
        lines += [f"  - id: q{number}", "    type: true-false", f"    prompt: Statement {number} is true.",
                  "    answer: true", f"    explanation: Statement {number} is true.",
                  f"    source: {{module: {module}, section: {section}}}"]
    return "\n".join(lines) + "\n"


def write_quiz(folder: Path, quiz_id: str = "facts", count: int = 3, mode: str = "either") -> Quiz:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{quiz_id}.yaml"
    path.write_text(quiz_yaml(quiz_id, count, mode), encoding="utf-8")
    quiz, problems = load_quiz(path)
    assert quiz is not None and not problems, problems
    return quiz


@dataclass
class SimulatedClock:
    now: datetime = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, days: float = 0, hours: float = 0) -> datetime:
        self.now += timedelta(days=days, hours=hours)
        return self.now


def open_db(tmp_path: Path) -> Database:
    return open_database(f"sqlite:///{tmp_path / 'refresher.sqlite3'}", tmp_path / "backups")


def make_refresher(db: Database, clock: SimulatedClock, per_day: int = 10) -> RefresherService:
    return RefresherService(db, lambda: per_day, clock=clock, tz=UTC, fuzz=False)


def profile(db: Database, name: str = "Sam") -> int:
    return ProfileService(db).create(name, "practitioner").id


def take_quiz(records: QuizRecords, profile_id: int, quiz: Quiz, answers: dict[str, bool], when: datetime,
              mode: str = "practice") -> int:
    """Take ``quiz`` at ``when`` through the real quiz records, answering each question as given."""
    attempt_id, attempt = records.start(profile_id, quiz, mode, seed=1)
    for question_id, answer in answers.items():
        attempt.answer(question_id, answer, now=when)
        records.save_answer(attempt_id, attempt, question_id)
    attempt.finish(now=when)
    records.finish(attempt_id, attempt)
    return attempt_id
