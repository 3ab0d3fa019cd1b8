"""A form's Welsh translation file as a form author and a Welsh-speaking practitioner meet it: the form shown in
Welsh (English wherever a text is missing), and each mistake in the file reported with its line and exact words.

Written from the mutation-testing survivors (issue 14). Each test builds a small form and its translation file in
its own folder, loads them with the real loader and reads the real Welsh catalogue where Welsh is in use.
"""

from __future__ import annotations

import dataclasses
import locale
import logging
from pathlib import Path

from nps_trainer import i18n
from nps_trainer.i18n.catalogue import Catalogue
from nps_trainer.paths import translations_dir
from nps_trainer.screening.checks import load_form
from nps_trainer.screening.model import DEFAULT_SUMMARY_DATE_LABEL, DEFAULT_SUMMARY_TITLE, FormDefinition
from nps_trainer.screening.translation import EnglishTexts, localised, read_translation
from nps_trainer.validation import Severity

FORM = """\
id: tiny
version: "3"
title: Tiny check
description: A short check for tests.
summary_title: Tiny summary
summary_date_label: Checked on
choice_lists:
  answers:
    - {id: "yes", label: "Yes"}
    - {id: "no", label: "No"}
sections:
  - id: main
    title: Main questions
    description: The questions that matter.
    items:
      - id: mood
        type: single_choice
        label: How are they?
        help: Ask gently.
        choices: answers
      - id: spend
        type: number
        label: Weekly spend
        unit: pounds
        constraints:
          - rule: spend >= 0
            message: Spend cannot be below nothing.
          - rule: spend < 1000
            message: Spend looks too high.
      - id: drink
        type: single_choice
        label: Drink?
        choices:
          - {id: beer, label: Beer}
          - {id: wine, label: Wine}
      - id: subs
        type: repeat
        label: Substances
        instance_label: Substance
        calculations:
          - {id: heavy, label: Heavy use, expression: days > 20}
        items:
          - {id: days, type: number, label: Days used}
calculations:
  - {id: doubled, label: Spend doubled, expression: spend * 2}
  - {id: plain, expression: spend + 1}
flags:
  - id: high_spend
    severity: amber
    title: High spend
    when: spend > 100
    explanation: They spend a lot.
    action: Talk about money.
"""

HEAD = 'form: tiny\nversion: "3"\n'

FULL = HEAD + """\
translation_reviewed: true
title: Gwiriad bach
description: Gwiriad byr ar gyfer profion.
summary_title: Crynodeb bach
summary_date_label: Gwiriwyd ar
sections:
  main:
    title: Prif gwestiynau
    description: Y cwestiynau sy'n bwysig.
items:
  mood:
    label: Sut maen nhw?
    help: Gofynnwch yn dyner.
  spend:
    label: Gwariant wythnosol
    unit: punt
    constraints:
      - Ni all gwariant fod yn llai na dim.
      - Mae'r gwariant yn edrych yn rhy uchel.
  drink:
    label: Diod?
    choices:
      beer: Cwrw
      wine: Gwin
  subs:
    label: Sylweddau
    instance_label: Sylwedd
  days:
    label: Diwrnodau o ddefnyddio
choice_lists:
  answers:
    "yes": Ie
    "no": Na
calculations:
  doubled: Gwariant wedi'i ddyblu
  heavy: Defnydd trwm
flags:
  high_spend:
    title: Gwariant uchel
    explanation: Maen nhw'n gwario llawer.
    action: Siaradwch am arian.
"""


def _write(folder: Path, form_text: str, translation_text: str | bytes,
           translation_name: str = "tiny.cy.yaml") -> tuple[FormDefinition, Path]:
    (folder / "tiny.yaml").write_text(form_text, encoding="utf-8")
    path = folder / translation_name
    if isinstance(translation_text, bytes):
        path.write_bytes(translation_text)
    else:
        path.write_text(translation_text, encoding="utf-8")
    return load_form(folder / "tiny.yaml"), path


