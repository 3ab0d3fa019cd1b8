"""Team → Training: everyone's modules and quizzes at a glance (a matrix of people by item), filtered by role,
organisation and team and searched by name; Return or a double-click on a person opens their whole record."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...profiles import ORGANISATIONS, ROLES
from ...team.records import TeamMatrix
from ..widgets import buddy, note
from .matrix_model import LEGEND, SHOW_CHOICES, MatrixModel, RotatedHeader
from .person_page import PersonPage

CELL_WIDTH = 84
NAME_WIDTH = 190


class MatrixView(QTableView):
    """The matrix table: arrow keys move between cells; Return or Enter opens the current row's person."""

    def __init__(self, open_row, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open_row = open_row

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open_row(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class TrainingPage(QWidget):
    def __init__(self, services, signed_in, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.signed_in = signed_in
        self.full: TeamMatrix | None = None
        self.stack = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.matrix_page = QWidget()
        layout = QVBoxLayout(self.matrix_page)
        layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        self.role_combo = QComboBox()
        self.organisation_combo = QComboBox()
        self.team_combo = QComboBox()
        self.show_combo = QComboBox()
        for key, label in SHOW_CHOICES:
            self.show_combo.addItem(label, key)
        for combo in (self.role_combo, self.organisation_combo, self.team_combo, self.show_combo):
            # Wide enough for most names without pushing the row past a small screen (the list shows them whole).
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("Part of a name")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(180)
        second = QHBoxLayout()
        for row, label, widget, name in ((filters, "&Role:", self.role_combo, "Filter by role"),
                                         (filters, "&Organisation:", self.organisation_combo, "Filter by organisation"),
                                         (filters, "T&eam:", self.team_combo, "Filter by team"),
                                         (second, "Sho&w:", self.show_combo, "Columns to show"),
                                         (second, "&Search:", self.search_edit, "Search by name")):
            widget.setAccessibleName(name)
            row.addWidget(buddy(label, widget))
            row.addWidget(widget)
            row.addSpacing(6)
        filters.addStretch(1)
        second.addStretch(1)
        layout.addLayout(filters)
        layout.addLayout(second)
        self.count_label = note("")
        self.count_label.setObjectName("teamCount")
        layout.addWidget(self.count_label)

        self.model = MatrixModel(self)
        self.table = MatrixView(self.open_row)
        self.table.setModel(self.model)
        header = RotatedHeader(self.table)
        self.table.setHorizontalHeader(header)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Wide enough for the widest cell ("⚠ Overdue", bold) at the current text size.
        header.setDefaultSectionSize(max(CELL_WIDTH, self.fontMetrics().horizontalAdvance("⚠ Overdue") + 18))
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        rows.setFixedWidth(NAME_WIDTH)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rows.sectionDoubleClicked.connect(self.open_row)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setAccessibleName("Team training matrix")
        self.table.setAccessibleDescription("People in rows, modules and quizzes in columns. Arrow keys move "
                                            "between cells; Return opens the person's record.")
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.installEventFilter(self)
        layout.addWidget(self.table, 1)
        self.legend = note(LEGEND + ". Double-click a person, or press Return, to open their whole record.")
        self.legend.setObjectName("matrixLegend")
        layout.addWidget(self.legend)
        self.stack.addWidget(self.matrix_page)

        self.person_page = PersonPage(services, signed_in)
        self.person_page.back_requested.connect(self.show_matrix)
        self.stack.addWidget(self.person_page)

        for combo in (self.role_combo, self.organisation_combo, self.team_combo):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.show_combo.currentIndexChanged.connect(self.apply_filters)
        self.search_edit.textChanged.connect(self.apply_filters)
        self.setTabOrder(self.role_combo, self.organisation_combo)
        self.setTabOrder(self.organisation_combo, self.team_combo)
        self.setTabOrder(self.team_combo, self.show_combo)
        self.setTabOrder(self.show_combo, self.search_edit)
        self.setTabOrder(self.search_edit, self.table)

    # -- data -------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read everyone's records again (called each time the tab is shown)."""
        self.person_page.signed_in = self.signed_in
        self.full = self.services.team_records.matrix(date.today())
        self._fill_choices(self.full)
        self.apply_filters()
        if self.stack.currentWidget() is self.person_page:
            self.person_page.refresh()

    def _fill_choices(self, matrix: TeamMatrix) -> None:
        for combo, everyone, keys, labels in (
            (self.role_combo, "All roles", matrix.roles, ROLES),
            (self.organisation_combo, "All organisations", matrix.organisations, ORGANISATIONS),
            (self.team_combo, "All teams", matrix.teams, {}),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for key in keys:
                combo.addItem(labels.get(key, key), key)
            index = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def apply_filters(self) -> None:
        if self.full is None:
            return
        shown = self.full.filtered(role=self.role_combo.currentData(),
                                   organisation=self.organisation_combo.currentData(),
                                   team=self.team_combo.currentData(), search=self.search_edit.text())
        current = self.table.currentIndex()
        self.model.set_matrix(shown, self.show_combo.currentData())
        if current.isValid() and self.model.rowCount() and self.model.columnCount():
            self.table.setCurrentIndex(self.model.index(min(current.row(), self.model.rowCount() - 1),
                                                        min(current.column(), self.model.columnCount() - 1)))
        self.count_label.setText(self.count_text(shown))
        self.count_label.setAccessibleName(self.count_label.text())

    def count_text(self, shown: TeamMatrix) -> str:
        people = len(shown.people)
        if self.full is not None and not self.full.people:
            return "No one on this database yet: add people in the People tab."
        if not people:
            return "No one matches these filters."
        parts = [f"{people} {'person' if people == 1 else 'people'}"]
        overdue, late = shown.overdue, shown.people_overdue
        parts.append(f"{overdue} overdue" + (f" ({late} {'person' if late == 1 else 'people'})" if overdue else ""))
        refreshers = shown.refreshers_due
        if refreshers:
            parts.append(f"{refreshers} refresher{'' if refreshers == 1 else 's'} due")
        if self.full is not None and people < len(self.full.people):
            parts.append(f"of {len(self.full.people)} in all")
        return " · ".join(parts)

    # -- people -----------------------------------------------------------------------------------------------
    def open_row(self, row: int) -> None:
        person = self.model.person(row)
        if person is None:
            return
        self.person_page.signed_in = self.signed_in
        self.person_page.show_person(person.id)
        self.stack.setCurrentWidget(self.person_page)
        self.person_page.back_button.setFocus()

    def show_matrix(self) -> None:
        self.stack.setCurrentWidget(self.matrix_page)
        self.refresh()
        self.table.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.FocusIn and not self.table.currentIndex().isValid() \
                and self.model.rowCount() and self.model.columnCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
        return super().eventFilter(watched, event)
