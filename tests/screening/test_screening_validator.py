"""validate_forms: the bundled forms pass; each kind of mistake is reported with a message and a line."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from screening_helpers import BUNDLED_DIR

from nps_trainer.screening.checks import load_form, validate_forms
from nps_trainer.screening.loader import FormLoadError
from nps_trainer.validation import Severity, has_errors

BASE = """\
id: tiny
version: "1"
title: Tiny form
sections:
  - id: main
    title: Main
    items:
      - id: uses
        type: yes_no
        label: Uses anything?
      - id: kind
        type: single_choice
        label: What?
        choices:
          - {id: spice, label: Spice}
          - {id: heroin, label: Heroin}
      - id: amount
        type: number
        label: Days
        min: 0
        max: 28
      - id: subs
        type: repeat
        label: Substances
        items:
          - id: cat
            type: single_choice
            label: Category
            choices:
              - {id: spice, label: Spice}
calculations:
  - id: total
    expression: amount + 1
flags:
  - id: spice
    severity: amber
    title: Spice
    when: kind == 'spice'
    explanation: Spice recorded.
    action: Advise.
"""


def write(tmp_path: Path, text: str, name: str = "form.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def line_of(text: str, needle: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(needle)


def test_bundled_forms_validate() -> None:
    problems = validate_forms(BUNDLED_DIR)
    assert problems == [], "\n".join(str(p) for p in problems)


def test_base_fixture_is_valid(tmp_path: Path) -> None:
    write(tmp_path, BASE)
    assert validate_forms(tmp_path) == []


# (replace this, with this, expected message fragment, line containing this text)
BAD_CASES = [
    ("type: yes_no", "type: yes_or_no", "unknown item type 'yes_or_no'", "type: yes_or_no"),
    ("id: kind", "id: uses", "duplicate id 'uses'", "- id: uses\n        type: single_choice"),
    ("when: kind == 'spice'", "when: kind == 'spice' and (", "cannot parse expression", "when: kind"),
    ("when: kind == 'spice'", "when: kind = 'spice'", "use '==' to compare", "when: kind"),
    ("when: kind == 'spice'", "when: knd == 'spice'", "unknown item or calculation 'knd'", "when: knd"),
    ("when: kind == 'spice'", "when: kind == 'spise'", "'spise' is not a choice of 'kind'", "when: kind"),
    ("when: kind == 'spice'", "when: uses == 'yes'", "compare it with true or false", "when: uses"),
    ("when: kind == 'spice'", "when: cat == 'spice'", "inside repeat group 'subs'", "when: cat"),
    ("when: kind == 'spice'", "when: any(subs, cat == 'spcie')", "'spcie' is not a choice of 'cat'", "when: any"),
    ("when: kind == 'spice'", "when: any(kind, true)", "must be a repeat group", "when: any"),
    ("when: kind == 'spice'", "when: subs > 1", "'subs' is a repeat group", "when: subs"),
    ("when: kind == 'spice'", "when: eval('1')", "unknown function 'eval'", "when: eval"),
    ("when: kind == 'spice'", "when: days_between(amount)", "takes 2 argument(s), not 1", "when: days_between"),
    ("max: 28", "max: -1", "min (0) is greater than max (-1)", "min: 0"),
    ("severity: amber", "severity: purple", "unknown severity 'purple'", "severity: purple"),
    ("expression: amount + 1", "expression: total + 1", "calculation 'total' must be defined before", "expression"),
    ("        label: Uses anything?", "        label: Uses anything?\n        visble_if: true",
     "unknown key 'visble_if'", "visble_if"),
    ("      - id: amount\n        type: number", "      - id: amount\n        type: text",
     "'min' only applies to number items", "min: 0"),
    ("            choices:\n              - {id: spice, label: Spice}\ncalculations",
     "            choices: missing_list\ncalculations", "unknown choice list 'missing_list'", "missing_list"),
    ("title: Tiny form", "title: Tiny form\ntitle: Again", "duplicate key 'title'", "title: Again"),
    ("          - {id: heroin, label: Heroin}", "          - {id: __declined__, label: Declined}",
     "reserved for special answers", "__declined__"),
    ("      - id: amount\n        type: number\n        label: Days",
     "      - id: amount\n        type: number\n        label: Days\n        summary: true",
     "only choice and yes/no items may go in the anonymised summary", "summary: true"),
]


@pytest.mark.parametrize(("old", "new", "message", "line_text"), BAD_CASES)
def test_bad_definitions_are_reported(tmp_path: Path, old: str, new: str, message: str, line_text: str) -> None:
    assert old in BASE
    text = BASE.replace(old, new, 1)
    path = write(tmp_path, text)
    problems = validate_forms(tmp_path)
    matching = [p for p in problems if message in p.message]
    assert matching, "\n".join(str(p) for p in problems)
    expected_line = text[: text.index(line_text)].count("\n") + 1
    assert matching[0].line == expected_line, str(matching[0])
    assert matching[0].path == path
    assert str(matching[0]).startswith(f"{path}:{expected_line}: ")


def test_yaml_syntax_error_has_line(tmp_path: Path) -> None:
    write(tmp_path, "id: x\nversion: '1'\nsections: [\n  - broken: {\n")
    problems = validate_forms(tmp_path)
    assert has_errors(problems)
    assert problems[0].line > 0 and "not valid YAML" in problems[0].message


def test_duplicate_form_version_across_files(tmp_path: Path) -> None:
    write(tmp_path, BASE, "a.yaml")
    write(tmp_path, BASE, "b.yaml")
    problems = validate_forms(tmp_path)
    assert any("is also defined in" in p.message for p in problems)


def test_missing_folder_and_empty_folder(tmp_path: Path) -> None:
    assert "not found" in validate_forms(tmp_path / "nope")[0].message
    empty = validate_forms(tmp_path)
    assert empty[0].severity is Severity.WARNING


def test_load_form_raises_with_all_problems(tmp_path: Path) -> None:
    path = write(tmp_path, BASE.replace("when: kind == 'spice'", "when: nope > 1"))
    with pytest.raises(FormLoadError) as info:
        load_form(path)
    assert "unknown item or calculation 'nope'" in str(info.value)
    assert info.value.problems[0].line == line_of(BASE, "when: kind")
