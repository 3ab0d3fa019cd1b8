"""Quizzes: the quiz list, taking a quiz, and reviewing attempts."""

from __future__ import annotations

from .placeholders import StateSection


class QuizzesSection(StateSection):
    title = "Quizzes"

    def describe_state(self) -> str:
        folder = self.services.config.content_dir / "quizzes"
        count = len(list(folder.glob("*.yaml"))) if folder.is_dir() else 0
        return f"{count} quizzes installed." if count else "No quizzes installed yet."
