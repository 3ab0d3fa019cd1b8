"""What a command raises to stop with a plain message and exit status 2, and the message for a file it cannot
write."""

from __future__ import annotations

import sys
from pathlib import Path

from ..storage.errors import describe_os_error


class CommandError(Exception):
    """The command cannot do what was asked; the message says why (printed as ``nps-trainer: message``)."""


def cannot_write(target: Path | None, exc: OSError) -> int:
    """Say that ``target`` could not be written, and why, in plain words; the exit status for an error."""
    print(f"nps-trainer: cannot write {target or 'a file'}: {describe_os_error(exc, target)}", file=sys.stderr)
    return 2
