"""An offline laptop's training reaches the team record by file: statements exported there and imported here,
linked to the person, show in the team matrix; importing the file again changes nothing."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from nps_trainer.learning_records.backfill import backfill
from nps_trainer.learning_records.config import LrsConfig
from nps_trainer.services import build_services
from tests.team.helpers import make_manager, make_person
from tests.team.records_data import module_record, quiz_attempt


def _cell(matrix, profile_id: int, item_type: str, item_id: str):
    person = next(i for i, p in enumerate(matrix.people) if p.id == profile_id)
    item = next(i for i, it in enumerate(matrix.items) if (it.item_type, it.item_id) == (item_type, item_id))
    return matrix.cell(person, item)


def test_an_offline_laptops_training_reaches_the_team_record(user_paths, tmp_path: Path) -> None:
    today = date.today()
    laptop = build_services(user_paths, database=f"sqlite:///{tmp_path / 'laptop.sqlite3'}")
    try:
        sam_there = make_person(laptop, "Sam")
        module_record(laptop, sam_there.id, "what-are-nps", completed=today - timedelta(days=2))
        quiz_attempt(laptop, sam_there.id, "what-are-nps", 90.0, day=today - timedelta(days=1))
        backfill(laptop.database, LrsConfig())  # the rows above were written directly, not through the services
        exported = tmp_path / "sam.json"
        exported.write_text(json.dumps(laptop.outbox.export()), encoding="utf-8")
    finally:
        laptop.close()

    office = build_services(user_paths, database=f"sqlite:///{tmp_path / 'office.sqlite3'}")
    try:
        make_manager(office, "Ada")
        sam_here = make_person(office, "Sam")
        before = office.team_records.matrix(today)
        assert _cell(before, sam_here.id, "module", "what-are-nps").status == "not started"
        report = office.outbox.import_file(exported)
        assert report.added > 0 and report.unmatched == [sam_there.uid]  # a different database: not linked yet
        office.outbox.link_actor(sam_there.uid, sam_here.id)
        after = office.team_records.matrix(today)
        module = _cell(after, sam_here.id, "module", "what-are-nps")
        assert module.status == "completed" and module.date == today - timedelta(days=2)
        quiz = _cell(after, sam_here.id, "quiz", "what-are-nps")
        assert quiz.status == "passed" and quiz.score == 90.0 and quiz.attempts == 1
        again = office.outbox.import_file(exported)
        assert again.added == 0 and again.already_had == report.added
        assert office.team_records.matrix(today).cells == after.cells
    finally:
        office.close()
