"""What a command raises to stop with a plain message and exit status 2, and the message for a file it cannot
write."""

from __future__ import annotations

import sys
from pathlib import Path

from ..i18n import tr
from ..storage.errors import describe_os_error

PROGRAM = "nps-trainer"


def complain(message: str) -> None:
    """Print ``nps-trainer: message`` on stderr; ``message`` is already in the language in use."""
    print(f"{PROGRAM}: {message}", file=sys.stderr)


class CommandError(Exception):
    """The command cannot do what was asked; the message says why (printed as ``nps-trainer: message``)."""


def cannot_write(target: Path | None, exc: OSError) -> int:
    """Say that ``target`` could not be written, and why, in plain words; the exit status for an error."""
    reason = describe_os_error(exc, target)
    if target is None:
        complain(tr("cannot write a file: {reason}").format(reason=reason))
    else:
        complain(tr("cannot write {path}: {reason}").format(path=target, reason=reason))
    return 2
