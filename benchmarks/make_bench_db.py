"""Makes a benchmark database: one profile, 10,000 screening records and 100,000 quiz answers.

    python benchmarks/make_bench_db.py [PATH or URL]

Ciphertext columns hold random bytes of realistic size: start-up and listing never decrypt them.
"""

from __future__ import annotations

import os
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from nps_trainer.storage.database import open_database
from nps_trainer.storage.models import Profile, QuizAnswer, QuizAttempt, ScreeningRecord

DEFAULT = Path(__file__).parent / ".data" / "bench.sqlite3"
RECORDS = 10_000
ANSWERS = 100_000
ANSWERS_PER_ATTEMPT = 10
CATEGORIES = ["synthetic-cannabinoids", "opioids", "crack-cocaine", "street-benzodiazepines", "alcohol",
              "cannabis", "gabapentinoids", "nitazenes"]
FLAGS = ["overdose-release-opioids", "naloxone-offer", "injecting", "child-contact-high-risk", "drug-debt"]


def make(target: str) -> None:
    if "://" not in target:
        path = Path(target)
        path.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        target = f"sqlite:///{path}"
    rng = random.Random(20261122)
    db = open_database(target, Path(__file__).parent / ".data" / "backups")
    start = datetime(2025, 1, 1, tzinfo=UTC)
    with db.session() as session:
        profile = Profile(display_name="Benchmark Practitioner", role="practitioner", created_at=start)
        session.add(profile)
        session.flush()
        pid = profile.id
        records = []
        for i in range(RECORDS):
            at = start + timedelta(minutes=67 * i)
            records.append({
                "profile_id": pid, "form_id": "nps-screening", "form_version": "1", "status":
                "final" if i % 5 else "draft", "created_at": at, "updated_at": at,
                "case_ref_cipher": os.urandom(40), "case_ref_index": os.urandom(32).hex(),
                "answers_cipher": os.urandom(rng.randint(1500, 4000)), "month": at.strftime("%Y-%m"),
                "categories": {"category": rng.sample(CATEGORIES, rng.randint(1, 3))},
                "flags": rng.sample(FLAGS, rng.randint(0, 3)),
            })
        session.execute(insert(ScreeningRecord), records)
        attempts = [{"profile_id": pid, "quiz_id": f"quiz-{i % 13}", "quiz_version": "1", "mode": "assessed",
                     "started_at": start + timedelta(hours=i), "finished_at": start + timedelta(hours=i, minutes=9),
                     "score": rng.random(), "passed": rng.random() > 0.3, "pass_mark": 0.7}
                    for i in range(ANSWERS // ANSWERS_PER_ATTEMPT)]
        session.execute(insert(QuizAttempt), attempts)
        session.flush()
    with db.session() as session:
        ids = [row[0] for row in session.execute(QuizAttempt.__table__.select().with_only_columns(
            QuizAttempt.id))]
        answers = [{"attempt_id": aid, "question_id": f"q{n}", "answer": {"choice": rng.choice("abcd")},
                    "score": float(rng.random() > 0.3), "seconds": rng.uniform(3, 60),
                    "answered_at": start + timedelta(seconds=n)}
                   for aid in ids for n in range(ANSWERS_PER_ATTEMPT)]
        for chunk in range(0, len(answers), 10_000):
            session.execute(insert(QuizAnswer), answers[chunk:chunk + 10_000])
    db.close()
    print(f"{target}: {RECORDS} screening records, {len(answers)} quiz answers")


if __name__ == "__main__":
    make(sys.argv[1] if len(sys.argv) > 1 else str(DEFAULT))
