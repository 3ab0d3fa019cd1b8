"""A note of the database file as NPS Trainer last closed it, checked, so that a start can tell nothing has
touched it since.

Before using a SQLite file, a start runs SQLite's quick check over all of it, on a thread beside Qt's loading. That
takes time in proportion to the file (about 50 ms for 50 MB here) and slows the loading it runs beside. So when
the app closes a database cleanly (every connection closed, nothing left in a write-ahead log or journal), it writes
beside the file a note of the file as it left it: its size, its modification and change times, and which file it
is. If the file changed while it was open (the app's own work, or anything else: a backup restored over it, a
file synchronised into its place), the app checks it whole first, and notes it only if it is sound. A start that
finds the file exactly as noted, with no log or journal holding changes, knows that it was checked as it is and
that no program has written to it since, and skips the quick check; anything else (no note, one that does not
match or cannot be read, a log or journal with content) and the check runs as before.

The note also carries when the whole file was last checked, and a check older than :data:`RECHECK_AFTER_S` is
run again, so that damage nothing wrote (a failing disk) is found within days, as well as when SQLite meets it.
A check that finds the file damaged removes the note. ``nps-trainer db check`` always checks everything.

What the note cannot see: on Windows, Python's "change time" of a file is the time it was made, so there the note
relies on the file's size, modification time and identity. A copy of the noted file taken away, damaged meanwhile
(on a failing stick, say) and copied back over it in place keeps all three, and passes; the weekly check, or SQLite
itself when it reads a damaged page, finds it. On Linux and macOS the change time moves with any write.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import stat
import time
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

SUFFIX = ".closed"
RECHECK_AFTER_S = 7 * 24 * 3600  # a week
JOURNALS = ("-wal", "-journal")  # files whose content is a change not yet in the database file itself
MAX_NOTE_BYTES = 4096  # a note is about 200 bytes: anything larger is not one

FileState = dict[str, int]


def stamp_file_for(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


def file_state(database: Path) -> FileState | None:
    """The file's identity and times, or None when a log or journal beside it holds something (or it cannot be
    looked at). A path through a link is followed first: SQLite keeps the log and journal beside the file itself."""
    try:
        real = database.resolve()
        for suffix in JOURNALS:
            try:
                if real.with_name(real.name + suffix).stat().st_size:
                    return None
            except FileNotFoundError:
                continue
        status = real.stat()
    except (OSError, RuntimeError):  # RuntimeError: a loop of links
        return None
    return {"size": status.st_size, "modified_ns": status.st_mtime_ns, "changed_ns": status.st_ctime_ns,
            "device": status.st_dev, "file": status.st_ino}


def _read_note(stamp: Path) -> object:
    """The note's JSON; only a small regular file is read (not a link, a pipe or a device, which could block or
    never end)."""
    descriptor = os.open(stamp, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0))
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode) or status.st_size > MAX_NOTE_BYTES:
            return None
        return json.loads(os.read(descriptor, MAX_NOTE_BYTES + 1))
    finally:
        os.close(descriptor)


def checked_at_if_unchanged(database: Path, now: float, state: FileState | None) -> float | None:
    """When the whole file was last checked, if it is exactly as NPS Trainer last closed it (``state``: its
    :func:`file_state` now, as the caller read it) and that check is recent; None when it must be checked now."""
    try:
        note = _read_note(stamp_file_for(database))
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(note, dict) or state is None or note.get("file_state") != state:
        return None
    checked = note.get("checked_at")
    if isinstance(checked, bool) or not isinstance(checked, int | float) or not now - RECHECK_AFTER_S < checked <= now:
        return None
    return float(checked)


def note_closed(database: Path, checked_at: float, opened_as: FileState | None,
                sound: Callable[[Path], bool]) -> None:
    """Note the file as it is now, once every connection to it is closed. ``opened_as`` is the file as it was
    when it was opened (and checked, at ``checked_at``); a file that has changed since is checked whole now
    (``sound``) and noted only if it passes. Whenever the file cannot be noted, a note already there is removed.
    Never raises: without a note the next start checks the file, as it would anyway."""
    state = file_state(database)
    if state is not None and state != opened_as:
        if not sound(database):
            log.warning("The database did not pass its check as it was closed (damaged, locked or gone): "
                        "the next start checks it again")
            forget(database)
            return
        checked_at = time.time()
        state = state if file_state(database) == state else None  # written to while it was checked
    if state is None:
        forget(database)
        return
    _write(stamp_file_for(database), {"file_state": state, "checked_at": checked_at})


def _write(stamp: Path, note: dict[str, object]) -> None:
    partial = stamp.with_name(stamp.name + ".partial")
    try:
        partial.unlink(missing_ok=True)  # a link left there is removed, never followed
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(note))
        os.replace(partial, stamp)  # a note is whole or absent; one cut short reads as no note
    except OSError as exc:
        log.info("Could not note the database as closed (%s): the next start checks it", type(exc).__name__)
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)


def forget(database: Path) -> None:
    """Remove the note (the file was found damaged, or cannot be noted): the next start checks it whole."""
    try:
        stamp_file_for(database).unlink(missing_ok=True)
    except OSError as exc:
        log.info("Could not remove the database's close note (%s)", type(exc).__name__)
