"""Why a question or section was skipped: the declined or not-known answers its condition depends on.

Used by forms with ``unknown_conditions: keep_answered`` (docs/screening-format.md): when a ``visible_if`` is
unknown because an answer it depends on was declined or is not known, the questions behind it are skipped, not
silently dropped, and the summary says what was skipped and why.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from nps_trainer.screening.answers import SPECIAL_LABELS, instances, is_special
from nps_trainer.screening.expressions import Binary, Call, Expression, ListExpr, Name, Node, Unary
from nps_trainer.screening.model import FormDefinition

from ..i18n import tr

_MAX_DEPTH = 10


@dataclass(frozen=True)
class Skip:
    """A section or question not asked because of a declined or not-known answer.

    ``kept_answers``: some answers behind the same condition had already been given; they are kept."""

    path: str  # a section id, an item id or an item path
    title: str  # what was skipped, as a person reads it
    because: tuple[str, ...]  # e.g. ("Have they used any drug ...? Declined to answer",)
    kept_answers: bool = False

    @property
    def reason(self) -> str:
        return "; ".join(self.because)


def _names(node: Node) -> Iterator[str]:
    if isinstance(node, Name):
        yield node.ident
    elif isinstance(node, ListExpr):
        for item in node.items:
            yield from _names(item)
    elif isinstance(node, Unary):
        yield from _names(node.operand)
    elif isinstance(node, Binary):
        yield from _names(node.left)
        yield from _names(node.right)
    elif isinstance(node, Call):
        for arg in node.args:
            yield from _names(arg)


def _question(label: str, display: str) -> str:
    return f"{label} {display}" if label.rstrip().endswith("?") else f"{label}: {display}"


def special_inputs(
    form: FormDefinition,
    expression: Expression,
    answers: Mapping[str, Any],
    row: Mapping[str, Any] | None = None,
    group: str | None = None,
) -> tuple[str, ...]:
    """The declined or not-known answers ``expression`` depends on (through calculations too), each as
    'Question? Declined to answer'. ``row`` and ``group``: the repeat instance it is worked out in, if any."""
    found: list[str] = []
    seen: set[str] = set()

    def visit(node: Node, depth: int) -> None:
        for ident in _names(node):
            if ident in seen:
                continue
            seen.add(ident)
            calc = form.calculation(ident)
            if calc is None and group is not None:  # the repeat group's own calculation
                calc = next((c for c in form.item(group).calculations if c.id == ident), None)
            if calc is None:  # a repeat group's calculation used in any(group, ...) and the like
                calc = next((c for top in form.top_level_items() for c in top.calculations if c.id == ident), None)
            if calc is not None:
                if depth < _MAX_DEPTH:
                    visit(calc.expression.tree, depth + 1)
                continue
            if not form.has_item(ident):
                continue
            item = form.item(ident)
            owner = form.group_of(ident)
            if owner is None:
                raw = answers.get(ident)
                if is_special(raw):
                    found.append(_question(item.label, tr(SPECIAL_LABELS[raw])))
            elif owner == group and row is not None:
                raw = row.get(ident)
                if is_special(raw):
                    found.append(_question(item.label, tr(SPECIAL_LABELS[raw])))
            else:  # inside any(group, ...) and the like: every instance
                parent = form.item(owner)
                for index, each in enumerate(instances(answers, owner)):
                    raw = each.get(ident)
                    if is_special(raw):
                        label = f"{parent.instance_label or parent.label} {index + 1} › {item.label}"
                        found.append(_question(label, tr(SPECIAL_LABELS[raw])))

    visit(expression.tree, 0)
    return tuple(found)
