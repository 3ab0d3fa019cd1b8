"""A quiz file that is a list rather than a mapping is reported at the list's own first line, past any comments
and blank lines before it (issue 14, from the mutation-testing survivors)."""

from __future__ import annotations

from pathlib import Path

from nps_trainer.quiz.loader import load_quiz_text

NOT_A_MAPPING = "a quiz file must be a YAML mapping (id, title, version, ..., questions)"


def test_a_list_after_comments_is_reported_at_its_first_line(tmp_path: Path) -> None:
    quiz, problems = load_quiz_text("# A quiz\n\n- id: q\n- title: Q\n", tmp_path / "q.yaml")
    assert quiz is None
    assert [(p.path, p.line, p.message) for p in problems] == [(tmp_path / "q.yaml", 3, NOT_A_MAPPING)]


def test_a_flow_list_after_a_document_marker_is_reported_at_its_line(tmp_path: Path) -> None:
    quiz, problems = load_quiz_text("# A quiz\n---\n[id, title]\n", tmp_path / "q.yaml")
    assert quiz is None
    assert [(p.line, p.message) for p in problems] == [(3, NOT_A_MAPPING)]
