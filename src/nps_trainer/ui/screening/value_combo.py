"""A combo box whose entries carry Python values, kept on the Python side.

(Reading None back through QVariant with currentData() corrupts None's reference count in PySide6 6.12, so
item data is never used for values here.)"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

_SEPARATOR = object()


class ValueCombo(QComboBox):
    def __init__(self, accessible_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: list[Any] = []
        if accessible_name:
            self.setAccessibleName(accessible_name)

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
