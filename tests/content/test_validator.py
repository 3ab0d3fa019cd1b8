"""Every bad fixture module: exact messages and line numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from nps_trainer.content.validator import format_problems, report_problems, validate_modules
from nps_trainer.validation import Problem, Severity
from tests.content.support import FIXTURES, TODAY

E, W = Severity.ERROR, Severity.WARNING
BAD = FIXTURES / "bad"

EXPECTED: dict[str, list[tuple[int, Severity, str]]] = {
    "no-front-matter.md": [(1, E, "file must start with a '---' line opening the front matter")],
    "unclosed-front-matter.md": [(1, E, "front matter is not closed (add a '---' line after it)")],
    "yaml-error.md": [(5, E, "front matter is not valid YAML: mapping values are not allowed here "
                             "(put a value that contains ': ' in quotes)")],
    "bad-fields.md": [
        (1, E, "front matter is missing 'summary'"),
        (4, E, "'version' must be text in quotes, e.g. version: \"1.0\""),
        (5, E, "unknown audience 'judge' (use: probation practitioner, drug service worker, facilitator, "
               "manager)"),
        (6, E, "'minutes' must be a whole number above 0 (got 0)"),
        (7, E, "'objectives' needs at least one entry"),
        (8, E, "'prerequisites' must be a list (use [] for none)"),
        (10, E, "source 1 needs a 'publisher' or an 'author'"),
        (11, E, "source 1 needs a 'year' written as a number, e.g. 2021 (got '2021')"),
        (15, E, "source 2 'url' must start with https:// or http:// (got 'ftp://example.org/file')"),
        (16, E, "'reviewed' must be a date written YYYY-MM-DD without quotes (got '2026-01-01')"),
        (17, W, "unknown front matter field 'colour'"),
        (18, E, "duplicate field 'id'"),
    ],
    "wrong-id.md": [(2, E, "id 'other-name' does not match the file name (expected 'wrong-id')")],
    "dup.md": [(2, E, f"id 'dup' is already used by {BAD / 'dup' / 'module.md'}")],
    "dup/module.md": [],
    "callouts.md": [
        (20, E, "unknown callout kind 'warning' (use one of: key-points, safety, practice-tip, case-example, "
                "notice)"),
        (27, E, "callouts cannot be nested: 'safety' opens inside the callout opened on line 26 "
                "(close that one with ':::' first)"),
        (35, E, "closing ':::' without an opening callout"),
        (39, E, "callout 'notice' is not closed (add a ':::' line after it)"),
    ],
    "links.md": [
        (21, E, "link 'module:nowhere': no module has id 'nowhere'"),
        (21, E, "link 'module:target#no-such-section': module 'target' has no section with anchor "
                "'no-such-section'"),
        (22, E, "link '#missing' names no section in this module"),
        (22, E, "module link 'module:Bad_ID' must be 'module:<id>' or 'module:<id>#<section-anchor>'"),
        (22, E, "unsupported link 'notes.md' (use https://..., module:<id> or module:<id>#<section-anchor>)"),
        (23, W, "link 'http://example.org' uses http://; use https:// where the site supports it"),
    ],
    "images.md": [
        (20, E, "image 'diagram.gif' must be in this module's own folder: put it in 'images/' beside "
                "images.md and write 'images/diagram.gif'"),
        (22, E, "remote or non-file images are not allowed ('https://example.org/x.png'); put the image in "
                "the module folder"),
    ],
    "image-folder/module.md": [
        (20, E, "image 'missing.gif' not found in the module folder"),
        (22, E, "image '../target.md' must be inside the module folder"),
        (24, E, "image path '/etc/hostname' must be relative to the module folder"),
    ],
    "unknown-prereq.md": [(10, E, "prerequisite 'nowhere' is not a known module")],
    "cycle-a.md": [(10, E, "prerequisites form a cycle: cycle-a → cycle-b → cycle-a")],
    "cycle-b.md": [(10, E, "prerequisites form a cycle: cycle-b → cycle-a → cycle-b")],
    "headings.md": [
        (17, E, "content warning names section 'No such section', but there is no '## No such section' "
                "section"),
        (21, E, "'#' headings are not allowed (the title comes from the front matter; use '##' for "
                "sections)"),
        (26, E, "section heading inside the 'case-example' callout opened on line 25 (close the callout "
                "first)"),
        (29, E, "section heading '##' has no text"),
    ],
    "stale.md": [(15, W, "content was last reviewed on 2025-11-21, more than 12 months ago: check it against "
                         "its sources and update 'reviewed'")],
    "target.md": [],
}


@pytest.fixture(scope="module")
def bad_problems() -> list[Problem]:
    return validate_modules(BAD, TODAY)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_module_problems(bad_problems: list[Problem], name: str) -> None:
    found = [(p.line, p.severity, p.message) for p in bad_problems if p.path == BAD / name]
    assert found == EXPECTED[name]


def test_every_bad_file_is_covered(bad_problems: list[Problem]) -> None:
    assert {str(p.path.relative_to(BAD)) for p in bad_problems} <= set(EXPECTED)


def test_problem_str_names_file_and_line(bad_problems: list[Problem]) -> None:
    problem = next(p for p in bad_problems if p.path.name == "unknown-prereq.md")
    assert str(problem) == f"{BAD / 'unknown-prereq.md'}:10: prerequisite 'nowhere' is not a known module"


def test_good_modules_have_no_problems(good_root: Path) -> None:
    assert validate_modules(good_root, TODAY) == []


def test_review_exactly_twelve_months_ago_is_fine(copy_good: Path) -> None:
    path = copy_good / "advanced.md"
    path.write_text(path.read_text(encoding="utf-8").replace("reviewed: 2026-11-01", "reviewed: 2025-11-22"),
                    encoding="utf-8")
    assert validate_modules(copy_good, TODAY) == []


def test_bundled_rules(good_root: Path) -> None:
    messages = [(p.path.name, p.message) for p in validate_modules(good_root, TODAY, bundled=True)]
    assert ("advanced.md", "bundled modules need a 'notice' callout before any other callout (training, "
            "not clinical advice; 999 in an emergency; local drug services)") in messages
    assert ("advanced.md", "bundled modules need at least one 'key-points' callout") in messages
    assert ("basics.md", "bundled modules need at least 900 words (this one has 75)") in messages
    assert not any(name == "basics.md" and "callout" in message for name, message in messages)


def test_missing_root(tmp_path: Path) -> None:
    problems = validate_modules(tmp_path / "nowhere", TODAY)
    assert [(p.line, p.message) for p in problems] == [(0, "module folder not found")]


def test_report_problems_prints_and_returns_status(bad_root: Path, good_root: Path) -> None:
    import io

    stream = io.StringIO()
    assert report_problems(validate_modules(bad_root, TODAY), stream) == 1
    assert "unknown-prereq.md:10: prerequisite 'nowhere' is not a known module" in stream.getvalue()
    assert stream.getvalue().rstrip().endswith("37 errors, 3 warnings")
    assert report_problems(validate_modules(good_root, TODAY), io.StringIO()) == 0
    assert format_problems([]) == "0 errors, 0 warnings"
