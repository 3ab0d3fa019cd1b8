"""Which declined or not-known answers a skipped question's condition depends on (``special_inputs``), pinned
where mutation testing found it loose: names inside lists, ``not`` and the right-hand side of an operator, a
name used twice, a form calculation used inside a repeat group, a repeat group's calculation used in
``any(group, ...)``, and how deep a chain of calculations is followed. Real form YAML, loaded as the app does.

Written from the mutation-testing survivors (issue 14, third pass).
"""

from __future__ import annotations

from pathlib import Path

from nps_trainer.screening.answers import DECLINED, NOT_KNOWN
from nps_trainer.screening.expressions import parse_expression
from nps_trainer.screening.loader import load_form_text
from nps_trainer.screening.model import FormDefinition
from nps_trainer.screening.skips import special_inputs

FORM = """\
id: skipper
version: "1"
title: Skips
unknown_conditions: keep_answered
sections:
  - id: main
    title: Main
    items:
      - {id: first, type: yes_no, label: Have they used anything?}
      - {id: second, type: yes_no, label: Do they inject?}
      - {id: place, type: text, label: Where they live}
      - id: substances
        type: repeat
        label: Substances used
        instance_label: Substance
        items:
          - {id: substance, type: text, label: Substance}
          - {id: daily, type: yes_no, label: Used daily?}
        calculations:
          - {id: daily_use, label: Daily use, expression: daily == true}
calculations:
  - {id: either, label: Either, expression: first or second}
"""

DEPTH_CHAIN = 11  # link_0 uses 'first'; each later link uses the one before it


def _form(text: str = FORM) -> FormDefinition:
    result = load_form_text(text, Path("skipper.yaml"))
    assert result.problems == [] and result.form is not None, result.problems
    return result.form


def _chained_form() -> FormDefinition:
    links = ["  - {id: link_0, label: Link 0, expression: first == true}"]
    links += [f"  - {{id: link_{n}, label: Link {n}, expression: link_{n - 1}}}" for n in range(1, DEPTH_CHAIN)]
    return _form(FORM + "\n".join(links) + "\n")


def _inputs(form: FormDefinition, expression: str, answers: dict, **where) -> tuple[str, ...]:
    return special_inputs(form, parse_expression(expression), answers, **where)


def test_names_inside_not_a_list_and_the_right_of_an_operator_are_followed() -> None:
    form = _form()
    answers = {"first": DECLINED, "second": NOT_KNOWN, "place": "Leeds"}
    assert _inputs(form, "not first", answers) == ("Have they used anything? Declined to answer",)
    assert _inputs(form, "place == 'Leeds' and second", answers) == ("Do they inject? Not known",)
    assert _inputs(form, "'Leeds' in [place, first]", answers) == ("Have they used anything? Declined to answer",)


def test_a_name_used_twice_is_named_once_and_the_names_after_it_still_count() -> None:
    form = _form()
    answers = {"first": DECLINED, "second": NOT_KNOWN}
    assert _inputs(form, "first or first or second", answers) == (
        "Have they used anything? Declined to answer", "Do they inject? Not known")


def test_a_form_calculation_used_inside_a_repeat_instance_is_traced_to_its_answers() -> None:
    form = _form()
    answers = {"first": DECLINED, "second": False}
    row = {"substance": "Heroin", "daily": NOT_KNOWN}
    assert _inputs(form, "either and daily", answers, row=row, group="substances") == (
        "Have they used anything? Declined to answer", "Used daily? Not known")


def test_a_repeat_groups_calculation_used_in_any_names_every_instance_it_came_from() -> None:
    form = _form()
    answers = {"substances": [{"substance": "Heroin", "daily": DECLINED}, {"substance": "Cannabis", "daily": True},
                              {"substance": "Crack", "daily": NOT_KNOWN}]}
    assert _inputs(form, "any(substances, daily_use)", answers) == (
        "Substance 1 › Used daily? Declined to answer", "Substance 3 › Used daily? Not known")


def test_a_chain_of_calculations_is_followed_ten_deep_and_no_further() -> None:
    form = _chained_form()
    answers = {"first": DECLINED}
    assert _inputs(form, "link_9", answers) == ("Have they used anything? Declined to answer",)
    assert _inputs(form, "link_10", answers) == ()
