"""Loading a folder of quiz files as the app does: which files, which quizzes, lenient plain values (issue 14).

Written while triaging mutation-testing survivors. Each test writes its own files.
"""

from __future__ import annotations

from pathlib import Path

from nps_trainer.quiz.loader import load_quiz
from nps_trainer.quiz.model import MultipleResponseCredit, OrderingCredit, Shuffle
from nps_trainer.quiz.validator import load_quizzes, quiz_files, validate_quizzes

from .support import FIXTURES

PLAIN_VALUES = """\
id: e
title: 3
version: " 1.5 "
modules: overdose-response
pass_mark: 75
scoring: {}
shuffle: {questions: null}
selection: null
questions:
  - id: Step_1.a
    type: true-false
    prompt: P
    answer: true
    explanation: E
    source: {module: overdose-response, section: s}
    title: 7
    tags: basics
"""


def quiz_folder(folder: Path) -> Path:
    sample = (FIXTURES / "valid" / "sample.yaml").read_text(encoding="utf-8").replace("id: sample", "id: a", 1)
    (folder / "a.yaml").write_text(sample + "colour: blue\n", encoding="utf-8")
    (folder / "b.yml").write_text(sample, encoding="utf-8")
    (folder / "c.yaml").write_bytes(b"\xff\xfe")
    (folder / "d.yaml").write_text("", encoding="utf-8")
    (folder / "e.yaml").write_text(PLAIN_VALUES, encoding="utf-8")
    (folder / "notes.txt").write_text("not a quiz", encoding="utf-8")
    return folder


def test_a_folder_of_quizzes_loads_the_good_ones_and_reports_the_rest(tmp_path: Path) -> None:
    folder = quiz_folder(tmp_path)
    assert [p.name for p in quiz_files(folder)] == ["a.yaml", "b.yml", "c.yaml", "d.yaml", "e.yaml"]
    assert quiz_files(folder / "e.yaml") == [folder / "e.yaml"]
    quizzes, problems = load_quizzes(folder)
    assert [str(p).replace(f"{folder}/", "") for p in problems] == [
        "a.yaml:167: warning: unknown key 'colour' in quiz (ignored)",
        "b.yml:2: warning: quiz id 'a' differs from the file name 'b.yml'",
        "b.yml:2: quiz id 'a' is also used by a.yaml",
        "c.yaml:1: file is not UTF-8 text (byte 0xff on this line): save it as UTF-8",
        "d.yaml:1: file is empty: a quiz starts with id, title, version and questions",
    ]
    # A quiz with only warnings is used; the copy with a clashing id is not.
    assert [q.id for q in quizzes] == ["a", "e"]
    assert validate_quizzes(folder) == problems


def test_plain_values_are_read_leniently(tmp_path: Path) -> None:
    path = tmp_path / "e.yaml"
    path.write_text(PLAIN_VALUES, encoding="utf-8")
    quiz, problems = load_quiz(path)
    assert quiz is not None and problems == []
    assert (quiz.title, quiz.version, quiz.modules, quiz.pass_mark) == ("3", "1.5", ["overdose-response"], 75.0)
    assert isinstance(quiz.pass_mark, float)
    assert quiz.shuffle == Shuffle(False, False) and quiz.selection.is_all
    assert quiz.scoring.multiple_response is MultipleResponseCredit.RIGHT_MINUS_WRONG
    assert quiz.scoring.ordering is OrderingCredit.POSITION
    question = quiz.questions[0]
    assert (question.title, question.tags, question.line) == ("7", ["basics"], 10)
    assert quiz.path == path and quiz.line == 1 and quiz.key_lines["questions"] == 9


def test_a_missing_file_is_reported_not_raised(tmp_path: Path) -> None:
    path = tmp_path / "gone.yaml"
    quiz, problems = load_quiz(path)
    assert quiz is None
    assert [str(p) for p in problems] == [f"{path}:1: cannot read quiz file: No such file or directory"]


def test_a_quiz_without_a_version_is_reported(tmp_path: Path) -> None:
    """Saved attempts record the version to tell learners a quiz changed, so it must be there (issue 14 fix)."""
    text = (FIXTURES / "valid" / "sample.yaml").read_text(encoding="utf-8").replace('version: "2.1"\n', "", 1)
    path = tmp_path / "sample.yaml"
    path.write_text(text, encoding="utf-8")
    quizzes, problems = load_quizzes(path)
    assert [(p.line, p.message) for p in problems] == [(2, "quiz: 'version' is missing")]
    assert quizzes == []


def test_the_sample_quiz_loads_with_the_values_in_the_file() -> None:
    """Checked against the file's text, not against another load, so a loader that drops a value is caught."""
    from nps_trainer.quiz.model import MultipleResponse, Ordering, QuizMode, Scenario, SingleChoice, TrueFalse

    quiz, problems = load_quiz(FIXTURES / "valid" / "sample.yaml")
    assert quiz is not None and problems == []
    assert (quiz.id, quiz.title, quiz.version, quiz.mode, quiz.pass_mark) == (
        "sample", "Sample quiz", "2.1", QuizMode.EITHER, 60.0,
    )  # fmt: skip
    assert quiz.shuffle == Shuffle(questions=True, options=True)
    assert (quiz.scoring.multiple_response, quiz.scoring.ordering) == (
        MultipleResponseCredit.RIGHT_MINUS_WRONG, OrderingCredit.POSITION,
    )  # fmt: skip
    single = quiz.question("single")
    assert isinstance(single, SingleChoice)
    assert [(o.id, o.text, o.correct, o.credit, o.line) for o in single.options] == [
        ("a", "999", True, None, 23), ("b", "101", False, None, 26), ("c", "111 = NHS advice", False, 0.5, 29),
    ]  # fmt: skip
    assert single.options[1].feedback == "That is the non-emergency police number."
    strict = quiz.question("multi-strict")
    assert isinstance(strict, MultipleResponse) and strict.credit is MultipleResponseCredit.ALL_OR_NOTHING
    order, lcs = quiz.question("order"), quiz.question("order-lcs")
    assert isinstance(order, Ordering) and isinstance(lcs, Ordering)
    assert order.credit is None and lcs.credit is OrderingCredit.LONGEST_SUBSEQUENCE
    assert [(i.id, i.text) for i in order.items] == [
        ("s1", "Check it is safe"), ("s2", "Check for a response"), ("s3", "Call 999"), ("s4", "Check breathing"),
    ]  # fmt: skip
    tf = quiz.question("tf")
    assert isinstance(tf, TrueFalse)
    assert (tf.answer, tf.feedback_true, tf.feedback_false) == (True, "Right.", "It does no harm; give it if in doubt.")
    scene = quiz.question("scene")
    assert isinstance(scene, Scenario) and scene.start == "find"
    assert [(e.id, e.score) for e in scene.endings] == [("good", 1.0), ("late", 0.25)]
