"""Learning records cost: what writing a statement to the outbox adds to saving a quiz answer, and how long
sending 10,000 statements to a local LRS (Ralph) takes.

    python benchmarks/bench_xapi.py [--answers 600] [--statements 10000]

Run from the repository root, with Ralph in ``.venv-ralph`` (or NPS_TRAINER_TEST_RALPH set; see
tests/learning_records/ralph_server.py). PostgreSQL comes from NPS_TRAINER_BENCH_POSTGRES_URL or a throwaway
server, as in bench_screening.py.

Answer save: the quiz store's own transaction (``QuizRecords.save_answer``: the attempt's state and the answer
row) against the same transaction with ``LearningEvents.question_answered`` inside it, as the store will call it,
one of each in turn (the same answer saved to two attempts) so that load on the machine falls on both alike.
Answers come from real bundled quizzes played by the demo's answering code.

Sending: 10,000 'answered' statements waiting in the outbox, sent by ``Sender.send_once`` to a fresh Ralph on
loopback, for two batch sizes; every statement is checked to be marked sent and counted back from the LRS.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_postgres import postgres_url  # noqa: E402 (after the path is set)


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def bench_answers(url: str, folder: Path, answers: int) -> dict[str, float]:
    from sqlalchemy import select

    from nps_trainer.audit import AuditLog
    from nps_trainer.demo.learning import play_attempt
    from nps_trainer.learning_records.config import LrsConfig
    from nps_trainer.learning_records.events import LearningEvents
    from nps_trainer.paths import bundled_content_dir
    from nps_trainer.profiles import ProfileService
    from nps_trainer.quiz import load_quizzes
    from nps_trainer.quiz_records import QuizRecords
    from nps_trainer.storage.database import open_database
    from nps_trainer.storage.models import QuizAnswer, QuizAttempt

    db = open_database(url, folder / "backups")
    person = ProfileService(db, AuditLog(db)).create("Bench Person", "practitioner")
    quizzes, _ = load_quizzes(bundled_content_dir() / "quizzes", None)
    records = QuizRecords(db)
    events = LearningEvents(LrsConfig(base_iri="https://training.example.org/nps"))
    inside: list[float] = []

    def save_with_statement(attempt_id, attempt, question_id, seconds):
        """QuizRecords.save_answer with the one call the lead adds (the same code, plus the event)."""
        response = attempt.response(question_id)
        with db.session() as session:
            session.get(QuizAttempt, attempt_id).state = attempt.to_dict()
            row = session.scalars(select(QuizAnswer).where(
                QuizAnswer.attempt_id == attempt_id, QuizAnswer.question_id == question_id)).first()
            if row is None:
                row = QuizAnswer(attempt_id=attempt_id, question_id=question_id, seconds=0.0)
                session.add(row)
            row.answer = response.answer
            row.score = response.score
            row.seconds = (row.seconds or 0.0) + max(0.0, float(seconds))
            row.answered_at = datetime.fromisoformat(response.answered_at)
            question = attempt.quiz.question(question_id)
            session.flush()  # the store's own writes, so that the time below is the statement's alone
            begin = time.perf_counter()
            events.question_answered(session, person.id, attempt.quiz.id, question_id, attempt_id=attempt_id,
                                     mode=attempt.mode.value, answer=response.answer, score=response.score,
                                     question_type=question.type.value, prompt=question.prompt[:200],
                                     quiz_title=attempt.quiz.title, seconds=seconds)
            session.flush()
            inside.append((time.perf_counter() - begin) * 1000)

    rng = random.Random(10)
    plain: list[float] = []
    with_statement: list[float] = []
    started = datetime.now(UTC) - timedelta(days=1)
    while len(plain) < answers:
        quiz = rng.choice(quizzes)
        mode = "assessed" if quiz.mode.value in ("either", "assessed") else "practice"
        attempt, seconds = play_attempt(quiz, mode, 0.8, started, rng, finish=False)
        answered = [q for q in attempt.question_ids if attempt.response(q) is not None]
        # Two attempt rows saved from the same played attempt, one answer each way in turn, so that whatever
        # else the machine is doing falls on both alike.
        plain_id, _ = records.start(person.id, quiz, mode)
        with_id, _ = records.start(person.id, quiz, mode)
        for question_id, spent in zip(answered, seconds, strict=False):
            for save, attempt_id, times in ((records.save_answer, plain_id, plain),
                                            (save_with_statement, with_id, with_statement)):
                begin = time.perf_counter()
                save(attempt_id, attempt, question_id, spent)
                times.append((time.perf_counter() - begin) * 1000)
    db.close()
    return {"plain_p50": statistics.median(plain), "plain_p95": p95(plain),
            "with_p50": statistics.median(with_statement), "with_p95": p95(with_statement),
            "inside_p50": statistics.median(inside), "inside_p95": p95(inside),
            "count": min(len(plain), len(with_statement))}


def bench_sending(folder: Path, count: int, batch: int) -> dict[str, float]:
    from tests.learning_records.ralph_server import RalphServer, find_ralph

    from nps_trainer.audit import AuditLog
    from nps_trainer.learning_records.config import LrsConfig
    from nps_trainer.learning_records.events import LearningEvents
    from nps_trainer.learning_records.outbox import Outbox
    from nps_trainer.learning_records.sender import Sender
    from nps_trainer.profiles import ProfileService
    from nps_trainer.storage.database import open_database

    ralph = find_ralph()
    if ralph is None:
        raise SystemExit("Ralph is not installed: see tests/learning_records/ralph_server.py")
    work = folder / f"send-{batch}"
    work.mkdir()
    db = open_database(f"sqlite:///{work / 'send.sqlite3'}", work / "backups")
    person = ProfileService(db, AuditLog(db)).create("Bench Sender", "practitioner")
    base = "https://training.example.org/nps"
    events = LearningEvents(LrsConfig(base_iri=base))
    begin = time.perf_counter()
    with db.session() as session:
        for n in range(count):
            events.question_answered(session, person.id, "bench-quiz", f"q{n % 40}", attempt_id=n // 40,
                                     mode="assessed", answer=["a", "c"], score=0.5,
                                     question_type="multiple-response", prompt="Which of these?", seconds=12.5)
    enqueue_s = time.perf_counter() - begin
    server = RalphServer.start(ralph, work / "ralph")
    try:
        config = LrsConfig(base_iri=base, endpoint=server.endpoint, key=server.key, secret=server.secret)
        outbox = Outbox(db)
        begin = time.perf_counter()
        report = Sender(outbox, lambda: config, batch=batch).send_once()
        send_s = time.perf_counter() - begin
        assert (report.sent, report.rejected, report.error) == (count, 0, None), report
        assert outbox.status().sent == count
        stored = len(server.statements_of(person.uid, base))
        assert stored == count, stored
    finally:
        server.stop()
        db.close()
    return {"enqueue_s": enqueue_s, "send_s": send_s, "rate": count / send_s}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--answers", type=int, default=600, help="answers saved each way, per database")
    parser.add_argument("--statements", type=int, default=10_000)
    parser.add_argument("--batches", default="100,500",
                        help="batch sizes to send with, comma-separated (empty: answers only)")
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="nps-bench-xapi-"))
    answers = {"SQLite (WAL)": bench_answers(f"sqlite:///{folder / 'answers.sqlite3'}", folder, args.answers)}
    if not args.no_postgres:
        url, server = postgres_url()
        try:
            answers["PostgreSQL (loopback)"] = bench_answers(url, folder, args.answers)
        finally:
            if server is not None:
                server.stop()
                shutil.rmtree(server.data_dir.parent, ignore_errors=True)
    sending = {int(b): bench_sending(folder, args.statements, int(b)) for b in args.batches.split(",") if b}
    shutil.rmtree(folder, ignore_errors=True)
    from machine_info import machine

    print(f"Learning records benchmark, {datetime.now(UTC).strftime('%Y-%m-%d %H:%M')} UTC")
    print(f"Machine: {machine()}\n")
    print("| database | answers each way | save p50 / p95 without (ms) | save p50 / p95 with statement (ms) "
          "| added at p50 / p95 (ms) | statement built + inserted, p50 / p95 (ms) |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, r in answers.items():
        print(f"| {name} | {r['count']} | {r['plain_p50']:.2f} / {r['plain_p95']:.2f} | {r['with_p50']:.2f} / "
              f"{r['with_p95']:.2f} | {r['with_p50'] - r['plain_p50']:.2f} / {r['with_p95'] - r['plain_p95']:.2f} "
              f"| {r['inside_p50']:.2f} / {r['inside_p95']:.2f} |")
    print(f"\n| sending {args.statements:,} statements to Ralph (loopback) | batch | enqueue, one transaction (s) "
          "| send_once (s) | statements/s |")
    print("|---|---:|---:|---:|---:|")
    for batch, r in sending.items():
        print(f"| SQLite outbox | {batch} | {r['enqueue_s']:.2f} | {r['send_s']:.1f} | {r['rate']:.0f} |")


if __name__ == "__main__":
    main()
