"""Settings for the organisation's LRS and the caseload figures: checked before saving, the secret kept in its
own owner-only file and never in settings.json."""

from __future__ import annotations

import json
import stat

from nps_trainer.learning_records.config import read_secret, secret_path
from nps_trainer.ui import settings_dialog
from nps_trainer.ui.main_window import MainWindow
from tests.ui.helpers import show_active


def _signed_in_window(qtbot, services, role: str) -> MainWindow:
    from tests.team.helpers import make_person, sign_in

    people = [make_person(services, "Ada", "manager")]
    if role != "manager":
        people.append(make_person(services, "Pat", role))
    window = MainWindow(services)
    show_active(qtbot, window)
    window.use_profile(sign_in(services, people[-1]))
    return window


def test_only_a_signed_in_manager_can_change_the_organisations_settings(qtbot, services, shown_messages) -> None:
    from nps_trainer.learning_records.config import write_secret

    write_secret(secret_path(services.paths.config), "the-organisations-secret")
    services.settings.lrs_endpoint = "https://lrs.example.org/xAPI/"
    for window in (MainWindow(services), _signed_in_window(qtbot, services, "practitioner")):
        dialog = settings_dialog.SettingsDialog(
            services.settings, services.config, window, secret_file=secret_path(services.paths.config),
            organisation_settings=window.signed_in is not None and window.signed_in.profile.is_manager)
        assert not dialog.lrs_edit.isEnabled() and not dialog.threshold_spin.isEnabled()
        assert not dialog.marking_edit.isEnabled()
        assert dialog.lrs_secret_edit.text() == ""  # the secret is not even loaded
        dialog.save_secret()
        assert read_secret(secret_path(services.paths.config)) == "the-organisations-secret"
        window.close()


def test_a_new_lrs_address_needs_its_secret_entered_again(qtbot, services, shown_messages) -> None:
    from nps_trainer.learning_records.config import write_secret

    write_secret(secret_path(services.paths.config), "the-organisations-secret")
    window = _signed_in_window(qtbot, services, "manager")
    dialog = settings_dialog.SettingsDialog(services.settings, services.config, window,
                                            secret_file=secret_path(services.paths.config),
                                            organisation_settings=True)
    assert dialog.lrs_secret_edit.text() == "the-organisations-secret"
    qtbot.keyClicks(dialog.lrs_edit, "http://127.0.0.1:9/xAPI/")
    assert dialog.lrs_secret_edit.text() == ""
    dialog.save_secret()
    assert not secret_path(services.paths.config).exists()  # never sent to the new address unless typed again
    window.close()


def test_lrs_and_figures_settings_are_checked_and_saved(qtbot, services, shown_messages, monkeypatch) -> None:
    window = _signed_in_window(qtbot, services, "manager")

    def fill(dialog: settings_dialog.SettingsDialog, endpoint: str) -> int:
        dialog.threshold_spin.setValue(7)
        dialog.marking_edit.setText("  OFFICIAL   SENSITIVE ")
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
    assert services.settings.protective_marking == "OFFICIAL SENSITIVE"
    assert services.settings.lrs_endpoint == "https://lrs.example.org/xAPI/"
    saved = json.loads(services.settings_store.path.read_text(encoding="utf-8"))
    assert saved["lrs_key"] == "team-key" and "s3cret-from-the-lrs" not in json.dumps(saved)
    secret = secret_path(services.paths.config)
    assert read_secret(secret) == "s3cret-from-the-lrs"
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    window.close()
