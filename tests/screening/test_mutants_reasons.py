"""A flag's reason names a repeat group's own calculation like the answers in that instance.

Found while triaging the mutation-testing survivors (issue 14): a calculation of a repeat-group instance that
was worked out from no recorded answer appeared in the reason under its bare id ('days_or_none: 0'), not as
'Substance 1 › <its label>'.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from nps_trainer.screening.engine import TriggerAnswer, evaluate_answers
from nps_trainer.screening.loader import load_form_text

FORM = """\
id: reasons
version: "1"
title: Reasons
sections:
  - id: s
    title: S
    items:
      - id: subs
        type: repeat
        label: Substances
        instance_label: Substance
        calculations:
          - {id: days_or_none, label: Days used (none if not asked), expression: "if(answered(days), days, 0)"}
          - {id: unlabelled, expression: "if(answered(days), days, 0)"}
        items:
          - {id: days, type: number, label: Days}
      - id: others
        type: repeat
        label: Other substances
        calculations:
          - {id: nothing, label: Nothing recorded, expression: "if(answered(amount), amount, 0)"}
        items:
          - {id: amount, type: number, label: Amount}
flags:
  - {id: light, severity: info, title: Light, when: "any(subs, days_or_none < 3)", explanation: L., action: L.}
  - {id: plain, severity: info, title: Plain, when: "any(subs, unlabelled < 3)", explanation: P., action: P.}
  - {id: other, severity: info, title: Other, when: "any(others, nothing == 0)", explanation: O., action: O.}
"""


def test_an_instance_calculation_in_a_reason_is_named_by_its_instance_and_label() -> None:
    result = load_form_text(FORM, Path("reasons.yaml"))
    assert result.problems == [] and result.form is not None
    evaluation = evaluate_answers(result.form, {"subs": [{"days": 9}, {}], "others": [{}]}, today=dt.date(2025, 3, 10))
    reasons = {flag.id: flag for flag in evaluation.flags}
    assert reasons["light"].triggers == (
        TriggerAnswer("subs[1].days_or_none", "Substance 2 › Days used (none if not asked)", "0"),
    )
    assert reasons["light"].reason == "Raised by: Substance 2 › Days used (none if not asked): 0."
    assert reasons["plain"].triggers == (TriggerAnswer("subs[1].unlabelled", "Substance 2 › unlabelled", "0"),)
    assert reasons["other"].reason == "Raised by: Other substances 1 › Nothing recorded: 0."
