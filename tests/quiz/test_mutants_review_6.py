"""The right answer as the review shows it, sixth round of mutation triage (issue 14)."""

from __future__ import annotations

from nps_trainer.quiz.model import AcceptedAnswer, ShortAnswer
from nps_trainer.quiz.review import describe_right_answer


def test_every_other_fully_accepted_answer_is_listed_with_commas() -> None:
    question = ShortAnswer(
        id="ring",
        prompt="Which number do you ring?",
        accept=[AcceptedAnswer("999"), AcceptedAnswer("112"), AcceptedAnswer("911"), AcceptedAnswer("101", 0.5)],
    )
    assert describe_right_answer(question) == "999 (also accepted: 112, 911)"
