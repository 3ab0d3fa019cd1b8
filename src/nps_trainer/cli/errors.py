"""What a command raises to stop with a plain message and exit status 2."""

from __future__ import annotations


class CommandError(Exception):
    """The command cannot do what was asked; the message says why (printed as ``nps-trainer: message``)."""
