"""One input class per item type, with a common interface: value(), set_value(), changed, set_editable().

``value()`` is the stored answer (see docs/screening-format.md) or None when unanswered. Declined and not
known are offered inside the combo of choice and yes/no items; the other types get them from the row's
'Or' combo (see :mod:`.item_row`).
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr, tr_noop
from ...screening import DECLINED, NOT_KNOWN, ItemType
from ...screening.model import Item
from ..quiz.wrapping_buttons import WrappingCheckBox
from .value_combo import ValueCombo

SPECIAL_CHOICES = ((DECLINED, tr_noop("Declined to answer")), (NOT_KNOWN, tr_noop("Not known")))  # through tr()
LONG_TEXT = 200  # text items allowing more than this get a multi-line box
COMBO_CHARACTERS = 20  # a combo may narrow to this many characters (longer choices are then shortened with '…')
FIRST_YEAR, LAST_YEAR = 1900, 2100  # dates outside these years are taken as typing slips (for example year 25)


def mnemonic_safe(text: str) -> str:
    """Label text shown literally (an '&' would otherwise become a keyboard mnemonic)."""
    return text.replace("&", "&&")


class ItemInput(QWidget):
    """Base class: an input for one item. ``typing`` inputs have their saves debounced."""

    changed = Signal()
    typing = False
    offers_specials = False  # True when the input itself offers 'declined' and 'not known'
    wide = False  # True for inputs that should take the row's width

    def __init__(self, item: Item, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.accessible_name = accessible_name
        self._loading = False

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show an answer without emitting ``changed``."""
        self._loading = True
        try:
            self._show(value)
        finally:
            self._loading = False

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def set_editable(self, editable: bool) -> None:
        self.setEnabled(editable)

    def focus_widgets(self) -> list[QWidget]:
        """The widgets a keyboard user tabs through, in order."""
        return [self]

    def local_error(self) -> str:
        """A problem the engine cannot see (text that is not yet a number or date)."""
        return ""

    def _emit(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()


class ComboInput(ItemInput):
    """Single choice and yes/no: a combo holding the choices, then 'Declined to answer' and 'Not known'."""

    offers_specials = True

    def __init__(self, item: Item, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(item, accessible_name, parent)
        self.combo = ValueCombo(accessible_name)
        self.combo.add(tr("Not answered"), None)
        if item.type is ItemType.YES_NO:
            self.combo.add(tr("Yes", "an answer to a yes/no question"), True)
            self.combo.add(tr("No", "an answer to a yes/no question"), False)
        else:
            for choice in item.choices:
                self.combo.add(choice.label, choice.id)
        self.combo.add_separator()
        for value, label in SPECIAL_CHOICES:
            self.combo.add(tr(label), value)
        self.combo.narrow_to(COMBO_CHARACTERS)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addStretch(1)
        self.setFocusProxy(self.combo)
        self.combo.currentIndexChanged.connect(self._emit)

    def value(self) -> Any:
        return self.combo.value()

    def _show(self, value: Any) -> None:
        self.combo.set_value(value)

    def focus_widgets(self) -> list[QWidget]:
        return [self.combo]


class MultipleChoiceInput(ItemInput):
    """One check box per choice; Space ticks the focused one."""

    wide = True

    def __init__(self, item: Item, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(item, accessible_name, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.boxes: dict[str, WrappingCheckBox] = {}
        for choice in item.choices:
            box = WrappingCheckBox(choice.label)  # long choices wrap rather than widen the form
            box.setAccessibleName(f"{accessible_name}: {choice.label}")
            box.toggled.connect(self._emit)
            layout.addWidget(box)
            self.boxes[choice.id] = box
        if self.boxes:
            self.setFocusProxy(next(iter(self.boxes.values())))

    def value(self) -> Any:
        chosen = [choice_id for choice_id, box in self.boxes.items() if box.isChecked()]
        return chosen or None

    def _show(self, value: Any) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        for choice_id, box in self.boxes.items():
            box.setChecked(choice_id in chosen)

    def focus_widgets(self) -> list[QWidget]:
        return list(self.boxes.values())


class LineInput(ItemInput):
    """Shared by numbers, dates and short text: a line edit whose text is parsed on every change."""

    typing = True

    def __init__(self, item: Item, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(item, accessible_name, parent)
        self.edit = QLineEdit()
        self.edit.setAccessibleName(accessible_name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._emit)
        self.wide = type(self) is ShortTextInput

    def set_editable(self, editable: bool) -> None:
        self.edit.setReadOnly(not editable)

    def focus_widgets(self) -> list[QWidget]:
        return [self.edit]


class NumberInput(LineInput):
    def __init__(self, item: Item, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(item, accessible_name, parent)
        self.edit.setMaximumWidth(140)
        bounds = [f"{b:g}" for b in (item.minimum, item.maximum) if b is not None]
        if len(bounds) == 2:
            self.edit.setPlaceholderText(tr("{low} to {high}", "the range a number must be in").format(
                low=bounds[0], high=bounds[1]))
            self.edit.setAccessibleDescription(tr("A number from {low} to {high}").format(low=bounds[0],
                                                                                          high=bounds[1]))
        layout = self.layout()
        assert isinstance(layout, QHBoxLayout)
        if item.unit:
            unit = QLabel(item.unit)
            layout.insertWidget(0 if item.unit in ("£", "$", "€") else 1, unit)

    def value(self) -> Any:
        text = self.edit.text().strip().replace(",", "")
        if not text:
            return None
        try:
            number = float(text)
        except ValueError:
            return None
        if not math.isfinite(number):  # 'nan', 'inf' and '1e999' are not numbers anyone means
            return None
        return int(number) if number.is_integer() else number

    def _show(self, value: Any) -> None:
        if isinstance(value, int | float) and not isinstance(value, bool):
            self.edit.setText(f"{value:g}")
        else:
            self.edit.clear()

    def local_error(self) -> str:
        if self.edit.text().strip() and self.value() is None:
            return tr("Enter a number, for example 12.")
        return ""


class DateInput(LineInput):
    """Dates typed as DD/MM/YYYY (or YYYY-MM-DD); stored as YYYY-MM-DD."""

    def __init__(self, item: Item, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(item, accessible_name, parent)
        self.edit.setPlaceholderText(tr("DD/MM/YYYY"))
        self.edit.setMaximumWidth(140)
        self.edit.setAccessibleDescription(tr("A date as day/month/year, for example 07/04/2025"))

    def value(self) -> Any:
        parsed = parse_date(self.edit.text())
        return parsed.isoformat() if parsed else None

    def _show(self, value: Any) -> None:
        # A stored date outside the years accepted is still shown (as its problem is), not hidden.
        parsed = parse_date(value, any_year=True) if isinstance(value, str) else None
        self.edit.setText(f"{parsed.day:02d}/{parsed.month:02d}/{parsed.year:04d}" if parsed else "")

    def local_error(self) -> str:
        text = self.edit.text()
        if not text.strip() or self.value() is not None:
            return ""
        if parse_date(text, any_year=True) is not None:
            return tr("Enter the year in full, from {first} to {last}: for example 07/04/2025.").format(
                first=FIRST_YEAR, last=LAST_YEAR)
        return tr("Enter a real date as DD/MM/YYYY.")


def parse_date(text: str, any_year: bool = False) -> dt.date | None:
    """A date typed as DD/MM/YYYY (or with '-' or '.'), or YYYY-MM-DD; None when it is not a real date, or
    (unless ``any_year``) when its year is outside FIRST_YEAR to LAST_YEAR."""
    text = text.strip()
    for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            parsed = dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
        return parsed if any_year or FIRST_YEAR <= parsed.year <= LAST_YEAR else None
    return None


class ShortTextInput(LineInput):
    def __init__(self, item: Item, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(item, accessible_name, parent)
        if item.max_length:
            self.edit.setMaxLength(item.max_length)

    def value(self) -> Any:
        return self.edit.text() or None

    def _show(self, value: Any) -> None:
        self.edit.setText(value if isinstance(value, str) else "")


class LongTextInput(ItemInput):
    """Free text over several lines; Tab leaves the box rather than typing a tab."""

    typing = True
    wide = True

    def __init__(self, item: Item, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(item, accessible_name, parent)
        self.edit = QPlainTextEdit()
        self.edit.setAccessibleName(accessible_name)
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 4 + 12)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._emit)

    def value(self) -> Any:
        return self.edit.toPlainText() or None

    def _show(self, value: Any) -> None:
        self.edit.setPlainText(value if isinstance(value, str) else "")

    def set_editable(self, editable: bool) -> None:
        self.edit.setReadOnly(not editable)

    def local_error(self) -> str:
        limit = self.item.max_length
        if limit and len(self.edit.toPlainText()) > limit:
            return tr("Keep this to {limit} characters or fewer.").format(limit=limit)
        return ""

    def focus_widgets(self) -> list[QWidget]:
        return [self.edit]


def input_for(item: Item, accessible_name: str) -> ItemInput:
    """The input for an answerable, non-repeat item."""
    if item.type in (ItemType.SINGLE_CHOICE, ItemType.YES_NO):
        return ComboInput(item, accessible_name)
    if item.type is ItemType.MULTIPLE_CHOICE:
        return MultipleChoiceInput(item, accessible_name)
    if item.type is ItemType.NUMBER:
        return NumberInput(item, accessible_name)
    if item.type is ItemType.DATE:
        return DateInput(item, accessible_name)
    if item.type is ItemType.TEXT:
        if item.max_length is not None and item.max_length <= LONG_TEXT:
            return ShortTextInput(item, accessible_name)
        return LongTextInput(item, accessible_name)
    raise ValueError(f"no input for item type {item.type}")
