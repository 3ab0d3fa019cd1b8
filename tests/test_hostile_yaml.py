"""Hostile YAML in every kind of content file (a module's front matter, a quiz, a screening form, content.yaml,
a session plan): 'billion laughs' aliases and deep nesting become one file:line: message within a second or two,
through every reader, and the rest of the content still loads. Measured before: the aliases grew to gigabytes and
hung 'content check'; 20,000 levels of flow nesting ended in a RecursionError traceback."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from nps_trainer.paths import bundled_content_dir, bundled_screening_dir
from tests.test_cli import run

LAUGHS = "".join(
    f"{name}: &{name} [{', '.join([f'*{previous}'] * 9) if previous else ', '.join(['lol'] * 9)}]\n"
    for previous, name in zip([None, "a", "b", "c", "d", "e", "f", "g", "h"], "abcdefghi", strict=True))
DEEP = "deep: " + "[" * 20_000 + "]" * 20_000 + "\n"
BLOCK = "deep:\n" + "".join("  " * level + "-\n" for level in range(1, 300)) + "  " * 300 + "x\n"


def hostile_copy(tmp_path: Path, where: str, extra: str) -> tuple[Path, Path, int]:
    """A copy of the bundled content with ``extra`` YAML added to one file; the file and the first added line."""
    root = tmp_path / "org"
    shutil.copytree(bundled_content_dir(), root)
    shutil.copytree(bundled_screening_dir(), root / "screening")
    if where == "module":
        path = root / "modules" / "what-are-nps.md"
        text = path.read_text(encoding="utf-8")
        head, rest = text.split("\n---\n", 1)
        path.write_text(head + "\n" + extra + "---\n" + rest, encoding="utf-8")
        return root, path, head.count("\n") + 2
    path = {"quiz": root / "quizzes" / "what-are-nps.yaml", "form": root / "screening" / "nps-screening.yaml",
            "content.yaml": root / "content.yaml",
            "plan": root / "sessions" / "nps-and-synthetic-drugs.yaml"}[where]
    text = path.read_text(encoding="utf-8")
    path.write_text(text + extra, encoding="utf-8")
    return root, path, text.count("\n") + 1


@pytest.mark.parametrize("where", ["module", "quiz", "form", "content.yaml", "plan"])
@pytest.mark.parametrize(("extra", "message", "offset"), [
    (LAUGHS, "expand the file to more than", None),
    (DEEP, ("nested more than 64 deep", "characters long"), 0),  # a module's lines are limited first
    (BLOCK, ("nested more than 64 deep", "indented"), None),
], ids=["billion laughs", "20,000 levels of flow nesting", "deep block nesting"])
def test_hostile_yaml_is_one_message_at_its_line(tmp_path: Path, where: str, extra: str,
                                                 message: str | tuple[str, ...], offset: int | None) -> None:
    messages = (message,) if isinstance(message, str) else message
    root, path, first = hostile_copy(tmp_path, where, extra)
    started = time.perf_counter()
    result = run("content", "check", str(root))
    took = time.perf_counter() - started
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    lines = [line for line in result.stdout.splitlines() if line.startswith(f"{path}:")]
    assert any(m in line for line in lines for m in messages), "\n".join(lines)
    hit = next(line for line in lines if any(m in line for m in messages))
    line = int(hit.split(":")[1])
    assert first <= line <= first + extra.count("\n")
    if offset is not None:
        assert line == first + offset
    assert took < 20  # the whole check of every file, in a new process; measured at about 2 s here


def test_the_rest_still_loads_beside_a_hostile_quiz(tmp_path: Path) -> None:
    from nps_trainer.content import load_catalogue
    from nps_trainer.quiz import load_quizzes

    root, path, _first = hostile_copy(tmp_path, "quiz", LAUGHS)
    catalogue = load_catalogue(root / "modules")
    started = time.perf_counter()
    quizzes, problems = load_quizzes(root / "quizzes", {m.id: {s.anchor for s in m.sections}
                                                        for m in catalogue.modules})
    assert time.perf_counter() - started < 5
    assert "what-are-nps" not in {q.id for q in quizzes} and len(quizzes) == 16
    assert any(p.path == path and "expand the file" in p.message for p in problems)
