"""A quiz value PyYAML cannot read (a date that does not exist, an unknown tag, a control character) is
reported as ``file:line: message``; that quiz is left out and the others still load."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from nps_trainer.paths import bundled_content_dir
from nps_trainer.quiz.validator import load_quizzes, validate_quizzes
from nps_trainer.ui.quiz.library import load_library
from nps_trainer.validation import Severity

from .support import FIXTURES

# (replace this line of sample.yaml, with this, expected message)
BAD_VALUES = [
    ("title: Sample quiz", "title: !foo x", "cannot read value: could not determine a constructor for the tag '!foo'"),
    ("title: Sample quiz", "title: 2025-02-30",
     "cannot read value: '2025-02-30' is not a real date (day is out of range for month)"),
    ("title: Sample quiz", "title: !!timestamp soon", "cannot read value: 'soon' is not a real date"),
    ("pass_mark: 60", "pass_mark: !!float sixty",
     "cannot read value: 'sixty' is not a number (could not convert string to float: 'sixty')"),
    ("title: Sample quiz", "title: Sample\x07 quiz",
     "not valid YAML: control character U+0007 is not allowed (delete it)"),
    ("modules: [overdose-response]", "modules: &m [*m]", "a YAML alias ('*name') is used inside the value it names"),
]


def _write_broken(folder: Path, old: str, new: str) -> tuple[Path, int]:
    text = (FIXTURES / "valid" / "sample.yaml").read_text(encoding="utf-8")
    assert old in text
    text = text.replace(old, new, 1)
    path = folder / "sample.yaml"
    path.write_text(text, encoding="utf-8")
    return path, text[:text.index(new)].count("\n") + 1


@pytest.mark.parametrize(("old", "new", "message"), BAD_VALUES)
def test_unreadable_value_is_reported_at_its_line(tmp_path: Path, old: str, new: str, message: str) -> None:
    path, line = _write_broken(tmp_path, old, new)
    problems = validate_quizzes(tmp_path)
    assert [str(p) for p in problems] == [f"{path}:{line}: {message}"]
    assert problems[0].severity is Severity.ERROR


@pytest.mark.parametrize(("old", "new", "message"), BAD_VALUES)
def test_broken_quiz_is_left_out_and_the_others_load(tmp_path: Path, old: str, new: str, message: str) -> None:
    _write_broken(tmp_path, old, new)
    good = (FIXTURES / "valid" / "sample.yaml").read_text(encoding="utf-8").replace("id: sample", "id: other", 1)
    (tmp_path / "other.yaml").write_text(good, encoding="utf-8")
    quizzes, problems = load_quizzes(tmp_path)
    assert [q.id for q in quizzes] == ["other"]
    assert [p.path.name for p in problems] == ["sample.yaml"]


def test_quizzes_section_still_loads_with_a_module_and_a_quiz_that_cannot_be_read(tmp_path: Path) -> None:
    """What the Quizzes section loads (it used to fail as a whole on one bad date)."""
    root = tmp_path / "content"
    shutil.copytree(bundled_content_dir(), root)
    module = root / "modules" / "what-are-nps.md"
    text = module.read_text(encoding="utf-8")
    module.write_text(text.replace("\nreviewed: ", "\nreviewed: 2026-02-30\nold_reviewed: ", 1), encoding="utf-8")
    quiz = root / "quizzes" / "drug-awareness.yaml"
    quiz.write_text(quiz.read_text(encoding="utf-8").replace("\ntitle: ", "\ntitle: !foo x\nold_title: ", 1),
                    encoding="utf-8")
    library = load_library(root)
    assert library.quizzes and "drug-awareness" not in {q.id for q in library.quizzes}
    assert library.has_module("overdose-response") and not library.has_module("what-are-nps")
    assert any(p.path == quiz and "'!foo'" in p.message for p in library.problems)
