"""Built-in answer checks by item type (choices exist, numbers in range, dates are real dates, ...)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from nps_trainer.screening.answers import is_finite_number, is_special
from nps_trainer.screening.display import format_number
from nps_trainer.screening.model import Item, ItemType

from ..i18n import tr, tr_noop


def type_errors(item: Item, raw: Any) -> list[str]:
    """Messages for an answer that does not fit its item; special answers always fit."""
    if is_special(raw):
        return []
    kind = item.type
    if kind is ItemType.YES_NO:
        return [] if isinstance(raw, bool) else [yes_no_message(raw)]
    if kind is ItemType.SINGLE_CHOICE:
        if not isinstance(raw, str) or raw not in item.choice_ids:
            return [tr("'{answer}' is not one of the choices.").format(answer=raw)]
        return []
    if kind is ItemType.MULTIPLE_CHOICE:
        if not isinstance(raw, list):
            return [tr("Choose from the list.")]
        unknown = [str(v) for v in raw if v not in item.choice_ids]
        if unknown:
            return [tr("Not one of the choices: {answers}.").format(answers=", ".join(unknown))]
        if len(set(raw)) != len(raw):
            return [tr("A choice is selected twice.")]
        return []
    if kind is ItemType.NUMBER:
        return _number_errors(item, raw)
    if kind is ItemType.DATE:
        if not isinstance(raw, str):
            return [tr("Enter a date.")]
        try:
            dt.date.fromisoformat(raw)
        except ValueError:
            return [tr("Enter a real date (YYYY-MM-DD).")]
        return []
    if kind is ItemType.TEXT:
        if not isinstance(raw, str):
            return [tr("Enter text.")]
        if item.max_length is not None and len(raw) > item.max_length:
            return [tr("Keep this to {limit} characters or fewer (now {length}).").format(limit=item.max_length,
                                                                                   length=len(raw))]
        return []
    if kind is ItemType.REPEAT:
        if not isinstance(raw, list) or not all(isinstance(row, dict) for row in raw):
            return [tr("Expected a list of entries.")]
        if item.max_instances is not None and len(raw) > item.max_instances:
            return [tr("No more than {limit} entries.").format(limit=item.max_instances)]
        return []
    return []


def yes_no_message(raw: Any) -> str:
    """What a yes/no question says about an answer that is not its own: it takes only yes (``true``) or no
    (``false``), and text such as 'yes' is not read as either."""
    shown = f"'{raw}'" if isinstance(raw, str) else repr(raw)
    return tr("Answer yes or no: {answer} is not a yes/no answer (a yes/no question takes only true or false).").format(
        answer=shown)


NOT_A_NUMBER_MESSAGE = tr_noop("Enter a number, for example 12.")  # shown through tr()


def _number_errors(item: Item, raw: Any) -> list[str]:
    if not is_finite_number(raw):  # text, yes/no, and nan, inf or too large for a float are not numbers
        return [tr(NOT_A_NUMBER_MESSAGE)]
    if item.integer and not float(raw).is_integer():
        return [tr("Enter a whole number.")]
    if item.minimum is not None and raw < item.minimum:
        return [tr("Must be at least {value}.").format(value=format_number(item.minimum, item.unit))]
    if item.maximum is not None and raw > item.maximum:
        return [tr("Must be no more than {value}.").format(value=format_number(item.maximum, item.unit))]
    return []
