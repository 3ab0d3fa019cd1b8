"""Loading a form definition: what a form author's YAML turns into, and each structural mistake reported with
its exact message and line.

Written from the mutation-testing survivors (issue 14).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nps_trainer.screening.checks import check_references
from nps_trainer.screening.loader import load_form_text
from nps_trainer.screening.model import FlagSeverity, FormDefinition, ItemType

BASE = """\
id: tiny-form
version: "1.2"
title: Tiny form
description: A form for tests.
choice_lists:
  drugs:
    - {id: spice, label: Spice}
    - {id: heroin, label: Heroin}
sections:
  - id: main
    title: Main
    description: The main questions.
    items:
      - {id: uses, type: yes_no, label: Uses anything?, required: true, summary: true, help: Say yes or no.}
      - id: kind
        type: single_choice
        label: What?
        choices: drugs
        share: false
      - id: amount
        type: number
        label: Spend
        unit: £
        min: 0
        max: 500
        integer: true
      - id: notes
        type: text
        label: Notes
        max_length: 200
        visible_if: uses == true
      - id: subs
        type: repeat
        label: Substances
        instance_label: Substance
        max_instances: 5
        calculations:
          - {id: big, label: Big, expression: days > 20}
        items:
          - {id: cat, type: single_choice, label: Category, choices: [{id: spice, label: Spice}]}
          - {id: days, type: number, label: Days}
calculations:
  - {id: total, expression: amount + 1}
flags:
  - id: spice
    severity: red
    title: Spice
    when: kind == 'spice'
    explanation: Spice recorded.
    action: Advise.
