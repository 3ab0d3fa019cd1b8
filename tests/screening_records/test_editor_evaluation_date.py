"""The open screening is evaluated on today's date while it is a draft, and on its screening date once it is
finished, so a finished record keeps its flags however long afterwards it is opened or printed."""

from __future__ import annotations

import html
from datetime import date, timedelta
from pathlib import Path

import pytest

from nps_trainer.audit import AuditLog
from nps_trainer.identity import KeyStore
from nps_trainer.identity.crypto import FAST_TEST_KDF
from nps_trainer.paths import bundled_screening_dir
from nps_trainer.profiles import ProfileService
from nps_trainer.screening import DECLINED, FormLibrary, render_summary_html
from nps_trainer.screening_records import ScreeningStore
from nps_trainer.storage.database import open_database
from nps_trainer.ui.screening.editor import RecordEditor

FIVE_WEEKS_AGO = date.today() - timedelta(weeks=5)


@pytest.fixture
def editor(tmp_path: Path):
    db = open_database(f"sqlite:///{tmp_path / 'test.sqlite3'}", tmp_path / "backups")
    audit = AuditLog(db)
    store = ScreeningStore(db, audit, FormLibrary.load(bundled_screening_dir()))
    profile = ProfileService(db).create("Sam", "practitioner")
    keyring = KeyStore(db, audit, FAST_TEST_KDF).set_passphrase(profile.id, "amber kettle over the moor")
    opened = store.create(profile.id, keyring, "nps-screening", "X1")
    yield RecordEditor(store, profile.id, keyring, opened, "Sam K.")
    db.close()


def _released_a_week_before_screening(screening: date) -> dict:
    return {
        "screening_date": screening.isoformat(),
        "recent_release": True,
        "release_setting": "prison",
        "release_date": (screening - timedelta(days=7)).isoformat(),
        "lost_tolerance": True,
        "any_use_past_year": True,
        "substances": [{"category": "heroin", "last_used": "today", "days_used_28": 20, "routes": ["smoked"]}],
    }


def test_finished_screening_keeps_its_flags_five_weeks_later(editor: RecordEditor) -> None:
    editor.record.answers = _released_a_week_before_screening(FIVE_WEEKS_AGO)
    editor.save()
    assert editor.set("lost_tolerance", True).today == date.today()  # a draft is evaluated on today's date
    assert "overdose_after_release" in editor.evaluation.flag_ids

    editor.finish()
    assert not editor.editable
    assert editor.evaluation.today == FIVE_WEEKS_AGO
    assert "overdose_after_release" in editor.evaluation.flag_ids
    assert editor.evaluation_date == FIVE_WEEKS_AGO

    text = html.unescape(render_summary_html(editor.form, editor.record, for_drug_service=False,
                                             as_of=editor.evaluation_date))
    assert "High overdose risk after release" in text
    assert "No flags were raised" not in text
    assert f"Produced: {date.today().day} {date.today():%B %Y}" in text


def test_amendment_is_checked_against_today(editor: RecordEditor) -> None:
    editor.record.answers = _released_a_week_before_screening(FIVE_WEEKS_AGO)
    editor.finish()
    editor.start_amendment("Corrected the release setting after checking")
    assert editor.evaluation_date is None
    evaluation = editor.set("release_setting", "hospital")
    assert evaluation.today == date.today()
    assert "overdose_after_release" in evaluation.flag_ids
    editor.save_amendment()
    assert editor.evaluation.today == FIVE_WEEKS_AGO


def test_finished_screening_without_a_screening_date_uses_the_day_it_was_finished(editor: RecordEditor) -> None:
    editor.record.answers = {**_released_a_week_before_screening(FIVE_WEEKS_AGO), "screening_date": DECLINED}
    editor.finish()
    assert editor.opened.finalised_at is not None
    assert editor.evaluation_date == editor.opened.finalised_at.astimezone().date()
