"""Answers kept inside a repeat entry when a question's condition depends on a declined or not-known answer
(``unknown_conditions: keep_answered``): an answer already given in that entry is kept and shown, an unanswered
one is skipped with the reason named, and a damaged entry in the saved answers
holds nothing.

Written from the mutation-testing survivors (issue 14, fourth pass).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from nps_trainer.screening.answers import DECLINED
from nps_trainer.screening.engine import evaluate_answers
from nps_trainer.screening.loader import load_form_text
from nps_trainer.screening.model import FormDefinition

TODAY = dt.date(2025, 3, 10)

FORM = """\
id: kept
version: "1"
title: Kept answers
unknown_conditions: keep_answered
sections:
  - id: main
    title: Main
    items:
      - id: subs
        type: repeat
        label: Substances
        instance_label: Substance
        items:
          - {id: injects, type: yes_no, label: Injected?}
          - {id: shares, type: yes_no, label: Shares needles?, visible_if: injects == true}
"""


def _form() -> FormDefinition:
    result = load_form_text(FORM, Path("kept.yaml"))
    assert result.problems == [] and result.form is not None, result.problems
    return result.form


def test_an_answer_given_in_an_entry_is_kept_and_an_unanswered_one_is_skipped_with_its_reason() -> None:
    answers = {"subs": [{"injects": DECLINED, "shares": True}, {"injects": DECLINED}]}
    result = evaluate_answers(_form(), answers, today=TODAY)
    assert result.is_visible("subs[0].shares")
    assert not result.is_visible("subs[1].shares")
    assert result.answers["subs"][0]["shares"] is True
    assert [(s.path, s.title, s.because, s.kept_answers) for s in result.skipped] == [
        ("subs[1].shares", "Substance 2 › Shares needles?", ("Injected? Declined to answer",), False)]


def test_a_damaged_entry_in_the_saved_answers_holds_no_answer_and_the_entries_after_it_keep_theirs() -> None:
    # The first saved entry is not a mapping: it is shown as an empty entry, whose question behind the unknown
    # condition is not asked (nothing is held there), while the next entry keeps the answer given in it.
    answers = {"subs": ["damaged", {"injects": DECLINED, "shares": True}]}
    result = evaluate_answers(_form(), answers, today=TODAY)
    assert result.answers == {"subs": [{}, {"injects": DECLINED, "shares": True}]}
    assert result.is_visible("subs[0].injects")
    assert not result.is_visible("subs[0].shares")
    assert result.is_visible("subs[1].shares")
    assert result.skipped == []
