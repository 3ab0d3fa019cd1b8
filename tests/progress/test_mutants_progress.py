"""Progress, pinned where mutation testing found it loose: summaries of many people at once (team views), the
learning records written with each event, visit times (a clock turned back included), what completing keeps
and clears, and the exact refusals."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import NoReturn

import pytest
from sqlalchemy import select, update

from nps_trainer.clock import utcnow
from nps_trainer.learning_records import iris
from nps_trainer.learning_records.config import LrsConfig
from nps_trainer.learning_records.events import LearningEvents
from nps_trainer.learning_records.statements import registration
from nps_trainer.profiles import ProfileService
from nps_trainer.progress import ModuleStatus, ProgressService, SectionsUnread
from nps_trainer.progress.service import ModuleSummary, VisitRecord
from nps_trainer.storage.database import Database, open_database
from nps_trainer.storage.models import ModuleProgress, ModuleVisit, XapiStatement

SECTIONS = ["one", "two", "three", "four"]
BASE = "https://lrs.example.org/nps"


@pytest.fixture
def db(database_url: str, tmp_path: Path) -> Iterator[Database]:
    database = open_database(database_url, tmp_path / "backups")
    yield database
    database.close()


def _statements(db: Database) -> list[tuple[str, str, int | None, str | None, str | None, bool]]:
    """(verb, object, profile id, registration, content version, refresher) of each learning record, in order."""
    with db.session() as session:
        rows = session.scalars(select(XapiStatement).order_by(XapiStatement.id)).all()
    found = []
    for row in rows:
        context = row.statement.get("context", {})
        categories = [c["id"] for c in context.get("contextActivities", {}).get("category", [])]
        found.append((row.verb.rsplit("/", 1)[-1], row.object_id, row.profile_id, context.get("registration"),
                      context.get("extensions", {}).get(iris.EXT_VERSION), iris.CATEGORY_REFRESHER in categories))
    return found


def test_summaries_of_many_people_at_once(db: Database) -> None:
    profiles = ProfileService(db)
    sam, alex, kim = (profiles.create(name, "practitioner") for name in ("Sam", "Alex", "Kim"))
    progress = ProgressService(db)
    progress.section_viewed(progress.start_visit(sam.id, "m1", "1.0"), "one", SECTIONS)
    progress.section_viewed(progress.start_visit(sam.id, "m2", "1.0"), "two", SECTIONS)
    progress.credit_sections(alex.id, "m1", ["one", "two"], SECTIONS)
    progress.section_viewed(progress.start_visit(kim.id, "m1", "1.0"), "three", SECTIONS)
    everyone = progress.summaries_for([sam.id, alex.id])
    assert set(everyone) == {(sam.id, "m1"), (sam.id, "m2"), (alex.id, "m1")}  # Kim was not asked for
    assert everyone[(sam.id, "m1")] == progress.summary(sam.id, "m1")
    assert everyone[(alex.id, "m1")].sections_credited == ("one", "two") and everyone[(alex.id, "m1")].progress == 0.5
    assert everyone[(sam.id, "m2")].module_id == "m2" and everyone[(sam.id, "m2")].last_section == "two"
    assert set(progress.summaries_for([sam.id, alex.id, kim.id], ["m1"])) == {
        (sam.id, "m1"), (alex.id, "m1"), (kim.id, "m1")}
    assert progress.summaries_for([sam.id], []) == {}
    assert progress.summaries_for([]) == {}
    assert progress.summaries_for((kim.id,), ("m2",)) == {}


def test_nobody_asked_for_means_no_database_work() -> None:
    class Closed:
        def session(self) -> NoReturn:
            raise AssertionError("the database was used")

    assert ProgressService(Closed()).summaries_for([]) == {}  # type: ignore[arg-type]


def test_each_event_writes_its_learning_record_in_the_same_transaction(db: Database) -> None:
    sam = ProfileService(db).create("Sam", "practitioner")
    progress = ProgressService(db, LearningEvents(LrsConfig(base_iri=BASE)))
    visit = progress.start_visit(sam.id, "m", "1.2")
    for anchor in (*SECTIONS, "two"):  # a section seen again is not recorded again
        progress.section_viewed(visit, anchor, SECTIONS)
    first = progress.complete(sam.id, "m", "1.2", all_sections=SECTIONS)
    assert first.progress == 1.0 and first.sections_credited == ()
    progress.complete(sam.id, "m", "1.3", all_sections=SECTIONS)  # completed again: a refresher reviewed
    module = iris.module_iri(BASE, "m")
    visit_registration = registration(sam.uid, "visit", visit)
    assert _statements(db) == [
        ("launched", module, sam.id, visit_registration, "1.2", False),
        *[("experienced", iris.section_iri(BASE, "m", anchor), sam.id, visit_registration, "1.2", False)
          for anchor in SECTIONS],
        ("completed", module, sam.id, None, "1.2", False),
        ("completed", module, sam.id, None, "1.3", True),
    ]


def test_completing_a_completion_made_unread_is_a_first_completion(db: Database) -> None:
    sam = ProfileService(db).create("Sam", "practitioner")
    progress = ProgressService(db, LearningEvents(LrsConfig(base_iri=BASE)))
    progress.credit_sections(sam.id, "m", SECTIONS, SECTIONS)
    with db.session() as session:  # as migration 0004 marks an old completion made with sections unread
        session.execute(update(ModuleProgress).values(completed_at=utcnow() - timedelta(days=30),
                                                      version_completed="1.0", completed_unread=True))
    marked = progress.summary(sam.id, "m")
    assert marked is not None and marked.completed_unread is True
    assert marked.status("1.0") is ModuleStatus.COMPLETED_UNREAD
    done = progress.complete(sam.id, "m", "1.0", all_sections=SECTIONS)
    assert done.completed_unread is False and done.status("1.0") is ModuleStatus.COMPLETED
    assert [s[0] for s in _statements(db)] == ["completed"] and not _statements(db)[0][5]


def test_visit_time_counts_whole_seconds_and_never_goes_below_nothing(db: Database) -> None:
    sam = ProfileService(db).create("Sam", "practitioner")
    progress = ProgressService(db)
    earlier = progress.start_visit(sam.id, "m", "1.0")
    later = progress.start_visit(sam.id, "m", "1.0")
    with db.session() as session:
        session.execute(update(ModuleVisit).where(ModuleVisit.id == earlier)
                        .values(started_at=utcnow() - timedelta(seconds=90)))
        session.execute(update(ModuleVisit).where(ModuleVisit.id == later)  # the clock was turned back since
                        .values(started_at=utcnow() + timedelta(hours=1)))
    progress.section_viewed(earlier, "one", SECTIONS)
    progress.section_viewed(later, "two", SECTIONS)
    first, second = progress.visits(sam.id)
    assert 90 <= first.seconds <= 120 and first.ended_at is None
    assert second.seconds == 0
    progress.end_visit(later)
    progress.end_visit(earlier)
    first, second = progress.visits(sam.id)
    assert 90 <= first.seconds <= 120 and second.seconds == 0
    assert first.ended_at is not None and second.ended_at is not None


def test_ending_a_visit_twice_keeps_the_first_end(db: Database) -> None:
    sam = ProfileService(db).create("Sam", "practitioner")
    progress = ProgressService(db)
    visit = progress.start_visit(sam.id, "m", "1.0")
    progress.end_visit(visit)
    [ended] = progress.visits(sam.id)
    with db.session() as session:
        session.execute(update(ModuleVisit).values(started_at=utcnow() - timedelta(seconds=300)))
    progress.end_visit(visit)
    progress.end_visit(visit + 1000)  # no such visit: nothing to do
    [again] = progress.visits(sam.id)
    assert again.ended_at == ended.ended_at and again.seconds == ended.seconds == 0


def test_visits_are_listed_in_order_with_every_field_and_filtered_by_module(db: Database) -> None:
    profiles = ProfileService(db)
    sam, alex = profiles.create("Sam", "practitioner"), profiles.create("Alex", "practitioner")
    progress = ProgressService(db)
    before = utcnow()
    ids = [progress.start_visit(sam.id, module, version) for module, version in (("b", "2.0"), ("a", "1.0"),
                                                                                  ("b", "2.1"))]
    progress.start_visit(alex.id, "a", "1.0")
    progress.section_viewed(ids[1], "one", SECTIONS)
    visits = progress.visits(sam.id)
    assert [(v.id, v.module_id, v.module_version, v.seconds, v.sections_seen, v.ended_at) for v in visits] == [
        (ids[0], "b", "2.0", 0, (), None), (ids[1], "a", "1.0", 0, ("one",), None), (ids[2], "b", "2.1", 0, (), None)]
    assert all(isinstance(v, VisitRecord) and before - timedelta(seconds=1) <= v.started_at <= utcnow()
               for v in visits)
    assert [v.id for v in progress.visits(sam.id, "b")] == [ids[0], ids[2]]
    assert [v.id for v in progress.visits(sam.id, "a")] == [ids[1]]
    with db.session() as session:  # rows stored out of order are still listed by when they were made
        session.execute(update(ModuleVisit).where(ModuleVisit.id == ids[0]).values(seconds=0))
    assert [v.id for v in progress.visits(sam.id)] == ids


def test_a_section_of_an_unknown_visit_is_refused(db: Database) -> None:
    with pytest.raises(LookupError, match=r"^No visit 4242$"):
        ProgressService(db).section_viewed(4242, "one", SECTIONS)


def test_the_resume_point_and_progress_follow_the_last_section_viewed(db: Database) -> None:
    sam = ProfileService(db).create("Sam", "practitioner")
    progress = ProgressService(db)
    progress.credit_sections(sam.id, "m", ["four"], SECTIONS)
    visit = progress.start_visit(sam.id, "m", "1.0")
    summary = progress.section_viewed(visit, "two", SECTIONS)
    assert summary.last_section == "two" and summary.progress == 0.5 and summary.sections_seen == ("two",)
    summary = progress.section_viewed(visit, "one", SECTIONS)
    assert summary.last_section == "one" and summary.progress == 0.75 and summary.sections_seen == ("two", "one")
    summary = progress.section_viewed(visit, "two", SECTIONS)  # back to one seen before: the resume point moves
    assert summary.last_section == "two" and summary.sections_seen == ("two", "one") and summary.progress == 0.75
    [record] = progress.visits(sam.id)
    assert record.sections_seen == ("two", "one")
    assert progress.section_viewed(visit, "one", []).progress == 0.0  # a module with no sections now
    with db.session() as session:
        [row] = session.scalars(select(ModuleProgress)).all()
        assert row.updated_at is not None and row.sections_credited == ["four"]


def test_completing_keeps_the_reflection_trimmed_and_forgets_a_blank_one(db: Database) -> None:
    sam = ProfileService(db).create("Sam", "practitioner")
    progress = ProgressService(db)
    progress.credit_sections(sam.id, "m", SECTIONS, SECTIONS)
    done = progress.complete(sam.id, "m", "1.0", all_sections=SECTIONS, learnt="  Ask about use. ", use=" Ask. ")
    assert (done.reflection_learnt, done.reflection_use) == ("Ask about use.", "Ask.")
    done = progress.complete(sam.id, "m", "1.1", all_sections=SECTIONS, learnt="   ")
    assert (done.reflection_learnt, done.reflection_use) == (None, None)
    assert done.version_completed == "1.1" and done.progress == 1.0 and not done.completed_unread
    assert progress.summary(sam.id, "m") == done
    with db.session() as session:
        [row] = session.scalars(select(ModuleProgress)).all()
        assert row.updated_at == row.completed_at


def test_completing_counts_progress_against_the_module_as_it_is_now(db: Database) -> None:
    sam = ProfileService(db).create("Sam", "practitioner")
    progress = ProgressService(db)
    visit = progress.start_visit(sam.id, "m", "1.0")
    for anchor in SECTIONS:
        progress.section_viewed(visit, anchor, SECTIONS)
    progress.credit_sections(sam.id, "m", ["five"], [*SECTIONS, "five"])
    done = progress.complete(sam.id, "m", "2.0", all_sections=[*SECTIONS, "five", "six"][:5])
    assert done.progress == 1.0 and done.sections_credited == ("five",)
    assert done.sections_viewed(["one", "five", "nine"]) == 2


def test_one_section_unread_is_named_in_the_singular(db: Database) -> None:
    sam = ProfileService(db).create("Sam", "practitioner")
    progress = ProgressService(db)
    progress.credit_sections(sam.id, "m", ["one", "two", "four"], SECTIONS)
    with pytest.raises(SectionsUnread) as refused:
        progress.complete(sam.id, "m", "1.0", all_sections=SECTIONS)
    assert str(refused.value) == "The module cannot be completed yet: 1 section still unread (three)."
    assert refused.value.missing == ["three"]
    assert str(SectionsUnread(("a", "b"))) == "The module cannot be completed yet: 2 sections still unread (a, b)."


def test_crediting_unknown_sections_names_them_all(db: Database) -> None:
    sam = ProfileService(db).create("Sam", "practitioner")
    progress = ProgressService(db)
    with pytest.raises(ValueError) as refused:
        progress.credit_sections(sam.id, "m", ["one", "nine", "ten"], SECTIONS)
    assert str(refused.value) == "The module 'm' has no section 'nine', 'ten'."
    assert progress.summary(sam.id, "m") is None


def test_crediting_adds_to_what_was_credited_before_in_order(db: Database) -> None:
    sam = ProfileService(db).create("Sam", "practitioner")
    progress = ProgressService(db)
    first = progress.credit_sections(sam.id, "m", ["two"], SECTIONS)
    assert first.sections_credited == ("two",) and first.progress == 0.25 and first.module_id == "m"
    visit = progress.start_visit(sam.id, "m", "1.0")
    progress.section_viewed(visit, "one", SECTIONS)
    again = progress.credit_sections(sam.id, "m", ["four", "two", "three", "four"], SECTIONS)
    assert again.sections_credited == ("two", "four", "three") and again.sections_seen == ("one",)
    assert again.progress == 1.0 and again.last_section == "one"
    nothing = progress.credit_sections(sam.id, "other", [], SECTIONS)
    assert nothing.status("1.0") is ModuleStatus.NOT_STARTED and nothing.progress == 0.0


def test_a_summary_is_per_person_and_module(db: Database) -> None:
    profiles = ProfileService(db)
    sam, alex = profiles.create("Sam", "practitioner"), profiles.create("Alex", "practitioner")
    progress = ProgressService(db)
    progress.credit_sections(sam.id, "m", ["one"], SECTIONS)
    progress.credit_sections(alex.id, "m", ["two", "three"], SECTIONS)
    progress.credit_sections(sam.id, "n", ["four"], SECTIONS)
    assert progress.summary(sam.id, "m").sections_credited == ("one",)  # type: ignore[union-attr]
    assert progress.summary(alex.id, "m").sections_credited == ("two", "three")  # type: ignore[union-attr]
    assert progress.summary(alex.id, "n") is None
    assert {m: s.sections_credited for m, s in progress.summaries(sam.id).items()} == {"m": ("one",), "n": ("four",)}


def test_the_status_of_a_summary() -> None:
    def summary(**changes: object) -> ModuleSummary:
        fields = dict(module_id="m", progress=0.0, last_section=None, sections_seen=(), completed_at=None,
                      version_completed=None, reflection_learnt=None, reflection_use=None)
        return ModuleSummary(**{**fields, **changes})

    now = utcnow()
    assert summary().status("1.0") is ModuleStatus.NOT_STARTED
    assert summary(sections_seen=("one",)).status("1.0") is ModuleStatus.IN_PROGRESS
    assert summary(sections_credited=("one",)).status("1.0") is ModuleStatus.IN_PROGRESS
    assert summary(completed_at=now, version_completed="1.0").status("1.0") is ModuleStatus.COMPLETED
    assert summary(completed_at=now, version_completed="1.0").status("1.1") is ModuleStatus.UPDATED
    assert summary(completed_at=now, version_completed="1.0", completed_unread=True).status("1.0") is (
        ModuleStatus.COMPLETED_UNREAD)
    assert summary(sections_seen=("two",), sections_credited=("four",)).unread(SECTIONS) == ["one", "three"]


def test_a_new_summary_row_starts_with_empty_lists_and_no_unread_mark(db: Database) -> None:
    sam = ProfileService(db).create("Sam", "practitioner")
    progress = ProgressService(db)
    progress.section_viewed(progress.start_visit(sam.id, "read", "1.0"), "one", SECTIONS)
    progress.credit_sections(sam.id, "credited", ["two"], SECTIONS)
    with db.session() as session:
        rows = {row.module_id: row for row in session.scalars(select(ModuleProgress))}
    assert (rows["read"].sections_seen, rows["read"].sections_credited) == (["one"], [])
    assert (rows["credited"].sections_seen, rows["credited"].sections_credited) == ([], ["two"])
    assert rows["read"].completed_unread is False and rows["credited"].completed_unread is False
    assert rows["read"].completed_at is None and rows["read"].progress == 0.25
