"""The one way NPS Trainer writes CSV: UTF-8 with a byte order mark (so Excel reads it as UTF-8), ISO dates,
CRLF line ends, and no cell that a spreadsheet would run as a formula.

A cell whose text starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is prefixed with an
apostrophe, as OWASP advises against CSV injection; numbers are written as numbers, so negative ones stay
negative. The file is written beside its target and moved into place, owner-only (it holds personal data).
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path

from .private_files import private_file

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> str | int | float:
    """One value as written: dates in ISO form, numbers as they are, text made safe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return value
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([cell(h) for h in header])
    for row in rows:
        writer.writerow([cell(v) for v in row])
    return buffer.getvalue()


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write the table to ``path``; returns the number of data rows. Raises OSError when it cannot be written
    (nothing half-written is left behind)."""
    materialised = [list(r) for r in rows]
    data = ("\ufeff" + csv_text(header, materialised)).encode("utf-8")
    partial = private_file(path.with_name(f".{path.name}.partial"))
    try:
        with open(partial, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return len(materialised)
