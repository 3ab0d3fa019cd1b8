"""The overdose guide in Welsh (issue 13, review): ``guides/overdose-now.cy.yaml`` beside the English, chosen by the
language in use, checked like the English and against it (same steps, same numbers), English standing in for a
copy that is missing or broken. The screens and PDFs are tested in tests/ui/test_welsh_printed_notes.py."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from nps_trainer.guides import GUIDE_FILE, check_guides, choose_guide, guide_file, guide_html, load_guide_in
from nps_trainer.paths import bundled_content_dir

BUNDLED = bundled_content_dir()
WELSH_FILE = guide_file("cy")
NOT_REVIEWED = "This translation has not yet been reviewed by a Welsh speaker."  # tr() in English here


def test_the_bundled_welsh_guide_matches_the_english_and_starts_with_999() -> None:
    assert Path("guides") / "overdose-now.cy.yaml" == WELSH_FILE
    assert check_guides(BUNDLED) == []  # content check: the English and the Welsh copy
    welsh, problems = load_guide_in(BUNDLED, "cy")
    english, _ = load_guide_in(BUNDLED, "en")
    assert problems == [] and welsh is not None and english is not None
    assert (welsh.language, welsh.path.name, welsh.unreviewed_translation) == ("cy", "overdose-now.cy.yaml", True)
    assert (english.language, english.unreviewed_translation) == ("en", False)
    assert welsh.title == "Amau gorddos: beth i'w wneud nawr" and welsh.first.startswith("Ffoniwch 999 nawr.")
    assert len(welsh.steps) == len(english.steps) and welsh.source == english.source
    headings = [step.heading for step in welsh.steps]
    assert headings.index("Ffoniwch 999") < headings.index("Gwiriwch yr anadlu") < headings.index("Rhowch naloxone")
    assert not {s.heading for s in welsh.steps} & {s.heading for s in english.steps}  # every step in Welsh
    assert "nid cyngor clinigol" in welsh.note


def test_the_note_shows_in_every_layout_of_an_unreviewed_copy_only() -> None:
    welsh, _ = load_guide_in(BUNDLED, "cy")
    english, _ = load_guide_in(BUNDLED, "en")
    for layout in ("screen", "poster", "card"):
        html = guide_html(welsh, layout)
        assert html.index("</h1>") < html.index(NOT_REVIEWED) < html.index("Ffoniwch 999 nawr."), layout
        assert 'lang="cy-GB"' in html and NOT_REVIEWED not in guide_html(english, layout)


def test_a_reviewed_copy_has_no_note(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    _edit(folder / WELSH_FILE, "translation_reviewed: false", "translation_reviewed: true")
    welsh, problems = load_guide_in(folder, "cy")
    assert problems == [] and welsh is not None and welsh.language == "cy" and not welsh.unreviewed_translation
    assert NOT_REVIEWED not in guide_html(welsh, "poster")


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    (folder / "guides").mkdir(parents=True)
    shutil.copy(BUNDLED / GUIDE_FILE, folder / GUIDE_FILE)
    shutil.copy(BUNDLED / WELSH_FILE, folder / WELSH_FILE)
    return folder


def _edit(path: Path, old: str, new: str) -> int:
    """Replace ``old`` once; the line it was on."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[:text.index(old)].count("\n") + 1


@pytest.mark.parametrize(("old", "new", "message"), [
    ('first: "Ffoniwch 999 nawr.', 'first: "Gwaeddwch am help nawr.', "rhaid i 'first'|'first' must tell the reader"),
    ("100 i 120 gwaith", "10 i 120 gwaith",
     "step 5 has the numbers 10, 120, 2, 30 but the English has 100, 120, 2, 30"),
    ("Dim ymateb ar ôl 2 i 3 munud?", "Dim ymateb ar ôl 3 i 5 munud?", "step 8 has the numbers 3, 5"),
    ("  - heading: Gwiriwch am ymateb\n    text: Galwch enw'r person yn uchel ac ysgwyd ei ysgwyddau'n gadarn.\n", "",
     "the translation has 8 steps but the English guide has 9"),
    ("translation_reviewed: false", "translation_reviewed: maybe", "'translation_reviewed' must be true or false"),
    ("source: overdose-response", "source: naloxone-probation", "'source' must be the English guide's"),
    ("title: ", "teitl: ", "unknown field 'teitl'"),
])
def test_a_broken_welsh_copy_is_reported_at_its_line_and_english_shown(tmp_path: Path, old: str, new: str,
                                                                        message: str) -> None:
    folder = _copy(tmp_path)
    line = _edit(folder / WELSH_FILE, old, new)
    if old.startswith("  - heading: Gwiriwch am ymateb"):
        line = (folder / WELSH_FILE).read_text(encoding="utf-8").splitlines().index("steps:") + 1
    elif "munud" in old or "gwaith" in old:  # a step is placed at its first line, the heading
        rows = (folder / WELSH_FILE).read_text(encoding="utf-8").splitlines()
        line = max(i for i, row in enumerate(rows[:line], 1) if row.startswith("  - heading:"))
    problems = check_guides(folder)
    assert problems and all(p.path == folder / WELSH_FILE for p in problems), problems
    found = [p for p in problems if any(part in p.message for part in message.split("|"))]
    assert [p.line for p in found] == [line], problems
    shown, _ = load_guide_in(folder, "cy")
    assert shown is not None and shown.language == "en" and shown.first.startswith("Call 999 now.")


def test_a_welsh_copy_without_an_english_guide_is_reported(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / GUIDE_FILE).unlink()
    problems = check_guides(folder)
    assert [(p.path, p.line) for p in problems] == [(folder / WELSH_FILE, 1)]
    assert problems[0].message == ("there is no English guide for this translation (it needs overdose-now.yaml "
                                   "beside it)")


def test_the_guide_chosen_follows_the_language_and_the_organisation_folder(tmp_path: Path) -> None:
    assert choose_guide(BUNDLED, BUNDLED, "cy").language == "cy"
    assert choose_guide(BUNDLED, BUNDLED, "en").language == "en"
    own = _copy(tmp_path)
    _edit(own / WELSH_FILE, "Ffoniwch 999 nawr.", "Ffoniwch 999 nawr (canllaw'r sefydliad).")
    assert choose_guide(own, BUNDLED, "cy").first.startswith("Ffoniwch 999 nawr (canllaw'r sefydliad).")
    (own / WELSH_FILE).unlink()  # the organisation's own English guide, with no Welsh copy: its English
    chosen = choose_guide(own, BUNDLED, "cy")
    assert chosen.language == "en" and chosen.path == own / GUIDE_FILE
    empty = tmp_path / "empty"
    empty.mkdir()
    assert choose_guide(empty, BUNDLED, "cy").path == BUNDLED / WELSH_FILE  # no guide of its own: the bundled
