"""Which declined or not-known answers a skipped question's condition depends on (``special_inputs``): every
name after a calculation or a name the form does not know still counts, a chain of calculations is followed
ten deep from the condition itself, and a name from another repeat group inside ``any(...)`` is read from every
entry of that group, not from the entry the condition is worked out in.

Written from the mutation-testing survivors (issue 14, fourth pass).
"""

from __future__ import annotations

from pathlib import Path

from nps_trainer.screening.answers import DECLINED, NOT_KNOWN
from nps_trainer.screening.expressions import parse_expression
from nps_trainer.screening.loader import load_form_text
from nps_trainer.screening.model import FormDefinition
from nps_trainer.screening.skips import special_inputs

FORM = """\
id: skips3
version: "1"
title: Skips
unknown_conditions: keep_answered
sections:
  - id: main
    title: Main
    items:
      - {id: first, type: yes_no, label: Have they used anything?}
      - {id: second, type: yes_no, label: Do they inject?}
      - id: subs
        type: repeat
        label: Substances
        instance_label: Substance
        items:
          - {id: daily, type: yes_no, label: Used daily?}
      - id: homes
        type: repeat
        label: Addresses
        instance_label: Address
        items:
          - {id: settled, type: yes_no, label: Settled?}
calculations:
  - {id: either, label: Either, expression: first == true}
"""


def _form(extra: str = "") -> FormDefinition:
    result = load_form_text(FORM + extra, Path("skips3.yaml"))
    assert result.problems == [] and result.form is not None, result.problems
    return result.form


def _inputs(form: FormDefinition, expression: str, answers: dict, **where) -> tuple[str, ...]:
    return special_inputs(form, parse_expression(expression), answers, **where)


def test_names_after_a_calculation_still_count() -> None:
    answers = {"first": False, "second": NOT_KNOWN}
    assert _inputs(_form(), "either or second", answers) == ("Do they inject? Not known",)


def test_names_after_a_name_the_form_does_not_have_still_count() -> None:
    answers = {"first": False, "second": NOT_KNOWN}
    assert _inputs(_form(), "elsewhere or second", answers) == ("Do they inject? Not known",)


def test_a_chain_of_calculations_is_followed_ten_deep_from_the_condition() -> None:
    links = ["  - {id: link_0, label: Link 0, expression: second == true}"]
    links += [f"  - {{id: link_{n}, label: Link {n}, expression: link_{n - 1}}}" for n in range(1, 11)]
    form = _form("\n".join(links) + "\n")
    answers = {"second": DECLINED}
    assert _inputs(form, "link_9", answers) == ("Do they inject? Declined to answer",)
    assert _inputs(form, "link_5", answers) == ("Do they inject? Declined to answer",)
    assert _inputs(form, "link_10", answers) == ()


def test_another_groups_question_inside_any_is_read_from_every_entry_of_that_group() -> None:
    answers = {"homes": [{"settled": NOT_KNOWN}, {"settled": True}, {"settled": DECLINED}]}
    row = {"daily": True, "settled": DECLINED}  # worked out in a substances entry
    assert _inputs(_form(), "daily and any(homes, settled == true)", answers, row=row, group="subs") == (
        "Address 1 › Settled? Not known", "Address 3 › Settled? Declined to answer")
