"""Small-number suppression: primary, secondary, and an exhaustive check that no hidden small number can be
worked out from what is published (random tables searched by brute force, independently of the module)."""

from __future__ import annotations

import random

import pytest

from nps_trainer.team.disclosure import (
    SECONDARY_REASON,
    CannotProtect,
    Constraint,
    Hidden,
    audit,
    derivable_cells,
    suppress,
)


def row_table(name: str, cells: list[int]) -> tuple[dict, list[Constraint]]:
    """One row of period cells and its total: cells (name, 0..n-1) and (name, 'total')."""
    values = {(name, i): v for i, v in enumerate(cells)}
    values[(name, "total")] = sum(cells)
    return values, [Constraint((name, "total"), tuple((name, i) for i in range(len(cells))))]


def nested_table(parent: list[int], child: list[int]) -> tuple[dict, list[Constraint], list]:
    """A measure, its sub-measure and the unpublished rest, each with a total, tied column by column."""
    values, constraints = row_table("X", parent)
    for name, cells in (("X in treatment", child), ("rest", [p - c for p, c in zip(parent, child, strict=True)])):
        more_values, more_constraints = row_table(name, cells)
        values |= more_values
        constraints += more_constraints
    for column in [*range(len(parent)), "total"]:
        constraints.append(Constraint(("X", column), (("X in treatment", column), ("rest", column))))
    unpublished = [("rest", c) for c in [*range(len(parent)), "total"]]
    return values, constraints, unpublished


# --- examples from the research (team-reporting.md, section 1) --------------------------------------------

def test_a_row_with_one_hidden_cell_and_a_total_hides_the_next_smallest() -> None:
    values, constraints = row_table("r", [3, 10, 12])
    result = suppress(values, constraints, 5)
    assert result.hidden == {("r", 0): Hidden.PRIMARY, ("r", 1): Hidden.SECONDARY}
    assert [result.text(("r", i)) for i in (0, 1, 2, "total")] == ["<5", "*", "12", "25"]
    assert result.reason(("r", 0)) == "fewer than 5"
    assert result.reason(("r", 1)) == SECONDARY_REASON
    assert result.reason(("r", 2)) is None and result.value(("r", 0)) is None and result.value(("r", 2)) == 12


def test_zero_is_shown_and_never_used_to_cover_a_hidden_number() -> None:
    values, constraints = row_table("r", [0, 3, 9, 0])
    result = suppress(values, constraints, 5)
    assert [result.text(("r", i)) for i in (0, 1, 2, 3, "total")] == ["0", "<5", "*", "0", "12"]


def test_no_small_numbers_means_nothing_hidden() -> None:
    values, constraints = row_table("r", [0, 5, 9])
    result = suppress(values, constraints, 5)
    assert result.hidden == {} and result.rounds == 0
    assert [result.text(("r", i)) for i in (0, 1, 2, "total")] == ["0", "5", "9", "14"]


def test_hidden_cells_that_add_up_to_a_small_number_get_company() -> None:
    """2 and 1 hidden beside a total of 10 and a 7: the hidden pair would add up to 3, so the 7 goes too."""
    values, constraints = row_table("r", [2, 1, 7])
    result = suppress(values, constraints, 5)
    assert set(result.hidden) == {("r", 0), ("r", 1), ("r", 2)}
    assert result.text(("r", "total")) == "10"


def test_nested_measures_whose_difference_is_small() -> None:
    """10 using, 8 of them in treatment: the 2 not in treatment would be plain to see, so 8 is hidden, and then
    more so that the 8 cannot be worked out from its row total either."""
    values, constraints, unpublished = nested_table([10, 12, 9], [8, 12, 9])
    result = suppress(values, constraints, 5, unpublished=unpublished)
    assert result.is_hidden(("X in treatment", 0))
    assert audit(values, constraints, 5, result.hidden, frozenset(unpublished)) is None
    assert not any(result.is_hidden(c) for c in unpublished)  # never published, so never "hidden" cells
    assert_nothing_small_is_determined(values, constraints, result, unpublished)


