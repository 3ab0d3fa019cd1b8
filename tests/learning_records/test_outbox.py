"""The outbox on SQLite and PostgreSQL: a statement is written with its event or not at all, its id fixed
then; sending state, back-off and rejection; export; import (twice adds nothing) and linking actors."""

from __future__ import annotations

import json
import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from nps_trainer.audit import AuditLog
from nps_trainer.learning_records import iris
from nps_trainer.learning_records.config import LrsConfig, read_secret, secret_path, write_secret
from nps_trainer.learning_records.events import LearningEvents
from nps_trainer.learning_records.imported import imported_completions
from nps_trainer.learning_records.outbox import (
    ImportProblem,
    InvalidStatement,
    Outbox,
    ScreeningStatement,
    backoff,
    enqueue,
)
from nps_trainer.profiles import ProfileService
from nps_trainer.storage.database import Database, open_database
from nps_trainer.storage.models import QuizAnswer, XapiStatement

from .helpers import KINDS, WHEN, one_of_each

BASE = "https://training.example.org/nps"


@pytest.fixture
def database(database_url: str, tmp_path: Path):
    db = open_database(database_url, tmp_path / "backups")
    yield db
    db.close()


@pytest.fixture
def profiles(database: Database) -> ProfileService:
    return ProfileService(database, AuditLog(database))


@pytest.fixture
def events() -> LearningEvents:
    return LearningEvents(LrsConfig(base_iri=BASE))


def _rows(database: Database) -> list[XapiStatement]:
    with database.session() as session:
        return list(session.scalars(select(XapiStatement).order_by(XapiStatement.id)))


def test_statement_is_written_with_its_event_or_not_at_all(database, profiles, events):
    person = profiles.create("Ada Lovelace", "practitioner")
    with pytest.raises(RuntimeError), database.session() as session:
        events.module_launched(session, person.id, "nps-basics", when=WHEN)
        raise RuntimeError("the event's own write failed")
    assert _rows(database) == []
    with database.session() as session:
        statement_id = events.module_launched(session, person.id, "nps-basics", when=WHEN)
    [row] = _rows(database)
    assert row.statement_id == statement_id == row.statement["id"]
    assert (row.status, row.source, row.profile_id, row.attempts) == ("waiting", "local", person.id, 0)
    assert row.statement["actor"] == {"objectType": "Agent", "account": {"homePage": BASE, "name": person.uid}}
    assert row.verb == "http://adlnet.gov/expapi/verbs/launched" and row.object_id == f"{BASE}/modules/nps-basics"


def test_every_kind_is_enqueued_valid(database, profiles, events):
    person = profiles.create("Ada Lovelace", "practitioner")
    with database.session() as session:
        ids = one_of_each(events, session, person.id)
    rows = _rows(database)
    assert [r.statement_id for r in rows] == list(ids.values())
    assert len({r.statement_id for r in rows}) == len(KINDS)
    assert all(r.statement["actor"]["account"]["name"] == person.uid and "name" not in r.statement["actor"]
               for r in rows)


def test_names_are_sent_only_when_the_organisation_turns_that_on(database, profiles):
    person = profiles.create("Ada Lovelace", "practitioner")
    with database.session() as session:
        LearningEvents(LrsConfig(base_iri=BASE, actor_names=True)).module_completed(session, person.id, "m1")
    assert _rows(database)[0].statement["actor"]["name"] == "Ada Lovelace"


def test_an_invalid_or_screening_statement_is_refused_and_the_transaction_with_it(database, profiles):
    person = profiles.create("Ada Lovelace", "practitioner")
    bad = {"actor": {"mbox": "ada@example.org"}, "verb": {"id": "http://adlnet.gov/expapi/verbs/launched"},
           "object": {"id": f"{BASE}/modules/m1"}}
    with pytest.raises(InvalidStatement, match="mbox must start with mailto"), database.session() as session:
        enqueue(session, bad, profile_id=person.id)
    screening = {"actor": {"mbox": "mailto:x@example.org"}, "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": f"{BASE}/screening/forms/nps"}}
    with pytest.raises(ScreeningStatement), database.session() as session:
        enqueue(session, screening, profile_id=person.id)
    assert _rows(database) == []


