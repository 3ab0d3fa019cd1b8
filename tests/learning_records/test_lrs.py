"""Against a real LRS (Ralph on loopback): every kind of statement is sent and read back; a statement the LRS
refuses is kept with its reason and not retried; an LRS that is down is waited for with back-off, and nothing
is lost or stored twice; the sender never holds up the thread that records learning."""

from __future__ import annotations

import socket
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from nps_trainer.audit import AuditLog
from nps_trainer.clock import utcnow
from nps_trainer.learning_records.config import LrsConfig
from nps_trainer.learning_records.events import LearningEvents
from nps_trainer.learning_records.outbox import Outbox
from nps_trainer.learning_records.sender import Sender, SenderThread, wait_until
from nps_trainer.profiles import ProfileService
from nps_trainer.storage.database import open_database
from nps_trainer.storage.models import XapiStatement

from .helpers import KINDS, one_of_each
from .ralph_server import RalphServer, free_port

BASE = "https://training.example.org/nps"


@pytest.fixture
def database(tmp_path: Path):
    db = open_database(f"sqlite:///{tmp_path / 'lrs.sqlite3'}", tmp_path / "backups")
    yield db
    db.close()


@pytest.fixture
def person(database):
    return ProfileService(database, AuditLog(database)).create("Ada Lovelace", "practitioner")


def _config(ralph: RalphServer, **changes) -> LrsConfig:
    values = {"base_iri": BASE, "endpoint": ralph.endpoint, "key": ralph.key, "secret": ralph.secret, **changes}
    return LrsConfig(**values)


def _rows(database) -> dict[str, XapiStatement]:
    with database.session() as session:
        return {r.statement_id: r for r in session.scalars(select(XapiStatement))}


def _without_lrs_fields(statement: dict) -> dict:
    return {k: v for k, v in statement.items() if k not in ("stored", "authority", "version")}


def test_every_kind_of_statement_is_sent_and_read_back(ralph, database, person):
    events = LearningEvents(_config(ralph))
    with database.session() as session:
        ids = one_of_each(events, session, person.id)
    outbox = Outbox(database)
    report = Sender(outbox, lambda: _config(ralph), batch=4).send_once()
    assert (report.sent, report.rejected, report.waiting, report.error) == (len(KINDS), 0, 0, None)
    rows = _rows(database)
    for kind, statement_id in ids.items():
        stored = ralph.statement(statement_id)
        assert stored is not None, f"{kind} was not stored"
        assert _without_lrs_fields(stored) == rows[statement_id].statement, kind
        assert rows[statement_id].status == "sent" and rows[statement_id].sent_at is not None
    assert len(ralph.statements_of(person.uid, BASE)) == len(KINDS)
    status = outbox.status()
    assert (status.waiting, status.sent, status.last_error) == (0, len(KINDS), None)
    assert status.last_sent_at is not None


def test_a_refused_statement_is_kept_with_the_reason_and_the_rest_are_sent(ralph, database, person):
    events = LearningEvents(_config(ralph))
    with database.session() as session:
        ids = [events.section_experienced(session, person.id, "m1", f"s{n}") for n in range(7)]
    # The LRS already holds a different statement with the id of the fourth (409), and the sixth was damaged
    # in the database (an actor with two identifiers: 422).
    conflicting = {**_rows(database)[ids[3]].statement, "verb": {"id": "http://adlnet.gov/expapi/verbs/voided"}}
    from nps_trainer.learning_records.sender import post_statements

    assert post_statements(_config(ralph), [conflicting]).status == 200
    with database.session() as session:
        row = session.scalars(select(XapiStatement).where(XapiStatement.statement_id == ids[5])).one()
        row.statement = {**row.statement, "actor": {**row.statement["actor"], "mbox": "mailto:ada@example.org"}}
    outbox = Outbox(database)
    sender = Sender(outbox, lambda: _config(ralph), batch=10)
    report = sender.send_once()
    assert (report.sent, report.rejected, report.waiting) == (5, 2, 0)
    rows = _rows(database)
    assert rows[ids[3]].status == "rejected" and "HTTP 409" in rows[ids[3]].error
    assert "already exist" in rows[ids[3]].error
    assert rows[ids[5]].status == "rejected" and "HTTP 422" in rows[ids[5]].error and "account" in rows[ids[5]].error
    for n in (0, 1, 2, 4, 6):
        assert ralph.statement(ids[n]) is not None and rows[ids[n]].status == "sent"
    assert ralph.statement(ids[5]) is None
    assert ralph.statement(ids[3])["verb"]["id"].endswith("/voided")  # the LRS's own copy is untouched
    # Not retried: another round sends nothing and the rejections stay.
    again = sender.send_once()
    assert (again.sent, again.rejected) == (0, 0)
    status = outbox.status()
    assert status.rejected == 2 and status.waiting == 0 and "HTTP" in status.last_rejection
    assert {r.what for r in outbox.rejected()} == {"experienced modules/m1/sections/s3",
                                                   "experienced modules/m1/sections/s5"}
    assert {r.profile_id for r in outbox.rejected()} == {person.id}


