"""Write quizzes back to the YAML format the loader reads (used for GIFT imports)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .model import (
    Anchor,
    AnyQuestion,
    Choice,
    Matching,
    MultipleResponse,
    Numerical,
    NumericAnswer,
    Ordering,
    Quiz,
    QuizMode,
    Scenario,
    ScoringRules,
    ShortAnswer,
    SingleChoice,
    TextFormat,
    TrueFalse,
)


def new_quiz(
    quiz_id: str,
    title: str,
    modules: list[str],
    questions: list[AnyQuestion],
    *,
    version: str = "1.0",
    pass_mark: float = 80.0,
    mode: QuizMode = QuizMode.EITHER,
    source: Anchor | None = None,
    category: str = "",
) -> Quiz:
    """A quiz holding ``questions`` with default settings (e.g. for a set imported from GIFT).

    Questions without a module section reference get ``source``, if given.
    """
    if source is not None:
        for q in questions:
            q.source = q.source or source
    return Quiz(
        id=quiz_id,
        title=title,
        version=version,
        modules=modules,
        questions=questions,
        mode=mode,
        pass_mark=pass_mark,
        scoring=ScoringRules(),
        category=category,
    )


def write_quiz_yaml(quiz: Quiz, path: Path) -> None:
    """Write ``quiz`` as a quiz YAML file (UTF-8). Run ``validate_quizzes`` on it afterwards: imported
    questions have no module section anchor until an author adds one."""
    path.write_text(quiz_to_yaml(quiz), encoding="utf-8")


def quiz_to_yaml(quiz: Quiz) -> str:
    return yaml.safe_dump(quiz_to_data(quiz), sort_keys=False, allow_unicode=True, width=110)


def quiz_to_data(quiz: Quiz) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": quiz.id,
        "title": quiz.title,
        "version": quiz.version,
    }
    if quiz.description:
        data["description"] = quiz.description
    if quiz.category:
        data["category"] = quiz.category
    data.update(
        {
            "modules": list(quiz.modules),
            "mode": quiz.mode.value,
            "pass_mark": _number(quiz.pass_mark),
            "selection": "all"
            if quiz.selection.is_all
            else {"draw": [_drop_none({"tag": d.tag, "count": d.count}) for d in quiz.selection.draws]},
            "shuffle": {"questions": quiz.shuffle.questions, "options": quiz.shuffle.options},
            "scoring": {
                "multiple_response": quiz.scoring.multiple_response.value,
                "ordering": quiz.scoring.ordering.value,
            },
            "questions": [question_to_data(q) for q in quiz.questions],
        }
    )
    return data


def question_to_data(q: AnyQuestion) -> dict[str, Any]:
    data: dict[str, Any] = {"id": q.id, "type": q.type.value}
    if q.title:
        data["title"] = q.title
    if q.tags:
        data["tags"] = list(q.tags)
    if q.previous_ids:
        data["previous_ids"] = list(q.previous_ids)
    if q.text_format is not TextFormat.PLAIN:
        data["format"] = q.text_format.value
    data["prompt"] = q.prompt
    data.update(_type_data(q))
    if q.explanation:
        data["explanation"] = q.explanation
    if q.source:
        data["source"] = {"module": q.source.module, "section": q.source.section}
    return data


def _type_data(q: AnyQuestion) -> dict[str, Any]:
    if isinstance(q, SingleChoice | MultipleResponse):
        options = [
            _drop_none({"id": o.id, "text": o.text, "feedback": o.feedback or None, "credit": o.credit})
            for o in q.options
        ]
        correct = [o.id for o in q.options if o.correct]
        if isinstance(q, SingleChoice):
            return {"options": options, "answer": correct[0] if correct else None}
        return _drop_none({"options": options, "answer": correct, "credit": q.credit.value if q.credit else None})
    if isinstance(q, TrueFalse):
        return _drop_none(
            {
                "answer": q.answer,
                "feedback_true": q.feedback_true or None,
                "feedback_false": q.feedback_false or None,
            }
        )
    if isinstance(q, Ordering):
        items = [{"id": i.id, "text": i.text} for i in q.items]
        return _drop_none({"items": items, "credit": q.credit.value if q.credit else None})
    if isinstance(q, Matching):
        pairs = [
            _drop_none({"id": p.id, "prompt": p.prompt, "answer": p.answer, "feedback": p.feedback or None})
            for p in q.pairs
        ]
        return _drop_none({"pairs": pairs, "distractors": list(q.distractors) or None})
    if isinstance(q, ShortAnswer):
        accept: list[Any] = []
        for a in q.accept:
            if a.credit == 1.0 and not a.feedback:
                accept.append(a.text)
            else:
                accept.append(
                    _drop_none(
                        {
                            "text": a.text,
                            "credit": None if a.credit == 1.0 else a.credit,
                            "feedback": a.feedback or None,
                        }
                    )
                )
        return {"accept": accept}
    if isinstance(q, Numerical):
        return _drop_none({"accept": [_numeric(a) for a in q.accept], "wrong_feedback": q.wrong_feedback or None})
    if isinstance(q, Scenario):
        return {
            "start": q.start,
            "nodes": [{"id": n.id, "text": n.text, "choices": [_choice(c) for c in n.choices]} for n in q.nodes],
            "endings": [{"id": e.id, "title": e.title, "text": e.text, "score": _number(e.score)} for e in q.endings],
        }
    raise TypeError(f"unknown question {q!r}")  # pragma: no cover


def _numeric(a: NumericAnswer) -> Any:
    if a.tolerance == 0 and a.credit == 1.0 and not a.feedback:
        return _number(a.value)
    return _drop_none(
        {
            "value": _number(a.value),
            "tolerance": _number(a.tolerance) if a.tolerance else None,
            "credit": None if a.credit == 1.0 else a.credit,
            "feedback": a.feedback or None,
        }
    )


def _choice(c: Choice) -> dict[str, Any]:
    goto: Any
    if len(c.goto) == 1 and c.goto[0].condition is None:
        goto = c.goto[0].target
    else:
        goto = []
        for rule in c.goto:
            entry: dict[str, Any] = {}
            if rule.condition is not None:
                cond = rule.condition
                entry["if"] = _drop_none(
                    {
                        "chosen": cond.chosen or None,
                        "any_chosen": cond.any_chosen or None,
                        "not_chosen": cond.not_chosen or None,
                    }
                )
            entry["to"] = rule.target
            goto.append(entry)
    return {"id": c.id, "text": c.text, "rating": c.rating.value, "rationale": c.rationale, "goto": goto}


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _drop_none(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v is not None}
