"""The demo gives its people refresher cards from their quiz answers through the real scheduler: some people with
questions due, some with none due today, and the refresher done by those in the habit."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from nps_trainer.demo import build_demo
from nps_trainer.demo.learning import REFRESHER_HABIT, add_learning, add_refresher
from nps_trainer.demo.team import add_team
from nps_trainer.identity.crypto import FAST_TEST_KDF
from nps_trainer.paths import UserPaths
from nps_trainer.quiz import load_quizzes
from nps_trainer.services import build_services
from nps_trainer.storage.models import QuizAnswer, QuizAttempt, RefresherCard, RefresherReview


def test_demo_people_have_refresher_cards_some_due(user_paths: UserPaths, tmp_path: Path) -> None:
    services = build_services(user_paths, database=f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    try:
        ctx = build_demo(services, "demo heron over the moor", kdf=FAST_TEST_KDF,
                         steps=[add_team, add_learning, add_refresher])
        with services.database.session() as session:
            cards = list(session.scalars(select(RefresherCard)))
            answered = set(session.execute(select(QuizAttempt.profile_id, QuizAttempt.quiz_id, QuizAnswer.question_id)
                                           .join(QuizAnswer, QuizAnswer.attempt_id == QuizAttempt.id)).all())
            reviews = {source: count for source, count in session.execute(
                select(RefresherReview.source, func.count()).group_by(RefresherReview.source))}
            habitual = {p.id for p in ctx.people if p.member.persona in REFRESHER_HABIT}
            in_refresher = set(session.scalars(select(RefresherReview.profile_id)
                                               .where(RefresherReview.source == "refresher")))
        keys = {(c.profile_id, c.quiz_id, c.question_id) for c in cards}
        assert keys and keys <= answered  # only questions people answered
        assert len(keys) >= 0.9 * len(answered)  # all but scenarios left part way and unfinished assessed ones
        for card in cards:  # the saved due time is the scheduler's own
            assert datetime.fromisoformat(card.card["due"]) == card.due
        assert reviews["quiz"] > len(cards) and reviews["refresher"] > 0
        assert in_refresher and in_refresher <= habitual

        known = {m.id: {s.anchor for s in m.sections} for m in ctx.catalogue.modules}
        quizzes, _problems = load_quizzes(services.config.content_dir / "quizzes", known)
        lookup = {quiz.id: quiz for quiz in quizzes}
        now = datetime.now(UTC)
        statuses = [services.refresher.status(p.id, lookup, now) for p in ctx.people]
        with_cards = [s for s in statuses if s.cards]
        assert len(with_cards) >= len(ctx.people) // 2
        assert any(s.left_today for s in with_cards)  # something to try
        assert any(s.next_due is not None for s in with_cards)
        assert sum(s.due for s in with_cards) < sum(s.cards for s in with_cards)  # not everything due at once
    finally:
        services.close()
