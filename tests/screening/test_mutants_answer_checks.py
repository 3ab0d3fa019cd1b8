"""The built-in answer checks a practitioner sees beside an answer, and the anonymised summary a manager counts.

Written from the mutation-testing survivors (issue 14): each message exactly, and each limit at its edge.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from nps_trainer.screening.anonymised import AnonymisedSummary, anonymised_summary
from nps_trainer.screening.answers import DECLINED, NOT_KNOWN
from nps_trainer.screening.engine import evaluate_answers
from nps_trainer.screening.loader import load_form_text
from nps_trainer.screening.model import Choice, FormDefinition, Item, ItemType
from nps_trainer.screening.validation_rules import NOT_A_NUMBER_MESSAGE, type_errors

CHOICES = (Choice("spice", "Spice"), Choice("heroin", "Heroin"))


def item(kind: ItemType, **extra: Any) -> Item:
    return Item("answer", kind, "Answer", **extra)


@pytest.mark.parametrize(
    ("kind", "extra", "raw", "messages"),
    [
        (ItemType.YES_NO, {}, True, []),
        (ItemType.YES_NO, {}, "yes", ["Answer yes or no: 'yes' is not a yes/no answer (a yes/no question "
                                      "takes only true or false)."]),
        (ItemType.SINGLE_CHOICE, {"choices": CHOICES}, "spice", []),
        (ItemType.SINGLE_CHOICE, {"choices": CHOICES}, "crack", ["'crack' is not one of the choices."]),
        (ItemType.SINGLE_CHOICE, {"choices": CHOICES}, ["spice"], ["'['spice']' is not one of the choices."]),
        (ItemType.MULTIPLE_CHOICE, {"choices": CHOICES}, ["spice", "heroin"], []),
        (ItemType.MULTIPLE_CHOICE, {"choices": CHOICES}, [], []),
        (ItemType.MULTIPLE_CHOICE, {"choices": CHOICES}, "spice", ["Choose from the list."]),
        (ItemType.MULTIPLE_CHOICE, {"choices": CHOICES}, ["crack", "spice", "ket"],
         ["Not one of the choices: crack, ket."]),
        (ItemType.MULTIPLE_CHOICE, {"choices": CHOICES}, ["spice", "spice"], ["A choice is selected twice."]),
        (ItemType.NUMBER, {}, "12", [NOT_A_NUMBER_MESSAGE]),
        (ItemType.NUMBER, {}, True, ["Enter a number, for example 12."]),
        (ItemType.NUMBER, {}, float("nan"), ["Enter a number, for example 12."]),
        (ItemType.NUMBER, {"integer": True}, 2.5, ["Enter a whole number."]),
        (ItemType.NUMBER, {"integer": True}, 2.0, []),
        (ItemType.NUMBER, {"minimum": 0, "maximum": 28, "unit": "days"}, 0, []),
        (ItemType.NUMBER, {"minimum": 0, "maximum": 28, "unit": "days"}, 28, []),
        (ItemType.NUMBER, {"minimum": 0, "maximum": 28, "unit": "days"}, -1, ["Must be at least 0 days."]),
        (ItemType.NUMBER, {"minimum": 0, "maximum": 28, "unit": "days"}, 28.5,
         ["Must be no more than 28 days."]),
        (ItemType.NUMBER, {"minimum": 5, "unit": "£"}, 4.99, ["Must be at least £5."]),
        (ItemType.NUMBER, {"maximum": 2.5}, 3, ["Must be no more than 2.5."]),
        (ItemType.DATE, {}, "2024-02-29", []),
        (ItemType.DATE, {}, "2025-02-29", ["Enter a real date (YYYY-MM-DD)."]),
        (ItemType.DATE, {}, 20250301, ["Enter a date."]),
        (ItemType.TEXT, {}, "fine", []),
        (ItemType.TEXT, {}, 12, ["Enter text."]),
        (ItemType.TEXT, {"max_length": 5}, "12345", []),
        (ItemType.TEXT, {"max_length": 5}, "123456", ["Keep this to 5 characters or fewer (now 6)."]),
        (ItemType.REPEAT, {"max_instances": 2}, [{}, {}], []),
        (ItemType.REPEAT, {"max_instances": 2}, [{}, {}, {}], ["No more than 2 entries."]),
        (ItemType.REPEAT, {}, [{}, "x"], ["Expected a list of entries."]),
        (ItemType.REPEAT, {}, {"a": 1}, ["Expected a list of entries."]),
        (ItemType.NOTE, {}, "anything", []),
    ],
)
def test_answer_checks(kind: ItemType, extra: dict[str, Any], raw: Any, messages: list[str]) -> None:
    assert type_errors(item(kind, **extra), raw) == messages


@pytest.mark.parametrize("kind", list(ItemType))
def test_special_answers_always_fit(kind: ItemType) -> None:
    assert type_errors(item(kind, choices=CHOICES, minimum=1), DECLINED) == []
    assert type_errors(item(kind, choices=CHOICES, minimum=1), NOT_KNOWN) == []


SUMMARY_FORM = """\
id: counted
version: "3"
title: Counted
summary_date_item: seen_on
sections:
  - id: main
    title: Main
    items:
      - {id: seen_on, type: date, label: Date seen}
      - {id: uses, type: yes_no, label: Uses?, summary: true}
      - {id: routes, type: multiple_choice, label: Routes, summary: true,
         choices: [{id: smoked, label: Smoked}, {id: injected, label: Injected}]}
      - {id: housing, type: single_choice, label: Housing, summary: true,
         choices: [{id: settled, label: Settled}, {id: none, label: No fixed abode}]}
      - {id: private, type: single_choice, label: Private, choices: [{id: a, label: A}]}
      - id: subs
        type: repeat
        label: Substances
        items:
          - {id: cat, type: single_choice, label: Category, summary: true,
             choices: [{id: spice, label: Spice}, {id: heroin, label: Heroin}]}
          - {id: days, type: number, label: Days}
          - {id: prescribed, type: yes_no, label: Prescribed?, summary: true}
