"""Mutation scores per package from mutmut's results (run by benchmarks/mutation_testing.sh).

Reads the `.meta` files mutmut writes under `mutants/`, and `benchmarks/mutation_equivalent/*.txt`: survivors
triaged as harmless (equivalent to the original, or only reachable from a subprocess test), one per line as
`mutant name  # why`. Prints, per package: mutants, killed, survived, no tests, equivalent, and the score
(killed / (mutants - equivalent)). With --survivors, lists the survivors not yet triaged. With --sample, counts
only the mutants of the seeded sample (mutation_sample.py) and gives each score's 95% interval (Wilson).
"""

from __future__ import annotations

import json
import math
import sys
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DETECTED = {1, 3, 36, 24, -24, 152, 255, -11, -9}  # killed, a pytest internal error, timeouts, crashes
SURVIVED = 0
NO_TESTS = {5, 33}
SKIPPED = {34}


def equivalents() -> dict[str, str]:
    found = {}
    for path in sorted((ROOT / "benchmarks" / "mutation_equivalent").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            name, _, why = line.partition("#")
            if name.strip():
                found[name.strip()] = why.strip()
    return found


@lru_cache(maxsize=1)
def _not_mutated() -> tuple[str, ...]:
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mutmut"]
    return tuple(config.get("do_not_mutate", []))


def excluded(meta: Path) -> bool:
    """Files the configuration no longer mutates (their old results may still be under mutants/)."""
    import fnmatch

    source = meta.relative_to(ROOT / "mutants").as_posix().removesuffix(".meta")
    return not (ROOT / source).exists() or any(fnmatch.fnmatch(source, pattern) for pattern in _not_mutated())


def results() -> dict[str, int | None]:
    codes: dict[str, int | None] = {}
    for meta in (ROOT / "mutants").rglob("*.meta"):
        if excluded(meta):
            continue
        data = json.loads(meta.read_text(encoding="utf-8"))
        codes.update(data.get("exit_code_by_key", {}))
    return codes


def package_of(name: str) -> str:
    parts = name.split(".")
    return parts[1] if parts[0] == "nps_trainer" and len(parts) > 2 else parts[0]


def wilson(killed: int, total: int, z: float = 1.96) -> tuple[float, float]:
    if total == 0:
        return 1.0, 1.0
    p = killed / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return max(0.0, centre - half), min(1.0, centre + half)


def main() -> int:
    codes = results()
    if "--sample" in sys.argv:
        from mutation_sample import sample

        chosen = set(sample())
        codes = {name: code for name, code in codes.items() if name in chosen}
    if not codes:
        print("no mutmut results under mutants/: run benchmarks/mutation_testing.sh first")
        return 1
    harmless = equivalents()
    table: dict[str, Counter] = defaultdict(Counter)
    untriaged = []
    for name, code in sorted(codes.items()):
        row = table[package_of(name)]
        if code in SKIPPED:
            continue
        row["mutants"] += 1
        if code in DETECTED:
            row["killed"] += 1
        elif name in harmless:
            row["equivalent"] += 1
        elif code is None:
            row["not run"] += 1
        else:
            row["survived" if code == SURVIVED else "no tests" if code in NO_TESTS else "other"] += 1
            untriaged.append(name)
    print(f"{'package':<20}{'mutants':>8}{'killed':>8}{'equiv.':>8}{'survived':>9}{'no tests':>9}{'not run':>8}"
          f"{'score':>8}")
    for package, row in sorted(table.items()):
        counted = row["mutants"] - row["equivalent"] - row["not run"]
        score = 100 * row["killed"] / counted if counted else 100.0
        low, high = wilson(row["killed"], counted)
        interval = f"  ({100 * low:.0f} to {100 * high:.0f}%)" if "--sample" in sys.argv else ""
        print(
            f"{package:<20}{row['mutants']:>8}{row['killed']:>8}{row['equivalent']:>8}"
            f"{row['survived'] + row['other']:>9}{row['no tests']:>9}{row['not run']:>8}{score:>7.1f}%{interval}"
        )
    if "--survivors" in sys.argv:
        print("\n".join(untriaged))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
