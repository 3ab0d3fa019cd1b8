"""A screen reader gets each bundled diagram's alt text: the picture is an accessible graphic named by it, and
the reader also shows it as a 'Picture: ...' line under the diagram's caption (for anyone who cannot make out the
picture), which is in the text the page's accessible interfaces give, in reading order."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtGui import QAccessible

from nps_trainer.content.catalogue import Catalogue, load_catalogue
from nps_trainer.paths import bundled_content_dir
from nps_trainer.ui.learn.reader_page import ReaderPage
from nps_trainer.ui.learn.structured_view import ImageBlock, TextBlock

DIAGRAMS = sorted((bundled_content_dir() / "modules").glob("*/*.svg"))
IMAGE = re.compile(r"!\[([^\]]+)\]\(([^)\s]+)\)\n\n\*(Figure \d+\.[^*]*)\*")


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue(bundled_content_dir() / "modules")


def _words(text: str) -> str:
    return " ".join(text.split())


def accessible_text(reader: ReaderPage) -> str:
    """What a screen reader reads of the page, block by block in reading order: a text block's accessible text
    interface, a picture's role and name (U+FFFC, the object replacement character, marks where it is)."""
    heard = []
    for block in reader.browser.flow():
        interface = QAccessible.queryAccessibleInterface(block)
        assert interface is not None
        if isinstance(block, ImageBlock):
            assert interface.role() == QAccessible.Role.Graphic
            heard.append("\ufffc " + interface.text(QAccessible.Text.Name))
            continue
        text_interface = interface.textInterface()
        heard.append(text_interface.text(0, text_interface.characterCount()) if text_interface is not None
                     else interface.text(QAccessible.Text.Name))
    return "\n".join(heard)


def test_every_bundled_diagram_is_checked() -> None:
    assert len(DIAGRAMS) >= 6


@pytest.mark.parametrize("svg", DIAGRAMS, ids=lambda path: path.name)
def test_each_diagrams_alt_text_reaches_the_accessible_text_after_its_caption(qtbot, catalogue: Catalogue,  # type: ignore[no-untyped-def]
                                                                             svg: Path) -> None:
    module = catalogue[svg.parent.name]
    index, alt, caption = next((index, match.group(1), match.group(3))
                               for index, section in enumerate(module.sections)
                               for match in IMAGE.finditer(section.markdown) if match.group(2).endswith(svg.name))
    reader = ReaderPage()
    qtbot.addWidget(reader)
    reader.resize(1100, 800)
    reader.show()
    qtbot.waitExposed(reader)
    reader.open(module, catalogue, 12.0, index)
    if reader.pages.currentWidget() is not reader.browser:  # a content warning first: choose to read on
        reader.warning_panel.show_button.click()

    heard = _words(accessible_text(reader))
    description = f"Picture: {_words(alt)}."
    assert description in heard, f"the alt text of {svg.name} is not in the accessible text"
    image_at = heard.find("\ufffc")
    assert 0 <= image_at < heard.find(_words(caption)) < heard.find(description)  # picture, caption, description
    assert description in _words(reader.browser.toPlainText())  # the same words are on the page for everyone
    assert _words(alt) in heard[image_at:heard.find(_words(caption))]  # the picture itself is named by its alt text
    blocks = [block for block in reader.browser.flow() if isinstance(block, TextBlock)
              and not block.document().find("Picture: ").isNull()]
    assert blocks, "no 'Picture:' line on the page"
    shown = blocks[0].document().find("Picture: ")
    assert shown.charFormat().fontPointSize() < 12.0  # smaller print, but there
