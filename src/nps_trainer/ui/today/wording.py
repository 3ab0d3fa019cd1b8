"""Today's items in words, in the language in use; a status colour always goes with these words and a symbol."""

from __future__ import annotations

from datetime import date, datetime

from ...i18n import tr
from ...i18n.dates import long_date, short_date, weekday_name
from ...today import AssignedItem, DraftScreening, ModuleToFinish, SessionItem, TeamOverview
from ..assigned_panel import STATE_WORDS
from ..style import SYMBOL_DONE, SYMBOL_DUE, SYMBOL_OVERDUE


def day_heading(day: date, name: str) -> str:
    """'Sunday 6 December 2026. What needs you today, Helen.'"""
    return tr("{weekday} {date}. What needs you today, {name}.").format(
        weekday=weekday_name(day), date=long_date(day), name=name)


def refresher_text(count: int) -> str:
    return tr("Today's refresher has %n question(s) from quizzes you have taken: a few minutes keeps them fresh.",
              "", count)


def due_text(item: AssignedItem, today: date) -> tuple[str, str]:
    """(symbol and words, colour kind): 'bad' when overdue, 'warn' due within a week, '' otherwise."""
    days = item.days_left(today)
    when = short_date(item.due_on)
    if days < 0:
        return (tr("{symbol} Overdue by %n day(s) (due {date})", "", -days).format(symbol=SYMBOL_OVERDUE, date=when),
                "bad")
    if days == 0:
        return tr("{symbol} Due today").format(symbol=SYMBOL_DUE), "warn"
    if days == 1:
        return tr("{symbol} Due tomorrow").format(symbol=SYMBOL_DUE), "warn"
    return tr("Due in %n day(s) ({date})", "", days).format(date=when), "warn" if days <= 7 else ""


def assigned_text(item: AssignedItem) -> str:
    """'Module: Overdose response. Not started.' (with its learning path when it came through one)."""
    if item.item_type == "module":
        what = tr("Module: {title} (part of {path})") if item.path_title else tr("Module: {title}")
    else:
        what = tr("Quiz: {title} (part of {path})") if item.path_title else tr("Quiz: {title}")
    what = what.format(title=item.title, path=item.path_title)
    return tr("{what}. {state}.").format(what=what, state=state_words(item.state))


def state_words(state: str) -> str:
    if state == "completed unread":
        return tr("Completed with sections unread")
    if state == "not yet passed":
        return tr("Not yet passed in assessed mode")
    if state == "practised (not assessed)":
        return tr("Practised: take it in assessed mode to pass")
    if state in STATE_WORDS:
        return tr(STATE_WORDS[state])
    return state[:1].upper() + state[1:]


def open_name(item: AssignedItem) -> str:
    return (tr("Open module: {title}") if item.item_type == "module" else tr("Open quiz: {title}")).format(
        title=item.title)


def finish_text(item: ModuleToFinish) -> str:
    if item.state == "completed unread":
        return tr("{title}: completed with sections unread ({viewed} of {total} read). Read them and complete it "
                  "again.").format(title=item.title, viewed=item.viewed, total=item.total)
    return tr("{title}: {viewed} of {total} sections read.").format(title=item.title, viewed=item.viewed,
                                                                      total=item.total)


def _local_day(moment: datetime) -> date:
    return moment.astimezone().date()


def draft_text(draft: DraftScreening, today: date) -> str:
    """'Screening 42, started 3 Dec 2026, last saved today.' (its case reference shows once Screening is open)."""
    saved = _local_day(draft.updated_at)
    if saved == today:
        return tr("Screening {number}: started {started}, last saved today.").format(
            number=draft.record_id, started=short_date(_local_day(draft.created_at)))
    return tr("Screening {number}: started {started}, last saved {saved}.").format(
        number=draft.record_id, started=short_date(_local_day(draft.created_at)), saved=short_date(saved))


def session_text(item: SessionItem) -> str:
    if item.running:
        return tr("{title} ({date}): still running. Resume it to carry on or end it.").format(
            title=item.title, date=short_date(item.held_on))
    return tr("{title} ({date}): ended with nobody on the register. Record who attended so they get credit.").format(
        title=item.title, date=short_date(item.held_on))


def team_status(team: TeamOverview) -> tuple[str, str]:
    """(symbol and words, colour kind) for the team at a glance."""
    if team.people_overdue:
        return (tr("{symbol} People with overdue training: {count} of {total}").format(
            symbol=SYMBOL_OVERDUE, count=team.people_overdue, total=team.people), "bad")
    return tr("{symbol} No one has overdue training").format(symbol=SYMBOL_DONE), "good"


def team_text(team: TeamOverview) -> str:
    """'Wexbridge North. Items overdue: 8. Refreshers due: 9.'"""
    if not team.people:
        return tr("No one is in your team on this database yet: add people in Team → People.")
    if team.team:
        return tr("{team}. Items overdue: {overdue}. Refreshers due: {refreshers}.").format(
            team=team.team, overdue=team.overdue, refreshers=team.refreshers_due)
    return tr("Everyone on this database. Items overdue: {overdue}. Refreshers due: {refreshers}.").format(
        overdue=team.overdue, refreshers=team.refreshers_due)


def more_text(count: int, where: str) -> str:
    """'And 3 more in Learn.' – ``where`` is a section's translated name."""
    return tr("And %n more in {section}.", "", count).format(section=where)
