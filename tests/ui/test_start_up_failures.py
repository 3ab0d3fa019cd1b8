"""Failures a user can meet at start-up or in Settings: a message naming what and where, never a hang."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog


def _settings_dialog(qtbot, services, database: str):
    from nps_trainer.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(services.settings, services.config)
    qtbot.addWidget(dialog)
    dialog.database_edit.setText(database)
    return dialog


@pytest.mark.parametrize(("database", "expected"), [
    ("postgresql+psycopg://me:s3cret@host:54x2/nps", "port must be a number"),
    ("foo://x", "cannot use ('foo')"),
    ("postgresql+psycopg2://me@h/d", "'psycopg2', which is not installed"),
])
def test_settings_refuses_a_database_address_the_app_could_not_use(qtbot, services, shown_messages, database: str,
                                                                   expected: str) -> None:
    dialog = _settings_dialog(qtbot, services, database)
    dialog.open()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    [(kind, title, text)] = shown_messages
    assert kind == "warn" and title == "Settings not saved"
    assert text.startswith("Database: ") and expected in text
    assert "s3cret" not in text


def test_settings_refuses_a_folder_as_the_database_file(qtbot, services, shown_messages, tmp_path: Path) -> None:
    dialog = _settings_dialog(qtbot, services, str(tmp_path))
    dialog.open()
    dialog.accept()
    assert dialog.isVisible()
    assert shown_messages and f"Database: {tmp_path} is a folder" in shown_messages[0][2]


def test_settings_refuses_the_home_folder_of_a_user_who_does_not_exist(qtbot, services, shown_messages) -> None:
    dialog = _settings_dialog(qtbot, services, "~nosuchuser-nps/my.sqlite3")
    dialog.open()
    dialog.accept()
    assert dialog.isVisible()
    assert shown_messages and "names a home folder that does not exist" in shown_messages[0][2]


@pytest.mark.parametrize("database", ["", "postgresql+psycopg://me@server/nps", "~/nps/my.sqlite3"])
def test_settings_saves_a_usable_database_location(qtbot, services, shown_messages, database: str) -> None:
    dialog = _settings_dialog(qtbot, services, database)
    dialog.open()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert shown_messages == []


_FAIL_AFTER_SHOW = """
import sys
from PySide6.QtCore import QTimer
from nps_trainer.ui import main_window

shown = main_window.MainWindow.show

def show(self):
    shown(self)
    QTimer.singleShot(0, lambda: 1 / 0)  # a bug in a slot, once the window is up

main_window.MainWindow.show = show
from nps_trainer.__main__ import main
sys.exit(main(["--exit-when-ready"]))
"""

_FAIL_WHILE_STARTING = """
import sys
from nps_trainer import services

def build_services(paths, *, on_checking=None, **kwargs):
    on_checking()  # Qt is up and the error hook installed, as in a real start
    raise RuntimeError("a bug while starting")

services.build_services = build_services
from nps_trainer.__main__ import main
sys.exit(main(["--exit-when-ready"]))
"""


@pytest.mark.parametrize("script", [_FAIL_AFTER_SHOW, _FAIL_WHILE_STARTING], ids=["in a slot", "while starting"])
def test_exit_when_ready_logs_an_unexpected_error_and_exits_instead_of_waiting_on_a_dialog(
    script: str, user_paths
) -> None:
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "NPS_TRAINER_REPORT_READY": "1"})
    assert result.returncode == 1
    assert "nps-trainer: unexpected error" in result.stderr and str(user_paths.log_file) in result.stderr
    assert "Unexpected exception" in user_paths.log_file.read_text()
    assert "ready" not in result.stdout  # the benchmarks' ready line is for a start that worked


def test_exit_when_ready_reports_when_it_was_ready_for_the_benchmarks(user_paths) -> None:
    """With NPS_TRAINER_REPORT_READY set, a start that worked prints 'ready' and the monotonic clock (ns) once the
    window is shown and the loop idle: between the process's start and its end."""
    before = time.monotonic_ns()
    result = subprocess.run([sys.executable, "-m", "nps_trainer", "--exit-when-ready"], capture_output=True,
                            text=True, timeout=60,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "NPS_TRAINER_REPORT_READY": "1"})
    after = time.monotonic_ns()
    assert result.returncode == 0, result.stderr
    [line] = [line for line in result.stdout.splitlines() if line.startswith("ready")]
    word, clock = line.split()
    assert word == "ready" and before < int(clock) < after


def test_settings_refuses_a_named_pipe_as_the_database_file(tmp_path: Path) -> None:
    from nps_trainer.ui.settings_dialog import database_problem

    pipe = tmp_path / "nps.sqlite3"
    os.mkfifo(pipe)
    assert database_problem(str(pipe)) == (
        f"{pipe} is not a file (a named pipe or a device). Enter the path of a database file.")
    assert database_problem(str(tmp_path / "new.sqlite3")) is None
