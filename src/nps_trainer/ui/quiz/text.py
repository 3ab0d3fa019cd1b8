"""Words and numbers as the learner reads them: statuses, scores, dates and durations."""

from __future__ import annotations

from datetime import datetime

from ...quiz import Quiz, QuizMode
from ...quiz.selection import lay_out
from ...quiz_records import AttemptRecord, QuizStatus, QuizSummary


def percent(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.0f}%" if float(value).is_integer() else f"{value:.1f}%"


def status_text(summary: QuizSummary | None) -> str:
    status = summary.status if summary else QuizStatus.NOT_TAKEN
    return status.value[0].upper() + status.value[1:]


def when(moment: datetime | None) -> str:
    if moment is None:
        return "–"
    return moment.astimezone().strftime("%d %b %Y, %H:%M")


def duration(seconds: float) -> str:
    whole = round(seconds)
    if whole < 60:
        return f"{whole} s"
    minutes, secs = divmod(whole, 60)
    if minutes < 60:
        return f"{minutes} min {secs} s" if secs else f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min"


def mode_text(mode: str | QuizMode) -> str:
    return "Practice" if QuizMode(mode) is QuizMode.PRACTICE else "Assessed"


def result_text(record: AttemptRecord) -> str:
    if record.in_progress:
        return "In progress"
    if record.abandoned:
        return "Set aside (started again)"
    if QuizMode(record.mode) is QuizMode.PRACTICE:  # the pass mark belongs to assessed attempts
        return "Practice (not assessed)"
    return "Passed" if record.passed else "Not yet passed"


def modes_allowed(quiz: Quiz) -> list[QuizMode]:
    if quiz.mode is QuizMode.EITHER:
        return [QuizMode.PRACTICE, QuizMode.ASSESSED]
    return [quiz.mode]


def question_count(quiz: Quiz) -> int:
    if quiz.selection.is_all:
        return len(quiz.questions)
    return len(lay_out(quiz, 0).question_ids)  # draws are capped by the questions tagged
