"""Before starting a quiz: what it covers, the mode (practice or assessed), certainty-based marking for a
practice attempt (on unless the learner turns it off), the pass mark, the number of questions, no time limit,
and the learner's earlier attempts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr, tr_noop
from ...quiz import Quiz, QuizMode
from ...quiz.certainty import MARKS_EXPLAINED
from ...quiz_records import AttemptRecord
from ..widgets import heading, note
from .history import HistoryTable
from .library import QuizLibrary
from .text import mode_text, percent, question_count

MODE_LABELS = {QuizMode.PRACTICE: tr_noop("&Practice"), QuizMode.ASSESSED: tr_noop("&Assessed")}
CBM_LABEL = tr_noop("&Certainty-based marking")
MODE_HELP = {
    QuizMode.PRACTICE: tr_noop("See whether each answer is right, with the explanation, as soon as you answer."),
    QuizMode.ASSESSED: tr_noop("Answer every question, then see your score and a review of each answer."),
}
FIXED_MODE = {
    QuizMode.PRACTICE: tr_noop("This quiz is taken in practice mode."),
    QuizMode.ASSESSED: tr_noop("This quiz is taken in assessed mode."),
}


def cbm_help() -> str:
    """What certainty-based marking asks of the learner, and how it is marked."""
    #: {marks}: the marks for each level of certainty, explained in a sentence or two
    return tr("Practice only: with each answer, say how sure you are (Not sure, Fairly sure or Very sure). "
              "{marks} Your results show whether you were over- or under-confident.").format(marks=tr(MARKS_EXPLAINED))


class QuizStartPage(QWidget):
    start_requested = Signal(str)  # mode
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quiz: Quiz | None = None
        # The page scrolls, so at the largest text size in a small window nothing is squeezed or cut off.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(self.scroll)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.title_label = heading("")
        layout.addWidget(self.title_label)
        self.description = note("")
        layout.addWidget(self.description)
        self.facts = note("")
        self.facts.setObjectName("quizFacts")
        layout.addWidget(self.facts)

        self.mode_box = QGroupBox(tr("Mode", "quiz mode"))
        self.mode_box.setAccessibleName(tr("Mode", "quiz mode"))
        mode_layout = QVBoxLayout(self.mode_box)
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[QuizMode, QRadioButton] = {}
        self.mode_help: dict[QuizMode, QLabel] = {}
        for mode in (QuizMode.PRACTICE, QuizMode.ASSESSED):
            # A short label on the button and the explanation wrapped beneath it, so the page fits a narrow window.
            button = QRadioButton(tr(MODE_LABELS[mode]))
            button.setAccessibleName(mode_text(mode))
            button.setAccessibleDescription(tr(MODE_HELP[mode]))
            self.mode_group.addButton(button)
            self.mode_buttons[mode] = button
            mode_layout.addWidget(button)
            explanation = note(tr(MODE_HELP[mode]))
            indent = button.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, None, button)
            indent += button.style().pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing, None, button)
            explanation.setContentsMargins(indent, 0, 0, 4)
            self.mode_help[mode] = explanation
            mode_layout.addWidget(explanation)
        self.fixed_mode = note("")
        mode_layout.addWidget(self.fixed_mode)
        self.cbm_box = QCheckBox(tr(CBM_LABEL))
        self.cbm_box.setObjectName("certaintyBasedMarking")
        self.cbm_box.setAccessibleName(tr(CBM_LABEL).replace("&", ""))
        self.cbm_box.setAccessibleDescription(cbm_help())
        self.cbm_box.setChecked(True)
        mode_layout.addWidget(self.cbm_box)
        self.cbm_help = note(cbm_help())
        self.cbm_help.setContentsMargins(indent, 0, 0, 4)
        mode_layout.addWidget(self.cbm_help)
        for button in self.mode_buttons.values():
            button.toggled.connect(lambda _on: self._update_cbm())
        layout.addWidget(self.mode_box)

        buttons = QHBoxLayout()
        self.start_button = QPushButton(tr("&Start quiz"))
        self.start_button.setAccessibleDescription(tr("Starts a new attempt in the chosen mode"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._start)
        self.back_button = QPushButton(tr("&Back to quizzes"))
        self.back_button.clicked.connect(self.back_requested)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        layout.addWidget(heading(tr("Your attempts"), level=2))
        self.history = HistoryTable()
        self.no_history = note(tr("You have not taken this quiz yet."))
        layout.addWidget(self.history, 4)
        layout.addWidget(self.no_history)
        layout.addStretch(1)
        self.scroll.setWidget(body)
        self.setTabOrder(self.start_button, self.back_button)
        self.setTabOrder(self.back_button, self.history)

    def show_quiz(self, quiz: Quiz, library: QuizLibrary, history: list[AttemptRecord],
                  mode: QuizMode | None = None) -> None:
        self.quiz = quiz
        self.title_label.setText(quiz.title)
        self.title_label.setAccessibleName(quiz.title)
        self.description.setText(quiz.description or "")
        self.description.setVisible(bool(quiz.description))
        modules = ", ".join(library.module_title(m) for m in quiz.modules)
        facts = tr("Drawn from: {modules}\nQuestions: {count}\nPass mark: {pass_mark}\nNo time limit. Your answers "
                   "are saved as you go, so you can stop and carry on later.").format(
            modules=modules, count=question_count(quiz), pass_mark=percent(quiz.pass_mark))
        self.facts.setText(facts)
        self.facts.setAccessibleName(facts)
        choice = quiz.mode is QuizMode.EITHER
        for widget in (*self.mode_buttons.values(), *self.mode_help.values()):
            widget.setVisible(choice)
        self.fixed_mode.setVisible(not choice)
        if choice:
            self.mode_buttons[mode or QuizMode.PRACTICE].setChecked(True)
        else:
            text = f"{tr(FIXED_MODE[quiz.mode])} {tr(MODE_HELP[quiz.mode])}"
            self.fixed_mode.setText(text)
            self.fixed_mode.setAccessibleName(text)
        self._update_cbm()
        self.history.show_history(history)
        self.history.setVisible(bool(history))
        self.no_history.setVisible(not history)

    def chosen_mode(self) -> QuizMode:
        if self.quiz is not None and self.quiz.mode is not QuizMode.EITHER:
            return self.quiz.mode
        return QuizMode.ASSESSED if self.mode_buttons[QuizMode.ASSESSED].isChecked() else QuizMode.PRACTICE

    def cbm_chosen(self) -> bool:
        """Certainty-based marking for the attempt about to start (practice only)."""
        return self.chosen_mode() is QuizMode.PRACTICE and self.cbm_box.isChecked()

    def _update_cbm(self) -> None:
        """The choice shows only when practice can be chosen, and applies only while it is."""
        practice_possible = self.quiz is not None and self.quiz.mode is not QuizMode.ASSESSED
        for widget in (self.cbm_box, self.cbm_help):
            widget.setVisible(practice_possible)
        self.cbm_box.setEnabled(self.quiz is not None and self.chosen_mode() is QuizMode.PRACTICE)

    def focus_start(self) -> None:
        checked = self.mode_group.checkedButton()
        target = checked if checked is not None and checked.isVisible() else self.start_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _start(self) -> None:
        self.start_requested.emit(self.chosen_mode().value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Return starts the quiz from the mode choice; on a button it presses that button. Anywhere else (the
        table of attempts, say) it starts nothing."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = QApplication.focusWidget()
            if isinstance(focused, QPushButton) and self.isAncestorOf(focused):
                if focused.isEnabled():
                    focused.click()
            elif focused in self.mode_buttons.values() or focused is self.cbm_box:
                self._start()
            return
        super().keyPressEvent(event)
