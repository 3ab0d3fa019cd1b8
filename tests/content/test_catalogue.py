"""Loading a folder of modules: order, lookup, and broken modules that do not stop the rest."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from nps_trainer.content.catalogue import Catalogue, load_catalogue
from tests.content.support import FIXTURES, TODAY


def test_order_prerequisites_then_title(good_catalogue: Catalogue) -> None:
    # 'Advanced practice' sorts first by title but needs both other modules.
    assert good_catalogue.ids() == ["basics", "pictures", "advanced"]
    assert good_catalogue.unavailable == ()
    assert good_catalogue.problems == ()


def test_lookup(good_catalogue: Catalogue) -> None:
    assert "pictures" in good_catalogue
    assert good_catalogue.get("pictures") is good_catalogue["pictures"]
    assert good_catalogue.get("nowhere") is None
    with pytest.raises(KeyError):
        good_catalogue["nowhere"]
    assert len(good_catalogue) == 3
    assert [m.id for m in good_catalogue] == good_catalogue.ids()


def test_broken_module_does_not_stop_the_others(copy_good: Path) -> None:
    shutil.copy(FIXTURES / "bad" / "callouts.md", copy_good / "callouts.md")
    (copy_good / "empty.md").write_text("", encoding="utf-8")
    catalogue = load_catalogue(copy_good, TODAY)
    assert catalogue.ids() == ["basics", "pictures", "advanced"]
    assert [(u.path.name, u.id) for u in catalogue.unavailable] == [
        ("callouts.md", "callouts"), ("empty.md", None)]
    broken = catalogue.unavailable[0]
    assert broken.title == "Callout mistakes"
    assert broken.problems[0].line == 20
    assert broken.reason.startswith("line 20: unknown callout kind 'warning'")
    assert catalogue.unavailable[1].reason == (
        "line 1: file is empty: a module starts with front matter between '---' lines")


def test_bad_folder_loads_what_it_can(bad_root: Path) -> None:
    catalogue = load_catalogue(bad_root, TODAY)
    # Cross-module problems (unknown prerequisites, cycles, dead links) do not hide a module;
    # its own errors do.
    # Modules on a prerequisite cycle come last.
    assert catalogue.ids() == ["dup", "stale", "target", "unknown-prereq", "cycle-a", "cycle-b"]
    unavailable = {str(u.path.relative_to(bad_root)) for u in catalogue.unavailable}
    assert "dup.md" in unavailable and "dup/module.md" not in unavailable
    assert "stale.md" not in unavailable  # a warning only


def test_not_utf8(tmp_path: Path) -> None:
    (tmp_path / "latin.md").write_bytes(b"---\nid: latin\ntitle: caf\xe9\n---\n")
    catalogue = load_catalogue(tmp_path, TODAY)
    # At the line of the first byte that is not UTF-8, not at line 0.
    assert catalogue.unavailable[0].reason == (
        "line 3: file is not UTF-8 text (byte 0xe9 on this line): save it as UTF-8")


def test_missing_or_empty_root(tmp_path: Path) -> None:
    assert len(load_catalogue(tmp_path / "nowhere", TODAY)) == 0
    assert len(load_catalogue(tmp_path, TODAY)) == 0
