"""Progress → Joint sessions: the finished joint sessions the signed-in person attended (date, title,
facilitators, time, whether they left early, whether they have reflected), and a button to add or edit their
reflection on the chosen one. When they attended none, a one-line note."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr, tr_noop
from ...i18n.dates import short_date
from ...profiles import ProfileInfo
from ...sessions.record import SessionRecord
from ...team.cpd import hours_text
from ..tables import setup_read_only_table
from ..widgets import heading, note, return_clicks

COLUMNS = (tr_noop("Date"), tr_noop("Session"), tr_noop("Facilitators"), tr_noop("Time"), tr_noop("Attendance"),
           tr_noop("Reflection"))
NONE_ATTENDED = tr_noop("You have not attended a joint session yet. Sessions you attend appear here once they end.")
LEFT_EARLY = tr_noop("Left early")
MAX_VISIBLE_ROWS = 5


def _day(record: SessionRecord) -> str:
    return short_date(record.held_on)


class AttendedSessions(QWidget):
    """The group on the Progress page. ``refresh()`` reads the store again; ``reflection_saved`` is emitted with
    the session id after a reflection is saved."""

    reflection_saved = Signal(int)

    def __init__(self, services, profile: ProfileInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.profile = profile
        self.records: list[SessionRecord] = []
        self._reflected: set[int] = set()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(tr("Joint sessions"), level=2))
        self.none_note = note(tr(NONE_ATTENDED))
        self.none_note.setObjectName("noJointSessions")
        layout.addWidget(self.none_note)
        self.table = setup_read_only_table(
            QTableWidget(), [tr(column) for column in COLUMNS], tr("Joint sessions attended"),
            tr("Joint probation and drug service sessions you attended. Enter adds or edits your reflection on the "
               "chosen session."))
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self.edit_reflection(index.row()))
        self.table.currentCellChanged.connect(lambda *_: self._update_button())
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.reflect_button = QPushButton(tr("Add r&eflection…"))
        self.reflect_button.clicked.connect(lambda: self.edit_reflection(self.table.currentRow()))
        return_clicks(self.reflect_button)
        row.addWidget(self.reflect_button)
        self.reflect_note = note(tr("Your reflections are private: they go on your CPD record only if you choose."))
        row.addWidget(self.reflect_note, 1)
        layout.addLayout(row)
        self.setTabOrder(self.table, self.reflect_button)
        self._update_button()

    # -- filling ------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        store = self.services.joint_sessions
        current = self.table.currentRow()
        self.records = list(reversed(store.attended(self.profile.id)))  # newest first
        self._reflected = {r.id for r in self.records if store.reflection(r.id, self.profile.id)}
        self.table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            me = self._me(record)
            left_early = me is not None and not me.stayed_throughout
            values = (_day(record), record.title, ", ".join(record.facilitators), hours_text(record.hours),
                      tr(LEFT_EARLY) if left_early else tr("Throughout"),
                      tr("Written", "a reflection") if record.id in self._reflected else "")
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(row, column, item)
            self.table.item(row, 0).setData(Qt.ItemDataRole.AccessibleTextRole, self.row_text(row))
        attended = bool(self.records)
        self.none_note.setVisible(not attended)
        for widget in (self.table, self.reflect_button, self.reflect_note):
            widget.setVisible(attended)
        if attended:
            self.table.setCurrentCell(min(max(current, 0), len(self.records) - 1), 0)
        self._fit()
        self._update_button()

    def row_text(self, row: int) -> str:
        """One session in words, for a screen reader: 'NPS together, 20 Nov 2026, facilitated by …, 41 min.'"""
        record = self.records[row]
        me = self._me(record)
        parts = [record.title, _day(record), tr("facilitated by {names}").format(names=", ".join(record.facilitators)),
                 hours_text(record.hours)]
        if me is not None and not me.stayed_throughout:
            parts.append(tr("left early"))
        parts.append(tr("reflection written") if record.id in self._reflected else tr("no reflection yet"))
        return ", ".join(parts) + "."

    def _me(self, record: SessionRecord):
        return next((a for a in record.attendees if a.profile_id == self.profile.id), None)

    def _fit(self) -> None:
        """Tall enough for every row up to a few, so a short list is not hidden behind a scroll bar."""
        self.table.resizeRowsToContents()
        shown = min(len(self.records), MAX_VISIBLE_ROWS)
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(row) for row in range(shown))
        self.table.setFixedHeight(height + 2)

    def _update_button(self) -> None:
        row = self.table.currentRow()
        chosen = self.records[row] if 0 <= row < len(self.records) else None
        written = chosen is not None and chosen.id in self._reflected
        self.reflect_button.setText(tr("&Edit reflection…") if written else tr("Add r&eflection…"))
        self.reflect_button.setEnabled(chosen is not None)
        if chosen is None:
            name = tr("Add reflection on the chosen joint session")
        elif written:
            name = tr("Edit reflection on {title}, {date}").format(title=chosen.title, date=_day(chosen))
        else:
            name = tr("Add reflection on {title}, {date}").format(title=chosen.title, date=_day(chosen))
        self.reflect_button.setAccessibleName(name)

    # -- reflecting ---------------------------------------------------------------------------------------
    def edit_reflection(self, row: int) -> None:
        if not 0 <= row < len(self.records):
            return
        from . import reflection_dialog

        record = self.records[row]
        if reflection_dialog.edit_reflection(self, self.services, record, self.profile):
            self.refresh()
            self.table.setCurrentCell(row, 0)
            self.reflection_saved.emit(record.id)
