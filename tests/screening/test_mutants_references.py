"""The reference checks a form author sees from validate_forms: each mistake in an expression, with its exact
message and the line it is on.

Written from the mutation-testing survivors (issue 14).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from nps_trainer.screening.checks import check_references, load_form
from nps_trainer.screening.loader import FormLoadError, load_form_text

BASE = """\
id: refs
version: "1"
title: References
sections:
  - id: main
    title: Main
    items:
      - {id: uses, type: yes_no, label: Uses?}
      - {id: kind, type: single_choice, label: Kind, choices: [{id: spice, label: Spice}, {id: heroin, label: Heroin}]}
      - {id: routes, type: multiple_choice, label: Routes, choices: [{id: smoked, label: Smoked}]}
      - {id: amount, type: number, label: Amount}
      - {id: seen, type: date, label: Seen}
      - {id: about, type: note, label: About}
      - id: subs
        type: repeat
        label: Substances
        calculations:
          - {id: heavy, expression: days > 20}
        items:
          - {id: cat, type: single_choice, label: Category, choices: [{id: spice, label: Spice}]}
          - {id: days, type: number, label: Days, visible_if: "INNER"}
calculations:
  - {id: first, expression: FIRST}
  - {id: second, expression: amount + 1}
flags:
  - id: check
    severity: amber
    title: Check
    when: "WHEN"
    explanation: Check.
    action: Check.
