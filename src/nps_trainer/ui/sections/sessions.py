"""Joint sessions (facilitators and managers): the joint probation/drug-service sessions held, with filters;
start a new one from a plan, resume one that was not ended, open a finished one's record (PDF and CSV), amend
it with a reason, or discard one started by mistake. A facilitator coming back to a session left running (the
console closed, or NPS Trainer stopped mid-session) is offered to resume it, once per sign-in.

Opening a session hands its :class:`SessionRun` to the main window (``run_opened``), which keeps it running
whatever the sections do (signing out, the idle sign-out)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr, tr_noop
from ...i18n.dates import short_date
from ...sessions.record import FINISHED, RUNNING, SessionSummary
from .. import messages
from ..tables import setup_read_only_table
from ..widgets import FlowLayout, action_button, buddy, heading, note
from .base import SectionPage

if TYPE_CHECKING:
    from ...identity import SignedIn
    from ..sessions.console import SessionRun

COLUMNS = (tr_noop("Date"), tr_noop("Session"), tr_noop("Place"), tr_noop("Facilitators"), tr_noop("Attendees"),
           tr_noop("Minutes"), tr_noop("Status"))
ID_ROLE = Qt.ItemDataRole.UserRole
ANY_DAY = QDate(2000, 1, 1)  # a date edit at its minimum shows "Any": no limit
STATUSES = (RUNNING, FINISHED)
RUN_ROLES = ("facilitator", "manager")


def day_text(day: date) -> str:
    return short_date(day)


def status_text(status: str) -> str:
    """A session's status in the language in use (the status itself if unknown)."""
    if status == RUNNING:
        return tr("Running (not ended)", "a joint session's status")
    if status == FINISHED:
        return tr("Finished", "a joint session's status")
    return status


def attendees_text(summary: SessionSummary) -> str:
    """'9: 5 probation, 3 drug service, 1 other'."""
    if not summary.attendees:
        return tr("none", "no attendees")
    parts = []
    if summary.probation:
        parts.append(tr("{count} probation", "people on the register from probation").format(count=summary.probation))
    if summary.drug_service:
        parts.append(tr("{count} drug service", "people on the register from a drug service").format(
            count=summary.drug_service))
    if summary.other:
        parts.append(tr("{count} other", "people on the register from another organisation").format(
            count=summary.other))
    return tr("{count}: {sides}", "attendees in all: by side").format(count=summary.attendees, sides=", ".join(parts))


