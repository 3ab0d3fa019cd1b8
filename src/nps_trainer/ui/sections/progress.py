"""Progress: the profile's modules, quizzes and records."""

from __future__ import annotations

from sqlalchemy import func, select

from ...storage.models import ModuleProgress, QuizAttempt
from .placeholders import StateSection


class ProgressSection(StateSection):
    title = "Progress"

    def describe_state(self) -> str:
        with self.services.database.session() as session:
            completed = session.scalar(select(func.count()).select_from(ModuleProgress).where(
                ModuleProgress.profile_id == self.profile.id, ModuleProgress.completed_at.is_not(None)))
            attempts = session.scalar(select(func.count()).select_from(QuizAttempt).where(
                QuizAttempt.profile_id == self.profile.id))
        if not completed and not attempts:
            return "You haven't completed a module or taken a quiz yet."
        return f"Modules completed: {completed}. Quiz attempts: {attempts}."
