"""NPS Trainer: offline training, quizzes and NPS-aware screening for probation practitioners."""

__version__ = "0.1.0"