def _line(text: str, needle: str) -> int:
    lines = [n for n, line in enumerate(text.splitlines(), 1) if needle in line]
    assert len(lines) == 1, (needle, lines)
    return lines[0]


def _use_welsh() -> None:
    files = sorted((translations_dir() / i18n.WELSH).glob("*.ts"))
    i18n.use(i18n.WELSH, Catalogue.from_files(i18n.WELSH, files).translate)


def _problems(form: FormDefinition, path: Path, severity: Severity) -> list[tuple[int, str]]:
    return [(p.line, p.message) for p in read_translation(path, EnglishTexts.of(form)).problems
            if p.severity is severity]


# -- the form in Welsh -------------------------------------------------------------------------------------------
def test_every_text_of_the_form_is_shown_in_welsh(tmp_path: Path) -> None:
    form, _path = _write(tmp_path, FORM, FULL)
    assert _problems(form, _path, Severity.ERROR) == [] and _problems(form, _path, Severity.WARNING) == []
    welsh = localised(form, "cy")
    assert (welsh.language, welsh.translation_reviewed, welsh.unreviewed_translation) == ("cy", True, False)
    assert (welsh.title, welsh.description, welsh.summary_title, welsh.summary_date_label) == (
        "Gwiriad bach", "Gwiriad byr ar gyfer profion.", "Crynodeb bach", "Gwiriwyd ar")
    section = welsh.sections[0]
    assert (section.title, section.description) == ("Prif gwestiynau", "Y cwestiynau sy'n bwysig.")
    mood, spend, drink = welsh.item("mood"), welsh.item("spend"), welsh.item("drink")
    assert (mood.label, mood.help, [c.label for c in mood.choices]) == ("Sut maen nhw?", "Gofynnwch yn dyner.",
                                                                        ["Ie", "Na"])
    assert (spend.label, spend.unit) == ("Gwariant wythnosol", "punt")
    assert [c.message for c in spend.constraints] == ["Ni all gwariant fod yn llai na dim.",
                                                      "Mae'r gwariant yn edrych yn rhy uchel."]
    assert (drink.label, [c.label for c in drink.choices]) == ("Diod?", ["Cwrw", "Gwin"])
    subs = welsh.item("subs")
    assert (subs.label, subs.instance_label, subs.items[0].label) == ("Sylweddau", "Sylwedd",
                                                                      "Diwrnodau o ddefnyddio")
    assert [c.label for c in subs.calculations] == ["Defnydd trwm"]
    assert [c.label for c in welsh.calculations] == ["Gwariant wedi'i ddyblu", "plain"]
    flag = welsh.flag("high_spend")
    assert (flag.title, flag.explanation, flag.action) == ("Gwariant uchel", "Maen nhw'n gwario llawer.",
                                                           "Siaradwch am arian.")
    # only words change
    assert [(c.id, c.expression) for c in welsh.calculations] == [(c.id, c.expression) for c in form.calculations]
    assert welsh.flag("high_spend").when == form.flag("high_spend").when


def test_texts_missing_from_the_translation_stay_in_english(tmp_path: Path) -> None:
    form, _path = _write(tmp_path, FORM, HEAD)
    welsh = localised(form, "cy")
    assert (welsh.language, welsh.translation_reviewed, welsh.unreviewed_translation) == ("cy", False, True)
    assert (welsh.title, welsh.description, welsh.summary_title, welsh.summary_date_label) == (
        "Tiny check", "A short check for tests.", "Tiny summary", "Checked on")
    assert (welsh.sections[0].title, welsh.sections[0].description) == ("Main questions",
                                                                        "The questions that matter.")
    mood, spend, drink, subs = (welsh.item(i) for i in ("mood", "spend", "drink", "subs"))
    assert (mood.label, mood.help, [c.label for c in mood.choices]) == ("How are they?", "Ask gently.",
                                                                        ["Yes", "No"])
    assert (spend.unit, [c.message for c in spend.constraints]) == ("pounds", ["Spend cannot be below nothing.",
                                                                               "Spend looks too high."])
    assert [c.label for c in drink.choices] == ["Beer", "Wine"]
    assert (subs.instance_label, [c.label for c in subs.calculations]) == ("Substance", ["Heavy use"])
    assert [c.label for c in welsh.calculations] == ["Spend doubled", "plain"]
    flag = welsh.flag("high_spend")
    assert (flag.title, flag.explanation, flag.action) == ("High spend", "They spend a lot.", "Talk about money.")


