"""Build question objects from located YAML mappings (one function per question type)."""

from __future__ import annotations

import math
from collections.abc import Callable

from nps_trainer.i18n import tr
from nps_trainer.yaml_reader import LList, LMap

from .model import (
    AcceptedAnswer,
    Anchor,
    AnyQuestion,
    Matching,
    MatchPair,
    MultipleResponse,
    MultipleResponseCredit,
    Numerical,
    NumericAnswer,
    Option,
    Ordering,
    OrderingCredit,
    OrderItem,
    QuestionType,
    ShortAnswer,
    SingleChoice,
    TextFormat,
    TrueFalse,
)
from .reader import ID_PATTERN, TOO_LARGE, Reader
from .scenario_loader import load_scenario

COMMON_KEYS = {"id", "type", "prompt", "explanation", "source", "title", "tags", "previous_ids", "format"}
TYPE_KEYS: dict[QuestionType, set[str]] = {
    QuestionType.SINGLE_CHOICE: {"options", "answer"},
    QuestionType.MULTIPLE_RESPONSE: {"options", "answer", "credit"},
    QuestionType.TRUE_FALSE: {"answer", "feedback_true", "feedback_false"},
    QuestionType.ORDERING: {"items", "credit"},
    QuestionType.MATCHING: {"pairs", "distractors"},
    QuestionType.SHORT_ANSWER: {"accept"},
    QuestionType.NUMERICAL: {"accept", "wrong_feedback"},
    QuestionType.SCENARIO: {"start", "nodes", "endings"},
}


def load_question(r: Reader, data: LMap, index: int) -> AnyQuestion | None:
    """Build one question, or return ``None`` (with problems recorded) if it cannot be built."""
    qid = r.ident(data, "id", tr("question {number}").format(number=index + 1))
    what = tr("question '{qid}'").format(qid=qid) if qid else f"question {index + 1}"
    qtype = r.choice(data, "type", what, QuestionType, required=True)
    if qtype is None:
        return None
    r.check_keys(data, COMMON_KEYS | TYPE_KEYS[qtype], what)
    common = {
        "id": qid,
        "prompt": r.text(data, "prompt", what),
        "explanation": r.text(data, "explanation", what),
        "source": _anchor(r, data, what),
        "title": r.text(data, "title", what, required=False),
        "tags": r.text_list(data, "tags", what),
        "text_format": r.choice(data, "format", what, TextFormat) or TextFormat.PLAIN,
        "previous_ids": _previous_ids(r, data, what),
        "line": data.line,
    }
    return _BUILDERS[qtype](r, data, what, common)


def _previous_ids(r: Reader, data: LMap, what: str) -> list[str]:
    """Ids the question was saved under before a rename: written like ids, each once."""
    ids = r.text_list(data, "previous_ids", what)
    line = data.line_of("previous_ids") if "previous_ids" in data else data.line
    for pid in ids:
        if not ID_PATTERN.match(pid):
            r.error(line, tr("{what}: previous id '{pid}' must use only letters, digits, '-', '_' and '.', "
                             "starting with a letter or digit").format(what=what, pid=pid))
    return list(dict.fromkeys(ids))


def _anchor(r: Reader, data: LMap, what: str) -> Anchor | None:
    if "source" not in data:
        r.error(data.line, tr("{what}: 'source' is missing (module and section the question draws on)").format(
            what=what))
        return None
    source = r.mapping(data["source"], data.line_of("source"), tr("{what}: 'source'").format(what=what))
    if source is None:
        return None
    r.check_keys(source, {"module", "section"}, tr("{what} source").format(what=what))
    module = r.ident(source, "module", tr("{what} source").format(what=what), slug=True)
    section = r.text(source, "section", tr("{what} source").format(what=what))
    return Anchor(module, section, line=source.line)


