"""``content check`` on a broken form that has a Welsh translation beside it: the form's own errors are reported
with their lines and the translation is still checked against what did load, without the check failing on the
parts of the form that are not what they should be (a section that is not a mapping, a section whose items are
not a list, a choice list that is not a list).

Written from the mutation-testing survivors (issue 14, equivalence check).
"""

from __future__ import annotations

from pathlib import Path

from nps_trainer.screening.checks import validate_forms

BROKEN = """\
id: broken
version: "1"
title: Broken
choice_lists:
  scale:
sections:
  - just a word
  - id: empty
    title: Empty
    items: 5
  - id: main
    title: Main
    items:
      - {id: amount, type: single_choice, label: How much?, choices: scale}
"""

WELSH = 'form: broken\nversion: "1"\ntitle: Wedi torri\n'


def _problems(folder: Path) -> list[tuple[str, int, str, str]]:
    return [(p.path.name, p.line, p.severity.value, p.message) for p in validate_forms(folder)]


def test_a_broken_form_with_a_translation_is_reported_not_crashed_on(tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    (tmp_path / "broken.cy.yaml").write_text(WELSH, encoding="utf-8")
    assert _problems(tmp_path) == [
        ("broken.yaml", 5, "error", "choice list 'scale' must be a list of choices"),
        ("broken.yaml", 7, "error", "sections: each entry must be a mapping"),
        ("broken.yaml", 10, "error", "section 'empty': 'items' must be a list"),
        ("broken.yaml", 8, "error", "section 'empty': at least one item is needed"),
        ("broken.yaml", 14, "error", "item 'amount': unknown choice list 'scale'"),
        ("broken.cy.yaml", 1, "warning", "no translation for the form's summary_title: the English is shown"),
        ("broken.cy.yaml", 1, "warning", "no translation for the form's summary_date_label: the English is shown"),
        ("broken.cy.yaml", 1, "warning", "no translation for section 'empty' title: the English is shown"),
        ("broken.cy.yaml", 1, "warning", "no translation for section 'main' title: the English is shown"),
        ("broken.cy.yaml", 1, "warning", "no translation for item 'amount' label: the English is shown"),
    ]
