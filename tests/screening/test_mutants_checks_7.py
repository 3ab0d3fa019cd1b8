"""The reference checks a form author sees from validate_forms, in the corners the other tests leave: every
comparison operator checks the value compared, a repeat group's own calculation hides a question of the same name
inside that group, names inside a list and under 'not' or '-' are checked, a nested repeat group is reported
rather than crashing the check, and summary_date_item must not name a date inside a repeat group.

Written from the mutation-testing survivors (issue 14). Each test writes its own form into its own folder.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nps_trainer.screening.checks import validate_forms

FORM = """\
id: refs
version: "1"
title: References
summary_date_item: SUMMARY
sections:
  - id: main
    title: Main
    items:
      - {id: seen, type: date, label: Seen}
      - {id: amount, type: number, label: Amount}
      - id: subs
        type: repeat
        label: Substances
        calculations:
          - {id: heavy, expression: days > 20}
EXTRA        items:
          - {id: days, type: number, label: Days}
          - {id: started, type: date, label: Started}
          - {id: cat, type: number, label: Cat, visible_if: "INNER"}
calculations:
  - {id: total, expression: "TOP"}
"""

FORM_LINE = 1  # where form-level problems are reported
INNER_LINE = 19  # the visible_if of 'cat', inside repeat group 'subs'
TOP_LINE = 21  # the top-level calculation 'total'
SHADOW = "          - {id: amount, expression: days * 2}\n"  # a calculation of 'subs' named like the item 'amount'
SHADOW_LINE = 16


def problems(folder: Path, *, summary: str = "seen", inner: str = "days > 1", top: str = "amount",
             extra: str = "", text: str = FORM) -> list[tuple[int, str]]:
    """Every problem validate_forms reports for the form with these parts, as (line, message)."""
    source = (text.replace("SUMMARY", summary).replace("INNER", inner).replace("TOP", top)
              .replace("EXTRA", extra))
    (folder / "refs.yaml").write_text(source, encoding="utf-8")
    return [(p.line, p.message) for p in validate_forms(folder)]


def test_the_form_is_clean_and_the_lines_are_where_the_expressions_are(tmp_path: Path) -> None:
    lines = FORM.replace("EXTRA", "").splitlines()
    assert 'visible_if: "INNER"' in lines[INNER_LINE - 1]
    assert 'expression: "TOP"' in lines[TOP_LINE - 1]
    assert SHADOW.strip() in FORM.replace("EXTRA", SHADOW).splitlines()[SHADOW_LINE - 1]
    assert problems(tmp_path) == []


@pytest.mark.parametrize(("top", "column"), [
    ("amount < '5'", 10),
    ("amount <= '5'", 11),
    ("amount > '5'", 10),
    ("amount >= '5'", 11),
    ("'5' < amount", 1),
    ("'5' <= amount", 1),
])
def test_every_ordering_comparison_checks_the_value_compared(tmp_path: Path, top: str, column: int) -> None:
    """'amount < "5"' compares a number with text: the author is told so whichever operator, on either side."""
    assert problems(tmp_path, top=top) == [
        (TOP_LINE, f"calculation 'total': in '{top}' (column {column}): 'amount' is a number; compare it with a "
                   "number"),
    ]


@pytest.mark.parametrize("inner", ["amount == 'x'", "'x' != amount", "amount in ['x']", "'x' in amount"])
def test_inside_a_group_its_own_calculation_hides_the_item_of_the_same_name(tmp_path: Path, inner: str) -> None:
    """A calculation of 'subs' named 'amount' clashes with the item 'amount' (reported once, as a duplicate id);
    inside 'subs' the name means that calculation, so comparing it with text is not also reported as comparing
    the number item with text."""
    assert problems(tmp_path, extra=SHADOW, inner=inner) == [
        (SHADOW_LINE, "duplicate id 'amount' (first used on line 10)"),
    ]


@pytest.mark.parametrize(("top", "inner"), [
    ("count(subs) in [1, 2]", "days > 1"),
    ("amount", "heavy in [true, false]"),
    ("amount", "1 in [2, 3]"),
])
def test_in_with_a_list_but_no_question_on_the_left_checks_nothing_against_choices(
        tmp_path: Path, top: str, inner: str) -> None:
    """A count, a calculation or a number 'in' a list of values is a sound expression with nothing to report."""
    assert problems(tmp_path, top=top, inner=inner) == []


def test_each_name_in_a_list_is_checked_in_the_group_the_expression_is_in(tmp_path: Path) -> None:
    """Inside 'subs', its own item 'days' may be listed; an unknown name in the list is reported with its column."""
    inner = "1 in [days, nosuch]"
    assert problems(tmp_path, inner=inner) == [
        (INNER_LINE, f"item 'cat' visible_if: in '{inner}' (column 13): unknown item or calculation 'nosuch'"),
    ]


def test_a_list_of_names_in_a_group_is_clean_when_every_name_is_known_there(tmp_path: Path) -> None:
    assert problems(tmp_path, inner="days in [days, heavy, amount]") == []


@pytest.mark.parametrize(("top", "column"), [("not nosuch", 5), ("-nosuch > 1", 2), ("not not nosuch", 9)])
def test_a_name_under_not_or_minus_is_checked(tmp_path: Path, top: str, column: int) -> None:
    assert problems(tmp_path, top=top) == [
        (TOP_LINE, f"calculation 'total': in '{top}' (column {column}): unknown item or calculation 'nosuch'"),
    ]


NESTED = FORM.replace(
    '          - {id: cat, type: number, label: Cat, visible_if: "INNER"}\n',
    "          - id: doses\n"
    "            type: repeat\n"
    "            label: Doses\n"
    "            items:\n"
    '              - {id: dose, type: number, label: Dose, visible_if: "amount > 1"}\n',
)
NESTED_TYPE_LINE = 20


def test_a_repeat_group_nested_in_another_is_reported_and_its_expressions_still_checked(tmp_path: Path) -> None:
    """The expressions inside the nested group (a group that is not one of the form's own, so has no calculations
    listed) are read without tripping the check up: the author sees the one real mistake, on its 'type' line."""
    assert problems(tmp_path, text=NESTED) == [
        (NESTED_TYPE_LINE, "item 'doses': repeat groups cannot be nested (inside 'subs')"),
    ]


def test_summary_date_item_must_not_name_a_date_inside_a_repeat_group(tmp_path: Path) -> None:
    assert problems(tmp_path, summary="started") == [
        (FORM_LINE, "summary_date_item 'started' must name a top-level date item"),
    ]


def test_summary_date_item_may_name_a_top_level_date(tmp_path: Path) -> None:
    assert problems(tmp_path, summary="seen") == []
