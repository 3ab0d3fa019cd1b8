"""A quiz's history says which attempts count: practice attempts never show as passed."""

from __future__ import annotations

from datetime import UTC, datetime

from nps_trainer.quiz_records.records import AttemptRecord
from nps_trainer.ui.quiz.text import result_text


def _record(mode: str, passed: bool) -> AttemptRecord:
    now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    return AttemptRecord(id=1, quiz_id="q", quiz_version="1", mode=mode, started_at=now, finished_at=now,
                         score=100.0 if passed else 10.0, passed=passed, pass_mark=80.0, seconds=60.0, answered=5)


def test_practice_attempts_are_not_called_passed() -> None:
    assert result_text(_record("practice", passed=True)) == "Practice (not assessed)"
    assert result_text(_record("assessed", passed=True)) == "Passed"
    assert result_text(_record("assessed", passed=False)) == "Not yet passed"
