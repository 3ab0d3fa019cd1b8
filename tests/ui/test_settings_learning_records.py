"""Settings for the organisation's LRS and the caseload figures: checked before saving, the secret kept in its
own owner-only file and never in settings.json."""

from __future__ import annotations

import json
import stat

from nps_trainer.learning_records.config import read_secret, secret_path
from nps_trainer.ui import settings_dialog
from nps_trainer.ui.main_window import MainWindow
from tests.ui.helpers import show_active


def test_lrs_and_figures_settings_are_checked_and_saved(qtbot, services, shown_messages, monkeypatch) -> None:
    window = MainWindow(services)
    show_active(qtbot, window)

    def fill(dialog: settings_dialog.SettingsDialog, endpoint: str) -> int:
        dialog.threshold_spin.setValue(7)
        dialog.base_iri_edit.setText("https://probation.example.org/learning")
        dialog.lrs_edit.setText(endpoint)
        dialog.lrs_key_edit.setText("team-key")
        dialog.lrs_secret_edit.setText("s3cret-from-the-lrs")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", lambda d: fill(d, "http://lrs.example.org/xAPI/"))
    window.open_settings()
    assert shown_messages[-1][1] == "Settings not saved" and shown_messages[-1][2].startswith("LRS address:")
    assert services.settings.lrs_endpoint == "" and not secret_path(services.paths.config).exists()

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", lambda d: fill(d, "https://lrs.example.org/xAPI/"))
    window.open_settings()
    assert services.settings.small_number_threshold == 7
    assert services.settings.lrs_endpoint == "https://lrs.example.org/xAPI/"
    saved = json.loads(services.settings_store.path.read_text(encoding="utf-8"))
    assert saved["lrs_key"] == "team-key" and "s3cret-from-the-lrs" not in json.dumps(saved)
    secret = secret_path(services.paths.config)
    assert read_secret(secret) == "s3cret-from-the-lrs"
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    window.close()
