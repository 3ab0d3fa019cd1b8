"""A joint session's record as an A4 PDF for both organisations: what it was, when, where and who led it, the
learning outcomes, an attendance sheet grouped by organisation (with a blank signature column for a paper copy),
the topics covered with their times, the group's answers and the path it took through a scenario, and any
amendments. Through the one PDF path; the same HTML is shown in the app's record view."""

from __future__ import annotations

from datetime import date, datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QTextTable

from ...i18n import tr, tr_noop
from ...i18n.dates import long_date, short_date
from ...sessions.plan_model import BREAK, SCENARIO, kind_label
from ...sessions.record import SessionRecord, VoteRecord
from ...sessions.wording import change_label, duration, letter, minutes_text
from .pdf import _document, _writer, write_pdf

ACCENT = "#1d4e5c"
MUTED = "#555555"
HEAD = "#e8eef0"
SANS = "'DejaVu Sans', Arial, Helvetica, sans-serif"
FOOTER = tr_noop("Training record, not clinical advice. In an emergency call 999.")
#: The attendance sheet's groups, in order: probation, then the drug service, then everyone else.
GROUPS = {"probation": tr_noop("Probation"), "drug_service": tr_noop("Drug service"),
          "other": tr_noop("Other organisations")}
REGISTER = [tr_noop("Name"), tr_noop("Organisation"), tr_noop("Role"), tr_noop("Stayed throughout"),
            tr_noop("Signature")]
REGISTER_WIDTHS = [23, 19, 17, 17, 24]


def file_stem(record: SessionRecord) -> str:
    """'joint-session-12-2026-11-20': the id and the date, safe on every system."""
    return f"joint-session-{record.id}-{record.held_on.isoformat()}"


def write_session_pdf(record: SessionRecord, path: Path) -> None:
    """Write the record to ``path`` (owner-only, replacing the file only once it is complete). No table row is
    split over two pages: a signature sheet's row stays whole, and a table that runs on repeats its header."""
    write_pdf(paged_html(record), path, tr("Joint session record: {title}").format(title=record.title),
              metadata={"session": str(record.id), "held_on": record.held_on.isoformat(), "plan": record.plan.id,
                        "plan_version": record.plan.version, "status": record.status,
                        "attendees": str(len(record.attendees))})


def session_html(record: SessionRecord) -> str:
    """The record as HTML (for the PDF, and the app's record view)."""
    return _html(record, _Tables())


def paged_html(record: SessionRecord, *, tries: int = 40) -> str:
    """The HTML laid out for A4 pages with no table row split by a page break: each row that would be is moved
    to the next page (with the table's header, or with its heading when it is the table's first row)."""
    breaks: set[int] = set()
    for _ in range(tries):
        tables = _Tables(frozenset(breaks))
        html = _html(record, tables)
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        document = _document(_writer(buffer, ""), html, {})
        split = [row for row in _split_rows(document, tables.headings) if row not in breaks]
        if not split:
            return html
        breaks.add(split[0])  # one at a time: moving a row moves everything after it
    return html


def _html(record: SessionRecord, tables: _Tables) -> str:
    if record.amendments:
        subtitle = tr("Joint probation and drug service training session · record {id} · amended (see the end)")
    else:
        subtitle = tr("Joint probation and drug service training session · record {id}")
    out = [f"<html><body style=\"font-family:{SANS}; font-size:10pt\">",
           f"<h1 style='color:{ACCENT}; font-size:17pt; margin-bottom:2px'>{escape(record.title)}</h1>",
           f"<p style='color:{MUTED}; margin-top:0'>{subtitle.format(id=record.id)}</p>"]
    if not record.finished:
        out.append("<p><b>" + tr("This session has not ended yet: its record may still change.") + "</b></p>")
    out.append(_facts(record))
    if record.plan.outcomes:
        out.append(_heading(tr("Learning outcomes")) + "<ul style='margin-top:0'>"
                   + "".join(f"<li>{escape(o)}</li>" for o in record.plan.outcomes) + "</ul>")
    out.append(_attendance(record, tables))
    out.append(_topics(record, tables))
    out.append(_answers(record, tables))
    out.append(_amendments(record))
    out.append(f"<p style='color:{MUTED}; font-size:8pt; margin-top:14px'>{escape(tr(FOOTER))}</p></body></html>")
    return "".join(out)


