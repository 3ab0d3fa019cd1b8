"""The quiz list: what is assigned to this person first, then every installed quiz with its modules, length,
status and best score; Enter opens one."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr, tr_noop
from ...quiz_records import QuizSummary
from ...validation import Severity
from .. import colours
from ..assigned_panel import AssignedPanel, AssignedRow
from ..tables import setup_read_only_table
from ..widgets import heading, note
from .library import QuizLibrary
from .text import percent, question_count, status_text

COLUMNS = (tr_noop("Quiz"), tr_noop("Modules"), tr_noop("Questions"), tr_noop("Status"),
           tr_noop("Best assessed score"))
ID_ROLE = Qt.ItemDataRole.UserRole


class QuizListPage(QWidget):
    open_requested = Signal(str)  # quiz id
    assigned_open_requested = Signal(str, str)  # item type ('module' | 'quiz'), id: from "Assigned to you"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Quizzes")))
        self.assigned = AssignedPanel()
        self.assigned.open_requested.connect(self.assigned_open_requested)
        layout.addWidget(self.assigned)
        layout.addWidget(note(tr("Check your learning. Choose a quiz and press Enter to open it. "
                                 "There is no time limit, and your answers are saved as you go.")))
        self.status_note = note("")
        self.status_note.setObjectName("quizStatus")
        self.status_note.hide()
        layout.addWidget(self.status_note)

        self.views = QStackedWidget()
        self.table = self._build_table()
        self.empty_note = note(tr("No quizzes are installed yet."))
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.views.addWidget(self.table)
        self.views.addWidget(self.empty_note)
        layout.addWidget(self.views, 1)

        self.problems_note = note("")
        self.problems_note.setObjectName("unavailableQuizzes")
        colours.keep_styled(self.problems_note, lambda: f"QLabel {{ {colours.accent_style('bad')} }}")
        self.problems_note.hide()
        layout.addWidget(self.problems_note)
        self.setTabOrder(self.assigned.table, self.table)

    def _build_table(self) -> QTableWidget:
        table = setup_read_only_table(QTableWidget(), [tr(column) for column in COLUMNS], tr("Quizzes"),
                                      tr("Enter opens the chosen quiz"))
        table.setWordWrap(True)
        table.setStyleSheet("QTableWidget::item { padding: 4px 6px; }")
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        for column in (2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.setColumnWidth(1, 220)
        table.activated.connect(lambda index: self._open_row(index.row()))
        return table

    def show_quizzes(self, library: QuizLibrary, summaries: Mapping[str, QuizSummary]) -> None:
        current = self.current_quiz_id()
        self.table.setRowCount(len(library.quizzes))
        for row, quiz in enumerate(library.quizzes):
            summary = summaries.get(quiz.id)
            modules = ", ".join(library.module_title(m) for m in quiz.modules)
            best = percent(summary.best_percent) if summary and summary.best_percent is not None else "–"
            cells = (quiz.title, modules, str(question_count(quiz)), status_text(summary), best)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, quiz.id)
                item.setToolTip(text)
                align = Qt.AlignmentFlag.AlignRight if column in (2, 4) else Qt.AlignmentFlag.AlignLeft
                item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            title = self.table.item(row, 0)
            title.setData(Qt.ItemDataRole.AccessibleTextRole,
                          tr("{quiz}. {count} questions. {status}. Best assessed score {best}.").format(
                              quiz=quiz.title, count=cells[2], status=cells[3], best=best))
        self.table.resizeRowsToContents()
        self.views.setCurrentWidget(self.table if library.quizzes else self.empty_note)
        self._show_problems(library)
        self.select_quiz(current)

    def _show_problems(self, library: QuizLibrary) -> None:
        errors = [p for p in library.problems if p.severity is Severity.ERROR]
        if not errors:
            self.problems_note.hide()
            return
        lines = [tr("Some quiz files have problems, so the quizzes in them are not listed (the others work as "
                    "normal):")]
        lines += ["• " + tr("{file}, line {line}: {problem}").format(file=p.path.name, line=p.line, problem=p.message)
                  for p in errors[:5]]
        if len(errors) > 5:
            lines.append(tr("… and {count} more. Run 'nps-trainer content check' for the full list.").format(
                count=len(errors) - 5))
        self.problems_note.setText("\n".join(lines))
        self.problems_note.setAccessibleName(self.problems_note.text())
        self.problems_note.show()

    def show_assigned(self, rows: Sequence[AssignedRow], today: date) -> None:
        """Fill "Assigned to you" (hidden when nothing is assigned)."""
        self.assigned.show_rows(rows, today)

    def show_status(self, text: str) -> None:
        self.status_note.setText(text)
        self.status_note.setAccessibleName(text)
        self.status_note.setVisible(bool(text))

    def current_quiz_id(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return item.data(ID_ROLE) if item else None

    def select_quiz(self, quiz_id: str | None) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(ID_ROLE) == quiz_id:
                self.table.setCurrentCell(row, 0)
                return
        if self.table.rowCount():
            self.table.setCurrentCell(0, 0)

    def focus_list(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_row(self, row: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.open_requested.emit(item.data(ID_ROLE))
