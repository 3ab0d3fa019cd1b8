"""Quiz attempts and answers per profile, saved after every answer. Qt-free."""

from .records import AnswerRecord, AttemptRecord, QuizStatus, QuizSummary, Unfinished
from .store import QuizRecords

__all__ = ["AnswerRecord", "AttemptRecord", "QuizRecords", "QuizStatus", "QuizSummary", "Unfinished"]