def test_a_form_without_its_own_summary_words_gets_the_default_ones(tmp_path: Path) -> None:
    plain = FORM.replace("summary_title: Tiny summary\nsummary_date_label: Checked on\n", "")
    form, _path = _write(tmp_path, plain, HEAD)
    welsh = localised(form, "cy")
    assert (welsh.summary_title, welsh.summary_date_label) == (DEFAULT_SUMMARY_TITLE, DEFAULT_SUMMARY_DATE_LABEL)


def test_the_english_texts_of_a_form_read_without_its_file(tmp_path: Path) -> None:
    """A form made in memory (no file) still gives its texts; choice list labels come from the YAML read."""
    form, _path = _write(tmp_path, FORM.replace("description: A short check for tests.\n", ""), HEAD)
    english = EnglishTexts.of(form)
    assert ("description",) not in english.texts  # the form has none, so none is asked for
    assert english.texts[("title",)] == "Tiny check"
    assert english.texts[("choice_lists", "answers", "yes")] == "Yes"
    assert english.lists == {"answers": {"yes": "Yes", "no": "No"}} and english.list_of == {"mood": "answers"}
    assert english.calculations == {"doubled", "plain", "heavy"}
    assert ("calculations", "plain") not in english.texts  # named by its id, which is not translated
    in_memory = EnglishTexts.of(dataclasses.replace(form, path=None))
    assert in_memory.lists == {} and in_memory.texts[("items", "mood", "label")] == "How are they?"


def test_a_translation_without_the_description_warns_only_about_texts_the_form_has(tmp_path: Path) -> None:
    form, path = _write(tmp_path, FORM.replace("description: A short check for tests.\n", ""),
                        FULL.replace("description: Gwiriad byr ar gyfer profion.\n", ""))
    assert _problems(form, path, Severity.WARNING) == []


# -- mistakes in the file ----------------------------------------------------------------------------------------
WRONG = HEAD + """\
translation_reviewed: "yes"
colour: red
title: 5
description: "   "
summary_title: Crynodeb bach
sections:
  main:
    title: Prif gwestiynau
    colour: glas
items:
  mood:
    choices: {"yes": Ie}
  drink:
    choices: [Cwrw]
  spend:
    constraints:
      - Ni all gwariant fod yn llai na dim.
      - 7
  subs:
    label: Sylweddau
    instance_label: 7
    shade: llwyd
choice_lists:
  ghost_list: {a: b}
  answers: [Ie, Na]
  phantom_list: {c: d}
calculations:
  heavy: Defnydd trwm
  ghost_calc: Ysbryd
  doubled: 5
flags:
  high_spend:
    title: Gwariant uchel
    colour: coch
"""


