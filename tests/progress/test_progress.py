"""Visits and summaries, on SQLite and PostgreSQL, including a process killed mid-module."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from nps_trainer.profiles import ProfileService
from nps_trainer.progress import ModuleStatus, ProgressService, SectionsUnread
from nps_trainer.storage.database import Database, open_database

SECTIONS = ["one", "two", "three", "four"]


@pytest.fixture
def db(database_url: str, tmp_path: Path):
    database = open_database(database_url, tmp_path / "backups")
    yield database
    database.close()


def test_visit_records_sections_time_and_progress(db: Database) -> None:
    profile = ProfileService(db).create("Sam", "practitioner")
    progress = ProgressService(db)
    assert progress.summary(profile.id, "m") is None
    visit = progress.start_visit(profile.id, "m", "1.0")
    progress.section_viewed(visit, "one", SECTIONS)
    summary = progress.section_viewed(visit, "two", SECTIONS)
    progress.section_viewed(visit, "two", SECTIONS)  # seen again: counted once
    assert summary.progress == 0.5
    assert summary.last_section == "two"
    assert summary.status("1.0") is ModuleStatus.IN_PROGRESS
    progress.end_visit(visit)
    [record] = progress.visits(profile.id, "m")
    assert record.sections_seen == ("one", "two")
    assert record.ended_at is not None and record.seconds >= 0


def test_completion_keeps_version_and_reflection_and_notices_updates(db: Database) -> None:
    profile = ProfileService(db).create("Sam", "practitioner")
    progress = ProgressService(db)
    visit = progress.start_visit(profile.id, "m", "1.0")
    for anchor in SECTIONS:
        progress.section_viewed(visit, anchor, SECTIONS)
    done = progress.complete(profile.id, "m", "1.0", learnt="  Nitazenes need repeat naloxone. ", use="Ask.",
                             all_sections=SECTIONS)
    assert done.progress == 1.0
    assert done.reflection_learnt == "Nitazenes need repeat naloxone."
    assert progress.summaries(profile.id)["m"].status("1.0") is ModuleStatus.COMPLETED
    assert progress.summaries(profile.id)["m"].status("1.1") is ModuleStatus.UPDATED


def test_completing_with_sections_unread_is_refused_with_what_is_unread(db: Database) -> None:
    profile = ProfileService(db).create("Sam", "practitioner")
    progress = ProgressService(db)
    visit = progress.start_visit(profile.id, "m", "1.0")
    progress.section_viewed(visit, "four", SECTIONS)  # straight to the end, then complete
    progress.section_viewed(visit, "two", SECTIONS)
    with pytest.raises(SectionsUnread) as refused:
        progress.complete(profile.id, "m", "1.0", learnt="Too soon.", all_sections=SECTIONS)
    assert refused.value.missing == ["one", "three"]  # in the module's order
    assert "2 sections still unread (one, three)" in str(refused.value)
    summary = progress.summary(profile.id, "m")
    assert summary is not None and summary.completed_at is None and summary.reflection_learnt is None
    assert summary.status("1.0") is ModuleStatus.IN_PROGRESS and summary.progress == 0.5
    assert summary.unread(SECTIONS) == ["one", "three"]

    # the module as it is now: a section added since is unread too; one taken out no longer counts
    progress.section_viewed(visit, "one", SECTIONS)
    progress.section_viewed(visit, "three", SECTIONS)
    with pytest.raises(SectionsUnread) as refused:
        progress.complete(profile.id, "m", "1.1", all_sections=[*SECTIONS, "five"])
    assert refused.value.missing == ["five"]
    done = progress.complete(profile.id, "m", "1.1", all_sections=["one", "two", "three"])
    assert done.completed_at is not None and done.version_completed == "1.1" and done.progress == 1.0


def test_a_module_never_opened_cannot_be_completed(db: Database) -> None:
    profile = ProfileService(db).create("Sam", "practitioner")
    progress = ProgressService(db)
    with pytest.raises(SectionsUnread) as refused:
        progress.complete(profile.id, "m", "1.0", all_sections=SECTIONS)
    assert refused.value.missing == SECTIONS
    summary = progress.summary(profile.id, "m")
    assert summary is None  # nothing written


def test_sections_credited_in_a_joint_session_count_towards_completion(db: Database) -> None:
    profile = ProfileService(db).create("Sam", "practitioner")
    progress = ProgressService(db)
    credited = progress.credit_sections(profile.id, "m", ["one", "two", "one"], SECTIONS)
    assert credited.sections_credited == ("one", "two") and credited.sections_seen == ()
    assert credited.progress == 0.5 and credited.sections_viewed(SECTIONS) == 2
    assert credited.status("1.0") is ModuleStatus.IN_PROGRESS
    with pytest.raises(SectionsUnread) as refused:
        progress.complete(profile.id, "m", "1.0", all_sections=SECTIONS)
    assert refused.value.missing == ["three", "four"]

    visit = progress.start_visit(profile.id, "m", "1.0")
    progress.section_viewed(visit, "three", SECTIONS)
    progress.section_viewed(visit, "four", SECTIONS)
    done = progress.complete(profile.id, "m", "1.0", all_sections=SECTIONS)
    assert done.status("1.0") is ModuleStatus.COMPLETED and done.progress == 1.0
    assert done.sections_seen == ("three", "four") and done.sections_credited == ("one", "two")  # kept apart

    with pytest.raises(ValueError, match="no section 'nine'"):
        progress.credit_sections(profile.id, "m", ["nine"], SECTIONS)


def test_reading_on_after_completing_still_counts(db: Database) -> None:
    profile = ProfileService(db).create("Sam", "practitioner")
    progress = ProgressService(db)
    visit = progress.start_visit(profile.id, "m", "1.0")
    for anchor in SECTIONS:
        progress.section_viewed(visit, anchor, SECTIONS)
    progress.complete(profile.id, "m", "1.0", all_sections=SECTIONS)
    after = progress.section_viewed(visit, "five", [*SECTIONS, "five"])  # a section added later, read
    assert after.status("1.0") is ModuleStatus.COMPLETED and after.progress == 1.0
    assert after.sections_viewed(["two", "six"]) == 1  # counted against the module's sections now


def test_legacy_rows_completed_unread_are_kept_and_marked(database_url: str, tmp_path: Path) -> None:
    """Migration 0004 marks a completion made with sections unread (progress below 1); the row is kept,
    reads as 'completed unread', and completing again properly clears the mark."""
    from sqlalchemy import text

    from nps_trainer.storage import migrate
    from nps_trainer.team.status import module_state

    database = open_database(database_url, tmp_path / "backups")
    try:
        migrate.downgrade(database.engine, "0003")
        with database.engine.begin() as connection:
            connection.execute(text("INSERT INTO profiles (id, display_name, role, created_at) "
                                    "VALUES (1, 'Sam', 'practitioner', '2026-01-05 10:00:00')"))
            for module_id, progress_value in (("half", 0.5), ("whole", 1.0)):
                connection.execute(text(
                    "INSERT INTO module_progress (profile_id, module_id, progress, last_section, completed_at, "
                    "version_completed, updated_at, sections_seen) VALUES (1, :m, :p, 'two', "
                    "'2026-06-01 09:00:00', '1.0', '2026-06-01 09:00:00', :seen)"),
                    {"m": module_id, "p": progress_value,
                     "seen": '["one", "two"]' if progress_value < 1 else '["one", "two", "three", "four"]'})
        migrate.upgrade(database.engine)
        progress = ProgressService(database)
        half, whole = progress.summary(1, "half"), progress.summary(1, "whole")
        assert half is not None and whole is not None
        assert half.completed_unread and half.completed_at is not None  # kept, and marked
        assert not whole.completed_unread
        assert half.status("1.0") is ModuleStatus.COMPLETED_UNREAD
        module = _module("half", SECTIONS)
        assert module_state(half, module, date(2026, 7, 1)) == "completed unread"
        assert module_state(whole, _module("whole", SECTIONS), date(2026, 7, 1)) == "completed"

        visit = progress.start_visit(1, "half", "1.0")
        still = progress.section_viewed(visit, "three", SECTIONS)
        assert still.completed_unread  # reading on does not clear it: completing again does
        progress.section_viewed(visit, "four", SECTIONS)
        again = progress.complete(1, "half", "1.0", all_sections=SECTIONS)
        assert not again.completed_unread and again.status("1.0") is ModuleStatus.COMPLETED
        assert module_state(again, module, date.today()) == "completed"
    finally:
        database.close()


def _module(module_id: str, anchors: list[str], version: str = "1.0"):
    from nps_trainer.content import Module, Section

    return Module(id=module_id, title=module_id.title(), version=version, summary="", audience=(), minutes=5,
                  objectives=(), prerequisites=(), sources=(), reviewed=date(2026, 1, 1), content_warnings=(),
                  sections=tuple(Section(a.title(), a, "", 1) for a in anchors), path=Path(f"{module_id}.md"),
                  word_count=100)


def test_progress_is_per_profile(db: Database) -> None:
    profiles = ProfileService(db)
    sam, alex = profiles.create("Sam", "practitioner"), profiles.create("Alex", "drug_service")
    progress = ProgressService(db)
    progress.section_viewed(progress.start_visit(sam.id, "m", "1"), "one", SECTIONS)
    assert progress.summaries(alex.id) == {}
    assert set(progress.summaries(sam.id)) == {"m"}


KILLED_READER = """
import os, signal, sys
from pathlib import Path
from nps_trainer.storage.database import open_database
from nps_trainer.profiles import ProfileService
from nps_trainer.progress import ProgressService

