"""How answers and calculated values read to a person (British dates, choice labels, special answers)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from nps_trainer.screening.answers import SPECIAL_LABELS, is_finite_number, is_special
from nps_trainer.screening.model import Item, ItemType

MONEY_UNITS = frozenset({"£", "$", "€"})
NOT_A_NUMBER = "Not a number"


def format_date(value: dt.date) -> str:
    return f"{value.day} {value:%B %Y}"


def format_timestamp(text: str) -> str:
    """An ISO 8601 timestamp as British local time, e.g. '23 November 2026, 01:52'.

    A timestamp without a time zone is taken as UTC, as the app stores every timestamp; text that is not a
    timestamp is returned unchanged.
    """
    try:
        moment = dt.datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return text
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    local = moment.astimezone()
    return f"{format_date(local.date())}, {local:%H:%M}"


def format_number(value: float, unit: str = "") -> str:
    """A number with its unit: '12 days', '£40', '£40.50' (money always shows pence unless it is whole)."""
    if not is_finite_number(value):
        return NOT_A_NUMBER
    if unit in MONEY_UNITS:
        amount = round(abs(value), 2)
        text = str(int(amount)) if float(amount).is_integer() else f"{amount:.2f}"
        return f"{'-' if value < 0 and amount else ''}{unit}{text}"
    text = str(int(value)) if float(value).is_integer() else f"{value:.15g}"
    return f"{text} {unit}" if unit else text


def display_value(item: Item, raw: Any) -> str:
    """An answer as a person reads it; empty text when unanswered."""
    if raw is None:
        return ""
    if is_special(raw):
        return SPECIAL_LABELS[raw]
    kind = item.type
    if kind is ItemType.YES_NO:
        if isinstance(raw, bool):
            return "Yes" if raw else "No"
        return str(raw).capitalize()
    if kind is ItemType.SINGLE_CHOICE:
        return item.choice_label(str(raw))
    if kind is ItemType.MULTIPLE_CHOICE:
        values = raw if isinstance(raw, list) else [raw]
        return ", ".join(item.choice_label(str(v)) for v in values) or "None selected"
    if kind is ItemType.NUMBER and isinstance(raw, int | float) and not isinstance(raw, bool):
        return format_number(raw, item.unit)
    if kind is ItemType.DATE and isinstance(raw, str):
        try:
            return format_date(dt.date.fromisoformat(raw))
        except ValueError:
            return raw
    if kind is ItemType.REPEAT and isinstance(raw, list):
        return f"{len(raw)} recorded"
    return str(raw)


def display_calculated(value: Any) -> str:
    if value is None:
        return "Unknown"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, float):
        if not is_finite_number(value):
            return "Unknown"
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return str(value)
