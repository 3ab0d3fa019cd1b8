"""What a form with ``unknown_conditions: keep_answered`` lists as skipped because of a declined or not-known
answer: a question whose condition is unknown is listed (with no answers kept), and one whose condition is plainly
false is not listed, even when the condition also reads a declined answer.

Written from the mutation-testing survivors (issue 14). Each test writes its own form and loads it with the real
loader and checks.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from nps_trainer.screening.answers import DECLINED, NOT_KNOWN
from nps_trainer.screening.checks import load_form
from nps_trainer.screening.engine import evaluate_answers
from nps_trainer.screening.model import FormDefinition
from nps_trainer.screening.skips import Skip

TODAY = dt.date(2025, 3, 10)

FORM = """\
id: kept
version: "1"
title: Kept
unknown_conditions: keep_answered
sections:
  - id: main
    title: Main
    items:
      - {id: uses, type: yes_no, label: Have they used anything?}
      - {id: what, type: text, label: What did they use, visible_if: "uses == true"}
      - id: subs
        type: repeat
        label: Substances
        instance_label: Substance
        items:
          - {id: daily, type: yes_no, label: Used daily?}
          - {id: inject, type: yes_no, label: Do they inject?, visible_if: "daily == true and uses == true"}
"""


def _form(folder: Path) -> FormDefinition:
    path = folder / "kept.yaml"
    path.write_text(FORM, encoding="utf-8")
    return load_form(path)


def test_a_question_behind_a_declined_answer_is_listed_with_no_answers_kept(tmp_path: Path) -> None:
    evaluation = evaluate_answers(_form(tmp_path), {"uses": DECLINED}, today=TODAY)
    assert evaluation.skipped == [
        Skip("what", "What did they use", ("Have they used anything? Declined to answer",), kept_answers=False)]
    assert evaluation.skipped[0].kept_answers is False
    assert not evaluation.is_visible("what")


def test_an_entry_question_whose_condition_is_false_is_not_listed_as_skipped(tmp_path: Path) -> None:
    """'daily == true and uses == true' is false when 'uses' is no, whatever 'daily' is: the question would not
    have been asked had 'daily' been answered, so the declined 'daily' is not the reason it was skipped."""
    form = _form(tmp_path)
    evaluation = evaluate_answers(form, {"uses": False, "subs": [{"daily": DECLINED}]}, today=TODAY)
    assert evaluation.skipped == []
    assert not evaluation.is_visible("subs[0].inject")
    evaluation = evaluate_answers(form, {"uses": True, "subs": [{"daily": NOT_KNOWN}]}, today=TODAY)
    assert evaluation.skipped == [
        Skip("subs[0].inject", "Substance 1 › Do they inject?", ("Used daily? Not known",), kept_answers=False)]
    assert not evaluation.is_visible("subs[0].inject")
