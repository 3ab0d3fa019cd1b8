"""Dates in words in the language in use: '6 December 2026' or '6 Rhagfyr 2026', 'Dec 2026', 'Sunday 6 December'.

The one place the app, the command line and the documents name days and months. ``strftime("%B")`` and
``%b``/``%A`` give the C library's English whatever language is chosen, and Qt's locale is not there on the
command line, so dates a person reads are built here from translated names (Qt-free). Machine formats
(``%Y-%m-%d``, ``%H:%M``) stay with ``strftime``.
"""

from __future__ import annotations

import datetime as dt

from . import tr, tr_noop

MONTHS = (tr_noop("January"), tr_noop("February"), tr_noop("March"), tr_noop("April"), tr_noop("May"),
          tr_noop("June"), tr_noop("July"), tr_noop("August"), tr_noop("September"), tr_noop("October"),
          tr_noop("November"), tr_noop("December"))
SHORT_MONTHS = (tr_noop("Jan"), tr_noop("Feb"), tr_noop("Mar"), tr_noop("Apr"), tr_noop("May"), tr_noop("Jun"),
                tr_noop("Jul"), tr_noop("Aug"), tr_noop("Sep"), tr_noop("Oct"), tr_noop("Nov"), tr_noop("Dec"))


def month_name(day: dt.date) -> str:
    """'March'."""
    return tr(MONTHS[day.month - 1])


def short_month(day: dt.date) -> str:
    """'Mar'."""
    return tr(SHORT_MONTHS[day.month - 1])


def weekday_name(day: dt.date) -> str:
    """The day of the week as it stands in a date: 'Tuesday' (Welsh 'Mawrth', after 'dydd' or 'ddydd')."""
    return (tr("Monday", "in a date"), tr("Tuesday", "in a date"), tr("Wednesday", "in a date"),
            tr("Thursday", "in a date"), tr("Friday", "in a date"), tr("Saturday", "in a date"),
            tr("Sunday", "in a date"))[day.weekday()]


def _day(day: dt.date, padded: bool) -> str:
    return f"{day.day:02d}" if padded else str(day.day)


def long_date(day: dt.date, *, padded: bool = False) -> str:
    """'6 March 2026' ('06 March 2026' when ``padded``)."""
    return tr("{day} {month} {year}", "a date, e.g. 6 March 2026").format(
        day=_day(day, padded), month=month_name(day), year=day.year)


def short_date(day: dt.date, *, padded: bool = False) -> str:
    """'6 Mar 2026' ('06 Mar 2026' when ``padded``)."""
    return tr("{day} {month} {year}", "a date with a short month, e.g. 6 Mar 2026").format(
        day=_day(day, padded), month=short_month(day), year=day.year)


def short_date_time(moment: dt.datetime) -> str:
    """'06 Mar 2026 14:05' (the time as given: convert to local time first)."""
    return tr("{day} {month} {year} {time}", "a date and time, e.g. 06 Mar 2026 14:05").format(
        day=_day(moment, True), month=short_month(moment), year=moment.year, time=f"{moment:%H:%M}")


def month_year(day: dt.date) -> str:
    """'March 2026'."""
    return tr("{month} {year}", "a month and year, e.g. March 2026").format(month=month_name(day), year=day.year)


def day_month(day: dt.date, *, padded: bool = False) -> str:
    """'6 Mar' ('06 Mar' when ``padded``)."""
    return tr("{day} {month}", "a day and short month, e.g. 6 Mar").format(
        day=_day(day, padded), month=short_month(day))


def weekday_date(day: dt.date, *, year: bool = False) -> str:
    """'Friday 4 December' ('Friday 4 December 2026' with ``year``); Welsh 'dydd Gwener 4 Rhagfyr', lower case
    because it stands inside a sentence."""
    if year:
        return tr("{weekday} {day} {month} {year}", "a day and date in a sentence, e.g. 'due since Friday 4 "
                  "December 2026'").format(weekday=weekday_name(day), day=day.day, month=month_name(day),
                                           year=day.year)
    return tr("{weekday} {day} {month}", "a day and date in a sentence, e.g. 'due since Friday 4 December'").format(
        weekday=weekday_name(day), day=day.day, month=month_name(day))
