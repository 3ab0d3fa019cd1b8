"""Words and numbers as the learner reads them: statuses, scores, dates and durations."""

from __future__ import annotations

from datetime import datetime

from ...i18n import tr, tr_noop
from ...i18n.dates import short_date
from ...quiz import Quiz, QuizMode
from ...quiz.selection import lay_out
from ...quiz_records import AttemptRecord, QuizStatus, QuizSummary


def percent(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.0f}%" if float(value).is_integer() else f"{value:.1f}%"


STATUS_LABELS = {
    QuizStatus.NOT_TAKEN: tr_noop("Not taken"),
    QuizStatus.IN_PROGRESS: tr_noop("In progress"),
    QuizStatus.PASSED: tr_noop("Passed"),
    QuizStatus.NOT_YET_PASSED: tr_noop("Not yet passed"),
    QuizStatus.PRACTISED: tr_noop("Practised (not assessed)"),
}


def status_text(summary: QuizSummary | None) -> str:
    status = summary.status if summary else QuizStatus.NOT_TAKEN
    if status in STATUS_LABELS:
        return tr(STATUS_LABELS[status])
    return status.value[0].upper() + status.value[1:]


def when(moment: datetime | None) -> str:
    if moment is None:
        return "–"
    local = moment.astimezone()
    return f"{short_date(local, padded=True)}, {local:%H:%M}"


def duration(seconds: float) -> str:
    whole = round(seconds)
    if whole < 60:
        return tr("{seconds} s", "a duration in seconds").format(seconds=whole)
    minutes, secs = divmod(whole, 60)
    if minutes < 60:
        if secs:
            return tr("{minutes} min {seconds} s", "a duration").format(minutes=minutes, seconds=secs)
        return tr("{minutes} min", "a duration in minutes").format(minutes=minutes)
    hours, minutes = divmod(minutes, 60)
    return tr("{hours} h {minutes} min", "a duration").format(hours=hours, minutes=minutes)


def mode_text(mode: str | QuizMode) -> str:
    return tr("Practice", "quiz mode") if QuizMode(mode) is QuizMode.PRACTICE else tr("Assessed", "quiz mode")


def result_text(record: AttemptRecord) -> str:
    if record.in_progress:
        return tr("In progress")
    if record.abandoned:
        return tr("Set aside (started again)")
    if QuizMode(record.mode) is QuizMode.PRACTICE:  # the pass mark belongs to assessed attempts
        return tr("Practice (not assessed)")
    return tr("Passed") if record.passed else tr("Not yet passed")


def modes_allowed(quiz: Quiz) -> list[QuizMode]:
    if quiz.mode is QuizMode.EITHER:
        return [QuizMode.PRACTICE, QuizMode.ASSESSED]
    return [quiz.mode]


def question_count(quiz: Quiz) -> int:
    if quiz.selection.is_all:
        return len(quiz.questions)
    return len(lay_out(quiz, 0).question_ids)  # draws are capped by the questions tagged
