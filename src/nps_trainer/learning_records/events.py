"""The one place learning events become statements: the progress, quiz and refresher services call these inside
their own transactions (passing their session), so the statement is committed, or rolled back, with the event.

Every method returns the new statement's id. Screening has no method here, on purpose: screening records are
case records and never produce learning records.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from ..clock import utcnow
from ..storage.models import Profile
from . import statements as st
from .config import LrsConfig
from .outbox import enqueue


class LearningEvents:
    """``config`` gives the current :class:`LrsConfig` (read on each event, so a changed base IRI applies at
    once); only its base IRI and ``actor_names`` are used here."""

    def __init__(self, config: Callable[[], LrsConfig] | LrsConfig, clock: Callable[[], datetime] = utcnow, *,
                 titles: Callable[[str, str], str] | None = None) -> None:
        """``titles``: (``"module"`` | ``"quiz"``, id) → its title, used when a caller gives none, so that an
        LRS shows names rather than addresses. It may be set later (``events.titles = ...``), once the content
        is loaded."""
        self._config = config if callable(config) else (lambda: config)
        self._clock = clock
        self.titles = titles
        self._uids: dict[int, str] = {}  # profile id → uid (a profile's uid never changes)

    def _title(self, kind: str, item_id: str, given: str) -> str:
        if given or self.titles is None:
            return given
        try:
            return self.titles(kind, item_id) or ""
        except Exception:  # a title is a nicety: never let it stop the learning being recorded
            return ""

    # -- modules ------------------------------------------------------------------------------------------
    def module_launched(self, session: Session, profile_id: int, module_id: str, *, title: str = "",
                        version: str = "", visit_id: int | None = None, when: datetime | None = None) -> str:
        agent, base, uid = self._who(session, profile_id)
        return self._add(session, profile_id, st.module_launched(
            agent, base, when or self._clock(), module_id, title=self._title("module", module_id, title),
            version=version, visit=st.registration(uid, "visit", visit_id) if visit_id is not None else None))

    def section_experienced(self, session: Session, profile_id: int, module_id: str, anchor: str, *,
                            title: str = "", module_title: str = "", version: str = "", visit_id: int | None = None,
                            when: datetime | None = None) -> str:
        agent, base, uid = self._who(session, profile_id)
        return self._add(session, profile_id, st.section_experienced(
            agent, base, when or self._clock(), module_id, anchor, title=title,
            module_title=self._title("module", module_id, module_title),
            version=version, visit=st.registration(uid, "visit", visit_id) if visit_id is not None else None))

    def module_completed(self, session: Session, profile_id: int, module_id: str, *, title: str = "",
                         version: str = "", seconds: float | None = None, when: datetime | None = None) -> str:
        agent, base, _ = self._who(session, profile_id)
        return self._add(session, profile_id, st.module_completed(
            agent, base, when or self._clock(), module_id, title=self._title("module", module_id, title),
            version=version, seconds=seconds))

    def refresher_reviewed(self, session: Session, profile_id: int, module_id: str, *, title: str = "",
                           version: str = "", seconds: float | None = None, reason: str = "",
                           when: datetime | None = None) -> str:
        """A module completed again when its refresher was due (instead of :meth:`module_completed`)."""
        agent, base, _ = self._who(session, profile_id)
        return self._add(session, profile_id, st.refresher_reviewed(
            agent, base, when or self._clock(), module_id, title=self._title("module", module_id, title),
            version=version, seconds=seconds, reason=reason))

    # -- quizzes ------------------------------------------------------------------------------------------
    def quiz_attempted(self, session: Session, profile_id: int, quiz_id: str, *, attempt_id: int, mode: str,
                       title: str = "", version: str = "", when: datetime | None = None) -> str:
        agent, base, uid = self._who(session, profile_id)
        return self._add(session, profile_id, st.quiz_attempted(
            agent, base, when or self._clock(), quiz_id, mode=str(mode), title=self._title("quiz", quiz_id, title),
            version=version, attempt=st.registration(uid, "attempt", attempt_id)))

    def question_answered(self, session: Session, profile_id: int, quiz_id: str, question_id: str, *,
                          attempt_id: int, mode: str, answer: Any, score: float, question_type: str = "",
                          prompt: str = "", quiz_title: str = "", seconds: float | None = None,
                          when: datetime | None = None) -> str:
        """``answer`` is the quiz engine's JSON answer; ``score`` its 0..1 score."""
        agent, base, uid = self._who(session, profile_id)
        return self._add(session, profile_id, st.question_answered(
            agent, base, when or self._clock(), quiz_id, question_id, mode=str(mode),
            response=st.response_text(answer), score=score, question_type=str(question_type), prompt=prompt,
            quiz_title=self._title("quiz", quiz_id, quiz_title), seconds=seconds,
            attempt=st.registration(uid, "attempt", attempt_id)))

    def refresher_answered(self, session: Session, profile_id: int, quiz_id: str, question_id: str, *,
                           score: float, rating: int, certainty: int | None = None, answer: Any = None,
                           question_type: str = "", prompt: str = "", quiz_title: str = "",
                           when: datetime | None = None) -> str:
        """A question answered in the refresher: ``score`` 0..1, ``rating`` the FSRS rating it gave (1..4),
        ``certainty`` 1..3 or None, ``answer`` the quiz engine's JSON answer when known."""
        agent, base, _ = self._who(session, profile_id)
        return self._add(session, profile_id, st.refresher_answered(
            agent, base, when or self._clock(), quiz_id, question_id, score=score, rating=rating,
            certainty=certainty, response=st.response_text(answer) if answer is not None else None,
            question_type=str(question_type), prompt=prompt, quiz_title=self._title("quiz", quiz_id, quiz_title)))

    def quiz_finished(self, session: Session, profile_id: int, quiz_id: str, *, attempt_id: int, mode: str,
                      percent: float, passed: bool, raw: float, raw_max: float, pass_mark: float | None = None,
                      title: str = "", version: str = "", seconds: float | None = None,
                      when: datetime | None = None) -> str:
        """``percent`` 0..100 as the quiz engine gives it; ``raw`` the marks scored of ``raw_max``."""
        agent, base, uid = self._who(session, profile_id)
        return self._add(session, profile_id, st.quiz_finished(
            agent, base, when or self._clock(), quiz_id, mode=str(mode), scaled=percent / 100, raw=raw,
            raw_max=raw_max or 1, passed=passed, pass_mark=pass_mark, title=self._title("quiz", quiz_id, title),
            version=version,
            seconds=seconds, attempt=st.registration(uid, "attempt", attempt_id)))

    def scenario_choice(self, session: Session, profile_id: int, quiz_id: str, scenario_id: str, node_id: str,
                        choice_id: str, *, attempt_id: int, mode: str, choice_text: str = "", prompt: str = "",
                        scenario_title: str = "", ending: str | None = None, score: float | None = None,
                        when: datetime | None = None) -> str:
        agent, base, uid = self._who(session, profile_id)
        return self._add(session, profile_id, st.scenario_choice(
            agent, base, when or self._clock(), quiz_id, scenario_id, node_id, choice_id, mode=str(mode),
            choice_text=choice_text, prompt=prompt, scenario_title=scenario_title, ending=ending, score=score,
            attempt=st.registration(uid, "attempt", attempt_id)))

    # -- joint sessions -----------------------------------------------------------------------------------
    def session_attended(self, session: Session, profile_id: int, session_id: str, *, title: str = "",
                         modules: Sequence[str] = (), sections: Sequence[str] = (), seconds: float | None = None,
                         when: datetime | None = None) -> str:
        agent, base, _ = self._who(session, profile_id)
        return self._add(session, profile_id, st.session_attended(
            agent, base, when or self._clock(), session_id, title=title, modules=modules, sections=sections,
            seconds=seconds))

    # -- helpers ------------------------------------------------------------------------------------------
    def _who(self, session: Session, profile_id: int) -> tuple[dict[str, Any], str, str]:
        config = self._config()
        base = config.organisation_iri
        uid = self._uids.get(profile_id)
        name = None
        if uid is None or config.actor_names:
            profile = session.get(Profile, profile_id)
            if profile is None:
                raise LookupError(f"No profile {profile_id}")
            uid = self._uids.setdefault(profile_id, profile.uid)
            name = profile.display_name if config.actor_names else None
        return st.actor(base, uid, name), base, uid

    @staticmethod
    def _add(session: Session, profile_id: int, statement: st.Statement) -> str:
        return enqueue(session, statement, profile_id=profile_id)
