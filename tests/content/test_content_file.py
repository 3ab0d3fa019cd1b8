"""``content.yaml``: a bad file is reported as ``file:line: message`` and never stops the catalogue loading."""

from __future__ import annotations

from pathlib import Path

import pytest

from nps_trainer.content import load_catalogue
from nps_trainer.content.content_file import check_content_file, reading_order
from nps_trainer.paths import bundled_content_dir
from nps_trainer.validation import Severity
from tests.content.support import TODAY

MODULES = {"basics", "pictures", "advanced"}


def write(folder: Path, data: bytes | str) -> Path:
    path = folder / "content.yaml"
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def test_bundled_content_file_passes() -> None:
    folder = bundled_content_dir()
    ids = {path.stem for path in (folder / "modules").glob("*.md")}
    assert check_content_file(folder, ids) == []


def test_missing_file_is_fine(tmp_path: Path) -> None:
    assert check_content_file(tmp_path, MODULES) == []
    assert reading_order(tmp_path) == []


# (content.yaml, expected (line, severity, message) problems)
BAD_FILES = [
    (b"\xff\xfe", [(1, Severity.ERROR, "file is not UTF-8 text (byte 0xff on this line): save it as UTF-8")]),
    ("title: x\norder: [basics, pictures\n",
     [(3, Severity.ERROR, "file is not valid YAML: expected ',' or ']', but got '<stream end>'")]),
    ("title: x\nversion: '1'\x0b\n",
     [(2, Severity.ERROR, "file is not valid YAML: control character U+000B is not allowed (delete it)")]),
    ("title: x\nversion: 2026-02-30\n", [(2, Severity.ERROR, "file has a value that cannot be read: '2026-02-30' "
                                         "is not a real date (day is out of range for month)")]),
    ("title: !foo x\n", [(1, Severity.ERROR, "file has a value that cannot be read: could not determine a "
                          "constructor for the tag '!foo'")]),
    ("- basics\n- pictures\n", [(1, Severity.ERROR, "file must be a set of 'field: value' lines")]),
    ("title: 2024\nversion: 2026.11\n", [
        (1, Severity.ERROR, "'title' must be text in quotes, e.g. title: \"Our training content\""),
        (2, Severity.ERROR, "'version' must be text in quotes, e.g. version: \"2026.11\"")]),
    ("order: basics\n", [(1, Severity.ERROR, "'order' must be a list of module ids")]),
    ("order:\n  - basics\n  - bascis\n  - [pictures]\n  - basics\ncolour: red\n", [
        (3, Severity.ERROR, "'order' names unknown module 'bascis'"),
        (4, Severity.ERROR, "'order' entry 3 must be a module id"),
        (5, Severity.WARNING, "module 'basics' is listed twice in 'order'"),
        (6, Severity.WARNING, "unknown field 'colour' (expected title, version, order)")]),
    ("order: [basics]\norder: [pictures]\n", [(2, Severity.ERROR, "duplicate field 'order'")]),
]


@pytest.mark.parametrize(("data", "expected"), BAD_FILES)
def test_bad_content_file_is_reported_by_line(tmp_path: Path, data: bytes | str,
                                              expected: list[tuple[int, Severity, str]]) -> None:
    path = write(tmp_path, data)
    problems = check_content_file(tmp_path, MODULES)
    assert [(p.line, p.severity, p.message) for p in problems] == expected
    assert all(p.path == path for p in problems)


@pytest.mark.parametrize(("data", "expected"), BAD_FILES)
def test_bad_content_file_does_not_stop_the_catalogue(copy_good: Path, data: bytes | str,
                                                      expected: list[tuple[int, Severity, str]]) -> None:
    write(copy_good.parent, data)
    assert sorted(load_catalogue(copy_good, TODAY).ids()) == sorted(MODULES)


def test_unknown_modules_are_not_checked_without_a_module_list(tmp_path: Path) -> None:
    write(tmp_path, "order: [anything]\n")
    assert check_content_file(tmp_path) == []
    assert reading_order(tmp_path) == ["anything"]
