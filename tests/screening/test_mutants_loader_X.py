"""How the screening loader reports a form's calculations, flags and form-level settings: a calculation's
unknown key and missing id are named "cyfrifiad" in Welsh and a share_consent that cannot be parsed is named
"share_consent y ffurflen"; a calculation with an empty expression is reported and stands in as 0, so the rest of
the form still evaluates; a flag without an explanation, a calculations entry that is not a mapping, a flags block
that is not a list and an unknown_conditions that is not text are each reported at their line; and an
unknown_conditions value that is not allowed is reported while the form falls back to "hide".

Written from the mutation-testing survivors (issue 14). Each test builds its own form text.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from nps_trainer.screening.engine import evaluate_answers
from nps_trainer.screening.loader import load_form_text

CALCULATIONS = """\
id: calcs
version: "1"
title: Calcs
sections:
  - id: main
    title: Main
    items:
      - {id: days, type: number, label: Days}
calculations:
  - label: Weekly
    expression: days * 7
    colour: red
  - id: fortnightly
    expression:
share_consent: days >
"""


def test_a_calculations_problems_and_a_bad_share_consent_are_named_in_welsh(welsh: None, tmp_path: Path) -> None:
    result = load_form_text(CALCULATIONS, tmp_path / "calcs.yaml")
    assert [(p.line, p.message) for p in result.problems] == [
        (12, "cyfrifiad: allwedd anhysbys 'colour' (caniateir: expression, id, label)"),
        (10, "cyfrifiad: mae angen 'id'"),
        (14, "cyfrifiad 'fortnightly': mae angen 'expression'"),
        (15, "share_consent y ffurflen: ni ellir dosrannu'r mynegiad 'days >': ni ddisgwylid diwedd y mynegiad "
             "(colofn 7)"),
    ]


EMPTY_EXPRESSION = """\
id: empty-calc
version: "1"
title: Empty calculation
sections:
  - id: main
    title: Main
    items:
      - {id: days, type: number, label: Days}
calculations:
  - id: weekly
    expression: days * 7
  - id: fortnightly
    label: Fortnightly
    expression:
"""


def test_a_calculation_with_an_empty_expression_is_reported_and_counts_as_zero(tmp_path: Path) -> None:
    result = load_form_text(EMPTY_EXPRESSION, tmp_path / "empty-calc.yaml")
    assert [(p.line, p.message) for p in result.problems] == [
        (14, "calculation 'fortnightly': 'expression' is required")]
    assert result.form is not None
    evaluation = evaluate_answers(result.form, {"days": 2}, today=dt.date(2025, 3, 10))
    assert evaluation.calculated == {"weekly": 14, "fortnightly": 0}
    assert evaluation.evaluation_errors == []


NO_EXPLANATION = """\
id: no-explanation
version: "1"
title: No explanation
sections:
  - id: main
    title: Main
    items:
      - {id: age, type: number, label: Age}
flags:
  - id: young
    severity: amber
    title: Young
    when: age < 18
    action: Check the date of birth.
"""


def test_a_flag_without_an_explanation_is_reported_naming_the_flag(tmp_path: Path) -> None:
    result = load_form_text(NO_EXPLANATION, tmp_path / "no-explanation.yaml")
    assert [(p.line, p.message) for p in result.problems] == [(10, "flag 'young': 'explanation' is required")]


WRONG_SHAPES = """\
id: wrong-shapes
version: "1"
title: Wrong shapes
sections:
  - id: main
    title: Main
    items:
      - {id: age, type: number, label: Age}
calculations:
  - id: doubled
    expression: age * 2
  - just a name
flags: young
unknown_conditions: [hide]
"""


def test_form_level_blocks_of_the_wrong_shape_are_each_reported_at_their_line(tmp_path: Path) -> None:
    result = load_form_text(WRONG_SHAPES, tmp_path / "wrong-shapes.yaml")
    assert [(p.line, p.message) for p in result.problems] == [
        (12, "calculations: each entry must be a mapping"),
        (13, "form: 'flags' must be a list"),
        (14, "form: 'unknown_conditions' must be text"),
    ]
    assert result.form is not None
    assert [c.id for c in result.form.calculations] == ["doubled"]
    assert result.form.flags == ()
    assert result.form.unknown_conditions == "hide"


BAD_SETTING = """\
id: bad-setting
version: "1"
title: Bad setting
unknown_conditions: keep_everything
sections:
  - id: main
    title: Main
    items:
      - {id: uses, type: yes_no, label: Uses?}
"""


def test_an_unknown_conditions_value_not_allowed_is_reported_and_the_form_falls_back_to_hide(tmp_path: Path) -> None:
    result = load_form_text(BAD_SETTING, tmp_path / "bad-setting.yaml")
    assert [(p.line, p.message) for p in result.problems] == [
        (4, "form: unknown_conditions must be one of hide, keep_answered, not 'keep_everything'")]
    assert result.form is not None
    assert result.form.unknown_conditions == "hide"
    assert not result.form.keeps_answered
