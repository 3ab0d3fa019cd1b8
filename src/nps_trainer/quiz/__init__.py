"""Quizzes: YAML question banks, validation, scoring, attempts and GIFT interchange. Qt-free.

The public API is re-exported here; see docs/quiz-format.md for the file format.
"""

from .attempt import Attempt, AttemptError, AttemptStatus, ChoiceOutcome, Response, Result
from .gift import ExportNote, ImportNote, NoteKind, export_gift, import_gift
from .loader import load_quiz
from .model import Quiz, QuizMode
from .review import QuestionReview
from .scoring import AnswerError, score
from .validator import load_quizzes, validate_quizzes
from .yaml_writer import new_quiz, quiz_to_yaml, write_quiz_yaml

__all__ = [
    "AnswerError",
    "Attempt",
    "AttemptError",
    "AttemptStatus",
    "ChoiceOutcome",
    "ExportNote",
    "ImportNote",
    "NoteKind",
    "QuestionReview",
    "Quiz",
    "QuizMode",
    "Response",
    "Result",
    "export_gift",
    "import_gift",
    "load_quiz",
    "load_quizzes",
    "new_quiz",
    "quiz_to_yaml",
    "score",
    "validate_quizzes",
    "write_quiz_yaml",
]
