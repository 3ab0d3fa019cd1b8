"""``nps-trainer content check``: the bundled content passes; a broken folder is reported as file:line."""

from __future__ import annotations

import shutil
from pathlib import Path

from nps_trainer.paths import bundled_content_dir, bundled_screening_dir
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


def _copy_content(tmp_path: Path) -> Path:
    root = tmp_path / "org"
    shutil.copytree(bundled_content_dir(), root)
    return root


def _replace_line(path: Path, start: str, new: str) -> int:
    """Replace the line of ``path`` that starts with ``start``; returns its line number."""
    lines = path.read_text(encoding="utf-8").split("\n")
    index = next(i for i, row in enumerate(lines) if row.startswith(start))
    lines[index] = new
    path.write_text("\n".join(lines), encoding="utf-8")
    return index + 1


def test_values_yaml_cannot_read_are_reported_not_a_traceback(tmp_path: Path) -> None:
    root = _copy_content(tmp_path)
    module = root / "modules" / "what-are-nps.md"
    module_line = _replace_line(module, "reviewed:", "reviewed: 2026-02-30")
    other = root / "modules" / "drug-awareness.md"
    other_line = _replace_line(other, "minutes:", "minutes: 20\x07")
    quiz = root / "quizzes" / "diverse-needs.yaml"
    quiz_line = _replace_line(quiz, "title:", "title: !foo x")
    dated = root / "quizzes" / "overdose-response.yaml"
    dated_line = _replace_line(dated, "title:", "title: 2025-02-30")
    result = run("content", "check", str(root))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr, result.stderr
    assert (f"{module}:{module_line}: front matter has a value that cannot be read: '2026-02-30' is not a real "
            "date (day is out of range for month)") in result.stdout
    assert (f"{other}:{other_line}: control character U+0007 is not allowed in a text file (delete it)"
            ) in result.stdout
    assert f"{quiz}:{quiz_line}: cannot read value: could not determine a constructor for the tag '!foo'" \
        in result.stdout
    assert f"{dated}:{dated_line}: cannot read value: '2025-02-30' is not a real date" in result.stdout


def test_screening_form_with_a_bad_date_is_reported(tmp_path: Path) -> None:
    root = _copy_content(tmp_path)
    shutil.copytree(bundled_screening_dir(), root / "screening")
    form = next((root / "screening").glob("*.yaml"))
    line = _replace_line(form, "title:", "title: 2024-13-45")
    result = run("content", "check", str(root))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr, result.stderr
    assert f"{form}:{line}: cannot read value: '2024-13-45' is not a real date" in result.stdout


def test_content_file_that_is_not_utf8_is_reported(tmp_path: Path) -> None:
    root = _copy_content(tmp_path)
    (root / "content.yaml").write_bytes(b"\xff\xfe")
    result = run("content", "check", str(root))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr, result.stderr
    problem = "file is not UTF-8 text (byte 0xff on this line): save it as UTF-8"
    assert f"{root / 'content.yaml'}:1: {problem}" in result.stdout


def test_content_file_problems_are_reported(tmp_path: Path) -> None:
    root = _copy_content(tmp_path)
    (root / "content.yaml").write_text("title: Ours\norder: [what-are-nps, what-is-nps\n", encoding="utf-8")
    result = run("content", "check", str(root))
    assert result.returncode == 1
    assert f"{root / 'content.yaml'}:3: file is not valid YAML: " in result.stdout
    (root / "content.yaml").write_text("title: Ours\norder:\n  - what-are-nps\n  - what-is-nps\n", encoding="utf-8")
    result = run("content", "check", str(root))
    assert result.returncode == 1
    assert f"{root / 'content.yaml'}:4: 'order' names unknown module 'what-is-nps'" in result.stdout
    assert ": 1 error, 0 warnings." in result.stdout
