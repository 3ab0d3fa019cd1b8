"""One person's whole training record on one page: who they are, what is assigned and overdue, every module
and quiz with dates, scores and attempts, certificates issued, and when their learning was erased. Buttons
lead to issuing a certificate and to their CPD record."""

from __future__ import annotations

from datetime import date, datetime
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from ...team import status as st
from ...team.records import ITEM_TYPE_LABELS, Cell, PersonRecord
from .. import colours
from ..widgets import heading, note, return_clicks
from .matrix_model import long_day


def _day(moment: datetime | date | None) -> str:
    if moment is None:
        return ""
    if isinstance(moment, datetime):
        moment = moment.astimezone().date()
    return long_day(moment)


def _percent(value: float | None) -> str:
    return "" if value is None else f"{value:.0f}%"


def _due(cell: Cell) -> str:
    if cell.due_on is None:
        return ""
    if cell.overdue:
        return f"<span class='bad'>Overdue</span> (due {_day(cell.due_on)})"
    return f"Due {_day(cell.due_on)}" + (" · done" if cell.done else "")


STATE_WORDS = {
    st.NOT_STARTED: "Not started", st.IN_PROGRESS: "In progress", st.COMPLETED: "Completed",
    st.COMPLETED_UNREAD: "Completed unread", st.REFRESHER_DUE: "Refresher due", st.PASSED: "Passed",
    st.NOT_PASSED: "Not passed", st.PRACTICE_ONLY: "Practice only",
}

def sections_text(cell: Cell) -> str:
    """'5 of 7', or '5 of 7 · 2 seen in a joint session' when some were seen only in a joint session (counted in
    the 5), as Learn and Progress say it."""
    joint = cell.sections_joint  # team.records.Cell: sections credited and not read alone
    text = f"{cell.sections_viewed} of {cell.sections_total}"
    return f"{text} · {joint} seen in a joint session" if joint else text


def css() -> str:
    """The record's style sheet in the current palette's colours (the page is drawn on its Base colour)."""
    background, text = colours.base_colours()
    heading_fill = colours.tint("info", background, text)
    rule = colours.mix(background, text, 0.25)
    return f"""
h2 {{ font-size: 1.15em; margin-top: 14px; margin-bottom: 4px; }}
table {{ border-collapse: collapse; }}
th {{ text-align: left; background: {heading_fill.name()}; color: {text.name()}; padding: 4px 8px; }}
td {{ padding: 3px 8px; border-bottom: 1px solid {rule.name()}; vertical-align: top; }}
.bad {{ color: {colours.accent("bad", background, text).name()}; font-weight: bold; }}
.note {{ color: {colours.muted(background, text).name()}; }}
"""


def record_html(record: PersonRecord) -> str:
    """The record as HTML for the page (and, later, for a printed copy)."""
    p = record.profile
    out: list[str] = [f"<style>{css()}</style>"]
    team = f" · team {escape(p.team)}" if p.team else ""
    archived = f" · <b>archived {_day(p.archived_at)}</b>" if p.archived_at else ""
    out.append(f"<p>{escape(p.role_label)} · {escape(p.organisation_label)}{team}{archived}<br>"
               f"<span class='note'>Profile id {escape(p.uid)}</span></p>")
    modules_total, quizzes_total = len(record.modules), len(record.quizzes)
    refreshers = sum(m.cell.refresher_due for m in record.modules)
    due_again = f" ({refreshers} due a refresher)" if refreshers else ""
    out.append(f"<p><b>{record.modules_completed} of {modules_total}</b> modules completed{due_again} · "
               f"<b>{record.quizzes_passed} of {quizzes_total}</b> quizzes passed · "
               + (f"<span class='bad'>{record.overdue} overdue</span>" if record.overdue else "nothing overdue")
               + "</p>")
    if record.learning_erased_at is not None:
        out.append(f"<p class='bad'>Learning records erased on {_day(record.learning_erased_at)} at the person's "
                   "request: anything before that date is gone.</p>")

    out.append("<h2>Assigned training</h2>")
    if record.assignments:
        out.append("<table><tr><th>What</th><th>Assigned</th><th>Due</th><th>State</th><th>By</th></tr>")
        for a in record.assignments:
            state = "<span class='bad'>Overdue</span>" if a.overdue else ("Done" if a.done else "To do")
            kind = ITEM_TYPE_LABELS.get(a.item_type, a.item_type)
            out.append(f"<tr><td>{escape(kind)}: {escape(a.title)}</td><td>{escape(a.how)}</td>"
                       f"<td>{_day(a.due_on)}</td><td>{state}</td><td>{escape(a.assigned_by)}</td></tr>")
        out.append("</table>")
    else:
        out.append("<p class='note'>Nothing is assigned.</p>")

    out.append("<h2>Modules</h2><table><tr><th>Module</th><th>Status</th><th>Sections read</th>"
               "<th>Completed</th><th>Due</th></tr>")
    for m in record.modules:
        cell = m.cell
        words = STATE_WORDS.get(cell.status, cell.status)
        if cell.completed_unread:
            words = "Completed unread (before every section had to be read)"
        elif cell.refresher_due and cell.status != st.REFRESHER_DUE:
            words += "; refresher due"
        version = f" (version {escape(m.version_completed)})" if m.version_completed else ""
        out.append(f"<tr><td>{escape(m.item.title)}</td><td>{escape(words)}</td>"
                   f"<td>{sections_text(cell)}</td>"
                   f"<td>{_day(m.completed_at)}{version}</td><td>{_due(cell)}</td></tr>")
    out.append("</table>")

    out.append("<h2>Quizzes</h2><p class='note'>Only assessed attempts count towards passing; practice attempts "
               "are listed too.</p><table><tr><th>Quiz</th><th>Status</th><th>Best assessed</th>"
               "<th>Attempts (newest first)</th><th>Due</th></tr>")
    for q in record.quizzes:
        cell = q.cell
        lines = []
        for a in q.attempts:
            if a.finished_at is None:
                lines.append(f"{_day(a.started_at)}: {a.mode}, not finished")
            elif a.score is None:
                lines.append(f"{_day(a.finished_at)}: {a.mode}, set aside")
            else:
                verdict = (" passed" if a.passed else " not passed") if a.mode == "assessed" else ""
                lines.append(f"{_day(a.finished_at)}: {a.mode} {a.score:.0f}%{verdict}")
        out.append(f"<tr><td>{escape(q.item.title)}</td><td>{escape(STATE_WORDS.get(cell.status, cell.status))}</td>"
                   f"<td>{_percent(q.best)}</td><td>{'<br>'.join(escape(x) for x in lines)}</td>"
                   f"<td>{_due(cell)}</td></tr>")
    out.append("</table>")

    out.append("<h2>Certificates issued</h2>")
    if record.certificates:
        out.append("<table><tr><th>Code</th><th>For</th><th>Issued</th><th>By</th><th>State</th></tr>")
        for c in record.certificates:
            state = (f"<span class='bad'>Revoked {_day(c.revoked_at)}</span>"
                     + (f": {escape(c.revoke_reason)}" if c.revoke_reason else "")) if c.revoked_at else "Valid"
            kind = ITEM_TYPE_LABELS.get(c.item_type, c.item_type.capitalize())
            out.append(f"<tr><td>{escape(c.code)}</td><td>{escape(kind)}: {escape(c.title)}</td>"
                       f"<td>{_day(c.issued_at)}</td><td>{escape(c.issued_by)}</td><td>{state}</td></tr>")
        out.append("</table>")
    else:
        out.append("<p class='note'>No certificates issued.</p>")
    return "".join(out)