"""

WHEN_LINE = 29
FIRST_LINE = 23


def problems(when: str = "uses", *, first: str = "amount", inner: str = "cat == 'spice'",
             text: str = BASE) -> list[tuple[int, str]]:
    source = text.replace("WHEN", when).replace("FIRST", first).replace("INNER", inner)
    result = load_form_text(source, Path("refs.yaml"))
    assert result.form is not None
    return [(p.line, p.message) for p in [*result.problems, *check_references(result)]]


def flag_problem(when: str, column: int, message: str) -> list[tuple[int, str]]:
    return [(WHEN_LINE, f"flag 'check' when: in '{when}' (column {column}): {message}")]


def test_the_base_form_is_clean() -> None:
    assert BASE.splitlines()[WHEN_LINE - 1].strip() == 'when: "WHEN"'
    assert BASE.splitlines()[FIRST_LINE - 1].strip().startswith("- {id: first")
    assert problems() == []


@pytest.mark.parametrize(
    ("when", "column", "message"),
    [
        ("nope", 1, "unknown item or calculation 'nope'"),
        ("subs", 1, "'subs' is a repeat group; use count(subs), any(subs, ...), all(subs, ...) or sum(subs, ...)"),
        ("about", 1, "'about' is a note and has no answer"),
        ("days > 1", 1, "item 'days' is inside repeat group 'subs'; use any(subs, ...) or count(subs, ...)"),
        ("shout(uses)", 1, "unknown function 'shout' (known: add_days, all, answered, any, coalesce, count, date, "
                           "days_between, declined, if, known, max, min, not_known, round, sum, today)"),
        ("answered(uses, kind)", 1, "answered() takes 1 argument(s), not 2"),
        ("sum() > 1", 1, "sum() takes 1 or more argument(s), not 0"),
        ("count(routes, 1, 2) > 1", 1, "count() takes 1 to 2 argument(s), not 3"),
        ("answered(1)", 1, "answered() needs an item name"),
        ("known(nope)", 1, "known() names unknown item 'nope'"),
        ("declined(heavy)", 1, "declined() names unknown item 'heavy'"),
        ("not_known(days)", 1, "item 'days' is inside repeat group 'subs'"),
        ("any(routes, uses)", 1, "the first argument of any() must be a repeat group"),
        ("sum(subs) > 1", 1, "sum(subs) needs an expression for each instance"),
        ("kind == 'crack'", 9, "'crack' is not a choice of 'kind' (choices: heroin, spice)"),
        ("'crack' == kind", 1, "'crack' is not a choice of 'kind' (choices: heroin, spice)"),
        ("kind != 1", 9, "'kind' holds choice ids; compare it with text"),
        ("kind in ['spice', 'ket']", 19, "'ket' is not a choice of 'kind' (choices: heroin, spice)"),
        ("'ket' in routes", 1, "'ket' is not a choice of 'routes' (choices: smoked)"),
        ("'ket' not in routes", 1, "'ket' is not a choice of 'routes' (choices: smoked)"),
        ("uses == 'yes'", 9, "'uses' is a yes/no item; compare it with true or false"),
        ("amount > '3'", 10, "'amount' is a number; compare it with a number"),
        ("amount >= true", 11, "'amount' is a number; compare it with a number"),
        ("any(subs, cat == 'ket')", 18, "'ket' is not a choice of 'cat' (choices: spice)"),
        ("any(subs, nope)", 11, "unknown item or calculation 'nope'"),
    ],
)
def test_mistakes_in_a_flag_are_reported_at_its_line(when: str, column: int, message: str) -> None:
    assert problems(when) == flag_problem(when, column, message)


@pytest.mark.parametrize(
    "when",
    ["any(subs, heavy)", "count(subs, days > 1) > 1", "count(subs) > 1", "first > second", "seen < today()",
     "kind in ['spice']", "amount > 1.5", "uses == true", "if(uses, 1, 2) > 0", "answered(kind)",
     "any(subs, answered(days))", "not (amount in [1, 2])"],
)
def test_correct_references_are_accepted(when: str) -> None:
    assert problems(when) == []


def test_several_mistakes_in_one_expression_are_all_reported() -> None:
    found = problems("shout(nope) or any(routes, other) or sum(subs, x, y) > 1")
    messages = [message.split(": ", 2)[-1] for _, message in found]
    assert messages[1:] == [
        "unknown item or calculation 'nope'",
        "the first argument of any() must be a repeat group",
        "unknown item or calculation 'other'",
        "sum(subs, ...) takes exactly 2 arguments",
        "unknown item or calculation 'x'",
        "unknown item or calculation 'y'",
    ]
    assert messages[0].startswith("unknown function 'shout'")


def test_a_calculation_must_be_defined_before_it_is_used() -> None:
    assert problems(first="second + 1") == [
        (FIRST_LINE, "calculation 'first': in 'second + 1' (column 1): calculation 'second' must be "
                     "defined before it is used")
    ]
    assert problems(first="first + 1") == [
        (FIRST_LINE, "calculation 'first': in 'first + 1' (column 1): calculation 'first' must be "
                     "defined before it is used")
    ]


def test_group_functions_cannot_be_used_inside_their_group() -> None:
    found = problems(inner="count(subs, cat == 'spice') > 0")
    assert found == [
        (21, "item 'days' visible_if: in 'count(subs, cat == 'spice') > 0' (column 1): cannot use count(subs, ...) "
             "inside repeat group 'subs'")
    ]
    assert problems(inner="heavy or uses") == []


def test_form_level_references() -> None:
    text = BASE.replace('title: References\n', 'title: References\nsummary_date_item: uses\n')
    assert problems(text=text) == [(1, "summary_date_item 'uses' must name a top-level date item")]
    assert problems(text=BASE.replace('title: References\n', 'title: References\nsummary_date_item: seen\n')) == []
    nested = BASE.replace('title: References\n', 'title: References\nsummary_date_item: days\n')
    assert problems(text=nested) == [(1, "summary_date_item 'days' must name a top-level date item")]
    missing = BASE.replace('title: References\n', 'title: References\nsummary_date_item: nope\n')
    assert problems(text=missing) == [(1, "summary_date_item 'nope' must name a top-level date item")]


def test_a_calculation_with_an_item_id_is_reported() -> None:
    text = BASE.replace("- {id: second, expression: amount + 1}", "- {id: amount, expression: 1}")
    assert (FIRST_LINE + 1, "calculation 'amount' has the same id as an item") in problems(text=text)


def test_load_form_refuses_a_form_with_a_structural_or_a_reference_error(tmp_path: Path) -> None:
    path = tmp_path / "refs.yaml"
    path.write_text(BASE.replace("WHEN", "uses").replace("FIRST", "amount").replace("INNER", "true"), encoding="utf-8")
    assert load_form(path).id == "refs"
    path.write_text(path.read_text(encoding="utf-8").replace("severity: amber", "severity: purple"), encoding="utf-8")
    with pytest.raises(FormLoadError) as caught:
        load_form(path)
    assert [(p.line, p.message) for p in caught.value.problems] == [
        (WHEN_LINE - 2, "flag 'check': unknown severity 'purple' (known: info, amber, red)")
    ]
    path.write_text(BASE.replace("WHEN", "nope").replace("FIRST", "amount").replace("INNER", "true"), encoding="utf-8")
    with pytest.raises(FormLoadError) as caught:
        load_form(path)
    assert [p.line for p in caught.value.problems] == [WHEN_LINE]


def test_problems_in_a_form_held_only_in_memory_are_reported_against_form() -> None:
    source = BASE.replace("WHEN", "nope").replace("FIRST", "amount").replace("INNER", "true")
    result = load_form_text(source, Path("refs.yaml"))
    assert result.form is not None
    result.form = dataclasses.replace(result.form, path=None)
    assert [(str(p.path), p.line) for p in check_references(result)] == [("<form>", WHEN_LINE)]
