"""Ending a joint session: the register with a "stayed throughout" tick for each person (saved through the store
as it is ticked), a summary of what was covered, a confirmation, then ``end``. Also the question asked when the
console is closed without ending: keep the session to resume later, or end it now."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import messages

if TYPE_CHECKING:
    from ...profiles import ProfileInfo
    from ...services import Services
    from ...sessions.record import SessionRecord

KEEP, END, CANCEL = "keep", "end", "cancel"


def ask_keep_or_end(parent: QWidget | None) -> str:
    """Closing the console without ending: KEEP (resume later), END (end it now) or CANCEL."""
    return keep_end_or_cancel(parent, "Close the console",
                              "The session has not ended. Keep it to resume later, or end it now?",
                              "Everything entered so far is saved either way.")


def keep_end_or_cancel(parent: QWidget | None, title: str, text: str, detail: str) -> str:
    """Ask whether to keep a running session to resume later (KEEP), end it now (END) or CANCEL."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(detail)
    keep = box.addButton("&Keep to resume later", QMessageBox.ButtonRole.AcceptRole)
    end = box.addButton("&End it now…", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    box.exec()
    clicked = box.clickedButton()
    return KEEP if clicked is keep else END if clicked is end else CANCEL


def _minutes(seconds: int) -> str:
    minutes = round(seconds / 60)
    return f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"


class EndDialog(QDialog):
    """After ``exec()`` returns Accepted, ``ended`` is the finished record."""

    def __init__(self, services: Services, session_id: int, acting: ProfileInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.session_id = session_id
        self.acting = acting
        self.ended: SessionRecord | None = None
        record = services.joint_sessions.get(session_id)
        self.setWindowTitle("End the session")
        layout = QVBoxLayout(self)
        covered = record.topics()
        summary = QLabel(f"<b>{escape(record.title)}</b><br>{len(covered)} topic{'s' if len(covered) != 1 else ''} "
                         f"covered, {_minutes(record.seconds)} so far. Untick anyone who did not stay "
                         "throughout: only people who stayed are credited with the sections covered.")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.table = QTableWidget(len(record.attendees), 4)
        self.table.setHorizontalHeaderLabels(("Stayed throughout", "Name", "Organisation", "Role"))
        self.table.setAccessibleName("Register: who stayed throughout")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self._ids: list[int] = []
        for row, person in enumerate(record.attendees):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            tick.setCheckState(Qt.CheckState.Checked if person.stayed_throughout else Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, tick)
            guest = " (guest)" if person.guest else ""
            for column, text in ((1, person.name + guest), (2, person.organisation or person.side_label),
                                 (3, person.role)):
                self.table.setItem(row, column, QTableWidgetItem(text))
            self._ids.append(person.id)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemChanged.connect(self._ticked)
        if not record.attendees:
            layout.addWidget(QLabel("Nobody is on the register: the session will end with no attendees."))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox()
        self.end_button = buttons.addButton("&End the session", QDialogButtonBox.ButtonRole.AcceptRole)
        self.end_button.setAccessibleName("End the session")
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName("Carry on with the session")
        buttons.accepted.connect(self._end)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 460)

    def set_stayed(self, row: int, stayed: bool) -> None:
        self.table.item(row, 0).setCheckState(Qt.CheckState.Checked if stayed else Qt.CheckState.Unchecked)

    def _ticked(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        from ...sessions.store import SessionError

        stayed = item.checkState() == Qt.CheckState.Checked
        try:
            self.services.joint_sessions.set_stayed(self.session_id, self._ids[item.row()], stayed,
                                                    acting=self.acting)
        except (SessionError, PermissionError) as error:
            messages.warn(self, "Register", str(error))

    def _end(self) -> None:
        from ...sessions.store import SessionError

        if not messages.confirm(self, "End the session", "End the session now? Attendees with a profile are "
                                "credited and the record becomes read-only (corrected only by an amendment)."):
            return
        try:
            self.ended = self.services.joint_sessions.end(self.session_id, acting=self.acting)
        except (SessionError, PermissionError) as error:
            messages.warn(self, "End the session", str(error))
            return
        self.accept()