# -- the parts ------------------------------------------------------------------------------------------------
def _facts(record: SessionRecord) -> str:
    facts = [(tr("Date"), _long(record.held_on)), (tr("Place"), record.place or tr("not recorded")),
             (tr("Facilitators"), ", ".join(record.facilitators)),
             (tr("Duration"), tr("{time} (planned {minutes} min): {span}").format(
                 time=duration(record.seconds), minutes=record.plan.minutes, span=_span(record))),
             (tr("Plan"), tr("{title} ({id}, version {version})", "a plan, its id and version").format(
                 title=record.plan.title, id=record.plan.id, version=record.plan.version)),
             (tr("Attendance"), _counts(record))]
    return ("<table cellspacing='0' cellpadding='2' width='100%'>" + "".join(
        f"<tr><td width='18%'><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in facts) + "</table>")


def _attendance(record: SessionRecord, tables: _Tables) -> str:
    out = [_heading(tr("Attendance ({count})").format(count=len(record.attendees)))]
    if not record.attendees:
        out.append("<p>" + tr("Nobody is on the register.") + "</p>")
        return "".join(out)
    note = tr("Session {id}, {date}. The signature column is for a paper copy.").format(
        id=record.id, date=escape(_long(record.held_on)))
    section = "".join(out) + f"<p style='color:{MUTED}; margin-top:0'>{note}</p>"
    register = [tr(column) for column in REGISTER]
    out = []
    for side, label in GROUPS.items():
        people = [a for a in record.attendees if a.side == side]
        if not people:
            continue
        heading = (f"<h3 style='font-size:11pt; margin-top:10px; margin-bottom:4px'>{escape(tr(label))} "
                   f"({len(people)})</h3>")
        rows = [[_name(a.name, a.guest), escape(a.organisation_shown if a.organisation else "-"),
                 escape(a.role_shown or "-"),
                 tr("yes") if a.stayed_throughout else "<b>" + tr("no, left early") + "</b>", "&nbsp;"]
                for a in people]
        out.append(tables.table(register, rows, REGISTER_WIDTHS, padding=6,
                                heading=heading if out else section + heading))
    unknown = [a for a in record.attendees if a.side not in GROUPS]
    if unknown:  # a side this version does not know: still listed, never dropped
        out.append(tables.table(register, [[escape(a.name), escape(a.organisation_shown), escape(a.role_shown),
                                            tr("yes") if a.stayed_throughout else tr("no"), "&nbsp;"]
                                           for a in unknown],
                                REGISTER_WIDTHS, padding=6, heading="" if out else section))
    return "".join(out)


def _topics(record: SessionRecord, tables: _Tables) -> str:
    out = []
    not_covered = "<i>" + tr("not covered") + "</i>"
    rows = [[str(step.index + 1), escape(step.title), escape(kind_label(step.kind)),
             minutes_text(step.planned_minutes), duration(step.seconds) if step.covered else not_covered]
            for step in record.steps]
    planned = sum(step.planned_minutes for step in record.steps)
    rows.append(["", "<b>" + tr("In all") + "</b>", "", f"<b>{minutes_text(planned)}</b>",
                 f"<b>{duration(record.seconds)}</b>"])
    out.append(tables.table(["", tr("Step"), tr("Kind", "the kind of step"), tr("Planned"), tr("Time spent")], rows,
                            [5, 49, 18, 12, 16], heading=_heading(tr("Topics covered"))))
    skipped = [s.title for s in record.steps if not s.covered and s.kind != BREAK]
    if skipped:
        text = tr("Not covered: {steps}.").format(steps=escape("; ".join(skipped)))
        out.append(f"<p style='color:{MUTED}'>{text}</p>")
    return "".join(out)


def _answers(record: SessionRecord, tables: _Tables) -> str:
    if not record.votes:
        return ""
    out = []
    explained = tr("Counts of hands, entered by the facilitator; no one's own answer is recorded. ✓ marks the right "
                   "(or best) answer.")
    section = _heading(tr("The group's answers")) + f"<p style='color:{MUTED}; margin-top:0'>{explained}</p>"
    kinds = {step.index: step.kind for step in record.steps}
    titles = {step.index: step.title for step in record.steps}
    for index in dict.fromkeys(vote.step_index for vote in record.votes):
        votes = record.votes_for(index)
        scenario = kinds.get(index) == SCENARIO or any(v.node_id for v in votes)
        what = tr("(group scenario)") if scenario else tr("(group question)")
        step_title = titles.get(index) or tr("Step {number}").format(number=index + 1)
        title = (f"<h3 style='font-size:11pt; margin-top:12px; margin-bottom:4px'>"
                 f"{escape(step_title)}"
                 f" <span style='font-weight:normal; color:{MUTED}'>{escape(what)}</span></h3>")
        for number, vote in enumerate(votes, start=1):
            if scenario:
                asked = tr("Decision {number}: {prompt}").format(number=number, prompt=escape(vote.prompt))
            else:
                asked = escape(vote.prompt)
            prompt = f"<p style='margin-top:8px; margin-bottom:2px'>{asked}</p>"
            out.append(_vote_table(vote, tables, (section if not out else "") + (title if number == 1 else "")
                                   + prompt))
        if scenario:
            path_heading = tr("The path the group took")
            out.append(f"<p style='margin-top:8px; margin-bottom:2px'><b>{path_heading}</b></p>"
                       f"<ol style='margin-top:0'>{_path(votes)}</ol>")
    return "".join(out)


def _vote_table(vote: VoteRecord, tables: _Tables, heading: str) -> str:
    rows = [[letter(i), escape(o.text) + (" <b>✓</b>" if o.correct else ""), str(vote.tallies.get(o.id, 0)),
             "<b>" + tr("agreed", "the group's answer") + "</b>" if o.id in vote.agreed else ""]
            for i, o in enumerate(vote.options)]
    rows.append(["", "<i>" + tr("Hands counted") + "</i>", str(vote.total), ""])
    return tables.table(["", tr("Option"), tr("Votes"), tr("The group's answer")], rows, [5, 59, 10, 26],
                        heading=heading)


def _path(votes: list[VoteRecord]) -> str:
    """The group's agreed choice at each decision, in order, as list items."""
    steps = []
    for vote in votes:
        chosen = [f"{letter(i)}. {o.text}" for i, o in enumerate(vote.options) if o.id in vote.agreed]
        steps.append(f"<li>{escape('; '.join(chosen))}</li>" if chosen
                     else "<li><i>" + tr("no agreed choice") + "</i></li>")
    return "".join(steps) or "<li><i>" + tr("not played") + "</i></li>"


def _amendments(record: SessionRecord) -> str:
    if not record.amendments:
        return ""
    explained = tr("The record above is as amended; each change is kept with its reason.")
    out = [_heading(tr("Amendments")), f"<p style='color:{MUTED}; margin-top:0'>{explained}</p>"]
    for amendment in record.amendments:
        out.append(f"<p style='margin-bottom:2px'><b>{escape(_local(amendment.at))}, {escape(amendment.by_name)}"
                   f"</b>: <i>{escape(amendment.reason)}</i></p><ul style='margin-top:0'>")
        for key, value in amendment.changes.items():
            old, new = (value[0], value[1]) if isinstance(value, list | tuple) and len(value) == 2 else (None, value)
            out.append("<li>" + tr("{what}: {old} → {new}").format(
                what=escape(change_label(str(key))), old=escape(_value(old)), new=escape(_value(new))) + "</li>")
        out.append("</ul>")
    return "".join(out)


# -- small pieces ---------------------------------------------------------------------------------------------
def _heading(text: str) -> str:
    """A section heading (``text`` already translated; escaped here)."""
    return f"<h2 style='color:{ACCENT}; font-size:12pt; margin-top:14px; margin-bottom:4px'>{escape(text)}</h2>"


class _Tables:
    """Writes the document's bordered tables, numbering their body rows in order across the whole document; a
    row numbered in ``breaks`` starts a new page (the table is closed and opened again there with its header,
    or, for a table's first row, its heading moves to the new page with it)."""

    def __init__(self, breaks: frozenset[int] = frozenset()) -> None:
        self.breaks = breaks
        self.rows = 0
        self.headings: list[int] = []  # for each table written, how many blocks of heading it has just before it

    def table(self, header: list[str], rows: list[list[str]], widths: list[int], *, padding: int = 4,
              heading: str = "") -> str:
        """``heading`` is the headings and paragraphs shown just before the table (each ``<h2 style='…'>``,
        ``<h3 style='…'>`` or ``<p style='…'>``), kept on the page of its first row; the cells of ``rows`` are
        HTML already escaped; the header is plain text. The header row repeats at the top of each page the table
        runs onto (``thead``)."""
        cells = "".join(f"<th align='left' width='{width}%'>{escape(h)}</th>"
                        for h, width in zip(header, widths, strict=True))

        def start(new_page: bool, heading_blocks: int = 0) -> str:
            self.headings.append(heading_blocks)
            style = "page-break-before:always; " if new_page else ""
            return (f"<table width='100%' border='1' cellspacing='0' cellpadding='{padding}' "
                    f"style='{style}border-color:#999999; margin-bottom:8px'>"
                    f"<thead><tr style='background:{HEAD}'>{cells}</tr></thead><tbody>")

        first = self.rows
        blocks = sum(heading.count(tag) for tag in ("<h1", "<h2", "<h3", "<p"))
        out = [_new_page(heading) if heading and first in self.breaks else heading, start(False, blocks)]
        for offset, row in enumerate(rows):
            number = first + offset
            if offset and number in self.breaks:
                out.append("</tbody></table>" + start(True))
            out.append("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>")
        self.rows += len(rows)
        out.append("</tbody></table>")
        return "".join(out)


def _new_page(block: str) -> str:
    """``block`` (which opens with ``<tag style='``) starting a new page."""
    return block.replace("style='", "style='page-break-before:always; ", 1)


def _split_rows(document, headings: list[int]) -> list[int]:
    """The numbers (as :class:`_Tables` counts them) of the body rows that a page break cuts through, and of
    the first rows of tables whose heading (``headings[n]`` blocks before the n-th table) was left at the foot
    of the page before."""
    layout = document.documentLayout()
    height = document.pageSize().height()

    def pages(block, end=None) -> set[int]:
        found = set()
        while block.isValid():
            top = layout.blockBoundingRect(block).top()
            for i in range(block.layout().lineCount()):
                line = block.layout().lineAt(i)
                found |= {int((top + line.y()) // height), int((top + line.y() + line.height() - 1) // height)}
            if end is None or block == end:
                break
            block = block.next()
        return found

    split, number, ordinal = [], 0, 0
    for table in document.rootFrame().childFrames():
        headers = table.format().headerRowCount() if isinstance(table, QTextTable) else 0
        if headers < 1:
            continue  # the facts at the top are a table without a header: not counted
        heading, block = set(), table.firstCursorPosition().block()
        for _ in range(headings[ordinal] if ordinal < len(headings) else 0):
            block = block.previous()
            heading |= pages(block)
        ordinal += 1
        for row in range(headers, table.rows()):
            on = set()
            for column in range(table.columns()):
                cell = table.cellAt(row, column)
                on |= pages(cell.firstCursorPosition().block(), cell.lastCursorPosition().block())
            if len(on) > 1 or (row == headers and heading and min(on) > min(heading)):
                split.append(number)
            number += 1
    return split


def _counts(record: SessionRecord) -> str:
    """'14 people (8 probation, 5 drug service, 1 other; 3 guests); 1 left early'."""
    people = len(record.attendees)
    if not people:
        return tr("nobody on the register")

    def count(side: str) -> int:
        return sum(a.side == side for a in record.attendees)

    parts = [tr("{count} probation", "people on the register from probation").format(count=count("probation")),
             tr("{count} drug service", "people on the register from a drug service").format(
                 count=count("drug_service")),
             tr("{count} other", "people on the register from another organisation").format(count=count("other"))]
    guests = sum(a.guest for a in record.attendees)
    left = sum(not a.stayed_throughout for a in record.attendees)
    return tr("{people} ({sides}; {guests}); {left} left early", "the attendance in figures").format(
        people=tr("%n person(s)", "", people), sides=", ".join(parts), guests=tr("%n guest(s)", "", guests),
        left=left)


def _span(record: SessionRecord) -> str:
    """'09:30 to 10:11' on the day (local time), or the whole dates when it ran over midnight or has not ended."""
    if record.ended_at is None:
        return tr("started {time}, not ended").format(time=_local(record.started_at))
    start, end = record.started_at.astimezone(), record.ended_at.astimezone()
    if start.date() == end.date():
        return tr("{start} to {end}", "from one time to another").format(start=f"{start:%H:%M}", end=f"{end:%H:%M}")
    return tr("{start} to {end}", "from one time to another").format(start=_local(record.started_at),
                                                                     end=_local(record.ended_at))


def _long(day: date) -> str:
    return long_date(day)


def _local(moment: datetime | None) -> str:
    """A moment in this computer's time zone: '20 Nov 2026 09:30'."""
    if not moment:
        return ""
    local = moment.astimezone()
    return tr("{date} {time}", "a date and a time of day").format(date=short_date(local.date()),
                                                                  time=f"{local:%H:%M}")


def _name(name: str, guest: bool) -> str:
    """An attendee's name for the sheet (escaped), marked when a guest."""
    if guest:
        return tr("{name} <i>(guest)</i>").format(name=escape(name))
    return escape(name)


def _value(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value) or tr("none")
    return str(value)
