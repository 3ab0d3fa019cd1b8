"""Front matter with line numbers, sections with anchors, and the Module data class."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from nps_trainer.content.anchors import slugify, unique_anchors
from nps_trainer.content.callouts import CalloutPart, TextPart, split_callouts
from nps_trainer.content.catalogue import Catalogue
from nps_trainer.content.frontmatter import parse_front_matter
from nps_trainer.content.model import ContentWarning, Source
from nps_trainer.content.sections import split_sections


def test_slugify() -> None:
    assert slugify("In practice: supervision") == "in-practice-supervision"
    assert slugify("Case example: Dan's release") == "case-example-dans-release"
    assert slugify("  Drug-related  deaths (2024)! ") == "drug-related-deaths-2024"
    assert slugify("???") == "section"
    assert unique_anchors(["A b", "A b", "a-b", "Other"]) == ["a-b", "a-b-2", "a-b-3", "other"]


def test_front_matter_lines() -> None:
    text = "---\nid: x\nsources:\n  - title: t\n    year: 2020\nreviewed: 2026-01-02\n---\nBody\n"
    fm, problems = parse_front_matter(text, Path("x.md"))
    assert problems == []
    assert fm is not None
    assert fm.data["reviewed"] == date(2026, 1, 2)
    assert fm.line_of("id") == 2
    assert fm.line_of("sources", 0, "year") == 5
    assert fm.line_of("sources", 0, "missing") == 4  # falls back to the parent
    assert fm.line_of("nowhere") == 1
    assert (fm.body, fm.body_line) == ("Body\n", 8)


def test_sections_and_lines() -> None:
    body = "Intro text.\n\n## First\nOne.\n```\n## not a heading\n```\n## First\nTwo.\n"
    sections, issues = split_sections(body, body_line=10)
    assert issues == []
    assert [(s.title, s.anchor, s.line) for s in sections] == [
        ("Introduction", "introduction", 10), ("First", "first", 12), ("First", "first-2", 17)]
    assert "## not a heading" in sections[1].markdown
    assert sections[2].markdown == "Two.\n"


def test_split_callouts_default_titles_and_code() -> None:
    md = "Before\n::: safety Call 999 first\nInner\n:::\n::: key-points\n- a\n:::\n```\n::: notice\n```\n"
    parts, issues = split_callouts(md, first_line=5)
    assert issues == []
    assert parts[0] == TextPart("Before", 5)
    assert parts[1] == CalloutPart("safety", "Call 999 first", "Inner", 6)
    assert parts[2] == CalloutPart("key-points", "Key points", "- a", 9)
    assert isinstance(parts[3], TextPart) and "::: notice" in parts[3].markdown


def test_module_fields(good_catalogue: Catalogue) -> None:
    basics = good_catalogue["basics"]
    assert basics.title == "Basics of the format"
    assert basics.version == "1.2"
    assert basics.audience == ("probation practitioner", "manager")
    assert basics.minutes == 5
    assert basics.prerequisites == ()
    assert basics.reviewed == date(2026, 6, 1)
    assert basics.sources[0] == Source(
        title="A joint thematic inspection of community-based drug treatment", year=2021,
        publisher="HM Inspectorate of Probation", url="https://www.justiceinspectorates.gov.uk/hmiprobation/")
    assert basics.sources[1].author == "A. Writer"
    assert basics.content_warnings == (
        ContentWarning("Case example: Dan's release", "Describes a fatal overdose."),)
    assert [s.anchor for s in basics.sections] == [
        "introduction", "why-it-matters", "case-example-dans-release", "in-practice-supervision",
        "in-practice-supervision-2"]
    assert basics.sections[1].line == 29
    assert basics.word_count == 75
    assert not basics.has_own_folder
    pictures = good_catalogue["pictures"]
    assert pictures.has_own_folder and pictures.folder.name == "pictures"
    assert basics.section_index("why-it-matters") == 1
    assert basics.section_index("nope") is None
