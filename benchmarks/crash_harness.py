"""Crash safety, measured: kill -9 a process at random moments while it saves, then check what survived.

A writer process saves, in a random mix: screening records (created, then a draft saved), quiz answers, joint
session records (register lines and group votes) and learning records (outbox statements). After each save
returns (its transaction committed) it prints an acknowledgement. The harness kills it with SIGKILL after a
random time, then opens the database as the app would and counts:

- acknowledged saves lost (an acknowledged item that is not there, or a screening that no longer decrypts);
- corrupt databases (the app refuses to open it, or SQLite's full integrity check finds a problem);
- broken audit chains (``AuditLog.verify`` finds an entry whose hash does not match).

Run:  .venv/bin/python benchmarks/crash_harness.py [--kills 100] [--backend sqlite|postgresql|both]
Results go in benchmarks/RESULTS.md by hand, with the machine and date printed at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

PASSPHRASE = "crash harness passphrase"

WRITER = r"""
import json, random, sys
from datetime import date
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from nps_trainer.paths import UserPaths
from nps_trainer.services import build_services
from nps_trainer.identity import KeyStore
from nps_trainer.identity.crypto import FAST_TEST_KDF
from nps_trainer.sessions.record import VoteOption

setup = json.loads(Path(sys.argv[2]).read_text())
home = Path(setup["home"])
services = build_services(UserPaths(home / "data", home / "config", home / "logs"), database=sys.argv[1])
services.__dict__["keys"] = KeyStore(services.database, services.audit, FAST_TEST_KDF)
services.__dict__.pop("signin", None)
me = services.signin.sign_in(setup["practitioner"], setup["passphrase"])
lead = services.signin.sign_in(setup["facilitator"], setup["passphrase"])
from nps_trainer.quiz import load_quizzes
quizzes, _ = load_quizzes(services.config.content_dir / "quizzes")
quiz = next(q for q in quizzes if q.id == "what-are-nps")
question = next(q for q in quiz.questions if q.type.value == "true-false")
store = services.joint_sessions
rng = random.Random()
session_id = setup["session_id"]
print("READY", flush=True)
n = 0
while True:
    n += 1
    kind = rng.choice(["screening", "answer", "session", "statement"])
    if kind == "screening":
        opened = services.screening.create(me.profile.id, me.keyring, "nps-screening", f"CRN{n:06d}")
        print(f"ACK screening {opened.id}", flush=True)
        services.screening.save_draft(me.profile.id, me.keyring, opened.record)
        print(f"ACK draft {opened.id}", flush=True)
    elif kind == "answer":
        attempt_id, attempt = services.quiz_records.start(me.profile.id, quiz, "practice")
        attempt.answer(question.id, True) if question.id in attempt.question_ids else None
        if question.id in attempt.question_ids:
            services.quiz_records.save_answer(attempt_id, attempt, question.id)
            print(f"ACK answer {attempt_id} {question.id}", flush=True)
    elif kind == "session":
        attendee = store.add_attendee(session_id, acting=lead.profile, name=f"Guest {n}", side="other")
        print(f"ACK attendee {attendee}", flush=True)
        store.save_vote(session_id, 1, question_id="q", node_id=f"n{rng.getrandbits(40)}", prompt="p",
                        options=[VoteOption("a", "A", True), VoteOption("b", "B")], tallies={"a": n % 900})
        print(f"ACK vote {session_id}", flush=True)
    else:
        with services.database.session() as session:
            statement_id = services.learning_events.session_attended(session, me.profile.id, f"crash-{n}")
        print(f"ACK statement {statement_id}", flush=True)
