"""Making every kind of statement through :class:`LearningEvents`, for the tests that need one of each."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session

from nps_trainer.learning_records.events import LearningEvents

WHEN = datetime(2026, 11, 3, 10, 15, 30, tzinfo=UTC)

KINDS = ("module launched", "section experienced", "module completed", "quiz attempted", "question answered",
         "quiz passed", "quiz failed", "practice finished", "scenario choice", "session attended",
         "refresher reviewed", "refresher answered")


def one_of_each(events: LearningEvents, session: Session, profile_id: int) -> dict[str, str]:
    """Statement ids by kind, one statement of every kind for ``profile_id``."""
    ids = {
        "module launched": events.module_launched(session, profile_id, "nps-basics", title="NPS basics",
                                                  version="2", visit_id=7, when=WHEN),
        "section experienced": events.section_experienced(session, profile_id, "nps-basics", "what-are-nps",
                                                          title="What are NPS?", module_title="NPS basics",
                                                          version="2", visit_id=7, when=WHEN),
        "module completed": events.module_completed(session, profile_id, "nps-basics", title="NPS basics",
                                                    version="2", seconds=1830.5, when=WHEN),
        "quiz attempted": events.quiz_attempted(session, profile_id, "nps-check", attempt_id=3, mode="assessed",
                                                title="Check your learning: NPS", version="1", when=WHEN),
        "question answered": events.question_answered(
            session, profile_id, "nps-check", "q-spice", attempt_id=3, mode="assessed", answer=["a", "c"],
            score=0.5, question_type="multiple-response", prompt="Which are synthetic cannabinoids?",
            seconds=21.25, when=WHEN),
        "quiz passed": events.quiz_finished(session, profile_id, "nps-check", attempt_id=3, mode="assessed",
                                            percent=80.0, passed=True, raw=4, raw_max=5, pass_mark=70,
                                            title="Check your learning: NPS", seconds=300, when=WHEN),
        "quiz failed": events.quiz_finished(session, profile_id, "nps-check", attempt_id=4, mode="assessed",
                                            percent=40.0, passed=False, raw=2, raw_max=5, pass_mark=70, when=WHEN),
        "practice finished": events.quiz_finished(session, profile_id, "nps-check", attempt_id=5, mode="practice",
                                                  percent=100.0, passed=True, raw=5, raw_max=5, when=WHEN),
        "scenario choice": events.scenario_choice(
            session, profile_id, "nps-check", "sc-release", "start", "ask-naloxone", attempt_id=3, mode="assessed",
            choice_text="Ask whether they hold naloxone", prompt="Day of release", ending="safe-release",
            score=1.0, when=WHEN),
        "session attended": events.session_attended(session, profile_id, "2026-11-03-joint", title="Joint session",
                                                    modules=["nps-basics"], sections=["what-are-nps"], seconds=5400,
                                                    when=WHEN),
        "refresher reviewed": events.refresher_reviewed(session, profile_id, "nps-basics", title="NPS basics",
                                                        version="3", reason="12 months since completion",
                                                        when=WHEN),
        "refresher answered": events.refresher_answered(
            session, profile_id, "nps-check", "q-spice", score=1.0, rating=4, certainty=3, answer=["a", "c"],
            question_type="multiple-response", prompt="Which are synthetic cannabinoids?",
            quiz_title="Check your learning: NPS", when=WHEN),
    }
    assert list(ids) == list(KINDS)
    return ids
