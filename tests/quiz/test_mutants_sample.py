"""Survivors of the seeded mutation sample (benchmarks/mutation_sample.py) in the quiz loaders, killed here: a
problem in a scenario's goto rule or choice is reported at its own line, and a quiz that is not a mapping says so."""

from __future__ import annotations

from pathlib import Path

from nps_trainer.quiz.loader import load_quiz_text

from .support import FIXTURES

SAMPLE = (FIXTURES / "valid" / "sample.yaml").read_text(encoding="utf-8")


def _problems(text: str, tmp_path: Path) -> list[tuple[int, str]]:
    _quiz, problems = load_quiz_text(text, tmp_path / "sample.yaml")
    return [(p.line, p.message) for p in problems]


def _line(text: str, fragment: str) -> int:
    return text[:text.index(fragment)].count("\n") + 1


def test_a_quiz_that_is_a_list_says_what_a_quiz_file_must_be(tmp_path: Path) -> None:
    assert _problems("- id: q\n- title: Q\n", tmp_path) == [
        (1, "a quiz file must be a YAML mapping (id, title, version, ..., questions)")]
    assert _problems("# only a comment\n", tmp_path) == [
        (1, "a quiz file must be a YAML mapping (id, title, version, ..., questions)")]


def test_a_goto_condition_naming_no_choices_is_reported_at_its_if_line(tmp_path: Path) -> None:
    """The 'if' is written after 'to' here, so its line is not the rule's own first line."""
    text = SAMPLE.replace("              - if: {chosen: [call]}\n                to: good\n",
                          "              - to: good\n                if: {}\n", 1)
    assert text != SAMPLE
    problems = _problems(text, tmp_path)
    assert any(line == _line(text, "if: {}") and "condition names no choices" in message
               for line, message in problems), problems


def test_a_choice_without_a_rating_is_an_error(tmp_path: Path) -> None:
    text = SAMPLE.replace("            rating: risky\n            rationale: Time matters.\n",
                          "            rationale: Time matters.\n", 1)
    assert text != SAMPLE
    assert _problems(text, tmp_path) == [(_line(text, "- id: wait"), "question 'scene' node 'find' choice 'wait': "
                                                                      "'rating' is missing")]


def test_a_goto_condition_that_is_not_a_mapping_is_reported_at_its_if_line(tmp_path: Path) -> None:
    text = SAMPLE.replace("              - if: {chosen: [call]}\n                to: good\n",
                          "              - to: good\n                if: nothing\n", 1)
    problems = _problems(text, tmp_path)
    assert (_line(text, "if: nothing"), "question 'scene' node 'breathe' choice 'cpr': 'if' must be a mapping of "
                                        "keys to values") in problems, problems
