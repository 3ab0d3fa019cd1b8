"""Evaluating form expressions: every function and operator at its edges, unknown answers, the exact run-time
errors a form author is shown, and which answers count towards a flag's reason.

Written from the mutation-testing survivors (issue 14).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from nps_trainer.screening.answers import DECLINED, NOT_KNOWN
from nps_trainer.screening.evaluate import EvaluationError, Read, Scope, evaluate, is_true, typed_value
from nps_trainer.screening.expressions import parse_expression
from nps_trainer.screening.loader import load_form_text
from nps_trainer.screening.model import FormDefinition

TODAY = dt.date(2025, 3, 10)

FORM = """
id: expr
version: "1"
title: Expressions
calculations:
  - {id: doubled, expression: n * 2}
sections:
  - id: s
    title: S
    items:
      - {id: n, type: number, label: N}
      - {id: m, type: number, label: M}
      - {id: flag, type: yes_no, label: Flag}
      - {id: other, type: yes_no, label: Other}
      - {id: d, type: date, label: D}
      - {id: words, type: text, label: Words}
      - {id: pick, type: multiple_choice, label: Pick, choices: [{id: a, label: A}, {id: b, label: B}]}
      - {id: one, type: single_choice, label: One, choices: [{id: a, label: A}, {id: b, label: B}]}
      - id: rows
        type: repeat
        label: Rows
        calculations:
          - {id: big, expression: v > 10}
        items:
          - {id: v, type: number, label: V}
          - {id: kind, type: single_choice, label: Kind, choices: [{id: x, label: X}, {id: y, label: Y}]}
          - {id: note, type: text, label: Note}