"""


def load(text: str) -> tuple[FormDefinition | None, list[tuple[int, str]]]:
    result = load_form_text(text, Path("tiny.yaml"))
    return result.form, [(p.line, p.message) for p in result.problems]


def line_of(text: str, needle: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(needle)


FLAG_LINE = line_of(BASE, "- id: spice")


def test_the_base_form_loads_with_every_field() -> None:
    form, problems = load(BASE)
    assert problems == [] and form is not None
    assert (form.id, form.version, form.title, form.description) == ("tiny-form", "1.2", "Tiny form",
                                                                     "A form for tests.")
    assert form.line == 1 and form.path == Path("tiny.yaml")
    main = form.sections[0]
    main_line = line_of(BASE, "- id: main")
    assert (main.id, main.title, main.description, main.line) == ("main", "Main", "The main questions.", main_line)
    uses = form.item("uses")
    assert (uses.type, uses.label, uses.required, uses.summary, uses.help, uses.share, uses.line) == (
        ItemType.YES_NO, "Uses anything?", True, True, "Say yes or no.", True, 14)
    kind = form.item("kind")
    assert [c.id for c in kind.choices] == ["spice", "heroin"] and kind.share is False
    assert kind.choices[0].label == "Spice" and kind.choices[0].line == line_of(BASE, "{id: spice, label: Spice}")
    amount = form.item("amount")
    assert (amount.unit, amount.minimum, amount.maximum, amount.integer) == ("£", 0, 500, True)
    notes = form.item("notes")
    assert notes.max_length == 200 and str(notes.visible_if) == "uses == true"
    assert notes.required is False and notes.integer is False and notes.summary is False
    subs = form.item("subs")
    assert (subs.instance_label, subs.max_instances, [i.id for i in subs.items]) == ("Substance", 5, ["cat", "days"])
    assert subs.calculations[0].label == "Big" and subs.calculations[0].line == line_of(BASE, "{id: big")
    assert form.group_of("cat") == "subs"
    total = form.calculations[0]
    total_line = line_of(BASE, "{id: total")
    assert (total.id, total.label, str(total.expression), total.line) == ("total", "total", "amount + 1", total_line)
    flag = form.flags[0]
    assert (flag.id, flag.severity, flag.title, str(flag.when), flag.explanation, flag.action, flag.line) == (
        "spice", FlagSeverity.RED, "Spice", "kind == 'spice'", "Spice recorded.", "Advise.", FLAG_LINE)
    assert form.summary_date_item is None and form.share_consent is None and form.figures == {}


@pytest.mark.parametrize(
    ("old", "new", "needle", "message"),
    [
        ("id: tiny-form", "id: Tiny_Form", "id: Tiny_Form",
         "form id 'Tiny_Form' must be lowercase letters, digits and hyphens"),
        ('version: "1.2"', "version: ''", "version: ''", "form: 'version' is required"),
        ("title: Tiny form\n", "title: [a, b]\n", "title: [a, b]", "form: 'title' must be text"),
        ("description: A form for tests.", "colour: blue", "colour: blue",
         "form: unknown key 'colour' (allowed: calculations, choice_lists, description, figures, flags, id, "
         "sections, share_consent, summary_date_item, summary_date_label, summary_title, title, "
         "unknown_conditions, version)"),
        ("  - id: main\n", "  - id: Main\n", "- id: Main",
         "section: id 'Main' must be lowercase letters, digits and underscores"),
        ("required: true, summary", "required: 'yes', summary", "required: 'yes'",
         "item 'uses': 'required' must be true or false"),
        ("type: yes_no, label: Uses", "type: boolean, label: Uses", "type: boolean",
         "item 'uses': unknown item type 'boolean' (known: single_choice, multiple_choice, yes_no, number, date, "
         "text, note, repeat)"),
        ("min: 0\n", "min: 600\n", "min: 600", "item 'amount': min (600) is greater than max (500)"),
        ("max: 500\n", "max: .nan\n", "max: .nan", "item 'amount': 'max' must be a number"),
        ("min: 0\n", "min: zero\n", "min: zero", "item 'amount': 'min' must be a number"),
        ("label: Notes\n", "label: Notes\n        unit: words\n", "unit: words",
         "item 'notes': 'unit' only applies to number items"),
        ("integer: true\n", "integer: true\n        max_length: 3\n", "max_length: 3",
         "item 'amount': 'max_length' only applies to text items"),
        ("share: false\n", "share: false\n        help: [x]\n", "help: [x]", "item 'kind': 'help' must be text"),
        ("share: false\n", "share: maybe\n", "share: maybe", "item 'kind': 'share' must be true or false"),
        ("label: Notes\n", "label: Notes\n        summary: true\n", "        summary: true",
         "item 'notes': only choice and yes/no items may go in the anonymised summary (no free text, numbers or "
         "dates)"),
        ("{id: uses, type: yes_no", "{id: about, type: note, label: About, required: true}\n"
         "      - {id: uses, type: yes_no", "id: about", "item 'about': a note takes no answer, so cannot be required"),
        ("choices: drugs\n", "choices: pills\n", "choices: pills",
         "item 'kind': unknown choice list 'pills'"),
        ("choices: drugs\n", "choices: 7\n", "choices: 7",
         "item 'kind': 'choices' must be a list or the name of a choice list"),
        ("choices: drugs\n", "choices: []\n", "choices: []", "item 'kind': needs at least one choice"),
        ("        choices: drugs\n", "", "- id: kind",
         "item 'kind': a single_choice item needs 'choices'"),
        ("label: Uses anything?, required", "label: Uses anything?, choices: drugs, required", "label: Uses anything?",
         "item 'uses': 'choices' only applies to choice items"),
        ("- {id: heroin, label: Heroin}", "- {id: spice, label: Heroin}", "id: spice, label: Heroin",
         "choice list 'drugs': duplicate choice 'spice'"),
        ("- {id: heroin, label: Heroin}", "- {id: __declined__, label: Heroin}", "__declined__",
         "choice list 'drugs': choice id '__declined__' is reserved for special answers"),
        ("- {id: heroin, label: Heroin}", "- {id: Heroin, label: Heroin}", "id: Heroin",
         "choice list 'drugs': choice id 'Heroin' must be lowercase letters, digits and underscores"),
        ("- {id: heroin, label: Heroin}", "- {id: heroin, label: Heroin, colour: red}", "colour: red",
         "choice list 'drugs': unknown key 'colour' (allowed: id, label)"),
        ("- {id: heroin, label: Heroin}", "- heroin", "- heroin", "choice list 'drugs': each entry must be a mapping"),
        ("  drugs:\n", "  drugs: spice\n  other:\n", "drugs: spice", "choice list 'drugs' must be a list of choices"),
        ("{id: days, type: number, label: Days}", "{id: uses, type: number, label: Days}", "{id: uses, type: number",
         "duplicate id 'uses' (first used on line 14)"),
        ("max_instances: 5", "max_instances: five", "max_instances: five",
         "item 'subs': 'max_instances' must be a number"),
        ("unit: £\n", "unit: £\n        instance_label: Spend\n", "instance_label: Spend",
         "item 'amount': 'instance_label' only applies to repeat groups"),
        ("visible_if: uses == true\n", "visible_if: uses = true\n", "visible_if: uses = true",
         "item 'notes' visible_if: cannot parse expression 'uses = true': use '==' to compare, not '=' (column 6)"),
        ("visible_if: uses == true\n", "visible_if: [uses]\n", "visible_if: [uses]",
         "item 'notes' visible_if: expression must be text"),
        ("  - {id: total, expression: amount + 1}", "  - {id: total, label: Total}", "id: total",
         "calculation 'total': 'expression' is required"),
        ("  - {id: total, expression: amount + 1}", "  - {id: total, expression: amount + 1, colour: red}",
         "colour: red", "calculation: unknown key 'colour' (allowed: expression, id, label)"),
        ("    title: Spice\n", "    title: Spice\n    colour: red\n", "colour: red",
         "flag: unknown key 'colour' (allowed: action, explanation, id, severity, title, when)"),
        ("    description: The main questions.\n", "    colour: red\n", "colour: red",
         "section: unknown key 'colour' (allowed: description, id, items, title, visible_if)"),
        ("        label: Spend\n", "        label: Spend\n        colour: red\n", "colour: red",
         "item: unknown key 'colour' (allowed: calculations, choices, constraints, help, id, instance_label, "
         "integer, items, label, max, max_instances, max_length, min, required, share, summary, type, unit, "
         "visible_if)"),
        ("  - {id: total, expression: amount + 1}", "  - {id: Total, expression: amount + 1}", "id: Total",
         "calculation: id 'Total' must be lowercase letters, digits and underscores"),
        ("  - {id: total, expression: amount + 1}", "  - {label: Total, expression: amount + 1}", "label: Total",
         "calculation: 'id' is required"),
        ("  - id: spice\n", "  - id: Spice\n", "id: Spice", "flag: id 'Spice' must be lowercase letters, digits and "
         "underscores"),
        ("  - id: spice\n", "  - id: ''\n", "id: ''", "flag: 'id' is required"),
        ("      - id: amount\n", "      - id: Amount\n", "id: Amount",
         "item: id 'Amount' must be lowercase letters, digits and underscores"),
        ("      - id: amount\n", "      - id: 12\n", "id: 12", "item: id '12' must be lowercase letters, digits and "
         "underscores"),
        ("  - id: main\n", "  - id: ''\n", "id: ''", "section: 'id' is required"),
        ("  - {id: total, expression: amount + 1}", "  - {id: total, label: [x], expression: amount + 1}",
         "id: total", "calculation 'total': 'label' must be text"),
        ("    - {id: heroin, label: Heroin}", "    - label: Heroin\n      id: __not_known__", "id: __not_known__",
         "choice list 'drugs': choice id '__not_known__' is reserved for special answers"),
        ("    - {id: heroin, label: Heroin}", "    - label: Heroin\n      id: Heroin", "id: Heroin",
         "choice list 'drugs': choice id 'Heroin' must be lowercase letters, digits and underscores"),
        ("    - {id: heroin, label: Heroin}", "    - label: Heroin\n      id: spice", "      id: spice",
         "choice list 'drugs': duplicate choice 'spice'"),
        ("    - {id: heroin, label: Heroin}", "    - {label: Heroin}", "label: Heroin}",
         "choice list 'drugs': 'id' is required"),
        ("    - {id: heroin, label: Heroin}", "    - {id: heroin}", "{id: heroin}",
         "choice list 'drugs': 'label' is required"),
        ("sections:\n", "  pills: spice\nsections:\n", "pills: spice", "choice list 'pills' must be a list of choices"),
        ("label: Notes\n", "label: Notes\n        min: 1\n", "min: 1",
         "item 'notes': 'min' only applies to number items"),
        ("label: Notes\n", "label: Notes\n        max: 1\n", "max: 1",
         "item 'notes': 'max' only applies to number items"),
        ("label: Notes\n", "label: Notes\n        integer: false\n", "integer: false",
         "item 'notes': 'integer' only applies to number items"),
        ("label: Notes\n", "label: Notes\n        items: []\n", "items: []",
         "item 'notes': 'items' only applies to repeat groups"),
        ("label: Notes\n", "label: Notes\n        calculations: []\n", "calculations: []",
         "item 'notes': 'calculations' only applies to repeat groups"),
        ("label: Notes\n", "label: Notes\n        max_instances: 2\n", "max_instances: 2",
         "item 'notes': 'max_instances' only applies to repeat groups"),
        ("        type: text\n", "", "- id: notes", "item 'notes': 'type' is required"),
        ("        label: Notes\n", "", "- id: notes", "item 'notes': 'label' is required"),
        ("        type: text\n", "        type: [text]\n", "type: [text]", "item 'notes': 'type' must be text"),
        ("    title: Main\n", "", "- id: main", "section 'main': 'title' is required"),
        ("title: Tiny form\n", "", "id: tiny-form", "form: 'title' is required"),
        ("id: tiny-form\n", "", "version:", "form: 'id' is required"),
        ("description: A form for tests.", "description: [a]", "description: [a]", "form: 'description' must be text"),
        ("description: A form for tests.", "share_consent: uses ==", "share_consent:",
         "form share_consent: cannot parse expression 'uses ==': unexpected end of expression (column 8)"),
        ("description: A form for tests.", "summary_date_item: [a]", "summary_date_item:",
         "form: 'summary_date_item' must be text"),
        ("        type: text\n", "        type: essay\n", "type: essay",
         "item 'notes': unknown item type 'essay' (known: single_choice, multiple_choice, yes_no, number, date, "
         "text, note, repeat)"),
        ("        type: text\n", "        type: note\n        required: true\n", "        required: true",
         "item 'notes': a note takes no answer, so cannot be required"),
        ("          - {id: days, type: number, label: Days}\n",
         "          - id: inner\n            label: Inner\n            type: repeat\n"
         "            items: [{id: x, type: text, label: X}]\n",
         "            type: repeat", "item 'inner': repeat groups cannot be nested (inside 'subs')"),
        ("        max_length: 200\n", "        max_length: long\n", "max_length: long",
         "item 'notes': 'max_length' must be a number"),
        ("        type: text\n", "        type: text\n        summary: maybe\n", "summary: maybe",
         "item 'notes': 'summary' must be true or false"),
        ("        max_length: 200\n", "        max_length: 200\n        constraints: [rule]\n", "constraints: [rule]",
         "item 'notes' constraints: each entry must be a mapping"),
        ("        max_length: 200\n", "        max_length: 200\n        constraints: rule\n", "constraints: rule",
         "item 'notes': 'constraints' must be a list"),
        ("        items:\n          - {id: cat", "        items: [cat]\n        other:\n          - {id: cat",
         "items: [cat]", "item 'subs' items: each entry must be a mapping"),
        ("        items:\n          - {id: cat", "        items: cat\n        other:\n          - {id: cat",
         "items: cat", "item 'subs': 'items' must be a list"),
        ("        items:\n          - {id: cat", "        other:\n          - {id: cat",
         "- id: subs", "item 'subs': 'items' is required"),
        ("    severity: red", "    severity: purple", "severity: purple",
         "flag 'spice': unknown severity 'purple' (known: info, amber, red)"),
        ("    when: kind == 'spice'\n", "", "  - id: spice", "flag 'spice': 'when' is required"),
        ("    action: Advise.\n", "", "  - id: spice", "flag 'spice': 'action' is required"),
    ],
)
def test_mistakes_are_reported_with_their_line(old: str, new: str, needle: str, message: str) -> None:
    assert old in BASE
    text = BASE.replace(old, new, 1)
    form, problems = load(text)
    assert (line_of(text, needle), message) in problems, problems
    assert form is not None


def test_repeat_group_mistakes() -> None:
    text = BASE.replace("          - {id: days, type: number, label: Days}\n",
                        "          - {id: inner, type: repeat, label: Inner, items: [{id: x, type: text, label: X}]}\n")
    _, problems = load(text)
    assert (line_of(text, "id: inner"), "item 'inner': repeat groups cannot be nested (inside 'subs')") in problems
    empty = BASE.replace("        items:\n          - {id: cat",
                         "        items: []\n        other:\n          - {id: cat")
    _, problems = load(empty)
    assert (line_of(empty, "- id: subs"), "item 'subs': a repeat group needs at least one item") in problems


def test_section_and_form_level_mistakes() -> None:
    no_items = BASE.replace("    items:\n      - {id: uses", "    items: []\n    other:\n      - {id: uses", 1)
    _, problems = load(no_items)
    assert (line_of(no_items, "- id: main"), "section 'main': at least one item is needed") in problems
    no_sections = BASE.replace("sections:\n", "sections: []\nold_sections:\n")
    _, problems = load(no_sections)
    assert (1, "form: at least one section is needed") in problems
    missing = BASE.replace("sections:\n", "old_sections:\n")
    _, problems = load(missing)
    assert (1, "form: 'sections' is required") in problems
    not_list = BASE.replace("calculations:\n  - {id: total", "calculations: total\nold:\n  - {id: total")
    _, problems = load(not_list)
    assert (line_of(not_list, "calculations: total"), "form: 'calculations' must be a list") in problems
    entry = BASE.replace("flags:\n  - id: spice", "flags:\n  - spice\n  - id: spice")
    _, problems = load(entry)
    assert (line_of(entry, "  - spice"), "flags: each entry must be a mapping") in problems
    lists = BASE.replace("choice_lists:\n  drugs:", "choice_lists: [drugs]\nold:\n  drugs:")
    _, problems = load(lists)
    assert (line_of(lists, "choice_lists: [drugs]"), "form: 'choice_lists' must be a mapping of name to choices") \
        in problems


def test_duplicate_flags_are_reported_at_the_second() -> None:
    text = BASE + "  - {id: spice, severity: info, title: Again, when: 'true', explanation: E., action: A.}\n"
    _, problems = load(text)
    assert (line_of(text, "title: Again"), f"duplicate flag id 'spice' (first used on line {FLAG_LINE})") in problems


def test_constraints_need_a_rule_and_a_message() -> None:
    text = BASE.replace("max_length: 200\n", "max_length: 200\n        constraints: [{message: Too long.}]\n")
    _, problems = load(text)
    assert (line_of(text, "constraints:"), "item 'notes' constraint: 'rule' is required") in problems
    text = BASE.replace("max_length: 200\n", "max_length: 200\n        constraints: [{rule: 'true'}]\n")
    _, problems = load(text)
    assert (line_of(text, "constraints:"), "item 'notes' constraint: 'message' is required") in problems
    text = BASE.replace("max_length: 200\n",
                        "max_length: 200\n        constraints: [{rule: 'true', message: M, x: 1}]\n")
    _, problems = load(text)
    assert (line_of(text, "constraints:"), "item 'notes' constraint: unknown key 'x' (allowed: message, rule)") \
        in problems


def test_an_empty_or_unreadable_form() -> None:
    assert load("") == (None, [(1, "file is empty")])
    assert load("- a\n- b\n") == (None, [(1, "a form definition must be a mapping with id, version, title and "
                                             "sections")])


FIGURES = """\
figures:
  class_a: {item: cat, values: [spice]}
  nps: {item: kind, values: [spice, heroin]}
  opioids: {item: kind, values: [heroin]}
  injecting: {item: uses, values: [true]}
  in_treatment: {item: uses, values: ["no"]}
  recent_release: {item: uses, values: [yes]}
  naloxone_held: {item: uses, values: [false, "yes"]}
