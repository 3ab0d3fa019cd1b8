"""Mutation scores per package from mutmut's results (run by benchmarks/mutation_testing.sh).

Reads the `.meta` files mutmut writes under `mutants/`, and `benchmarks/mutation_equivalent/*.txt`: survivors
triaged as harmless (equivalent to the original, or only reachable from a subprocess test), one per line as
`mutant name @fingerprint  # why`. Prints, per package: mutants, killed, survived, no tests, equivalent, and the
score (killed / (mutants - equivalent)). With --survivors, lists the survivors not yet triaged.

A mutant's name is only its function and a number, and mutmut numbers a function's mutants afresh whenever the
function changes: a listed name may come to mean another change. So each line carries the fingerprint of the
change it was triaged for (the lines the mutant removes and adds, hashed), and a listed survivor counts as
equivalent only while its change still has that fingerprint; otherwise it is "stale", counted with the survivors,
and --stale lists it with its change now, to triage again. --review prints every listed mutant with its change
and reason; --stamp NAME... writes the fingerprint of each named mutant's change now into its line (after checking
that the reason describes that change). With --sample, counts only the mutants of the seeded sample
(mutation_sample.py) and gives each score's 95% interval (Wilson).
"""

from __future__ import annotations

import ast
import difflib
import hashlib
import json
import math
import re
import sys
from collections import Counter, defaultdict
from functools import cache, lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DETECTED = {1, 3, 36, 24, -24, 152, 255, -11, -9}  # killed, a pytest internal error, timeouts, crashes
SURVIVED = 0
NO_TESTS = {5, 33}
SKIPPED = {34}


EQUIVALENT_DIR = ROOT / "benchmarks" / "mutation_equivalent"
_LINE = re.compile(r"^(?P<name>\S+)(?:\s+@(?P<fingerprint>[0-9a-f]{12}))?\s*(?:#\s*(?P<why>.*))?$")


def equivalents() -> dict[str, tuple[str | None, str]]:
    """Every listed mutant: its fingerprint (None if the line has none yet) and the reason given."""
    found = {}
    for path in sorted(EQUIVALENT_DIR.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            match = _LINE.match(line.strip())
            if line.strip() and match:
                found[match["name"]] = (match["fingerprint"], (match["why"] or "").strip())
    return found


def _source_file(name: str) -> Path:
    """The mutated copy under mutants/ of the module that holds mutant ``name``."""
    module = name.split(".x_")[0].split(".xǁ")[0]
    return ROOT / "mutants" / "src" / Path(*module.split(".")).with_suffix(".py")


@cache
def _functions(path: Path) -> dict[str, tuple[str, ...]]:
    """Every mutant and original function in the mutated module, by name: its lines from ``def`` on, with its own
    name in the ``def`` line put as ``FUNCTION`` (so that a mutant of the signature, a default say, differs from
    the original there and nowhere else)."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    found = {}
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and "__mutmut_" in node.name:
            own = lines[node.lineno - 1:node.end_lineno]
            found[node.name] = (own[0].replace(node.name, "FUNCTION", 1), *own[1:])
    return found


def change(name: str) -> tuple[str, ...] | None:
    """The lines mutant ``name`` removes (``-``) and adds (``+``), stripped; None when it no longer exists."""
    function = name.rsplit(".", 1)[1]
    try:
        functions = _functions(_source_file(name))
    except (OSError, SyntaxError):
        return None
    mutant = functions.get(function)
    original = functions.get(function.rsplit("__mutmut_", 1)[0] + "__mutmut_orig")
    if mutant is None or original is None:
        return None
    return tuple(f"{line[0]} {line[1:].strip()}" for line in difflib.ndiff(original, mutant) if line[:1] in "-+")


def fingerprint(name: str) -> str | None:
    lines = change(name)
    return None if lines is None else hashlib.sha256("\n".join(lines).encode()).hexdigest()[:12]


def stamp(names: list[str]) -> int:
    """Write the fingerprint of each named mutant's change now into its line in mutation_equivalent/."""
    wanted = set(names)
    for path in sorted(EQUIVALENT_DIR.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        before = list(lines)
        for index, line in enumerate(lines):
            match = _LINE.match(line.strip())
            if not (line.strip() and match and match["name"] in wanted):
                continue
            found = fingerprint(match["name"])
            if found is None:
                print(f"{match['name']}: no such mutant now; not stamped")
                continue
            lines[index] = f"{match['name']} @{found}  # {match['why'] or ''}".rstrip()
            wanted.discard(match["name"])
        if lines != before:
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for name in sorted(wanted):
        print(f"{name}: not listed in {EQUIVALENT_DIR.name}/")
    return 1 if wanted else 0


def review(only_stale: bool) -> int:
    codes = results()
    for name, (stamped, why) in sorted(equivalents().items()):
        now = fingerprint(name)
        if only_stale and (stamped == now or codes.get(name) not in (SURVIVED, *NO_TESTS)):
            continue
        state = "ok" if stamped == now else "stale" if stamped else "unstamped"
        print(f"== {name}  [{state}; result {codes.get(name)}]")
        print("\n".join(change(name) or ("(no such mutant now)",)))
        print(f"   reason: {why}\n")
    return 0


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
    if "--stamp" in sys.argv:
        return stamp(sys.argv[sys.argv.index("--stamp") + 1:])
    if "--review" in sys.argv or "--stale" in sys.argv:
        return review(only_stale="--stale" in sys.argv)
    codes = results()
    if "--sample" in sys.argv:
        from mutation_sample import sample

        chosen = set(sample())
        codes = {name: code for name, code in codes.items() if name in chosen}
    if not codes:
        print("no mutmut results under mutants/: run benchmarks/mutation_testing.sh first")
        return 1
    listed = equivalents()
    table: dict[str, Counter] = defaultdict(Counter)
    untriaged = []
    for name, code in sorted(codes.items()):
        row = table[package_of(name)]
        if code in SKIPPED:
            continue
        row["mutants"] += 1
        if code in DETECTED:
            row["killed"] += 1
        elif code is None:
            row["not run"] += 1
        elif name in listed and listed[name][0] is not None and listed[name][0] == fingerprint(name):
            row["equivalent"] += 1
        else:
            row["survived" if code == SURVIVED else "no tests" if code in NO_TESTS else "other"] += 1
            row["stale"] += name in listed
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
    stale = sum(row["stale"] for row in table.values())
    if stale:
        print(f"\n{stale} survivor(s) listed as equivalent for another change than they make now (or never stamped):"
              " counted as survivors; see --stale")
    if "--survivors" in sys.argv:
        print("\n".join(untriaged))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
