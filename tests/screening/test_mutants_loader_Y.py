"""How the screening loader reports a form's figures block and its summary settings to the form's author: every
figure that is missing or not a mapping is reported, not just the first, and the figures that are right still load;
an unknown item, or an item not marked summary: true, is reported on the line of its 'item' key, and values that
are not a list on the line of its 'values' key; a figure whose item is missing names the figure; and a
summary_title that is not text names the form. A section's items that are missing or not mappings, its
description and its visible_if are reported naming the section; a repeat group's calculations of the wrong shape
name the group; and a section or item without an id is named "adran" or "eitem" in Welsh. An item's unit,
integer, instance_label and own choices of the wrong kind are reported naming the item, choices on an item that
is not a choice item at the line of its 'choices' key; and the load result carries the named choice lists.

Written from the mutation-testing survivors (issue 14). Each test builds its own form text.
"""

from __future__ import annotations

from pathlib import Path

from nps_trainer.screening.loader import load_form_text
from nps_trainer.screening.model import DEFAULT_SUMMARY_DATE_LABEL, DEFAULT_SUMMARY_TITLE, Choice

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


SECTION_MISTAKES = """\
id: section-mistakes
version: "1"
title: Section mistakes
sections:
  - id: main
    title: Main
    description: [About, you]
    visible_if: uses ==
    items:
      - {id: uses, type: yes_no, label: Uses?}
      - just a name
  - id: empty
    title: Empty
"""


def test_a_sections_mistakes_name_the_section(tmp_path: Path) -> None:
    result = load_form_text(SECTION_MISTAKES, tmp_path / "section-mistakes.yaml")
    assert [(p.line, p.message) for p in result.problems] == [
        (11, "section 'main' items: each entry must be a mapping"),
        (7, "section 'main': 'description' must be text"),
        (8, "section 'main' visible_if: cannot parse expression 'uses ==': unexpected end of expression (column 8)"),
        (12, "section 'empty': 'items' is required"),
        (12, "section 'empty': at least one item is needed"),
    ]
    assert result.form is not None
    assert [(s.id, [i.id for i in s.items], s.description) for s in result.form.sections] == [
        ("main", ["uses"], ""), ("empty", [], "")]


REPEAT_CALCULATIONS = """\
id: repeat-calculations
version: "1"
title: Repeat calculations
sections:
  - id: main
    title: Main
    items:
      - id: visits
        type: repeat
        label: Visits
        items:
          - {id: days, type: number, label: Days}
        calculations:
          - {id: weeks, expression: days / 7}
          - fortnights
      - id: stays
        type: repeat
        label: Stays
        items:
          - {id: nights, type: number, label: Nights}
        calculations: nights * 2
"""


def test_a_repeat_groups_calculations_of_the_wrong_shape_name_the_group(tmp_path: Path) -> None:
    result = load_form_text(REPEAT_CALCULATIONS, tmp_path / "repeat-calculations.yaml")
    assert [(p.line, p.message) for p in result.problems] == [
        (15, "item 'visits' calculations: each entry must be a mapping"),
        (21, "item 'stays': 'calculations' must be a list"),
    ]
    assert result.form is not None
    assert [c.id for c in result.form.item("visits").calculations] == ["weeks"]
    assert result.form.item("stays").calculations == ()


NO_IDS = """\
id: no-ids
version: "1"
title: No ids
sections:
  - title: Main
    colour: red
    items:
      - {type: yes_no, label: Uses?, colour: blue}
"""


def test_a_section_or_item_without_an_id_is_named_in_welsh(welsh: None, tmp_path: Path) -> None:
    result = load_form_text(NO_IDS, tmp_path / "no-ids.yaml")
    assert [(p.line, p.message) for p in result.problems] == [
        (6, "adran: allwedd anhysbys 'colour' (caniateir: description, id, items, title, visible_if)"),
        (5, "adran: mae angen 'id'"),
        (8, "eitem: allwedd anhysbys 'colour' (caniateir: calculations, choices, constraints, help, id, "
            "instance_label, integer, items, label, max, max_instances, max_length, min, required, share, summary, "
            "type, unit, visible_if)"),
        (8, "eitem: mae angen 'id'"),
    ]


ITEM_SETTINGS = """\
id: item-settings
version: "1"
title: Item settings
choice_lists:
  drugs:
    - {id: spice, label: Spice}
    - {id: heroin, label: Heroin}
sections:
  - id: main
    title: Main
    items:
      - {id: dose, type: number, label: Dose, unit: [mg], integer: maybe}
      - id: notes
        type: text
        label: Notes
        choices: drugs
      - id: route
        type: single_choice
        label: Route
        choices:
          - {id: smoked, label: Smoked}
          - {id: smoked, label: Smoked again}
      - id: visits
        type: repeat
        label: Visits
        instance_label: [Visit]
        items:
          - {id: days, type: number, label: Days}
"""


def test_an_items_settings_of_the_wrong_kind_are_reported_naming_the_item(tmp_path: Path) -> None:
    result = load_form_text(ITEM_SETTINGS, tmp_path / "item-settings.yaml")
    assert [(p.line, p.message) for p in result.problems] == [
        (12, "item 'dose': 'unit' must be text"),
        (12, "item 'dose': 'integer' must be true or false"),
        (16, "item 'notes': 'choices' only applies to choice items"),
        (22, "item 'route': duplicate choice 'smoked'"),
        (26, "item 'visits': 'instance_label' must be text"),
    ]
    assert result.form is not None
    dose = result.form.item("dose")
    assert (dose.unit, dose.integer) == ("", False)
    assert result.form.item("notes").choices == ()
    assert result.form.item("visits").instance_label == ""


def test_the_load_result_carries_the_forms_named_choice_lists(tmp_path: Path) -> None:
    result = load_form_text(ITEM_SETTINGS, tmp_path / "item-settings.yaml")
    assert result.choice_lists == {"drugs": (Choice("spice", "Spice", 6), Choice("heroin", "Heroin", 7))}
