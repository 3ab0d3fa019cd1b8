"""Scoring as a learner sees it, sixth round of mutation triage (issue 14).

Each test builds its own question (no module-scoped fixtures), so that mutmut links it to the code it runs.
"""

from __future__ import annotations

from nps_trainer.quiz.model import AcceptedAnswer, OrderingCredit, Quiz, ShortAnswer
from nps_trainer.quiz.review import review
from nps_trainer.quiz.scoring import score, score_ordering


def test_a_repeated_item_cannot_lengthen_the_longest_run_in_order() -> None:
    """Only the first of a repeat counts: b, c, a, (b, c again) has the run b, c (2 of 3), not a, b, c."""
    given = ["b", "c", "a", "b", "c"]
    assert score_ordering(["a", "b", "c"], given, OrderingCredit.LONGEST_SUBSEQUENCE) == 2 / 3
    assert score_ordering(["a", "b", "c"], ["b", "c", "a"], OrderingCredit.LONGEST_SUBSEQUENCE) == 2 / 3


def test_any_typed_text_is_an_answer_even_xxxx() -> None:
    question = ShortAnswer(id="code", prompt="Type the code on the kit", accept=[AcceptedAnswer("XXXX")])
    quiz = Quiz(id="kit", title="Kit", version="1", modules=["m"], questions=[question])
    assert score(quiz, question, "XXXX") == 1.0
    shown = review(question, "XXXX", 1.0)
    assert shown.answered
    assert shown.your_answer == "XXXX"
    assert review(question, "", 0.0).your_answer == "(no answer)"