def _options(r: Reader, data: LMap, what: str) -> list[Option]:
    if "options" not in data:
        r.error(data.line, tr("{what}: 'options' is missing").format(what=what))
        return []
    seq = r.sequence(data["options"], data.line_of("options"), tr("{what}: 'options'").format(what=what))
    options: list[Option] = []
    for i, raw in enumerate(seq or []):
        item = r.mapping(raw, seq.line_of(i) if seq else data.line, tr("{what}: option {number}").format(
            what=what, number=i + 1))
        if item is None:
            continue
        r.check_keys(item, {"id", "text", "feedback", "credit"}, tr("{what} option").format(what=what))
        oid = r.ident(item, "id", tr("{what}: option {number}").format(what=what, number=i + 1))
        options.append(
            Option(
                id=oid,
                text=r.text(item, "text", tr("{what}: option '{oid}'").format(what=what, oid=oid)),
                feedback=r.text(item, "feedback", tr("{what}: option '{oid}'").format(
                    what=what, oid=oid), required=False),
                credit=r.number(item, "credit", tr("{what}: option '{oid}'").format(what=what, oid=oid), 0, 1),
                line=item.line,
            )
        )
    if len(options) < 2:
        r.error(data.line_of("options"), tr("{what}: needs at least two options").format(what=what))
    return options


def _mark_answers(r: Reader, data: LMap, what: str, options: list[Option], *, many: bool) -> None:
    """Set ``correct`` on the options named by ``answer``; report missing answers and unknown option ids."""
    if "answer" not in data or data["answer"] in (None, "", []):
        r.error(data.line, tr("{what}: no correct answer ('answer' is missing)").format(what=what))
        return
    raw = data["answer"]
    line = data.line_of("answer")
    if isinstance(raw, LList):
        if not many:
            r.error(line, tr("{what}: 'answer' must be one option id (use multiple-response for several)").format(
                what=what))
            return
        ids = [(str(v), raw.line_of(i)) for i, v in enumerate(raw)]
    else:
        ids = [(str(raw), line)]
    by_id = {o.id: o for o in options}
    for oid, id_line in ids:
        if oid in by_id:
            by_id[oid].correct = True
        else:
            r.error(id_line, tr("{what}: answer refers to option '{oid}', which does not exist").format(
                what=what, oid=oid))


def _single(r: Reader, data: LMap, what: str, common: dict) -> SingleChoice:
    options = _options(r, data, what)
    _mark_answers(r, data, what, options, many=False)
    return SingleChoice(options=options, **common)


def _multiple(r: Reader, data: LMap, what: str, common: dict) -> MultipleResponse:
    options = _options(r, data, what)
    _mark_answers(r, data, what, options, many=True)
    for o in options:
        if o.credit is not None:
            r.warn(o.line, tr("{what}: option '{id}': 'credit' is ignored in multiple-response questions").format(
                what=what, id=o.id))
    credit = r.choice(data, "credit", what, MultipleResponseCredit)
    return MultipleResponse(options=options, credit=credit, **common)


def _true_false(r: Reader, data: LMap, what: str, common: dict) -> TrueFalse:
    answer = data.get("answer")
    if not isinstance(answer, bool):
        if answer is None:
            r.error(data.line, tr("{what}: no correct answer ('answer' is missing)").format(what=what))
        else:
            r.error(data.line_of("answer"), tr("{what}: 'answer' must be true or false").format(what=what))
        answer = True
    return TrueFalse(
        answer=answer,
        feedback_true=r.text(data, "feedback_true", what, required=False),
        feedback_false=r.text(data, "feedback_false", what, required=False),
        **common,
    )


def _ordering(r: Reader, data: LMap, what: str, common: dict) -> Ordering:
    items: list[OrderItem] = []
    seq = r.sequence(data.get("items"), data.line_of("items"), tr("{what}: 'items'").format(
        what=what)) if "items" in data else None
    if "items" not in data:
        r.error(data.line, tr("{what}: 'items' is missing (list them in the right order)").format(what=what))
    for i, raw in enumerate(seq or []):
        item = r.mapping(raw, seq.line_of(i) if seq else data.line, tr("{what}: item {number}").format(
            what=what, number=i + 1))
        if item is None:
            continue
        r.check_keys(item, {"id", "text"}, tr("{what} item").format(what=what))
        iid = r.ident(item, "id", tr("{what}: item {number}").format(what=what, number=i + 1))
        items.append(OrderItem(iid, r.text(item, "text", tr("{what}: item '{iid}'").format(
            what=what, iid=iid)), line=item.line))
    if seq is not None and len(items) < 2:
        r.error(data.line_of("items"), tr("{what}: needs at least two items to order").format(what=what))
    credit = r.choice(data, "credit", what, OrderingCredit)
    return Ordering(items=items, credit=credit, **common)


