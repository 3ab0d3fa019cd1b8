"""A branching scenario: the path so far, the narrative at this step, and the choices as radio buttons.
Practice mode shows each choice's rating (best, acceptable, risky) and rationale at once."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget

from ...i18n import tr, tr_noop
from ...quiz import Attempt, QuizMode
from ...quiz.model import Rating
from .. import colours
from .answer_input import AnswerInput
from .feedback_panel import readable_label
from .wrapping_buttons import WrappingRadioButton

RATING_COLOURS = {Rating.BEST: "good", Rating.ACCEPTABLE: "part", Rating.RISKY: "bad"}  # ui.colours accents
RATING_WORDS = {Rating.BEST: tr_noop("Best"), Rating.ACCEPTABLE: tr_noop("Acceptable"), Rating.RISKY: tr_noop("Risky")}
#: What a screen reader says after the choice made: 'Rated best: ...' (one sentence per rating).
RATED = {Rating.BEST: tr_noop("Rated best: {rationale}"), Rating.ACCEPTABLE: tr_noop("Rated acceptable: {rationale}"),
         Rating.RISKY: tr_noop("Rated risky: {rationale}")}


def rating_html(rating: Rating) -> str:
    background, text = colours.window_colours()
    colour = colours.accent(RATING_COLOURS[rating], background, text).name()
    return f"<b style='color:{colour}'>{escape(tr(RATING_WORDS[rating]))}</b>"


class ScenarioInput(AnswerInput):
    """``answer()`` is the choice selected at the current step; the page takes it with ``Attempt.choose``."""

    @staticmethod
    def _narrative_style() -> str:
        background, text = colours.window_colours()
        return (f"QLabel {{ background: {colours.tint('part', background, text).name()}; color: {text.name()}; "
                f"border-left: 4px solid {colours.border('part', background).name()}; padding: 8px 10px; }}")

    def __init__(self, attempt: Attempt, question_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attempt = attempt
        self.question_id = question_id
        self.practice = attempt.mode is QuizMode.PRACTICE
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.path_label = readable_label()
        self.path_label.setObjectName("scenarioPath")
        self.path_label.setAccessibleName(tr("What you have done so far"))
        layout.addWidget(self.path_label)
        self.node_label = readable_label()
        self.node_label.setObjectName("scenarioNarrative")
        colours.keep_styled(self.node_label, self._narrative_style)
        layout.addWidget(self.node_label)
        self.choices_box = QWidget()
        self.choices_box.setAccessibleName(tr("What do you do? Choose one, then press Return"))
        self.choices_layout = QVBoxLayout(self.choices_box)
        self.choices_layout.setContentsMargins(0, 0, 0, 0)
        self.choices_layout.setSpacing(8)
        layout.addWidget(self.choices_box)
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        self.choice_ids: list[str] = []
        self.refresh()

    @property
    def finished(self) -> bool:
        return self.attempt.scenario_walk(self.question_id).finished

    def refresh(self) -> None:
        walk = self.attempt.scenario_walk(self.question_id)
        steps = []
        for number, step in enumerate(walk.steps, 1):
            label = tr("Step {number}.").format(number=number)
            line = f"<b>{escape(label)}</b> {escape(step.choice.text)}"
            if self.practice:
                line += f"<br>{rating_html(step.choice.rating)}: {escape(step.choice.rationale)}"
            steps.append(f"<p style='margin:0 0 6px 0'>{line}</p>")
        self.path_label.setText("".join(steps))
        self.path_label.setVisible(bool(steps))
        if walk.steps:
            last = walk.steps[-1].choice
            said = tr("You chose: {choice}.").format(choice=last.text)
            if self.practice:
                said += " " + tr(RATED[last.rating]).format(rationale=last.rationale)
            self.path_label.setAccessibleDescription(said)
        if walk.ending is not None:
            self._show_ending(walk.ending.title, walk.ending.text)
        elif walk.current is not None:
            question = tr("What do you do?")
            self.node_label.setText(f"<p>{escape(walk.current.text)}</p><p><b>{escape(question)}</b></p>")
            self.node_label.setAccessibleName(walk.current.text)
        self._fill_choices()

    def _show_ending(self, title: str, text: str) -> None:
        if self.practice:
            ending = tr("The end: {ending}").format(ending=title)
            html = f"<p><b>{escape(ending)}</b></p><p>{escape(text)}</p>"
            self.node_label.setAccessibleName(f"{ending}. {text}")
        else:
            reached = tr("You have reached the end of this scenario.")
            reviewed = tr("Your path is reviewed with your results.")
            html = f"<p><b>{escape(reached)}</b> {escape(reviewed)}</p>"
            self.node_label.setAccessibleName(reached)
        self.node_label.setText(html)

    def _fill_choices(self) -> None:
        for button in self.buttons:
            self.group.removeButton(button)
            self.choices_layout.removeWidget(button)
            button.hide()
            button.setParent(None)
            button.deleteLater()
        self.buttons, self.choice_ids = [], []
        for choice in self.attempt.scenario_choices(self.question_id):
            button = WrappingRadioButton(choice.text)
            self.group.addButton(button)
            self.choices_layout.addWidget(button)
            button.show()
            button.toggled.connect(lambda _on: self.changed.emit())
            self.buttons.append(button)
            self.choice_ids.append(choice.id)
        self.choices_box.setVisible(bool(self.buttons))

    def answer(self) -> Any:
        for choice_id, button in zip(self.choice_ids, self.buttons, strict=True):
            if button.isChecked():
                return choice_id
        return None

    def set_answer(self, answer: Any) -> None:
        self.refresh()

    def set_locked(self, locked: bool) -> None:
        for button in self.buttons:
            button.setEnabled(not locked)

    def focus_first(self) -> None:
        if self.buttons:
            self.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.node_label.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_outcome(self) -> None:
        """After a choice: the rationale (practice) or the next step, so it is read out first."""
        target: QLabel = self.path_label if self.practice and self.path_label.isVisible() else self.node_label
        target.setFocus(Qt.FocusReason.OtherFocusReason)
