"""A Welsh copy stands in for its English module only while it is current and keeps every content warning
(issue 13, review): an out-of-date copy, or one that drops or moves a warning, is reported by file and line and
the catalogue shows the English module instead."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from nps_trainer.content import load_catalogue, validate_modules
from nps_trainer.paths import bundled_content_dir
from nps_trainer.validation import Severity

MODULE = "overdose-response"


@pytest.fixture
def modules(tmp_path: Path) -> Path:
    """A writable copy of the bundled modules (their images included)."""
    root = tmp_path / "modules"
    shutil.copytree(bundled_content_dir() / "modules", root)
    return root


def _line(path: Path, starts: str) -> int:
    return next(i for i, row in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if row.startswith(starts))


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_bundled_copy_is_current_and_shown(modules: Path) -> None:
    welsh = load_catalogue(modules, language="cy")[MODULE]
    assert welsh.language == "cy" and welsh.path.name == f"{MODULE}.cy.md"


def test_an_out_of_date_copy_is_not_shown_and_content_check_says_why(modules: Path) -> None:
    english, copy = modules / f"{MODULE}.md", modules / f"{MODULE}.cy.md"
    _edit(english, 'version: "1.4"', 'version: "2.0"')
    shown = load_catalogue(modules, language="cy")[MODULE]
    assert (shown.language, shown.version, shown.path) == ("en", "2.0", english)  # the current text, not 1.4's
    assert shown.title == "Recognising and responding to opioid overdose"
    assert shown.languages == ("en",)  # and the catalogue does not mark it "Cymraeg"
    found = [p for p in validate_modules(modules) if p.path == copy]
    assert [(p.line, p.severity) for p in found] == [(_line(copy, "version:"), Severity.WARNING)]
    assert str(found[0]) == (f"{copy}:{_line(copy, 'version:')}: warning: the Welsh copy is of version '1.4' but "
                             "the English module is now '2.0': the English module is shown until the translation is "
                             "brought up to date and its 'version' changed")
    _edit(copy, 'version: "1.4"', 'version: "2.0"')  # brought up to date: Welsh again
    assert load_catalogue(modules, language="cy")[MODULE].language == "cy"


def test_a_copy_without_the_english_content_warnings_is_an_error_and_not_shown(modules: Path) -> None:
    copy = modules / f"{MODULE}.cy.md"
    text = copy.read_text(encoding="utf-8")
    start = text.index("content_warnings:\n")
    end = text.index("---", start)
    copy.write_text(text[:start] + "content_warnings: []\n" + text[end:], encoding="utf-8")
    found = [p for p in validate_modules(modules) if p.path == copy]
    line = _line(copy, "content_warnings:")
    assert [str(p) for p in found] == [
        f"{copy}:{line}: the Welsh copy's content warnings cover sections (none) but the English module's cover "
        "1 'Why overdose response matters in probation', 7 'Case example: Sean's near miss' (sections by their "
        "place, named in English): give each English warning its translation, on the section in the same place"]
    assert found[0].severity is Severity.ERROR
    shown = load_catalogue(modules, language="cy")[MODULE]
    assert shown.language == "en" and [w.section for w in shown.content_warnings] == [
        "Why overdose response matters in probation", "Case example: Sean's near miss"]


def test_a_warning_moved_to_another_section_is_an_error(modules: Path) -> None:
    copy = modules / f"{MODULE}.cy.md"
    _edit(copy, '  - section: "Enghraifft achos: Sean, a fu bron â marw"',
          "  - section: \"CPR a'r ystum adfer\"")
    found = [p for p in validate_modules(modules) if p.path == copy]
    assert [(p.line, p.severity) for p in found] == [(_line(copy, "content_warnings:"), Severity.ERROR)]
    assert ("cover sections 1 'Why overdose response matters in probation', 4 'CPR and the recovery position' "
            "but the English module's cover 1 'Why overdose response matters in probation', 7 'Case example: "
            "Sean's near miss'") in found[0].message
    assert load_catalogue(modules, language="cy")[MODULE].language == "en"


def test_a_warning_the_english_does_not_have_is_an_error(modules: Path) -> None:
    copy = modules / "diverse-needs.cy.md"
    _edit(copy, "content_warnings:\n", "content_warnings:\n  - section: Oedolion ifanc\n    warning: Rhybudd.\n")
    found = [p for p in validate_modules(modules) if p.path == copy]
    assert [p.severity for p in found] == [Severity.ERROR]
    assert "cover sections 3 'Women', 4 'Chemsex and sexual orientation', 6 'Young adults', 7 'Dual diagnosis' " \
        "but the English module's cover 3 'Women', 4 'Chemsex and sexual orientation', 7 'Dual diagnosis'" \
        in found[0].message
    assert load_catalogue(modules, language="cy")["diverse-needs"].language == "en"
