"""Front matter PyYAML cannot read (a date that does not exist, an unknown tag, a control character) is
reported as ``file:line: message``; that module is unavailable and the others still load."""

from __future__ import annotations

from pathlib import Path

import pytest

from nps_trainer.content import load_catalogue, validate_modules
from nps_trainer.content.frontmatter import parse_front_matter
from nps_trainer.ui.learn.library import LibraryCache
from tests.content.support import TODAY

CANNOT_READ = "front matter has a value that cannot be read: "

# (replace this line in basics.md, with this, expected message)
BAD_VALUES = [
    ("reviewed: 2026-06-01", "reviewed: 2026-02-30",
     CANNOT_READ + "'2026-02-30' is not a real date (day is out of range for month)"),
    ("reviewed: 2026-06-01", "reviewed: 2026-13-01", CANNOT_READ + "'2026-13-01' is not a real date (month must "
     "be in 1..12)"),
    ("minutes: 5", "minutes: 5\x07",
     "control character U+0007 is not allowed in a text file (delete it)"),
    ("title: Basics of the format", "title: !foo x",
     CANNOT_READ + "could not determine a constructor for the tag '!foo'"),
    ("minutes: 5", "minutes: !!int five", CANNOT_READ + "'five' is not a whole number (invalid literal for int() "
     "with base 10: 'five')"),
    ("minutes: 5", "minutes: !!timestamp soon", CANNOT_READ + "'soon' is not a real date"),
    ("prerequisites: []", "prerequisites: &p [*p]", "a YAML alias ('*name') is used inside the value it names"),
]


def _break(root: Path, old: str, new: str) -> tuple[Path, int]:
    """Replace ``old`` in basics.md; returns the file and the line of the change."""
    path = root / "basics.md"
    text = path.read_text(encoding="utf-8")
    assert old in text
    text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    return path, text[:text.index(new)].count("\n") + 1


@pytest.mark.parametrize(("old", "new", "message"), BAD_VALUES)
def test_unreadable_value_is_reported_at_its_line(copy_good: Path, old: str, new: str, message: str) -> None:
    path, line = _break(copy_good, old, new)
    problems = validate_modules(copy_good, TODAY)
    assert [str(p) for p in problems if p.path == path] == [f"{path}:{line}: {message}"]


@pytest.mark.parametrize(("old", "new", "message"), BAD_VALUES)
def test_catalogue_lists_the_module_as_unavailable_and_loads_the_others(copy_good: Path, old: str, new: str,
                                                                        message: str) -> None:
    path, line = _break(copy_good, old, new)
    catalogue = load_catalogue(copy_good, TODAY)
    assert catalogue.ids() == ["pictures", "advanced"]
    assert [(u.path, u.reason) for u in catalogue.unavailable] == [(path, f"line {line}: {message}")]


def test_learn_library_with_a_mistyped_date_still_shows_the_other_modules(copy_good: Path) -> None:
    """What the Learn section loads (it used to fail as a whole on one bad date)."""
    _break(copy_good, "reviewed: 2026-06-01", "reviewed: 2026-02-30")
    library = LibraryCache().load(copy_good.parent)
    assert library.catalogue.ids() == ["pictures", "advanced"]
    assert [u.path.name for u in library.catalogue.unavailable] == ["basics.md"]


def test_control_character_line_counts_from_the_file_start() -> None:
    text = "---\nid: x\ntitle: t\nsummary: |\n  one\n  two\x01\n---\nBody\n"
    fm, problems = parse_front_matter(text, Path("x.md"))
    assert fm is None
    assert [(p.line, p.message) for p in problems] == [
        (6, "front matter is not valid YAML: control character U+0001 is not allowed (delete it)")]
