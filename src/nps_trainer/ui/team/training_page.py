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

from ...i18n import tr
from ...profiles import ORGANISATIONS, ROLES
from ...team.records import TeamMatrix
from ..widgets import FlowLayout, buddy, note
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
        filters = FlowLayout()
        self.role_combo = QComboBox()
        self.organisation_combo = QComboBox()
        self.team_combo = QComboBox()
        self.show_combo = QComboBox()
        for key, label in SHOW_CHOICES:
            self.show_combo.addItem(tr(label), key)
        for combo in (self.role_combo, self.organisation_combo, self.team_combo, self.show_combo):
            # Wide enough for most names without pushing the row past a small screen (the list shows them whole).
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(tr("Part of a name"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(180)
        for label, widget, name in ((tr("&Role:"), self.role_combo, tr("Filter by role")),
                                    (tr("&Organisation:"), self.organisation_combo, tr("Filter by organisation")),
                                    (tr("T&eam:"), self.team_combo, tr("Filter by team")),
                                    (tr("Sho&w:"), self.show_combo, tr("Columns to show")),
                                    (tr("&Search:"), self.search_edit, tr("Search by name"))):
            widget.setAccessibleName(name)
            holder = QHBoxLayout()
            holder.addWidget(buddy(label, widget))
            holder.addWidget(widget)
            holder.setContentsMargins(0, 0, 12, 0)
            box = QWidget()  # the label and its field stay together; the row flows onto more lines when narrow
            box.setLayout(holder)
            filters.addWidget(box)
        layout.addLayout(filters)
        self.count_label = note("")
        self.count_label.setObjectName("teamCount")
        layout.addWidget(self.count_label)

        self.model = MatrixModel(self)
        self.table = MatrixView(self.open_row)
        self.table.setModel(self.model)
        header = RotatedHeader(self.table)
        self.table.setHorizontalHeader(header)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Wide enough for the widest cell ("⚠ Overdue", bold, or a near due date) at the current text size.
        widest = max(self.fontMetrics().horizontalAdvance(tr("⚠ Overdue")),
                     self.fontMetrics().horizontalAdvance(tr("● Due {date}").format(date="30 Sep")))
        header.setDefaultSectionSize(max(CELL_WIDTH, widest + 18))
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
        self.table.setAccessibleName(tr("Team training matrix"))
        self.table.setAccessibleDescription(tr("People in rows, modules and quizzes in columns. Arrow keys move "
                                               "between cells; Return opens the person's record."))
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.installEventFilter(self)
        layout.addWidget(self.table, 1)
        self.legend = note(tr("{legend}. Double-click a person, or press Return, to open their whole record.").format(
            legend=tr(LEGEND)))
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
            (self.role_combo, tr("All roles"), matrix.roles, ROLES),
            (self.organisation_combo, tr("All organisations"), matrix.organisations, ORGANISATIONS),
            (self.team_combo, tr("All teams"), matrix.teams, {}),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for key in keys:
                combo.addItem(tr(labels[key]) if key in labels else key, key)
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
            return tr("No one on this database yet: add people in the People tab.")
        if not people:
            return tr("No one matches these filters.")
        parts = [tr("%n person(s)", "", people)]
        overdue, late = shown.overdue, shown.people_overdue
        parts.append(tr("%n overdue ({people})", "a count of overdue items, then of people", overdue).format(
            people=tr("%n person(s)", "", late)) if overdue else tr("%n overdue", "", overdue))
        refreshers = shown.refreshers_due
        if refreshers:
            parts.append(tr("%n refresher(s) due", "", refreshers))
        if self.full is not None and people < len(self.full.people):
            parts.append(tr("of %n in all", "", len(self.full.people)))
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
