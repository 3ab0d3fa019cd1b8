"""A one-line label that shortens its words with '…' when given less width than they need, rather than being cut
or drawn over its neighbour: the status bar's 'Signed in as …' and learning records line at the largest text size.

Its text stays whole for assistive technology (``text()`` is never changed, only what is drawn), and its tooltip
shows the whole text while it is shortened."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QToolTip, QWidget

SHORTEST = 10  # characters kept before the '…' when the label is as narrow as it goes


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        shortest = self.fontMetrics().horizontalAdvance(self.text()[:SHORTEST] + "…")
        margins = self.contentsMargins()
        width = shortest + margins.left() + margins.right() + 2 * self.margin()
        return QSize(min(hint.width(), width), hint.height())

    def shown_text(self) -> str:
        """The words as drawn: the whole text, or its start and '…' when the label is too narrow."""
        width = self.contentsRect().width() - 2 * self.margin()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, max(width, 0))

    def is_shortened(self) -> bool:
        return self.shown_text() != self.text()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.is_shortened():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        area = self.contentsRect().adjusted(self.margin(), self.margin(), -self.margin(), -self.margin())
        self.style().drawItemText(painter, area, int(self.alignment() | Qt.AlignmentFlag.AlignVCenter),
                                  self.palette(), self.isEnabled(), self.shown_text(), self.foregroundRole())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.is_shortened():
            whole = "\n".join(part for part in (self.text(), self.toolTip()) if part)
            QToolTip.showText(event.globalPos(), whole, self)
            return True
        return super().event(event)
