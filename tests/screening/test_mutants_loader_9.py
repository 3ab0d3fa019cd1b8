"""How the screening loader reports a constraint's empty rule and a flag's problems: an empty ``rule:`` written
after the constraint's message is reported on the rule's own line; a flag's unknown key and missing id are named
"dangosydd risg" in Welsh; and a flag with an unknown severity is reported at that line while the loaded flag
stands in as amber, so the rest of the form still evaluates.

Written from the mutation-testing survivors (issue 14). Each test builds its own form text.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from nps_trainer.screening.engine import evaluate_answers
from nps_trainer.screening.loader import load_form_text
from nps_trainer.screening.model import FlagSeverity

RULE_AFTER_MESSAGE = """\
id: rules
version: "1"
title: Rules
sections:
  - id: main
    title: Main
    items:
      - id: age
        type: number
        label: Age
        constraints:
          - message: Too old
            rule:
"""


def test_an_empty_rule_written_after_the_message_is_reported_on_the_rule_line(tmp_path: Path) -> None:
    result = load_form_text(RULE_AFTER_MESSAGE, tmp_path / "rules.yaml")
    assert [(p.line, p.message) for p in result.problems] == [(13, "item 'age' constraint: 'rule' is required")]


FLAGS = """\
id: flags
version: "1"
title: Flags
sections:
  - id: main
    title: Main
    items:
      - id: age
        type: number
        label: Age
flags:
  - severity: amber
    title: Young
    explanation: Under 18.
    action: Check the date of birth.
    when: age < 18
    colour: red
  - id: old
    severity: orange
    title: Old
    explanation: Over 100.
    action: Check the date of birth.
    when: age > 100
"""


def test_a_flags_unknown_key_and_missing_id_name_the_flag_in_welsh(welsh: None, tmp_path: Path) -> None:
    result = load_form_text(FLAGS, tmp_path / "flags.yaml")
    assert [(p.line, p.message) for p in result.problems] == [
        (17, "dangosydd risg: allwedd anhysbys 'colour' (caniateir: action, explanation, id, severity, title, when)"),
        (12, "dangosydd risg: mae angen 'id'"),
        (19, "dangosydd risg 'old': difrifoldeb anhysbys 'orange' (gwerthoedd hysbys: info, amber, red)"),
    ]


def test_a_flag_with_an_unknown_severity_is_reported_and_stands_in_as_amber(tmp_path: Path) -> None:
    result = load_form_text(FLAGS, tmp_path / "flags.yaml")
    assert (19, "flag 'old': unknown severity 'orange' (known: info, amber, red)") in [
        (p.line, p.message) for p in result.problems]
    assert result.form is not None
    evaluation = evaluate_answers(result.form, {"age": 101}, today=dt.date(2025, 3, 10))
    assert [(f.id, f.severity) for f in evaluation.flags] == [("old", FlagSeverity.AMBER)]
