"""Progress, pinned where the second mutation-testing pass found it loose (issue 14): a completion without a
reflection stores none, its learning record carries the moment of completing, and visits are listed in the
order they began on either database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from nps_trainer.learning_records.config import LrsConfig
from nps_trainer.learning_records.events import LearningEvents
from nps_trainer.learning_records.statements import timestamp
from nps_trainer.profiles import ProfileService
from nps_trainer.progress import ProgressService
from nps_trainer.storage.database import Database, open_database
from nps_trainer.storage.models import ModuleProgress, ModuleVisit, XapiStatement

SECTIONS = ["one", "two"]
BASE = "https://lrs.example.org/nps"


@pytest.fixture
def db(database_url: str, tmp_path: Path) -> Iterator[Database]:
    database = open_database(database_url, tmp_path / "backups")
    yield database
    database.close()


def test_completing_without_a_reflection_stores_none(db: Database) -> None:
    sam = ProfileService(db).create("Sam", "practitioner")
    progress = ProgressService(db)
    progress.credit_sections(sam.id, "m", SECTIONS, SECTIONS)
    done = progress.complete(sam.id, "m", "1.0", all_sections=SECTIONS)
    assert (done.reflection_learnt, done.reflection_use) == (None, None)
    with db.session() as session:
        row = session.scalars(select(ModuleProgress)).one()
        assert (row.reflection_learnt, row.reflection_use) == (None, None)


def test_the_completion_record_carries_the_moment_of_completing(db: Database) -> None:
    sam = ProfileService(db).create("Sam", "practitioner")
    stopped = datetime(2020, 1, 1, 9, 0, tzinfo=UTC)  # the events' own clock, used only when given no time
    progress = ProgressService(db, LearningEvents(LrsConfig(base_iri=BASE), clock=lambda: stopped))
    progress.credit_sections(sam.id, "m", SECTIONS, SECTIONS)
    first = progress.complete(sam.id, "m", "1.0", all_sections=SECTIONS)
    again = progress.complete(sam.id, "m", "1.1", all_sections=SECTIONS)  # a refresher reviewed
    with db.session() as session:
        rows = session.scalars(select(XapiStatement).order_by(XapiStatement.id))
        stamps = [row.statement["timestamp"] for row in rows]
    assert first.completed_at is not None and again.completed_at is not None
    assert stamps == [timestamp(first.completed_at), timestamp(again.completed_at)]
    assert timestamp(stopped) not in stamps


def test_visits_are_listed_in_the_order_they_began(db: Database) -> None:
    sam = ProfileService(db).create("Sam", "practitioner")
    progress = ProgressService(db)
    visits = [progress.start_visit(sam.id, module, "1.0") for module in ("b", "a", "c")]
    for visit in visits[:2]:
        progress.section_viewed(visit, "one", SECTIONS)
        progress.end_visit(visit)
    assert [v.id for v in progress.visits(sam.id)] == visits
    assert [v.module_id for v in progress.visits(sam.id)] == ["b", "a", "c"]


def test_visits_are_listed_by_id_whatever_order_the_rows_are_stored_in(db: Database) -> None:
    sam = ProfileService(db).create("Sam", "practitioner")
    with db.session() as session:  # as rows written back in another order (a restore, say) are stored
        for visit_id, module in ((30, "late"), (10, "early"), (20, "middle")):
            session.add(ModuleVisit(id=visit_id, profile_id=sam.id, module_id=module, module_version="1.0",
                                    started_at=datetime(2026, 1, visit_id // 10, tzinfo=UTC), seconds=0,
                                    sections_seen=[]))
            session.flush()
    visits = ProgressService(db).visits(sam.id)
    assert [(v.id, v.module_id) for v in visits] == [(10, "early"), (20, "middle"), (30, "late")]
    assert [v.id for v in ProgressService(db).visits(sam.id, "middle")] == [20]