def test_sending_state_back_off_and_rejection(database, profiles, events):
    person = profiles.create("Ada Lovelace", "practitioner")
    with database.session() as session:
        for n in range(5):
            events.section_experienced(session, person.id, "m1", f"s{n}", when=WHEN)
    outbox = Outbox(database)
    now = datetime(2026, 11, 3, 12, 0, tzinfo=UTC)
    assert outbox.status(now).waiting == 5 and outbox.status(now).due == 5
    batch = outbox.waiting(3, now)
    assert [w.statement["object"]["id"].rsplit("/", 1)[1] for w in batch] == ["s0", "s1", "s2"]
    outbox.mark_sent([batch[0].row_id], now)
    earliest = outbox.mark_retry([batch[1].row_id, batch[2].row_id], "The LRS did not answer", now)
    assert earliest == now + timedelta(seconds=15)
    status = outbox.status(now)
    assert (status.waiting, status.due, status.sent) == (4, 2, 1)
    assert status.last_error == "The LRS did not answer" and status.next_attempt_at == earliest
    assert [w.statement["object"]["id"][-2:] for w in outbox.waiting(10, now)] == ["s3", "s4"]
    assert len(outbox.waiting(10, now + timedelta(seconds=16))) == 4
    outbox.mark_retry([batch[1].row_id], "again", now + timedelta(seconds=16))
    assert outbox.waiting(10, now + timedelta(seconds=17))[0].attempts == 1  # the other one
    outbox.mark_rejected(batch[2].row_id, "HTTP 409: a different statement has this id", now)
    status = outbox.status(now + timedelta(seconds=20))
    assert status.rejected == 1 and status.last_rejection.startswith("HTTP 409")
    assert all(w.row_id != batch[2].row_id for w in outbox.waiting(10, now + timedelta(days=1)))
    outbox.mark_sent([w.row_id for w in outbox.waiting(10, now + timedelta(days=1))], now + timedelta(days=1))
    status = outbox.status(now + timedelta(days=1))
    assert (status.waiting, status.sent, status.last_error) == (0, 4, None)
    assert outbox.send_rejected_again() == 1 and outbox.status().waiting == 1


def test_back_off_doubles_to_an_hour():
    assert [backoff(n).total_seconds() for n in (1, 2, 3, 4)] == [15, 30, 60, 120]
    assert backoff(30) == timedelta(hours=1)


def test_export_since_and_import_twice_adds_nothing(database, profiles, events, tmp_path, database_url):
    person = profiles.create("Ada Lovelace", "practitioner")
    with database.session() as session:
        ids = one_of_each(events, session, person.id)
        events.module_completed(session, person.id, "old", when=WHEN - timedelta(days=40))
    outbox = Outbox(database)
    path = tmp_path / "statements.json"
    assert outbox.write_export(path) == len(KINDS) + 1
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [s["id"] for s in json.loads(path.read_text())][:len(KINDS)] == list(ids.values())
    assert len(outbox.export(since=date(2026, 11, 1))) == len(KINDS)

    # Another database (the manager's): the laptop's person is not here, so the actor waits to be linked.
    other = open_database(f"sqlite:///{tmp_path / 'manager.sqlite3'}", tmp_path / "backups2")
    try:
        manager_profiles = ProfileService(other, AuditLog(other))
        manager_profiles.create("Grace Hopper", "manager")
        ada_here = manager_profiles.create("Ada Lovelace", "practitioner")
        inbox = Outbox(other)
        first = inbox.import_file(path)
        assert (first.added, first.already_had, first.linked, first.unmatched) == (len(KINDS) + 1, 0, 0, [person.uid])
        second = inbox.import_file(path)
        assert (second.added, second.already_had) == (0, len(KINDS) + 1)
        assert inbox.status().imported == len(KINDS) + 1 and inbox.status().waiting == 0
        [actor] = inbox.unmatched_actors()
        assert (actor.account_name, actor.home_page, actor.statements) == (person.uid, BASE, len(KINDS) + 1)
        assert imported_completions(other) == []
        assert inbox.link_actor(person.uid, ada_here.id) == len(KINDS) + 1
        assert inbox.unmatched_actors() == []
        done = {(c.item_type, c.item_id, c.score, c.passed, c.refresher) for c in imported_completions(other)}
        assert done == {("module", "nps-basics", None, None, False), ("module", "nps-basics", None, None, True),
                        ("module", "old", None, None, False), ("quiz", "nps-check", 80.0, True, False),
                        ("quiz", "nps-check", 40.0, False, False), ("session", "2026-11-03-joint", None, None, False)}
        assert {c.profile_id for c in imported_completions(other)} == {ada_here.id}
        assert {c.date for c in imported_completions(other) if c.item_id != "old"} == {date(2026, 11, 3)}
        # A later file from the same laptop links at once.
        with database.session() as session:
            events.module_completed(session, person.id, "later")
        later = inbox.import_statements(outbox.export())
        assert (later.added, later.linked, later.unmatched) == (1, 1, [])
    finally:
        other.close()


