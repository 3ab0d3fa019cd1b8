"""A combo box whose entries carry Python values, kept on the Python side.

(Reading None back through QVariant with currentData() corrupts None's reference count in PySide6 6.12, so
item data is never used for values here.)"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QComboBox, QStyle, QStyleOptionComboBox, QWidget

_SEPARATOR = object()


class ValueCombo(QComboBox):
    def __init__(self, accessible_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: list[Any] = []
        self._narrowest = 0  # characters; 0: as wide as the longest entry, as Qt has it
        # The wheel over a combo the person has not chosen scrolls the form, never changes an answer (Qt's
        # WheelFocus would take the focus and the answer with it while the form scrolls under the pointer).
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        if accessible_name:
            self.setAccessibleName(accessible_name)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
            return
        # Given to the scroll area the form is in (Qt passes an ignored wheel event on to the parent only when
        # it came from the window system; this way the form scrolls however the event came).
        parent = self.parentWidget()
        while parent is not None and not (isinstance(parent, QAbstractScrollArea)
                                          and parent.viewport().isAncestorOf(self)):
            parent = parent.parentWidget()
        if parent is None:
            event.ignore()
            return
        QApplication.sendEvent(parent.viewport(), event)
        event.accept()

    def narrow_to(self, characters: int) -> None:
        """Let the combo narrow to ``characters`` (longer entries are then shortened with '…' while closed; the
        list that opens stays wide enough for every entry), so that one long entry cannot widen the form. Given
        the room, it is as wide as its longest entry, up to twice that many characters."""
        self._narrowest = characters
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.updateGeometry()

    def _width_for(self, characters: int) -> int:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        metrics = self.fontMetrics()
        text = QSize(metrics.averageCharWidth() * characters, metrics.height())
        return self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, self).width()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self._narrowest:
            hint.setWidth(min(hint.width(), self._width_for(2 * self._narrowest)))
        return hint

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self._narrowest:
            hint.setWidth(min(hint.width(), self._width_for(self._narrowest)))
        return hint

    def showPopup(self) -> None:
        """The open list is as wide as its longest entry, however narrow the combo (within the screen)."""
        view = self.view()
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
        view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth() + scroll_bar)
        super().showPopup()

    def add(self, label: str, value: Any) -> None:
        self.addItem(label)
        self._values.append(value)

    def add_separator(self) -> None:
        self.insertSeparator(self.count())
        self._values.append(_SEPARATOR)

    def value(self) -> Any:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def index_of(self, value: Any) -> int:
        for index, candidate in enumerate(self._values):
            if candidate is not _SEPARATOR and candidate == value and type(candidate) is type(value):
                return index
        return -1

    def set_value(self, value: Any) -> None:
        """Select the entry holding ``value`` (the first entry when there is none)."""
        self.setCurrentIndex(max(0, self.index_of(value)))
