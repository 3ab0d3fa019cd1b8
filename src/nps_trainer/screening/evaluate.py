"""Evaluate parsed expressions against answers, with 'unknown' (Kleene) logic and a trace of answers read.

A missing, declined or not-known answer is *unknown* (``None``). Comparisons and arithmetic with an unknown
give unknown; ``and``/``or``/``not`` follow three-valued logic (``false and unknown`` is false, ``true or
unknown`` is true); an unknown condition counts as false. So a refusal never raises a flag by itself: rules
that should fire on a refusal say so with ``declined(item)`` or ``not_known(item)``.

Numbers are always finite: a stored ``nan``, ``inf`` or a number too large for a float reads as unknown, and
arithmetic whose result is not a finite number gives unknown, so no answer can make an evaluation raise.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from nps_trainer.i18n import tr
from nps_trainer.screening.answers import (
    DECLINED,
    NOT_KNOWN,
    has_response,
    instances,
    is_finite_number,
    is_special,
)
from nps_trainer.screening.expressions import Binary, Call, Expression, ListExpr, Literal, Name, Node, Unary
from nps_trainer.screening.model import FormDefinition, Item, ItemType


class EvaluationError(ValueError):
    """An expression could not be evaluated (e.g. adding text to a number)."""


@dataclass(frozen=True)
class FunctionSpec:
    min_args: int
    max_args: int | None
    group_arg: str  # "required": first argument must name a repeat group; "optional"; "none"
    name_arg: bool = False  # the single argument must name an item


FUNCTIONS: dict[str, FunctionSpec] = {
    "count": FunctionSpec(1, 2, "optional"),
    "any": FunctionSpec(2, 2, "required"),
    "all": FunctionSpec(2, 2, "required"),
    "sum": FunctionSpec(1, None, "optional"),
    "min": FunctionSpec(1, None, "optional"),
    "max": FunctionSpec(1, None, "optional"),
    "answered": FunctionSpec(1, 1, "none", name_arg=True),
    "known": FunctionSpec(1, 1, "none", name_arg=True),
    "declined": FunctionSpec(1, 1, "none", name_arg=True),
    "not_known": FunctionSpec(1, 1, "none", name_arg=True),
    "today": FunctionSpec(0, 0, "none"),
    "date": FunctionSpec(1, 1, "none"),
    "days_between": FunctionSpec(2, 2, "none"),
    "add_days": FunctionSpec(2, 2, "none"),
    "if": FunctionSpec(3, 3, "none"),
    "coalesce": FunctionSpec(1, None, "none"),
    "round": FunctionSpec(1, 2, "none"),
}


@dataclass(frozen=True)
class Read:
    """One answer or calculated value an expression used."""

    kind: str  # "answer" or "calc"
    id: str
    group: str | None = None
    index: int | None = None


@dataclass
class Scope:
    form: FormDefinition
    answers: Mapping[str, Any]
    calculated: Mapping[str, Any]
    today: dt.date
    group: str | None = None
    index: int | None = None
    instance: Mapping[str, Any] = field(default_factory=dict)
    instance_calculated: Mapping[str, Any] = field(default_factory=dict)

    def within(
        self, group: str, index: int, instance: Mapping[str, Any], calculated: Mapping[str, Any] | None = None
    ) -> Scope:
        return Scope(
            self.form, self.answers, self.calculated, self.today, group, index, instance, calculated or {}
        )

    def raw(self, name: str) -> Any:
        """The stored answer for ``name`` (instance first), unconverted."""
        if self.group is not None and self.form.group_of(name) == self.group:
            return self.instance.get(name)
        return self.answers.get(name)


def typed_value(item: Item, raw: Any) -> Any:
    """An answer as expressions see it: ``None`` when unknown, dates as ``date``, yes/no as ``bool``."""
    if raw is None or is_special(raw):
        return None
    kind = item.type
    if kind is ItemType.YES_NO:  # only its own values: text such as 'yes' is an error, never read as yes
        return raw if isinstance(raw, bool) else None
    if kind is ItemType.NUMBER:
        return raw if is_finite_number(raw) else None
    if kind is ItemType.DATE:
        return _to_date(raw)
    if kind is ItemType.MULTIPLE_CHOICE:
        return [str(v) for v in raw] if isinstance(raw, list) else None
    if kind is ItemType.TEXT or kind is ItemType.SINGLE_CHOICE:
        return raw if isinstance(raw, str) and raw.strip() else None
    return raw


def _to_date(raw: Any) -> dt.date | None:
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, str):
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            return None
    return None


def evaluate(expression: Expression, scope: Scope, trace: list[Read] | None = None) -> Any:
    """The value of ``expression``; ``trace`` (if given) receives the answers that decided it.

    Raises :class:`EvaluationError` (and nothing else) when the expression cannot be worked out.
    """
    return _safely(partial(_Evaluator(scope).eval, expression.tree, trace if trace is not None else []))


def _safely(work: Callable[[], Any]) -> Any:
    """Run ``work``, turning any arithmetic, type or missing-argument failure (``count()`` with nothing to count,
    say, which the form checks refuse but a direct caller may write) into an :class:`EvaluationError`."""
    try:
        return work()
    except EvaluationError:
        raise
    except (ArithmeticError, ValueError, TypeError, IndexError) as exc:
        raise EvaluationError(tr("could not be worked out ({reason})").format(reason=exc)) from exc


def is_true(value: Any) -> bool:
    return bool(value) if value is not None else False


class _Evaluator:
    def __init__(self, scope: Scope) -> None:
        self.scope = scope

    def eval(self, node: Node, trace: list[Read]) -> Any:
        if isinstance(node, Literal):
            return node.value
        if isinstance(node, Name):
            return self._name(node.ident, trace)
        if isinstance(node, ListExpr):
            return [self.eval(item, trace) for item in node.items]
        if isinstance(node, Unary):
            value = self.eval(node.operand, trace)
            if node.op == "not":
                return None if value is None else not value
            if value is None:
                return None
            _need_number(value, "-")
            return -value
        if isinstance(node, Binary):
            return self._binary(node, trace)
        if isinstance(node, Call):
            return self._call(node, trace)
        raise EvaluationError(f"unknown expression node {node!r}")  # pragma: no cover

    # ------------------------------------------------------------ names

    def _name(self, ident: str, trace: list[Read]) -> Any:
        scope = self.scope
        form = scope.form
        if scope.group is not None:
            if ident in scope.instance_calculated:
                value = scope.instance_calculated[ident]
                if value is not None:
                    trace.append(Read("calc", ident, scope.group, scope.index))
                return value
            if form.has_item(ident) and form.group_of(ident) == scope.group:
                value = typed_value(form.item(ident), scope.instance.get(ident))
                if value is not None:
                    trace.append(Read("answer", ident, scope.group, scope.index))
                return value
        if form.has_item(ident):
            item = form.item(ident)
            if item.type is ItemType.REPEAT:
                raise EvaluationError(tr("'{name}' is a repeat group; use count(), any(), all() or sum()").format(
                    name=ident))
            if form.group_of(ident) is not None:
                return None
            value = typed_value(item, scope.answers.get(ident))
            if value is not None:
                trace.append(Read("answer", ident))
            return value
        if ident in scope.calculated:
            value = scope.calculated[ident]
            if value is not None:
                trace.append(Read("calc", ident))
            return value
        return None

    # ------------------------------------------------------------ operators

    def _binary(self, node: Binary, trace: list[Read]) -> Any:
        op = node.op
        if op in ("and", "or"):
            left_trace: list[Read] = []
            left = self.eval(node.left, left_trace)
            if op == "and" and left is not None and not left:
                trace.extend(left_trace)
                return False
            if op == "or" and left is not None and left:
                trace.extend(left_trace)
                return True
            right_trace: list[Read] = []
            right = self.eval(node.right, right_trace)
            if op == "and":
                if right is not None and not right:
                    trace.extend(right_trace)
                    return False
                trace.extend(left_trace + right_trace)
                return None if left is None or right is None else True
            if right is not None and right:
                trace.extend(right_trace)
                return True
            trace.extend(left_trace + right_trace)
            return None if left is None or right is None else False
        left = self.eval(node.left, trace)
        right = self.eval(node.right, trace)
        if left is None or right is None:
            return None
        if op in ("in", "not in"):
            if not isinstance(right, list | tuple | str):
                raise EvaluationError(tr("the right of 'in' must be a list or a multiple-choice item"))
            found = left in right
            return found if op == "in" else not found
        if op == "==":
            return left == right
        if op == "!=":
            return left != right
        if op in ("<", "<=", ">", ">="):
            return _compare(op, left, right)
        return _arithmetic(op, left, right)

    # ------------------------------------------------------------ functions

    def _call(self, node: Call, trace: list[Read]) -> Any:
        func = node.func
        args = node.args
        spec = FUNCTIONS.get(func)
        if spec is None:
            raise EvaluationError(tr("unknown function '{function}'").format(function=func))
        if spec.name_arg:
            return self._about_answer(func, args[0], trace)
        group = self._group_arg(args) if spec.group_arg != "none" else None
        if group is not None:
            return self._group_call(func, group, args[1] if len(args) > 1 else None, trace)
        values = [self.eval(arg, trace) for arg in args] if func not in ("if", "coalesce") else []
        return _plain_function(func, values, node, self, trace)

    def _group_arg(self, args: tuple[Node, ...]) -> str | None:
        first = args[0] if args else None
        if (
            isinstance(first, Name)
            and self.scope.form.has_item(first.ident)
            and self.scope.form.item(first.ident).type is ItemType.REPEAT
        ):
            return first.ident
        return None

    def _about_answer(self, func: str, arg: Node, trace: list[Read]) -> bool:
        if not isinstance(arg, Name):
            raise EvaluationError(tr("{function}() needs an item name").format(function=func))
        raw = self.scope.raw(arg.ident)
        result = {
            "answered": has_response(raw),
            "known": has_response(raw) and not is_special(raw),
            "declined": raw == DECLINED,
            "not_known": raw == NOT_KNOWN,
        }[func]
        if result:
            group = self.scope.group if self.scope.form.group_of(arg.ident) == self.scope.group else None
            trace.append(Read("answer", arg.ident, group, self.scope.index if group else None))
        return result

    def _group_call(self, func: str, group: str, body: Node | None, trace: list[Read]) -> Any:
        rows = instances(self.scope.answers, group)
        if body is None:
            if func == "count":
                if isinstance(self.scope.answers.get(group), list):  # the reason names the group and its size
                    trace.append(Read("answer", group))
                return len(rows)
            raise EvaluationError(tr("{function}({name}) needs an expression for each instance").format(
                function=func, name=group))
        results: list[tuple[Any, list[Read]]] = []
        for index, row in enumerate(rows):
            calcs = _instance_calcs(self.scope, group, index, row)
            sub = _Evaluator(self.scope.within(group, index, row, calcs))
            sub_trace: list[Read] = []
            results.append((sub.eval(body, sub_trace), sub_trace))
        if func in ("count", "any"):
            matched = [t for v, t in results if is_true(v)]
            for t in matched:
                trace.extend(t)
            if func == "count":
                return len(matched)
            if matched:
                return True
            return None if any(v is None for v, _ in results) else False
        if func == "all":
            if not results:
                return False
            if any(v is not None and not v for v, _ in results):
                return False
            if any(v is None for v, _ in results):
                return None
            for _, t in results:
                trace.extend(t)
            return True
        for v, t in results:
            if v is not None:
                trace.extend(t)
        return _aggregate(func, [v for v, _ in results])


def _instance_calcs(scope: Scope, group: str, index: int, row: Mapping[str, Any]) -> dict[str, Any]:
    return instance_calculations(scope, group, index, row)[0]


def instance_calculations(
    scope: Scope, group: str, index: int, row: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, list[Read]]]:
    """The calculated values of one repeat-group instance, and the answers each one read."""
    item = scope.form.item(group)
    calcs: dict[str, Any] = {}
    traces: dict[str, list[Read]] = {}
    for calc in item.calculations:
        inner = _Evaluator(scope.within(group, index, row, calcs))
        trace: list[Read] = []
        try:
            calcs[calc.id] = _safely(partial(inner.eval, calc.expression.tree, trace))
        except EvaluationError:
            calcs[calc.id] = None
        traces[calc.id] = trace
    return calcs, traces


def _aggregate(func: str, values: list[Any]) -> Any:
    """sum, min or max of the known values (unknowns are left out): a group's instances or a function's
    arguments."""
    numbers = [v for v in values if v is not None]
    for v in numbers:
        _need_number(v, func)
    if func == "sum":
        return _finite(sum(numbers))
    if not numbers:
        return None
    return min(numbers) if func == "min" else max(numbers)


def _need_number(value: Any, op: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise EvaluationError(tr("'{operator}' needs numbers, got {value}").format(operator=op, value=repr(value)))


def _finite(value: Any) -> Any:
    """``value`` if it is a finite number, else unknown (``None``)."""
    return value if is_finite_number(value) else None


def _add_days(day: dt.date, days: int) -> dt.date | None:
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:  # beyond the years 1 to 9999
        return None


def _compare(op: str, left: Any, right: Any) -> bool:
    comparable = (
        (isinstance(left, int | float) and isinstance(right, int | float))
        or (isinstance(left, dt.date) and isinstance(right, dt.date))
        or (isinstance(left, str) and isinstance(right, str))
    )
    if not comparable or isinstance(left, bool) or isinstance(right, bool):
        raise EvaluationError(tr("cannot compare {left} {operator} {right}").format(
            left=repr(left), operator=op, right=repr(right)))
    ops: dict[str, Callable[[Any, Any], bool]] = {
        "<": lambda a, b: a < b,
        "<=": lambda a, b: a <= b,
        ">": lambda a, b: a > b,
        ">=": lambda a, b: a >= b,
    }
    return ops[op](left, right)


def _arithmetic(op: str, left: Any, right: Any) -> Any:
    if isinstance(left, dt.date) and op == "-" and isinstance(right, dt.date):
        return (left - right).days
    if (
        isinstance(left, dt.date)
        and op in ("+", "-")
        and isinstance(right, int)
        and not isinstance(right, bool)
    ):
        return _add_days(left, right if op == "+" else -right)
    _need_number(left, op)
    _need_number(right, op)
    if not is_finite_number(left) or not is_finite_number(right):
        return None
    try:
        if op == "+":
            return _finite(left + right)
        if op == "-":
            return _finite(left - right)
        if op == "*":
            return _finite(left * right)
        if right == 0:
            return None
        return _finite(left / right)
    except OverflowError:  # e.g. an int quotient too large for a float
        return None


def _plain_function(func: str, values: list[Any], node: Call, ev: _Evaluator, trace: list[Read]) -> Any:
    if func == "if":
        # The condition's answers count towards a reason only when it held: in 'if(urges, 1, 0) + ...', an
        # answer of 'no' adds nothing, so it did not help raise a flag.
        cond_trace: list[Read] = []
        cond = ev.eval(node.args[0], cond_trace)
        if is_true(cond):
            trace.extend(cond_trace)
            return ev.eval(node.args[1], trace)
        return ev.eval(node.args[2], trace)
    if func == "coalesce":  # only the argument used is worked out and traced
        for arg in node.args:
            arg_trace: list[Read] = []
            value = ev.eval(arg, arg_trace)
            if value is not None:
                trace.extend(arg_trace)
                return value
        return None
    if func == "today":
        return ev.scope.today
    if func == "date":
        return _to_date(values[0]) if values[0] is not None else None
    if func == "days_between":
        a, b = values
        if a is None or b is None:
            return None
        if not isinstance(a, dt.date) or not isinstance(b, dt.date):
            raise EvaluationError(tr("days_between() needs two dates"))
        return (b - a).days
    if func == "add_days":
        d, n = values
        if d is None or n is None:
            return None
        if not isinstance(d, dt.date):
            raise EvaluationError(tr("add_days() needs a date and a number of days"))
        _need_number(n, "add_days")
        return _add_days(d, int(n)) if is_finite_number(n) else None
    if func == "round":
        if values[0] is None:
            return None
        _need_number(values[0], "round")
        places = values[1] if len(values) > 1 else None
        if places is not None:
            _need_number(places, "round")
        if not is_finite_number(values[0]) or (places is not None and not is_finite_number(places)):
            return None
        return _finite(round(values[0], int(places) if places is not None else None))
    if func == "count":
        value = values[0]
        if value is None:
            return 0
        if isinstance(value, list | tuple):
            return len(value)
        raise EvaluationError(tr("count() needs a repeat group or a multiple-choice item"))
    return _aggregate(func, values)
