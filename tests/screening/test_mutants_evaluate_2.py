"""A repeated question's calculation that cannot be worked out for one entry: that entry's value is unknown, and the
form's totals over the entries leave it out (no run-time error for the form author), as every other unknown is.

Written from the mutation-testing survivors (issue 14, second pass).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from nps_trainer.screening.display import display_calculated
from nps_trainer.screening.engine import evaluate_answers
from nps_trainer.screening.evaluate import Scope, instance_calculations
from nps_trainer.screening.loader import load_form_text
from nps_trainer.screening.model import FormDefinition

TODAY = dt.date(2025, 3, 10)

# The amount is a text question (as a person describes it), so multiplying by it fails at run time once it is
# answered: "two bags" is not a number.
FORM = """
id: use
version: "1"
title: Use
calculations:
  - {id: total, expression: "sum(uses, weekly)"}
  - {id: most, expression: "max(uses, weekly)"}
  - {id: heavy, expression: "any(uses, weekly > 10)"}
sections:
  - id: s
    title: Use
    items:
      - id: uses
        type: repeat
        label: Uses
        calculations:
          - {id: weekly, expression: "if(answered(amount), days * amount, days)"}
        items:
          - {id: days, type: number, label: Days a week}
          - {id: amount, type: text, label: Amount each day}
"""


def _form() -> FormDefinition:
    result = load_form_text(FORM, Path("use.yaml"))
    assert result.problems == [] and result.form is not None
    return result.form


def test_an_entry_whose_calculation_fails_is_unknown_and_left_out_of_the_totals() -> None:
    answers = {"uses": [{"days": 3, "amount": "two bags"}, {"days": 2}]}
    evaluation = evaluate_answers(_form(), answers, today=TODAY)
    assert evaluation.calculated == {"uses[0].weekly": None, "uses[1].weekly": 2, "total": 2, "most": 2,
                                     "heavy": None}
    assert evaluation.evaluation_errors == []
    assert display_calculated(evaluation.calculated["uses[0].weekly"]) == "Unknown"


def test_one_entrys_calculations_report_a_failure_as_unknown() -> None:
    form = _form()
    row = {"days": 3, "amount": "two bags"}
    values, traces = instance_calculations(Scope(form, {"uses": [row]}, {}, TODAY), "uses", 0, row)
    assert values == {"weekly": None}
    assert list(traces) == ["weekly"]
    fine = {"days": 4}
    assert instance_calculations(Scope(form, {"uses": [fine]}, {}, TODAY), "uses", 0, fine)[0] == {"weekly": 4}