class PersonPage(QWidget):
    """A person's record. ``back_requested`` asks the Training page to show the matrix again."""

    back_requested = Signal()

    def __init__(self, services, signed_in, parent: QWidget | None = None, profile_id: int | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.signed_in = signed_in
        self.profile_id = profile_id
        self.record: PersonRecord | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.back_button = QPushButton("← &Back to the team")
        self.back_button.setAccessibleName("Back to the team")
        self.back_button.clicked.connect(self.back_requested.emit)
        top.addWidget(self.back_button)
        top.addStretch(1)
        self.certificate_button = QPushButton("Issue &certificate…")
        self.certificate_button.setAccessibleName("Issue certificate")
        self.certificate_button.setAccessibleDescription("Issue a completion certificate to this person")
        self.certificate_button.clicked.connect(self.issue_certificate)
        self.cpd_button = QPushButton("CP&D record…")
        self.cpd_button.setAccessibleName("CPD record")
        self.cpd_button.setAccessibleDescription("Save this person's CPD record as PDF and CSV")
        self.cpd_button.clicked.connect(self.export_cpd)
        top.addWidget(self.certificate_button)
        top.addWidget(self.cpd_button)
        return_clicks(self.back_button, self.certificate_button, self.cpd_button)
        layout.addLayout(top)
        self.title = heading("", level=2)
        layout.addWidget(self.title)
        self.view = QTextBrowser()
        self.view.setObjectName("personRecord")
        self.view.setOpenLinks(False)
        self.view.setTabChangesFocus(True)  # Tab moves on to the buttons; arrows and Page Down scroll
        self.view.setAccessibleName("Training record")
        self.view.setAccessibleDescription("Read only: the person's assignments, modules, quizzes and certificates")
        layout.addWidget(self.view, 3)
        from .certificate_dialog import CertificatesList

        self.certificates = CertificatesList(services, signed_in, profile_id)  # save again, or revoke
        self.certificates.changed.connect(self.refresh)
        layout.addWidget(self.certificates, 1)
        self.empty = note("")
        self.empty.hide()
        layout.addWidget(self.empty)
        escape_key = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back_requested.emit)
        escape_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.setTabOrder(self.back_button, self.view)
        self.setTabOrder(self.view, self.certificate_button)
        self.setTabOrder(self.certificate_button, self.cpd_button)
        self.setTabOrder(self.cpd_button, self.certificates)

    def show_person(self, profile_id: int) -> None:
        self.profile_id = profile_id
        self.certificates.profile_id = profile_id  # refreshed with the record below
        self.refresh()

    def refresh(self) -> None:
        if self.profile_id is None:
            return
        try:
            self.record = self.services.team_records.person(self.profile_id, date.today())
        except LookupError:
            self.record = None
            self.title.setText("Person not found")
            self.view.setHtml("<p>This profile is no longer on the database.</p>")
            return
        name = self.record.profile.display_name
        self.title.setText(name)
        self.title.setAccessibleName(f"Training record of {name}")
        self.view.setAccessibleName(f"Training record of {name}")
        self.view.setHtml(record_html(self.record))
        self.certificates.refresh()

    def issue_certificate(self) -> None:
        if self.record is None:
            return
        from .certificate_dialog import issue_certificate

        issue_certificate(self, self.services, self.signed_in, self.record.profile)
        self.refresh()

    def export_cpd(self) -> None:
        if self.record is None:
            return
        from ..cpd_export import export_cpd

        own = self.signed_in is not None and self.signed_in.profile.id == self.record.profile.id
        export_cpd(self, self.services, self.record.profile, allow_reflections=own)
