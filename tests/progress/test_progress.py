"""Visits and summaries, on SQLite and PostgreSQL, including a process killed mid-module."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from nps_trainer.profiles import ProfileService
from nps_trainer.progress import ModuleStatus, ProgressService
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
    done = progress.complete(profile.id, "m", "1.0", learnt="  Nitazenes need repeat naloxone. ", use="Ask.")
    assert done.progress == 1.0
    assert done.reflection_learnt == "Nitazenes need repeat naloxone."
    assert progress.summaries(profile.id)["m"].status("1.0") is ModuleStatus.COMPLETED
    assert progress.summaries(profile.id)["m"].status("1.1") is ModuleStatus.UPDATED


def test_completing_keeps_the_true_fraction_of_sections_viewed(db: Database) -> None:
    profile = ProfileService(db).create("Sam", "practitioner")
    progress = ProgressService(db)
    visit = progress.start_visit(profile.id, "m", "1.0")
    progress.section_viewed(visit, "four", SECTIONS)  # straight to the end, then complete
    done = progress.complete(profile.id, "m", "1.0", all_sections=SECTIONS)
    assert done.status("1.0") is ModuleStatus.COMPLETED
    assert done.progress == 0.25 and done.sections_viewed(SECTIONS) == 1
    again = progress.complete(profile.id, "m", "1.0")  # without the sections: what was worked out stands
    assert again.progress == 0.25

    after = progress.section_viewed(visit, "two", SECTIONS)  # reading on after completing still counts
    assert after.progress == 0.5 and after.sections_viewed(SECTIONS) == 2
    assert after.status("1.0") is ModuleStatus.COMPLETED
    assert after.sections_viewed(["two", "five"]) == 1  # counted against the module's sections now


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