"""


def with_figures(figures: str = FIGURES) -> str:
    text = BASE.replace("        share: false\n", "        share: false\n        summary: true\n")
    text = text.replace("{id: cat, type: single_choice, label: Category,", "{id: cat, type: single_choice, "
                        "label: Category, summary: true,")
    return text + figures


def test_the_figures_block_loads_each_test() -> None:
    text = with_figures()
    form, problems = load(text)
    assert problems == [] and form is not None
    assert {key: (test.item, sorted(test.values), test.line) for key, test in form.figures.items()} == {
        "class_a": ("cat", ["spice"], line_of(text, "class_a:")),
        "nps": ("kind", ["heroin", "spice"], line_of(text, "nps:")),
        "opioids": ("kind", ["heroin"], line_of(text, "opioids:")),
        "injecting": ("uses", ["yes"], line_of(text, "injecting:")),
        "in_treatment": ("uses", ["no"], line_of(text, "in_treatment:")),
        "recent_release": ("uses", ["yes"], line_of(text, "recent_release:")),
        "naloxone_held": ("uses", ["no", "yes"], line_of(text, "naloxone_held:")),
    }


@pytest.mark.parametrize(
    ("old", "new", "needle", "message"),
    [
        ("  nps: {item: kind, values: [spice, heroin]}\n", "", "class_a:",
         "figures: 'nps' is required (an item marked summary: true and its values)"),
        ("  nps: {item: kind, values: [spice, heroin]}", "  nps: kind", "nps: kind",
         "figures 'nps': must be a mapping with 'item' and 'values'"),
        ("{item: kind, values: [spice, heroin]}", "{item: kind, values: [spice, heroin], colour: red}", "colour: red",
         "figures 'nps': unknown key 'colour' (allowed: item, values)"),
        ("  opioids:", "  cocaine: {item: kind, values: [spice]}\n  opioids:", "cocaine:",
         "figures: unknown key 'cocaine' (allowed: class_a, in_treatment, injecting, naloxone_held, nps, opioids, "
         "recent_release)"),
        ("{item: kind, values: [heroin]}", "{item: nope, values: [heroin]}", "opioids:",
         "figures 'opioids': unknown item 'nope'"),
        ("{item: kind, values: [heroin]}", "{item: amount, values: [heroin]}", "opioids:",
         "figures 'opioids': item 'amount' must be marked summary: true, so that its answer is kept in plain for "
         "counting"),
        ("{item: kind, values: [heroin]}", "{item: kind, values: []}", "opioids:",
         "figures 'opioids': 'values' must be a list of at least one choice id"),
        ("{item: kind, values: [heroin]}", "{item: kind, values: heroin}", "opioids:",
         "figures 'opioids': 'values' must be a list of at least one choice id"),
        ("{item: kind, values: [heroin]}", "{item: kind}", "opioids:",
         "figures 'opioids': 'values' must be a list of at least one choice id"),
        ("{item: kind, values: [heroin]}", "{item: kind, values: [1]}", "opioids:",
         "figures 'opioids': each value must be a choice id"),
        ("{item: kind, values: [heroin]}", "{item: kind, values: [ket]}", "opioids:",
         "figures 'opioids': 'ket' is not a choice of item 'kind' (choices: heroin, spice)"),
        ("{item: uses, values: [true]}", "{item: uses, values: [maybe]}", "injecting:",
         "figures 'injecting': 'maybe' is not a choice of item 'uses' (choices: no, yes)"),
    ],
)
def test_figures_mistakes_are_reported_with_their_line(old: str, new: str, needle: str, message: str) -> None:
    text = with_figures(FIGURES.replace(old, new, 1))
    _, problems = load(text)
    assert (line_of(text, needle), message) in problems, problems


def test_figures_that_are_not_a_mapping() -> None:
    text = with_figures("figures: [class_a]\n")
    form, problems = load(text)
    assert problems == [(line_of(text, "figures:"), "form: 'figures' must be a mapping of class_a, nps, opioids, "
                         "injecting, in_treatment, recent_release, naloxone_held to an item and values")]
    assert form is not None and form.figures == {}


def test_a_bad_choice_or_choice_list_does_not_hide_the_ones_after_it() -> None:
    text = BASE.replace("choice_lists:\n", "choice_lists:\n  pills: spice\n")
    form, problems = load(text)
    assert problems == [(line_of(text, "pills: spice"), "choice list 'pills' must be a list of choices")]
    assert form is not None and [c.id for c in form.item("kind").choices] == ["spice", "heroin"]
    text = BASE.replace("    - {id: spice, label: Spice}\n", "    - {label: Spice}\n")
    form, problems = load(text)
    assert problems == [(line_of(text, "{label: Spice}"), "choice list 'drugs': 'id' is required")]
    assert form is not None and [c.id for c in form.item("kind").choices] == ["heroin"]


def test_form_level_settings_load() -> None:
    text = BASE.replace("description: A form for tests.", "share_consent: uses == true\nsummary_date_item: notes")
    form, problems = load(text)
    assert problems == [] and form is not None
    assert str(form.share_consent) == "uses == true" and form.summary_date_item == "notes"
    assert form.description == ""
    assert form.item("notes").max_length == 200 and isinstance(form.item("notes").max_length, int)
    assert form.item("subs").max_instances == 5 and isinstance(form.item("subs").max_instances, int)
    unknown = BASE.replace("        type: text\n", "        type: essay\n")
    form, _ = load(unknown)
    assert form is not None and form.item("notes").type is ItemType.TEXT


def test_a_number_range_of_a_single_value_is_allowed() -> None:
    assert load(BASE.replace("        min: 0\n", "        min: 500\n"))[1] == []


def test_a_constraint_inside_a_repeat_group_reads_its_own_instance() -> None:
    text = BASE.replace("{id: days, type: number, label: Days}",
                        "{id: days, type: number, label: Days, constraints: [{rule: \"days < 28 or cat == 'spice'\", "
                        "message: Only spice is used daily.}]}")
    result = load_form_text(text, Path("tiny.yaml"))
    assert result.problems == []
    assert check_references(result) == []
