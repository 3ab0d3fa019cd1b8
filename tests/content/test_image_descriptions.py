"""An image's alt text is shown as words on the page ('Picture: ...'): after the caption for a picture in its
own paragraph, on the same line for one inside a sentence, and not at all for an image that is not shown (which
already says what it would have shown)."""

from __future__ import annotations

from pathlib import Path

from nps_trainer.content.loader import read_module_file
from nps_trainer.content.markdown_html import image_description
from nps_trainer.content.render import render_section
from tests.content.support import TODAY

SVG = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100" width="200" height="100">'
       '<rect width="200" height="100"/></svg>')


def _render_last_section(modules: Path, markdown: str) -> str:
    (modules / "basics").mkdir(exist_ok=True)
    (modules / "basics" / "chart.svg").write_text(SVG, encoding="utf-8")
    path = modules / "basics.md"
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + markdown + "\n", encoding="utf-8")
    module = read_module_file(path, TODAY).module
    assert module is not None
    return render_section(module, len(module.sections) - 1)


def test_the_description_is_a_sentence_after_picture() -> None:
    assert image_description("A blue box\n  saying Call 999") == "Picture: A blue box saying Call 999."
    assert image_description("Is it safe?") == "Picture: Is it safe?"


def test_a_picture_in_its_own_paragraph_is_described_after_its_caption(copy_good: Path) -> None:
    html = _render_last_section(copy_good, "![A blue box saying Call 999](basics/chart.svg)\n\n"
                                           "*Figure 1. What to do first.*\n\nThe next paragraph.")
    image = html.index('<img alt="A blue box saying Call 999"')
    caption = html.index("<p><em>Figure 1. What to do first.</em></p>")
    description = html.index('<p><span class="image-description">Picture: A blue box saying Call 999.</span></p>')
    assert image < caption < description < html.index("The next paragraph.")


def test_a_picture_without_a_caption_is_described_straight_after_it(copy_good: Path) -> None:
    html = _render_last_section(copy_good, "![A blue box saying Call 999](basics/chart.svg)\n\nThe next paragraph.")
    image = html.index("<img")
    description = html.index('<span class="image-description">Picture: A blue box saying Call 999.</span>')
    assert image < description < html.index("The next paragraph.")


def test_a_picture_inside_a_sentence_is_described_on_its_line(copy_good: Path) -> None:
    html = _render_last_section(copy_good, "Look for ![a blue box](basics/chart.svg) on the poster.")
    assert '<span class="image-description"> (Picture: a blue box.)</span> on the poster.' in html


def test_an_image_that_is_not_shown_is_not_described_twice(copy_good: Path) -> None:
    html = _render_last_section(copy_good, "![A tracker](https://example.org/t.gif)")
    assert "[Image not shown: A tracker]" in html and "Picture:" not in html