def test_each_mistake_is_reported_at_its_line(tmp_path: Path) -> None:
    form, path = _write(tmp_path, FORM, WRONG)
    line = lambda needle: _line(WRONG, needle)  # noqa: E731
    assert _problems(form, path, Severity.ERROR) == [
        (line("translation_reviewed:"), "'translation_reviewed' must be true or false"),
        (line("colour: red"), "translation: unknown key 'colour' (allowed: calculations, choice_lists, "
                              "description, flags, form, items, sections, summary_date_label, summary_title, "
                              "title, translation_reviewed, version)"),
        (line("title: 5"), "form title: must be text"),
        (line('description: "   "'), "form description: must be text"),
        (line("colour: glas"), "section 'main': unknown key 'colour' (allowed: description, title)"),
        (line('choices: {"yes": Ie}'), "item 'mood' takes its choices from the choice list 'answers': translate "
                                       "them under choice_lists"),
        (line("choices: [Cwrw]"), "item 'drink': 'choices' must be a mapping of choice ids to their labels"),
        (line("- 7"), "item 'spend' constraint 2: must be text"),
        (line("instance_label: 7"), "item 'subs' instance_label: must be text"),
        (line("shade: llwyd"), "item 'subs': unknown key 'shade' (allowed: choices, constraints, help, "
                               "instance_label, label, unit)"),
        (line("ghost_list:"), "choice list 'ghost_list' is not in the English form"),
        (line("answers: [Ie, Na]"), "choice list 'answers': must be a mapping of choice ids to their labels"),
        (line("phantom_list:"), "choice list 'phantom_list' is not in the English form"),
        (line("ghost_calc:"), "calculation 'ghost_calc' is not in the English form"),
        (line("doubled: 5"), "calculation 'doubled': must be text"),
        (line("colour: coch"), "flag 'high_spend': unknown key 'colour' (allowed: action, explanation, title)"),
    ]
    translation = read_translation(path, EnglishTexts.of(form))
    assert translation.reviewed is False and translation.matches_form
    assert translation.texts[("summary_title",)] == ("Crynodeb bach", line("summary_title:"))
    assert translation.texts[("items", "spend", "constraints", 0)] == ("Ni all gwariant fod yn llai na dim.",
                                                                       line("- Ni all gwariant"))
    assert translation.texts[("sections", "main", "title")] == ("Prif gwestiynau", line("title: Prif"))
    assert translation.texts[("calculations", "heavy")] == ("Defnydd trwm", line("heavy: Defnydd"))


WRONG_SHAPES = HEAD + """\
sections:
  main: [Prif gwestiynau]
items:
  drink:
    choices:
      on: Cwrw
      "no": Na
      wine: 12
calculations: [doubled]
flags:
  high_spend: Gwariant uchel
"""


def test_entries_of_the_wrong_shape_are_reported_at_their_lines(tmp_path: Path) -> None:
    form, path = _write(tmp_path, FORM, WRONG_SHAPES)
    line = lambda needle: _line(WRONG_SHAPES, needle)  # noqa: E731
    assert _problems(form, path, Severity.ERROR) == [
        (line("main: [Prif"), "section 'main': must be a mapping of title, description to their translations"),
        (line("on: Cwrw"), "item 'drink' has no choice 'true' (a YAML key yes, no, on or off is read as true or "
                           "false: write \"yes\" or \"no\" in quotes)"),
        (line('"no": Na'), "item 'drink' has no choice 'no'"),
        (line("wine: 12"), "item 'drink' choice 'wine': must be text"),
        (line("calculations: [doubled]"), "'calculations' must be a mapping of ids to their texts"),
        (line("high_spend: Gwariant"), "flag 'high_spend': must be a mapping of title, explanation, action to "
                                       "their translations"),
    ]


