"""Which questions an attempt gets and in what order, and how typed answers are compared (issue 14).

Written while triaging mutation-testing survivors. Each test builds its own quiz.
"""

from __future__ import annotations

import pytest

from nps_trainer.quiz.attempt import Attempt
from nps_trainer.quiz.model import Draw, Selection, Shuffle
from nps_trainer.quiz.normalise import normalise_answer

from .support import sample_quiz

BANK_ORDER = ["single", "multi", "multi-strict", "tf", "order", "order-lcs", "match", "short", "scene"]


def test_without_shuffling_the_bank_order_and_option_order_are_kept() -> None:
    quiz = sample_quiz()
    quiz.shuffle = Shuffle(questions=False, options=False)
    for seed in range(10):
        attempt = Attempt.start(quiz, "practice", seed=seed)
        assert attempt.question_ids == BANK_ORDER
        assert attempt.option_order("multi") == ["a", "b", "c", "d"]
        assert attempt.option_order("single") == ["a", "b", "c"]


def test_shuffling_changes_question_and_option_order_for_some_seeds() -> None:
    quiz = sample_quiz()
    orders = {tuple(Attempt.start(quiz, "practice", seed=seed).question_ids) for seed in range(10)}
    options = {tuple(Attempt.start(quiz, "practice", seed=seed).option_order("multi")) for seed in range(10)}
    assert len(orders) > 1 and len(options) > 1
    assert all(sorted(order) == sorted(BANK_ORDER) for order in orders)


def test_matching_answers_are_mixed_up_even_without_option_shuffling() -> None:
    quiz = sample_quiz()
    quiz.shuffle = Shuffle(questions=False, options=False)
    texts = ["Injection into a muscle", "Nasal spray", "Every 2-3 minutes", "Tablet"]
    seen = {tuple(Attempt.start(quiz, "practice", seed=seed).option_order("match")) for seed in range(10)}
    assert len(seen) > 1 and all(sorted(order) == sorted(texts) for order in seen)


def test_draws_never_repeat_a_question_and_keep_the_bank_order() -> None:
    quiz = sample_quiz()
    quiz.shuffle = Shuffle(questions=False, options=False)
    quiz.selection = Selection([Draw(1, "basics"), Draw(5, "basics"), Draw(2)])
    for seed in range(10):
        ids = Attempt.start(quiz, "practice", seed=seed).question_ids
        # 'basics' has three questions: the second draw takes the other two, however many it asks for.
        assert {"single", "multi", "short"} <= set(ids) and len(ids) == 5
        assert ids == [q for q in BANK_ORDER if q in ids]


def test_a_tagless_draw_takes_from_the_whole_bank() -> None:
    quiz = sample_quiz()
    quiz.selection = Selection([Draw(9)])
    assert sorted(Attempt.start(quiz, "practice", seed=1).question_ids) == sorted(BANK_ORDER)
    quiz.selection = Selection([Draw(2)])
    drawn = {frozenset(Attempt.start(quiz, "practice", seed=seed).question_ids) for seed in range(10)}
    assert len(drawn) > 1 and all(len(d) == 2 for d in drawn)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("“Call 999”", '"call 999"'),
        ("Don‛t wait", "don't wait"),
        ("2‐3 minutes", "2-3 minutes"),
        ("2‑3 minutes", "2-3 minutes"),
        ("2–3 minutes", "2-3 minutes"),
        ("９９９", "999"),  # full-width digits from some phone keyboards
        ("Recovery\tposition …", "recovery position"),
        ("Call 999;:", "call 999"),
        ("STRASSE", "strasse"),
        ("Straße", "strasse"),
    ],
)
def test_typed_answers_are_compared_forgivingly(typed: str, expected: str) -> None:
    assert normalise_answer(typed) == expected
