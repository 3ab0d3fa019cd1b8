"""Small drawn icons for a section's state (shown with the state in words, never alone).

Each icon is drawn afresh at every device pixel ratio it is wanted at (1, 1.5, 2, 3), in logical
coordinates, so it stays sharp on a high-DPI screen instead of a blurred 18-pixel picture scaled up."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from ...screening import SectionStatus
from .. import colours

SIZE = 18
PIXEL_RATIOS = (1.0, 1.25, 1.5, 2.0, 3.0)


def status_icon(status: SectionStatus) -> QIcon:
    """The icon in colours that stand out (at least 3:1) from the current palette's Base colour."""
    background, text = colours.base_colours()
    return _icon(status, background.rgba(), text.rgba())


@cache
def _icon(status: SectionStatus, background_rgba: int, text_rgba: int) -> QIcon:
    icon = QIcon()
    for ratio in PIXEL_RATIOS:
        icon.addPixmap(_drawn(status, QColor.fromRgba(background_rgba), QColor.fromRgba(text_rgba), ratio))
    return icon


def _drawn(status: SectionStatus, background: QColor, text: QColor, ratio: float) -> QPixmap:
    """The icon on a pixmap of SIZE × ``ratio`` pixels, drawn in SIZE × SIZE logical units."""
    done, partly = colours.border("good", background), colours.border("warn", background)
    quiet = colours.muted(background, text)
    pixmap = QPixmap(round(SIZE * ratio), round(SIZE * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(2, 2, SIZE - 4, SIZE - 4)
    if status is SectionStatus.COMPLETE:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(done)
        painter.drawEllipse(box)
        painter.setPen(QPen(background, 2))
        painter.drawPolyline([QPointF(5.5, 9.5), QPointF(8, 12), QPointF(12.5, 6.5)])
    elif status is SectionStatus.INCOMPLETE:
        painter.setPen(QPen(partly, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box)
        painter.setBrush(partly)
        painter.drawPie(box, 90 * 16, 180 * 16)
    elif status is SectionStatus.NOT_STARTED:
        painter.setPen(QPen(quiet, 2))
        painter.drawEllipse(box)
    else:
        painter.setPen(QPen(quiet, 2))
        painter.drawLine(QPointF(5, SIZE / 2), QPointF(SIZE - 5, SIZE / 2))
    painter.end()
    return pixmap
