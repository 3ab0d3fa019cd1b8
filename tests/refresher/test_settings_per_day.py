"""The setting "Refresher questions per day": 10 by default, 1 to 50, kept in the settings file and chosen in
File → Settings (Alt+Q)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from nps_trainer.app_config import resolve
from nps_trainer.paths import UserPaths
from nps_trainer.settings import Settings, SettingsStore
from nps_trainer.ui.settings_dialog import SettingsDialog
from tests.ui.helpers import show_active


@pytest.mark.parametrize(("saved", "loaded"), [(10, 10), (25, 25), (0, 1), (-4, 1), (51, 50), (1000, 50)])
def test_the_number_is_brought_into_range(tmp_path: Path, saved: int, loaded: int) -> None:
    file = tmp_path / "settings.json"
    file.write_text(json.dumps({"refresher_per_day": saved}), encoding="utf-8")
    store = SettingsStore(file)
    assert store.load().refresher_per_day == loaded and not store.unusable


@pytest.mark.parametrize("saved", ["ten", 2.5, True, None])
def test_a_value_of_the_wrong_kind_falls_back_to_ten_and_is_named(tmp_path: Path, saved) -> None:
    file = tmp_path / "settings.json"
    file.write_text(json.dumps({"refresher_per_day": saved}), encoding="utf-8")
    store = SettingsStore(file)
    assert store.load().refresher_per_day == Settings().refresher_per_day == 10
    assert store.unusable == ["refresher_per_day"]
    assert "the number of refresher questions a day" in (store.take_notice() or "")


def test_chosen_in_the_settings_dialog_by_keyboard_and_saved(qtbot, user_paths: UserPaths) -> None:
    settings = Settings()
    dialog = SettingsDialog(settings, resolve(user_paths, settings))
    show_active(qtbot, dialog)
    spin = dialog.refresher_spin
    assert spin.accessibleName() == "Refresher questions per day"
    assert (spin.minimum(), spin.maximum(), spin.value()) == (1, 50, 10)
    qtbot.keyClick(dialog, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)  # the label's mnemonic
    qtbot.waitUntil(spin.hasFocus)
    for _ in range(5):
        qtbot.keyClick(spin, Qt.Key.Key_Up)
    dialog.apply()
    assert settings.refresher_per_day == 15
    store = SettingsStore(user_paths.settings_file)
    store.save(settings)
    assert SettingsStore(user_paths.settings_file).load().refresher_per_day == 15