def test_mistakes_are_reported_in_welsh_when_welsh_is_in_use(tmp_path: Path) -> None:
    form, path = _write(tmp_path, FORM, WRONG)
    _use_welsh()
    try:
        errors = _problems(form, path, Severity.ERROR)
    finally:
        i18n.reset()
    assert (_line(WRONG, "colour: red"), "cyfieithiad: allwedd anhysbys 'colour' (caniateir: calculations, "
            "choice_lists, description, flags, form, items, sections, summary_date_label, summary_title, title, "
            "translation_reviewed, version)") in errors
    assert (_line(WRONG, "- 7"), "eitem 'spend', cyfyngiad 2: rhaid rhoi testun") in errors
    line = lambda needle: _line(WRONG, needle)  # noqa: E731
    assert errors == [
        (line("translation_reviewed:"), "rhaid i 'translation_reviewed' fod yn true neu false"),
        (line("colour: red"), "cyfieithiad: allwedd anhysbys 'colour' (caniateir: calculations, choice_lists, "
                              "description, flags, form, items, sections, summary_date_label, summary_title, "
                              "title, translation_reviewed, version)"),
        (line("title: 5"), "title y ffurflen: rhaid rhoi testun"),
        (line('description: "   "'), "description y ffurflen: rhaid rhoi testun"),
        (line("colour: glas"), "adran 'main': allwedd anhysbys 'colour' (caniateir: description, title)"),
        (line('choices: {"yes": Ie}'), "mae eitem 'mood' yn cymryd ei dewisiadau o'r rhestr dewisiadau 'answers': "
                                       "cyfieithwch nhw o dan choice_lists"),
        (line("choices: [Cwrw]"), "eitem 'drink': rhaid i 'choices' fod yn fapio o ddynodwyr dewisiadau i'w "
                                  "labeli"),
        (line("- 7"), "eitem 'spend', cyfyngiad 2: rhaid rhoi testun"),
        (line("instance_label: 7"), "eitem 'subs', instance_label: rhaid rhoi testun"),
        (line("shade: llwyd"), "eitem 'subs': allwedd anhysbys 'shade' (caniateir: choices, constraints, help, "
                               "instance_label, label, unit)"),
        (line("ghost_list:"), "nid yw rhestr dewisiadau 'ghost_list' yn y ffurflen Saesneg"),
        (line("answers: [Ie, Na]"), "rhestr dewisiadau 'answers': rhaid cael mapio o ddynodwyr dewisiadau i'w "
                                    "labeli"),
        (line("phantom_list:"), "nid yw rhestr dewisiadau 'phantom_list' yn y ffurflen Saesneg"),
        (line("ghost_calc:"), "nid yw cyfrifiad 'ghost_calc' yn y ffurflen Saesneg"),
        (line("doubled: 5"), "cyfrifiad 'doubled': rhaid rhoi testun"),
        (line("colour: coch"), "dangosydd risg 'high_spend': allwedd anhysbys 'colour' (caniateir: action, "
                               "explanation, title)"),
    ]


# -- texts left untranslated -------------------------------------------------------------------------------------
PARTIAL = HEAD + """\
sections:
  main:
    title: Prif gwestiynau
items:
  drink:
    label: Diod?
  spend:
    label: Gwariant wythnosol
  subs:
    label: Sylweddau
choice_lists:
  answers:
    "yes": Ie
flags:
  high_spend:
    title: Gwariant uchel
"""


def test_each_untranslated_text_is_a_warning_at_the_entry_where_it_would_go(tmp_path: Path) -> None:
    form, path = _write(tmp_path, FORM, PARTIAL)
    line = lambda needle: _line(PARTIAL, needle)  # noqa: E731
    spend, drink, flag = line("  spend:"), line("drink:"), line("high_spend:")
    assert _problems(form, path, Severity.ERROR) == []
    assert [(at, message.removeprefix("no translation for ").removesuffix(": the English is shown"))
            for at, message in _problems(form, path, Severity.WARNING)] == [
        (line('"yes": Ie'), "choice list 'answers' choice 'no'"),
        (1, "the form's title"), (1, "the form's description"), (1, "the form's summary_title"),
        (1, "the form's summary_date_label"),
        (line("main:"), "section 'main' description"),
        (1, "item 'mood' label"), (1, "item 'mood' help"),
        (spend, "item 'spend' unit"), (spend, "item 'spend' constraint 1"), (spend, "item 'spend' constraint 2"),
        (drink, "item 'drink' choice 'beer'"), (drink, "item 'drink' choice 'wine'"),
        (line("subs:"), "item 'subs' instance_label"),
        (1, "item 'days' label"),
        (1, "calculation 'heavy' label"), (1, "calculation 'doubled' label"),
        (flag, "flag 'high_spend' explanation"), (flag, "flag 'high_spend' action"),
    ]
    assert all(message.startswith("no translation for ") and message.endswith(": the English is shown")
               for _at, message in _problems(form, path, Severity.WARNING))
    assert read_translation(path, EnglishTexts.of(form), report_missing=False).problems == []


