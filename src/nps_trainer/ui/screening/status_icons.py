"""Small drawn icons for a section's state (shown with the state in words, never alone)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from ...screening import SectionStatus

SIZE = 18


@cache
def status_icon(status: SectionStatus) -> QIcon:
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(2, 2, SIZE - 4, SIZE - 4)
    if status is SectionStatus.COMPLETE:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#00703c"))
        painter.drawEllipse(box)
        painter.setPen(QPen(QColor("white"), 2))
        painter.drawPolyline([QPointF(5.5, 9.5), QPointF(8, 12), QPointF(12.5, 6.5)])
    elif status is SectionStatus.INCOMPLETE:
        painter.setPen(QPen(QColor("#b25b00"), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box)
        painter.setBrush(QColor("#b25b00"))
        painter.drawPie(box, 90 * 16, 180 * 16)
    elif status is SectionStatus.NOT_STARTED:
        painter.setPen(QPen(QColor("#505a5f"), 2))
        painter.drawEllipse(box)
    else:
        painter.setPen(QPen(QColor("#8a8a8a"), 2))
        painter.drawLine(QPointF(5, SIZE / 2), QPointF(SIZE - 5, SIZE / 2))
    painter.end()
    return QIcon(pixmap)
