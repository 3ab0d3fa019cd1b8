"""Answer values: the special 'declined' and 'not known' answers, item paths, and copy-on-write updates.

Answers are a JSON-serialisable dict: ``{item_id: value}``; a repeat group's value is a list of instance
dicts ``{group_id: [{item_id: value}, ...]}``. Any item, including a whole repeat group, may hold
:data:`DECLINED` or :data:`NOT_KNOWN` instead of a value.

An item path names one answer: ``"item_id"`` at the top level, ``"group_id[2].item_id"`` inside the third
instance of a repeat group.
"""

from __future__ import annotations

import copy
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..i18n import tr_noop

DECLINED = "__declined__"
NOT_KNOWN = "__not_known__"
SPECIAL_VALUES = frozenset({DECLINED, NOT_KNOWN})
SPECIAL_LABELS = {DECLINED: tr_noop("Declined to answer"), NOT_KNOWN: tr_noop("Not known")}  # shown through tr()

_PATH = re.compile(r"^(?P<group>[A-Za-z_][A-Za-z0-9_]*)\[(?P<index>\d+)\]\.(?P<item>[A-Za-z_][A-Za-z0-9_]*)$")
_ID = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def is_special(value: Any) -> bool:
    return isinstance(value, str) and value in SPECIAL_VALUES


def is_finite_number(value: Any) -> bool:
    """True for an int or float that is a real, finite number (not ``nan``, ``inf`` or too large for a float)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    try:
        return math.isfinite(value)
    except OverflowError:  # an int too large to be a float
        return False


def has_response(value: Any) -> bool:
    """True when something was recorded, including 'declined' or 'not known'."""
    if value is None:
        return False
    if isinstance(value, str):
        return value.strip() != ""
    if isinstance(value, list):
        return len(value) > 0
    return True


@dataclass(frozen=True)
class ItemPath:
    item: str
    group: str | None = None
    index: int | None = None

    @classmethod
    def parse(cls, text: str) -> ItemPath:
        match = _PATH.match(text)
        if match:
            return cls(match["item"], match["group"], int(match["index"]))
        if _ID.match(text):
            return cls(text)
        raise ValueError(f"not an item path: {text!r}")

    def __str__(self) -> str:
        if self.group is None:
            return self.item
        return f"{self.group}[{self.index}].{self.item}"


def path_for(item: str, group: str | None = None, index: int | None = None) -> str:
    return str(ItemPath(item, group, index))


def instances(answers: Mapping[str, Any], group_id: str) -> list[dict[str, Any]]:
    """The instances of a repeat group (empty when the group is unanswered, declined or not known)."""
    value = answers.get(group_id)
    if isinstance(value, list):
        return [inst for inst in value if isinstance(inst, dict)]
    return []


def get_answer(answers: Mapping[str, Any], path: str) -> Any:
    p = ItemPath.parse(path)
    if p.group is None:
        return answers.get(p.item)
    rows = instances(answers, p.group)
    assert p.index is not None
    return rows[p.index].get(p.item) if p.index < len(rows) else None


def set_answer(answers: Mapping[str, Any], path: str, value: Any) -> dict[str, Any]:
    """A copy of ``answers`` with one answer set (``None`` clears it). The input is left unchanged."""
    result = copy.deepcopy(dict(answers))
    p = ItemPath.parse(path)
    if p.group is None:
        if value is None:
            result.pop(p.item, None)
        else:
            result[p.item] = value
        return result
    rows = result.get(p.group)
    if not isinstance(rows, list):
        rows = []
        result[p.group] = rows
    assert p.index is not None
    while len(rows) <= p.index:
        rows.append({})
    if value is None:
        rows[p.index].pop(p.item, None)
    else:
        rows[p.index][p.item] = value
    return result


def add_instance(answers: Mapping[str, Any], group_id: str) -> tuple[dict[str, Any], int]:
    """A copy with one empty instance appended to a repeat group, and that instance's index."""
    result = copy.deepcopy(dict(answers))
    rows = result.get(group_id)
    if not isinstance(rows, list):
        rows = []
    rows.append({})
    result[group_id] = rows
    return result, len(rows) - 1


def remove_instance(answers: Mapping[str, Any], group_id: str, index: int) -> dict[str, Any]:
    result = copy.deepcopy(dict(answers))
    rows = result.get(group_id)
    if isinstance(rows, list) and 0 <= index < len(rows):
        del rows[index]
    return result
