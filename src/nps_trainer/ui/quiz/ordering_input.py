"""Ordering without drag and drop: a numbered list, with Move up (Alt+Up) and Move down (Alt+Down)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListView, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ...quiz.model import Ordering
from ..widgets import note
from .answer_input import AnswerInput

ID_ROLE = Qt.ItemDataRole.UserRole


class OrderingInput(AnswerInput):
    def __init__(self, question: Ordering, order: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts = {i.id: " ".join(i.text.split()) for i in question.items}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setAccessibleName("Items to put in order")
        self.list.setAccessibleDescription("Up and Down choose an item; Alt+Up and Alt+Down move it")
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(2)
        self.list.setStyleSheet("QListWidget::item { padding: 4px; }")
        layout.addWidget(self.list, 1)

        column = QVBoxLayout()
        self.up_button = QPushButton("Move up (Alt+Up)")
        self.up_button.setAccessibleName("Move up")
        self.up_button.setAccessibleDescription("Moves the chosen item one place up (Alt+Up)")
        self.down_button = QPushButton("Move down (Alt+Down)")
        self.down_button.setAccessibleName("Move down")
        self.down_button.setAccessibleDescription("Moves the chosen item one place down (Alt+Down)")
        for button in (self.up_button, self.down_button):
            column.addWidget(button)
        # Shortcuts act at once (a button's own shortcut clicks it after a short animation).
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            QShortcut(QKeySequence(keys), self, lambda step=step: self.move(step),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.moved_note = note("")
        self.moved_note.setObjectName("orderingMoved")
        self.moved_note.setFixedWidth(max(self.up_button.sizeHint().width(), self.down_button.sizeHint().width()))
        column.addWidget(self.moved_note)
        column.addStretch(1)
        layout.addLayout(column)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self._fill([i for i in order if i in self._texts])
        self.list.setCurrentRow(0)

    def _fill(self, ids: list[str]) -> None:
        self.list.clear()
        for position, item_id in enumerate(ids, 1):
            item = QListWidgetItem(f"{position}. {self._texts[item_id]}")
            item.setData(ID_ROLE, item_id)
            self.list.addItem(item)
        rows = sum(self.list.sizeHintForRow(r) + 2 * self.list.spacing() for r in range(self.list.count()))
        self.list.setMinimumHeight(min(rows + 2 * self.list.frameWidth() + 4, 480))  # every item in view

    def order(self) -> list[str]:
        return [self.list.item(row).data(ID_ROLE) for row in range(self.list.count())]

    def move(self, step: int) -> None:
        if not self.isEnabled():
            return
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        ids = self.order()
        ids[row], ids[target] = ids[target], ids[row]
        self._fill(ids)
        self.list.setCurrentRow(target)
        text = f"Moved “{self._texts[ids[target]]}” to position {target + 1} of {len(ids)}."
        self.moved_note.setText(f"Moved to position {target + 1} of {len(ids)}.")
        self.moved_note.setAccessibleName(text)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def answer(self) -> Any:
        return self.order()

    def set_answer(self, answer: Any) -> None:
        if isinstance(answer, list) and answer:
            rest = [i for i in self.order() if i not in answer]
            self._fill([i for i in answer if i in self._texts] + rest)
            self.list.setCurrentRow(0)

    def set_locked(self, locked: bool) -> None:
        self.up_button.setEnabled(not locked)
        self.down_button.setEnabled(not locked)
        self.moved_note.setText("")

    def focus_first(self) -> None:
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