def test_several_rounds() -> None:
    """A primary cell in each of two nested rows: covering one uncovers another until the table is safe."""
    values, constraints, unpublished = nested_table([6, 20, 7, 30], [3, 20, 7, 26])
    result = suppress(values, constraints, 5, unpublished=unpublished)
    assert result.rounds >= 2
    assert audit(values, constraints, 5, result.hidden, frozenset(unpublished)) is None
    assert_nothing_small_is_determined(values, constraints, result, unpublished)


def test_a_number_pinned_by_what_readers_know_of_hidden_cells() -> None:
    """Total 6 = a hidden small number (1 to 4) + a hidden secondary (at least 5): only 1 + 5 fits, so covering
    with the 5 alone is not enough."""
    values, constraints = row_table("r", [1, 5, 0])
    result = suppress(values, constraints, 5)
    assert result.is_hidden(("r", 0)) and result.is_hidden(("r", 1))
    assert result.is_hidden(("r", "total"))
    assert_nothing_small_is_determined(values, constraints, result, [])


def test_the_threshold_is_respected() -> None:
    values, constraints = row_table("r", [2, 4, 3, 40])
    result = suppress(values, constraints, 3)
    assert [result.text(("r", i)) for i in (0, 1, 2, 3)] == ["<3", "4", "*", "40"]
    assert result.reason(("r", 0)) == "fewer than 3"


def test_totals_stay_visible_when_a_period_cell_of_the_same_size_can_go() -> None:
    values, constraints = row_table("r", [4, 9, 0])
    values[("s", 0)] = 9
    result = suppress(values, constraints, 5, cost={("r", "total"): 1})
    assert result.is_hidden(("r", 1)) and not result.is_hidden(("r", "total"))


def test_bad_tables_are_refused() -> None:
    values, constraints = row_table("r", [1, 2])
    with pytest.raises(ValueError, match="threshold"):
        suppress(values, constraints, 2)  # '<2' would say 'exactly 1'
    with pytest.raises(ValueError, match="do not add up"):
        suppress({**values, ("r", "total"): 4}, constraints, 5)
    with pytest.raises(ValueError, match="whole numbers"):
        suppress({**values, ("r", 0): -1, ("r", "total"): 1}, constraints, 5)
    with pytest.raises(ValueError, match="no value"):
        suppress(values, [Constraint(("r", "total"), (("r", 0), ("r", 9)))], 5)


def test_a_table_that_cannot_be_protected_is_refused_not_published() -> None:
    """x = a + a with x = 2 (T = 3): both hidden, yet x must be even, so a = 1 and x = 2. Nothing is left to hide."""
    with pytest.raises(CannotProtect, match="no cell left to hide, and pinned to one value"):
        suppress({"x": 2, "a": 1}, [Constraint("x", ("a", "a"))], 3)


def test_derivable_cells_follow_the_row_space() -> None:
    a, b, c, t, u = "a", "b", "c", "t", "u"
    constraints = [Constraint(t, (a, b)), Constraint(u, (b, c))]
    assert derivable_cells(constraints, {a}) == {a}
    assert derivable_cells(constraints, {a, b}) == {a, b}  # b = u - c, then a = t - b
    assert derivable_cells(constraints, {a, b, t}) == {b}  # t - a is known, but neither alone
    assert derivable_cells(constraints, {a, b, c, u}) == set()
    assert derivable_cells([Constraint(t, (a, b)), Constraint(t, (a, c)), Constraint(u, (b,))], {a, b, c}) \
        == {a, b, c}


# --- brute force: random tables ---------------------------------------------------------------------------

