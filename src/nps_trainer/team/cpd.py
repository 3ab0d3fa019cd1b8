"""A person's CPD (continuing professional development) record: the modules they completed, the quizzes they
passed in assessed mode, the joint sessions they attended, and the hours each took; their reflections only
when they choose to include them. As rows, as CSV (through the one CSV writer) and as HTML for the PDF.
Qt-free.

Hours: a module counts its ``minutes`` front matter; a quiz counts the time spent answering it, over every
finished attempt (practice too: it is learning time).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from ..i18n import tr, tr_noop
from ..i18n.dates import long_date
from . import status as st

if TYPE_CHECKING:
    from .records import TeamRecords

MODULE = "module"
QUIZ = "quiz"
JOINT_SESSION = "joint session"
KIND_LABELS = {MODULE: "Module", QUIZ: "Quiz (assessed)", JOINT_SESSION: "Joint session"}  # the CSV's activity
SHOWN_KIND_LABELS = {MODULE: tr_noop("Module"), QUIZ: tr_noop("Quiz (assessed)"),
                     JOINT_SESSION: tr_noop("Joint session")}  # the PDF's

CSV_HEADER = ("name", "date", "activity", "id", "title", "detail", "hours")
REFLECTION_HEADER = ("what I learnt", "how I will use it")


@dataclass(frozen=True)
class CpdEntry:
    day: date
    kind: str  # module | quiz | joint session
    item_id: str
    title: str
    detail: str
    hours: float
    learnt: str = ""  # filled only when reflections are included
    use: str = ""


@dataclass(frozen=True)
class CpdRecord:
    name: str
    uid: str
    role: str
    organisation: str
    team: str
    made_on: date
    include_reflections: bool
    entries: tuple[CpdEntry, ...] = field(default_factory=tuple)  # oldest first

    @property
    def total_hours(self) -> float:
        return sum(e.hours for e in self.entries)

    def hours_by_kind(self) -> dict[str, float]:
        totals = {kind: 0.0 for kind in KIND_LABELS}
        for entry in self.entries:
            totals[entry.kind] = totals.get(entry.kind, 0.0) + entry.hours
        return totals

    def count(self, kind: str) -> int:
        return sum(e.kind == kind for e in self.entries)


#: Where joint sessions attended come from: a function of the profile id giving their CPD entries (the app passes
#: ``JointSessions.cpd_entries``; a joint session's reflection comes as ``learnt``).
JointSessionSource = Callable[[int], Iterable[CpdEntry]]


def no_joint_sessions(_profile_id: int) -> list[CpdEntry]:
    return []


def build_cpd(records: TeamRecords, profile_id: int, today: date, *, include_reflections: bool = False,
              joint_sessions: JointSessionSource = no_joint_sessions) -> CpdRecord:
    """The CPD record of one person. Reflections are read only when ``include_reflections`` is set (the
    person chose to share them)."""
    person = records.person(profile_id, today)
    reflections = _reflections(records, profile_id) if include_reflections else {}
    entries: list[CpdEntry] = []
    for module in person.modules:
        if module.completed_at is None:
            continue
        cell = module.cell
        detail = tr("version {version}").format(version=module.version_completed) if module.version_completed else ""
        if cell.completed_unread:
            detail += " " + tr("(completed before every section had to be read)")
        elif cell.status == st.REFRESHER_DUE:
            detail += " " + tr("(refresher due)")
        learnt, use = reflections.get(module.item.item_id, ("", ""))
        entries.append(CpdEntry(cell.date or module.completed_at.date(), MODULE, module.item.item_id,
                                module.item.title, detail.strip(), module.item.minutes / 60, learnt, use))
    for quiz in person.quizzes:
        if not quiz.passed or quiz.cell.passed_on is None:
            continue
        seconds = sum(a.seconds for a in quiz.attempts if a.finished_at is not None and a.score is not None)
        tries = quiz.cell.attempts
        if quiz.item.pass_mark is not None:
            detail = tr("passed, best assessed score {score}% (pass mark {mark}%), %n assessed attempt(s)", "",
                        tries).format(score=f"{quiz.best:.0f}", mark=f"{quiz.item.pass_mark:.0f}")
        else:
            detail = tr("passed, best assessed score {score}%, %n assessed attempt(s)", "", tries).format(
                score=f"{quiz.best:.0f}")
        entries.append(CpdEntry(quiz.cell.passed_on, QUIZ, quiz.item.item_id, quiz.item.title, detail,
                                seconds / 3600))
    entries += list(joint_sessions(profile_id))
    entries.sort(key=lambda e: (e.day, e.kind, e.title))
    p = person.profile
    return CpdRecord(p.display_name, p.uid, p.role_label, p.organisation_label, p.team, today,
                     include_reflections, tuple(entries))


def _reflections(records: TeamRecords, profile_id: int) -> dict[str, tuple[str, str]]:
    from sqlalchemy import select

    from ..storage.models import ModuleProgress

    with records.database.session() as session:
        rows = session.execute(select(ModuleProgress.module_id, ModuleProgress.reflection_learnt,
                                      ModuleProgress.reflection_use).where(ModuleProgress.profile_id == profile_id))
        return {module_id: (learnt or "", use or "") for module_id, learnt, use in rows}


def hours_text(hours: float) -> str:
    """'1 h 15 min', '25 min', '0 min'."""
    minutes = round(hours * 60)
    if minutes < 60:
        return tr("{minutes} min").format(minutes=minutes)
    if minutes % 60:
        return tr("{hours} h {minutes} min").format(hours=minutes // 60, minutes=minutes % 60)
    return tr("{hours} h").format(hours=minutes // 60)


# -- CSV ------------------------------------------------------------------------------------------------------
def csv_rows(record: CpdRecord) -> tuple[tuple[str, ...], list[tuple[object, ...]]]:
    header = CSV_HEADER + (REFLECTION_HEADER if record.include_reflections else ())
    rows: list[tuple[object, ...]] = []
    for e in record.entries:
        row: tuple[object, ...] = (record.name, e.day, KIND_LABELS.get(e.kind, e.kind), e.item_id, e.title,
                                   e.detail, round(e.hours, 2))
        if record.include_reflections:
            row += (e.learnt, e.use)
        rows.append(row)
    return header, rows


def write_cpd_csv(record: CpdRecord, path: Path) -> int:
    from ..csv_files import write_csv

    header, rows = csv_rows(record)
    return write_csv(path, header, rows)


# -- HTML for the PDF ------------------------------------------------------------------------------------------
def _long(day: date) -> str:
    return long_date(day)


def _lines(text: str) -> str:
    return "<br>".join(escape(line) for line in text.splitlines())


def cpd_html(record: CpdRecord) -> str:
    """The record laid out for an A4 PDF (``ui/documents/pdf.py``)."""
    team = f", {escape(record.team)}" if record.team else ""
    out = [
        "<h1>" + tr("Continuing professional development record") + "</h1>",
        f"<p><b>{escape(record.name)}</b><br>{escape(tr(record.role))}, {escape(tr(record.organisation))}{team}<br>"
        + tr("Made on {date} by NPS Trainer").format(date=_long(record.made_on)) + "</p>",
    ]
    hours = record.hours_by_kind()
    out.append("<p>")
    out.append(" · ".join((
        tr("%n module(s) completed ({time})", "", record.count(MODULE)).format(time=hours_text(hours[MODULE])),
        tr("%n assessed quiz(zes) passed ({time})", "", record.count(QUIZ)).format(time=hours_text(hours[QUIZ])),
        tr("%n joint session(s) ({time})", "", record.count(JOINT_SESSION)).format(
            time=hours_text(hours[JOINT_SESSION])))))
    out.append("<br><b>" + tr("Total: {time}").format(time=hours_text(record.total_hours)) + "</b></p>")
    if not record.entries:
        out.append("<p>" + tr("No completed learning recorded yet.") + "</p>")
    else:
        out.append("<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr><th align='left'>"
                   + "</th><th align='left'>".join((tr("Date"), tr("Activity"), tr("Title"), tr("Detail")))
                   + "</th><th align='right'>" + tr("Time") + "</th></tr>")
        for e in record.entries:
            kind = tr(SHOWN_KIND_LABELS[e.kind]) if e.kind in SHOWN_KIND_LABELS else e.kind
            out.append(f"<tr><td>{_long(e.day)}</td><td>{escape(kind)}</td>"
                       f"<td>{escape(e.title)}</td><td>{escape(e.detail)}</td>"
                       f"<td align='right'>{hours_text(e.hours)}</td></tr>")
        out.append("</table>")
    if record.include_reflections:
        written = [e for e in record.entries if e.learnt or e.use]
        out.append("<h2>" + tr("My reflections") + "</h2>")
        if not written:
            out.append("<p>" + tr("No reflections written.") + "</p>")
        for e in written:
            if e.kind == JOINT_SESSION:
                heading = tr("{title} (joint session, {date})").format(title=escape(e.title), date=_long(e.day))
            else:
                heading = escape(e.title)
            out.append(f"<h3>{heading}</h3>")
            if e.learnt:
                label = tr("My reflection:") if e.kind == JOINT_SESSION and not e.use else tr("What I learnt:")
                out.append(f"<p><i>{label}</i> {_lines(e.learnt)}</p>")
            if e.use:
                out.append("<p><i>" + tr("How I will use it:") + f"</i> {_lines(e.use)}</p>")
    out.append("<p><small>" + tr("Module time is the time each module is written to take; quiz time is the time "
                                 "spent answering; a joint session's time is the time the session ran. Reflections "
                                 "appear only when the person chooses to include them.") + "</small></p>")
    return "".join(out)
