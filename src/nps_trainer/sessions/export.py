"""A joint session's record as CSV, one row per attendee, through the one CSV writer (UTF-8 with a byte order
mark, ISO dates, formula cells escaped). Qt-free."""

from __future__ import annotations

from pathlib import Path

from ..csv_files import write_csv
from .record import SessionRecord

CSV_HEADER = ("session id", "date", "session", "place", "facilitators", "attendee", "organisation", "side",
              "role", "guest", "stayed throughout", "hours", "status", "amended")


def _yes(value: bool) -> str:
    return "yes" if value else "no"


def csv_rows(record: SessionRecord) -> list[tuple[object, ...]]:
    facilitators = "; ".join(record.facilitators)
    hours = round(record.hours, 2)
    amended = _yes(bool(record.amendments))
    return [(record.id, record.held_on, record.title, record.place, facilitators, a.name, a.organisation,
             a.side_label, a.role, _yes(a.guest), _yes(a.stayed_throughout), hours, record.status, amended)
            for a in record.attendees]


def write_session_csv(record: SessionRecord, path: Path) -> int:
    """Write the record's register to ``path``; the number of rows written."""
    return write_csv(path, CSV_HEADER, csv_rows(record))
