"""A table of a learner's attempts at one quiz: date, mode, score, result and time taken."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ...i18n import tr, tr_noop
from ...quiz_records import AttemptRecord
from ..tables import setup_read_only_table
from .text import duration, mode_text, percent, result_text, when

COLUMNS = (tr_noop("Started"), tr_noop("Mode"), tr_noop("Score"), tr_noop("Result"), tr_noop("Time taken"))


class HistoryTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        setup_read_only_table(self, [tr(column) for column in COLUMNS], tr("Your attempts at this quiz"),
                              tr("Newest first. Time taken counts the time spent on the questions."))
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def show_history(self, records: list[AttemptRecord]) -> None:
        self.setRowCount(len(records))
        for row, record in enumerate(records):
            cells = (when(record.started_at), mode_text(record.mode),
                     percent(record.score) if record.finished else "–", result_text(record),
                     duration(record.seconds))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, record.id)
                self.setItem(row, column, item)
            self.item(row, 0).setData(Qt.ItemDataRole.AccessibleTextRole,
                                      tr("{started}, {mode}, score {score}, {result}, {time}").format(
                                          started=cells[0], mode=cells[1], score=cells[2], result=cells[3],
                                          time=cells[4]))
        if records:
            self.setCurrentCell(0, 0)
        self.resizeRowsToContents()

    def row_texts(self) -> list[list[str]]:
        return [[self.item(r, c).text() for c in range(self.columnCount())] for r in range(self.rowCount())]
