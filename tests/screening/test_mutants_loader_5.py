"""Loading an item's constraints: a rule that cannot be read, or that names something the form does not have, is
reported as "item '<id>' constraint" on its own line, and each constraint keeps the line it was written on.

Written from the mutation-testing survivors (issue 14). Each test loads its own form with the real loader.
"""

from __future__ import annotations

from pathlib import Path

from nps_trainer.screening.checks import check_references
from nps_trainer.screening.loader import load_form_text

FORM = """\
id: constraint-form
version: "1"
title: Constraints
sections:
  - id: main
    title: Main
    items:
      - id: age
        type: number
        label: Age
        constraints:
          - {rule: "age >", message: Too young.}
          - rule: [1, 2]
            message: Odd.
          - {rule: "agee > 1", message: Typo.}
          - rule: age < 120
            message: Too old.
"""


def line_of(text: str, needle: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(needle)


def test_a_constraint_rule_that_cannot_be_read_is_named_with_its_item_and_line() -> None:
    result = load_form_text(FORM, Path("constraints.yaml"))
    assert [(p.line, p.message) for p in result.problems] == [
        (line_of(FORM, "age >"),
         "item 'age' constraint: cannot parse expression 'age >': unexpected end of expression (column 6)"),
        (line_of(FORM, "rule: [1, 2]"), "item 'age' constraint: expression must be text"),
    ]


def test_a_constraint_rule_naming_an_unknown_item_is_reported_as_that_items_constraint() -> None:
    result = load_form_text(FORM, Path("constraints.yaml"))
    assert [(site.line, site.where) for site in result.sites] == [
        (line_of(FORM, "agee > 1"), "item 'age' constraint"),
        (line_of(FORM, "rule: age < 120"), "item 'age' constraint"),
    ]
    assert [(p.line, p.message) for p in check_references(result)] == [
        (line_of(FORM, "agee > 1"),
         "item 'age' constraint: in 'agee > 1' (column 1): unknown item or calculation 'agee'"),
    ]


def test_each_constraint_keeps_the_line_it_was_written_on() -> None:
    result = load_form_text(FORM, Path("constraints.yaml"))
    assert result.form is not None
    constraints = result.form.item("age").constraints
    assert [(c.message, c.line) for c in constraints] == [
        ("Too young.", line_of(FORM, "age >")),
        ("Odd.", line_of(FORM, "rule: [1, 2]")),
        ("Typo.", line_of(FORM, "agee > 1")),
        ("Too old.", line_of(FORM, "rule: age < 120")),
    ]
    assert str(constraints[3].rule) == "age < 120"
