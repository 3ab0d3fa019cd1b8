"""A joint session's record as an A4 PDF for both organisations: what it was, when, where and who led it, the
learning outcomes, an attendance sheet grouped by organisation (with a blank signature column for a paper copy),
the topics covered with their times, the group's answers, and any amendments. Through the one PDF path."""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path

from ...sessions.record import SIDES, SessionRecord
from ...sessions.wording import duration, letter
from .pdf import write_pdf

ACCENT = "#1d4e5c"
MUTED = "#555555"
SANS = "'DejaVu Sans', Arial, Helvetica, sans-serif"
FOOTER = "Training record, not clinical advice. In an emergency call 999."


def file_stem(record: SessionRecord) -> str:
    return f"joint-session-{record.id}-{record.held_on.isoformat()}"


def write_session_pdf(record: SessionRecord, path: Path) -> None:
    write_pdf(session_html(record), path, f"Joint session record: {record.title}",
              metadata={"session": str(record.id), "held_on": record.held_on.isoformat(), "plan": record.plan.id,
                        "plan_version": record.plan.version})


def _long(day) -> str:
    return f"{day.day} {day:%B %Y}"


def _local(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%d %b %Y %H:%M") if moment else ""


def _table(header: list[str], rows: list[list[str]], widths: list[int] | None = None) -> str:
    cells = "".join(f"<th align='left'{f' width={widths[i]}%' if widths else ''}>{escape(h)}</th>"
                    for i, h in enumerate(header))
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return (f"<table width='100%' border='1' cellspacing='0' cellpadding='4' style='border-color:#999999'>"
            f"<tr style='background:#e8eef0'>{cells}</tr>{body}</table>")


def session_html(record: SessionRecord) -> str:
    out = [f"<html><body style=\"font-family:{SANS}; font-size:10pt\">",
           f"<h1 style='color:{ACCENT}; font-size:17pt'>{escape(record.title)}</h1>",
           f"<p style='color:{MUTED}'>Joint probation and drug service training session · record {record.id}"
           f"{' · amended' if record.amendments else ''}{'' if record.finished else ' · STILL RUNNING'}</p>"]
    facts = [("Date", _long(record.held_on)), ("Place", record.place or "not recorded"),
             ("Facilitators", ", ".join(record.facilitators)),
             ("Duration", f"{duration(record.seconds)} (from {_local(record.started_at)} to "
                          f"{_local(record.ended_at) or 'not ended'})"),
             ("Plan", f"{record.plan.id}, version {record.plan.version}"),
             ("Attendance", _counts(record))]
    out.append("<table cellspacing='0' cellpadding='2'>" + "".join(
        f"<tr><td width='22%'><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in facts) + "</table>")
    if record.plan.outcomes:
        out.append("<h2 style='font-size:12pt'>Learning outcomes</h2><ul>"
                   + "".join(f"<li>{escape(o)}</li>" for o in record.plan.outcomes) + "</ul>")
    out.append("<h2 style='font-size:12pt'>Attendance</h2>")
    if not record.attendees:
        out.append("<p>Nobody was registered.</p>")
    for side, label in SIDES.items():
        people = [a for a in record.attendees if a.side == side]
        if not people:
            continue
        out.append(f"<h3 style='font-size:11pt'>{escape(label)} ({len(people)})</h3>")
        rows = [[escape(a.name) + (" <i>(guest)</i>" if a.guest else ""), escape(a.organisation), escape(a.role),
                 "yes" if a.stayed_throughout else "<b>no</b>", "&nbsp;"] for a in people]
        out.append(_table(["Name", "Organisation", "Role", "Stayed throughout", "Signature"], rows,
                          [24, 22, 20, 12, 22]))
    out.append("<h2 style='font-size:12pt'>Topics covered</h2>")
    rows = []
    for step in record.steps:
        rows.append([str(step.index + 1), escape(step.title), escape(_kind(step.kind)), f"{step.planned_minutes} min",
                     duration(step.seconds) if step.covered else "not covered"])
    out.append(_table(["", "Step", "Kind", "Planned", "Time spent"], rows, [5, 45, 20, 12, 18]))
    if record.votes:
        out.append("<h2 style='font-size:12pt'>The group's answers</h2>"
                   "<p style='color:#555555'>Counts of hands, entered by the facilitator; no one's own answer is "
                   "recorded.</p>")
        for vote in record.votes:
            title = record.steps[vote.step_index].title if vote.step_index < len(record.steps) else ""
            what = "decision" if vote.node_id else "question"
            out.append(f"<p><b>{escape(title)}</b> ({what}): {escape(vote.prompt)}</p>")
            rows = [[letter(i), escape(o.text) + (" ✓" if o.correct else ""), str(vote.tallies.get(o.id, 0)),
                     "agreed" if o.id in vote.agreed else ""] for i, o in enumerate(vote.options)]
            out.append(_table(["", "Option (✓ the best answer)", "Votes", "Group's answer"], rows, [5, 65, 12, 18]))
    if record.amendments:
        out.append("<h2 style='font-size:12pt'>Amendments</h2>")
        for amendment in record.amendments:
            changes = "; ".join(f"{escape(str(k))}: {escape(_value(v[0]))} → {escape(_value(v[1]))}"
                                for k, v in amendment.changes.items())
            out.append(f"<p>{escape(_local(amendment.at))}, {escape(amendment.by_name)}: "
                       f"<i>{escape(amendment.reason)}</i><br>{changes}</p>")
    out.append(f"<p style='color:{MUTED}; font-size:8pt; margin-top:12px'>{escape(FOOTER)}</p></body></html>")
    return "".join(out)


def _counts(record: SessionRecord) -> str:
    parts = [f"{sum(a.side == side for a in record.attendees)} {label.lower()}" for side, label in SIDES.items()]
    guests = sum(a.guest for a in record.attendees)
    return f"{len(record.attendees)} people: {', '.join(parts)}; {guests} guest{'s' if guests != 1 else ''}"


def _kind(kind: str) -> str:
    from ...sessions.plan_model import KIND_LABELS

    return KIND_LABELS.get(kind, kind)


def _value(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "none"
    return str(value)