class SessionsSection(SectionPage):
    title = tr_noop("Joint sessions")
    run_opened = Signal(object)  # a SessionRun, for the main window to keep

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.summaries: list[SessionSummary] = []
        self._offered_for: object = None  # the sign-in the resume offer was made in (once per sign-in)
        self._filling = False
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr(self.title)))
        self.state_label = note(tr("Joint probation and drug-service training sessions: start one from a plan, "
                                   "resume one that was not ended, and keep each session's record."))
        self.state_label.setObjectName("sectionState")
        layout.addWidget(self.state_label)

        filters = FlowLayout()
        self.text_filter = QLineEdit()
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.setPlaceholderText(tr("Title, place or facilitator"))
        self.since_edit = self._date_edit(tr("Held on or after"))
        self.until_edit = self._date_edit(tr("Held on or before"))
        self.plan_filter = QComboBox()
        self.plan_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.plan_filter.setMinimumContentsLength(28)
        self.status_filter = QComboBox()
        self.status_filter.addItem(tr("Any status"), "")
        for status in STATUSES:
            self.status_filter.addItem(status_text(status), status)
        for label, widget in ((tr("F&ind:"), self.text_filter), (tr("F&rom:"), self.since_edit),
                              (tr("&To:"), self.until_edit), (tr("P&lan:"), self.plan_filter),
                              (tr("Stat&us:"), self.status_filter)):
            holder = QHBoxLayout()
            holder.addWidget(buddy(label, widget))
            holder.addWidget(widget)
            holder.setContentsMargins(0, 0, 12, 0)
            box = QWidget()  # the label and its field stay together in the flowing row
            box.setLayout(holder)
            filters.addWidget(box)
        self.text_filter.setMinimumWidth(220)
        layout.addLayout(filters)

        self.table = setup_read_only_table(QTableWidget(), [tr(column) for column in COLUMNS], tr("Joint sessions"),
                                           tr("Newest first; Enter opens a finished session's record or resumes a "
                                              "running one"))
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2, 3):  # title, place and facilitators share the width and wrap: no sideways scrolling
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self._open_current())
        layout.addWidget(self.table, 1)
        self.count_label = QLabel("")
        self.count_label.setAccessibleName(tr("How many sessions are listed"))
        layout.addWidget(self.count_label)

        buttons = FlowLayout()
        self.new_button = action_button(tr("&New session…"), tr("Start a new joint session from a plan"),
                                        self.new_session)
        self.resume_button = action_button(tr("R&esume"), tr("Resume the chosen running session"), self.resume_current)
        self.record_button = action_button(tr("&Open record"), tr("Open the chosen finished session's record"),
                                           self.open_record)
        self.amend_button = action_button(tr("&Amend…"), tr("Correct the chosen finished session, with a reason"),
                                          self.amend_current)
        self.discard_button = action_button(tr("&Discard…"),
                                            tr("Delete the chosen running session, started by mistake"),
                                            self.discard_current)
        for button in (self.new_button, self.resume_button, self.record_button, self.amend_button,
                       self.discard_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

        self.text_filter.textChanged.connect(lambda _text: self.refresh())
        for edit in (self.since_edit, self.until_edit):
            edit.dateChanged.connect(lambda _day: self.refresh())
        for combo in (self.plan_filter, self.status_filter):
            combo.currentIndexChanged.connect(lambda _index: None if self._filling else self.refresh())
        self._update_buttons()


    @staticmethod
    def _date_edit(name: str) -> QDateEdit:
        edit = QDateEdit(ANY_DAY)
        edit.setMinimumDate(ANY_DAY)
        edit.setSpecialValueText(tr("Any", "no date limit"))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setAccessibleName(name)
        edit.setAccessibleDescription(tr("'Any' (the earliest date) for no limit"))
        return edit

    # -- the list -----------------------------------------------------------------------------------------
    @property
    def can_run(self) -> bool:
        return self.profile.role in RUN_ROLES

    def sign_in_changed(self, signed_in: SignedIn | None) -> None:
        super().sign_in_changed(signed_in)
        if signed_in is None:
            self.table.setRowCount(0)  # signed out: nothing of the records is left on screen
            self.summaries = []

    def activate(self) -> None:
        if self.signed_in is None:
            return
        self.refresh()
        self.offer_resume()

    @staticmethod
    def _day(edit: QDateEdit) -> date | None:
        return None if edit.date() == ANY_DAY else edit.date().toPython()

    def refresh(self) -> None:
        if self.signed_in is None or self._filling:
            return
        from ...sessions.store import SessionError

        chosen = self.current_id()
        try:
            self._fill_plans()
            self.summaries = self.services.joint_sessions.list(
                acting=self.signed_in.profile, since=self._day(self.since_edit), until=self._day(self.until_edit),
                plan_id=self.plan_filter.currentData() or None, status=self.status_filter.currentData() or None,
                text=self.text_filter.text())
        except (SessionError, PermissionError) as error:
            self.summaries = []
            self.count_label.setText(str(error))
        else:
            self.count_label.setText(self._count_text())
        self.table.setRowCount(len(self.summaries))
        for row, summary in enumerate(self.summaries):
            facilitators = ", ".join((summary.facilitator_name, *summary.co_facilitators))
            values = (day_text(summary.held_on), summary.title, summary.place, facilitators, attendees_text(summary),
                      str(summary.minutes), status_text(summary.status))
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, summary.id)
                if column == 5:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if summary.status == RUNNING and column == 6:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.select(chosen)
        self._update_buttons()

    def _count_text(self) -> str:
        count = len(self.summaries)
        if not count:
            filtered = self.text_filter.text() or self._day(self.since_edit) or self._day(self.until_edit) or (
                self.plan_filter.currentData() or self.status_filter.currentData())
            if filtered:
                return tr("No sessions match these filters.")
            return tr("No joint sessions yet: start one with New session…")
        running = sum(s.status == RUNNING for s in self.summaries)
        attendances = tr("%n attendance(s)", "", sum(s.attendees for s in self.summaries))
        if running:
            return tr("%n session(s), {running} not ended; {attendances}", "", count).format(
                running=running, attendances=attendances)
        return tr("%n session(s); {attendances}", "", count).format(attendances=attendances)

    def _fill_plans(self) -> None:
        """The plan filter: every plan that can be run now, and every plan a listed session used."""
        from ..sessions.plan_cache import plan_library

        plans = {plan.id: plan.title for plan in plan_library(self.services).plans}
        for summary in self.services.joint_sessions.list(acting=self.signed_in.profile):
            plans.setdefault(summary.plan_id, summary.title)
        wanted = self.plan_filter.currentData()
        self._filling = True
        try:
            self.plan_filter.clear()
            self.plan_filter.addItem(tr("Any plan"), "")
            for plan_id, title in sorted(plans.items(), key=lambda kv: kv[1].casefold()):
                self.plan_filter.addItem(title, plan_id)
            self.plan_filter.setCurrentIndex(max(0, self.plan_filter.findData(wanted or "")))
        finally:
            self._filling = False

    def current_id(self) -> int | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return item.data(ID_ROLE) if item is not None else None

    def current(self) -> SessionSummary | None:
        chosen = self.current_id()
        return next((s for s in self.summaries if s.id == chosen), None)

    def select(self, session_id: int | None) -> None:
        for row, summary in enumerate(self.summaries):
            if summary.id == session_id:
                self.table.selectRow(row)
                return
        self.table.clearSelection()
        self.table.setCurrentCell(-1, -1)

    def _update_buttons(self) -> None:
        summary = self.current() if self.table.selectedItems() else None
        running = summary is not None and summary.status == RUNNING
        finished = summary is not None and summary.status == FINISHED
        self.new_button.setEnabled(self.can_run)
        self.resume_button.setEnabled(running and self.can_run)
        self.discard_button.setEnabled(running and self.can_run)
        self.record_button.setEnabled(finished)
        self.amend_button.setEnabled(finished and self.can_run)

    def _open_current(self) -> None:
        summary = self.current()
        if summary is None:
            return
        if summary.status == RUNNING:
            self.resume_current()
        else:
            self.open_record()

    # -- running ------------------------------------------------------------------------------------------
    def running_run(self) -> SessionRun | None:
        """The session open in its console now (kept by the main window), if any."""
        run = getattr(self.window(), "session_run", None)
        return run if run is not None and not run.ended and not run.stopped else None

    def new_session(self) -> None:
        if self.signed_in is None:
            return
        if (run := self.running_run()) is not None:
            messages.inform(self, tr("New joint session"),
                            tr("'{title}' is still open in its console: end it, or close its console to resume it "
                               "later, before starting another.").format(title=run.plan.title))
            run.console.raise_()
            run.console.activateWindow()
            return
        from ..sessions.setup_dialog import SetupDialog

        dialog = SetupDialog(self.services, self.signed_in.profile, parent=self)
        opened = dialog.exec() == SetupDialog.DialogCode.Accepted
        if dialog.session_id is not None and opened:
            self.open_session(dialog.session_id)
        self.refresh()
        if dialog.session_id is not None:
            self.select(dialog.session_id)

    def resume_current(self) -> None:
        summary = self.current()
        if summary is not None and summary.status == RUNNING:
            self.open_session(summary.id)

    def open_session(self, session_id: int) -> SessionRun | None:
        """Open the console and room for a running session (raise it if it is open already)."""
        if self.signed_in is None:
            return None
        run = self.running_run()
        if run is not None:
            if run.session_id != session_id:
                messages.inform(self, tr("Resume"),
                                tr("'{title}' is open in its console: end it, or close its console to resume it "
                                   "later, before opening another.").format(title=run.plan.title))
            run.console.show()
            run.console.raise_()
            run.console.activateWindow()
            return run if run.session_id == session_id else None
        from ...profiles import NotAllowed
        from ...sessions.store import SessionError
        from ..sessions.console import open_session

        try:
            run = open_session(self.services, self.signed_in, session_id, self.window())
        except (SessionError, NotAllowed) as error:
            messages.warn(self, tr("Resume"), str(error))
            self.refresh()
            return None
        # Bound methods, not lambdas: Qt drops the connection if this page goes first (someone else signs in).
        run.finished.connect(self._session_ended)
        run.closed.connect(self.refresh)
        self.run_opened.emit(run)
        return run

    def _session_ended(self, session_id: int) -> None:
        self.refresh()
        self.select(session_id)

    def offer_resume(self) -> None:
        """Once per sign-in: a session this facilitator was running and did not end is offered to resume."""
        if self.signed_in is None or self._offered_for is self.signed_in or not self.can_run:
            return
        self._offered_for = self.signed_in
        if self.running_run() is not None:
            return
        waiting = self.services.joint_sessions.running(self.signed_in.profile.id)
        if not waiting:
            return
        latest = waiting[0]
        others = len(waiting) - 1
        if latest.place:
            text = tr("A session you were running on {date} was not ended: '{title}', {place}. Resume it?").format(
                date=day_text(latest.held_on), title=latest.title, place=latest.place)
        else:
            text = tr("A session you were running on {date} was not ended: '{title}'. Resume it?").format(
                date=day_text(latest.held_on), title=latest.title)
        if others:
            text += " " + tr("(%n other session(s) not ended either: see the list.)", "", others)
        if messages.confirm(self, tr("Resume a joint session"), text):
            self.select(latest.id)
            self.open_session(latest.id)

    def discard_current(self) -> None:
        summary = self.current()
        if summary is None or summary.status != RUNNING or self.signed_in is None:
            return
        if (run := self.running_run()) is not None and run.session_id == summary.id:
            messages.inform(self, tr("Discard"), tr("This session is open in its console: close the console first."))
            return
        if not messages.confirm(self, tr("Discard the session"),
                                tr("Discard '{title}' of {date}, started by mistake? Its register ({people}) and "
                                   "everything entered are deleted, and no one is credited. This cannot be undone.")
                                .format(title=summary.title, date=day_text(summary.held_on),
                                        people=tr("%n person(s)", "", summary.attendees))):
            return
        from ...sessions.store import SessionError

        try:
            self.services.joint_sessions.discard(summary.id, acting=self.signed_in.profile)
        except (SessionError, PermissionError) as error:
            messages.warn(self, tr("Discard"), str(error))
        self.refresh()

    # -- records ------------------------------------------------------------------------------------------
    def open_record(self) -> None:
        summary = self.current()
        if summary is None or summary.status != FINISHED or self.signed_in is None:
            return
        from ...profiles import NotAllowed
        from ..sessions.record_view import RecordView

        try:  # the role is read again: someone no longer a facilitator or manager is refused
            self.services.joint_sessions.may_run(self.signed_in.profile, "see joint session records")
        except NotAllowed as error:
            messages.warn(self, tr("Joint session record"), str(error))
            return
        RecordView(self.services, summary.id, self).exec()

    def amend_current(self) -> None:
        summary = self.current()
        if summary is None or summary.status != FINISHED or self.signed_in is None:
            return
        from ..sessions.amend_dialog import AmendDialog

        AmendDialog(self.services, summary.id, self.signed_in.profile, self).exec()
        self.refresh()
