"""Writing quizzes back to YAML (GIFT imports, edited banks): a full round trip and a tidy file (issue 14).

Written while triaging mutation-testing survivors. Each test builds its own quiz, so that mutmut links every
test to the code it runs.
"""

from __future__ import annotations

from pathlib import Path

from nps_trainer.quiz.gift import import_gift
from nps_trainer.quiz.loader import load_quiz
from nps_trainer.quiz.model import (
    Anchor,
    Condition,
    Draw,
    GotoRule,
    MultipleResponseCredit,
    OrderingCredit,
    Quiz,
    QuizMode,
    Scenario,
    ScoringRules,
    Selection,
    Shuffle,
    TrueFalse,
)
from nps_trainer.quiz.validator import check_quiz
from nps_trainer.quiz.yaml_writer import new_quiz, quiz_to_data, quiz_to_yaml, write_quiz_yaml

from .support import sample_quiz


def everything_quiz() -> Quiz:
    """The sample quiz (every question type) with every quiz setting away from its default."""
    quiz = sample_quiz()
    quiz.description = "Every setting changed."
    quiz.mode = QuizMode.ASSESSED
    quiz.pass_mark = 62.5
    quiz.selection = Selection([Draw(2, "steps"), Draw(3)])
    quiz.shuffle = Shuffle(questions=False, options=True)
    quiz.scoring = ScoringRules(MultipleResponseCredit.ALL_OR_NOTHING, OrderingCredit.LONGEST_SUBSEQUENCE)
    scene = quiz.question("scene")
    assert isinstance(scene, Scenario)
    cpr = scene.nodes[1].choices[0]
    cpr.goto.insert(2, GotoRule("late", Condition(not_chosen=["call"], any_chosen=["wait"], chosen=["wait"])))
    return quiz


def loaded_back(quiz: Quiz, folder: Path) -> Quiz:
    path = folder / f"{quiz.id}.yaml"
    write_quiz_yaml(quiz, path)
    loaded, problems = load_quiz(path)
    assert loaded is not None
    assert [str(p) for p in problems] == []
    return loaded


def test_every_question_type_and_setting_survives_a_yaml_round_trip(tmp_path: Path) -> None:
    quiz = everything_quiz()
    loaded = loaded_back(quiz, tmp_path)
    assert loaded == quiz
    assert [p for p in check_quiz(loaded) if p.severity.value == "error"] == []
    scene = loaded.question("scene")
    assert isinstance(scene, Scenario)
    rules = scene.nodes[1].choices[0].goto
    assert [(r.target, r.condition) for r in rules] == [
        ("good", Condition(chosen=["call"])),
        ("late", Condition(any_chosen=["wait"])),
        ("late", Condition(chosen=["wait"], any_chosen=["wait"], not_chosen=["call"])),
        ("late", None),
    ]


def test_the_written_file_is_tidy_for_an_author_to_edit() -> None:
    data = quiz_to_data(everything_quiz())
    assert list(data)[:10] == [
        "id", "title", "version", "description", "modules", "mode", "pass_mark", "selection", "shuffle", "scoring",
    ]  # fmt: skip
    assert data["pass_mark"] == 62.5
    assert data["selection"] == {"draw": [{"tag": "steps", "count": 2}, {"count": 3}]}
    short = next(q for q in data["questions"] if q["id"] == "short")
    assert short["accept"] == [
        "999",  # full credit and no feedback: just the text
        {"text": "nine nine nine", "feedback": "Yes, 999."},
        {"text": "112", "credit": 0.5, "feedback": "Works, but remember 999."},
    ]
    scene = next(q for q in data["questions"] if q["id"] == "scene")
    assert scene["nodes"][0]["choices"][0] == {
        "id": "call", "text": "Call 999", "rating": "best", "rationale": "Call first.", "goto": "breathe",
    }  # fmt: skip
    assert scene["endings"][0] == {"id": "good", "title": "Good", "text": "Handed over.", "score": 1}
    text = quiz_to_yaml(sample_quiz())
    assert "\npass_mark: 60\n" in text  # whole numbers without '.0'
    assert "score: 1\n" in text and "score: 0.25\n" in text


