"""Statements for learning recorded as rows (the demo team's year, or an older database): made once, only for
learning before a person's first live statement, and accepted by the real LRS."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from nps_trainer.demo import build_demo
from nps_trainer.demo.build import STEPS
from nps_trainer.demo.sessions import add_joint_sessions
from nps_trainer.identity.crypto import FAST_TEST_KDF
from nps_trainer.learning_records import iris
from nps_trainer.learning_records.backfill import add_learning_records, backfill
from nps_trainer.learning_records.config import LrsConfig
from nps_trainer.learning_records.events import LearningEvents
from nps_trainer.learning_records.outbox import Outbox
from nps_trainer.learning_records.sender import Sender
from nps_trainer.paths import UserPaths
from nps_trainer.services import build_services
from nps_trainer.storage.models import QuizAttempt, XapiStatement

PASSPHRASE = "a long demo passphrase for tests"


@pytest.fixture
def demo_services(user_paths: UserPaths, tmp_path: Path):
    services = build_services(user_paths, database=f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    said: list[str] = []
    # Every step but the demo's learning records (these tests make them) and its joint sessions (which come after
    # them in the demo and write their own learning records as they end).
    steps = [step for step in STEPS if step not in (add_learning_records, add_joint_sessions)]
    ctx = build_demo(services, PASSPHRASE, kdf=FAST_TEST_KDF, say=said.append, steps=steps)
    yield services, ctx, said
    services.close()


def test_demo_team_statements_are_made_once_and_the_lrs_takes_them_all(demo_services, ralph):
    services, ctx, said = demo_services
    add_learning_records(ctx)
    count = int(said[-1].split()[1])
    assert said[-1] == f"Made {count} learning records (xAPI statements) for the demo team."
    with services.database.session() as session:
        verbs = Counter(v.rsplit("/", 1)[1] for v in session.scalars(select(XapiStatement.verb)))
        assessed = session.scalars(select(QuizAttempt).where(QuizAttempt.mode == "assessed",
                                                             QuizAttempt.score.is_not(None))).all()
    assert sum(verbs.values()) == count > 500
    assert verbs["passed"] + verbs["failed"] == len(assessed)
    assert {"launched", "experienced", "completed", "attempted", "answered", "passed"} <= set(verbs)
    assert backfill(services.database, LrsConfig()) == 0  # again: nothing added

    config = LrsConfig(endpoint=ralph.endpoint, key=ralph.key, secret=ralph.secret)
    report = Sender(Outbox(services.database), lambda: config, batch=500).send_once()
    assert (report.sent, report.rejected, report.error) == (count, 0, None)
    someone = ctx.people[3]
    with services.database.session() as session:
        theirs = session.scalar(select(XapiStatement.statement_id).where(XapiStatement.profile_id == someone.id)
                                .limit(1))
    stored = ralph.statement(theirs)
    assert stored["actor"]["account"] == {"homePage": iris.DEFAULT_BASE_IRI, "name": someone.profile.uid}


def test_only_learning_before_the_first_live_statement_is_rebuilt(demo_services):
    services, ctx, _ = demo_services
    person = ctx.people[5]
    with services.database.session() as session:
        LearningEvents(LrsConfig()).module_completed(session, person.id, "live-one")
        first_live = session.scalars(select(XapiStatement)).one().created_at
    backfill(services.database, LrsConfig())
    with services.database.session() as session:
        rows = session.scalars(select(XapiStatement).where(XapiStatement.profile_id == person.id)).all()
    rebuilt = [r for r in rows if r.object_id != f"{iris.DEFAULT_BASE_IRI}/modules/live-one"]
    assert rebuilt, "their earlier learning is rebuilt"
    assert all(r.statement["timestamp"] < first_live.isoformat().replace("+00:00", "Z") for r in rebuilt)
