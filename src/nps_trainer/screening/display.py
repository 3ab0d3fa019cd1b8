"""How answers and calculated values read to a person (British dates, choice labels, special answers)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from nps_trainer.screening.answers import SPECIAL_LABELS, is_finite_number, is_special
from nps_trainer.screening.model import Item, ItemType

from ..i18n import tr, tr_noop
from ..i18n.dates import long_date

MONEY_UNITS = frozenset({"£", "$", "€"})
NOT_A_NUMBER = tr_noop("Not a number")


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
    return f"{long_date(local.date())}, {local:%H:%M}"


def format_number(value: float, unit: str = "") -> str:
    """A number with its unit: '12 days', '£40', '£40.50' (money always shows pence unless it is whole)."""
    if not is_finite_number(value):
        return tr(NOT_A_NUMBER)
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
        return tr(SPECIAL_LABELS[raw])
    kind = item.type
    if kind is ItemType.YES_NO:
        if isinstance(raw, bool):
            return tr("Yes", "an answer to a yes/no question") if raw else tr("No", "an answer to a yes/no question")
        return str(raw).capitalize()
    if kind is ItemType.SINGLE_CHOICE:
        return item.choice_label(str(raw))
    if kind is ItemType.MULTIPLE_CHOICE:
        values = raw if isinstance(raw, list) else [raw]
        return ", ".join(item.choice_label(str(v)) for v in values) or tr("None selected")
    if kind is ItemType.NUMBER and isinstance(raw, int | float) and not isinstance(raw, bool):
        return format_number(raw, item.unit)
    if kind is ItemType.DATE and isinstance(raw, str):
        try:
            return long_date(dt.date.fromisoformat(raw))
        except ValueError:
            return raw
    if kind is ItemType.REPEAT and isinstance(raw, list):
        return tr("%n recorded", "how many entries a repeated question has, such as substances", len(raw))
    return str(raw)


def display_calculated(value: Any) -> str:
    if value is None:
        return tr("Unknown")
    if isinstance(value, bool):
        return tr("Yes", "an answer to a yes/no question") if value else tr("No", "an answer to a yes/no question")
    if isinstance(value, dt.date):
        return long_date(value)
    if isinstance(value, float):
        if not is_finite_number(value):
            return tr("Unknown")
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return str(value)
