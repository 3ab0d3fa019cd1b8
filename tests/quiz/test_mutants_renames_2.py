"""Saved attempt states under renamed questions: every place an old id can be is rewritten (issue 14).

Written while triaging mutation-testing survivors in ``quiz/renames.py``. Each test builds its own quiz.
"""

from __future__ import annotations

from nps_trainer.quiz.model import Quiz, TrueFalse
from nps_trainer.quiz.renames import with_current_ids


def renamed_quiz() -> Quiz:
    """A quiz whose question 'new' was once called 'old', next to a question never renamed."""
    return Quiz(
        id="q",
        title="T",
        version="1",
        modules=["overdose-response"],
        questions=[
            TrueFalse(id="new", prompt="P", answer=True, previous_ids=["old"]),
            TrueFalse(id="same", prompt="P", answer=False),
        ],
    )


def test_an_old_id_only_among_the_responses_is_rewritten() -> None:
    saved = {"question_ids": ["new", "same"], "responses": {"old": {"answer": True}, "same": {"answer": False}}}
    state = with_current_ids(renamed_quiz(), saved)
    assert state == {"question_ids": ["new", "same"],
                     "responses": {"new": {"answer": True}, "same": {"answer": False}}}
    assert saved["responses"] == {"old": {"answer": True}, "same": {"answer": False}}  # untouched


def test_an_old_id_only_among_the_option_orders_is_rewritten() -> None:
    saved = {"question_ids": ["new"], "responses": {}, "option_orders": {"old": ["b", "a"]}}
    state = with_current_ids(renamed_quiz(), saved)
    assert state == {"question_ids": ["new"], "responses": {}, "option_orders": {"new": ["b", "a"]}}
    assert saved["option_orders"] == {"old": ["b", "a"]}


def test_a_state_missing_some_parts_is_rewritten_without_adding_them() -> None:
    quiz = renamed_quiz()
    # An attempt saved before option orders were recorded: only the parts it has.
    assert with_current_ids(quiz, {"question_ids": ["old", "same"], "responses": {"old": 1}}) == {
        "question_ids": ["new", "same"], "responses": {"new": 1}}
    assert with_current_ids(quiz, {"question_ids": ["old"], "option_orders": {"old": ["a"]}}) == {
        "question_ids": ["new"], "option_orders": {"new": ["a"]}}
    assert with_current_ids(quiz, {"responses": {"old": 1}}) == {"question_ids": [], "responses": {"new": 1}}
    nothing_renamed = {"responses": {"same": 1}}
    assert with_current_ids(quiz, nothing_renamed) is nothing_renamed
    empty: dict = {}
    assert with_current_ids(quiz, empty) is empty
