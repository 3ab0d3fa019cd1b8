"""Answers the form cannot use are each named, never silently dropped: every stray answer is reported (not
just the first one after a question that belongs in a repeat group), an answer of the wrong shape is a type
error rather than a made-up unknown question, and an entry's key that is not text is reported against the entry.

Written from the mutation-testing survivors (issue 14). Each test loads its own form with the real loader.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from nps_trainer.screening.engine import evaluate_answers
from nps_trainer.screening.loader import load_form_text
from nps_trainer.screening.model import FormDefinition

TODAY = dt.date(2025, 3, 10)

FORM = """\
id: strays
version: "3"
title: Strays
sections:
  - id: main
    title: Main
    items:
      - {id: notes, type: text, label: Notes}
      - id: subs
        type: repeat
        label: Substances
        items:
          - {id: days, type: number, label: Days used}
"""


def strays_form() -> FormDefinition:
    result = load_form_text(FORM, Path("strays.yaml"))
    assert result.problems == [] and result.form is not None
    return result.form


def test_every_stray_answer_is_named_even_after_one_that_belongs_in_a_repeat_group() -> None:
    evaluation = evaluate_answers(strays_form(), {"days": 3, "bogus": 1, "notes": "fine"}, today=TODAY)
    assert evaluation.unknown_answers == ["days", "bogus"]
    assert evaluation.errors == {
        "days": ["'days' is a question inside 'subs' (Substances); its answer belongs in an entry of 'subs', "
                 "not on its own."],
        "bogus": ["This form (strays version 3) has no question 'bogus', so this answer cannot be used."],
    }
    assert not evaluation.complete


def test_an_answer_of_the_wrong_shape_is_a_type_error_not_an_unknown_question() -> None:
    # A list of entries given to a text question, and a number given to a repeat group.
    evaluation = evaluate_answers(strays_form(), {"notes": [{"x": 1}], "subs": 5}, today=TODAY)
    assert evaluation.unknown_answers == []
    assert evaluation.errors == {"notes": ["Enter text."], "subs": ["Expected a list of entries."]}


def test_an_entry_key_that_is_not_text_is_reported_against_the_entry() -> None:
    evaluation = evaluate_answers(strays_form(), {"subs": [{"days": 2}, {1: 5, "days": 4}]}, today=TODAY)
    assert evaluation.unknown_answers == ["subs[1]"]
    assert evaluation.errors == {
        "subs[1]": ["'Substances' has no question '1', so this answer in entry 2 cannot be used."],
    }
    assert evaluation.answers == {"subs": [{"days": 2}, {"days": 4}]}