def test_import_on_the_same_database_links_by_uid_and_skips_its_own(database, profiles, events, tmp_path):
    person = profiles.create("Ada Lovelace", "practitioner")
    with database.session() as session:
        events.module_completed(session, person.id, "m1")
    outbox = Outbox(database)
    path = tmp_path / "mine.json"
    outbox.write_export(path)
    assert outbox.import_file(path).already_had == 1
    data = json.loads(path.read_text())
    data[0]["id"] = "0b7a4d1e-8a56-4f57-9d3b-3f6f1d7c2a11"
    path.write_text(json.dumps({"statements": data}))
    report = outbox.import_file(path)
    assert (report.added, report.linked, report.unmatched) == (1, 1, [])
    assert [c.profile_id for c in imported_completions(database)] == [person.id]


@pytest.mark.parametrize(("content", "message"), [
    ("not json", "not JSON (line 1"),
    ("[1]", "statement 1 (not an object)"),
    ('[{"id": "6b1b5a52-0c55-4f0e-9b2d-1f0d3f5c0001", "verb": {"id": "x"}}]', "actor is missing"),
    ('[{"actor": {"mbox": "mailto:a@b.org"}, "verb": {"id": "http://v.example/x"}, "object": {"id": "http://a.example"}}]',
     "id is missing"),
    ('"text"', "neither a statement nor a list"),
])
def test_a_bad_file_adds_nothing_and_says_where(database, tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(ImportProblem, match=r"bad\.json") as caught:
        Outbox(database).import_file(path)
    assert message in str(caught.value)
    assert _rows(database) == []


def test_quiz_answer_and_its_statement_commit_together(database, profiles, events):
    """As the quiz store will call it: the answer row and the statement in one transaction."""
    person = profiles.create("Ada Lovelace", "practitioner")
    from nps_trainer.storage.models import QuizAttempt

    with database.session() as session:
        attempt = QuizAttempt(profile_id=person.id, quiz_id="q", quiz_version="1", mode="assessed",
                              started_at=WHEN, pass_mark=70, state={})
        session.add(attempt)
        session.flush()
        attempt_id = attempt.id
    with pytest.raises(InvalidStatement), database.session() as session:
        session.add(QuizAnswer(attempt_id=attempt_id, question_id="q1", answer="a", score=1.0, seconds=1.0,
                               answered_at=WHEN))
        events.question_answered(session, person.id, "q", "q1", attempt_id=attempt_id, mode="assessed", answer="a",
                                 score=1.0, question_type="single-choice", when=WHEN)
        enqueue(session, {"verb": {}}, profile_id=person.id)  # a later failure rolls both back
    with database.session() as session:
        assert session.scalars(select(QuizAnswer)).all() == []
    assert _rows(database) == []


def test_secret_file_is_owner_only_and_never_in_settings(tmp_path):
    folder = tmp_path / "config"
    write_secret(secret_path(folder), "s3cret")
    assert stat.S_IMODE(secret_path(folder).stat().st_mode) == 0o600
    assert read_secret(secret_path(folder)) == "s3cret"

    class Settings:
        xapi_base_iri, lrs_endpoint, lrs_key, xapi_actor_names = BASE, "https://lrs.example.org/xAPI/", "key", False

    config = LrsConfig.from_settings(Settings(), folder)
    assert (config.secret, config.statements_url, config.problem()) == ("s3cret", "https://lrs.example.org/xAPI/statements",
                                                                         None)
    assert "s3cret" not in repr(config)
    assert "not encrypted" in LrsConfig(endpoint="http://lrs.example.org/xAPI", key="k", secret="s").problem()
    assert LrsConfig(endpoint="http://127.0.0.1:8100/xAPI", key="k", secret="s").problem() is None
    assert "No learning record store" in LrsConfig().problem()
    assert LrsConfig.from_settings(object()).organisation_iri == iris.DEFAULT_BASE_IRI
    write_secret(secret_path(folder), "")
    assert not secret_path(folder).exists()


def test_titles_come_from_the_content_when_callers_give_none(database, profiles):
    person = profiles.create("Ada Lovelace", "practitioner")
    names = {("module", "nps-basics"): "NPS basics", ("quiz", "nps-check"): "Check your learning: NPS"}
    events = LearningEvents(LrsConfig(base_iri=BASE), titles=lambda kind, item: names.get((kind, item), ""))
    with database.session() as session:
        events.module_completed(session, person.id, "nps-basics")
        events.quiz_attempted(session, person.id, "nps-check", attempt_id=1, mode="assessed")
        events.module_completed(session, person.id, "nps-basics", title="Given by the caller")
        events.titles = lambda kind, item: 1 / 0  # a broken lookup never stops learning being recorded
        events.module_completed(session, person.id, "other")
    names_sent = [r.statement["object"]["definition"].get("name") for r in _rows(database)]
    assert names_sent == [{"en-GB": "NPS basics"}, {"en-GB": "Check your learning: NPS"},
                          {"en-GB": "Given by the caller"}, None]
