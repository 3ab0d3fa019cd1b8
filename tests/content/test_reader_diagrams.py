"""The reader shows the bundled SVG diagrams drawn at the width they are shown at: growing with the text size,
never wider than the page, redrawn when the window narrows, and at twice the pixels on a screen with device
pixel ratio 2 (so they stay crisp)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument

from nps_trainer.content.catalogue import Catalogue, load_catalogue
from nps_trainer.paths import bundled_content_dir
from nps_trainer.ui.learn.browser import ModuleBrowser
from nps_trainer.ui.learn.reader_page import ReaderPage
from nps_trainer.ui.learn.structured_view import ImageBlock, StructuredView
from nps_trainer.ui.learn.svg_images import REFERENCE_PT, natural_size, render_svg

IMAGE = QTextDocument.ResourceType.ImageResource.value
DIAGRAMS = sorted((bundled_content_dir() / "modules").glob("*/*.svg"))


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue(bundled_content_dir() / "modules")


def where_shown(catalogue: Catalogue, svg: Path) -> tuple[str, int]:
    """The module id and section index that show ``svg``."""
    module = catalogue[svg.parent.name]
    for index, section in enumerate(module.sections):
        if re.search(rf"!\[[^\]]+\]\([^)]*{re.escape(svg.name)}\)", section.markdown):
            return module.id, index
    raise AssertionError(f"no section of {module.id} shows {svg.name}")


def shown_images(browser: StructuredView | ModuleBrowser) -> list[tuple[str, QImage, float]]:
    """Each picture on the page: its file name (a text browser's: its address), the image drawn for it, and the
    width the page gives it."""
    if isinstance(browser, ModuleBrowser):
        return _text_browser_images(browser)
    found = []
    for block in browser.widget().findChildren(ImageBlock):  # the page on show (an old one goes later)
        if block.shown is None:
            continue
        width, _dpr = block.shown
        found.append((block.path.name, block.drawn, float(width)))
    return found


def _text_browser_images(browser: ModuleBrowser) -> list[tuple[str, QImage, float]]:
    """The same for a QTextBrowser (the joint-session room's screen): each image the document holds, and the
    width the page layout gives it (the image is alone on its line)."""
    document = browser.document()
    found = []
    block = document.begin()
    while block.isValid():
        for offset in range(block.length() - 1):
            cursor = browser.textCursor()
            cursor.setPosition(block.position() + offset + 1)
            char_format = cursor.charFormat()
            if char_format.isImageFormat():
                name = char_format.toImageFormat().name()
                image = QImage(document.resource(IMAGE, QUrl(name)))
                line = block.layout().lineForTextPosition(offset)
                found.append((name, image, line.naturalTextWidth()))
        block = block.next()
    return found


def open_reader(qtbot, catalogue: Catalogue, svg: Path, base_pt: float, width: int = 1400) -> ReaderPage:  # type: ignore[no-untyped-def]
    reader = ReaderPage()
    qtbot.addWidget(reader)
    reader.resize(width, 900)
    reader.show()
    qtbot.waitExposed(reader)
    module_id, index = where_shown(catalogue, svg)
    reader.open(catalogue[module_id], catalogue, base_pt, index)
    if reader.pages.currentWidget() is not reader.browser:  # a content warning first: choose to read on
        reader.warning_panel.show_button.click()
    return reader


def the_diagram(reader: ReaderPage, svg: Path) -> tuple[QImage, float]:
    images = [(image, width) for name, image, width in shown_images(reader.browser) if name.endswith(svg.name)]
    assert len(images) == 1, f"{svg.name} should be on the page once"
    return images[0]


@pytest.mark.parametrize("svg", DIAGRAMS, ids=lambda path: path.name)
def test_each_diagram_is_shown_and_grows_with_the_text_size(qtbot, catalogue: Catalogue, svg: Path) -> None:  # type: ignore[no-untyped-def]
    natural = natural_size(svg)
    assert natural is not None
    reader = open_reader(qtbot, catalogue, svg, 10.0)
    small, small_width = the_diagram(reader, svg)
    reader.set_text_size(14.0)
    large, large_width = the_diagram(reader, svg)
    assert small_width == pytest.approx(round(natural.width() * 10.0 / REFERENCE_PT), abs=1)
    assert large_width == pytest.approx(round(natural.width() * 14.0 / REFERENCE_PT), abs=1)
    for image, width in ((small, small_width), (large, large_width)):
        assert image.devicePixelRatio() == 1.0
        assert image.width() == pytest.approx(width, abs=1)  # drawn at the size shown, not stretched
        assert image.height() == pytest.approx(width * natural.height() / natural.width(), abs=1)
    assert not large.isNull() and large.pixelColor(large.width() // 2, 2).alpha() > 0  # painted, not blank


def test_a_diagram_never_overflows_the_page_and_is_redrawn_when_the_window_narrows(qtbot, catalogue: Catalogue) -> None:  # type: ignore[no-untyped-def]
    svg = next(path for path in DIAGRAMS if path.name == "overdose-response-steps.svg")
    reader = open_reader(qtbot, catalogue, svg, 17.0)
    _image, wide = the_diagram(reader, svg)
    assert wide == pytest.approx(round(640 * 17.0 / REFERENCE_PT), abs=1)  # room for the full size
    reader.resize(760, 900)
    qtbot.waitUntil(lambda: the_diagram(reader, svg)[1] < wide, timeout=3000)
    image, narrow = the_diagram(reader, svg)
    assert narrow <= reader.browser.available_width()
    assert narrow <= reader.browser.viewport().width()
    assert image.width() == pytest.approx(narrow, abs=1)
    assert reader.browser.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways


def test_at_device_pixel_ratio_2_the_diagram_has_twice_the_pixels(qtbot, catalogue: Catalogue) -> None:  # type: ignore[no-untyped-def]
    svg = next(path for path in DIAGRAMS if path.name == "recovery-position.svg")
    reader = open_reader(qtbot, catalogue, svg, 12.0)
    _image, width = the_diagram(reader, svg)
    reader.browser.devicePixelRatioF = lambda: 2.0  # as on a high-DPI screen
    reader.set_text_size(12.0)
    image, width_2 = the_diagram(reader, svg)
    assert width_2 == pytest.approx(width, abs=1)  # the same size on the page...
    assert image.devicePixelRatio() == 2.0
    assert image.width() == pytest.approx(2 * width, abs=2)  # ...with a device pixel for every pixel


def test_render_svg_draws_width_times_dpr_pixels(tmp_path: Path) -> None:
    svg = next(path for path in DIAGRAMS if path.name == "three-part-test.svg")
    one = render_svg(svg, 320, 1.0)
    two = render_svg(svg, 320, 2.0)
    assert one is not None and two is not None
    assert (one.width(), two.width()) == (320, 640)
    assert two.devicePixelRatio() == 2.0 and two.deviceIndependentSize().width() == pytest.approx(320)
    assert two.height() == pytest.approx(2 * one.height(), abs=1)
    # The dpr-2 image is really drawn at that resolution: its edges are far sharper than the dpr-1 image smoothly
    # stretched to the same size (what a picture rasterised once at its natural size looks like on such a screen).
    stretched = one.scaled(two.width(), two.height(), Qt.AspectRatioMode.IgnoreAspectRatio,
                           Qt.TransformationMode.SmoothTransformation)
    assert _edges(two) > 2 * _edges(stretched)
    assert _sharpness(two) > 1.3 * _sharpness(stretched)


def _edges(image: QImage) -> int:
    """Pixels that differ strongly from their right-hand neighbour along a row of text and lines."""
    count = 0
    for y in range(0, image.height(), 7):
        for x in range(image.width() - 1):
            a, b = image.pixelColor(x, y), image.pixelColor(x + 1, y)
            if abs(a.lightness() - b.lightness()) > 96:
                count += 1
    return count


def _sharpness(image: QImage) -> float:
    """Mean absolute lightness step between neighbours: higher for crisp edges, lower for blurred ones."""
    total, steps = 0, 0
    for y in range(0, image.height(), 5):
        for x in range(image.width() - 1):
            total += abs(image.pixelColor(x, y).lightness() - image.pixelColor(x + 1, y).lightness())
            steps += 1
    return total / steps


def test_an_svg_that_fails_the_check_is_not_drawn(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "module"
    folder.mkdir()
    bad = folder / "bad.svg"
    bad.write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9"><script>x()</script></svg>',
                   encoding="utf-8")
    good = folder / "good.svg"
    good.write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 90 30"><rect width="90" height="30"/>'
                    "</svg>", encoding="utf-8")
    browser = ModuleBrowser()
    qtbot.addWidget(browser)
    browser.resize(600, 400)
    browser.image_folder = folder
    assert browser.loadResource(IMAGE, QUrl.fromLocalFile(str(bad))) is None
    drawn = browser.loadResource(IMAGE, QUrl.fromLocalFile(str(good)))
    assert isinstance(drawn, QImage) and drawn.width() == 160  # 90 px is below the smallest width shown
