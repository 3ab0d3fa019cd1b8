"""The expression language: parsing, errors with columns, and evaluation with unknown answers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from screening_helpers import TODAY

from nps_trainer.screening.evaluate import EvaluationError, Scope, evaluate
from nps_trainer.screening.expressions import Binary, Call, ExpressionSyntaxError, Name, parse_expression
from nps_trainer.screening.loader import load_form_text

FORM = """
id: expr
version: "1"
title: Expressions
sections:
  - id: s
    title: S
    items:
      - {id: n, type: number, label: N}
      - {id: m, type: number, label: M}
      - {id: flag, type: yes_no, label: Flag}
      - {id: d, type: date, label: D}
      - {id: pick, type: multiple_choice, label: Pick, choices: [{id: a, label: A}, {id: b, label: B}]}
      - {id: one, type: single_choice, label: One, choices: [{id: a, label: A}, {id: b, label: B}]}
      - id: rows
        type: repeat
        label: Rows
        items:
          - {id: v, type: number, label: V}
          - {id: kind, type: single_choice, label: Kind, choices: [{id: x, label: X}, {id: y, label: Y}]}
"""


@pytest.fixture(scope="module")
def form():
    result = load_form_text(FORM, Path("expr.yaml"))
    assert result.problems == []
    return result.form


def run(form, text: str, answers: dict[str, Any]) -> Any:
    return evaluate(parse_expression(text), Scope(form, answers, {}, TODAY))


def test_precedence() -> None:
    tree = parse_expression("a or b and not c == 1 + 2 * 3").tree
    assert isinstance(tree, Binary) and tree.op == "or"
    assert isinstance(tree.right, Binary) and tree.right.op == "and"


def test_not_in_and_calls() -> None:
    tree = parse_expression("'a' not in pick").tree
    assert isinstance(tree, Binary) and tree.op == "not in"
    call = parse_expression("any(rows, v > 1)").tree
    assert isinstance(call, Call) and call.func == "any" and isinstance(call.args[0], Name)


@pytest.mark.parametrize(
    ("text", "column", "fragment"),
    [
        ("n >", 4, "unexpected end of expression"),
        ("n = 1", 3, "use '=='"),
        ("(n > 1", 7, "expected ')'"),
        ("'open", 1, "unterminated string"),
        ("n > 1 > 2", 7, "cannot be chained"),
        ("n $ 2", 3, "unexpected character '$'"),
        ("", 1, "empty expression"),
        ("1.2.3", 1, "malformed number"),
    ],
)
def test_syntax_errors_have_columns(text: str, column: int, fragment: str) -> None:
    with pytest.raises(ExpressionSyntaxError) as info:
        parse_expression(text)
    assert info.value.column == column
    assert fragment in str(info.value)


@pytest.mark.parametrize(
    ("text", "answers", "expected"),
    [
        ("n + m * 2", {"n": 1, "m": 3}, 7),
        ("(n + m) / 2", {"n": 1, "m": 3}, 2),
        ("n / m", {"n": 1, "m": 0}, None),
        ("-n", {"n": 4}, -4),
        ("n >= 3 and m < 2", {"n": 3, "m": 1}, True),
        ("'a' in pick", {"pick": ["a"]}, True),
        ("'b' not in pick", {"pick": ["a"]}, True),
        ("one in ['a', 'b']", {"one": "b"}, True),
        ("count(pick)", {"pick": ["a", "b"]}, 2),
        ("count(rows)", {"rows": [{}, {}, {}]}, 3),
        ("count(rows, v > 1)", {"rows": [{"v": 1}, {"v": 2}, {"v": 5}]}, 2),
        ("any(rows, kind == 'y')", {"rows": [{"kind": "x"}, {"kind": "y"}]}, True),
        ("all(rows, v > 0)", {"rows": [{"v": 1}, {"v": 2}]}, True),
        ("all(rows, v > 0)", {"rows": []}, False),
        ("sum(rows, v)", {"rows": [{"v": 1}, {"v": 2}, {}]}, 3),
        ("max(rows, v)", {"rows": [{"v": 1}, {"v": 7}]}, 7),
        ("sum(n, m, 1)", {"n": 2}, 3),
        ("min(n, m)", {"n": 2, "m": 5}, 2),
        ("days_between(d, today())", {"d": "2025-03-01"}, 9),
        ("today() - d", {"d": "2025-03-01"}, 9),
        ("add_days(d, 28)", {"d": "2025-03-01"}, dt.date(2025, 3, 29)),
        ("d < date('2025-06-01')", {"d": "2025-03-01"}, True),
        ("if(flag, 'y', 'n')", {"flag": False}, "n"),
        ("coalesce(n, 0) + 1", {}, 1),
        ("round(n / 3, 1)", {"n": 10}, 3.3),
        ("answered(n)", {"n": "__declined__"}, True),
        ("known(n)", {"n": "__declined__"}, False),
        ("declined(n)", {"n": "__declined__"}, True),
        ("not_known(n)", {"n": "__not_known__"}, True),
    ],
)
def test_evaluation(form, text: str, answers: dict[str, Any], expected: Any) -> None:
    assert run(form, text, answers) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("flag", None),
        ("not flag", None),
        ("flag and false", False),
        ("flag and true", None),
        ("flag or true", True),
        ("flag or false", None),
        ("n > 1", None),
        ("n + 1", None),
        ("'a' in pick", None),
        ("days_between(d, today())", None),
    ],
)
def test_unknown_answers_stay_unknown(form, text: str, expected: Any) -> None:
    answers = {"flag": "__declined__", "n": "__not_known__", "pick": "__declined__", "d": "__not_known__"}
    assert run(form, text, answers) is expected


def test_runtime_type_errors(form) -> None:
    with pytest.raises(EvaluationError):
        run(form, "one + 1", {"one": "a"})
    with pytest.raises(EvaluationError):
        run(form, "n < 'a'", {"n": 1})


def test_no_python_evaluation(form) -> None:
    with pytest.raises(EvaluationError):
        run(form, "__import__('os')", {})
    with pytest.raises(ExpressionSyntaxError):
        parse_expression("n.__class__")