def alternative_exists(values: dict, constraints: list[Constraint], result, unpublished: list, target,
                       cap: int, known: dict | None = None) -> bool:
    """Whether some other filling-in of the hidden cells, consistent with everything a reader knows (shown
    cells, every constraint, a '<T' cell being 1..T-1, a '*' cell at least T, any count at least 0), gives
    ``target`` a different value. Exhaustive search with pruning; independent of the module's audit. An 'n/a'
    cell (withheld) may be any count; ``known``: what else a reader knows of an unpublished cell (a range)."""
    t = result.threshold
    unknown = [c for c in values if result.is_hidden(c) or c in unpublished]
    domains: dict = {}
    for cell in unknown:
        if cell in unpublished:
            domains[cell] = (known or {}).get(cell, range(0, cap + 1))
        elif result.hidden[cell] is Hidden.WITHHELD:
            domains[cell] = range(0, cap + 1)
        elif result.hidden[cell] is Hidden.PRIMARY:
            domains[cell] = range(1, t)
        elif result.hidden[cell] is Hidden.PART_OF_SMALL:
            domains[cell] = range(0, t)
        else:
            domains[cell] = range(t, cap + 1)
    domains[target] = [v for v in domains[target] if v != values[target]]
    assignment = {c: v for c, v in values.items() if c not in domains}
    terms = [(c.coefficients(), c.offset) for c in constraints]  # sum of k * cell + offset = 0

    def possible() -> bool:
        for coefficients, offset in terms:
            low = high = offset
            for cell, k in coefficients.items():
                if cell in assignment:
                    low += k * assignment[cell]
                    high += k * assignment[cell]
                else:
                    domain = domains[cell]
                    if not domain:
                        return False
                    ends = (k * min(domain), k * max(domain))
                    low += min(ends)
                    high += max(ends)
            if low > 0 or high < 0:
                return False
        return True

    def forced() -> list:
        """Cells fixed by a constraint with one cell left open; None when that value is impossible."""
        found = []
        for coefficients, offset in terms:
            open_cells = [c for c in coefficients if c not in assignment]
            if len(open_cells) == 1:
                cell = open_cells[0]
                rest = offset + sum(k * assignment[c] for c, k in coefficients.items() if c != cell)
                k = coefficients[cell]
                if rest % k or -rest // k not in domains[cell]:
                    return [None]
                found.append((cell, -rest // k))
        return found

    def search() -> bool:
        made = []
        while True:
            fixed = forced()
            if fixed == [None]:
                for cell in made:
                    del assignment[cell]
                return False
            fixed = [(c, v) for c, v in fixed if c not in assignment]
            if not fixed:
                break
            cell, value = fixed[0]
            assignment[cell] = value
            made.append(cell)
        if not possible():
            for cell in made:
                del assignment[cell]
            return False
        open_cells = [c for c in unknown if c not in assignment]
        if not open_cells:
            return True
        # Branch on the open cell with the fewest values, in the constraint with the fewest open cells.
        cell = min(open_cells, key=lambda c: (len(domains[c]), repr(c)))
        for value in domains[cell]:
            assignment[cell] = value
            if search():
                return True
            del assignment[cell]
        for made_cell in made:
            del assignment[made_cell]
        return False

    return search()


def assert_nothing_small_is_determined(values, constraints, result, unpublished, known=None) -> None:
    cap = 2 * max(values.values()) + result.threshold
    for cell, value in values.items():
        if (result.is_hidden(cell) or cell in unpublished) and 1 <= value < result.threshold:
            assert alternative_exists(values, constraints, result, unpublished, cell, cap, known), \
                f"{cell} = {value} can be worked out from the published table"


def random_table(rng: random.Random) -> tuple[dict, list[Constraint], list]:
    periods = rng.randint(2, 4)
    values: dict = {}
    constraints: list[Constraint] = []
    unpublished: list = []

    def count() -> int:
        return rng.choice([0, 0, 1, 2, 3, 4, 5, 6, 8, 11, 15])

    for row in range(rng.randint(1, 3)):
        parent = [count() for _ in range(periods)]
        if rng.random() < 0.6:
            child = [rng.randint(max(0, p - rng.choice([0, 1, 2, 6])), p) for p in parent]
            more_values, more_constraints, more_unpublished = nested_table(parent, child)
            values |= {(f"{row}:{name}", column): v for (name, column), v in more_values.items()}
            constraints += [Constraint((f"{row}:{c.whole[0]}", c.whole[1]),
                                       tuple((f"{row}:{p[0]}", p[1]) for p in c.parts)) for c in more_constraints]
            unpublished += [(f"{row}:{name}", column) for name, column in more_unpublished]
        else:
            more_values, more_constraints = row_table(f"{row}", parent)
            values |= more_values
            constraints += more_constraints
    return values, constraints, unpublished


@pytest.mark.parametrize("seed", range(200))
def test_random_tables_leave_no_small_number_determined(seed: int) -> None:
    rng = random.Random(seed)
    values, constraints, unpublished = random_table(rng)
    threshold = rng.choice([3, 5, 5, 5, 6])
    result = suppress(values, constraints, threshold, unpublished=unpublished,
                      cost={c: 1 for c in values if c[1] == "total"})
    for cell, value in values.items():
        if cell not in unpublished:
            if 1 <= value < threshold:
                assert result.hidden[cell] in (Hidden.PRIMARY, Hidden.PART_OF_SMALL)
            if result.is_hidden(cell):
                assert result.text(cell) in (f"<{threshold}", "*") and str(value) != result.text(cell)
            else:
                assert result.text(cell) == str(value)
    assert all(values[c] >= threshold for c, kind in result.hidden.items() if kind is Hidden.SECONDARY)
    assert_nothing_small_is_determined(values, constraints, result, unpublished)


def test_the_brute_force_check_finds_a_disclosure_when_there_is_one() -> None:
    """The checker itself must fail an unsafe table, or the random test above proves nothing."""
    values, constraints = row_table("r", [3, 10, 12])
    unsafe = suppress(values, [], 5)  # primary only: 3 = 25 - 10 - 12
    assert not alternative_exists(values, constraints, unsafe, [], ("r", 0), 60)
    safe = suppress(values, constraints, 5)
    assert alternative_exists(values, constraints, safe, [], ("r", 0), 60)


# --- a quarter and its months, and a filter against everyone (as team/figures.py builds them) -----------------

def random_quarter(rng: random.Random) -> tuple[dict, dict, list]:
    """Counts for a quarter's months and the quarter, for the people in a filter and those left out: a measure
    with a sub-measure (or a plain one), the quarter counting a case once (so up to a few repeats fewer)."""
    from nps_trainer.team.figures import Measure

    nested = rng.random() < 0.5
    measures = [Measure("x", "X"), Measure("x.t", "X, in treatment", "x")] if nested else [Measure("x", "X")]

    def side() -> dict:
        counts: dict = {}
        months = [rng.choice([0, 0, 1, 2, 3, 4, 5, 6, 8, 11]) for _ in range(3)]
        child = [rng.randint(max(0, m - rng.choice([0, 1, 2, 6])), m) for m in months]
        repeats = rng.randint(0, min(2, max(months)))
        quarter = max(max(months), sum(months) - repeats)
        child_quarter = min(quarter, max(max(child), sum(child) - rng.randint(0, 1)))
        for index, month in enumerate(("2026-01", "2026-02", "2026-03")):
            counts[("x", month)] = months[index]
            if nested:
                counts[("x.t", month)] = child[index]
        counts[("x", "2026-Q1")] = quarter
        if nested:
            counts[("x.t", "2026-Q1")] = child_quarter
        if nested:
            for column in ("2026-01", "2026-02", "2026-03", "2026-Q1"):
                counts[("x.t.rest", column)] = counts[("x", column)] - counts[("x.t", column)]
        return counts

    chosen, left = side(), side()
    return chosen, left, measures


@pytest.mark.parametrize("seed", range(200))
def test_a_filter_against_everyone_leaves_no_small_number_determined(seed: int) -> None:
    """Everyone's quarter is suppressed on its own and published; the filter's is suppressed against it. A reader
    holding both (and the number of repeats, the worst case) cannot pin any small number: the filter's, everyone's,
    or the people left out. Checked by brute force, independently of the module's audit."""
    from types import SimpleNamespace

    from nps_trainer.team import figures as fg

    rng = random.Random(seed)
    threshold = rng.choice([3, 5, 5])
    chosen, left, measures = random_quarter(rng)
    everyone = {cell: chosen[cell] + left[cell] for cell in chosen}
    quarter = fg.period_of(fg.dt.date(2026, 1, 1), "quarter")
    alone = fg.suppress_quarter(everyone, None, quarter, measures, threshold)
    joint = fg.suppress_quarter(everyone, (chosen, left), quarter, measures, threshold)
    values, constraints, unpublished = {}, [], []
    for side, counts in ((fg.EVERYONE, everyone), (fg.CHOSEN, chosen), (fg.LEFT_OUT, left)):
        side_values, side_constraints, side_unpublished = fg._block(side, counts, quarter, measures)
        values |= side_values
        constraints += side_constraints
        unpublished += list(side_values) if side == fg.LEFT_OUT else side_unpublished
    for _side, row, column in [c for c in values if c[0] == fg.EVERYONE]:
        constraints.append(Constraint((fg.EVERYONE, row, column), ((fg.CHOSEN, row, column),
                                                                   (fg.LEFT_OUT, row, column))))
    hidden = {**alone.hidden, **joint.hidden}
    for cell, value in values.items():
        if cell[0] != fg.LEFT_OUT and cell not in unpublished and 1 <= value < threshold:
            assert hidden[cell] in (Hidden.PRIMARY, Hidden.PART_OF_SMALL, Hidden.WITHHELD), cell
    for cell, kind in joint.hidden.items():
        assert cell[0] == fg.CHOSEN
        if kind is Hidden.COMPLEMENT:
            everyone_cell = (fg.EVERYONE, *cell[1:])
            assert everyone_cell not in alone.hidden and 1 <= values[(fg.LEFT_OUT, *cell[1:])] < threshold
    known = {(fg.LEFT_OUT, *cell[1:]): range(1, threshold) for cell, kind in joint.hidden.items()
             if kind is Hidden.COMPLEMENT}
    reader = SimpleNamespace(threshold=threshold, hidden=hidden, is_hidden=lambda c: c in hidden)
    assert_nothing_small_is_determined(values, constraints, reader, unpublished, known)
    for cell in values:  # what is shown is the count
        if cell[0] != fg.LEFT_OUT and cell not in unpublished and cell not in hidden:
            source = alone if cell[0] == fg.EVERYONE else joint
            assert source.text(cell) == str(values[cell])


def test_the_filter_check_finds_the_reviewers_case() -> None:
    """Class A: 7 for everyone, 6 for the filter, so 1 left out. Suppressed on its own, the filter's 6 would
    be shown (and 7 - 6 = 1); against everyone's, it is hidden with the reason."""
    from nps_trainer.team import figures as fg

    measures = [fg.Measure("x", "Using class A drugs")]
    quarter = fg.period_of(fg.dt.date(2026, 1, 1), "quarter")
    chosen = {("x", "2026-01"): 6, ("x", "2026-02"): 0, ("x", "2026-03"): 0, ("x", "2026-Q1"): 6}
    left = {("x", "2026-01"): 1, ("x", "2026-02"): 0, ("x", "2026-03"): 0, ("x", "2026-Q1"): 1}
    everyone = {cell: chosen[cell] + left[cell] for cell in chosen}
    on_its_own = fg.suppress_quarter(chosen, None, quarter, measures, 5)
    assert on_its_own.text((fg.EVERYONE, "x", "2026-01")) == "6"
    joint = fg.suppress_quarter(everyone, (chosen, left), quarter, measures, 5)
    assert joint.text((fg.CHOSEN, "x", "2026-01")) == "*" and joint.text((fg.CHOSEN, "x", "2026-Q1")) == "*"
    assert joint.hidden[(fg.CHOSEN, "x", "2026-01")] is Hidden.COMPLEMENT
    assert joint.reason((fg.CHOSEN, "x", "2026-01")).startswith("hidden so that the people outside the filter")
    # the brute-force checker sees the disclosure in the table as it was published before, and none now
    from types import SimpleNamespace

    values, constraints, unpublished = {}, [], []
    for side, counts in ((fg.EVERYONE, everyone), (fg.CHOSEN, chosen), (fg.LEFT_OUT, left)):
        side_values, side_constraints, _none = fg._block(side, counts, quarter, measures)
        values |= side_values
        constraints += side_constraints
    unpublished = [c for c in values if c[0] == fg.LEFT_OUT]
    constraints += [Constraint((fg.EVERYONE, r, c), ((fg.CHOSEN, r, c), (fg.LEFT_OUT, r, c)))
                    for _side, r, c in [cell for cell in values if cell[0] == fg.EVERYONE]]
    target = (fg.LEFT_OUT, "x", "2026-01")
    before = SimpleNamespace(threshold=5, hidden={}, is_hidden=lambda c: False)
    assert not alternative_exists(values, constraints, before, unpublished, target, 30)
    now = SimpleNamespace(threshold=5, hidden=joint.hidden, is_hidden=lambda c: c in joint.hidden)
    assert alternative_exists(values, constraints, now, unpublished, target, 30, {target: range(1, 5)})