def test_untranslated_texts_are_named_in_welsh_when_welsh_is_in_use(tmp_path: Path) -> None:
    form, path = _write(tmp_path, FORM, PARTIAL)
    _use_welsh()
    try:
        warnings = [message for _at, message in _problems(form, path, Severity.WARNING)]
    finally:
        i18n.reset()
    assert [m.removeprefix("dim cyfieithiad ar gyfer ").removesuffix(": dangosir y Saesneg") for m in warnings] == [
        "rhestr dewisiadau 'answers', dewis 'no'",
        "title y ffurflen", "description y ffurflen", "summary_title y ffurflen", "summary_date_label y ffurflen",
        "adran 'main', description", "eitem 'mood', label", "eitem 'mood', help", "eitem 'spend', unit",
        "eitem 'spend', cyfyngiad 1", "eitem 'spend', cyfyngiad 2", "eitem 'drink', dewis 'beer'",
        "eitem 'drink', dewis 'wine'", "eitem 'subs', instance_label", "eitem 'days', label",
        "cyfrifiad 'heavy', label", "cyfrifiad 'doubled', label", "dangosydd risg 'high_spend', explanation",
        "dangosydd risg 'high_spend', action",
    ]
    assert all(m.startswith("dim cyfieithiad ar gyfer ") and m.endswith(": dangosir y Saesneg") for m in warnings)


# -- the file as a whole -----------------------------------------------------------------------------------------
def test_a_file_that_cannot_be_read_is_one_problem_for_the_whole_file(tmp_path: Path) -> None:
    form, path = _write(tmp_path, FORM, b'form: tiny\nversion: "3"\ntitle: "Gwiriad \xff"\n')
    translation = read_translation(path, EnglishTexts.of(form))
    assert (translation.path, translation.language, translation.texts) == (path, "cy", {})
    assert [(p.path, p.line, p.severity) for p in translation.problems] == [(path, 3, Severity.ERROR)]
    assert translation.problems[0].message == "file is not UTF-8 text (byte 0xff on this line): save it as UTF-8"
    assert localised(form, "cy") is form


def test_a_file_named_without_a_language_has_none(tmp_path: Path) -> None:
    form, path = _write(tmp_path, FORM, HEAD + "title: Gwiriad bach\n", translation_name="tiny-welsh.yaml")
    translation = read_translation(path, EnglishTexts.of(form))
    assert (translation.path, translation.language, translation.matches_form) == (path, "", True)
    assert translation.texts == {("title",): ("Gwiriad bach", 3)}


def test_a_file_that_is_not_yaml_or_not_a_mapping(tmp_path: Path) -> None:
    broken = HEAD + "title: [Gwiriad\n"
    form, path = _write(tmp_path, FORM, broken)
    translation = read_translation(path, EnglishTexts.of(form))
    assert [(p.line, p.message) for p in translation.problems] == [
        (4, "not valid YAML: expected ',' or ']', but got '<stream end>'")]
    assert not translation.matches_form and translation.texts == {}
    listed = tmp_path / "list.cy.yaml"
    listed.write_text("- form: tiny\n", encoding="utf-8")
    translation = read_translation(listed, EnglishTexts.of(form))
    assert [(p.line, p.message) for p in translation.problems] == [
        (1, "a form translation must be a mapping with form, version and the translated texts")]
    assert not translation.matches_form


def test_a_translation_of_another_form_is_reported_at_its_form_line(tmp_path: Path) -> None:
    text = "title: Gwiriad bach\nform: other\nversion: \"3\"\n"
    form, path = _write(tmp_path, FORM, text)
    translation = read_translation(path, EnglishTexts.of(form), report_missing=False)
    assert [(p.line, p.message) for p in translation.problems] == [
        (2, "this translates form 'other' version 3, but the form beside it (tiny.yaml) is 'tiny' version 3: "
            "translate that version")]
    assert not translation.matches_form
    assert localised(form, "cy") is form


