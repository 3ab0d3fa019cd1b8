from __future__ import annotations

import pytest

from nps_trainer.quiz.validator import load_quizzes, validate_quizzes
from nps_trainer.validation import Severity, has_errors

from .support import FIXTURES, REPO, module_sections

KNOWN = {"overdose-response": {"the-response-step-by-step"}}
BAD = FIXTURES / "bad"


@pytest.mark.parametrize(
    ("name", "line", "message"),
    [
        ("unknown-type", 9, "question 'q1': unknown type 'essay'"),
        ("missing-answer", 8, "question 'q1': no correct answer ('answer' is missing)"),
        ("duplicate-ids", 17, "duplicate question id 'q1'"),
        ("unknown-option", 16, "question 'q1': answer refers to option 'q', which does not exist"),
        ("pass-mark", 5, "quiz: 'pass_mark' 120 is out of range (0 to 100)"),
        ("bad-goto", 20, "question 's1': goto target 'nowhere' does not exist"),
        ("unreachable", 21, "question 's1': node 'n2' is unreachable from the start"),
        ("no-endings", 8, "question 's1': scenario has no endings"),
        ("bad-condition", 29, "question 's1': condition refers to choice 'c9', which does not exist"),
        ("unknown-section", 16, "question 'q1': module 'overdose-response' has no section 'no-such-section'"),
        ("not-yaml", 10, "not valid YAML"),
    ],
)
def test_bad_quiz_files(name: str, line: int, message: str) -> None:
    path = BAD / f"{name}.yaml"
    problems = validate_quizzes(path, KNOWN)
    matching = [p for p in problems if p.line == line and message in p.message]
    assert matching, [str(p) for p in problems]
    assert matching[0].severity is Severity.ERROR
    assert str(matching[0]).startswith(f"{path}:{line}: ")


def test_unknown_module_reported_only_when_modules_are_known() -> None:
    path = FIXTURES / "valid" / "sample.yaml"
    assert validate_quizzes(path) == []
    problems = validate_quizzes(path, {"something-else": set()})
    assert any(p.line == 5 and "quiz links to unknown module 'overdose-response'" in p.message for p in problems)


def test_duplicate_keys_are_errors_and_unknown_keys_warnings(tmp_path) -> None:
    text = (FIXTURES / "valid" / "sample.yaml").read_text(encoding="utf-8")
    text = text.replace("title: Sample quiz\n", "title: Sample quiz\ntitle: Again\ncolour: blue\n")
    path = tmp_path / "sample.yaml"
    path.write_text(text, encoding="utf-8")
    problems = validate_quizzes(path)
    assert [(p.line, p.severity) for p in problems] == [(4, Severity.ERROR), (5, Severity.WARNING)]
    assert "duplicate key 'title'" in problems[0].message  # one rule in every reader: modules, forms, quizzes


def test_bad_files_are_left_out_of_the_loaded_quizzes() -> None:
    quizzes, problems = load_quizzes(BAD, KNOWN)
    assert quizzes == [] and has_errors(problems)


def test_the_bundled_quizzes_are_valid() -> None:
    modules = REPO / "content" / "modules"
    known = {p.stem: module_sections(p) for p in modules.glob("*.md")} or None
    problems = validate_quizzes(REPO / "content" / "quizzes", known)
    assert problems == [], "\n".join(map(str, problems))
    quizzes, _ = load_quizzes(REPO / "content" / "quizzes")
    bank = next(q for q in quizzes if q.id == "overdose-response")
    assert len(bank.questions) >= 10
    assert {"ordering", "scenario"} <= {q.type.value for q in bank.questions}
