"""Dates in words (nps_trainer.i18n.dates): the one module that names days and months, in English and in Welsh, for
the app, the command line and the documents alike, without Qt."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from nps_trainer import i18n
from nps_trainer.i18n import dates
from nps_trainer.i18n.command_line import use_for_commands

SUNDAY = dt.date(2026, 12, 6)
MOMENT = dt.datetime(2026, 3, 6, 14, 5)


@pytest.fixture
def welsh():
    use_for_commands("cy")
    yield
    i18n.reset()


def test_english_reads_as_strftime_did() -> None:
    i18n.reset()
    assert dates.long_date(SUNDAY) == "6 December 2026" == f"{SUNDAY.day} {SUNDAY:%B %Y}"
    assert dates.long_date(MOMENT.date(), padded=True) == "06 March 2026"
    assert dates.short_date(MOMENT.date(), padded=True) == MOMENT.strftime("%d %b %Y") == "06 Mar 2026"
    assert dates.short_date(dt.date(2026, 9, 1)) == "1 Sep 2026"
    assert dates.short_date_time(MOMENT) == MOMENT.strftime("%d %b %Y %H:%M")
    assert dates.month_year(SUNDAY) == "December 2026" and dates.day_month(MOMENT.date(), padded=True) == "06 Mar"
    assert dates.weekday_date(SUNDAY) == f"{SUNDAY:%A} {SUNDAY.day} {SUNDAY:%B}" == "Sunday 6 December"
    assert dates.weekday_date(SUNDAY, year=True) == "Sunday 6 December 2026"
    for month in range(1, 13):
        day = dt.date(2026, month, 1)
        assert dates.month_name(day) == day.strftime("%B") and dates.short_month(day) == day.strftime("%b")
    for offset in range(7):
        day = SUNDAY + dt.timedelta(days=offset)
        assert dates.weekday_name(day) == day.strftime("%A")


def test_welsh_names_every_month_and_day(welsh) -> None:
    assert dates.long_date(SUNDAY) == "6 Rhagfyr 2026"
    assert dates.short_date(dt.date(2026, 11, 3), padded=True) == "03 Tach 2026"
    assert dates.month_year(dt.date(2026, 2, 1)) == "Chwefror 2026"
    assert dates.weekday_date(SUNDAY) == "dydd Sul 6 Rhagfyr"  # mid-sentence: 'i'w ateb ers dydd Sul 6 Rhagfyr'
    assert dates.weekday_date(dt.date(2027, 1, 5), year=True) == "dydd Mawrth 5 Ionawr 2027"
    months = [dates.month_name(dt.date(2026, month, 1)) for month in range(1, 13)]
    assert months == ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
                      "Hydref", "Tachwedd", "Rhagfyr"]
    days = [dates.weekday_name(SUNDAY + dt.timedelta(days=offset)) for offset in range(1, 8)]
    assert days == ["Llun", "Mawrth", "Mercher", "Iau", "Gwener", "Sadwrn", "Sul"]
    assert all(dates.short_month(dt.date(2026, month, 1)) for month in range(1, 13))


def test_the_module_does_not_import_qt() -> None:
    code = ("import sys; import nps_trainer.i18n.dates as d, datetime as t; d.long_date(t.date(2026, 1, 1)); "
            "print(any(name.startswith('PySide6') for name in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
