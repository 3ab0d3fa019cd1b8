"""Progress: this profile's modules (status, completion, reflections) and quiz results."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout

from ...progress import ModuleStatus
from ..learn.library import LibraryCache
from ..quiz.library import QuizLibraryCache
from ..tables import setup_read_only_table
from ..widgets import heading, note
from .base import SectionPage

MODULE_COLUMNS = ["Module", "Status", "Progress", "Completed", "What I learnt", "How I will use it"]
QUIZ_COLUMNS = ["Quiz", "Status", "Best score", "Finished attempts"]


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setToolTip(text)
    return item


def _table(columns: list[str], accessible_name: str) -> QTableWidget:
    """A read-only, row-selecting table whose first column stretches."""
    table = setup_read_only_table(QTableWidget(), columns, accessible_name)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, min(4, len(columns))):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


class ProgressSection(SectionPage):
    title = "Progress"

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Kept between visits: content is read again only when its files change.
        self._modules = LibraryCache()
        self._quizzes = QuizLibraryCache()
        layout = QVBoxLayout(self)
        layout.addWidget(heading("Progress"))
        self.state_label = note("")
        self.state_label.setObjectName("sectionState")
        layout.addWidget(self.state_label)
        layout.addWidget(heading("Modules", level=2))
        self.modules_table = _table(MODULE_COLUMNS, "Module progress")
        header = self.modules_table.horizontalHeader()
        for column in (4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.modules_table.setColumnWidth(column, 200)
        layout.addWidget(self.modules_table, 3)
        layout.addWidget(heading("Quizzes", level=2))
        self.quizzes_table = _table(QUIZ_COLUMNS, "Quiz results")
        layout.addWidget(self.quizzes_table, 2)

    def activate(self) -> None:
        catalogue = self._modules.load(self.services.config.content_dir).catalogue
        summaries = self.services.progress.summaries(self.profile.id)
        self.modules_table.setRowCount(len(catalogue.modules))
        completed = started = 0
        for row, module in enumerate(catalogue.modules):
            summary = summaries.get(module.id)
            status = summary.status(module.version) if summary else ModuleStatus.NOT_STARTED
            completed += status in (ModuleStatus.COMPLETED, ModuleStatus.UPDATED)
            started += status is not ModuleStatus.NOT_STARTED
            done = summary.completed_at.astimezone().strftime("%d %b %Y") if summary and summary.completed_at else ""
            values = [module.title, status.value.capitalize(),
                      f"{round((summary.progress if summary else 0) * 100)}%", done,
                      (summary.reflection_learnt or "") if summary else "",
                      (summary.reflection_use or "") if summary else ""]
            for column, value in enumerate(values):
                self.modules_table.setItem(row, column, _cell(value))
        if not catalogue.modules:
            text = "No modules installed yet."
        elif not started:
            text = "You haven't started a module yet. Begin in Learn."
        else:
            text = f"You have completed {completed} of {len(catalogue.modules)} modules."
        self.state_label.setText(text)
        self.state_label.setAccessibleName(text)
        self._show_quizzes()

    def _show_quizzes(self) -> None:
        library = self._quizzes.load(self.services.config.content_dir)
        summaries = self.services.quiz_records.summaries(self.profile.id)
        self.quizzes_table.setRowCount(len(library.quizzes))
        for row, quiz in enumerate(library.quizzes):
            summary = summaries.get(quiz.id)
            best = f"{summary.best_percent:.0f}%" if summary and summary.best_percent is not None else ""
            values = [quiz.title, (summary.status.value if summary else "not taken").capitalize(), best,
                      str(summary.attempts if summary else 0)]
            for column, value in enumerate(values):
                self.quizzes_table.setItem(row, column, _cell(value))
