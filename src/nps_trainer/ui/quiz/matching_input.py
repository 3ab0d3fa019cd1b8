"""Matching without drag and drop: one drop-down list of answers beside each item on the left."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QSizePolicy, QWidget

from ...i18n import tr, tr_noop
from ...quiz.model import Matching
from .answer_input import AnswerInput

PLACEHOLDER = tr_noop("Choose a match…")
MIN_CHARACTERS = 16  # the least a drop-down shows of an answer before it is cut short


class MatchingInput(AnswerInput):
    def __init__(self, question: Matching, order: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        self.combos: dict[str, QComboBox] = {}
        for row, pair in enumerate(question.pairs):
            label = QLabel(pair.prompt)
            label.setWordWrap(True)
            combo = QComboBox()
            combo.addItem(tr(PLACEHOLDER), None)
            for text in order:
                combo.addItem(text, text)
            combo.setAccessibleName(pair.prompt)
            combo.setAccessibleDescription(tr("Up and Down choose the matching answer; Alt+Down opens the list"))
            _fit_to_column(combo)
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(lambda _index, combo=combo: self._chosen(combo))
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(combo, row, 1)
            self.combos[pair.id] = combo

    def _chosen(self, combo: QComboBox) -> None:
        combo.setToolTip(combo.currentText() if combo.currentData() else "")
        self.changed.emit()

    def answer(self) -> Any:
        chosen = {pid: combo.currentData() for pid, combo in self.combos.items() if combo.currentData()}
        return chosen or None

    def set_answer(self, answer: Any) -> None:
        given = answer if isinstance(answer, dict) else {}
        for pid, combo in self.combos.items():
            index = combo.findData(given.get(pid)) if given.get(pid) else 0
            combo.setCurrentIndex(max(index, 0))

    def set_locked(self, locked: bool) -> None:
        for combo in self.combos.values():
            combo.setEnabled(not locked)

    def focus_first(self) -> None:
        first = next(iter(self.combos.values()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)


def _fit_to_column(combo: QComboBox) -> None:
    """The drop-down fills its column and may be narrower than its longest answer (so the page never scrolls
    sideways, even at the largest text size); its list opens wide enough to show every answer whole, and the
    tooltip shows the answer chosen."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(MIN_CHARACTERS)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    view = combo.view()
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth())
