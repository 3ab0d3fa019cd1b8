"""A constraint's rule, a calculation's expression or a flag's condition written with nothing after it is an error
at its line, as a missing one is: before, ``when:`` left empty loaded as a flag that never fires, ``rule:`` as a
constraint that always passes and ``expression:`` as a calculation of 0, with no word to the form's author.

Found while checking the listed equivalent mutants (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest

from nps_trainer.screening.checks import validate_forms

FORM = """\
id: empties
version: "1"
title: Empties
sections:
  - id: main
    title: Main
    items:
      - id: age
        type: number
        label: Age
        constraints:
          - rule: {rule}
            message: Too old
calculations:
  - id: doubled
    expression: {expression}
flags:
  - id: young
    severity: amber
    title: Young
    explanation: Under 18.
    action: Check the date of birth.
    when: {when}
"""


def _errors(tmp_path: Path, **values: str) -> list[tuple[int, str]]:
    written = {"rule": "age < 120", "expression": "age * 2", "when": "age < 18", **values}
    (tmp_path / "empties.yaml").write_text(FORM.format(**written), encoding="utf-8")
    return [(p.line, p.message) for p in validate_forms(tmp_path) if p.severity.value == "error"]


def test_the_form_with_every_expression_written_loads(tmp_path: Path) -> None:
    assert _errors(tmp_path) == []


@pytest.mark.parametrize(("key", "line", "message"), [
    ("rule", 12, "item 'age' constraint: 'rule' is required"),
    ("expression", 16, "calculation 'doubled': 'expression' is required"),
    ("when", 23, "flag 'young': 'when' is required"),
])
@pytest.mark.parametrize("empty", ["", "null", "~"])
def test_an_expression_written_with_nothing_after_it_is_an_error_at_its_line(
    tmp_path: Path, key: str, line: int, message: str, empty: str
) -> None:
    assert _errors(tmp_path, **{key: empty}) == [(line, message)]


def test_an_empty_share_consent_is_an_error_at_its_line(tmp_path: Path) -> None:
    """Left empty it loaded as no condition at all: the summary for the drug service was never offered, and the
    form's author was told nothing."""
    form = FORM.format(rule="age < 120", expression="age * 2", when="age < 18").replace(
        'title: Empties\n', 'title: Empties\nshare_consent:\n')
    (tmp_path / "empties.yaml").write_text(form, encoding="utf-8")
    errors = [(p.line, p.message) for p in validate_forms(tmp_path) if p.severity.value == "error"]
    assert errors == [(4, "form: 'share_consent' is empty: write the condition for sharing the summary, or leave the "
                          "key out")]
