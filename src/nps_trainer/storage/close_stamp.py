"""A note of the database file as NPS Trainer last closed it, so that a start can tell that nothing has touched it.

Before using a SQLite file, a start runs SQLite's quick check over all of it, on a thread beside Qt's loading. That
takes time in proportion to the file (about 50 ms for 50 MB here) and slows the loading it runs beside. So when
the app closes a database cleanly (every connection closed, nothing left in a write-ahead log or journal), it writes
beside the file a note of the file as it left it: its size, its modification and change times, and which file it
is. A start that finds the file exactly so, with no log or journal holding changes, knows that no program has
written to it since, and skips the quick check; anything else (no note, one that does not match or cannot be read, a
log or journal with content) and the check runs as before.

The note also carries when the whole file was last checked, and a check older than :data:`RECHECK_AFTER_S` is
run again, so that damage nothing wrote (a failing disk) is found within days, as well as when SQLite meets it.
``nps-trainer db check`` always checks everything.

What a note cannot tell: a change another program makes while NPS Trainer has the file open is taken in by the
note written at its close.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

SUFFIX = ".closed"
RECHECK_AFTER_S = 7 * 24 * 3600  # a week
JOURNALS = ("-wal", "-journal")  # files whose content is a change not yet in the database file itself


def stamp_file_for(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


def _state(database: Path) -> dict[str, int] | None:
    """The file's identity and times, or None when a log or journal beside it holds something."""
    for suffix in JOURNALS:
        try:
            if database.with_name(database.name + suffix).stat().st_size:
                return None
        except FileNotFoundError:
            continue
    status = database.stat()
    return {"size": status.st_size, "modified_ns": status.st_mtime_ns, "changed_ns": status.st_ctime_ns,
            "device": status.st_dev, "file": status.st_ino}


def checked_at_if_unchanged(database: Path, now: float) -> float | None:
    """When the whole file was last checked, if it is exactly as NPS Trainer last closed it and that check is
    recent; None when it must be checked now."""
    try:
        note = json.loads(stamp_file_for(database).read_bytes())
        state = _state(database)
    except (OSError, ValueError):
        return None
    if not isinstance(note, dict) or state is None or note.get("file_state") != state:
        return None
    checked = note.get("checked_at")
    if isinstance(checked, bool) or not isinstance(checked, int | float) or not now - RECHECK_AFTER_S < checked <= now:
        return None
    return float(checked)


def write(database: Path, checked_at: float) -> None:
    """Note the file as it is now, once every connection to it is closed; a note already there that no longer
    matches is removed when the file cannot be noted (a log with content: another program has it open). Never
    raises: without a note the next start checks the file, as it would anyway."""
    stamp = stamp_file_for(database)
    try:
        state = _state(database)
        if state is None:
            stamp.unlink(missing_ok=True)
            return
        partial = stamp.with_name(stamp.name + ".partial")
        partial.write_text(json.dumps({"file_state": state, "checked_at": checked_at}), encoding="utf-8")
        os.replace(partial, stamp)  # a note is whole or absent; one cut short reads as no note
    except OSError as exc:
        log.info("Could not note the database as closed (%s): the next start checks it", type(exc).__name__)