"""


def user_paths(home: Path):
    from nps_trainer.paths import UserPaths

    return UserPaths(home / "data", home / "config", home / "logs")


def prepare(url: str, home: Path) -> dict:
    from nps_trainer.identity import KeyStore
    from nps_trainer.identity.crypto import FAST_TEST_KDF
    from nps_trainer.services import build_services
    from nps_trainer.sessions.plan_model import QUESTION, SECTION, PlanStep, SessionPlan

    services = build_services(user_paths(home), database=url)
    services.__dict__["keys"] = KeyStore(services.database, services.audit, FAST_TEST_KDF)
    services.__dict__.pop("signin", None)
    manager = services.profiles.create("Crash Manager", "manager")
    services.keys.set_passphrase(manager.id, PASSPHRASE)
    facilitator = services.profiles.create("Crash Facilitator", "facilitator", acting=manager)
    services.keys.set_passphrase(facilitator.id, PASSPHRASE)
    practitioner = services.profiles.create("Crash Practitioner", "practitioner")
    services.keys.set_passphrase(practitioner.id, PASSPHRASE)
    from datetime import date

    plan = SessionPlan("crash", "Crash", "1", "s", "a", 10, ("o",), (
        PlanStep(SECTION, "S", 5, module="what-are-nps", section="what-counts-as-an-nps"),
        PlanStep(QUESTION, "Q", 5, quiz="what-are-nps", question="synthetic-cannabis")))
    session_id = services.joint_sessions.start(plan, held_on=date.today(), place="", co_facilitators=[],
                                               acting=facilitator)
    services.close()
    return {"home": str(home), "practitioner": practitioner.id, "facilitator": facilitator.id,
            "session_id": session_id, "passphrase": PASSPHRASE}


def one_kill(url: str, setup_file: Path, rng: random.Random) -> list[tuple[str, ...]]:
    """Start a writer, kill it after a random time, return every acknowledgement it printed."""
    child = subprocess.Popen([sys.executable, "-c", WRITER, url, str(setup_file), str(ROOT / "src")],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    acks: list[tuple[str, ...]] = []
    ready = threading.Event()

    def read() -> None:
        for line in child.stdout:
            if line.startswith("READY"):
                ready.set()
            elif line.startswith("ACK "):
                fields = tuple(line.split()[1:])
                if len(fields) >= 2 and line.endswith("\n"):
                    acks.append(fields)
                else:  # cut short by the kill (each line is one write, so this should not happen): not counted
                    print(f"  a line cut short by the kill: {line!r}")

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if not ready.wait(60):
        child.kill()
        raise SystemExit(f"the writer did not start: {child.stderr.read()[-2000:]}")
    time.sleep(rng.uniform(0.05, 3.0))
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    reader.join(10)
    return acks


def check(url: str, home: Path, setup: dict, acked: list[tuple[str, ...]],
          new: list[tuple[str, ...]]) -> tuple[int, bool, bool, str]:
    """(acknowledged saves lost, database corrupt, audit chain broken, detail) after a kill. Every save
    acknowledged so far must be there; the drafts saved since the last kill must still decrypt."""
    from sqlalchemy import select

    from nps_trainer.identity import KeyStore
    from nps_trainer.identity.crypto import FAST_TEST_KDF
    from nps_trainer.services import build_services
    from nps_trainer.storage.errors import StorageError
    from nps_trainer.storage.models import (
        JointSessionAttendee,
        JointSessionVote,
        QuizAnswer,
        ScreeningRecord,
        XapiStatement,
    )

    try:
        services = build_services(user_paths(home), database=url)
    except StorageError as exc:
        return 0, True, False, f"refused to open: {exc}"
    try:
        corrupt = bool(services.database.integrity_problems(full=True))
        broken = bool(services.audit.verify())
        services.__dict__["keys"] = KeyStore(services.database, services.audit, FAST_TEST_KDF)
        services.__dict__.pop("signin", None)
        me = services.signin.sign_in(setup["practitioner"], setup["passphrase"])
        with services.database.session() as session:
            screenings = set(session.scalars(select(ScreeningRecord.id)))
            answers = set(session.execute(select(QuizAnswer.attempt_id, QuizAnswer.question_id)).all())
            attendees = set(session.scalars(select(JointSessionAttendee.id)))
            votes = session.scalar(select(JointSessionVote.id).limit(1)) is not None
            statements = set(session.scalars(select(XapiStatement.statement_id)))
        lost = 0
        for ack in acked:
            kind = ack[0]
            if kind in ("screening", "draft"):
                lost += int(ack[1]) not in screenings
            elif kind == "answer":
                lost += (int(ack[1]), ack[2]) not in answers
            elif kind == "attendee":
                lost += int(ack[1]) not in attendees
            elif kind == "vote":
                lost += not votes
            elif kind == "statement":
                lost += ack[1] not in statements
        for ack in new:
            if ack[0] == "draft" and int(ack[1]) in screenings:
                services.screening.open(me.profile.id, me.keyring, int(ack[1]))  # decrypts, or raises
        return lost, corrupt, broken, ""
    except Exception as exc:  # a screening that no longer decrypts counts as lost
        import traceback

        where = traceback.extract_tb(exc.__traceback__)[-1]
        return 1, False, False, f"{type(exc).__name__}: {exc} ({Path(where.filename).name}:{where.lineno})"
    finally:
        services.close()


def run(backend: str, kills: int, seed: int) -> dict:
    folder = Path(tempfile.mkdtemp(prefix=f"nps-crash-{backend}-"))
    server = None
    if backend == "sqlite":
        url = f"sqlite:///{folder / 'crash.sqlite3'}"
    else:
        from benchmarks.bench_postgres import postgres_url

        url, server = postgres_url()
    home = folder / "home"
    setup = prepare(url, home)
    setup_file = folder / "setup.json"
    setup_file.write_text(json.dumps(setup))
    rng = random.Random(seed)
    acked: list[tuple[str, ...]] = []
    totals = {"kills": 0, "acknowledged": 0, "lost": 0, "corrupt": 0, "broken_audit": 0, "by_kind": {}}
    started = time.perf_counter()
    try:
        for number in range(1, kills + 1):
            new = one_kill(url, setup_file, rng)
            acked += new
            for ack in new:
                totals["by_kind"][ack[0]] = totals["by_kind"].get(ack[0], 0) + 1
            lost, corrupt, broken, detail = check(url, home, setup, acked, new)
            totals["kills"] += 1
            totals["lost"] = max(totals["lost"], lost)  # cumulative: a save lost stays lost
            totals["corrupt"] += corrupt
            totals["broken_audit"] += broken
            if detail or lost or corrupt or broken:
                print(f"  kill {number}: lost {lost}, corrupt {corrupt}, audit broken {broken} {detail}")
            if number % 10 == 0:
                print(f"  {backend}: {number} kills, {len(acked)} acknowledged saves so far", flush=True)
    finally:
        if server is not None:
            server.stop()
    totals["acknowledged"] = len(acked)
    totals["seconds"] = round(time.perf_counter() - started)
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    results = {backend: run(backend, args.kills, args.seed) for backend in backends}
    from benchmarks.machine_info import machine

    print(json.dumps(results, indent=2))
    print(machine())


if __name__ == "__main__":
    main()
