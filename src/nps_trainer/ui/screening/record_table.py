"""The list of screenings as a model over the rows, so that 10,000 records show at once: cells are made only
when drawn, not 50,000 table items up front."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from ...i18n import tr, tr_noop
from ...screening_records import RecordListRow
from ...screening_records.store import DRAFT, FINAL

# Marked for translation here, translated where shown (tr()).
STATUS_LABELS = {DRAFT: tr_noop("Draft"), FINAL: tr_noop("Finished")}
DAMAGED = tr_noop("Damaged: cannot be read")  # in place of the case reference, which could not be decrypted
LOST = tr_noop("Sealed to your old passphrase: cannot be opened after the reset")  # a reset could not recover it
COLUMNS = (tr_noop("Case reference"), tr_noop("Status"), tr_noop("Started"), tr_noop("Last saved"), tr_noop("Flags"))
# A date and time as wide as any, for sizing the date columns from the font (measuring every row would be slow).
SAMPLE_TIME = dt.datetime(2028, 12, 28, 20, 58, tzinfo=dt.UTC)


def local_time(moment: dt.datetime | None) -> str:
    return moment.astimezone().strftime("%d/%m/%Y %H:%M") if moment else ""


SEVERITY_ORDER = ("red", "amber", "info")  # how flag counts read: the most urgent first


def counts_text(counts: dict[str, int]) -> str:
    """'2 red, 1 amber' (the most urgent first), or 'None'."""
    words = {"red": lambda n: tr("%n red", "how many red flags", n),
             "amber": lambda n: tr("%n amber", "how many amber flags", n),
             "info": lambda n: tr("%n info", "how many flags for information, in a narrow table column", n)}
    return ", ".join(words[s](counts[s]) for s in SEVERITY_ORDER if counts[s]) or tr("None", "no flags")



def line_width(metrics: QFontMetrics, text: str, lines: int) -> int:
    """The least width that shows ``text`` on at most ``lines`` lines, broken only between words."""
    whole = metrics.horizontalAdvance(text)
    words = text.split(" ")
    if lines < 2 or len(words) < 2:
        return whole
    low, high = max(metrics.horizontalAdvance(word) for word in words), whole
    while low < high:
        middle = (low + high) // 2
        if _lines_needed(metrics, words, middle) <= lines:
            high = middle
        else:
            low = middle + 1
    return low


def _lines_needed(metrics: QFontMetrics, words: list[str], width: int) -> int:
    count, line = 1, ""
    for word in words:
        joined = f"{line} {word}" if line else word
        if line and metrics.horizontalAdvance(joined) > width:
            count, line = count + 1, word
        else:
            line = joined
    return count


class RecordTableModel(QAbstractTableModel):
    """``flag_severity`` gives a flag id's severity ('red', 'amber', 'info'): the Flags column counts them, red
    first ('2 red, 1 amber'), and names them in its tooltip and accessible text."""

    def __init__(self, flag_title: Callable[[str], str], parent: QWidget | None = None,
                 flag_severity: Callable[[str], str] | None = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[RecordListRow] = ()
        self._flag_title = flag_title
        self._flag_severity = flag_severity or (lambda _flag_id: "info")

    def flag_counts(self, flags: Sequence[str]) -> str:
        counts = {severity: 0 for severity in SEVERITY_ORDER}
        for flag_id in flags:
            severity = self._flag_severity(flag_id)
            counts[severity if severity in counts else "info"] += 1
        return counts_text(counts)

    def widest_flag_counts(self) -> str:
        """A Flags cell at least as wide as any in the list: the most of each severity any record has (worked out
        without measuring every row's text, so that 10,000 records size quickly)."""
        most = {severity: 0 for severity in SEVERITY_ORDER}
        for record in self._rows:
            counts = {severity: 0 for severity in SEVERITY_ORDER}
            for flag_id in record.flags:
                severity = self._flag_severity(flag_id)
                counts[severity if severity in counts else "info"] += 1
            for severity, count in counts.items():
                most[severity] = max(most[severity], count)
        return counts_text(most)

    def flag_names(self, flags: Sequence[str]) -> str:
        """Every flag's title, red first, for the tooltip and screen readers."""
        rank = {severity: index for index, severity in enumerate(SEVERITY_ORDER)}
        ordered = sorted(flags, key=lambda f: (rank.get(self._flag_severity(f), len(rank)), self._flag_title(f)))
        return "; ".join(self._flag_title(f) for f in ordered)

    def set_rows(self, rows: Sequence[RecordListRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def text(self, row: int, column: int) -> str:
        record = self._rows[row]
        if column == 0:
            return tr(LOST if record.lost else DAMAGED) if record.damaged else record.case_reference
        if column == 1:
            return tr(STATUS_LABELS[record.status]) if record.status in STATUS_LABELS else record.status
        if column == 2:
            return local_time(record.created_at)
        if column == 3:
            return local_time(record.updated_at)
        return self.flag_counts(record.flags)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self.text(index.row(), index.column())
            flags = self._rows[index.row()].flags
            return f"{text}: {self.flag_names(flags)}" if index.column() == len(COLUMNS) - 1 and flags else text
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section])
        return None


class RecordTable(QTableView):
    def __init__(self, flag_title: Callable[[str], str], parent: QWidget | None = None,
                 flag_severity: Callable[[str], str] | None = None) -> None:
        super().__init__(parent)
        self.records = RecordTableModel(flag_title, self, flag_severity)
        self.setModel(self.records)
        self.setAccessibleName(tr("Screening records"))
        self.setAccessibleDescription(tr("Press Enter to open the selected screening"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._sized: tuple = ()
        self.size_columns()

    def column_samples(self, column: int) -> list[str]:
        """Texts as wide as the column's widest: a sample value, and the case references on show at first."""
        if column == 0:
            return ["X1234567890"] + [self.records.text(row, 0) for row in range(min(50, self.rowCount()))]
        if column == 1:
            return [tr(label) for label in STATUS_LABELS.values()]
        if column == len(COLUMNS) - 1:
            return [tr("None", "no flags"), self.records.widest_flag_counts()]
        return [local_time(SAMPLE_TIME)]

    def size_columns(self) -> None:
        """Widths from the font (header and a sample of the values), never from every row (too slow for
        10,000): the dates and the header are never cut short, at any text size. The Flags column (the last,
        stretched) gets at least its widest counts: when the table is too narrow for that, the other columns
        give up their spare padding first."""
        metrics = self.fontMetrics()
        header = self.horizontalHeader()
        header_metrics = header.fontMetrics()
        style = self.style()
        frame = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1)
        header_margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        room = self.viewport().width()
        for lines in (1, 2, 3):  # more lines a row only when fewer cannot show every column whole (200% text)
            loose: list[int] = []  # with room to spare
            tight: list[int] = []  # the least that still shows the contents whole
            for column in range(len(COLUMNS)):
                cells = max(line_width(metrics, text, lines) for text in self.column_samples(column))
                title = header_metrics.horizontalAdvance(tr(COLUMNS[column]))
                cap = metrics.averageCharWidth() * 42
                loose.append(min(max(cells + frame + metrics.averageCharWidth() * 2,
                                     title + header_margin + header_metrics.averageCharWidth() * 2), cap))
                tight.append(min(max(cells + frame + metrics.averageCharWidth() // 2,
                                     title + header_margin + header_metrics.averageCharWidth() // 2), cap))
            if sum(tight) <= room or room <= 0 or not self.isVisible():  # hidden: sized again when shown
                break
        loose.pop()  # the Flags column is stretched to the room left, which is made at least its tight width
        flags_tight = tight.pop()
        widths = list(loose)
        excess = sum(widths) + flags_tight - room
        if excess > 0 and room > 0:
            spare = sum(w - t for w, t in zip(widths, tight, strict=True))
            share = min(1.0, excess / spare) if spare else 0.0
            widths = [w - int((w - t) * share + 0.999) for w, t in zip(widths, tight, strict=True)]
        key = (tuple(widths), flags_tight, metrics.height(), lines)
        if key == self._sized:
            return
        self._sized = key
        self.setWordWrap(lines > 1)
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width)
        self.verticalHeader().setDefaultSectionSize(metrics.height() * lines + 10)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.size_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.size_columns()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # Settings → Text size
            self._sized = ()
            self.size_columns()

    def set_rows(self, rows: Sequence[RecordListRow]) -> None:
        self.records.set_rows(rows)
        self.size_columns()
        if rows:
            self.selectRow(0)

    def rowCount(self) -> int:
        return self.records.rowCount()

    def cell_text(self, row: int, column: int) -> str:
        return self.records.text(row, column)

    def currentRow(self) -> int:
        return self.currentIndex().row()