def test_a_gift_question_without_a_right_option_is_written_and_then_reported(tmp_path: Path) -> None:
    questions, _ = import_gift("Which is right?{=%50%Half right ~Wrong}")
    assert [o.correct for o in questions[0].options] == [False, False]
    quiz = new_quiz("half", "Half", ["overdose-response"], questions, source=Anchor("overdose-response", "s"))
    path = tmp_path / "half.yaml"
    write_quiz_yaml(quiz, path)
    _, problems = load_quiz(path)
    assert [p.message for p in problems] == [
        "question 'q1': 'explanation' is missing",
        "question 'q1': no correct answer ('answer' is missing)",
    ]


def test_new_quiz_defaults_and_settings() -> None:
    plain = new_quiz("imported", "Imported", ["overdose-response"], [])
    assert (plain.version, plain.pass_mark, plain.mode) == ("1.0", 80.0, QuizMode.EITHER)
    assert plain.scoring == ScoringRules() and plain.selection.is_all
    own = Anchor("overdose-response", "own-section")
    questions = [
        TrueFalse(id="a", prompt="A", answer=True, source=own),
        TrueFalse(id="b", prompt="B", answer=False),
    ]
    shared = Anchor("overdose-response", "shared-section")
    quiz = new_quiz(
        "set", "Set", ["overdose-response"], questions,
        version="2.0", pass_mark=70.0, mode=QuizMode.PRACTICE, source=shared,
    )  # fmt: skip
    assert (quiz.version, quiz.pass_mark, quiz.mode) == ("2.0", 70.0, QuizMode.PRACTICE)
    assert [q.source for q in quiz.questions] == [own, shared]


def test_an_unconditional_first_rule_keeps_the_rules_after_it() -> None:
    """The loader warns about such a choice, but writing the file must not silently drop rules."""
    quiz = sample_quiz()
    scene = quiz.question("scene")
    assert isinstance(scene, Scenario)
    scene.nodes[0].choices[0].goto = [GotoRule("breathe"), GotoRule("good")]
    data = quiz_to_data(quiz)
    written = next(q for q in data["questions"] if q["id"] == "scene")
    assert written["nodes"][0]["choices"][0]["goto"] == [{"to": "breathe"}, {"to": "good"}]


def test_the_yaml_text_keeps_the_key_order_plain_unicode_and_long_lines(tmp_path: Path) -> None:
    quiz = sample_quiz()
    long_prompt = "Which of these " + "words " * 12 + "is right?"  # a line of about 100 characters
    quiz.questions[0].prompt = long_prompt
    quiz.questions[0].explanation = "Don’t wait → call 999 – then give naloxone."
    text = quiz_to_yaml(quiz)
    assert text.startswith("id: sample\ntitle: Sample quiz\nversion: '2.1'\nmodules:\n")
    assert f"  prompt: {long_prompt}\n" in text
    assert "  explanation: Don’t wait → call 999 – then give naloxone.\n" in text
    path = tmp_path / "sample.yaml"
    write_quiz_yaml(quiz, path)
    assert path.read_bytes().decode("utf-8") == text
    assert loaded_back(quiz, tmp_path) == quiz


def test_a_quiz_is_written_as_utf_8_whatever_the_computer_locale(tmp_path: Path) -> None:
    """Windows computers often use cp1252; the file must still be UTF-8, as the loader reads it.

    A child Python with a plain ASCII locale stands in for such a computer. It imports the same copy of the
    package as this test (PYTHONPATH), so a mutation test run checks the mutated code there too.
    """
    import os
    import subprocess
    import sys

    import nps_trainer

    script = (
        "import sys\nfrom pathlib import Path\n"
        "from nps_trainer.quiz.model import Quiz, TrueFalse\n"
        "from nps_trainer.quiz.yaml_writer import write_quiz_yaml\n"
        "question = TrueFalse(id='t', prompt='Don\\u2019t wait \\u2192 call 999', answer=True)\n"
        "quiz = Quiz(id='t', title='T', version='1', modules=['m'], questions=[question])\n"
        "write_quiz_yaml(quiz, Path(sys.argv[1]))\n"
    )
    package_root = str(Path(nps_trainer.__file__).resolve().parent.parent)
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0",
           "PYTHONPATH": package_root}  # fmt: skip
    path = tmp_path / "t.yaml"
    done = subprocess.run([sys.executable, "-c", script, str(path)], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "prompt: Don’t wait → call 999\n" in path.read_bytes().decode("utf-8")
