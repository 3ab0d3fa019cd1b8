"""One question on the form: its label, its input, 'declined' / 'not known', and any problem under it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...i18n import tr
from ...screening.answers import is_special
from ...screening.model import Item
from .. import colours
from .item_widgets import SPECIAL_CHOICES, ItemInput, input_for
from .value_combo import ValueCombo


def error_style() -> str:
    """An error message: the 'bad' accent, bold, on the window colour (the words say what is wrong)."""
    return colours.accent_style("bad", bold=True)


def help_style() -> str:
    return colours.muted_style()


def question_label(text: str, required: bool) -> QLabel:
    label = QLabel(tr("{question} (required)").format(question=text) if required else text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class SpecialCombo(ValueCombo):
    """'Answer', 'Declined to answer' or 'Not known', beside inputs that cannot offer them themselves."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.add(tr("Answered as shown"), None)
        for value, label in SPECIAL_CHOICES:
            self.add(tr(label), value)
        self.setAccessibleName(tr("{question}: declined or not known").format(question=accessible_name))
        self.setToolTip(tr("Record that they declined to answer, or that it is not known"))


def or_row(special: SpecialCombo) -> QHBoxLayout:
    """'Or: [Answered as shown]', on a line of its own."""
    row = QHBoxLayout()
    label = QLabel(tr("Or:", "before 'Answered as shown', 'Declined to answer' or 'Not known'"))
    label.setBuddy(special)
    row.addWidget(label)
    row.addWidget(special)
    row.addStretch(1)
    return row


class AnswerRow(QWidget):
    """``answered(path, value, typing)`` is emitted on every change."""

    answered = Signal(str, object, bool)

    def __init__(self, item: Item, path: str, name_prefix: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.path = path
        accessible = f"{name_prefix}{item.label}"
        self.input: ItemInput = input_for(item, accessible)
        self.special: SpecialCombo | None = None if self.input.offers_specials else SpecialCombo(accessible)
        self.label = question_label(item.label, item.required)
        self.label.setBuddy(self.input.focus_widgets()[0])
        self.error_label = QLabel("")
        colours.keep_styled(self.error_label, error_style)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self._errors: list[str] = []
        self._state: tuple | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(3)
        layout.addWidget(self.label)
        if item.help:
            help_label = QLabel(item.help)
            help_label.setWordWrap(True)
            colours.keep_styled(help_label, help_style)
            layout.addWidget(help_label)
            self.input.setAccessibleDescription(item.help)
        row = QHBoxLayout()
        wide = self.input.wide
        row.addWidget(self.input, 1 if wide else 0)
        if not wide:
            row.addStretch(1)
        layout.addLayout(row)
        if self.special is not None:  # under the input, so that the two never need more than the form's width
            layout.addLayout(or_row(self.special))
            self.special.currentIndexChanged.connect(self._special_changed)
        layout.addWidget(self.error_label)
        self.input.changed.connect(self._input_changed)
        self._loading = False

    # -- values ----------------------------------------------------------------------------------------------
    def value(self) -> Any:
        if self.special is not None and self.special.value() is not None:
            return self.special.value()
        return self.input.value()

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            if self.special is not None:
                special = value if is_special(value) else None
                self.special.set_value(special)
                self.input.set_value(None if special else value)
                self.input.setEnabled(special is None)
            else:
                self.input.set_value(value)
        finally:
            self._loading = False

    def _input_changed(self) -> None:
        if not self._loading:
            self._state = None
            self.show_errors(self._errors)
            self.answered.emit(self.path, self.value(), self.input.typing)

    def _special_changed(self) -> None:
        if self._loading or self.special is None:
            return
        self.input.setEnabled(self.special.value() is None)
        self._state = None
        self.show_errors(self._errors)
        self.answered.emit(self.path, self.value(), False)

    def local_error(self) -> str:
        """What is wrong with the text in the box (not yet a number or a date), unless 'declined' or 'not known'
        is chosen instead. The engine never sees such text (the answer is stored as not given), so finishing
        is held back while there is one."""
        if self.special is not None and self.special.value() is not None:
            return ""
        return self.input.local_error()

    # -- display ---------------------------------------------------------------------------------------------
    def update_state(self, visible: bool, errors: list[str], editable: bool) -> None:
        """After each evaluation; touches the widgets only when something changed."""
        state = (visible, tuple(errors), editable, self.local_error())
        if state == self._state:
            return
        self._state = state
        self.setVisible(visible)
        self.show_errors(errors)
        self.set_editable(editable)

    def show_errors(self, messages: list[str]) -> None:
        self._errors = list(messages)
        local = self.local_error()
        shown = [local] if local else self._errors
        self.error_label.setText(" ".join(shown))
        self.error_label.setVisible(bool(shown))
        problem = tr("Problem: {problems}").format(problems=" ".join(shown)) if shown else ""
        description = self.item.help + (" " + problem if shown else "")
        for widget in self.focus_widgets():
            widget.setAccessibleDescription(description.strip())

    def set_editable(self, editable: bool) -> None:
        self.input.set_editable(editable)
        if self.special is not None:
            self.special.setEnabled(editable)
            if editable:
                self.input.setEnabled(self.special.value() is None)

    def focus_widgets(self) -> list[QWidget]:
        widgets = self.input.focus_widgets()
        return widgets + ([self.special] if self.special is not None else [])
