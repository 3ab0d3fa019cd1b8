"""Evaluating form expressions at their edges: an answer outside a repeat group read from inside it is traced (and
named in a flag's reason) as itself, a value that is not a finite number is unknown to add_days() and round(),
and sum(), min() and max() with nothing to add up give their empty results.

Written from the mutation-testing survivors (issue 14). Each test loads its own form with the real loader.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from nps_trainer.screening.answers import DECLINED
from nps_trainer.screening.checks import load_form
from nps_trainer.screening.engine import TriggerAnswer, evaluate_answers
from nps_trainer.screening.evaluate import EvaluationError, Read, Scope, evaluate
from nps_trainer.screening.expressions import parse_expression
from nps_trainer.screening.model import FormDefinition

TODAY = dt.date(2025, 3, 10)

FORM = """\
id: edges
version: "1"
title: Edges
sections:
  - id: main
    title: Main
    items:
      - {id: seen, type: date, label: Last seen}
      - {id: uses, type: yes_no, label: Uses?}
      - id: subs
        type: repeat
        label: Substances
        instance_label: Substance
        items:
          - {id: days, type: number, label: Days used}
flags:
  - id: heavy_since
    severity: amber
    title: Heavy use since last seen
    when: "any(subs, known(seen) and days > 20)"
    explanation: Heavy use.
    action: Talk about it.
"""


def _form(folder: Path) -> FormDefinition:
    path = folder / "edges.yaml"
    path.write_text(FORM, encoding="utf-8")
    return load_form(path)


def _traced(form: FormDefinition, text: str, answers: dict[str, Any]) -> tuple[Any, list[Read]]:
    trace: list[Read] = []
    value = evaluate(parse_expression(text), Scope(form, answers, {}, TODAY), trace)
    return value, trace


def test_an_answer_outside_the_group_read_inside_it_is_traced_as_itself(tmp_path: Path) -> None:
    form = _form(tmp_path)
    rows = [{"days": 2}, {"days": 25}]
    assert _traced(form, "any(subs, declined(uses))", {"uses": DECLINED, "subs": rows}) == (
        True, [Read("answer", "uses"), Read("answer", "uses")])
    assert _traced(form, "count(subs, known(seen) and days > 20)", {"seen": "2025-03-01", "subs": rows}) == (
        1, [Read("answer", "seen"), Read("answer", "days", "subs", 1)])


def test_a_flags_reason_names_an_answer_outside_the_group_by_its_own_label(tmp_path: Path) -> None:
    answers = {"seen": "2025-03-01", "uses": True, "subs": [{"days": 2}, {"days": 25}]}
    evaluation = evaluate_answers(_form(tmp_path), answers, today=TODAY)
    [flag] = evaluation.flags
    assert flag.id == "heavy_since"
    assert flag.triggers == (
        TriggerAnswer("seen", "Last seen", "1 March 2025"),
        TriggerAnswer("subs[1].days", "Substance 2 › Days used", "25"),
    )


@pytest.mark.parametrize("value", [float("inf"), float("-inf"), float("nan")], ids=["inf", "-inf", "nan"])
def test_a_value_that_is_not_a_finite_number_is_unknown_to_add_days_and_round(tmp_path: Path, value: float) -> None:
    """A calculated value handed to evaluate() that is not a finite number makes the result unknown, not an
    error."""
    scope = Scope(_form(tmp_path), {"seen": "2025-03-01"}, {"n": value}, TODAY)
    assert evaluate(parse_expression("add_days(seen, n)"), scope) is None
    assert evaluate(parse_expression("round(n)"), scope) is None
    assert evaluate(parse_expression("round(n, 1)"), scope) is None
    assert evaluate(parse_expression("round(2.5, n)"), scope) is None
    assert evaluate(parse_expression("add_days(seen, 3)"), scope) == dt.date(2025, 3, 4)
    assert evaluate(parse_expression("round(2.25, 1)"), scope) == 2.2


def test_totals_of_nothing_are_zero_or_unknown(tmp_path: Path) -> None:
    """sum(), min() and max() with no arguments (which the form checks refuse) still work out without failing."""
    scope = Scope(_form(tmp_path), {}, {}, TODAY)
    assert evaluate(parse_expression("sum()"), scope) == 0
    assert evaluate(parse_expression("min()"), scope) is None
    assert evaluate(parse_expression("max()"), scope) is None


@pytest.mark.parametrize("text", ["count()", "date()", "round()", "add_days()"])
def test_a_call_missing_its_argument_is_an_evaluation_error_not_a_crash(tmp_path: Path, text: str) -> None:
    """The form checks refuse these calls, but evaluate() promises EvaluationError and nothing else to any caller."""
    scope = Scope(_form(tmp_path), {}, {}, TODAY)
    with pytest.raises(EvaluationError, match="could not be worked out"):
        evaluate(parse_expression(text), scope)
