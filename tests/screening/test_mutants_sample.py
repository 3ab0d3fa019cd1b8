"""Survivors of the seeded mutation sample (benchmarks/mutation_sample.py) in the screening loader, killed here."""

from __future__ import annotations

from pathlib import Path

from nps_trainer.screening.loader import load_form_text

FORM = """id: tiny
version: "1"
title: Tiny form
sections:
  - id: main
    title: Main
    items:
      - id: uses
        type: yes_no
        label: Uses anything?
flags:
  - id: uses_flag
    title: Uses
    explanation: They use.
    action: Talk.
    when: uses
"""


def test_a_flag_without_a_severity_is_named_in_the_message() -> None:
    result = load_form_text(FORM, Path("tiny.yaml"))
    assert [(p.line, p.message) for p in result.problems] == [(12, "flag 'uses_flag': 'severity' is required")]