def test_wrong_secret_waits_with_back_off_and_says_why(ralph, database, person):
    events = LearningEvents(_config(ralph))
    with database.session() as session:
        statement_id = events.module_completed(session, person.id, "m1")
    outbox = Outbox(database)
    report = Sender(outbox, lambda: _config(ralph, secret="wrong")).send_once()
    assert report.waiting == 1 and "HTTP 401" in report.error
    row = _rows(database)[statement_id]
    assert row.status == "waiting" and row.attempts == 1 and row.next_attempt_at > utcnow()
    assert "key or secret" in outbox.status().last_error
    assert ralph.statement(statement_id) is None


def test_lrs_down_then_back_nothing_lost_nothing_twice(ralph, database, person):
    down = LrsConfig(base_iri=BASE, endpoint=f"http://127.0.0.1:{free_port()}/xAPI", key=ralph.key,
                     secret=ralph.secret)
    events = LearningEvents(_config(ralph))
    with database.session() as session:
        ids = [events.question_answered(session, person.id, "quiz", f"q{n}", attempt_id=1, mode="assessed",
                                        answer="a", score=1.0) for n in range(25)]
    outbox = Outbox(database)
    clock = {"now": utcnow()}
    config = {"now": down}
    sender = Sender(outbox, lambda: config["now"], batch=10, clock=lambda: clock["now"])
    first = sender.send_once()
    assert (first.sent, first.waiting) == (0, 10) and "did not answer" in first.error
    rows = _rows(database)
    assert sum(r.attempts for r in rows.values()) == 10
    # Still down later: the ten wait for their back-off, so the next round tries the next ten.
    second = sender.send_once()
    assert second.waiting == 10 and outbox.status(clock["now"]).due == 5
    # After the back-off, still down: the back-off doubles.
    clock["now"] += timedelta(seconds=16)
    sender.send_once()
    tried_twice = [r for r in _rows(database).values() if r.attempts == 2]
    assert len(tried_twice) == 10
    assert all(r.next_attempt_at - r.last_attempt_at == timedelta(seconds=30) for r in tried_twice)
    # The LRS is back.
    config["now"] = _config(ralph)
    clock["now"] += timedelta(minutes=5)
    back = sender.send_once()
    assert back.sent == 25 and back.error is None
    assert outbox.status(clock["now"]).waiting == 0
    # A crash after the LRS stored a batch but before it was marked sent: sending again stores nothing twice.
    with database.session() as session:
        session.execute(update(XapiStatement).where(XapiStatement.statement_id.in_(ids[:10]))
                        .values(status="waiting", sent_at=None))
    assert sender.send_once().sent == 10
    stored = ralph.statements_of(person.uid, BASE)
    assert sorted(s["id"] for s in stored) == sorted(ids)


def test_sender_thread_never_holds_up_recording(ralph, database, person):
    """An LRS that accepts the connection but never answers: recording learning goes on at full speed, the
    thread stops when asked, and the statements are sent once a real LRS is set."""
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    try:
        config = {"now": LrsConfig(base_iri=BASE, endpoint=f"http://127.0.0.1:{silent.getsockname()[1]}/xAPI",
                                   key="k", secret="s")}
        outbox = Outbox(database)
        thread = SenderThread(Sender(outbox, lambda: config["now"], batch=5), interval=0.2)
        events = LearningEvents(_config(ralph))
        from nps_trainer.learning_records import sender as sender_module

        original = sender_module.TIMEOUT_S
        sender_module.TIMEOUT_S = 2.0
        try:
            thread.sender._post = lambda c, s: sender_module.post_statements(c, s, timeout=2.0)
            thread.start()
            started = time.perf_counter()
            for n in range(20):
                with database.session() as session:
                    events.section_experienced(session, person.id, "m1", f"s{n}")
            elapsed = time.perf_counter() - started
            assert elapsed < 1.5, f"recording waited on the network ({elapsed:.2f} s)"
            assert thread.running
            config["now"] = _config(ralph)
            thread.wake()
            assert wait_until(lambda: outbox.status().sent == 20, timeout=30), outbox.status()
            stopping = time.perf_counter()
            thread.stop()
            assert not thread.running and time.perf_counter() - stopping < 3
        finally:
            sender_module.TIMEOUT_S = original
            thread.stop()
    finally:
        silent.close()
    assert len(ralph.statements_of(person.uid, BASE)) == 20
    assert threading.active_count() < 50
