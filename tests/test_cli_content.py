"""``nps-trainer content check``: the bundled content passes; a broken folder is reported as file:line."""

from __future__ import annotations

import shutil
from pathlib import Path

from nps_trainer.paths import bundled_content_dir
from tests.test_cli import run


def test_bundled_content_passes() -> None:
    result = run("content", "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert ": 0 errors" in result.stdout


def test_organisation_content_with_errors_is_reported_by_file_and_line(tmp_path: Path) -> None:
    root = tmp_path / "org"
    shutil.copytree(bundled_content_dir() / "modules", root / "modules")
    shutil.copytree(bundled_content_dir() / "quizzes", root / "quizzes")
    module = root / "modules" / "what-are-nps.md"
    text = module.read_text(encoding="utf-8").replace("minutes:", "minutes: -5\nold_minutes:", 1)
    module.write_text(text, encoding="utf-8")
    line = next(i for i, row in enumerate(text.splitlines(), start=1) if row.startswith("minutes:"))
    quiz = root / "quizzes" / "overdose-response.yaml"
    quiz.write_text(quiz.read_text(encoding="utf-8").replace("pass_mark:", "pass_mark: 180\nold_pass_mark:", 1),
                    encoding="utf-8")
    result = run("content", "check", str(root))
    assert result.returncode == 1
    assert f"{module}:{line}: " in result.stdout
    assert f"{quiz}:" in result.stdout
    assert "error" in result.stdout.splitlines()[-1]