def test_a_translation_naming_only_its_version_is_told_to_name_its_form(tmp_path: Path) -> None:
    form, path = _write(tmp_path, FORM, "title: Gwiriad bach\nversion: \"3\"\n")
    translation = read_translation(path, EnglishTexts.of(form), report_missing=False)
    assert [(p.line, p.message) for p in translation.problems] == [
        (1, "a form translation needs 'form' and 'version': the id and version of the form it translates ('tiny' "
            "version 3)")]
    assert not translation.matches_form


def test_a_version_written_as_a_number_matches_the_form(tmp_path: Path) -> None:
    form, path = _write(tmp_path, FORM, "form: tiny\nversion: 3\ntitle: Gwiriad bach\n")
    translation = read_translation(path, EnglishTexts.of(form), report_missing=False)
    assert translation.problems == [] and translation.matches_form
    assert localised(form, "cy").title == "Gwiriad bach"


def test_whether_the_translation_is_reviewed(tmp_path: Path) -> None:
    form, path = _write(tmp_path, FORM, HEAD + "translation_reviewed: true\n")
    reviewed = read_translation(path, EnglishTexts.of(form), report_missing=False)
    assert (reviewed.reviewed, reviewed.problems) == (True, [])
    path.write_text(HEAD, encoding="utf-8")
    unsaid = read_translation(path, EnglishTexts.of(form), report_missing=False)
    assert (unsaid.reviewed, unsaid.problems) == (False, [])
    path.write_text(HEAD + "title: Gwiriad bach\ntranslation_reviewed: 1\n", encoding="utf-8")
    wrong = read_translation(path, EnglishTexts.of(form), report_missing=False)
    assert wrong.reviewed is False
    assert [(p.line, p.message) for p in wrong.problems] == [(4, "'translation_reviewed' must be true or false")]


def test_a_version_written_as_a_date_is_not_taken_for_the_form_s_version(tmp_path: Path) -> None:
    """YAML reads an unquoted 2025-01-01 as a date, not as the text the form's version is."""
    form, path = _write(tmp_path, FORM.replace('version: "3"', 'version: "2025-01-01"'),
                        "form: tiny\nversion: 2025-01-01\n")
    translation = read_translation(path, EnglishTexts.of(form), report_missing=False)
    assert not translation.matches_form
    assert [(p.line, p.message) for p in translation.problems] == [
        (2, "'version' must be text: write it in quotes, as the form does (version: \"2025-01-01\")")]
    path.write_text('form: tiny\nversion: "2025-01-01"\n', encoding="utf-8")
    assert read_translation(path, EnglishTexts.of(form), report_missing=False).matches_form


def test_a_version_yaml_reads_as_a_number_is_told_to_be_quoted(tmp_path: Path) -> None:
    """version: 1.10 is the number 1.1 to YAML, not the form's "1.10"; an older version is still named as such."""
    form, path = _write(tmp_path, FORM.replace('version: "3"', 'version: "1.10"'), "form: tiny\nversion: 1.10\n")
    assert [(p.line, p.message) for p in read_translation(path, EnglishTexts.of(form)).problems
            if p.severity is Severity.ERROR] == [
        (2, "'version' must be text: write it in quotes, as the form does (version: \"1.10\")")]
    path.write_text("form: tiny\nversion: 1.9\n", encoding="utf-8")
    assert [p.message for p in read_translation(path, EnglishTexts.of(form)).problems
            if p.severity is Severity.ERROR] == [
        "this translates form 'tiny' version 1.9, but the form beside it (tiny.yaml) is 'tiny' version 1.10: translate "
        "that version"]
    path.write_text("form: tiny\nversion: true\n", encoding="utf-8")
    assert [p.line for p in read_translation(path, EnglishTexts.of(form)).problems
            if p.severity is Severity.ERROR] == [2]


