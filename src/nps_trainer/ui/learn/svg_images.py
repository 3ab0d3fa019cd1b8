"""Draw a module's SVG diagrams as crisp images for the reader.

QTextBrowser would rasterise an SVG once at its natural size and then stretch it, which blurs on high-DPI screens
and at larger text sizes. Instead the reader asks for each diagram at the width it will show it (which grows
with the text size and never exceeds the page) and draws it with QSvgRenderer at that width × the screen's
device pixel ratio; the image carries that ratio, so Qt lays it out at the logical width and paints every
device pixel.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from ...content.svg_check import svg_problems

#: At this text size (the 'Normal' setting) a diagram shows at its natural width, in logical pixels.
REFERENCE_PT = 12.0
#: Never narrower than this, however small the window (labels would be unreadable below it).
MIN_WIDTH = 160
#: Never more device pixels than this on either side (a hostile size cannot exhaust memory).
MAX_PIXELS = 8192


def natural_size(path: Path) -> QSizeF | None:
    """The diagram's own size in CSS pixels (its width and height, or its viewBox), or None if it cannot be
    drawn (not a file the content check allows, or not an SVG Qt can read)."""
    renderer = _renderer(path)
    if renderer is None:
        return None
    size = renderer.defaultSize()
    if size.isEmpty():
        return None
    return QSizeF(size)


def display_width(natural_width: float, base_pt: float, available: int) -> int:
    """Logical width to show a diagram at: its natural width scaled with the text size (``base_pt`` against
    :data:`REFERENCE_PT`), but no wider than ``available``."""
    wanted = natural_width * max(base_pt, 1.0) / REFERENCE_PT
    return max(MIN_WIDTH, min(round(wanted), available)) if available >= MIN_WIDTH else MIN_WIDTH


def render_svg(path: Path, width: int, dpr: float = 1.0) -> QImage | None:
    """The SVG at ``path`` drawn ``width`` logical pixels wide for a screen with device pixel ratio ``dpr``: a
    QImage ``width × dpr`` pixels wide whose devicePixelRatio is ``dpr``. None if it cannot be drawn.

    A diagram that would be more than :data:`MAX_PIXELS` device pixels on either side is drawn smaller, both sides
    shrunk alike, so that it keeps its shape (and shows narrower than ``width``)."""
    renderer = _renderer(path)
    if renderer is None:
        return None
    view = renderer.viewBoxF()
    if view.isEmpty():
        return None
    dpr = max(1.0, float(dpr))
    pixels_wide, pixels_high = image_pixels(width * dpr, view.height() / view.width())
    image = QImage(pixels_wide, pixels_high, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter, QRectF(0, 0, pixels_wide, pixels_high))
    painter.end()
    image.setDevicePixelRatio(dpr)
    return image


def image_pixels(wanted_width: float, height_per_width: float) -> tuple[int, int]:
    """Device pixels for a drawing ``wanted_width`` pixels wide whose height is ``height_per_width`` times its
    width: shrunk, keeping that shape, so that neither side is over :data:`MAX_PIXELS`; at least 1 × 1."""
    wide, high = max(1.0, wanted_width), max(1.0, wanted_width) * height_per_width
    scale = min(1.0, MAX_PIXELS / wide, MAX_PIXELS / high) if high > 0 else min(1.0, MAX_PIXELS / wide)
    return max(1, round(wide * scale)), max(1, round(high * scale))


def _renderer(path: Path) -> QSvgRenderer | None:
    """A renderer for an SVG that passes the content check (no scripts, no external files), else None."""
    if not path.is_file() or svg_problems(path):
        return None
    renderer = QSvgRenderer(str(path))
    return renderer if renderer.isValid() else None
