"""Team → Figures: anonymised caseload counts by month or quarter, small numbers hidden, with why each hidden
number is hidden, filters by organisation, team and role, and Export CSV."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr, tr_noop
from ...i18n.dates import long_date
from ...profiles import ORGANISATIONS, ROLES
from ...team.disclosure import Hidden
from ...team.figures import FigureFilters, FiguresRefused, FiguresTable, default_range, shown_label, shown_sub_label
from .. import messages
from ..widgets import FlowLayout, ask_csv_path, buddy, note, return_clicks

ANY = ""
NO_CELL = tr_noop("Choose a number in the table to see what it counts, or why it is hidden.")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _long(day: dt.date) -> str:
    return long_date(day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class FiguresPage(QWidget):
    def __init__(self, services, signed_in, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.signed_in = signed_in
        self.table_data: FiguresTable | None = None
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = note(tr("Counts of finished screenings, made without decrypting any record. A case screened "
                             "more than once in a period counts once there, and periods are not added up. Small "
                             "numbers are hidden to protect the people counted: choose a hidden number to see why."))
        layout.addWidget(self.intro)

        since, until = default_range(dt.date.today())
        dates = QHBoxLayout()
        self.since_edit = self._date_edit(since, tr("First day of the figures"))
        self.until_edit = self._date_edit(until, tr("Last day of the figures"))
        self.by_combo = QComboBox()
        self.by_combo.addItem(tr("Month"), "month")
        self.by_combo.addItem(tr("Quarter"), "quarter")
        # Named by its label ('By', Label in Name); what it does is its description.
        self.by_combo.setAccessibleDescription(tr("One column per month or per quarter"))
        for label, widget in ((tr("&From:"), self.since_edit), (tr("&To:"), self.until_edit),
                              (tr("&By:"), self.by_combo)):
            dates.addWidget(buddy(label, widget))
            dates.addWidget(widget)
        dates.addStretch(1)
        layout.addLayout(dates)

        filters = FlowLayout()
        self.organisation_combo = QComboBox()
        self.organisation_combo.addItem(tr("Any organisation"), ANY)
        for key, label in ORGANISATIONS.items():
            self.organisation_combo.addItem(tr(label), key)
        self.organisation_combo.setAccessibleName(tr("Organisation of the practitioner who screened"))
        self.team_combo = QComboBox()
        self.team_combo.setAccessibleName(tr("Team of the practitioner who screened"))
        self.role_combo = QComboBox()
        self.role_combo.addItem(tr("Any role"), ANY)
        for key, label in ROLES.items():
            self.role_combo.addItem(tr(label), key)
        self.role_combo.setAccessibleName(tr("Role of the practitioner who screened"))
        for label, widget in ((tr("Or&ganisation:"), self.organisation_combo), (tr("T&eam:"), self.team_combo),
                              (tr("&Role:"), self.role_combo)):
            # wide enough for most names without passing a small screen at 200% text (the list shows them whole)
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(20)
            holder = QHBoxLayout()
            holder.addWidget(buddy(label, widget))
            holder.addWidget(widget)
            holder.setContentsMargins(0, 0, 12, 0)
            box = QWidget()  # the label and its field stay together; the row flows onto more lines when narrow
            box.setLayout(holder)
            filters.addWidget(box)
        layout.addLayout(filters)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName(tr("About these figures"))
        layout.addWidget(self.status)

        self.table = QTableWidget()
        self.table.setAccessibleName(tr("Caseload figures"))
        self.table.setAccessibleDescription(tr("One row per measure, one column per period. Hidden numbers show as "
                                               "a symbol; the panel below says why."))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setCornerButtonEnabled(False)  # one cell at a time: nothing to select all of
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.currentCellChanged.connect(lambda row, column, *_: self._explain(row, column))
        layout.addWidget(self.table, 1)

        self.why = QPlainTextEdit()
        self.why.setReadOnly(True)
        self.why.setTabChangesFocus(True)
        self.why.setAccessibleName(tr("About the chosen number"))
        self.why.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 16)
        self.why.setPlainText(tr(NO_CELL))
        why_label = buddy(tr("&About the chosen number:"), self.why)
        layout.addWidget(why_label)
        layout.addWidget(self.why)

        buttons = QHBoxLayout()
        self.export_button = QPushButton(tr("E&xport CSV…"))
        self.export_button.setAccessibleName(tr("Export these figures as a CSV file"))
        self.export_button.clicked.connect(self.export_csv)
        return_clicks(self.export_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        for combo in (self.by_combo, self.organisation_combo, self.team_combo, self.role_combo):
            combo.currentIndexChanged.connect(lambda _index: self.show_figures())
        for edit in (self.since_edit, self.until_edit):
            edit.dateChanged.connect(lambda _date: self.show_figures())

    def _date_edit(self, day: dt.date, name: str) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(name)
        return edit

    # -- what is shown ------------------------------------------------------------------------------------
    @property
    def threshold(self) -> int:
        return getattr(self.services.settings, "small_number_threshold", 5)

    def filters(self) -> FigureFilters:
        return FigureFilters(organisation=self.organisation_combo.currentData() or None,
                             team=self.team_combo.currentData() or None,
                             role=self.role_combo.currentData() or None)

    def refresh(self) -> None:
        """Called each time the tab is shown: team names may have changed, and new screenings finished."""
        self._filling = True
        try:
            chosen = self.team_combo.currentData()
            self.team_combo.clear()
            self.team_combo.addItem(tr("Any team"), ANY)
            for team in self.services.figures.teams():
                self.team_combo.addItem(team, team)
            index = self.team_combo.findData(chosen) if chosen else 0
            self.team_combo.setCurrentIndex(max(index, 0))
        finally:
            self._filling = False
        self.show_figures()

    def show_figures(self) -> None:
        if self._filling:
            return
        try:
            table = self.services.figures.build(_pydate(self.since_edit.date()), _pydate(self.until_edit.date()),
                                                by=self.by_combo.currentData(), filters=self.filters(),
                                                threshold=self.threshold)
        except (FiguresRefused, ValueError) as exc:
            self.table_data = None
            self.table.clear()
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            self._set_status(str(exc))
            self.export_button.setEnabled(False)
            self.why.setPlainText(tr(NO_CELL))
            return
        self.table_data = table
        self._fill(table)
        t = table.threshold
        sentences = [tr("{first} to {last}, {who}: screenings by {practitioners} practitioners.").format(
            first=_long(table.first_day), last=_long(table.last_day), who=table.filters.describe(),
            practitioners=table.practitioners)]
        if (table.first_day, table.last_day) != (_pydate(self.since_edit.date()), _pydate(self.until_edit.date())):
            sentences.append(tr("Screenings are dated by month only, so whole months are counted."))
        if table.filters.any:
            sentences.append(tr("<{t} is 1 to {below} (0 to {below} within a measure under {t}); * is a number "
                                "hidden so that a hidden one cannot be worked out; n/a is not shown for this "
                                "filter.").format(t=t, below=t - 1))
        else:
            sentences.append(tr("<{t} is 1 to {below} (0 to {below} within a measure under {t}); * is a number "
                                "hidden so that a hidden one cannot be worked out.").format(t=t, below=t - 1))
        sentences.append(tr("No total over the range is given: compared with the total for a neighbouring range it "
                            "would give away the periods between."))
        self._set_status(" ".join(sentences))
        self.export_button.setEnabled(True)

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)

    def _fill(self, table: FiguresTable) -> None:
        columns = table.columns
        self.table.clear()
        self.table.setRowCount(len(table.measures))
        self.table.setColumnCount(len(columns))
        self.table.setHorizontalHeaderLabels([p.key for p in table.periods])
        self.table.setVerticalHeaderLabels([self._row_label(m) for m in table.measures])
        self.table.verticalHeader().show()
        for row, measure in enumerate(table.measures):
            for column, key in enumerate(columns):
                item = QTableWidgetItem(table.text(measure.id, key))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                reason = table.reason(measure.id, key)
                font = item.font()
                if reason:  # in italics, in the ordinary text colour so it stays easy to read
                    item.setToolTip(tr("Hidden: {reason}.").format(reason=reason))
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, tr("hidden, {reason}").format(reason=reason))
                    font.setItalic(True)
                item.setFont(font)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.why.setPlainText(tr(NO_CELL))

    @staticmethod
    def _row_label(measure) -> str:
        if measure.parent:
            return "    " + shown_sub_label(measure)
        return shown_label(measure)

    def _explain(self, row: int, column: int) -> None:
        table = self.table_data
        if table is None or row < 0 or column < 0 or row >= len(table.measures):
            self.why.setPlainText(tr(NO_CELL))
            return
        measure = table.measures[row]
        key = table.columns[column]
        where = key
        reason = table.reason(measure.id, key)
        kind = table.kind(measure.id, key)
        if reason is None:
            text = tr("{measure}, {where}: {value}.").format(measure=shown_label(measure), where=where,
                                                             value=table.text(measure.id, key))
            self.why.setPlainText(text)
            return
        if kind is Hidden.PRIMARY:
            text = tr("{measure}, {where}: hidden because it is {reason} (but more than 0). Small numbers can point "
                      "to a person, so they are never shown.")
        elif kind is Hidden.PART_OF_SMALL:
            text = tr("{measure}, {where}: hidden because it is {reason} (a total or a measure of fewer than "
                      "{threshold}). It may be 0 or a small number: showing it would tell the others apart.")
        elif kind is Hidden.COMPLEMENT:
            text = tr("{measure}, {where}: {reason}. It is not itself a small number, but everyone's figure for it "
                      "is shown, and the difference (the people outside the filter) is fewer than {threshold}.")
        elif kind is Hidden.WITHHELD:
            text = tr("{measure}, {where}: {reason}. Hiding single numbers could not protect them here, so this "
                      "measure is not shown for the filter in this quarter. Everyone's figures still show it.")
        else:
            text = tr("{measure}, {where}: {reason}. It is not itself a small number, but with it shown, a small "
                      "number elsewhere in this period, in the rows it belongs to, in its quarter or (with a "
                      "filter) among the people outside the filter could be worked out by adding and subtracting.")
        self.why.setPlainText(text.format(measure=shown_label(measure), where=where, reason=reason,
                                          threshold=table.threshold))

    # -- export -------------------------------------------------------------------------------------------
    def export_csv(self) -> None:
        table = self.table_data
        if table is None:
            return
        from ...csv_files import write_csv

        path = ask_csv_path(self, tr("Export caseload figures"), f"caseload-figures-{dt.date.today().isoformat()}.csv")
        if path is None:
            return
        try:
            write_csv(path, table.csv_header(), table.csv_rows())
        except OSError as exc:
            messages.warn(self, tr("Export caseload figures"),
                          tr("The figures could not be saved to {path}:\n{error}").format(path=path,
                                                                                          error=exc.strerror or exc))
            return
        self.services.audit.record(profile_id=self.signed_in.profile.id, action="export",
                                   object_type="caseload_figures", object_id=table.by,
                                   detail=f"{table.first_day.isoformat()} to {table.last_day.isoformat()}")
        messages.inform(self, tr("Export caseload figures"), tr("The figures were saved to {path}.").format(path=path))
