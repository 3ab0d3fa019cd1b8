"""The small-number threshold setting for caseload figures: default 5, kept when saved, brought into 3..20, and
a value of the wrong kind falls back to the default on its own (the file and other settings are kept)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nps_trainer.settings import Settings, SettingsStore


def _store(tmp_path: Path, content: dict) -> SettingsStore:
    path = tmp_path / "config" / "settings.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(content), encoding="utf-8")
    return SettingsStore(path)


def test_default_is_five() -> None:
    assert Settings().small_number_threshold == 5


def test_saved_and_read_back(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    store.save(Settings(small_number_threshold=8))
    assert store.load().small_number_threshold == 8
    assert json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))["small_number_threshold"] == 8


@pytest.mark.parametrize(("value", "used"), [(1, 3), (2, 3), (0, 3), (-4, 3), (3, 3), (10, 10), (500, 20)])
def test_brought_into_range(tmp_path: Path, value: int, used: int) -> None:
    store = _store(tmp_path, {"small_number_threshold": value, "text_size": "large"})
    settings = store.load()
    assert settings.small_number_threshold == used and settings.text_size == "large"
    assert store.unusable == []


@pytest.mark.parametrize("bad", ["5", 5.5, True, None, [5], {"t": 5}])
def test_wrong_kind_falls_back_to_the_default_alone(tmp_path: Path, bad: object) -> None:
    store = _store(tmp_path, {"small_number_threshold": bad, "text_size": "large"})
    settings = store.load()
    assert settings.small_number_threshold == 5 and settings.text_size == "large"
    assert store.unusable == ["small_number_threshold"]
    notice = store.take_notice()
    assert notice is not None and "the small-number threshold for caseload figures" in notice
