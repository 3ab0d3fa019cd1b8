"""How a session's numbers are written for people: durations and option letters. Qt-free."""

from __future__ import annotations

from ..i18n import tr


def duration(seconds: int | float) -> str:
    """'1 h 25 min', '12 min', '40 s'."""
    seconds = int(seconds)
    if seconds < 60:
        return tr("{seconds} s", "seconds, abbreviated").format(seconds=seconds)
    minutes = round(seconds / 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return tr("{hours} h {minutes} min", "hours and minutes, abbreviated").format(hours=hours, minutes=minutes)
    return minutes_text(minutes)


def minutes_text(minutes: int) -> str:
    """'12 min': a number of minutes, abbreviated."""
    return tr("{minutes} min", "minutes, abbreviated").format(minutes=minutes)


def letter(index: int) -> str:
    """A, B, C … for the options shown to a room (then numbers past Z)."""
    return chr(ord("A") + index) if 0 <= index < 26 else str(index + 1)


def change_label(key: str) -> str:
    """What an amendment changed, in words, from the key the record keeps (``place``, ``held_on``,
    ``co_facilitators``, ``stayed: <name>``, ``attendee removed: <name>``, ``attendee added: <name>``)."""
    fixed = {"place": tr("Place"), "held_on": tr("Date"), "co_facilitators": tr("Co-facilitators")}
    if key in fixed:
        return fixed[key]
    for prefix, label in (("stayed: ", tr("Stayed throughout, {name}")),
                          ("attendee removed: ", tr("Attendee removed: {name}")),
                          ("attendee added: ", tr("Attendee added: {name}"))):
        if key.startswith(prefix):
            return label.format(name=key[len(prefix):])
    return key[:1].upper() + key[1:]
