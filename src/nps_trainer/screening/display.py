"""How answers and calculated values read to a person (British dates, choice labels, special answers)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from nps_trainer.screening.answers import SPECIAL_LABELS, is_special
from nps_trainer.screening.model import Item, ItemType


def format_date(value: dt.date) -> str:
    return f"{value.day} {value:%B %Y}"


def format_number(value: float, unit: str = "") -> str:
    text = str(int(value)) if float(value).is_integer() else f"{value:g}"
    if not unit:
        return text
    if unit in ("£", "$", "€"):
        return f"{unit}{text}"
    return f"{text} {unit}"


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
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return str(value)
