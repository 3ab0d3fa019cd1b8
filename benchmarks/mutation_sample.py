"""Draw a random sample of mutants per package (seeded, so anyone can draw the same one), for a mutation score
that can be measured in minutes rather than hours: `bash benchmarks/mutation_testing.sh --sample`.

Prints the names, one per line, for `mutmut run`. A package with fewer mutants than the sample size is taken
whole. The score of a sample estimates the package's score; `mutation_scores.py --sample` gives the interval.
"""

from __future__ import annotations

import os
import random
import sys
from collections import defaultdict

from mutation_scores import package_of, results

SIZE = int(os.environ.get("MUTATION_SAMPLE_SIZE", "120"))
SEED = 14  # the number


def sample(size: int = SIZE, seed: int = SEED) -> list[str]:
    by_package: dict[str, list[str]] = defaultdict(list)
    for name in sorted(results()):
        by_package[package_of(name)].append(name)
    chosen: list[str] = []
    for package in sorted(by_package):
        names = by_package[package]
        chosen += names if len(names) <= size else random.Random(f"{seed}:{package}").sample(names, size)
    return chosen


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else SIZE
    print("\n".join(sample(size)))
