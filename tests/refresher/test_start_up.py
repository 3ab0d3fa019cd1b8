"""FSRS loads only when an answer is scheduled: starting the app, signing in and showing Learn and Progress with
the number of refresher questions due does not import ``fsrs``, checked in a fresh process. These tests check
what is imported, not how long start-up takes: no time is measured here."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from nps_trainer.paths import UserPaths
from nps_trainer.services import build_services
from tests.ui.learn_content import write_module

from .support import quiz_yaml, take_quiz, write_quiz

CHILD = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from nps_trainer.services import build_services
services = build_services(content=sys.argv[1])
from nps_trainer.ui.main_window import MainWindow
window = MainWindow(services)
window.show()
app.processEvents()
assert "fsrs" not in sys.modules, "loaded before sign-in"
window.use_profile(services.profiles.list()[0])
learn = window.show_section("learn")
app.processEvents()
progress = window.show_section("progress")
app.processEvents()
print(learn.catalogue_page.refresher_banner.label.text())
print(progress.refresher_banner.label.text())
print("fsrs loaded" if "fsrs" in sys.modules else "fsrs not loaded")
"""


def test_showing_what_is_due_does_not_load_the_scheduler(user_paths: UserPaths, tmp_path: Path) -> None:
    content = tmp_path / "content"
    write_module(content, "beta", "Beta follow-up", {"Beta intro": "Beta begins.", "Beta detail": "The detail."})
    (content / "quizzes").mkdir()
    (content / "quizzes" / "facts.yaml").write_text(quiz_yaml(count=2, module="beta", section="beta-detail"),
                                                    encoding="utf-8")
    quiz = write_quiz(tmp_path / "copy", count=2)  # the same questions, read here
    services = build_services(user_paths, content=str(content))
    sam = services.profiles.create("Sam", "practitioner")
    take_quiz(services.quiz_records, sam.id, quiz, {"q1": False, "q2": False},
              datetime.now(UTC) - timedelta(days=3))  # both due by now
    services.close()
    result = subprocess.run([sys.executable, "-c", CHILD, str(content)], capture_output=True, text=True,
                            timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    learn, progress, loaded = result.stdout.strip().splitlines()
    assert learn == progress == "Refresher: 2 questions from your quizzes due today."
    assert loaded == "fsrs not loaded"


def test_importing_the_start_up_modules_does_not_import_fsrs() -> None:
    modules = ["nps_trainer.services", "nps_trainer.ui.main_window", "nps_trainer.ui.launch",
               "nps_trainer.ui.sections.learn", "nps_trainer.ui.sections.progress", "nps_trainer.ui.refresher.page",
               "nps_trainer.refresher", "nps_trainer.refresher.asking", "nps_trainer.refresher.wording",
               "nps_trainer.quiz_records"]
    script = (f"import importlib, sys\nfor name in {modules!r}:\n    importlib.import_module(name)\n"
              "print(sorted(m for m in sys.modules if m.split('.')[0] == 'fsrs'))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
