"""Evaluating expressions that misuse a repeat group's name: a function that takes no repeat group (if(),
round(), coalesce() ...) refuses one with the message that says how to use it, and a question inside a repeat
group read outside its entries is unknown, even when a stray answer for it sits at the top level.

Written from the mutation-testing survivors (issue 14). Each test loads its own form with the real loader.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from nps_trainer.screening.engine import evaluate_answers
from nps_trainer.screening.evaluate import EvaluationError, Scope, evaluate
from nps_trainer.screening.expressions import parse_expression
from nps_trainer.screening.loader import load_form_text
from nps_trainer.screening.model import FormDefinition

TODAY = dt.date(2025, 3, 10)

FORM = """\
id: groups
version: "1"
title: Groups
sections:
  - id: main
    title: Main
    items:
      - id: subs
        type: repeat
        label: Substances
        items:
          - {id: days, type: number, label: Days used}
calculations:
  - {id: rounded, expression: round(subs)}
"""

REPEAT_MESSAGE = "'subs' is a repeat group; use count(), any(), all() or sum()"


def groups_form() -> FormDefinition:
    result = load_form_text(FORM, Path("groups.yaml"))
    assert result.problems == [] and result.form is not None
    return result.form


@pytest.mark.parametrize("source", ["if(subs, 1, 2)", "round(subs)", "coalesce(subs, 3)", "date(subs)"])
def test_a_function_without_a_group_argument_refuses_a_repeat_group(source: str) -> None:
    scope = Scope(groups_form(), {"subs": [{"days": 2}, {"days": 5}]}, {}, TODAY)
    with pytest.raises(EvaluationError) as info:
        evaluate(parse_expression(source), scope)
    assert str(info.value) == REPEAT_MESSAGE


def test_the_refusal_reaches_the_evaluation_as_a_problem_with_the_calculation() -> None:
    evaluation = evaluate_answers(groups_form(), {"subs": [{"days": 2}]}, today=TODAY)
    assert evaluation.evaluation_errors == [f"calculation 'rounded': {REPEAT_MESSAGE}"]
    assert evaluation.calculated == {"rounded": None}


def test_a_question_inside_a_repeat_group_is_unknown_outside_its_entries() -> None:
    form = groups_form()
    scope = Scope(form, {"days": 30, "subs": [{"days": 2}]}, {}, TODAY)
    assert evaluate(parse_expression("days"), scope) is None
    assert evaluate(parse_expression("coalesce(days, -1)"), scope) == -1
    inside = scope.within("subs", 0, {"days": 2})
    assert evaluate(parse_expression("days"), inside) == 2
