"""One person's whole training record on one page: who they are, what is assigned and overdue, every module
and quiz with dates, scores and attempts, certificates issued, and when their learning was erased. Buttons
lead to issuing a certificate and to their CPD record."""

from __future__ import annotations

from datetime import date, datetime
from html import escape
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...i18n import tr, tr_noop
from ...team import status as st
from ...team.records import ITEM_TYPE_LABELS, Cell, PersonRecord
from .. import colours
from ..learn.structured_view import StructuredView
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
        return tr("<span class='bad'>Overdue</span> (due {date})").format(date=_day(cell.due_on))
    if cell.done:
        return tr("Due {date} · done").format(date=_day(cell.due_on))
    return tr("Due {date}").format(date=_day(cell.due_on))


STATE_WORDS = {
    st.NOT_STARTED: tr_noop("Not started"), st.IN_PROGRESS: tr_noop("In progress"), st.COMPLETED: tr_noop("Completed"),
    st.COMPLETED_UNREAD: tr_noop("Completed unread"), st.REFRESHER_DUE: tr_noop("Refresher due"),
    st.PASSED: tr_noop("Passed"), st.NOT_PASSED: tr_noop("Not passed"), st.PRACTICE_ONLY: tr_noop("Practice only"),
}


def state_words(status: str) -> str:
    return tr(STATE_WORDS[status]) if status in STATE_WORDS else status


def item_kind(item_type: str) -> str:
    """'Module', 'Quiz' or 'Learning path' in the language in use."""
    return tr(ITEM_TYPE_LABELS[item_type]) if item_type in ITEM_TYPE_LABELS else item_type.capitalize()


def attempt_line(day: str, mode: str, finished: bool, score: float | None, passed: bool | None) -> str:
    """One quiz attempt in the record: '3 Mar 2026: assessed 85% passed'."""
    assessed = mode == "assessed"
    if not finished:
        text = tr("{date}: assessed, not finished") if assessed else tr("{date}: practice, not finished")
    elif score is None:
        text = tr("{date}: assessed, set aside") if assessed else tr("{date}: practice, set aside")
    elif assessed:
        text = tr("{date}: assessed {score}% passed") if passed else tr("{date}: assessed {score}% not passed")
    else:
        text = tr("{date}: practice {score}%")
    return text.format(date=day, score=f"{score:.0f}" if score is not None else "")


def sections_text(cell: Cell) -> str:
    """'5 of 7', or '5 of 7 · 2 seen in a joint session' when some were seen only in a joint session (counted in
    the 5), as Learn and Progress say it."""
    joint = cell.sections_joint  # team.records.Cell: sections credited and not read alone
    if joint:
        return tr("{read} of {total} · {joint} seen in a joint session").format(
            read=cell.sections_viewed, total=cell.sections_total, joint=joint)
    return tr("{read} of {total}", "sections read of all sections").format(read=cell.sections_viewed,
                                                                           total=cell.sections_total)


def css() -> str:
    """The record's style sheet in the current palette's colours (the page is drawn on its Base colour)."""
    background, text = colours.base_colours()
    heading_fill = colours.tint("info", background, text)
    rule = colours.mix(background, text, 0.25)
    return f"""
h3 {{ font-size: 1.15em; margin-top: 14px; margin-bottom: 4px; }}
table {{ border-collapse: collapse; }}
th {{ text-align: left; background: {heading_fill.name()}; color: {text.name()}; padding: 4px 8px; }}
td {{ padding: 3px 8px; border-bottom: 1px solid {rule.name()}; vertical-align: top; }}
.bad {{ color: {colours.accent("bad", background, text).name()}; font-weight: bold; }}
.note {{ color: {colours.muted(background, text).name()}; }}
"""


