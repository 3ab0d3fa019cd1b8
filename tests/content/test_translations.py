"""Modules translated per file (issue 13): ``<id>.cy.md`` beside ``<id>.md`` (or ``<id>/module.cy.md``) is the
Welsh copy, read when Welsh is in use and checked like any module; English stands in for a module with no usable
copy; the catalogue knows which modules have Welsh; an unreviewed copy says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from nps_trainer import i18n
from nps_trainer.content import load_catalogue, validate_modules
from nps_trainer.content.loader import expected_id, module_files, read_module_file, translation_files
from nps_trainer.content.references import resolve_image
from nps_trainer.paths import bundled_content_dir
from nps_trainer.validation import Severity
from tests.content.support import TODAY

ADVANCED_CY = """---
id: advanced
title: Ymarfer uwch
version: "2.0"
summary: Yn adeiladu ar y ddau fodiwl arall.
audience: [facilitator]
minutes: 10
objectives:
  - Dod â'r modiwlau eraill at ei gilydd.
prerequisites: [pictures, basics]
sources:
  - title: Drug misuse and dependence
    publisher: Department of Health
    year: 2017
reviewed: 2026-11-01
{flag}---

## Dod â'r cyfan at ei gilydd

Mae nitazenau yn llawer cryfach na heroin. Gweler [yr ymarfer](module:basics#in-practice-supervision).
"""

PICTURES_CY = """---
id: pictures
title: Lluniau a diagramau
version: "1.0"
summary: Modiwl mewn ffolder gyda llun.
audience: [drug service worker]
minutes: 3
objectives:
  - Dod o hyd i ddiagram yr ystum adfer.
prerequisites: [basics]
sources:
  - title: Resuscitation guidelines
    publisher: Resuscitation Council UK
    year: 2025
reviewed: 2026-10-01
translation_reviewed: true
---

Daw'r testun cyn y pennawd cyntaf yn gyflwyniad.

## Y diagram

![Yr ystum adfer](diagram.gif)
"""


def _line(path: Path, starts: str) -> int:
    return next(i for i, row in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if row.startswith(starts))


def test_translations_are_not_modules_of_their_own(copy_good: Path) -> None:
    (copy_good / "advanced.cy.md").write_text(ADVANCED_CY.format(flag=""), encoding="utf-8")
    (copy_good / "pictures" / "module.cy.md").write_text(PICTURES_CY, encoding="utf-8")
    assert [p.name for p in module_files(copy_good)] == ["advanced.md", "basics.md", "module.md"]
    assert translation_files(copy_good) == [copy_good / "advanced.cy.md", copy_good / "pictures" / "module.cy.md"]
    assert expected_id(copy_good / "advanced.cy.md") == "advanced"
    assert expected_id(copy_good / "pictures" / "module.cy.md") == "pictures"
    assert validate_modules(copy_good, TODAY) == []


def test_the_welsh_catalogue_reads_each_module_in_welsh_where_it_can(copy_good: Path) -> None:
    (copy_good / "advanced.cy.md").write_text(ADVANCED_CY.format(flag="translation_reviewed: false\n"),
                                              encoding="utf-8")
    (copy_good / "pictures" / "module.cy.md").write_text(PICTURES_CY, encoding="utf-8")
    welsh = load_catalogue(copy_good, TODAY, language="cy")
    english = load_catalogue(copy_good, TODAY, language="en")
    assert welsh.language == "cy" and welsh.problems == ()
    assert [m.id for m in welsh] == [m.id for m in english]  # same modules, same order
    advanced, pictures, basics = welsh["advanced"], welsh["pictures"], welsh["basics"]
    assert (advanced.title, advanced.language, advanced.languages) == ("Ymarfer uwch", "cy", ("en", "cy"))
    assert advanced.unreviewed_translation and not pictures.unreviewed_translation  # the latter says true
    assert (basics.language, basics.languages, basics.unreviewed_translation) == ("en", ("en",), False)
    # English keeps its own text but knows Welsh is there
    assert english["advanced"].title == "Advanced practice" and english["advanced"].languages == ("en", "cy")
    assert not english["advanced"].unreviewed_translation
    # sections keep the English anchors (progress, quizzes, plans); the copy's own still find their section
    assert [s.anchor for s in pictures.sections] == [s.anchor for s in english["pictures"].sections]
    assert pictures.own_anchors == ("introduction", "y-diagram")
    assert pictures.section_index("the-diagram") == 1 and pictures.section_index("y-diagram") == 1
    assert pictures.section_index("nowhere") is None
    assert (pictures.sections[0].title, pictures.sections[0].anchor) == ("Cyflwyniad", "introduction")
    assert english["pictures"].sections[0].title == "Introduction"
    # the copy shares its English module's images
    assert pictures.image_folder == copy_good / "pictures"
    assert resolve_image(pictures.path, "diagram.gif") == (copy_good / "pictures" / "diagram.gif").resolve()


def test_the_catalogue_follows_the_language_in_use(copy_good: Path) -> None:
    (copy_good / "advanced.cy.md").write_text(ADVANCED_CY.format(flag=""), encoding="utf-8")
    before = i18n.language()
    try:
        i18n.use("cy", None)
        assert load_catalogue(copy_good, TODAY)["advanced"].language == "cy"
        i18n.use("en", None)
        assert load_catalogue(copy_good, TODAY)["advanced"].language == "en"
    finally:
        i18n.use(before, None)


def test_a_broken_translation_falls_back_to_english_and_is_reported_by_file_and_line(copy_good: Path) -> None:
    broken = copy_good / "advanced.cy.md"
    broken.write_text(ADVANCED_CY.format(flag="translation_reviewed: maybe\n").replace("minutes: 10", "minutes: ten"),
                      encoding="utf-8")
    welsh = load_catalogue(copy_good, TODAY, language="cy")
    assert welsh["advanced"].language == "en" and welsh["advanced"].languages == ("en",)
    messages = {str(p) for p in welsh.problems}
    assert f"{broken}:{_line(broken, 'minutes')}: 'minutes' must be a whole number above 0 (got 'ten')" in messages
    assert (f"{broken}:{_line(broken, 'translation_reviewed')}: 'translation_reviewed' must be true or false "
            "(got 'maybe')") in messages
    assert {str(p) for p in validate_modules(copy_good, TODAY)} == messages


def test_a_copy_must_match_an_english_module(copy_good: Path) -> None:
    stray = copy_good / "missing.cy.md"
    stray.write_text(ADVANCED_CY.format(flag="").replace("id: advanced", "id: missing"), encoding="utf-8")
    wrong_id = copy_good / "basics.cy.md"
    wrong_id.write_text(ADVANCED_CY.format(flag=""), encoding="utf-8")  # says it is 'advanced'
    extra = copy_good / "advanced.cy.md"
    extra.write_text(ADVANCED_CY.format(flag="").replace('version: "2.0"', 'version: "1.9"')
                     + "\n## Adran ychwanegol\n\nTestun.\n", encoding="utf-8")
    problems = validate_modules(copy_good, TODAY)
    messages = [str(p) for p in problems]
    assert (f"{stray}:2: there is no English module 'missing' for this Welsh copy (it needs missing.md beside it)"
            in messages)
    assert f"{wrong_id}:2: id 'advanced' does not match the file name (expected 'basics')" in messages
    rows = extra.read_text(encoding="utf-8").splitlines()
    body = rows.index("---", 1) + 2  # the line after the closing '---'
    assert (f"{extra}:{body}: the Welsh copy has 2 sections but the English module has 1: keep one '## ' section "
            "for each English one, in the same order") in messages
    version = next(p for p in problems if "version" in p.message and p.path == extra)
    assert version.severity is Severity.WARNING and version.line == 4
    welsh = load_catalogue(copy_good, TODAY, language="cy")
    assert welsh["advanced"].language == "en"  # sections that do not match: English is shown
    assert "missing" not in welsh and welsh["basics"].language == "en"


def test_links_in_a_copy_are_checked(copy_good: Path) -> None:
    copy = copy_good / "advanced.cy.md"
    copy.write_text(ADVANCED_CY.format(flag="").replace("module:basics#in-practice-supervision",
                                                        "module:basics#yn-ymarferol"), encoding="utf-8")
    line = _line(copy, "Mae nitazenau")
    assert [str(p) for p in validate_modules(copy_good, TODAY)] == [
        f"{copy}:{line}: link 'module:basics#yn-ymarferol': module 'basics' has no section with anchor 'yn-ymarferol'"]


def test_translation_reviewed_in_an_english_module_is_a_warning(copy_good: Path) -> None:
    path = copy_good / "advanced.md"
    path.write_text(path.read_text(encoding="utf-8").replace("reviewed: 2026-11-01\n",
                                                             "reviewed: 2026-11-01\ntranslation_reviewed: true\n"),
                    encoding="utf-8")
    file = read_module_file(path, TODAY)
    assert file.available and file.module is not None and file.module.language == "en"
    assert [(p.line, p.severity) for p in file.problems] == [(_line(path, "translation_reviewed"), Severity.WARNING)]


@pytest.mark.parametrize("module_id", ["overdose-response", "diverse-needs"])
def test_bundled_welsh_modules_match_their_english_and_say_they_are_unreviewed(module_id: str) -> None:
    root = bundled_content_dir() / "modules"
    welsh = load_catalogue(root, language="cy")
    english = load_catalogue(root, language="en")
    module, original = welsh[module_id], english[module_id]
    assert module.language == "cy" and module.path.name == f"{module_id}.cy.md"
    assert module.unreviewed_translation and module.languages == ("en", "cy") == original.languages
    assert len(module.sections) == len(original.sections) and module.title != original.title
    assert module.version == original.version and module.minutes == original.minutes
    assert [s.anchor for s in module.sections] == [s.anchor for s in original.sections]  # ids stay English
    assert [s.title for s in module.sections] != [s.title for s in original.sections]
    for index, anchor in enumerate(module.own_anchors):  # a link written in Welsh opens its section too
        assert module.section_index(anchor) == index
    assert [w.section for w in module.content_warnings] and all(
        module.warning_for(s) is not None for s in module.sections if s.title in {w.section for w in
                                                                                  module.content_warnings})
    assert not [p for p in welsh.problems if p.path.name.endswith(".cy.md")]


def test_which_bundled_modules_have_welsh() -> None:
    catalogue = load_catalogue(bundled_content_dir() / "modules", language="en")
    welsh = sorted(m.id for m in catalogue if "cy" in m.languages)
    assert welsh == sorted(p.name.split(".")[0] for p in translation_files(catalogue.root))
    assert "overdose-response" in welsh and "diverse-needs" in welsh


def test_quizzes_and_session_plans_load_the_same_with_the_welsh_catalogue() -> None:
    """They name module sections by their English anchors, which Welsh copies keep."""
    from nps_trainer.quiz import load_quizzes
    from nps_trainer.sessions.plans import check_plans

    content = bundled_content_dir()
    results = {}
    for language in ("en", "cy"):
        catalogue = load_catalogue(content / "modules", language=language)
        known = {m.id: {s.anchor for s in m.sections} for m in catalogue.modules}
        quizzes, problems = load_quizzes(content / "quizzes", known)
        sections = {m.id: [s.anchor for s in m.sections] for m in catalogue.modules}
        plan_problems = check_plans(content, sections, {q.id: q for q in quizzes}, bundled=True)
        results[language] = (sorted(q.id for q in quizzes), [str(p) for p in problems], [str(p) for p in plan_problems])
    assert results["cy"] == results["en"]
    assert results["en"][0] and results["en"][2] == []
