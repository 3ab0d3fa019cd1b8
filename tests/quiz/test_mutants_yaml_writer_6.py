"""The layout of a written quiz file, sixth round of mutation triage (issue 14)."""

from __future__ import annotations

from pathlib import Path

from nps_trainer.quiz.loader import load_quiz
from nps_trainer.quiz.yaml_writer import quiz_to_yaml, write_quiz_yaml

from .support import sample_quiz


def test_a_long_prompt_is_folded_at_the_first_space_past_column_110(tmp_path: Path) -> None:
    """One-letter words end on every other column, so one ends exactly on column 111: the fold comes there."""
    quiz = sample_quiz()
    prompt = " ".join(["a"] * 120)
    quiz.questions[0].prompt = prompt
    text = quiz_to_yaml(quiz)
    lines = text.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("  prompt: a a"))
    folded = lines[first : first + 2]  # two full lines, then the rest of the words
    assert [len(line) for line in folded] == [111, 111]
    assert all(line.endswith(" a") for line in folded)
    path = tmp_path / f"{quiz.id}.yaml"
    write_quiz_yaml(quiz, path)
    loaded, problems = load_quiz(path)
    assert loaded is not None and not problems
    assert loaded.questions[0].prompt == prompt
