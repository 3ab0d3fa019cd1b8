"""Writing quizzes to YAML: accepted numbers written as briefly as they read back, the GIFT category kept,
and the file always UTF-8 (issue 14).

Written while triaging mutation-testing survivors in ``quiz/yaml_writer.py``. Each test builds its own quiz.
"""

from __future__ import annotations

import locale
from pathlib import Path

from nps_trainer.quiz.loader import load_quiz
from nps_trainer.quiz.model import Anchor, Numerical, NumericAnswer, TrueFalse
from nps_trainer.quiz.yaml_writer import new_quiz, question_to_data, quiz_to_data, write_quiz_yaml

SOURCE = Anchor("overdose-response", "giving-naloxone")


def numerical() -> Numerical:
    return Numerical(
        id="doses",
        prompt="How many doses?",
        explanation="E",
        source=SOURCE,
        accept=[
            NumericAnswer(2),  # exact, full credit: just the number
            NumericAnswer(3, 0, 0.5),  # no tolerance to write
            NumericAnswer(4, 1),  # full credit: no credit to write
            NumericAnswer(5, 0, 1.0, "Close enough"),
            NumericAnswer(2.5, 0.5, 0.25, "Partly"),
        ],
    )


def test_accepted_numbers_are_written_with_only_the_parts_that_differ_from_the_defaults(tmp_path: Path) -> None:
    assert question_to_data(numerical())["accept"] == [
        2,
        {"value": 3, "credit": 0.5},
        {"value": 4, "tolerance": 1},
        {"value": 5, "feedback": "Close enough"},
        {"value": 2.5, "tolerance": 0.5, "credit": 0.25, "feedback": "Partly"},
    ]
    quiz = new_quiz("doses", "Doses", ["overdose-response"], [numerical()])
    path = tmp_path / "doses.yaml"
    write_quiz_yaml(quiz, path)
    loaded, problems = load_quiz(path)
    assert problems == [] and loaded is not None
    assert loaded.questions[0].accept == numerical().accept


def test_a_gift_category_is_kept_and_none_is_left_out(tmp_path: Path) -> None:
    question = TrueFalse(id="t", prompt="P", explanation="E", answer=True, source=SOURCE)
    plain = new_quiz("plain", "Plain", ["overdose-response"], [question])
    assert plain.category == ""
    assert "category" not in quiz_to_data(plain)
    imported = new_quiz("bank", "Bank", ["overdose-response"], [question], category="Overdose/First aid")
    assert imported.category == "Overdose/First aid"
    data = quiz_to_data(imported)
    assert list(data)[:4] == ["id", "title", "version", "category"]
    assert data["category"] == "Overdose/First aid"
    path = tmp_path / "bank.yaml"
    write_quiz_yaml(imported, path)
    loaded, problems = load_quiz(path)
    assert problems == [] and loaded is not None
    assert loaded.category == "Overdose/First aid"


def test_the_file_is_utf8_even_where_the_locale_is_not(tmp_path: Path) -> None:
    """On a machine whose locale is plain ASCII (or a Windows code page) the file must still be UTF-8."""
    question = TrueFalse(id="t", prompt="Naloxone – café ✓", answer=True, source=SOURCE)
    quiz = new_quiz("accents", "Accents ‘quoted’", ["overdose-response"], [question])
    path = tmp_path / "accents.yaml"
    saved = locale.setlocale(locale.LC_CTYPE)
    locale.setlocale(locale.LC_CTYPE, "C")
    try:
        write_quiz_yaml(quiz, path)
    finally:
        locale.setlocale(locale.LC_CTYPE, saved)
    text = path.read_bytes().decode("utf-8")
    assert "prompt: Naloxone – café ✓" in text
    assert "title: Accents ‘quoted’" in text
