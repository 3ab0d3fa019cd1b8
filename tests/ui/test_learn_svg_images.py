"""A diagram too big to draw at full size is drawn smaller with its shape kept, never squashed; a viewBox that
cannot size a drawing is not drawn at all."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtGui")

from PySide6.QtGui import QColor, QImage

from nps_trainer.ui.learn.svg_images import MAX_PIXELS, image_pixels, natural_size, render_svg

RED = QColor("#ff0000")


def _tall_svg(folder: Path, width: int, height: int) -> Path:
    """A ``width`` × ``height`` diagram, blue, with a red square ``width`` on a side at its top."""
    svg = folder / "tall.svg"
    svg.write_text(f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}">'
                   f'<rect width="{width}" height="{height}" fill="#0000ff"/>'
                   f'<rect width="{width}" height="{width}" fill="#ff0000"/></svg>', encoding="utf-8")
    return svg


def _red_rows(image: QImage) -> int:
    x = image.width() // 2
    return sum(1 for y in range(image.height()) if image.pixelColor(x, y) == RED)


def test_image_pixels_shrinks_both_sides_alike() -> None:
    assert image_pixels(400, 0.5) == (400, 200)  # within the limit: as asked
    assert image_pixels(400, 100.0) == (82, MAX_PIXELS)  # too tall: narrower too
    assert image_pixels(20_000, 0.5) == (MAX_PIXELS, MAX_PIXELS // 2)  # too wide: lower too
    assert image_pixels(0, 1.0) == (1, 1)


@pytest.mark.parametrize("dpr", [1.0, 2.0])
def test_a_very_tall_diagram_keeps_its_shape(qapp, tmp_path: Path, dpr: float) -> None:  # type: ignore[no-untyped-def]
    svg = _tall_svg(tmp_path, 100, 10_000)
    image = render_svg(svg, 400, dpr)
    assert image is not None
    assert image.height() == MAX_PIXELS and image.width() == round(MAX_PIXELS / 100)  # both sides shrunk alike
    assert image.devicePixelRatio() == dpr
    assert image.height() / image.width() == pytest.approx(100, rel=0.02)
    assert _red_rows(image) == pytest.approx(image.width(), abs=2)  # the red square is still square


def test_a_diagram_within_the_limit_is_drawn_at_the_width_asked(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    svg = _tall_svg(tmp_path, 100, 300)
    image = render_svg(svg, 200, 2.0)
    assert image is not None and (image.width(), image.height()) == (400, 1200)
    assert _red_rows(image) == pytest.approx(400, abs=2)


@pytest.mark.parametrize("view_box", ["", "0 0 0 10", "0 0 10 0"])
def test_an_empty_or_zero_size_viewbox_is_not_drawn(qapp, tmp_path: Path, view_box: str) -> None:  # type: ignore[no-untyped-def]
    svg = tmp_path / "flat.svg"
    svg.write_text(f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{view_box}" width="10" height="10">'
                   '<rect width="10" height="10"/></svg>', encoding="utf-8")
    assert natural_size(svg) is None
    assert render_svg(svg, 200) is None