db = open_database(sys.argv[1], Path(sys.argv[2]))
profile = ProfileService(db).create("Sam", "practitioner")
progress = ProgressService(db)
visit = progress.start_visit(profile.id, "m", "1.0")
progress.section_viewed(visit, "one", ["one", "two", "three", "four"])
progress.section_viewed(visit, "three", ["one", "two", "three", "four"])
os.kill(os.getpid(), signal.SIGKILL)  # no clean-up, no end of visit
"""


def test_progress_survives_a_killed_process(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'p.sqlite3'}"
    result = subprocess.run([sys.executable, "-c", KILLED_READER, url, str(tmp_path / "backups")])
    assert result.returncode == -9
    db = open_database(url, tmp_path / "backups")
    try:
        assert db.check() == []
        [profile] = ProfileService(db).list()
        summary = ProgressService(db).summary(profile.id, "m")
        assert summary is not None
        assert summary.last_section == "three" and summary.progress == 0.5
        [visit] = ProgressService(db).visits(profile.id)
        assert visit.ended_at is None and visit.sections_seen == ("one", "three")
    finally:
        db.close()


def test_progress_made_across_two_visits_adds_up(db: Database) -> None:
    profile = ProfileService(db).create("Sam", "practitioner")
    progress = ProgressService(db)
    first = progress.start_visit(profile.id, "m", "1.0")
    progress.section_viewed(first, "one", SECTIONS)
    progress.section_viewed(first, "two", SECTIONS)
    progress.end_visit(first)
    second = progress.start_visit(profile.id, "m", "1.0")
    summary = progress.section_viewed(second, "two", SECTIONS)  # seen before: not counted twice
    assert summary.progress == 0.5
    summary = progress.section_viewed(second, "three", SECTIONS)
    assert summary.progress == 0.75 and summary.sections_seen == ("one", "two", "three")
    assert summary.last_section == "three"
    progress.end_visit(second)
    visits = progress.visits(profile.id, "m")
    assert [v.sections_seen for v in visits] == [("one", "two"), ("two", "three")]  # each visit its own
    with pytest.raises(SectionsUnread):
        progress.complete(profile.id, "m", "1.0", all_sections=SECTIONS)
    third = progress.start_visit(profile.id, "m", "1.0")
    progress.section_viewed(third, "four", SECTIONS)
    done = progress.complete(profile.id, "m", "1.0", all_sections=SECTIONS)
    assert done.completed_at is not None and done.progress == 1.0