def record_html(record: PersonRecord) -> str:
    """The record as HTML for the page (and, later, for a printed copy). Its parts are level 3 headings: the
    page's heading (level 2) is the person's name."""
    p = record.profile
    out: list[str] = [f"<style>{css()}</style>"]
    team = " · " + tr("team {team}").format(team=escape(p.team)) if p.team else ""
    archived = " · " + tr("<b>archived {date}</b>").format(date=_day(p.archived_at)) if p.archived_at else ""
    out.append(f"<p>{escape(tr(p.role_label))} · {escape(tr(p.organisation_label))}{team}{archived}<br>"
               + tr("<span class='note'>Profile id {id}</span>").format(id=escape(p.uid)) + "</p>")
    modules_total, quizzes_total = len(record.modules), len(record.quizzes)
    refreshers = sum(m.cell.refresher_due for m in record.modules)
    if refreshers:
        modules = tr("<b>{done} of {total}</b> modules completed ({refreshers} due a refresher)")
    else:
        modules = tr("<b>{done} of {total}</b> modules completed")
    modules = modules.format(done=record.modules_completed, total=modules_total, refreshers=refreshers)
    quizzes = tr("<b>{passed} of {total}</b> quizzes passed").format(passed=record.quizzes_passed,
                                                                     total=quizzes_total)
    overdue = (tr("<span class='bad'>%n overdue</span>", "", record.overdue) if record.overdue
               else tr("nothing overdue"))
    out.append(f"<p>{modules} · {quizzes} · {overdue}</p>")
    if record.learning_erased_at is not None:
        out.append("<p class='bad'>" + tr("Learning records erased on {date} at the person's request: anything "
                                          "before that date is gone.").format(date=_day(record.learning_erased_at))
                   + "</p>")

    out.append("<h3>" + tr("Assigned training") + "</h3>")
    if record.assignments:
        out.append("<table><tr><th>" + "</th><th>".join(
            (tr("What"), tr("Assigned"), tr("Due"), tr("State"), tr("By", "who assigned it"))) + "</th></tr>")
        for a in record.assignments:
            state = (tr("<span class='bad'>Overdue</span>") if a.overdue
                     else (tr("Done") if a.done else tr("To do")))
            kind = item_kind(a.item_type) if a.item_type in ITEM_TYPE_LABELS else a.item_type
            out.append(f"<tr><td>{escape(kind)}: {escape(a.title)}</td><td>{escape(a.how)}</td>"
                       f"<td>{_day(a.due_on)}</td><td>{state}</td><td>{escape(a.assigned_by)}</td></tr>")
        out.append("</table>")
    else:
        out.append("<p class='note'>" + tr("Nothing is assigned.") + "</p>")

    out.append("<h3>" + tr("Modules") + "</h3><table><tr><th>" + "</th><th>".join(
        (tr("Module"), tr("Status"), tr("Sections read"), tr("Completed"), tr("Due"))) + "</th></tr>")
    for m in record.modules:
        cell = m.cell
        words = state_words(cell.status)
        if cell.completed_unread:
            words = tr("Completed unread (before every section had to be read)")
        elif cell.refresher_due and cell.status != st.REFRESHER_DUE:
            words = tr("{state}; refresher due").format(state=words)
        version = (" " + tr("(version {version})").format(version=escape(m.version_completed))
                   if m.version_completed else "")
        out.append(f"<tr><td>{escape(m.item.title)}</td><td>{escape(words)}</td>"
                   f"<td>{sections_text(cell)}</td>"
                   f"<td>{_day(m.completed_at)}{version}</td><td>{_due(cell)}</td></tr>")
    out.append("</table>")

    out.append("<h3>" + tr("Quizzes") + "</h3><p class='note'>"
               + tr("Only assessed attempts count towards passing; practice attempts are listed too.")
               + "</p><table><tr><th>" + "</th><th>".join(
                   (tr("Quiz"), tr("Status"), tr("Best assessed"), tr("Attempts (newest first)"), tr("Due")))
               + "</th></tr>")
    for q in record.quizzes:
        cell = q.cell
        lines = [attempt_line(_day(a.started_at if a.finished_at is None else a.finished_at), a.mode,
                              a.finished_at is not None, a.score, a.passed) for a in q.attempts]
        out.append(f"<tr><td>{escape(q.item.title)}</td><td>{escape(state_words(cell.status))}</td>"
                   f"<td>{_percent(q.best)}</td><td>{';<br>'.join(escape(x) for x in lines)}</td>"
                   f"<td>{_due(cell)}</td></tr>")
    out.append("</table>")

    out.append("<h3>" + tr("Certificates issued") + "</h3>")
    if record.certificates:
        out.append("<table><tr><th>" + "</th><th>".join(
            (tr("Code"), tr("For", "what a certificate is for"), tr("Issued"), tr("By", "who issued it"),
             tr("State"))) + "</th></tr>")
        for c in record.certificates:
            if not c.revoked_at:
                state = tr("Valid")
            elif c.revoke_reason:
                state = tr("<span class='bad'>Revoked {date}</span>: {reason}").format(
                    date=_day(c.revoked_at), reason=escape(c.revoke_reason))
            else:
                state = tr("<span class='bad'>Revoked {date}</span>").format(date=_day(c.revoked_at))
            kind = item_kind(c.item_type)
            out.append(f"<tr><td>{escape(c.code)}</td><td>{escape(kind)}: {escape(c.title)}</td>"
                       f"<td>{_day(c.issued_at)}</td><td>{escape(c.issued_by)}</td><td>{state}</td></tr>")
        out.append("</table>")
    else:
        out.append("<p class='note'>" + tr("No certificates issued.") + "</p>")
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
        self.back_button = QPushButton(tr("← &Back to the team"))
        self.back_button.setAccessibleName(tr("Back to the team"))
        self.back_button.clicked.connect(self.back_requested.emit)
        top.addWidget(self.back_button)
        top.addStretch(1)
        self.certificate_button = QPushButton(tr("Issue &certificate…"))
        self.certificate_button.setAccessibleName(tr("Issue certificate"))
        self.certificate_button.setAccessibleDescription(tr("Issue a completion certificate to this person"))
        self.certificate_button.clicked.connect(self.issue_certificate)
        self.cpd_button = QPushButton(tr("CP&D record…"))
        self.cpd_button.setAccessibleName(tr("CPD record"))
        self.cpd_button.setAccessibleDescription(tr("Save this person's CPD record as PDF and CSV"))
        self.cpd_button.clicked.connect(self.export_cpd)
        top.addWidget(self.certificate_button)
        top.addWidget(self.cpd_button)
        return_clicks(self.back_button, self.certificate_button, self.cpd_button)
        layout.addLayout(top)
        self.title = heading("", level=2)
        layout.addWidget(self.title)
        # Native widgets, so a screen reader gets the record's headings and its tables with rows, columns and
        # header cells (issue 13); Tab stops at the record's start and each table, then goes on to the certificates.
        self.view = StructuredView(follow_links=False)
        self.view.setObjectName("personRecord")
        self.view.setAccessibleName(tr("Training record"))
        self.view.setAccessibleDescription(tr("Read only: the person's assignments, modules, quizzes and "
                                              "certificates"))
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
        # Reading order: the buttons along the top, then the record, then the certificates.
        self.setTabOrder(self.back_button, self.certificate_button)
        self.setTabOrder(self.certificate_button, self.cpd_button)
        self.setTabOrder(self.cpd_button, self.view)
        self.setTabOrder(self.view, self.certificates)

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
            self.title.setText(tr("Person not found"))
            self._show_html("<p>" + tr("This profile is no longer on the database.") + "</p>")
            return
        name = self.record.profile.display_name
        self.title.setText(name)
        self.title.setAccessibleName(tr("Training record of {name}").format(name=name))
        self.view.setAccessibleName(tr("Training record of {name}").format(name=name))
        self._show_html(record_html(self.record))
        self.certificates.refresh()

    def _show_html(self, html: str) -> None:
        self.view.base_pt = QApplication.font().pointSizeF() or self.view.base_pt  # the text size setting
        self.view.setHtml(html)
        for first, second in pairwise([*self.view.tab_stops()[-1:], self.certificates]):
            self.setTabOrder(first, second)

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