def _matching(r: Reader, data: LMap, what: str, common: dict) -> Matching:
    pairs: list[MatchPair] = []
    seq = r.sequence(data.get("pairs"), data.line_of("pairs"), tr("{what}: 'pairs'").format(
        what=what)) if "pairs" in data else None
    if "pairs" not in data:
        r.error(data.line, tr("{what}: 'pairs' is missing").format(what=what))
    for i, raw in enumerate(seq or []):
        item = r.mapping(raw, seq.line_of(i) if seq else data.line, tr("{what}: pair {number}").format(
            what=what, number=i + 1))
        if item is None:
            continue
        r.check_keys(item, {"id", "prompt", "answer", "feedback"}, tr("{what} pair").format(what=what))
        pid = r.ident(item, "id", tr("{what}: pair {number}").format(what=what, number=i + 1))
        pairs.append(
            MatchPair(
                id=pid,
                prompt=r.text(item, "prompt", tr("{what}: pair '{pid}'").format(what=what, pid=pid)),
                answer=r.text(item, "answer", tr("{what}: pair '{pid}'").format(what=what, pid=pid)),
                feedback=r.text(item, "feedback", tr("{what}: pair '{pid}'").format(
                    what=what, pid=pid), required=False),
                line=item.line,
            )
        )
    if seq is not None and len(pairs) < 2:
        r.error(data.line_of("pairs"), tr("{what}: needs at least two pairs").format(what=what))
    distractors = r.text_list(data, "distractors", what)
    return Matching(pairs=pairs, distractors=distractors, **common)


def _short_answer(r: Reader, data: LMap, what: str, common: dict) -> ShortAnswer:
    accept: list[AcceptedAnswer] = []
    if "accept" not in data or not data["accept"]:
        r.error(data.line, tr("{what}: no correct answer ('accept' is missing or empty)").format(what=what))
    seq = data.get("accept")
    if seq is not None and not isinstance(seq, LList):
        r.error(data.line_of("accept"), tr("{what}: 'accept' must be a list of accepted answers").format(what=what))
        seq = None
    for i, raw in enumerate(seq or []):
        line = seq.line_of(i) if isinstance(seq, LList) else data.line
        if isinstance(raw, str | int | float) and not isinstance(raw, bool):
            accept.append(AcceptedAnswer(str(raw).strip(), line=line))
            continue
        item = r.mapping(raw, line, tr("{what}: accepted answer {number}").format(what=what, number=i + 1))
        if item is None:
            continue
        r.check_keys(item, {"text", "credit", "feedback"}, tr("{what} accepted answer").format(what=what))
        credit = r.number(item, "credit", tr("{what}: accepted answer {number}").format(what=what, number=i + 1), 0, 1)
        accept.append(
            AcceptedAnswer(
                text=r.text(item, "text", tr("{what}: accepted answer {number}").format(what=what, number=i + 1)),
                credit=1.0 if credit is None else credit,
                feedback=r.text(item, "feedback", tr("{what}: accepted answer {number}").format(
                    what=what, number=i + 1), required=False),
                line=item.line,
            )
        )
    if accept and not any(a.credit == 1.0 for a in accept):
        r.error(data.line_of("accept"), tr("{what}: no accepted answer earns full credit").format(what=what))
    return ShortAnswer(accept=accept, **common)


