"""Saved attempts under renamed questions: map a question's previous ids to its current one.

A question renamed in its quiz file keeps its old ids in ``previous_ids``; an attempt saved before the
rename holds the old ids in its question list, its answers and its option orders. ``with_current_ids``
rewrites them, so the attempt resumes and reviews as if it had been saved under the new ids.
"""

from __future__ import annotations

from typing import Any

from .model import Quiz


def with_current_ids(quiz: Quiz, state: dict[str, Any]) -> dict[str, Any]:
    """``state`` with every question id that is now a previous id replaced by the current id.

    Returns ``state`` itself when nothing was renamed; otherwise a new dict (the saved one is untouched).
    Ids no question knows are left alone (resuming then reports the question as gone).
    """
    ids = list(state.get("question_ids", []))
    keyed = [*ids, *state.get("responses", {}), *state.get("option_orders", {})]
    if all(quiz.current_id(qid) == qid for qid in keyed):
        return state
    renamed = dict(state)
    renamed["question_ids"] = [quiz.current_id(qid) for qid in ids]
    for key in ("responses", "option_orders"):
        if key in state:
            renamed[key] = {quiz.current_id(qid): value for qid, value in state[key].items()}
    return renamed
