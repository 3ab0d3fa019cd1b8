from __future__ import annotations

import re
import textwrap

from nps_trainer.quiz.loader import load_quiz_text
from nps_trainer.quiz.validator import check_quiz

from .support import REPO

HEADER = """\
id: docs
title: Examples from docs/quiz-format.md
version: "1"
modules: [overdose-response]
pass_mark: 80
scoring: {multiple_response: right-minus-wrong, ordering: position}
questions:
"""


def test_every_question_example_in_the_format_doc_is_valid(tmp_path) -> None:
    doc = (REPO / "docs" / "quiz-format.md").read_text(encoding="utf-8")
    examples = [b for b in re.findall(r"```yaml\n(.*?)```", doc, re.DOTALL) if b.startswith("- id:")]
    assert len(examples) >= 7
    text = HEADER + "".join(textwrap.indent(b, "  ") for b in examples)
    quiz, problems = load_quiz_text(text, tmp_path / "docs.yaml")
    assert quiz is not None
    problems += check_quiz(quiz)
    assert problems == [], "\n".join(map(str, problems))
    assert {q.type.value for q in quiz.questions} == {
        "single-choice", "multiple-response", "true-false", "ordering", "matching", "short-answer", "numerical",
        "scenario",
    }  # fmt: skip
