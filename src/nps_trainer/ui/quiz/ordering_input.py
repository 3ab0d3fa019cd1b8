"""Ordering without drag and drop: a numbered list, with Move up (Alt+Up) and Move down (Alt+Down).

The list starts in a mixed-up order that is not the learner's answer: there is no answer until an item has
been moved or "Keep this order as my answer" is ticked (moving an item ticks it), so a skipped question is not
saved or scored as answered."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ...quiz.model import Ordering
from ..widgets import note
from .answer_input import AnswerInput

ID_ROLE = Qt.ItemDataRole.UserRole
MAX_LIST_HEIGHT = 480


class _ItemList(QListWidget):
    """The numbered items, tall enough to show them all (up to a limit) at the width the list has: long items
    wrap when it is narrow, so the height is worked out again whenever the width changes."""

    fitted_width = -1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().rangeChanged.connect(self._grow)

    def _grow(self, _low: int, high: int) -> None:
        """Still scrolls (the items were worked out at another width): grow by what is out of view. It only ever
        grows, so it settles."""
        if high > 0 and self.minimumHeight() < MAX_LIST_HEIGHT:
            self.setMinimumHeight(min(self.minimumHeight() + high, MAX_LIST_HEIGHT))

    def fit_height(self) -> None:
        self.fitted_width = self.width()
        rows = sum(self.visualItemRect(self.item(r)).height() + 2 * self.spacing() for r in range(self.count()))
        self.setMinimumHeight(min(rows + 2 * self.frameWidth() + 4, MAX_LIST_HEIGHT))
        self._grow(0, self.verticalScrollBar().maximum())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # the items are laid out again at the new width
        # Only the list's own width counts: the scroll bar coming and going narrows the items' room, and
        # following that could go back and forth for ever.
        if self.width() != self.fitted_width:
            self.fit_height()
        if event.size().height() != event.oldSize().height():
            self.updateGeometries()  # Qt can keep the scroll range of an earlier, shorter height


class OrderingInput(AnswerInput):
    def __init__(self, question: Ordering, order: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts = {i.id: " ".join(i.text.split()) for i in question.items}
        self._locked = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        self.list = _ItemList()
        self.list.setAccessibleName(tr("Items to put in order"))
        self.list.setAccessibleDescription(tr("Up and Down choose an item; Alt+Up and Alt+Down move it"))
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(2)
        self.list.setStyleSheet("QListWidget::item { padding: 4px; }")
        left.addWidget(self.list, 1)
        self.keep_box = QCheckBox(tr("&Keep this order as my answer"))
        self.keep_box.setAccessibleName(tr("Keep this order as my answer"))
        self.keep_box.setAccessibleDescription(tr("Tick to answer with the order shown; moving an item ticks it too"))
        self.keep_box.toggled.connect(lambda _on: self.changed.emit())
        left.addWidget(self.keep_box)
        layout.addLayout(left, 1)

        column = QVBoxLayout()
        self.up_button = QPushButton(tr("Move up (Alt+Up)"))
        self.up_button.setAccessibleName(tr("Move up"))
        self.up_button.setAccessibleDescription(tr("Moves the chosen item one place up (Alt+Up)"))
        self.down_button = QPushButton(tr("Move down (Alt+Down)"))
        self.down_button.setAccessibleName(tr("Move down"))
        self.down_button.setAccessibleDescription(tr("Moves the chosen item one place down (Alt+Down)"))
        for button in (self.up_button, self.down_button):
            column.addWidget(button)
        # Shortcuts act at once (a button's own shortcut clicks it after a short animation).
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            # The context is set after: PySide6 ignores the constructor's context= when given a slot.
            shortcut = QShortcut(QKeySequence(keys), self, lambda step=step: self.move(step))
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
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
        self.list.fit_height()

    def order(self) -> list[str]:
        return [self.list.item(row).data(ID_ROLE) for row in range(self.list.count())]

    def move(self, step: int) -> None:
        if self._locked or not self.isEnabled():
            return
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        ids = self.order()
        ids[row], ids[target] = ids[target], ids[row]
        self._fill(ids)
        self.list.setCurrentRow(target)
        text = tr("Moved “{item}” to position {position} of {count}.").format(
            item=self._texts[ids[target]], position=target + 1, count=len(ids))
        self.moved_note.setText(tr("Moved to position {position} of {count}.").format(position=target + 1,
                                                                                       count=len(ids)))
        self.moved_note.setAccessibleName(text)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.keep_box.isChecked():
            self.changed.emit()
        else:
            self.keep_box.setChecked(True)  # emits changed

    def answer(self) -> Any:
        """The order shown once the learner has made it theirs (moved an item or ticked the box), else None."""
        return self.order() if self.keep_box.isChecked() else None

    def set_answer(self, answer: Any) -> None:
        if isinstance(answer, list) and answer:
            rest = [i for i in self.order() if i not in answer]
            self._fill([i for i in answer if i in self._texts] + rest)
            self.list.setCurrentRow(0)
            self.keep_box.setChecked(True)

    def set_locked(self, locked: bool) -> None:
        self._locked = locked
        self.up_button.setEnabled(not locked)
        self.down_button.setEnabled(not locked)
        self.keep_box.setEnabled(not locked)
        self.moved_note.setText("")

    def focus_widgets(self) -> list[QWidget]:
        return [self.list, self.up_button, self.down_button, self.keep_box]

    def focus_first(self) -> None:
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