def _numerical(r: Reader, data: LMap, what: str, common: dict) -> Numerical:
    accept: list[NumericAnswer] = []
    if "accept" not in data or not data["accept"]:
        r.error(data.line, tr("{what}: no correct answer ('accept' is missing or empty)").format(what=what))
    seq = data.get("accept")
    if seq is not None and not isinstance(seq, LList):
        r.error(data.line_of("accept"), tr("{what}: 'accept' must be a list of accepted numbers").format(what=what))
        seq = None
    for i, raw in enumerate(seq or []):
        line = seq.line_of(i) if isinstance(seq, LList) else data.line
        where = tr("{what}: accepted number {number}").format(what=what, number=i + 1)
        if isinstance(raw, int | float) and not isinstance(raw, bool):
            if abs(raw) > TOO_LARGE or not math.isfinite(raw):  # .inf, .nan, or 400 digits
                r.error(line, tr("{where}: numbers must be finite (not .inf or .nan) and no larger than about "
                                 "1.8e308").format(where=where))
            else:
                accept.append(NumericAnswer(float(raw), line=line))
            continue
        item = r.mapping(raw, line, tr("{where} (a number, or a mapping with value or min and max)").format(
            where=where))
        if item is None:
            continue
        r.check_keys(item, {"value", "tolerance", "min", "max", "credit", "feedback"},
            tr("{what} accepted number").format(what=what))
        answer = _numeric_answer(r, item, where)
        if answer is not None:
            accept.append(answer)
    if accept and not any(a.credit == 1.0 for a in accept):
        r.error(data.line_of("accept"), tr("{what}: no accepted number earns full credit").format(what=what))
    return Numerical(
        accept=accept,
        wrong_feedback=r.text(data, "wrong_feedback", what, required=False),
        **common,
    )


def _numeric_answer(r: Reader, item: LMap, where: str) -> NumericAnswer | None:
    """``value`` (with an optional ``tolerance``) or ``min`` and ``max``; credit and feedback as elsewhere."""
    big = float("inf")
    credit = r.number(item, "credit", where, 0, 1)
    feedback = r.text(item, "feedback", where, required=False)
    if "value" in item:
        if "min" in item or "max" in item:
            r.error(item.line,
                tr("{where}: give either 'value' (with 'tolerance') or 'min' and 'max', not both").format(where=where))
            return None
        if item.get("value") is None:
            r.error(item.line_of("value"), tr("{where}: 'value' is empty").format(where=where))
            return None
        value = r.number(item, "value", where, -big, big)
        tolerance = r.number(item, "tolerance", where, 0, big) or 0.0
        if value is None:
            return None
    elif "min" in item and "max" in item:
        low, high = r.number(item, "min", where, -big, big), r.number(item, "max", where, -big, big)
        if low is None or high is None:
            return None
        if low > high:
            r.error(item.line_of("min"), tr("{where}: 'min' {low} is greater than 'max' {high}").format(
                where=where, low=f"{low:g}", high=f"{high:g}"))
            return None
        if "tolerance" in item:
            r.error(item.line_of("tolerance"),
                tr("{where}: 'tolerance' goes with 'value', not with 'min' and 'max'").format(where=where))
        value, tolerance = (low + high) / 2, (high - low) / 2
    else:
        r.error(item.line, tr("{where}: needs 'value' (and optionally 'tolerance'), or 'min' and 'max'").format(
            where=where))
        return None
    if not (math.isfinite(value) and math.isfinite(tolerance)):
        r.error(item.line, tr("{where}: numbers must be finite (not .inf or .nan)").format(where=where))
        return None
    return NumericAnswer(value, tolerance, 1.0 if credit is None else credit, feedback, line=item.line)


_BUILDERS: dict[QuestionType, Callable[[Reader, LMap, str, dict], AnyQuestion]] = {
    QuestionType.SINGLE_CHOICE: _single,
    QuestionType.MULTIPLE_RESPONSE: _multiple,
    QuestionType.TRUE_FALSE: _true_false,
    QuestionType.ORDERING: _ordering,
    QuestionType.MATCHING: _matching,
    QuestionType.SHORT_ANSWER: _short_answer,
    QuestionType.NUMERICAL: _numerical,
    QuestionType.SCENARIO: load_scenario,
}

__all__ = ["load_question"]
