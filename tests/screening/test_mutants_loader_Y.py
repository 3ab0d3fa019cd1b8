"""How the screening loader reports a form's figures block and its summary settings to the form's author: every
figure that is missing or not a mapping is reported, not just the first, and the figures that are right still load;
an unknown item, or an item not marked summary: true, is reported on the line of its 'item' key, and values that
are not a list on the line of its 'values' key; a figure whose item is missing names the figure; and a
summary_title that is not text names the form.

Written from the mutation-testing survivors (issue 14). Each test builds its own form text.
"""

from __future__ import annotations

from pathlib import Path

from nps_trainer.screening.loader import load_form_text
from nps_trainer.screening.model import DEFAULT_SUMMARY_DATE_LABEL, DEFAULT_SUMMARY_TITLE

HEAD = """\
id: figures-form
version: "1"
title: Figures
sections:
  - id: main
    title: Main
    items:
      - {id: uses, type: yes_no, label: Uses?, summary: true}
      - {id: kind, type: single_choice, label: Kind, summary: true, choices: [{id: spice, label: Spice}]}
      - {id: notes, type: text, label: Notes}
      - {id: route, type: single_choice, label: Route, choices: [{id: smoked, label: Smoked}]}
"""


def problems_of(text: str, tmp_path: Path) -> list[tuple[int, str]]:
    result = load_form_text(text, tmp_path / "figures-form.yaml")
    return [(p.line, p.message) for p in result.problems]


def test_every_missing_or_misshapen_figure_is_reported_and_the_good_ones_still_load(tmp_path: Path) -> None:
    text = HEAD + """\
figures:
  nps: {item: kind, values: [spice]}
  opioids: kind
  injecting: {item: uses, values: [true]}
  in_treatment: {item: uses, values: ["no"]}
  recent_release: uses
  naloxone_held: {item: uses, values: ["yes"]}
"""
    result = load_form_text(text, tmp_path / "figures-form.yaml")
    assert [(p.line, p.message) for p in result.problems] == [
        (13, "figures: 'class_a' is required (an item marked summary: true and its values)"),
        (14, "figures 'opioids': must be a mapping with 'item' and 'values'"),
        (17, "figures 'recent_release': must be a mapping with 'item' and 'values'"),
    ]
    assert result.form is not None
    assert {key: (test.item, sorted(test.values)) for key, test in result.form.figures.items()} == {
        "nps": ("kind", ["spice"]),
        "injecting": ("uses", ["yes"]),
        "in_treatment": ("uses", ["no"]),
        "naloxone_held": ("uses", ["yes"]),
    }


def test_two_missing_figures_are_both_reported(tmp_path: Path) -> None:
    text = HEAD + """\
figures:
  nps: {item: kind, values: [spice]}
  opioids: {item: kind, values: [spice]}
  injecting: {item: uses, values: [true]}
  in_treatment: {item: uses, values: ["no"]}
  recent_release: {item: uses, values: ["yes"]}
"""
    assert problems_of(text, tmp_path) == [
        (13, "figures: 'class_a' is required (an item marked summary: true and its values)"),
        (13, "figures: 'naloxone_held' is required (an item marked summary: true and its values)"),
    ]


BLOCK_FIGURES = HEAD + """\
figures:
  class_a:
    values: [spice]
    item: kind
  nps:
    values: [spice]
    item: nope
  opioids:
    values: [smoked]
    item: route
  injecting: {item: uses, values: [true]}
  in_treatment:
    item: uses
    values: "no"
  recent_release:
    values: ["yes"]
  naloxone_held:
    values: ["yes"]
    item: [uses]
"""


def test_a_figures_item_or_values_mistake_is_reported_on_the_line_of_that_key(tmp_path: Path) -> None:
    assert problems_of(BLOCK_FIGURES, tmp_path) == [
        (18, "figures 'nps': unknown item 'nope'"),
        (21, "figures 'opioids': item 'route' must be marked summary: true, so that its answer is kept in plain "
             "for counting"),
        (25, "figures 'in_treatment': 'values' must be a list of at least one choice id"),
        (27, "figures 'recent_release': 'item' is required"),
        (30, "figures 'naloxone_held': 'item' must be text"),
    ]


def test_a_summary_title_that_is_not_text_names_the_form_and_the_default_is_used(tmp_path: Path) -> None:
    text = HEAD + "summary_title: [Screening, summary]\n"
    result = load_form_text(text, tmp_path / "figures-form.yaml")
    assert [(p.line, p.message) for p in result.problems] == [(12, "form: 'summary_title' must be text")]
    assert result.form is not None
    assert (result.form.summary_title, result.form.summary_date_label) == (
        DEFAULT_SUMMARY_TITLE, DEFAULT_SUMMARY_DATE_LABEL)