def test_a_shared_choice_written_as_a_number_is_translated_like_any_other(tmp_path: Path) -> None:
    """``label: 0`` is shown as "0"; it was once left out of the texts to translate, so its translation was
    refused ('the English form has no text here') and the Welsh form showed "0"."""
    english = FORM.replace('- {id: "no", label: "No"}', '- {id: "no", label: "No"}\n    - {id: none, label: 0}')
    form, path = _write(tmp_path, english, HEAD + "choice_lists:\n  answers:\n    none: dim\n")
    assert [c.label for c in form.item("mood").choices] == ["Yes", "No", "0"]
    assert _problems(form, path, Severity.ERROR) == []
    assert [c.label for c in localised(form, "cy").item("mood").choices] == ["Yes", "No", "dim"]


def test_the_files_are_read_as_utf8_whatever_the_locale(tmp_path: Path) -> None:
    """On a computer whose locale is not UTF-8 (as on many Windows set-ups) the Welsh still shows."""
    english = FORM.replace("title: Tiny check", "title: Tiny check £").replace('label: "Yes"', 'label: "Yes £"')
    form, _path = _write(tmp_path, english, FULL.replace("title: Gwiriad bach", "title: Gwiriad bach ŵ"))
    before = locale.setlocale(locale.LC_CTYPE)
    locale.setlocale(locale.LC_CTYPE, "C")  # files opened without an encoding would be read as ASCII
    try:
        welsh = localised(form, "cy")
    finally:
        locale.setlocale(locale.LC_CTYPE, before)
    assert (welsh.title, welsh.item("mood").choices[0].label) == ("Gwiriad bach ŵ", "Ie")


def test_a_translation_of_another_version_is_not_used_and_the_log_says_why(tmp_path: Path, caplog) -> None:
    """The Welsh form falls back to English, and the log names the file and each problem (only the errors: the
    texts it leaves untranslated are not listed there)."""
    form, path = _write(tmp_path, FORM, 'form: tiny\nversion: "2"\ntitle: Gwiriad bach\n')
    with caplog.at_level(logging.WARNING, logger="nps_trainer.screening.translation"):
        assert localised(form, "cy") is form
    assert [record.getMessage() for record in caplog.records] == [
        f"screening form translation {path} not used: {path}:2: this translates form 'tiny' version 2, but the form "
        "beside it (tiny.yaml) is 'tiny' version 3: translate that version"]
    caplog.clear()
    path.write_text('form: tiny\nversion: "2"\ncolour: red\n', encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="nps_trainer.screening.translation"):
        assert localised(form, "cy") is form
    [message] = [record.getMessage() for record in caplog.records]
    assert message.startswith(f"screening form translation {path} not used: {path}:2: this translates form 'tiny' "
                              "version 2, but the form beside it (tiny.yaml) is 'tiny' version 3: translate that "
                              f"version; {path}:3: translation: unknown key 'colour' (allowed: ")


def test_which_unquoted_versions_are_told_to_be_quoted(tmp_path: Path) -> None:
    def errors(form: FormDefinition, path: Path, version: str) -> list[str]:
        path.write_text(f"form: tiny\nversion: {version}\n", encoding="utf-8")
        return [p.message for p in read_translation(path, EnglishTexts.of(form)).problems
                if p.severity is Severity.ERROR]

    quote = "'version' must be text: write it in quotes, as the form does (version: \"{}\")"
    other = ("this translates form 'tiny' version {}, but the form beside it (tiny.yaml) is 'tiny' version {}: "
             "translate that version")
    numbered, path = _write(tmp_path, FORM.replace('version: "3"', 'version: "1.10"'), HEAD)
    assert errors(numbered, path, "2025-01-01") == [quote.format("1.10")]  # a date
    assert errors(numbered, path, "true") == [quote.format("1.10")]  # a flag
    assert errors(numbered, path, '"1.9"') == [other.format("1.9", "1.10")]  # quoted, and another version
    named, path = _write(tmp_path, FORM.replace('version: "3"', 'version: "spring"'), HEAD)
    assert errors(named, path, "3") == [other.format("3", "spring")]  # a number, and the form's is not one
