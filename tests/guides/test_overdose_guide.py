"""The overdose guide as data: read, checked and laid out (the screens are tested in tests/ui)."""

from __future__ import annotations

from pathlib import Path

import pytest

from nps_trainer.guides import GUIDE_FILE, check_guides, guide_html, load_overdose_guide
from nps_trainer.paths import bundled_content_dir

BUNDLED = bundled_content_dir() / GUIDE_FILE


def test_the_bundled_guide_reads_and_starts_with_999() -> None:
    guide, problems = load_overdose_guide(BUNDLED)
    assert problems == [] and guide is not None
    assert guide.first.startswith("Call 999")
    headings = [step.heading for step in guide.steps]
    assert headings.index("Call 999") < headings.index("Check breathing") < headings.index("Give naloxone")
    assert "Breathing normally? Recovery position" in headings  # only if breathing normally (issue 12's fix)
    assert guide.sources and guide.reviewed.year >= 2026 and "not clinical advice" in guide.note


@pytest.mark.parametrize("layout", ["screen", "poster", "card"])
def test_every_layout_has_every_step_in_order(layout: str) -> None:
    guide, _ = load_overdose_guide(BUNDLED)
    html = guide_html(guide, layout)
    positions = [html.index(f"<b>{step.heading}.</b>") for step in guide.steps]
    assert positions == sorted(positions) and html.index(guide.first) < positions[0]


@pytest.mark.parametrize(("change", "message"), [
    (("first: \"Call 999 now.", "first: \"Shout for help now."), "'first' must tell the reader to call 999"),
    (("reviewed: 2026-12-06", "reviewed: soon"), "'reviewed' must be a date"),
    (("title: ", "titel: "), "unknown field 'titel'"),
    (("    text: Look for needles", "    txt: Look for needles"), "step 1 needs a 'heading' and a 'text'"),
])
def test_a_broken_guide_is_reported_at_its_line(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    text = BUNDLED.read_text(encoding="utf-8")
    assert change[0] in text
    line = text[:text.index(change[0])].count("\n") + 1
    if message.startswith("step 1"):
        line -= 1  # a step is placed at its first line, the heading
    folder = tmp_path / "content"
    (folder / "guides").mkdir(parents=True)
    (folder / GUIDE_FILE).write_text(text.replace(change[0], change[1], 1), encoding="utf-8")
    problems = check_guides(folder)
    assert problems and message in problems[0].message, problems
    assert problems[0].line == line, problems


def test_a_content_folder_without_its_own_guide_has_nothing_to_check(tmp_path: Path) -> None:
    assert check_guides(tmp_path) == []
