"""The user guide's pages (Qt-free): loading, which page covers which place, falling back to English page by
page, and what ``content check`` says about a broken guide."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from nps_trainer.cli.content_check import collect_problems
from nps_trainer.help import check_help, help_root, load_guide, load_page, page_html
from nps_trainer.paths import bundled_content_dir
from tests.test_cli import run

BUNDLED = bundled_content_dir() / "help"
WELSH_START = """---
id: getting-started
title: Dechrau arni a mewngofnodi
covers: [start, "sign-in#mewngofnodi"]
reviewed: 2026-12-06
---
Prawf yn unig: nid cyfieithiad go iawn. Gweler [llwybrau byr](help:keyboard-shortcuts).

## Mewngofnodi

Dewiswch eich enw.
"""


def _copy_guide(tmp_path: Path) -> Path:
    root = tmp_path / "org"
    shutil.copytree(BUNDLED, root / "help")
    return root


def test_the_bundled_guide_loads_with_a_page_for_every_main_part() -> None:
    guide = load_guide(BUNDLED)
    assert guide.problems == ()
    ids = [page.id for page in guide.pages]
    assert ids[0] == "getting-started" and ids[-1] == "keyboard-shortcuts"
    for page_id in ("learn", "refresher", "quizzes", "screening", "progress", "joint-sessions", "team", "settings",
                    "overdose-guide", "data-protection"):
        assert page_id in ids
    assert all(page.language == "en" and isinstance(page.reviewed, dt.date) for page in guide.pages)
    reader, anchor = guide.topic("learn.reader")
    assert (reader.id, anchor) == ("learn", "reading-a-module")
    assert guide.topic("screening.form")[0].id == "screening"
    assert guide.topic("sign-in") == (guide.page("getting-started"), "")
    assert guide.topic("learn.something-new")[0].id == "learn"  # a place without its own entry: its parent's
    assert guide.topic("nowhere") is None


def test_a_page_renders_its_links_between_pages_and_its_parts() -> None:
    guide = load_guide(BUNDLED)
    html = page_html(guide.page("getting-started"))
    assert 'href="nps-help://team#the-recovery-key"' in html
    assert '<h3 id="forgotten-your-passphrase">' in html
    assert "training, not clinical advice" in html


def test_welsh_falls_back_to_english_page_by_page(tmp_path: Path) -> None:
    root = _copy_guide(tmp_path) / "help"
    shutil.rmtree(root / "cy")  # the bundled Welsh pages: this test makes its own
    (root / "cy").mkdir()
    (root / "cy" / "getting-started.md").write_text(WELSH_START, encoding="utf-8")
    (root / "cy" / "learn.md").write_text("---\nid: learn\ntitle: Dysgu\n---\nDim digon.\n", encoding="utf-8")
    guide = load_guide(root, "cy")
    start = guide.page("getting-started")
    assert start.language == "cy" and start.title == "Dechrau arni a mewngofnodi"
    assert guide.topic("sign-in") == (start, "mewngofnodi")  # its own part for the same place
    assert guide.page("learn").language == "en"  # the Welsh copy lacks 'covers' and 'reviewed': English instead
    assert guide.page("screening").language == "en"  # no Welsh copy at all
    assert [p.id for p in guide.pages] == [p.id for p in load_guide(root).pages]  # English's order
    assert any("learn.md" in str(p.path) and "covers" in p.message for p in guide.problems)
    assert load_guide(root, "fr").pages == load_guide(root).pages  # a language with no folder: all English


def test_the_guide_comes_from_the_content_folder_only_when_it_has_one(tmp_path: Path) -> None:
    assert help_root(tmp_path, bundled_content_dir()) == BUNDLED
    root = _copy_guide(tmp_path)
    assert help_root(root, bundled_content_dir()) == root / "help"


def test_content_check_reports_a_broken_link_and_missing_front_matter_by_file_and_line(tmp_path: Path) -> None:
    root = _copy_guide(tmp_path)
    learn = root / "help" / "en" / "learn.md"
    text = learn.read_text(encoding="utf-8").replace(
        "(help:refresher)", "(help:refreshers)", 1).replace("(help:progress)", "(help:progress#no-such-part)", 1)
    learn.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    broken = next(i for i, row in enumerate(lines, start=1) if "help:refreshers" in row)
    no_part = next(i for i, row in enumerate(lines, start=1) if "#no-such-part" in row)
    settings = root / "help" / "en" / "settings.md"
    settings.write_text(settings.read_text(encoding="utf-8").replace("reviewed: 2026-12-06\n", "", 1)
                        .replace("covers: [settings]", "covers: [settings]\nsummary: oops", 1), encoding="utf-8")
    summary = next(i for i, row in enumerate(settings.read_text(encoding="utf-8").splitlines(), start=1)
                   if row.startswith("summary:"))
    messages = [str(p) for p in check_help(root)]
    assert f"{learn}:{broken}: link 'help:refreshers': there is no help page 'refreshers'" in "\n".join(messages)
    assert any(m.startswith(f"{learn}:{no_part}: link 'help:progress#no-such-part': page 'progress' has no part")
               for m in messages)
    assert any(m.startswith(f"{settings}:1: front matter needs 'reviewed'") for m in messages)
    assert any(m.startswith(f"{settings}:{summary}: unknown field 'summary'") for m in messages)
    assert [m for m in messages if str(settings) in m or str(learn) in m] == messages  # nothing else
    # the whole content check includes them, and the command fails
    assert len([p for p in collect_problems(root, None, bundled=False) if "help" in str(p.path)]) == len(messages)
    result = run("content", "check", str(root))
    assert result.returncode == 1 and f"{learn}:{broken}: link 'help:refreshers'" in result.stdout


def test_a_page_with_no_front_matter_a_wrong_id_or_a_missing_part_is_refused(tmp_path: Path) -> None:
    bare = tmp_path / "bare.md"
    bare.write_text("Just text.\n", encoding="utf-8")
    page, problems = load_page(bare)
    assert page is None and str(problems[0]) == f"{bare}:1: file must start with a '---' line opening the front matter"
    wrong = tmp_path / "wrong.md"
    wrong.write_text("---\nid: right\ntitle: T\ncovers: [learn, 'learn.reader#nope', learn]\n"
                     "reviewed: 2026-12-06\n---\n## A part\n", encoding="utf-8")
    page, problems = load_page(wrong)
    assert page is None
    messages = [str(p) for p in problems]
    assert f"{wrong}:2: 'id' must be the file's name, 'wrong'" in messages
    assert any(m.startswith(f"{wrong}:4: 'covers' entry 'learn.reader#nope': this page has no part '#nope'")
               for m in messages)
    assert f"{wrong}:4: 'covers' names 'learn' twice" in messages


def test_a_translation_of_a_page_english_lacks_and_two_pages_covering_one_place_are_errors(tmp_path: Path) -> None:
    root = _copy_guide(tmp_path)
    stray = root / "help" / "cy" / "extra.md"
    stray.write_text("---\nid: extra\ntitle: Ychwanegol\ncovers: [extra]\nreviewed: 2026-12-06\n---\nTestun.\n",
                     encoding="utf-8")
    refresher = root / "help" / "en" / "refresher.md"
    refresher.write_text(refresher.read_text(encoding="utf-8").replace("covers: [refresher]",
                                                                       "covers: [refresher, learn]"), encoding="utf-8")
    messages = [str(p) for p in check_help(root)]
    assert f"{stray}:1: there is no English page 'extra' for this copy" in messages
    assert any("'learn' is covered by both" in m for m in messages)


def test_the_bundled_guide_passes_content_check() -> None:
    assert check_help(bundled_content_dir()) == []