flags:
  - {id: b_flag, severity: info, title: B, when: uses == true, explanation: B., action: B.}
  - {id: a_flag, severity: red, title: A, when: housing == 'none', explanation: A., action: A.}
"""


@pytest.fixture(scope="module")
def counted() -> FormDefinition:
    result = load_form_text(SUMMARY_FORM, Path("counted.yaml"))
    assert result.problems == [] and result.form is not None
    return result.form


def summary_of(form: FormDefinition, answers: dict[str, Any], **kwargs: Any) -> AnonymisedSummary:
    overrides = kwargs.pop("overrides", None)
    evaluation = evaluate_answers(form, answers, today=dt.date(2025, 3, 10), overrides=overrides)
    return anonymised_summary(evaluation, **kwargs)


def test_the_anonymised_summary_holds_only_the_countable_answers(counted: FormDefinition) -> None:
    result = summary_of(
        counted,
        {"seen_on": "2025-02-27", "uses": True, "routes": ["smoked", "injected"], "housing": "none", "private": "a",
         "subs": [{"prescribed": False}, {"cat": "spice", "days": 3}, {"cat": "heroin", "prescribed": True},
                  {"cat": "spice"}, {}]},
        overrides={"b_flag": {"reason": "Checked and not a concern"}},
    )
    assert result.to_dict() == {
        "form_id": "counted",
        "form_version": "3",
        "month": "2025-02",
        "flags": ["a_flag", "b_flag"],
        "overridden_flags": ["b_flag"],
        "categories": {"uses": ["yes"], "routes": ["injected", "smoked"], "housing": ["none"],
                       "cat": ["heroin", "spice"], "prescribed": ["no", "yes"]},
    }


def test_special_and_missing_answers_in_the_anonymised_summary(counted: FormDefinition) -> None:
    result = summary_of(counted, {"uses": False, "routes": DECLINED, "housing": NOT_KNOWN,
                                  "subs": [{"cat": DECLINED}, {"cat": NOT_KNOWN}]})
    assert result.categories == {"uses": ("no",), "routes": ("declined",), "housing": ("not_known",),
                                 "cat": ("declined", "not_known"), "prescribed": ()}
    assert result.month is None
    assert result.flags == () and result.overridden_flags == ()
    assert summary_of(counted, {}).categories == {"uses": (), "routes": (), "housing": (), "cat": (),
                                                  "prescribed": ()}


def test_a_malformed_answer_is_not_counted_as_yes(counted: FormDefinition) -> None:
    result = summary_of(counted, {"housing": True, "uses": "yes", "subs": [{"cat": False}]})
    assert result.categories["housing"] == () and result.categories["cat"] == ()
    assert result.categories["uses"] == ("yes",)


@pytest.mark.parametrize("seen_on", [None, DECLINED, "2025-02-30", "March"])
def test_the_month_falls_back_to_the_date_given(counted: FormDefinition, seen_on: str | None) -> None:
    answers = {} if seen_on is None else {"seen_on": seen_on}
    assert summary_of(counted, answers, fallback_date=dt.date(2025, 1, 31)).month == "2025-01"
    assert summary_of(counted, answers).month is None
    assert summary_of(counted, {"seen_on": "2024-12-01"}, fallback_date=dt.date(2025, 1, 31)).month == "2024-12"
