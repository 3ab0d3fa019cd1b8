"""How answers and calculated values read to a practitioner: in flag reasons, summaries and validation messages.

Written from the mutation-testing survivors (issue 14).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from typing import Any

import pytest

from nps_trainer.i18n.dates import long_date as format_date
from nps_trainer.screening.answers import DECLINED, NOT_KNOWN
from nps_trainer.screening.display import (
    NOT_A_NUMBER,
    display_calculated,
    display_value,
    format_number,
    format_timestamp,
)
from nps_trainer.screening.model import Choice, Item, ItemType

SUBSTANCE_CHOICES = (Choice("heroin", "Heroin"), Choice("spice", "Synthetic cannabinoids (spice)"))


def item(kind: ItemType, **extra: Any) -> Item:
    return Item("answer", kind, "Answer", **extra)


@pytest.fixture
def london(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is UK time (British Summer Time in the summer)."""
    monkeypatch.setenv("TZ", "Europe/London")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_dates_read_the_british_way_without_a_leading_zero() -> None:
    assert format_date(dt.date(2025, 3, 1)) == "1 March 2025"
    assert format_date(dt.date(2024, 12, 25)) == "25 December 2024"


def test_timestamps_read_as_uk_local_time(london: None) -> None:
    assert format_timestamp("2026-07-01T12:30:00+00:00") == "1 July 2026, 13:30"
    assert format_timestamp("2026-01-05T09:07:00+00:00") == "5 January 2026, 09:07"
    assert format_timestamp("2026-07-01T12:30:00") == "1 July 2026, 13:30"  # stored without a zone: UTC


def test_text_that_is_not_a_timestamp_is_shown_as_it_is() -> None:
    assert format_timestamp("last Tuesday") == "last Tuesday"
    assert format_timestamp("") == ""


@pytest.mark.parametrize(
    ("value", "unit", "text"),
    [
        (12, "days", "12 days"),
        (12.0, "days", "12 days"),
        (2.5, "", "2.5"),
        (0.1 + 0.2, "", "0.3"),
        (-3, "", "-3"),
        (40, "£", "£40"),
        (40.5, "£", "£40.50"),
        (40.004, "£", "£40"),
        (40.456, "£", "£40.46"),
        (-40.5, "£", "-£40.50"),
        (-0.001, "£", "£0"),
        (0.5, "£", "£0.50"),
        (-0.5, "£", "-£0.50"),
        (7, "€", "€7"),
        (7.25, "$", "$7.25"),
    ],
)
def test_numbers_read_with_their_unit_and_money_with_pence(value: float, unit: str, text: str) -> None:
    assert format_number(value, unit) == text


def test_a_number_without_a_unit_reads_as_the_bare_number() -> None:
    assert format_number(12) == "12"
    assert format_number(2.5) == "2.5"


def test_a_large_whole_number_shows_every_digit() -> None:
    assert format_number(1234567890123456) == "1234567890123456"
    assert format_number(1e16, "days") == "10000000000000000 days"


@pytest.mark.parametrize("value", [float("nan"), float("inf"), 10**400])
def test_a_number_that_is_not_finite_reads_as_not_a_number(value: float) -> None:
    assert format_number(value, "£") == NOT_A_NUMBER == "Not a number"
    assert format_number(value) == "Not a number"


def test_unanswered_and_special_answers_display() -> None:
    yes_no = item(ItemType.YES_NO)
    assert display_value(yes_no, None) == ""
    assert display_value(yes_no, DECLINED) == "Declined to answer"
    assert display_value(yes_no, NOT_KNOWN) == "Not known"


def test_yes_no_answers_display() -> None:
    yes_no = item(ItemType.YES_NO)
    assert display_value(yes_no, True) == "Yes"
    assert display_value(yes_no, False) == "No"
    assert display_value(yes_no, "yes") == "Yes"


def test_choice_answers_display_their_labels() -> None:
    single = item(ItemType.SINGLE_CHOICE, choices=SUBSTANCE_CHOICES)
    assert display_value(single, "spice") == "Synthetic cannabinoids (spice)"
    assert display_value(single, "unlisted") == "unlisted"
    multiple = item(ItemType.MULTIPLE_CHOICE, choices=SUBSTANCE_CHOICES)
    assert display_value(multiple, ["heroin", "spice"]) == "Heroin, Synthetic cannabinoids (spice)"
    assert display_value(multiple, "heroin") == "Heroin"
    assert display_value(multiple, []) == "None selected"


def test_number_date_repeat_and_text_answers_display() -> None:
    assert display_value(item(ItemType.NUMBER, unit="£"), 40.5) == "£40.50"
    assert display_value(item(ItemType.NUMBER, unit="days"), 12) == "12 days"
    assert display_value(item(ItemType.NUMBER), True) == "True"
    assert display_value(item(ItemType.NUMBER), "twelve") == "twelve"
    assert display_value(item(ItemType.DATE), "2025-03-01") == "1 March 2025"
    assert display_value(item(ItemType.DATE), "2025-02-30") == "2025-02-30"
    assert display_value(item(ItemType.DATE), 20250301) == "20250301"
    assert display_value(item(ItemType.REPEAT), [{}, {}]) == "2 recorded"
    assert display_value(item(ItemType.REPEAT), "two") == "two"
    assert display_value(item(ItemType.TEXT), "Engaging well") == "Engaging well"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, "Unknown"),
        (True, "Yes"),
        (False, "No"),
        (dt.date(2025, 3, 1), "1 March 2025"),
        (2.5, "2.5"),
        (2.0, "2"),
        (2.125, "2.12"),
        (10.0, "10"),
        (0.0, "0"),
        (100.5, "100.5"),
        (float("nan"), "Unknown"),
        (float("inf"), "Unknown"),
        (12, "12"),
        (0, "0"),
        ("heroin", "heroin"),
    ],
)
def test_calculated_values_display(value: object, text: str) -> None:
    assert display_calculated(value) == text
