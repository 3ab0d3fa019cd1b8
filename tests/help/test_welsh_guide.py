"""The bundled Welsh guide (``content/help/cy/``): a Welsh copy of every English page with the same places, and
a visible note on each page no Welsh speaker has reviewed yet (issue 13)."""

from __future__ import annotations

import shutil
from pathlib import Path

from nps_trainer.help import check_help, load_guide, load_page
from nps_trainer.paths import bundled_content_dir
from nps_trainer.ui.help_window import NOT_REVIEWED, NOT_TRANSLATED, HelpWindow
from tests.ui.helpers import show_active

BUNDLED = bundled_content_dir() / "help"


def test_every_english_page_has_a_welsh_copy_covering_the_same_places() -> None:
    english = load_guide(BUNDLED)
    welsh = load_guide(BUNDLED, "cy")
    assert welsh.problems == ()
    assert [p.id for p in welsh.pages] == [p.id for p in english.pages]
    for page, original in zip(welsh.pages, english.pages, strict=True):
        assert page.language == "cy" and page.path.parent.name == "cy", page.id
        assert set(page.covers) == set(original.covers), page.id
        assert page.title != original.title or page.id == "keyboard-shortcuts", page.id
        # a part English opens at has a Welsh part to open at too
        for key, anchor in original.covers.items():
            assert bool(page.covers[key]) == bool(anchor), (page.id, key)
            assert not page.covers[key] or page.covers[key] in page.anchors
        assert page.unreviewed_translation, f"{page.path}: say 'translation_reviewed: false' until reviewed"
    assert not any(page.unreviewed_translation for page in english.pages)
    assert welsh.topic("learn.reader") == (welsh.page("learn"), "darllen-modiwl")


def test_translation_reviewed_is_read_and_checked(tmp_path: Path) -> None:
    folder = tmp_path / "cy"
    folder.mkdir()
    page_text = "---\nid: learn\ntitle: Dysgu\ncovers: [learn]\nreviewed: 2026-12-06\n{flag}---\nTestun.\n"
    path = folder / "learn.md"
    path.write_text(page_text.format(flag="translation_reviewed: true\n"), encoding="utf-8")
    page, problems = load_page(path, "cy")
    assert problems == [] and page is not None and not page.unreviewed_translation
    path.write_text(page_text.format(flag=""), encoding="utf-8")
    page, _ = load_page(path, "cy")
    assert page is not None and page.unreviewed_translation  # unsaid: not reviewed
    path.write_text(page_text.format(flag="translation_reviewed: perhaps\n"), encoding="utf-8")
    page, problems = load_page(path, "cy")
    assert page is None and [str(p) for p in problems] == [
        f"{path}:6: 'translation_reviewed' must be true or false (got 'perhaps')"]
    english = tmp_path / "en" / "learn.md"
    english.parent.mkdir()
    english.write_text(page_text.format(flag="translation_reviewed: false\n"), encoding="utf-8")
    page, problems = load_page(english)
    assert page is not None and not page.unreviewed_translation
    assert [p.message for p in problems] == [
        "'translation_reviewed' belongs in a translation (such as cy/), not in English"]


def test_a_welsh_copy_of_a_broken_english_page_is_not_reported_as_a_stray(tmp_path: Path) -> None:
    root = tmp_path / "org"
    shutil.copytree(BUNDLED, root / "help")
    settings = root / "help" / "en" / "settings.md"
    settings.write_text(settings.read_text(encoding="utf-8").replace("reviewed: 2026-12-06\n", ""), encoding="utf-8")
    messages = [str(p) for p in check_help(root)]
    assert messages == [f"{settings}:1: front matter needs 'reviewed' (the date it was last checked)"]


def test_the_window_shows_the_not_reviewed_note_on_welsh_pages_only(qtbot, tmp_path: Path) -> None:
    root = tmp_path / "help"
    shutil.copytree(BUNDLED, root)
    reviewed = root / "cy" / "quizzes.md"
    reviewed.write_text(reviewed.read_text(encoding="utf-8").replace("translation_reviewed: false",
                                                                      "translation_reviewed: true"), encoding="utf-8")
    (root / "cy" / "team.md").unlink()  # shown in English
    window = HelpWindow(load_guide(root, "cy"))
    show_active(qtbot, window)
    note = "This translation has not yet been reviewed by a Welsh speaker."
    assert note == NOT_REVIEWED
    window.show_page("learn")
    text = window.text.toPlainText()
    assert "Darllen modiwl" in text and note in text  # English backend in tests: the note as written
    window.show_page("quizzes")
    assert "Gwneud cwis" in window.text.toPlainText() and note not in window.text.toPlainText()
    window.show_page("team")
    assert NOT_TRANSLATED in window.text.toPlainText() and note not in window.text.toPlainText()
    window.close()
    english = HelpWindow(load_guide(root))
    show_active(qtbot, english)
    english.show_page("learn")
    assert note not in english.text.toPlainText() and "Reading a module" in english.text.toPlainText()
    english.close()
