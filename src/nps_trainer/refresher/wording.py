"""What the refresher says about itself, in words (Learn, Progress and the Refresher page use the same)."""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from ..i18n import tr
from ..i18n.dates import month_name, weekday_name
from .service import RefresherStatus


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def day_text(when: datetime, today: date, tz: tzinfo | None = None) -> str:
    """'tomorrow', 'on Tuesday 8 December' (with the year when it is not this year)."""
    day = when.astimezone(tz).date()
    if day == today:
        return tr("today")
    if (day - today).days == 1:
        return tr("tomorrow")
    if day.year != today.year:
        return tr("on {weekday} {day} {month} {year}", "a date in a sentence: 'due on Tuesday 8 December 2027'").format(
            weekday=weekday_name(day), day=day.day, month=month_name(day), year=day.year)
    return tr("on {weekday} {day} {month}", "a date in a sentence: 'due on Tuesday 8 December'").format(
        weekday=weekday_name(day), day=day.day, month=month_name(day))


def next_text(status: RefresherStatus, today: date, tz: tzinfo | None = None) -> str:
    """When the next questions are due, or why none are."""
    if status.next_due is not None:
        return tr("The next question is due {when}.", "{when}: 'today', 'tomorrow' or 'on Tuesday 8 December'").format(
            when=day_text(status.next_due, today, tz))
    if status.cards == 0 and status.unavailable:
        return tr("None of the questions scheduled for you can be asked: they are no longer in the installed "
                  "quizzes. Questions are added as you answer questions in Quizzes.")
    if status.cards == 0:
        return tr("No questions are scheduled yet: they are added as you answer questions in Quizzes.")
    return tr("No questions are scheduled after today.")


def status_text(status: RefresherStatus, today: date, tz: tzinfo | None = None) -> str:
    """One or two sentences for Learn and Progress."""
    gone = " " + tr("(%n question(s) from quizzes no longer installed are left out.)", "",
                    status.unavailable) if status.unavailable else ""
    if status.cards == 0 and not status.unavailable:
        return tr("Refresher: nothing to refresh yet. Questions from quizzes you take come back here on a "
                  "schedule, to help them stick.")
    if status.cards == 0:
        if status.unavailable == 1:
            return tr("Refresher: nothing to ask. The question scheduled for you is no longer in the installed "
                      "quizzes, so it cannot be asked; questions from quizzes you take now will come back here.")
        return tr("Refresher: nothing to ask. All %n questions scheduled for you are no longer in the installed "
                  "quizzes, so none can be asked; questions from quizzes you take now will come back here.", "",
                  status.unavailable)
    if status.due == 0:
        return tr("Refresher: nothing due today. {next}", "{next}: a sentence saying when the next question is "
                  "due").format(next=next_text(status, today, tz)) + gone
    if status.left_today == 0:
        return (tr("Refresher: you have answered today's %n question(s).", "", status.reviewed_today) + " "
                + tr("%n more are due and will be asked from tomorrow.", "", status.due) + gone)
    if status.left_today == status.due:
        return tr("Refresher: %n question(s) from your quizzes due today.", "", status.due) + gone
    return tr("Refresher: %n question(s) from your quizzes due today; today's refresher asks {asked}.", "",
              status.due).format(asked=status.left_today) + gone
