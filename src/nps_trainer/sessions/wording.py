"""How a session's numbers are written for people: durations and option letters. Qt-free."""

from __future__ import annotations


def duration(seconds: int | float) -> str:
    """'1 h 25 min', '12 min', '40 s'."""
    seconds = int(seconds)
    if seconds < 60:
        return f"{seconds} s"
    minutes = round(seconds / 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min" if hours else f"{minutes} min"


def letter(index: int) -> str:
    """A, B, C … for the options shown to a room (then numbers past Z)."""
    return chr(ord("A") + index) if 0 <= index < 26 else str(index + 1)
