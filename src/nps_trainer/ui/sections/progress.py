"""Progress: this profile's modules (status, completion, reflections) and quiz results."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout

from ...progress import ModuleStatus
from ..widgets import heading, note
from .base import SectionPage

MODULE_COLUMNS = ["Module", "Status", "Progress", "Completed", "What I learnt", "How I will use it"]


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setToolTip(text)
    return item


class ProgressSection(SectionPage):
    title = "Progress"

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        layout = QVBoxLayout(self)
        layout.addWidget(heading("Progress"))
        self.state_label = note("")
        self.state_label.setObjectName("sectionState")
        layout.addWidget(self.state_label)
        layout.addWidget(heading("Modules", level=2))
        self.modules_table = QTableWidget(0, len(MODULE_COLUMNS))
        self.modules_table.setHorizontalHeaderLabels(MODULE_COLUMNS)
        self.modules_table.setAccessibleName("Module progress")
        self.modules_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.modules_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.modules_table.verticalHeader().setVisible(False)
        header = self.modules_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.modules_table.setColumnWidth(column, 200)
        layout.addWidget(self.modules_table, 1)

    def activate(self) -> None:
        from ..learn.library import LibraryCache

        catalogue = LibraryCache().load(self.services.config.content_dir).catalogue
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
