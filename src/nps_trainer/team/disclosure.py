"""Small-number suppression for published counts: primary and secondary, with an exact audit.

Generic over a table of named cells tied together by additive constraints (``whole = part + part + ...``): a
row total and its period cells, or a measure and its sub-measure plus the unpublished rest. Qt-free.

* **Primary.** A published cell holding 1 to T-1 (T is the threshold) is hidden. Zero is shown.
* **Secondary.** Then, round by round, the published cells and constraints are audited as someone holding the
  table would read them, and while any hidden small number (or small unpublished cell, such as "using class A
  drugs but not in treatment") can be worked out, the smallest non-zero visible cell of a constraint it takes
  part in is hidden too. The audit finds a cell *exactly derivable* when its unit vector lies in the row space
  of the constraints restricted to the hidden cells (Gaussian elimination over exact fractions); it also
  propagates what a reader knows about hidden cells (a primary cell is 1 to T-1, a secondary one at least T,
  any count at least 0) and treats a cell pinned to one value that way as worked out; and it does not let
  the hidden cells of a constraint add up to a small number (1 to T-1).

Values of hidden cells never leave this module except through :meth:`Suppressed.value`, which callers use only
for the cells that are shown.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction

from ..i18n import tr, tr_noop

Cell = Hashable

MAX_PROPAGATION_ROUNDS = 200
MIN_THRESHOLD = 3


class CannotProtect(RuntimeError):
    """Every cell that could be hidden is hidden and a small number can still be worked out (not seen in random
    tables, but possible in principle): the table must not be published."""


class Hidden(StrEnum):
    PRIMARY = "primary"  # 1 to T-1
    PART_OF_SMALL = "part_of_small"  # 0 to T-1: a part of a hidden small number (a row total, a measure)
    SECONDARY = "secondary"  # T or more
    COMPLEMENT = "complement"  # T or more: hidden so that the people outside a filter cannot be worked out
    WITHHELD = "withheld"  # not published at all (a filter's whole quarter; set by callers, never by suppress)


def primary_reason(threshold: int) -> str:
    return tr("fewer than {threshold}").format(threshold=threshold)


def part_of_small_reason(threshold: int) -> str:
    return tr("part of a number that is fewer than {threshold}, so hidden with it").format(threshold=threshold)


SECONDARY_REASON = tr_noop("hidden so that another hidden number cannot be worked out from the related numbers")
COMPLEMENT_REASON = tr_noop("hidden so that the people outside the filter cannot be worked out (by subtracting this "
                            "number from everyone's)")
WITHHELD_TEXT = "n/a"
WITHHELD_REASON = tr_noop("not shown for this filter: so few people outside the filter were screened that this "
                          "number, beside everyone's, could give them away")
SMALL_KINDS = (Hidden.PRIMARY, Hidden.PART_OF_SMALL)


@dataclass(frozen=True)
class Constraint:
    """``whole`` is the sum of ``parts`` less ``offset`` (a number the reader is assumed to know).

    ``nested``: each part is some of the whole, so each is at most the whole (a measure and its sub-measure, or a
    group and a part of it). A quarter and its months are not nested that way (a case screened in two months
    of a quarter counts once in the quarter, and by its latest screening there), so their constraint carries
    the number of repeats as ``offset`` and ``nested=False``."""

    whole: Cell
    parts: tuple[Cell, ...]
    offset: int = 0
    nested: bool = True

    def coefficients(self) -> dict[Cell, int]:
        terms: dict[Cell, int] = {self.whole: 1}
        for part in self.parts:
            terms[part] = terms.get(part, 0) - 1
        return {c: k for c, k in terms.items() if k}


@dataclass
class Suppressed:
    """The outcome: which published cells are hidden, and why. ``text`` is what may be printed."""

    threshold: int
    hidden: dict[Cell, Hidden]
    rounds: int
    _values: dict[Cell, int] = field(repr=False)

    def is_hidden(self, cell: Cell) -> bool:
        return cell in self.hidden

    def value(self, cell: Cell) -> int | None:
        """The count for a shown cell; None for a hidden one."""
        return None if cell in self.hidden else self._values[cell]

    def text(self, cell: Cell) -> str:
        kind = self.hidden.get(cell)
        if kind in SMALL_KINDS:
            return f"<{self.threshold}"
        if kind in (Hidden.SECONDARY, Hidden.COMPLEMENT):
            return "*"
        if kind is Hidden.WITHHELD:
            return WITHHELD_TEXT
        return str(self._values[cell])

    def reason(self, cell: Cell) -> str | None:
        kind = self.hidden.get(cell)
        if kind is Hidden.PRIMARY:
            return primary_reason(self.threshold)
        if kind is Hidden.PART_OF_SMALL:
            return part_of_small_reason(self.threshold)
        if kind is Hidden.SECONDARY:
            return tr(SECONDARY_REASON)
        if kind is Hidden.COMPLEMENT:
            return tr(COMPLEMENT_REASON)
        if kind is Hidden.WITHHELD:
            return tr(WITHHELD_REASON)
        return None


def is_small(value: int, threshold: int) -> bool:
    return 1 <= value < threshold


def suppress(values: Mapping[Cell, int], constraints: Sequence[Constraint], threshold: int, *,
             unpublished: Iterable[Cell] = (), cost: Mapping[Cell, int] | None = None,
             published: Mapping[Cell, Hidden | None] | None = None,
             complement: Mapping[Cell, Cell] | None = None,
             withhold: Callable[[Problem], Iterable[Cell]] | None = None) -> Suppressed:
    """Hide what must be hidden in a table of counts.

    ``values`` holds every cell, published or not; ``unpublished`` names the cells that are never shown but
    that a reader could work out (the rest of a nested measure): a small one must stay underivable. Among
    equally small candidates for secondary suppression, a lower ``cost`` is hidden first (callers give totals a
    higher cost so they stay visible where they can).

    ``published``: cells already published elsewhere (another table the reader can hold), each with how it was
    hidden there or None when shown. They take part in the audit as they were published, and are never hidden
    or shown anew. ``complement``: published cell -> unpublished cell holding the people outside it (everyone's
    count less this one); when the outside count is small and everyone's count is shown, the cell is hidden as
    :attr:`Hidden.COMPLEMENT`, and the reader is taken to know that the outside count is 1 to T-1.
    ``withhold``: when hiding more of the constraints a problem touches cannot help (the published cells it
    would need are already out), the cells it names for the problem are not published at all
    (:attr:`Hidden.WITHHELD`: the reader knows only that they are at least 0); without it, or when it names
    nothing new, :class:`CannotProtect` is raised.
    """
    if threshold < MIN_THRESHOLD:  # below 3, '<2' would say 'exactly 1'
        raise ValueError(f"the small-number threshold must be at least {MIN_THRESHOLD}")
    for cell, value in values.items():
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(f"cell {cell!r}: counts must be whole numbers of at least 0")
    for constraint in constraints:
        for cell in constraint.coefficients():
            if cell not in values:
                raise ValueError(f"constraint mentions cell {cell!r}, which has no value")
        if values[constraint.whole] != sum(values[p] for p in constraint.parts) - constraint.offset:
            raise ValueError(f"the cells do not add up: {constraint.whole!r} is not the sum of its parts")
    hidden_unpublished = frozenset(unpublished)
    published = dict(published or {})
    cost = cost or {}
    order = {cell: index for index, cell in enumerate(values)}
    hidden: dict[Cell, Hidden] = {c: kind for c, kind in published.items() if kind is not None}
    hidden.update({c: Hidden.PRIMARY for c, v in values.items()
                   if c not in hidden_unpublished and c not in published and is_small(v, threshold)})
    for cell, outside in (complement or {}).items():
        everyone = next((c.whole for c in constraints if c.nested and cell in c.parts and outside in c.parts), None)
        if (cell not in hidden and everyone is not None and everyone not in hidden
                and is_small(values[outside], threshold)):
            hidden[cell] = Hidden.COMPLEMENT
    known = {outside: (1, threshold - 1) for cell, outside in (complement or {}).items()
             if hidden.get(cell) is Hidden.COMPLEMENT}
    _hide_parts_of_small(constraints, hidden, hidden_unpublished | frozenset(published))
    rounds = 0
    while True:
        problem = audit(values, constraints, threshold, hidden, hidden_unpublished, known)
        if problem is None:
            return Suppressed(threshold, {c: k for c, k in hidden.items() if c not in published}, rounds,
                              dict(values))
        rounds += 1
        try:
            choice = _choose(values, constraints, hidden, hidden_unpublished | frozenset(published), problem, cost,
                             order, near_only=withhold is not None)
        except CannotProtect:
            if withhold is None:
                raise
            more = [c for c in withhold(problem) if hidden.get(c) is not Hidden.WITHHELD and c not in published
                    and c not in hidden_unpublished]
            if not more:
                raise
            hidden.update({c: Hidden.WITHHELD for c in more})
            continue
        hidden[choice] = Hidden.SECONDARY


def _hide_parts_of_small(constraints: Sequence[Constraint], hidden: dict[Cell, Hidden],
                         unpublished: frozenset[Cell]) -> None:
    """Every part of a hidden small number is hidden with it, zeros included, all alike. Otherwise a row of
    ones under a hidden total of four could be read off (four cells of at least 1 adding up to at most 4), and a
    zero shown beside it would tell the others apart."""
    changed = True
    while changed:
        changed = False
        for constraint in constraints:
            if not constraint.nested or hidden.get(constraint.whole) not in SMALL_KINDS:
                continue
            for part in constraint.parts:
                if part not in unpublished and hidden.get(part) is not Hidden.PART_OF_SMALL:
                    hidden[part] = Hidden.PART_OF_SMALL
                    changed = True


@dataclass(frozen=True)
class Problem:
    """Why the table is not safe yet: a sensitive ``cell`` that can be worked out, or a ``constraint`` whose
    hidden cells add up to a small number."""

    cell: Cell | None
    constraint: Constraint | None
    why: str


def audit(values: Mapping[Cell, int], constraints: Sequence[Constraint], threshold: int,
          hidden: Mapping[Cell, Hidden], unpublished: frozenset[Cell] = frozenset(),
          known: Mapping[Cell, Bound] | None = None) -> Problem | None:
    """The first disclosure problem in the table as it would be published, or None when it is safe. ``known``:
    bounds the reader has for some unpublished cells beyond "at least 0"."""
    unknown = set(hidden) | set(unpublished)
    sensitive = [c for c in values if c in unknown and is_small(values[c], threshold)]
    if not sensitive:
        return None
    for constraint in constraints:  # hidden cells that add up to a small number
        terms = {c: k for c, k in constraint.coefficients().items() if c in unknown}
        if terms and len({k > 0 for k in terms.values()}) == 1 and constraint.nested:
            total = abs(sum(k * values[c] for c, k in terms.items()))
            if is_small(total, threshold):
                return Problem(None, constraint, f"hidden cells add up to {total}")
    derivable = derivable_cells(constraints, unknown)
    for cell in sensitive:
        if cell in derivable:
            return Problem(cell, None, "exactly derivable from the published cells")
    bounds = propagate_bounds(values, constraints, threshold, hidden, unpublished, known)
    for cell in sensitive:
        low, high = bounds[cell]
        if high is not None and low == high:
            return Problem(cell, None, "pinned to one value by the published cells")
    return None


def derivable_cells(constraints: Sequence[Constraint], unknown: Iterable[Cell]) -> set[Cell]:
    """The unknown cells whose value follows from the constraints and the known cells alone: those whose unit
    vector lies in the row space of the constraint matrix restricted to the unknown cells."""
    unknown = set(unknown)
    rows: list[dict[Cell, Fraction]] = []
    for constraint in constraints:
        row = {c: Fraction(k) for c, k in constraint.coefficients().items() if c in unknown}
        if row:
            rows.append(row)
    # Rows that share no cell are independent: eliminate each connected group on its own (much faster).
    parent: dict[Cell, Cell] = {}

    def find(cell: Cell) -> Cell:
        while parent.setdefault(cell, cell) != cell:
            parent[cell] = parent[parent[cell]]
            cell = parent[cell]
        return cell

    for row in rows:
        first, *others = row
        for other in others:
            parent[find(other)] = find(first)
    groups: dict[Cell, list[dict[Cell, Fraction]]] = {}
    for row in rows:
        groups.setdefault(find(next(iter(row))), []).append(row)
    found: set[Cell] = set()
    for group in groups.values():
        found |= _derivable(group)
    return found


def _derivable(rows: list[dict[Cell, Fraction]]) -> set[Cell]:
    columns = sorted({c for row in rows for c in row}, key=repr)
    pivots: list[tuple[Cell, dict[Cell, Fraction]]] = []
    remaining = rows
    for column in columns:
        index = next((i for i, row in enumerate(remaining) if column in row), None)
        if index is None:
            continue
        pivot = remaining.pop(index)
        scale = pivot[column]
        pivot = {c: v / scale for c, v in pivot.items()}
        remaining = [_eliminate(row, pivot, column) if column in row else row for row in remaining]
        remaining = [row for row in remaining if row]
        pivots = [(c, _eliminate(row, pivot, column) if column in row else row) for c, row in pivots]
        pivots.append((column, pivot))
    return {column for column, row in pivots if len(row) == 1}


def _eliminate(row: dict[Cell, Fraction], pivot: dict[Cell, Fraction], column: Cell) -> dict[Cell, Fraction]:
    factor = row.get(column)
    if not factor:
        return row
    result = dict(row)
    for cell, value in pivot.items():
        updated = result.get(cell, Fraction(0)) - factor * value
        if updated:
            result[cell] = updated
        else:
            result.pop(cell, None)
    return result


Bound = tuple[int, int | None]


def propagate_bounds(values: Mapping[Cell, int], constraints: Sequence[Constraint], threshold: int,
                     hidden: Mapping[Cell, Hidden], unpublished: frozenset[Cell] = frozenset(),
                     known: Mapping[Cell, Bound] | None = None) -> dict[Cell, Bound]:
    """What a reader can tell about each cell: shown cells exactly; a primary cell is 1 to T-1; a secondary one
    at least T (it was the smallest non-zero shown cell, and every shown non-zero cell is at least T); an
    unpublished cell at least 0. The constraints then narrow these, round after round, in whole numbers."""
    bounds: dict[Cell, Bound] = {}
    for cell, value in values.items():
        if cell in unpublished:
            bounds[cell] = (known or {}).get(cell, (0, None))
        elif hidden.get(cell) is Hidden.PRIMARY:
            bounds[cell] = (1, threshold - 1)
        elif hidden.get(cell) is Hidden.PART_OF_SMALL:
            bounds[cell] = (0, threshold - 1)
        elif hidden.get(cell) in (Hidden.SECONDARY, Hidden.COMPLEMENT):
            bounds[cell] = (threshold, None)
        elif hidden.get(cell) is Hidden.WITHHELD:
            bounds[cell] = (0, None)
        else:
            bounds[cell] = (value, value)
    terms = [(constraint.coefficients(), constraint.offset) for constraint in constraints]
    for _ in range(MAX_PROPAGATION_ROUNDS):
        changed = False
        for coefficients, offset in terms:
            for cell, k in coefficients.items():
                low, high = bounds[cell]
                if low == high:
                    continue
                # k * x = -(sum of the others) - offset, so x lies within -(range of the others + offset) / k
                others_low, others_high = Fraction(offset), Fraction(offset)
                unbounded_low = unbounded_high = False
                for other, j in coefficients.items():
                    if other == cell:
                        continue
                    o_low, o_high = bounds[other]
                    if j > 0:
                        others_low += j * o_low
                        if o_high is None:
                            unbounded_high = True
                        else:
                            others_high += j * o_high
                    else:
                        others_high += j * o_low
                        if o_high is None:
                            unbounded_low = True
                        else:
                            others_low += j * o_high
                if k > 0:
                    new_low = None if unbounded_high else math.ceil(-others_high / k)
                    new_high = None if unbounded_low else math.floor(-others_low / k)
                else:
                    new_low = None if unbounded_low else math.ceil(-others_low / k)
                    new_high = None if unbounded_high else math.floor(-others_high / k)
                if new_low is not None and new_low > low:
                    low, changed = new_low, True
                if new_high is not None and (high is None or new_high < high):
                    high, changed = new_high, True
                bounds[cell] = (low, high)
        if not changed:
            break
    return bounds


def _choose(values: Mapping[Cell, int], constraints: Sequence[Constraint], hidden: Mapping[Cell, Hidden],
            unpublished: frozenset[Cell], problem: Problem, cost: Mapping[Cell, int],
            order: Mapping[Cell, int], *, near_only: bool = False) -> Cell:
    """The next cell to hide for ``problem``: the smallest non-zero visible cell of an affected constraint (or,
    unless ``near_only``, of any constraint)."""
    if problem.constraint is not None:
        affected = [problem.constraint]
    else:
        affected = [c for c in constraints if problem.cell in c.coefficients()]
    groups = [affected, _neighbours(affected, constraints, hidden, unpublished)]
    for group in groups if near_only else [*groups, constraints]:
        candidates = {cell for constraint in group for cell in constraint.coefficients()
                      if cell not in hidden and cell not in unpublished and values[cell] > 0}
        if candidates:
            return min(candidates, key=lambda c: (values[c], cost.get(c, 0), order[c]))
    raise CannotProtect(f"no cell left to hide, and {problem.why}")


def _neighbours(affected: Sequence[Constraint], constraints: Sequence[Constraint], hidden: Mapping[Cell, Hidden],
                unpublished: frozenset[Cell]) -> list[Constraint]:
    """Constraints that share a hidden cell with the affected ones."""
    unknown = {c for constraint in affected for c in constraint.coefficients()
               if c in hidden or c in unpublished}
    return [c for c in constraints if unknown & set(c.coefficients())]
