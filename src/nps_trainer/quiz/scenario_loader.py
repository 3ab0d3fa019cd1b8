"""Build a branching scenario from its located YAML mapping."""

from __future__ import annotations

from typing import Any

from nps_trainer.i18n import tr
from nps_trainer.yaml_reader import LList, LMap, line_of

from .model import Choice, Condition, Ending, GotoRule, Rating, Scenario, ScenarioNode
from .reader import Reader

CONDITION_KEYS = ("chosen", "any_chosen", "not_chosen")


def load_scenario(r: Reader, data: LMap, what: str, common: dict) -> Scenario:
    start = r.ident(data, "start", what)
    nodes = [_node(r, item, what) for item in _items(r, data, "nodes", what)]
    endings = [_ending(r, item, what) for item in _items(r, data, "endings", what)]
    return Scenario(start=start, nodes=nodes, endings=endings, **common)


def _items(r: Reader, data: LMap, key: str, what: str) -> list[LMap]:
    if key not in data:
        r.error(data.line, tr("{what}: '{key}' is missing").format(what=what, key=key))
        return []
    seq = r.sequence(data[key], data.line_of(key), tr("{what}: '{key}'").format(what=what, key=key))
    result = []
    for i, raw in enumerate(seq or []):
        item = r.mapping(raw, seq.line_of(i) if seq else data.line, tr("{what}: {key} entry {number}").format(
            what=what, key=key, number=i + 1))
        if item is not None:
            result.append(item)
    return result


def _node(r: Reader, data: LMap, what: str) -> ScenarioNode:
    nid = r.ident(data, "id", tr("{what}: node").format(what=what))
    where = tr("{what} node '{nid}'").format(what=what, nid=nid)
    r.check_keys(data, {"id", "text", "choices"}, where)
    choices = [_choice(r, item, where) for item in _items(r, data, "choices", where)]
    if "choices" in data and not choices:
        r.error(data.line_of("choices"), tr("{where}: has no choices (a dead end; use an ending instead)").format(
            where=where))
    return ScenarioNode(nid, r.text(data, "text", where), choices, line=data.line)


def _choice(r: Reader, data: LMap, where: str) -> Choice:
    cid = r.ident(data, "id", tr("{where}: choice").format(where=where))
    what = tr("{where} choice '{cid}'").format(where=where, cid=cid)
    r.check_keys(data, {"id", "text", "rating", "rationale", "goto"}, what)
    rating = r.choice(data, "rating", what, Rating, required=True) or Rating.RISKY
    return Choice(
        id=cid,
        text=r.text(data, "text", what),
        rating=rating,
        rationale=r.text(data, "rationale", what),
        goto=_goto(r, data, what),
        line=data.line,
    )


def _goto(r: Reader, data: LMap, what: str) -> list[GotoRule]:
    """``goto: node-id`` or a list of ``{if: {...}, to: id}`` rules, the last without ``if``."""
    if "goto" not in data or data["goto"] is None:
        r.error(data.line, tr("{what}: 'goto' is missing").format(what=what))
        return []
    raw = data["goto"]
    line = data.line_of("goto")
    if isinstance(raw, str):
        return [GotoRule(raw.strip(), line=line)]
    if not isinstance(raw, LList) or not raw:
        r.error(line, tr("{what}: 'goto' must be a node id or a list of rules").format(what=what))
        return []
    rules: list[GotoRule] = []
    for i, entry in enumerate(raw):
        rule = r.mapping(entry, raw.line_of(i), tr("{what}: goto rule {number}").format(what=what, number=i + 1))
        if rule is None:
            continue
        r.check_keys(rule, {"if", "to"}, tr("{what} goto rule").format(what=what))
        target = r.text(rule, "to", tr("{what}: goto rule {number}").format(what=what, number=i + 1))
        condition = _condition(r, rule["if"], rule.line_of("if"), what) if "if" in rule else None
        rules.append(GotoRule(target, condition, line=rule.line))
    if rules and rules[-1].condition is not None:
        r.error(raw.line_of(len(raw) - 1), tr("{what}: the last goto rule must have no 'if' (the default)").format(
            what=what))
    for rule in rules[:-1]:
        if rule.condition is None:
            r.warn(rule.line, tr("{what}: goto rule without 'if' before the last; later rules never apply").format(
                what=what))
    return rules


def _condition(r: Reader, raw: Any, line: int, what: str) -> Condition | None:
    data = r.mapping(raw, line, tr("{what}: 'if'").format(what=what))
    if data is None:
        return None
    r.check_keys(data, set(CONDITION_KEYS), tr("{what} condition").format(what=what))
    parts = {key: r.text_list(data, key, tr("{what} condition").format(what=what)) for key in CONDITION_KEYS}
    if not any(parts.values()):
        r.error(line_of(data, line),
            tr("{what}: condition names no choices (use chosen, any_chosen or not_chosen)").format(what=what))
    return Condition(**parts, line=data.line)


def _ending(r: Reader, data: LMap, what: str) -> Ending:
    eid = r.ident(data, "id", tr("{what}: ending").format(what=what))
    where = tr("{what} ending '{eid}'").format(what=what, eid=eid)
    r.check_keys(data, {"id", "title", "text", "score"}, where)
    if "score" not in data:
        r.error(data.line, tr("{where}: 'score' is missing (0 to 1)").format(where=where))
    score = r.number(data, "score", where, 0, 1)
    return Ending(
        id=eid,
        title=r.text(data, "title", where),
        text=r.text(data, "text", where),
        score=0.0 if score is None else score,
        line=data.line,
    )
