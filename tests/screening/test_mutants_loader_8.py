"""How the screening loader reads a form as its author wrote it: a bare true, false or number written where an
expression goes means that value; a problem with an id is reported on the id's own line (and a duplicate names the
line the id was first used on); an entry without an id, or with an id that is not text, gets one message and no
made-up id; and the form's own messages read in Welsh when Welsh is in use.

Written from the mutation-testing survivors (issue 14). Each test builds its own form text.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from nps_trainer.screening.checks import load_form, validate_forms
from nps_trainer.screening.engine import evaluate_answers
from nps_trainer.screening.loader import load_form_text

LITERALS = """\
id: literals
version: "1"
title: Literals
sections:
  - id: main
    title: Main
    items:
      - id: shown
        type: yes_no
        label: Shown
        visible_if: true
      - id: hidden
        type: yes_no
        label: Hidden
        visible_if: false
calculations:
  - id: five
    expression: 5
  - id: half
    expression: 2.5
flags:
  - id: always
    severity: amber
    title: Always
    explanation: Raised whatever the answers.
    action: None needed.
    when: true
  - id: never
    severity: red
    title: Never
    explanation: Never raised.
    action: None needed.
    when: false
"""


def test_a_bare_true_false_or_number_as_an_expression_is_that_value(tmp_path: Path) -> None:
    path = tmp_path / "literals.yaml"
    path.write_text(LITERALS, encoding="utf-8")
    assert validate_forms(tmp_path) == []
    form = load_form(path)
    result = evaluate_answers(form, {}, today=dt.date(2025, 3, 10))
    assert result.is_visible("shown")
    assert not result.is_visible("hidden")
    assert result.calculated == {"five": 5, "half": 2.5}
    assert result.flag_ids == ["always"]
    assert result.evaluation_errors == []


ID_LINES = """\
version: "1"
id: Bad_Form
title: Id lines
sections:
  - title: Main
    id: main
    items:
      - type: yes_no
        label: First
        id: uses
      - type: yes_no
        label: Second
        id: uses
      - type: yes_no
        label: Third
        id: Bad-Id
"""


def test_an_id_problem_is_reported_on_the_line_of_the_id(tmp_path: Path) -> None:
    path = tmp_path / "ids.yaml"
    result = load_form_text(ID_LINES, path)
    assert [(p.line, p.message) for p in result.problems] == [
        (2, "form id 'Bad_Form' must be lowercase letters, digits and hyphens"),
        (13, "duplicate id 'uses' (first used on line 10)"),
        (16, "item: id 'Bad-Id' must be lowercase letters, digits and underscores"),
    ]
    assert {p.path for p in result.problems} == {path}


NO_IDS = """\
id: no-ids
version: "1"
title: No ids
sections:
  - id: main
    title: Main
    items:
      - type: yes_no
        label: Fine
        id: fine
      - type: yes_no
      - id: [not, text]
        type: yes_no
        label: Listed
flags:
  - severity: amber
    when: fine == true
    explanation: Raised when fine.
    action: Nothing.
"""


def test_an_entry_without_a_usable_id_gets_one_message_and_no_made_up_id(tmp_path: Path) -> None:
    result = load_form_text(NO_IDS, tmp_path / "no-ids.yaml")
    assert [(p.line, p.message) for p in result.problems] == [
        (11, "item: 'id' is required"),
        (11, "item '': 'label' is required"),
        (12, "item: 'id' must be text"),
        (16, "flag: 'id' is required"),
        (16, "flag '': 'title' is required"),
    ]
    assert result.form is not None
    assert [item.id for item in result.form.sections[0].items] == ["fine", "", ""]
    assert [flag.id for flag in result.form.flags] == [""]


UNTITLED = """\
id: untitled
version: "1"
sections:
  - id: main
    title: Main
    items:
      - {id: uses, type: yes_no, label: Uses?}
"""


def test_a_form_level_message_names_the_form_in_welsh(welsh: None, tmp_path: Path) -> None:
    result = load_form_text(UNTITLED, tmp_path / "untitled.yaml")
    assert [(p.line, p.message) for p in result.problems] == [(1, "ffurflen: mae angen 'title'")]
