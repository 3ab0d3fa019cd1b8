"""Shared helpers for the quiz tests (fixtures live in tests/quiz/fixtures/)."""

from __future__ import annotations

import re
from pathlib import Path

from nps_trainer.quiz.loader import load_quiz
from nps_trainer.quiz.model import Quiz

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures"
REPO = HERE.parent.parent


def sample_quiz() -> Quiz:
    quiz, problems = load_quiz(FIXTURES / "valid" / "sample.yaml")
    assert quiz is not None and not problems, problems
    return quiz


def module_sections(path: Path) -> set[str]:
    """Section anchors of a module file, as in docs/module-format.md (lower case, punctuation removed)."""
    headings = re.findall(r"^## (.+?)\s*$", path.read_text(encoding="utf-8"), re.MULTILINE)
    return {re.sub(r"\s+", "-", re.sub(r"[^\w\s-]", "", h.lower()).strip()) for h in headings}
