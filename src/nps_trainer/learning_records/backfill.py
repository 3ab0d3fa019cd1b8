"""Statements for learning recorded before statements were made: the demo team's year (written as rows), or a
database from an older version when an organisation first points NPS Trainer at its LRS.

Each statement's id is derived from the row it describes, so running this again adds nothing; and for each
person only learning from before their first statement made live is covered, so nothing is described twice.
Scenario choices are not rebuilt (the answer statement carries the path taken); joint sessions and refreshers
have no rows to rebuild them from.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime

from sqlalchemy import select

from ..i18n import tr
from ..storage.database import Database
from ..storage.models import ModuleProgress, ModuleVisit, Profile, QuizAnswer, QuizAttempt, XapiStatement
from . import iris
from . import statements as st
from .config import LrsConfig
from .outbox import enqueue


def _id(uid: str, *parts: object) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "/".join([f"{iris.VOCABULARY}/backfill", uid, *map(str, parts)])))


def backfill(database: Database, config: LrsConfig | Callable[[], LrsConfig], *,
             titles: Mapping[str, str] | None = None, question_types: Mapping[tuple[str, str], str] | None = None
             ) -> int:
    """Add statements for the learning rows that have none; returns how many were added. ``titles`` (module
    or quiz id → title) and ``question_types`` ((quiz id, question id) → type) make them richer when given."""
    settings = config() if callable(config) else config
    base, titles, types = settings.organisation_iri, titles or {}, question_types or {}
    added = 0
    with database.session() as session:
        people = {pid: (uid, name) for pid, uid, name in session.execute(
            select(Profile.id, Profile.uid, Profile.display_name))}
        # When each person's statements began to be made live (ids from uuid4; backfilled ones are uuid5).
        live_from: dict[int, datetime] = {}
        existing: set[str] = set()
        for profile_id, statement_id, created_at in session.execute(
                select(XapiStatement.profile_id, XapiStatement.statement_id, XapiStatement.created_at)
                .where(XapiStatement.source == "local")):
            existing.add(statement_id)
            if profile_id is not None and uuid.UUID(statement_id).version != 5:
                live_from[profile_id] = min(created_at, live_from.get(profile_id, created_at))

        def made(profile_id: int) -> Callable[[str, datetime, st.Statement], None]:
            def add(statement_id: str, when: datetime, statement: st.Statement) -> None:
                nonlocal added
                cutoff = live_from.get(profile_id)
                if statement_id in existing or (cutoff is not None and _aware(when) >= _aware(cutoff)):
                    return
                statement["id"] = statement_id
                enqueue(session, statement, profile_id=profile_id)
                existing.add(statement_id)
                added += 1
            return add

        def agent(profile_id: int) -> dict:
            uid, name = people[profile_id]
            return st.actor(base, uid, name if settings.actor_names else None)

        for visit in session.scalars(select(ModuleVisit).order_by(ModuleVisit.id)):
            uid, add, who = people[visit.profile_id][0], made(visit.profile_id), agent(visit.profile_id)
            registration = st.registration(uid, "visit", visit.id)
            title = titles.get(visit.module_id, "")
            add(_id(uid, "visit", visit.id), visit.started_at, st.module_launched(
                who, base, visit.started_at, visit.module_id, title=title, version=visit.module_version,
                visit=registration))
            for anchor in visit.sections_seen or []:
                add(_id(uid, "visit", visit.id, anchor), visit.started_at, st.section_experienced(
                    who, base, visit.started_at, visit.module_id, anchor, module_title=title,
                    version=visit.module_version, visit=registration))
        for row in session.scalars(select(ModuleProgress).where(ModuleProgress.completed_at.is_not(None))
                                   .order_by(ModuleProgress.id)):
            uid = people[row.profile_id][0]
            made(row.profile_id)(_id(uid, "completed", row.module_id, row.completed_at.isoformat()), row.completed_at,
                                 st.module_completed(agent(row.profile_id), base, row.completed_at, row.module_id,
                                                     title=titles.get(row.module_id, ""),
                                                     version=row.version_completed or ""))
        for attempt, answers in _attempts(session):
            uid, add, who = people[attempt.profile_id][0], made(attempt.profile_id), agent(attempt.profile_id)
            registration = st.registration(uid, "attempt", attempt.id)
            title = titles.get(attempt.quiz_id, "")
            add(_id(uid, "attempt", attempt.id), attempt.started_at, st.quiz_attempted(
                who, base, attempt.started_at, attempt.quiz_id, mode=attempt.mode, title=title,
                version=attempt.quiz_version, attempt=registration))
            for answer in answers:
                add(_id(uid, "attempt", attempt.id, answer.question_id), answer.answered_at, st.question_answered(
                    who, base, answer.answered_at, attempt.quiz_id, answer.question_id, mode=attempt.mode,
                    response=st.response_text(answer.answer), score=answer.score,
                    question_type=types.get((attempt.quiz_id, answer.question_id), ""), quiz_title=title,
                    seconds=answer.seconds, attempt=registration))
            if attempt.finished_at is not None and attempt.score is not None:
                total = len((attempt.state or {}).get("question_ids", [])) or len(answers) or 1
                add(_id(uid, "attempt", attempt.id, "finished"), attempt.finished_at, st.quiz_finished(
                    who, base, attempt.finished_at, attempt.quiz_id, mode=attempt.mode, scaled=attempt.score / 100,
                    raw=sum(a.score for a in answers), raw_max=total, passed=bool(attempt.passed),
                    pass_mark=attempt.pass_mark, title=title, version=attempt.quiz_version,
                    seconds=(_aware(attempt.finished_at) - _aware(attempt.started_at)).total_seconds(),
                    attempt=registration))
    return added


def _attempts(session) -> Iterator[tuple[QuizAttempt, list[QuizAnswer]]]:
    answers: dict[int, list[QuizAnswer]] = {}
    for answer in session.scalars(select(QuizAnswer).order_by(QuizAnswer.id)):
        answers.setdefault(answer.attempt_id, []).append(answer)
    for attempt in session.scalars(select(QuizAttempt).order_by(QuizAttempt.id)):
        yield attempt, answers.get(attempt.id, [])


def _aware(when: datetime) -> datetime:
    from datetime import UTC

    return when if when.tzinfo else when.replace(tzinfo=UTC)


def add_learning_records(ctx) -> None:
    """The demo's step (``demo/build.py`` STEPS): statements for the demo team's year, waiting to be sent to the
    LRS set up in Settings (or exported)."""
    from .config import LrsConfig

    titles = {m.id: m.title for m in ctx.catalogue.modules}
    titles.update({q.id: q.title for q in ctx.quizzes.values()})
    types = {(q.id, question.id): str(question.type.value) for q in ctx.quizzes.values() for question in q.questions}
    config = LrsConfig.from_settings(ctx.services.settings)
    count = backfill(ctx.services.database, config, titles=titles, question_types=types)
    ctx.say(tr("Made %n learning record(s) (xAPI statements) for the demo team.", "", count))
