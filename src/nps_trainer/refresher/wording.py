"""What the refresher says about itself, in words (Learn, Progress and the Refresher page use the same)."""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from .service import RefresherStatus


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def day_text(when: datetime, today: date, tz: tzinfo | None = None) -> str:
    """'tomorrow', 'on Tuesday 8 December' (with the year when it is not this year)."""
    day = when.astimezone(tz).date()
    if day == today:
        return "today"
    if (day - today).days == 1:
        return "tomorrow"
    text = f"{day:%A} {day.day} {day:%B}"
    return f"on {text}" + (f" {day.year}" if day.year != today.year else "")


def next_text(status: RefresherStatus, today: date, tz: tzinfo | None = None) -> str:
    """When the next questions are due, or why none are."""
    if status.next_due is not None:
        return f"The next question is due {day_text(status.next_due, today, tz)}."
    if status.cards == 0 and status.unavailable:
        return ("None of the questions scheduled for you can be asked: they are no longer in the installed "
                "quizzes. Questions are added as you answer questions in Quizzes.")
    if status.cards == 0:
        return "No questions are scheduled yet: they are added as you answer questions in Quizzes."
    return "No questions are scheduled after today."


def status_text(status: RefresherStatus, today: date, tz: tzinfo | None = None) -> str:
    """One or two sentences for Learn and Progress."""
    gone = (f" ({plural(status.unavailable, 'question')} from quizzes no longer installed "
            f"{'is' if status.unavailable == 1 else 'are'} left out.)") if status.unavailable else ""
    if status.cards == 0 and not status.unavailable:
        return ("Refresher: nothing to refresh yet. Questions from quizzes you take come back here on a "
                "schedule, to help them stick.")
    if status.cards == 0:
        which = ("The question scheduled for you is" if status.unavailable == 1 else
                 f"All {status.unavailable} questions scheduled for you are")
        return (f"Refresher: nothing to ask. {which} no longer in the installed quizzes, so "
                f"{'it' if status.unavailable == 1 else 'none'} can{'not' if status.unavailable == 1 else ''} be "
                "asked; questions from quizzes you take now will come back here.")
    if status.due == 0:
        return f"Refresher: nothing due today. {next_text(status, today, tz)}{gone}"
    if status.left_today == 0:
        return (f"Refresher: you have answered today's {plural(status.reviewed_today, 'question')}. "
                f"{status.due} more {'is' if status.due == 1 else 'are'} due and will be asked from tomorrow.{gone}")
    due = f"{plural(status.due, 'question')} from your quizzes due today"
    asked = "" if status.left_today == status.due else f"; today's refresher asks {status.left_today}"
    return f"Refresher: {due}{asked}.{gone}"
