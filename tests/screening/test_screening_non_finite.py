"""'nan', 'inf' and numbers too large for a float are not numbers: they fail validation, calculations with them
are unknown, and nothing in the engine raises on them."""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path
from typing import Any

import pytest
from screening_helpers import TODAY, low_risk_answers

from nps_trainer.screening.display import display_calculated, display_value, format_number
from nps_trainer.screening.engine import SectionStatus, evaluate_answers
from nps_trainer.screening.evaluate import Scope, evaluate
from nps_trainer.screening.expressions import ExpressionSyntaxError, parse_expression
from nps_trainer.screening.loader import load_form_text
from nps_trainer.screening.model import FormDefinition
from nps_trainer.screening.record import new_record
from nps_trainer.screening.render import render_summary_html

NOT_A_NUMBER = "Enter a number, for example 12."
# what float() makes of text typed into a number box, and what json.loads makes of a stored record
NON_FINITE = [float("nan"), float("inf"), float("-inf"), float("1e999"), json.loads("NaN"), 10**400]
NON_FINITE_IDS = ["nan", "inf", "-inf", "1e999", "json-NaN", "10**400"]


@pytest.mark.parametrize("value", NON_FINITE, ids=NON_FINITE_IDS)
def test_non_finite_weekly_spend_is_not_a_number(nps_form: FormDefinition, value: Any) -> None:
    evaluation = evaluate_answers(nps_form, {**low_risk_answers(), "weekly_spend": value}, today=TODAY)
    assert evaluation.errors == {"weekly_spend": [NOT_A_NUMBER]}
    assert evaluation.calculated["monthly_spend"] is None
    assert evaluation.evaluation_errors == []
    assert evaluation.section_status("funding") is SectionStatus.INCOMPLETE


@pytest.mark.parametrize("value", NON_FINITE, ids=NON_FINITE_IDS)
def test_non_finite_number_in_a_repeat_group_is_not_a_number(nps_form: FormDefinition, value: Any) -> None:
    row = {"category": "heroin", "last_used": "today", "days_used_28": value, "routes": ["smoked"]}
    evaluation = evaluate_answers(nps_form, {**low_risk_answers(), "substances": [row]}, today=TODAY)
    assert evaluation.errors["substances[0].days_used_28"] == [NOT_A_NUMBER]
    assert evaluation.calculated["substances[0].near_daily"] is None
    assert evaluation.evaluation_errors == []


def test_later_evaluations_still_work_after_a_non_finite_answer(nps_form: FormDefinition) -> None:
    answers = {**low_risk_answers(), "weekly_spend": float("nan")}
    evaluate_answers(nps_form, answers, today=TODAY)
    answers["weekly_spend"] = 40.5
    evaluation = evaluate_answers(nps_form, answers, today=TODAY)
    assert evaluation.errors == {}
    assert evaluation.calculated["monthly_spend"] == 176


def test_text_is_still_not_a_number(nps_form: FormDefinition) -> None:
    evaluation = evaluate_answers(nps_form, {**low_risk_answers(), "weekly_spend": "lots"}, today=TODAY)
    assert evaluation.errors == {"weekly_spend": [NOT_A_NUMBER]}


def test_summary_of_a_record_with_a_non_finite_answer(nps_form: FormDefinition) -> None:
    record = new_record(nps_form, case_reference="A1", now=dt.datetime(2025, 3, 10, tzinfo=dt.UTC))
    record.answers = {**low_risk_answers(), "weekly_spend": float("inf")}
    text = render_summary_html(nps_form, record, for_drug_service=False, today=TODAY)
    assert "Not a number" in text and ">inf<" not in text


@pytest.mark.parametrize("value", NON_FINITE, ids=NON_FINITE_IDS)
def test_display_of_non_finite_values(nps_form: FormDefinition, value: Any) -> None:
    assert display_value(nps_form.item("weekly_spend"), value) == "Not a number"
    assert format_number(value, "days") == "Not a number"
    if isinstance(value, float):
        assert display_calculated(value) == "Unknown"


# ------------------------------------------------------------------ the expression language


def _scope(form: FormDefinition, **answers: Any) -> Scope:
    return Scope(form, answers, {}, TODAY)


@pytest.mark.parametrize(
    ("source", "spend"),
    [
        ("round(weekly_spend * 52 / 12)", 1e308),  # overflows to inf
        ("round(weekly_spend * weekly_spend)", 1e200),
        ("weekly_spend * weekly_spend", 1e200),
        ("weekly_spend + weekly_spend", 1.7e308),
        ("-weekly_spend * 10", 1e308),
        ("sum(weekly_spend, weekly_spend)", 1.7e308),
        ("add_days(screening_date, weekly_spend)", 1e308),
        ("add_days(screening_date, weekly_spend)", 1e7),  # beyond the year 9999
        ("screening_date + round(weekly_spend)", 1e7),
        ("round(weekly_spend)", float("nan")),
        ("weekly_spend * 2", float("inf")),
    ],
)
def test_arithmetic_that_is_not_finite_is_unknown(nps_form: FormDefinition, source: str, spend: float) -> None:
    scope = _scope(nps_form, weekly_spend=spend, screening_date="2025-03-10")
    assert evaluate(parse_expression(source), scope) is None


def test_large_integer_arithmetic_beyond_a_float_is_unknown(nps_form: FormDefinition) -> None:
    scope = _scope(nps_form)
    assert evaluate(parse_expression("round(" + "9" * 300 + " * " + "9" * 300 + " / 7)"), scope) is None


def test_finite_arithmetic_is_unchanged(nps_form: FormDefinition) -> None:
    scope = _scope(nps_form, weekly_spend=40.5, screening_date="2025-03-10")
    assert evaluate(parse_expression("round(weekly_spend * 52 / 12)"), scope) == 176
    assert evaluate(parse_expression("round(weekly_spend / 3, 1)"), scope) == 13.5
    assert evaluate(parse_expression("add_days(screening_date, 7)"), scope) == dt.date(2025, 3, 17)
    assert evaluate(parse_expression("sum(weekly_spend, 1)"), scope) == 41.5


def test_number_literal_too_large_for_a_float_is_a_syntax_error() -> None:
    with pytest.raises(ExpressionSyntaxError, match="too large"):
        parse_expression("weekly_spend > " + "9" * 400 + ".5")
    assert math.isfinite(parse_expression("x > 1" + "0" * 300).tree.right.value)  # type: ignore[union-attr]


MINIMAL_FORM = """
id: tiny
version: "1"
title: Tiny
sections:
  - id: s
    title: S
    items:
      - id: n
        type: number
        label: A number
        max: {maximum}
"""


@pytest.mark.parametrize("maximum", [".inf", ".nan", "-.inf"])
def test_form_with_a_non_finite_maximum_is_rejected(maximum: str) -> None:
    result = load_form_text(MINIMAL_FORM.format(maximum=maximum), Path("tiny.yaml"))
    assert any("'max' must be a number" in p.message for p in result.problems)