"""


@pytest.fixture(scope="module")
def form() -> FormDefinition:
    result = load_form_text(FORM, Path("expr.yaml"))
    assert result.problems == [] and result.form is not None
    return result.form


def scope(form: FormDefinition, answers: dict[str, Any], calculated: dict[str, Any] | None = None) -> Scope:
    return Scope(form, answers, calculated or {}, TODAY)


def run(form: FormDefinition, text: str, answers: dict[str, Any], calculated: dict[str, Any] | None = None) -> Any:
    return evaluate(parse_expression(text), scope(form, answers, calculated))


def traced(form: FormDefinition, text: str, answers: dict[str, Any]) -> tuple[Any, list[Read]]:
    trace: list[Read] = []
    value = evaluate(parse_expression(text), scope(form, answers), trace)
    return value, trace


def error(form: FormDefinition, text: str, answers: dict[str, Any]) -> str:
    with pytest.raises(EvaluationError) as caught:
        run(form, text, answers)
    return str(caught.value)


def test_answers_as_expressions_see_them(form: FormDefinition) -> None:
    # A yes/no item takes only true or false (issue 11, point 6): text such as 'Yes' is not read as yes.
    assert typed_value(form.item("flag"), "Yes") is None
    assert typed_value(form.item("flag"), "NO") is None
    assert typed_value(form.item("flag"), True) is True
    assert typed_value(form.item("flag"), "maybe") is None
    assert typed_value(form.item("flag"), False) is False
    assert typed_value(form.item("n"), 3) == 3
    assert typed_value(form.item("n"), float("nan")) is None
    assert typed_value(form.item("n"), DECLINED) is None
    assert typed_value(form.item("d"), "2025-03-01") == dt.date(2025, 3, 1)
    assert typed_value(form.item("d"), dt.datetime(2025, 3, 1, 12, 0)) == dt.date(2025, 3, 1)
    assert typed_value(form.item("d"), dt.date(2025, 3, 1)) == dt.date(2025, 3, 1)
    assert typed_value(form.item("d"), "1 March") is None
    assert typed_value(form.item("d"), 20250301) is None
    assert typed_value(form.item("pick"), ["a", 1]) == ["a", "1"]
    assert typed_value(form.item("pick"), "a") is None
    assert typed_value(form.item("one"), "a") == "a"
    assert typed_value(form.item("one"), "  ") is None
    assert typed_value(form.item("one"), 1) is None
    assert typed_value(form.item("words"), "hello") == "hello"
    assert typed_value(form.item("rows"), [{}]) == [{}]


@pytest.mark.parametrize(
    ("text", "answers", "expected"),
    [
        ("n - m", {"n": 5, "m": 7}, -2),
        ("n * m", {"n": 5, "m": 7}, 35),
        ("n / m", {"n": 7, "m": 2}, 3.5),
        ("n / 0", {"n": 7}, None),
        ("n * m", {"n": 1e200, "m": 1e200}, None),
        ("n + m", {"n": 1e308, "m": 1e308}, None),
        ("n - m", {"n": -1e308, "m": 1e308}, None),
        ("n / m", {"n": 1e308, "m": 1e-308}, None),
        ("n / 1", {"n": 10**400}, None),
        ("-n", {"n": DECLINED}, None),
        ("not flag", {"flag": False}, True),
        ("n == m", {"n": 2, "m": 2}, True),
        ("n != m", {"n": 2, "m": 2}, False),
        ("n < m", {"n": 2, "m": 2}, False),
        ("n <= m", {"n": 2, "m": 2}, True),
        ("n > m", {"n": 3, "m": 2}, True),
        ("n >= m", {"n": 1, "m": 2}, False),
        ("d < date('2025-03-02')", {"d": "2025-03-01"}, True),
        ("words >= 'a'", {"words": "b"}, True),
        ("'a' in words", {"words": "cat"}, True),
        ("'z' not in words", {"words": "cat"}, True),
        ("d - date('2025-02-01')", {"d": "2025-03-01"}, 28),
        ("d + 1", {"d": "2025-02-28"}, dt.date(2025, 3, 1)),
        ("d - 1", {"d": "2025-03-01"}, dt.date(2025, 2, 28)),
        ("d + 1", {"d": "9999-12-31"}, None),
        ("add_days(d, 1.9)", {"d": "2025-03-01"}, dt.date(2025, 3, 2)),
        ("add_days(d, -1)", {"d": "2025-03-01"}, dt.date(2025, 2, 28)),
        ("add_days(d, n)", {"d": "2025-03-01"}, None),
        ("add_days(d, 1)", {}, None),
        ("add_days(d, 1)", {"d": "0001-01-01"}, dt.date(1, 1, 2)),
        ("add_days(d, -1)", {"d": "0001-01-01"}, None),
        ("days_between(d, date('2025-03-29'))", {"d": "2025-03-01"}, 28),
        ("days_between(d, date('2025-03-29'))", {}, None),
        ("date(words)", {"words": "2025-13-01"}, None),
        ("date(words)", {}, None),
        ("date('2025-03-01')", {}, dt.date(2025, 3, 1)),
        ("today()", {}, TODAY),
        ("round(n)", {"n": 2.5}, 2),
        ("round(n, 1)", {"n": 2.25}, 2.2),
        ("round(n, 2)", {"n": 2.567}, 2.57),
        ("round(n, m)", {"n": 2.567}, 3),
        ("round(n)", {}, None),
        ("round(n, 400)", {"n": 1e308}, 1e308),
        ("count(pick)", {}, 0),
        ("count(pick)", {"pick": ["a"]}, 1),
        ("count(['a', 'b', 'c'])", {}, 3),
        ("sum(n, m)", {"n": 1.5, "m": 2}, 3.5),
        ("sum(n, m)", {}, 0),
        ("sum(n, m)", {"n": 1e308, "m": 1e308}, None),
        ("min(n, m)", {}, None),
        ("max(n, m, 4)", {"n": 9}, 9),
        ("min(n, m, 4)", {"n": 9, "m": 5}, 4),
        ("coalesce(n, m, 3)", {"m": 2}, 2),
        ("coalesce(n, m)", {}, None),
        ("if(flag, n, m)", {"flag": True, "n": 1, "m": 2}, 1),
        ("if(flag, n, m)", {"n": 1, "m": 2}, 2),
        ("doubled + 1", {}, 7),
        ("unknown_name", {}, None),
        ("v", {"rows": [{"v": 3}]}, None),
        ("[n, 2]", {"n": 1}, [1, 2]),
    ],
)
def test_operators_and_functions(form: FormDefinition, text: str, answers: dict[str, Any], expected: Any) -> None:
    value = run(form, text, answers, {"doubled": 6})
    assert value == expected and type(value) is type(expected)


@pytest.mark.parametrize(
    ("text", "answers", "expected"),
    [
        ("count(rows)", {"rows": DECLINED}, 0),
        ("count(rows, v > 1)", {"rows": [{"v": 1}, {"v": 2}, {"v": 5}, {}]}, 2),
        ("any(rows, v > 4)", {"rows": [{"v": 1}, {"v": 5}]}, True),
        ("any(rows, v > 4)", {"rows": [{"v": 1}, {"v": 2}]}, False),
        ("any(rows, v > 4)", {"rows": [{"v": 1}, {}]}, None),
        ("any(rows, v > 4)", {"rows": []}, False),
        ("all(rows, v > 0)", {"rows": [{"v": 1}, {"v": 2}]}, True),
        ("all(rows, v > 0)", {"rows": [{"v": 1}, {}]}, None),
        ("all(rows, v > 1)", {"rows": [{}, {"v": 1}]}, False),
        ("all(rows, v > 0)", {}, False),
        ("sum(rows, v)", {"rows": []}, 0),
        ("sum(rows, v)", {"rows": [{"v": 1.5}, {"v": 2}]}, 3.5),
        ("min(rows, v)", {"rows": [{"v": 4}, {"v": 2}, {}]}, 2),
        ("max(rows, v)", {"rows": [{"v": 4}, {"v": 2}]}, 4),
        ("min(rows, v)", {"rows": [{}]}, None),
        ("count(rows, big)", {"rows": [{"v": 11}, {"v": 10}, {"v": 12}]}, 2),
        ("any(rows, kind == 'y' and answered(note))", {"rows": [{"kind": "y", "note": "x"}]}, True),
        ("any(rows, declined(note))", {"rows": [{"note": DECLINED}]}, True),
        ("any(rows, n > 1)", {"n": 2, "rows": [{}]}, True),
    ],
)
def test_repeat_group_functions(form: FormDefinition, text: str, answers: dict[str, Any], expected: Any) -> None:
    value = run(form, text, answers)
    assert value == expected and type(value) is type(expected)


@pytest.mark.parametrize(
    ("text", "answers", "expected"),
    [
        ("answered(n)", {"n": 0}, True),
        ("answered(n)", {"n": NOT_KNOWN}, True),
        ("answered(words)", {"words": " "}, False),
        ("known(n)", {"n": 0}, True),
        ("known(n)", {"n": NOT_KNOWN}, False),
        ("known(n)", {}, False),
        ("declined(n)", {"n": NOT_KNOWN}, False),
        ("not_known(n)", {"n": DECLINED}, False),
    ],
)
def test_questions_about_an_answer(form: FormDefinition, text: str, answers: dict[str, Any], expected: Any) -> None:
    assert run(form, text, answers) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("flag and other", None),
        ("flag and false", False),
        ("false and flag", False),
        ("true and true", True),
        ("flag or other", None),
        ("true or flag", True),
        ("flag or true", True),
        ("false or false", False),
        ("not flag", None),
    ],
)
def test_unknown_logic(form: FormDefinition, text: str, expected: Any) -> None:
    assert run(form, text, {"flag": DECLINED}) is expected


@pytest.mark.parametrize(
    ("text", "answers", "message"),
    [
        ("one + 1", {"one": "a"}, "'+' needs numbers, got 'a'"),
        ("1 - words", {"words": "a"}, "'-' needs numbers, got 'a'"),
        ("flag * 2", {"flag": True}, "'*' needs numbers, got True"),
        ("-words", {"words": "a"}, "'-' needs numbers, got 'a'"),
        ("d + flag", {"d": "2025-03-01", "flag": True}, "'+' needs numbers, got datetime.date(2025, 3, 1)"),
        ("n < 'a'", {"n": 1}, "cannot compare 1 < 'a'"),
        ("d < n", {"d": "2025-03-01", "n": 5}, "cannot compare datetime.date(2025, 3, 1) < 5"),
        ("n > d", {"d": "2025-03-01", "n": 5}, "cannot compare 5 > datetime.date(2025, 3, 1)"),
        ("words <= n", {"words": "a", "n": 5}, "cannot compare 'a' <= 5"),
        ("flag < true", {"flag": False}, "cannot compare False < True"),
        ("n >= flag", {"n": 1, "flag": True}, "cannot compare 1 >= True"),
        ("'a' in n", {"n": 1}, "the right of 'in' must be a list or a multiple-choice item"),
        ("rows", {}, "'rows' is a repeat group; use count(), any(), all() or sum()"),
        ("shout(n)", {}, "unknown function 'shout'"),
        ("answered(1)", {}, "answered() needs an item name"),
        ("any(rows)", {}, "any(rows) needs an expression for each instance"),
        ("sum(rows, note)", {"rows": [{"note": "x"}]}, "'sum' needs numbers, got 'x'"),
        ("max(n, words)", {"n": 1, "words": "x"}, "'max' needs numbers, got 'x'"),
        ("days_between(d, n)", {"d": "2025-03-01", "n": 1}, "days_between() needs two dates"),
        ("days_between(n, d)", {"d": "2025-03-01", "n": 1}, "days_between() needs two dates"),
        ("add_days(n, 1)", {"n": 1}, "add_days() needs a date and a number of days"),
        ("add_days(d, words)", {"d": "2025-03-01", "words": "x"}, "'add_days' needs numbers, got 'x'"),
        ("round(words)", {"words": "x"}, "'round' needs numbers, got 'x'"),
        ("round(n, words)", {"n": 1, "words": "x"}, "'round' needs numbers, got 'x'"),
        ("count(n)", {"n": 1}, "count() needs a repeat group or a multiple-choice item"),
        ("n / 'a'", {"n": 1}, "'/' needs numbers, got 'a'"),
    ],
)
def test_run_time_errors_say_what_went_wrong(form: FormDefinition, text: str, answers: dict[str, Any],
                                             message: str) -> None:
    assert error(form, text, answers) == message


def test_python_failures_are_reported_as_evaluation_errors(form: FormDefinition) -> None:
    assert error(form, "n in words", {"n": 1, "words": "abc"}) == (
        "could not be worked out ('in <string>' requires string as left operand, not int)"
    )


def test_is_true_treats_unknown_as_false() -> None:
    assert is_true(True) and is_true(1) and is_true(["a"])
    assert not is_true(None) and not is_true(False) and not is_true(0)


def test_only_the_answers_that_decided_a_logical_result_are_traced(form: FormDefinition) -> None:
    answers = {"flag": False, "other": True, "n": 3}
    assert traced(form, "flag and other", answers) == (False, [Read("answer", "flag")])
    assert traced(form, "other and flag", answers) == (False, [Read("answer", "flag")])
    assert traced(form, "other or flag", answers) == (True, [Read("answer", "other")])
    assert traced(form, "flag or other", answers) == (True, [Read("answer", "other")])
    assert traced(form, "other and n > 1", answers) == (True, [Read("answer", "other"), Read("answer", "n")])
    assert traced(form, "flag or n < 1", answers) == (False, [Read("answer", "flag"), Read("answer", "n")])
    assert traced(form, "other and words", answers) == (None, [Read("answer", "other")])


def test_if_and_coalesce_trace_only_what_they_used(form: FormDefinition) -> None:
    answers = {"flag": True, "other": False, "n": 3, "m": 4}
    assert traced(form, "if(flag, n, m)", answers) == (3, [Read("answer", "flag"), Read("answer", "n")])
    assert traced(form, "if(other, n, m)", answers) == (4, [Read("answer", "m")])
    assert traced(form, "coalesce(words, m, n)", answers) == (4, [Read("answer", "m")])


def test_group_functions_trace_the_instances_that_matched(form: FormDefinition) -> None:
    rows = {"rows": [{"v": 1}, {"v": 5}, {"v": 7, "kind": "x"}]}
    assert traced(form, "count(rows, v > 4)", rows) == (
        2, [Read("answer", "v", "rows", 1), Read("answer", "v", "rows", 2)]
    )
    assert traced(form, "all(rows, v > 0)", rows)[1] == [Read("answer", "v", "rows", i) for i in range(3)]
    assert traced(form, "all(rows, v > 1)", rows) == (False, [])
    assert traced(form, "sum(rows, v)", {"rows": [{"v": 2}, {}]}) == (2, [Read("answer", "v", "rows", 0)])
    assert traced(form, "count(rows)", rows) == (3, [Read("answer", "rows")])
    assert traced(form, "count(rows)", {}) == (0, [])
    assert traced(form, "any(rows, big)", {"rows": [{"v": 11}]}) == (True, [Read("calc", "big", "rows", 0)])
    assert traced(form, "any(rows, big)", {"rows": [{"v": 1}]}) == (False, [])
    assert traced(form, "any(rows, declined(note))", {"rows": [{"note": DECLINED}]}) == (
        True, [Read("answer", "note", "rows", 0)]
    )
    assert traced(form, "declined(n)", {"n": DECLINED}) == (True, [Read("answer", "n")])
    assert traced(form, "declined(n)", {}) == (False, [])


def test_calculations_and_unknown_answers_are_not_traced_when_unknown(form: FormDefinition) -> None:
    trace: list[Read] = []
    assert evaluate(parse_expression("doubled"), scope(form, {}, {"doubled": 6}), trace) == 6
    assert trace == [Read("calc", "doubled")]
    trace = []
    assert evaluate(parse_expression("doubled"), scope(form, {}, {"doubled": None}), trace) is None
    assert trace == []
    assert traced(form, "n", {"n": DECLINED}) == (None, [])
