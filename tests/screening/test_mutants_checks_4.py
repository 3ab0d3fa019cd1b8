"""The reference checks on function calls, as a form author sees them from validate_forms: the arguments of a call
inside a repeat group are read in that group, every argument is checked, and each message names its line.

Written from the mutation-testing survivors (issue 14). Each test writes its own form into its own folder.
"""

from __future__ import annotations

from pathlib import Path

from nps_trainer.screening.checks import validate_forms

FORM = """\
id: refs
version: "1"
title: References
sections:
  - id: main
    title: Main
    items:
      - {id: amount, type: number, label: Amount}
      - id: subs
        type: repeat
        label: Substances
        calculations:
          - {id: heavy, expression: days > 20}
EXTRA        items:
          - {id: days, type: number, label: Days}
          - {id: cat, type: number, label: Cat, visible_if: "INNER"}
      - id: others
        type: repeat
        label: Others
        items:
          - {id: age, type: number, label: Age}
calculations:
  - {id: total, expression: "TOP"}
"""

INNER_LINE = 16  # the visible_if of 'cat', inside repeat group 'subs'
TOP_LINE = 23  # the top-level calculation 'total'
KNOWN = ("add_days, all, answered, any, coalesce, count, date, days_between, declined, if, known, max, min, not_known, "
         "round, sum, today")


def problems(folder: Path, *, inner: str = "days > 1", top: str = "amount", extra: str = "") -> list[tuple[int, str]]:
    """Every problem validate_forms reports for the form with these expressions, as (line, message)."""
    text = FORM.replace("INNER", inner).replace("TOP", top).replace("EXTRA", extra)
    (folder / "refs.yaml").write_text(text, encoding="utf-8")
    return [(p.line, p.message) for p in validate_forms(folder)]


def test_the_form_is_clean_and_the_lines_are_where_the_expressions_are(tmp_path: Path) -> None:
    lines = FORM.replace("EXTRA", "").splitlines()
    assert 'visible_if: "INNER"' in lines[INNER_LINE - 1]
    assert 'expression: "TOP"' in lines[TOP_LINE - 1]
    assert problems(tmp_path) == []


def test_arguments_of_a_call_in_a_repeat_group_are_read_in_that_group(tmp_path: Path) -> None:
    """Inside 'subs', its own item 'days' and its own calculation 'heavy' are known names, whatever the call: only
    the real mistake is reported, never a second, wrong one about the arguments."""
    where = "item 'cat' visible_if: in '{}' (column 1): "
    source = "shout(heavy, days) > 1"
    assert problems(tmp_path, inner=source) == [
        (INNER_LINE, where.format(source) + f"unknown function 'shout' (known: {KNOWN})")]
    source = "any(heavy, days > 1)"
    assert problems(tmp_path, inner=source) == [
        (INNER_LINE, where.format(source) + "the first argument of any() must be a repeat group")]
    assert problems(tmp_path, inner="coalesce(days, heavy) > 1") == []
    assert problems(tmp_path, inner="coalesce(days, 0) + round(days) > 1") == []


def test_every_argument_of_an_ordinary_function_is_checked(tmp_path: Path) -> None:
    assert problems(tmp_path, top="coalesce(nope, 1)") == [
        (TOP_LINE, "calculation 'total': in 'coalesce(nope, 1)' (column 10): unknown item or calculation 'nope'")]
    assert problems(tmp_path, top="round(amount, days)") == [
        (TOP_LINE, "calculation 'total': in 'round(amount, days)' (column 15): item 'days' is inside repeat group "
                   "'subs'; use any(subs, ...) or count(subs, ...)")]


def test_a_group_total_with_too_many_arguments_is_reported_on_its_line(tmp_path: Path) -> None:
    assert problems(tmp_path, top="sum(subs, days, 1)") == [
        (TOP_LINE, "calculation 'total': in 'sum(subs, days, 1)' (column 1): sum(subs, ...) takes exactly 2 "
                   "arguments")]
    assert problems(tmp_path, top="max(subs, days, amount)") == [
        (TOP_LINE, "calculation 'total': in 'max(subs, days, amount)' (column 1): max(subs, ...) takes exactly 2 "
                   "arguments")]


def test_a_repeat_groups_own_calculation_comes_first_in_that_group(tmp_path: Path) -> None:
    """A calculation of 'subs' that reuses another id is a duplicate id; inside 'subs' the name means that
    calculation, so the checks on the expressions there follow it."""
    own_amount = "          - {id: amount, expression: days * 2}\n"
    assert problems(tmp_path, inner="answered(amount)", extra=own_amount) == [
        (14, "duplicate id 'amount' (first used on line 8)"),
        (INNER_LINE + 1, "item 'cat' visible_if: in 'answered(amount)' (column 1): answered() names unknown item "
                         "'amount'"),
    ]
    own_others = "          - {id: others, expression: days * 2}\n"
    assert problems(tmp_path, inner="count(others) > 0", extra=own_others) == [
        (18, "duplicate id 'others' (first used on line 14)")]
