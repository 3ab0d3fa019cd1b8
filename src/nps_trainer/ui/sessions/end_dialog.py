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

from ...i18n import tr
from ...sessions.wording import minutes_text
from .. import messages

if TYPE_CHECKING:
    from ...profiles import ProfileInfo
    from ...services import Services
    from ...sessions.record import SessionRecord

KEEP, END, CANCEL = "keep", "end", "cancel"


def ask_keep_or_end(parent: QWidget | None) -> str:
    """Closing the console without ending: KEEP (resume later), END (end it now) or CANCEL."""
    return keep_end_or_cancel(parent, tr("Close the console"),
                              tr("The session has not ended. Keep it to resume later, or end it now?"),
                              tr("Everything entered so far is saved either way."))


def keep_end_or_cancel(parent: QWidget | None, title: str, text: str, detail: str) -> str:
    """Ask whether to keep a running session to resume later (KEEP), end it now (END) or CANCEL."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(detail)
    keep = box.addButton(tr("&Keep to resume later"), QMessageBox.ButtonRole.AcceptRole)
    end = box.addButton(tr("&End it now…"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    box.exec()
    clicked = box.clickedButton()
    return KEEP if clicked is keep else END if clicked is end else CANCEL


def _minutes(seconds: int) -> str:
    minutes = round(seconds / 60)
    if minutes >= 60:
        return tr("{hours} h {minutes} min", "hours and minutes, abbreviated").format(
            hours=minutes // 60, minutes=f"{minutes % 60:02d}")
    return minutes_text(minutes)


class EndDialog(QDialog):
    """After ``exec()`` returns Accepted, ``ended`` is the finished record."""

    def __init__(self, services: Services, session_id: int, acting: ProfileInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.session_id = session_id
        self.acting = acting
        self.ended: SessionRecord | None = None
        record = services.joint_sessions.get(session_id)
        self.setWindowTitle(tr("End the session"))
        layout = QVBoxLayout(self)
        covered = record.topics()
        summary = QLabel(tr("<b>{title}</b><br>%n topic(s) covered, {time} so far. Untick anyone who did not stay "
                            "throughout: only people who stayed are credited with the sections covered.", "",
                            len(covered)).format(title=escape(record.title), time=_minutes(record.seconds)))
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.table = QTableWidget(len(record.attendees), 4)
        self.table.setHorizontalHeaderLabels((tr("Stayed throughout"), tr("Name"), tr("Organisation"), tr("Role")))
        self.table.setAccessibleName(tr("Register: who stayed throughout"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self._ids: list[int] = []
        for row, person in enumerate(record.attendees):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            tick.setCheckState(Qt.CheckState.Checked if person.stayed_throughout else Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, tick)
            name = tr("{name} (guest)").format(name=person.name) if person.guest else person.name
            for column, text in ((1, name), (2, person.organisation_shown),
                                 (3, person.role)):
                self.table.setItem(row, column, QTableWidgetItem(text))
            self._ids.append(person.id)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemChanged.connect(self._ticked)
        if not record.attendees:
            layout.addWidget(QLabel(tr("Nobody is on the register: the session will end with no attendees.")))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox()
        self.end_button = buttons.addButton(tr("&End the session"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.end_button.setAccessibleName(tr("End the session"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(tr("Carry on with the session"))
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
            messages.warn(self, tr("Register"), str(error))

    def _end(self) -> None:
        from ...sessions.store import SessionError

        if not messages.confirm(self, tr("End the session"), tr("End the session now? Attendees with a profile are "
                                "credited and the record becomes read-only (corrected only by an amendment).")):
            return
        try:
            self.ended = self.services.joint_sessions.end(self.session_id, acting=self.acting)
        except (SessionError, PermissionError) as error:
            messages.warn(self, tr("End the session"), str(error))
            return
        self.accept()
