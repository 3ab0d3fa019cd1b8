"""A repeat group (substances, children): one box per instance, with add and remove buttons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...i18n import tr
from ...screening.answers import SPECIAL_LABELS, instances, is_special, path_for
from ...screening.model import Item
from .. import colours, messages
from .item_row import AnswerRow, SpecialCombo, error_style, or_row, question_label
from .item_widgets import mnemonic_safe


class InstanceBox(QGroupBox):
    def __init__(self, group: Item, index: int, parent: QWidget | None = None) -> None:
        title = f"{group.instance_label or group.label} {index + 1}"
        super().__init__(mnemonic_safe(title), parent)
        self.setAccessibleName(title)
        self.rows: dict[str, AnswerRow] = {}
        layout = QVBoxLayout(self)
        for child in group.items:
            if not child.answerable:
                note = QLabel(child.label)
                note.setWordWrap(True)
                layout.addWidget(note)
                continue
            row = AnswerRow(child, path_for(child.id, group.id, index), f"{title}: ")
            self.rows[row.path] = row
            layout.addWidget(row)
        self.remove_button = QPushButton(tr("Remove {entry}").format(entry=title.lower()))
        self.remove_button.setAccessibleName(tr("Remove {entry}").format(entry=title))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)


class RepeatGroup(QWidget):
    answered = Signal(str, object, bool)
    add_requested = Signal(str)
    remove_requested = Signal(str, int)

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.path = item.id
        self.boxes: list[InstanceBox] = []
        self._editable = True
        self._loading = False
        self._state: tuple | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        self.label = question_label(item.label, item.required)
        layout.addWidget(self.label)
        self.special = SpecialCombo(item.label)
        self.special.currentIndexChanged.connect(self._special_changed)
        layout.addLayout(or_row(self.special))
        self._special_shown: Any = None  # what the combo showed before the latest change
        self.empty_label = QLabel(tr("None recorded yet."))
        layout.addWidget(self.empty_label)
        self.instance_layout = QVBoxLayout()
        layout.addLayout(self.instance_layout)
        noun = (item.instance_label or item.label).lower()
        self.add_button = QPushButton(tr("Add {entry}").format(entry=noun))
        self.add_button.setAccessibleName(tr("Add {entry} to {question}").format(entry=noun, question=item.label))
        self.add_button.clicked.connect(lambda: self.add_requested.emit(item.id))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.error_label = QLabel("")
        colours.keep_styled(self.error_label, error_style)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)

    @property
    def rows(self) -> dict[str, AnswerRow]:
        return {path: row for box in self.boxes for path, row in box.rows.items()}

    def set_value(self, value: Any) -> None:
        """Show the group's answer: its instances, or declined / not known."""
        self._loading = True
        try:
            special = value if is_special(value) else None
            self.special.set_value(special)
            rows = instances({self.item.id: value}, self.item.id)
            if len(rows) != len(self.boxes):
                self._rebuild(len(rows))
            for index, answers in enumerate(rows):
                for child in self.item.items:
                    row = self.boxes[index].rows.get(path_for(child.id, self.item.id, index))
                    if row is not None:
                        row.set_value(answers.get(child.id))
            self._update_state()
        finally:
            self._loading = False

    def _rebuild(self, count: int) -> None:
        for box in self.boxes:
            self.instance_layout.removeWidget(box)
            box.deleteLater()
        self.boxes = []
        for index in range(count):
            box = InstanceBox(self.item, index)
            for row in box.rows.values():
                row.answered.connect(self.answered)
                row.set_editable(self._editable)
            box.remove_button.clicked.connect(lambda _=False, i=index: self.remove_requested.emit(self.item.id, i))
            self.instance_layout.addWidget(box)
            box.show()  # at once, not at the next event loop pass: focus may move into it straight away
            self.boxes.append(box)

    def _special_changed(self) -> None:
        value = self.special.value()
        if not self._loading and value is not None and self.boxes and not self._discard_agreed(value):
            self._loading = True  # put the combo back, keeping every entry
            try:
                self.special.set_value(self._special_shown)
            finally:
                self._loading = False
            return
        self._special_shown = value
        self._update_state()
        if not self._loading:
            self.answered.emit(self.item.id, value if value is not None else [], False)

    def _discard_agreed(self, value: Any) -> bool:
        """Recording 'declined' or 'not known' for the group removes its entries: ask first."""
        titles = [box.accessibleName() for box in self.boxes]
        entries = titles[0] if len(titles) == 1 else tr("{entries} and {last}", "a list of entries").format(
            entries=", ".join(titles[:-1]), last=titles[-1])
        return messages.confirm(self, self.item.label,
                                tr("Record '{answer}' for '{question}'? This removes {entries}, with all their "
                                   "answers.").format(answer=tr(SPECIAL_LABELS[value]), question=self.item.label,
                                                      entries=entries))

    def _update_state(self) -> None:
        special = self.special.value() is not None
        self.empty_label.setVisible(not self.boxes and not special)
        full = self.item.max_instances is not None and len(self.boxes) >= self.item.max_instances
        self.add_button.setEnabled(self._editable and not special and not full)
        for box in self.boxes:
            box.remove_button.setEnabled(self._editable)

    def update_state(self, visible: bool, errors: list[str], editable: bool) -> None:
        """After each evaluation; touches the widgets only when something changed."""
        state = (visible, tuple(errors), editable, len(self.boxes))
        if state == self._state:
            return
        self._state = state
        self.setVisible(visible)
        self.show_errors(errors)
        self.set_editable(editable)

    def show_errors(self, messages: list[str]) -> None:
        self.error_label.setText(" ".join(messages))
        self.error_label.setVisible(bool(messages))

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self.special.setEnabled(editable)
        for row in self.rows.values():
            row.set_editable(editable)
        self._update_state()

    def focus_widgets(self) -> list[QWidget]:
        widgets: list[QWidget] = [self.special]
        for box in self.boxes:
            for row in box.rows.values():
                widgets += row.focus_widgets()
            widgets.append(box.remove_button)
        return [*widgets, self.add_button]
