"""Choose and order an attempt's questions and options from a seed, so an attempt is reproducible."""

from __future__ import annotations

import random
from dataclasses import dataclass

from .model import AnyQuestion, Matching, MultipleResponse, Ordering, Quiz, Scenario, SingleChoice


@dataclass(frozen=True)
class Layout:
    """The questions of one attempt in the order shown, and the order of each question's options.

    ``option_orders`` holds option ids (single choice, multiple response), item ids (ordering: the
    starting order shown to the learner) or right-hand answer texts (matching).
    """

    question_ids: list[str]
    option_orders: dict[str, list[str]]


def lay_out(quiz: Quiz, seed: int) -> Layout:
    """Select questions (all, or random draws by tag) and shuffle as the quiz says, from ``seed``."""
    rng = random.Random(seed)
    chosen = _select(quiz, rng)
    if quiz.shuffle.questions:
        rng.shuffle(chosen)
    orders = {q.id: _option_order(q, rng, quiz.shuffle.options) for q in chosen}
    return Layout([q.id for q in chosen], {qid: order for qid, order in orders.items() if order is not None})


def scenario_choice_order(seed: int, question_id: str, node_id: str, choice_ids: list[str]) -> list[str]:
    """The order to show a scenario node's choices in; stable for a given seed, question and node."""
    order = list(choice_ids)
    random.Random(f"{seed}:{question_id}:{node_id}").shuffle(order)
    return order


def _select(quiz: Quiz, rng: random.Random) -> list[AnyQuestion]:
    if quiz.selection.is_all:
        return list(quiz.questions)
    picked: set[str] = set()
    for draw in quiz.selection.draws:
        pool = [q.id for q in quiz.questions if q.id not in picked and (draw.tag is None or draw.tag in q.tags)]
        picked.update(rng.sample(pool, min(draw.count, len(pool))))
    return [q for q in quiz.questions if q.id in picked]  # bank order until shuffled


def _option_order(question: AnyQuestion, rng: random.Random, shuffle: bool) -> list[str] | None:
    if isinstance(question, SingleChoice | MultipleResponse):
        ids = [o.id for o in question.options]
        if shuffle:
            rng.shuffle(ids)
        return ids
    if isinstance(question, Matching):
        texts = question.answer_texts()
        rng.shuffle(texts)  # the right-hand column is always mixed up
        return texts
    if isinstance(question, Ordering):
        return _scrambled([i.id for i in question.items], rng)
    if isinstance(question, Scenario):
        return None
    return None


def _scrambled(ids: list[str], rng: random.Random) -> list[str]:
    """A shuffled copy that is not already in the right order (when that is possible)."""
    order = list(ids)
    if len(set(ids)) < 2:
        return order
    while order == ids:
        rng.shuffle(order)
    return order
