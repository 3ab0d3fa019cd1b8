"""The screening form's ``figures`` block: what the caseload figures count is data, checked by the loader with
file:line messages, so a licensed organisation's form can define its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from nps_trainer.paths import bundled_screening_dir
from nps_trainer.screening.checks import load_form
from nps_trainer.screening.loader import FormLoadError, load_form_text
from nps_trainer.screening.model import FIGURE_KEYS

BUNDLED = bundled_screening_dir() / "nps-screening.yaml"
TEXT = BUNDLED.read_text(encoding="utf-8")
BLOCK_START = TEXT.index("figures:\n")
BLOCK_END = TEXT.index("\n\n", BLOCK_START) + 1


def with_block(block: str) -> str:
    return TEXT[:BLOCK_START] + block + TEXT[BLOCK_END:]


def line_of(text: str, fragment: str) -> int:
    return text[:text.index(fragment)].count("\n") + 1


def test_the_bundled_form_defines_every_figure_from_summary_items() -> None:
    form = load_form(BUNDLED)
    assert set(form.figures) == set(FIGURE_KEYS)
    # form version 2 names methamphetamine (class A) apart from amphetamine (class B)
    assert form.figures["class_a"].values == {"heroin", "crack", "cocaine", "methamphetamine", "nitazenes_fake_pills"}
    assert form.figures["opioids"].values == {"heroin", "nitazenes_fake_pills", "opioid_medicines_not_theirs"}
    assert "opioid_medicines_not_theirs" not in form.figures["class_a"].values  # methadone mixed with class C
    assert "amphetamine" not in form.figures["class_a"].values  # amphetamine class B
    assert form.figures["recent_release"].values == {"yes"} and form.figures["injecting"].values == {"current"}
    for test in form.figures.values():
        assert form.item(test.item).summary
    assert form.figures["in_treatment"].holds({"treatment_status": ["in_treatment"]})
    assert not form.figures["in_treatment"].holds({"treatment_status": ["referred"]})
    assert not form.figures["naloxone_held"].holds({})


def test_the_summary_items_are_choice_or_yes_no_items_only() -> None:
    form = load_form(BUNDLED)
    summary = sorted(i for i in form.item_ids() if form.item(i).summary)
    assert summary == ["category", "injecting_ever", "naloxone_held", "recent_release", "treatment_status"]


def test_a_form_without_a_figures_block_counts_people_and_flags_only() -> None:
    result = load_form_text(with_block(""), BUNDLED)
    assert [str(p) for p in result.problems] == [] and result.form.figures == {}


@pytest.mark.parametrize(("change", "fragment", "message"), [
    (("injecting: {item: injecting_ever", "injecting: {item: housing"), "injecting: {item: housing",
     "figures 'injecting': item 'housing' must be marked summary: true"),
    (("injecting: {item: injecting_ever", "injecting: {item: nowhere"), "injecting: {item: nowhere",
     "figures 'injecting': unknown item 'nowhere'"),
    (("values: [current]", "values: [current, daily]"), "values: [current, daily]",
     "figures 'injecting': 'daily' is not a choice of item 'injecting_ever' (choices: current, never, previous)"),
    (('naloxone_held: {item: naloxone_held, values: ["yes"]}', "naloxone_held: {item: naloxone_held, values: [maybe]}"),
     "values: [maybe]", "figures 'naloxone_held': 'maybe' is not a choice of item 'naloxone_held' (choices: no, yes)"),
    (("values: [current]", "values: []"), "values: []", "figures 'injecting': 'values' must be a list"),
    (("  injecting:", "  injected:"), "injected:", "figures: unknown key 'injected'"),
    (("{item: injecting_ever, values: [current]}", "{item: injecting_ever, values: [current], count: 2}"),
     "count: 2", "figures 'injecting': unknown key 'count'"),
])
def test_mistakes_are_reported_with_file_and_line(change: tuple[str, str], fragment: str, message: str) -> None:
    text = TEXT.replace(*change)
    assert text != TEXT
    result = load_form_text(text, BUNDLED)
    shown = [str(p) for p in result.problems]
    expected = f"{BUNDLED}:{line_of(text, fragment)}: {message}"
    assert any(s.startswith(expected) for s in shown), shown


def test_a_missing_figure_and_a_block_of_the_wrong_kind(tmp_path: Path) -> None:
    text = TEXT.replace("  recent_release: {item: recent_release, values: [\"yes\"]}\n", "")
    shown = [str(p) for p in load_form_text(text, BUNDLED).problems]
    assert shown == [f"{BUNDLED}:{line_of(text, 'figures:') + 1}: figures: 'recent_release' is required (an item "
                     "marked summary: true and its values)"]  # the block's first line
    wrong = with_block("figures: [class_a]\n")
    shown = [str(p) for p in load_form_text(wrong, BUNDLED).problems]
    assert any(s.startswith(f"{BUNDLED}:{line_of(wrong, 'figures:')}: form: 'figures' must be a mapping")
               for s in shown), shown
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FormLoadError, match="recent_release"):
        load_form(path)
