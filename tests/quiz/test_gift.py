from __future__ import annotations

import pytest

from nps_trainer.quiz.gift import NoteKind, export_gift, import_gift
from nps_trainer.quiz.loader import load_quiz
from nps_trainer.quiz.model import (
    BLANK,
    Matching,
    MultipleResponse,
    MultipleResponseCredit,
    Numerical,
    NumericAnswer,
    ShortAnswer,
    SingleChoice,
    TrueFalse,
)
from nps_trainer.quiz.validator import check_quiz
from nps_trainer.quiz.yaml_writer import new_quiz, write_quiz_yaml

from .support import FIXTURES, REPO, sample_quiz


@pytest.fixture(scope="module")
def imported() -> tuple[list, list]:
    return import_gift((FIXTURES / "every-type.gift.txt").read_text(encoding="utf-8"))


def test_every_gift_question_type_imports(imported: tuple[list, list]) -> None:
    questions, _ = imported
    assert [type(q) for q in questions] == [
        SingleChoice,
        SingleChoice,
        TrueFalse,
        TrueFalse,
        ShortAnswer,
        Matching,
        Numerical,
        MultipleResponse,
        SingleChoice,
    ]


def test_multiple_choice_with_title_weights_feedback_and_general_feedback(imported: tuple[list, list]) -> None:
    q = imported[0][0]
    assert q.title == "Emergency number" and q.id == "emergency-number"
    assert q.prompt == "Which number do you ring when someone is unresponsive?"
    assert [(o.text, o.correct, o.credit, o.feedback) for o in q.options] == [
        ("101", False, None, "That is the police non-emergency number."),
        ("112", False, 0.5, "This works too, but teach 999."),
        ("999", True, None, "Right."),
    ]
    assert q.explanation == "Call 999 on speaker, then check breathing."


def test_missing_word(imported: tuple[list, list]) -> None:
    q = imported[0][1]
    assert q.prompt == f"Naloxone is given every {BLANK} minutes if there is no response."
    assert [o.text for o in q.options if o.correct] == ["2-3"]


def test_true_false_feedback_goes_to_the_right_answer(imported: tuple[list, list]) -> None:
    gasps, harmless = imported[0][2], imported[0][3]
    assert gasps.answer is False
    assert gasps.feedback_true == "Gasps are not normal breathing."  # the wrong answer's feedback
    assert gasps.feedback_false == "Right: gasps are not normal."
    assert harmless.answer is True and harmless.feedback_true == ""


def test_short_answer_with_partial_credit(imported: tuple[list, list]) -> None:
    q = imported[0][4]
    assert [(a.text, a.credit, a.feedback) for a in q.accept] == [("999", 1.0, "Yes."), ("112", 0.5, "Also works.")]


def test_matching_with_distractor(imported: tuple[list, list]) -> None:
    q = imported[0][5]
    assert [(p.prompt, p.answer) for p in q.pairs] == [("Prenoxad", "injection"), ("Nyxoid", "nasal spray")]
    assert q.distractors == ["tablet"]


def test_numerical_question(imported: tuple[list, list]) -> None:
    q = imported[0][6]
    assert q.prompt == "How many doses does a Prenoxad syringe hold?"
    assert q.accept == [NumericAnswer(5.0)]


def test_multiple_answers_with_weights(imported: tuple[list, list]) -> None:
    q = imported[0][7]
    assert [o.correct for o in q.options] == [True, True, False]
    assert q.credit is MultipleResponseCredit.ALL_OR_NOTHING  # wrong answer weighted -100%


def test_escaped_control_characters(imported: tuple[list, list]) -> None:
    q = imported[0][8]
    assert [o.text for o in q.options] == ["~ = # { } :", "\\"]
    assert q.options[0].feedback == "All of these must be escaped."


def test_nothing_is_dropped_silently(imported: tuple[list, list]) -> None:
    notes = imported[1]
    skipped = [str(n) for n in notes if n.kind is NoteKind.SKIPPED]
    assert not any("line 29" in n for n in skipped)  # numerical questions are imported now
    assert any("no answer block" in n for n in skipped)
    assert any("essay" in n for n in skipped)
    comments = [n for n in notes if n.kind is NoteKind.INFO]
    assert [n.line for n in comments] == [1, 2, 17]


def test_round_trip_of_our_own_questions_is_lossless() -> None:
    quiz = sample_quiz()
    text, notes = export_gift(quiz)
    questions, _ = import_gift(text)
    expected = [q for q in quiz.questions if q.type.value not in ("ordering", "scenario")]
    assert questions == expected
    assert {n.question_id for n in notes if n.kind is NoteKind.SKIPPED} == {"order", "order-lcs", "scene"}


def test_round_trip_of_the_real_bank_is_lossless() -> None:
    quiz, _ = load_quiz(REPO / "content" / "quizzes" / "overdose-response.yaml")
    assert quiz is not None
    questions, _ = import_gift(export_gift(quiz)[0])
    assert questions == [q for q in quiz.questions if q.type.value not in ("ordering", "scenario")]


def test_export_reports_what_gift_cannot_express() -> None:
    _, notes = export_gift(sample_quiz())
    messages = [str(n) for n in notes]
    assert "question 'order': skipped: GIFT cannot express ordering questions; not exported" in messages
    assert "question 'scene': skipped: GIFT cannot express branching scenarios; not exported" in messages
    assert any(n.question_id == "single" and "module section link" in n.message for n in notes)
    assert any(n.question_id == "" and "pass mark" in n.message for n in notes)


def test_export_escapes_control_characters() -> None:
    text, _ = export_gift(sample_quiz())
    assert "Which number do you ring in an emergency\\: \\{really\\}?{" in text
    assert "=999#Right\\: 999 \\# the one to remember." in text
    assert "~%50%111 \\= NHS advice#" in text
    assert "::First aid number::" in text


def test_imported_set_written_as_quiz_yaml_loads_back(tmp_path, imported: tuple[list, list]) -> None:
    from nps_trainer.quiz.model import Anchor

    questions = imported[0]
    for q in questions:
        q.explanation = q.explanation or "Imported."
    quiz = new_quiz(
        "imported", "Imported", ["overdose-response"], questions,
        source=Anchor("overdose-response", "the-response-step-by-step"),
    )  # fmt: skip
    path = tmp_path / "imported.yaml"
    write_quiz_yaml(quiz, path)
    loaded, problems = load_quiz(path)
    assert loaded is not None
    assert [p for p in problems + check_quiz(loaded) if p.severity.value == "error"] == []
    assert loaded == quiz


def test_imported_set_without_sources_is_flagged_by_the_validator(tmp_path) -> None:
    questions, _ = import_gift("Naloxone does no harm.{T}")
    path = tmp_path / "bare.yaml"
    write_quiz_yaml(new_quiz("bare", "Bare", ["overdose-response"], questions), path)
    _, problems = load_quiz(path)
    assert any("'source' is missing" in p.message for p in problems)
