"""The console's panel for a group question: how many chose each option (0 to 999) and the agreed answer(s),
then the reveals: Asking -> Votes revealed (the chart on the room's screen) -> Answer revealed (the right
option(s) marked, with the explanation). The counts are locked once revealed; "Hide again" takes the room back
to the question to correct them. No individual is ever named or scored: only counts are kept.

Also used for each decision of a group scenario (``scenario_play``), without the answer stage.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ...sessions.record import VoteOption
from ..widgets import FlowLayout, action_button
from .room_content import ANSWER, ASKING, VOTES, letter

MAX_COUNT = 999


class CountsGrid(QWidget):
    """One row per option: the letter and text, a count, and a tick for the group's agreed answer.
    ``edited`` is emitted with (tallies, agreed) after every change."""

    edited = Signal(dict, list)

    def __init__(self, single_agreed: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.single_agreed = single_agreed
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(2)
        self.options: list[VoteOption] = []
        self.spins: list[QSpinBox] = []
        self.ticks: list[QCheckBox] = []
        self._labels: list[QWidget] = []

    def set_options(self, options: Sequence[VoteOption]) -> None:
        if [o.id for o in options] == [o.id for o in self.options]:
            return
        for widget in (*self.spins, *self.ticks, *self._labels):
            self.grid.removeWidget(widget)
            widget.hide()  # at once: deleteLater waits for the event loop
            widget.setParent(None)
            widget.deleteLater()
        self.options, self.spins, self.ticks, self._labels = list(options), [], [], []
        for header, column in ((tr("Option"), 0), (tr("How many"), 1), (tr("Agreed"), 2)):
            label = QLabel(f"<b>{header}</b>")
            label.setWordWrap(True)  # a header may take two lines in a narrow pane (200% text, Welsh)
            self._labels.append(label)
            self.grid.addWidget(label, 0, column)
        for row, option in enumerate(self.options, start=1):
            text = QLabel()
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setWordWrap(True)
            text.setText(f"{letter(row - 1)}   {option.text}")
            spin = QSpinBox()
            spin.setRange(0, MAX_COUNT)
            spin.setAccessibleName(tr("How many chose {letter}").format(letter=letter(row - 1)))
            spin.valueChanged.connect(lambda _v: self._emit())
            tick = QCheckBox()
            tick.setAccessibleName(tr("The group agreed on {letter}").format(letter=letter(row - 1)))
            tick.toggled.connect(lambda on, r=row - 1: self._ticked(r, on))
            self.grid.addWidget(text, row, 0)
            self.grid.addWidget(spin, row, 1)
            self.grid.addWidget(tick, row, 2, alignment=Qt.AlignmentFlag.AlignCenter)
            self._labels.append(text)
            self.spins.append(spin)
            self.ticks.append(tick)
        self.grid.setColumnStretch(0, 1)

    def set_values(self, tallies: dict[str, int], agreed: Sequence[str]) -> None:
        for option, spin, tick in zip(self.options, self.spins, self.ticks, strict=True):
            for widget, value in ((spin, tallies.get(option.id, 0)), (tick, option.id in agreed)):
                widget.blockSignals(True)
                if isinstance(widget, QSpinBox):
                    widget.setValue(int(value))
                else:
                    widget.setChecked(bool(value))
                widget.blockSignals(False)

    def set_locked(self, locked: bool) -> None:
        for widget in (*self.spins, *self.ticks):
            widget.setEnabled(not locked)

    def values(self) -> tuple[dict[str, int], list[str]]:
        tallies = {o.id: s.value() for o, s in zip(self.options, self.spins, strict=True) if s.value()}
        agreed = [o.id for o, t in zip(self.options, self.ticks, strict=True) if t.isChecked()]
        return tallies, agreed

    def _ticked(self, row: int, on: bool) -> None:
        if on and self.single_agreed:
            for other, tick in enumerate(self.ticks):
                if other != row and tick.isChecked():
                    tick.blockSignals(True)
                    tick.setChecked(False)
                    tick.blockSignals(False)
        self._emit()

    def _emit(self) -> None:
        tallies, agreed = self.values()
        self.edited.emit(tallies, agreed)




class QuestionVote(QWidget):
    """The group question panel; ``run`` is the :class:`~nps_trainer.ui.sessions.console.SessionRun`."""

    def __init__(self, run, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run = run
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.counts = CountsGrid()
        self.counts.edited.connect(self._edited)
        layout.addWidget(self.counts)
        row = FlowLayout()  # onto more lines when the pane is narrow (200% text, Welsh)
        self.reveal_votes = action_button(tr("Reveal &votes"), tr("Reveal the votes to the room"),
                                          lambda: self.run.set_stage(VOTES))
        self.reveal_answer = action_button(tr("Reveal the &answer"), tr("Reveal the answer to the room"),
                                           lambda: self.run.set_stage(ANSWER))
        self.hide_again = action_button(tr("&Hide again"), tr("Hide the votes and answer again"),
                                        lambda: self.run.set_stage(ASKING))
        for button in (self.reveal_votes, self.reveal_answer, self.hide_again):
            row.addWidget(button)
        layout.addLayout(row)

    def refresh(self) -> None:
        question = self.run.question()
        options = self.run.options()
        self.counts.set_options(options)
        tallies, agreed = self.run.tallies()
        self.counts.set_values(tallies, agreed)
        stage = self.run.stage()
        has_answer = bool(sum(tallies.values()) or agreed)
        self.counts.set_locked(stage != ASKING)
        self.counts.setVisible(bool(options))
        self.reveal_votes.setEnabled(stage == ASKING and has_answer and bool(options))
        self.reveal_answer.setEnabled(stage != ANSWER and question is not None)
        self.hide_again.setEnabled(stage != ASKING)
        if question is None:
            self.status.setText(tr("This question is not in the installed quizzes: talk it through from the notes."))
        elif not options:
            self.status.setText(tr("The group talks this one through; reveal the answer when ready."))
        else:
            self.status.setText({
                ASKING: tr("Asking: enter how many chose each option, or tick the agreed answer. The room sees "
                           "the question only."),
                VOTES: tr("Votes revealed: the room sees the chart. Counts are locked (Hide again to correct "
                          "them)."),
                ANSWER: tr("Answer revealed: the room sees the right option(s) and the explanation."),
            }.get(stage, ""))

    def _edited(self, tallies: dict, agreed: list) -> None:
        if self.run.stage() == ASKING:
            self.run.set_votes(tallies, agreed)
