"""Choosing the language: in Settings (shown from the next start, with an offer to start again now) and with the
switch on the sign-in page (keeps the choice and starts again at once)."""

from __future__ import annotations

import json
import sys

from nps_trainer import i18n
from nps_trainer.ui import restart
from nps_trainer.ui.main_window import MainWindow
from nps_trainer.ui.settings_dialog import SettingsDialog
from nps_trainer.ui.translation import install
from tests.ui.helpers import show_active


def test_the_restart_command_drops_the_language_given_on_the_command_line() -> None:
    argv = ["--database", "team.sqlite3", "--language", "en", "--exit-when-ready", "--language=cy"]
    assert restart.restart_command(argv, "/usr/bin/python3", frozen=False) == (
        "/usr/bin/python3", ["-m", "nps_trainer", "--database", "team.sqlite3"])
    assert restart.restart_command(["--language", "cy"], "C:/NPS Trainer/nps-trainer.exe", frozen=True) == (
        "C:/NPS Trainer/nps-trainer.exe", [])


def test_settings_offers_each_language_named_in_itself(qtbot, services) -> None:
    dialog = SettingsDialog(services.settings, services.config)
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    assert combo.accessibleName() == "Language"
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "en", "cy"]
    assert combo.itemText(2) == "Cymraeg" and combo.itemText(1) == "English"
    assert combo.currentData() == ""  # the system's, by default
    assert "not yet been reviewed by a Welsh speaker" in dialog.language_note.text()
    assert not dialog.language_note.isHidden()
    combo.setCurrentIndex(2)
    dialog.apply()
    assert services.settings.language == "cy"


def test_in_welsh_the_settings_still_name_english_and_cymraeg(qtbot, services) -> None:
    assert install("cy")
    dialog = SettingsDialog(services.settings, services.config)
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    assert combo.itemText(1) == "English" and combo.itemText(2) == "Cymraeg"
    assert combo.accessibleName() == i18n.tr("Language") != "Language"


def test_the_switch_on_the_sign_in_page_keeps_the_choice_and_starts_again(qtbot, services, monkeypatch) -> None:
    monkeypatch.setattr(sys, "argv", ["nps-trainer", "--database", "x.sqlite3"])
    window = MainWindow(services)
    show_active(qtbot, window)
    button = window.gate.language_button
    assert button.text() == "Cymraeg" and button.accessibleName() == "Newid i'r Gymraeg"
    button.click()
    assert json.loads(services.settings_store.path.read_text(encoding="utf-8"))["language"] == "cy"
    assert not window.isVisible()
    assert restart.pending() == (sys.executable, ["-m", "nps_trainer", "--database", "x.sqlite3"])
    restart._pending.clear()  # not started here: that would be a second app


def test_in_welsh_the_switch_offers_english(qtbot, services) -> None:
    assert install("cy")
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert window.gate.language_button.text() == "English"
    assert window.gate.language_button.accessibleName() == "Switch to English"


def test_without_its_translation_file_the_app_is_all_english(qapp, monkeypatch, tmp_path, caplog) -> None:
    """A missing or unreadable .qm: English throughout (never Qt's words in one language and ours in another),
    and the log says which file and why."""
    from nps_trainer.ui import translation

    monkeypatch.setattr(translation, "qm_dir", lambda: tmp_path)
    monkeypatch.setattr(translation, "_compile_if_stale", lambda: None)
    with caplog.at_level("WARNING"):
        assert translation.install("cy") is False
    assert i18n.language() == "en"
    assert i18n.tr("Settings") == "Settings"
    assert "nps_trainer_cy.qm" in caplog.text and "missing" in caplog.text


def test_an_unfinished_translation_is_not_shown(qapp, tmp_path) -> None:
    """lupdate keeps an old translation as 'unfinished' when its English changes; its placeholders may no longer
    match, so the app must show the English, as the command line does."""
    import subprocess

    from PySide6.QtCore import QCoreApplication, QTranslator

    from nps_trainer.i18n.release import compile_all, find_lrelease

    (tmp_path / "cy").mkdir()
    (tmp_path / "cy" / "x.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="cy_GB"><context><name></name>'
        '<message><source>Hello {person}</source><translation type="unfinished">Helo {name}</translation></message>'
        '</context></TS>', encoding="utf-8")
    made = compile_all(tmp_path, tmp_path / "qm", find_lrelease())
    translator = QTranslator()
    assert translator.load(str(made[0]))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("", "Hello {person}") == "Hello {person}"
    finally:
        qapp.removeTranslator(translator)
    assert subprocess  # compile_all runs lrelease as a program
