"""Writing learning records for the team tests: module summaries and quiz attempts as the app stores them,
dated in the past where a test needs it."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from nps_trainer.services import Services
from nps_trainer.storage.models import Assignment, ModuleProgress, QuizAnswer, QuizAttempt


def moment(day: date, hour: int = 12) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=UTC)


def module_sections(services: Services, module_id: str) -> tuple[str, ...]:
    item = services.team_records.content().get("module", module_id)
    assert item is not None, module_id
    return item.sections


def module_record(services: Services, profile_id: int, module_id: str, *, completed: date | None = None,
                  sections: int | None = None, unread: bool = False, version: str | None = None,
                  credited: int = 0, learnt: str | None = None, use: str | None = None) -> None:
    """A module summary: ``sections`` read (all by default when completed, none otherwise), ``credited`` more
    credited in a joint session, completed on ``completed`` at ``version`` (the module's own by default)."""
    anchors = module_sections(services, module_id)
    item = services.team_records.content().get("module", module_id)
    read = len(anchors) if sections is None and completed is not None else (sections or 0)
    seen = list(anchors[:read])
    credit = list(anchors[read:read + credited])
    with services.database.session() as session:
        session.add(ModuleProgress(
            profile_id=profile_id, module_id=module_id, progress=len(seen) / len(anchors),
            last_section=seen[-1] if seen else None, sections_seen=seen, sections_credited=credit,
            completed_at=moment(completed) if completed else None,
            version_completed=(version or item.version) if completed else None,
            completed_unread=unread, updated_at=moment(completed or date.today()),
            reflection_learnt=learnt, reflection_use=use))


def quiz_attempt(services: Services, profile_id: int, quiz_id: str, score: float | None, *, mode: str = "assessed",
                 day: date | None = None, pass_mark: float = 80.0, seconds: float = 0.0) -> None:
    """A finished attempt (``score`` None: one set aside unscored), with one answer taking ``seconds``."""
    day = day or date.today()
    with services.database.session() as session:
        row = QuizAttempt(profile_id=profile_id, quiz_id=quiz_id, quiz_version="1.1", mode=mode,
                          started_at=moment(day, 10), finished_at=moment(day, 11), score=score,
                          passed=None if score is None else score >= pass_mark, pass_mark=pass_mark, state={})
        session.add(row)
        session.flush()
        if seconds:
            session.add(QuizAnswer(attempt_id=row.id, question_id="q1", answer="a", score=1.0, seconds=seconds,
                                   answered_at=moment(day, 11)))


def backdate_assignment(services: Services, assignment_id: int, created: date,
                        cancelled: date | None = None) -> None:
    with services.database.session() as session:
        row = session.get(Assignment, assignment_id)
        row.created_at = moment(created, 9)
        row.cancelled_at = moment(cancelled, 9) if cancelled else None


def days_ago(n: int, today: date | None = None) -> date:
    return (today or date.today()) - timedelta(days=n)
