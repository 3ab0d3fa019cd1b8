"""Chart cost: the first chart's time in a fresh process (with and without matplotlib's font cache), the warm time
per chart, and the installed size of matplotlib and the packages it brings.

    python benchmarks/bench_charts.py [--runs 7]

Run from the repository root. Each cold run is a new Python process that imports the chart module, draws one
chart (importing matplotlib on the way) and exits: "no font cache" starts with an empty cache folder, so
matplotlib builds its font list first, as on a user's first chart ever; "font cache kept" reuses the folder, as
on every later start. Warm: the six team charts drawn again and again in one process.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# matplotlib's own requirements, and theirs, that the app does not otherwise install.
BROUGHT_IN = ("matplotlib", "numpy", "pillow", "fonttools", "contourpy", "kiwisolver", "cycler", "python-dateutil",
              "pyparsing", "six")

COLD = """
import json, sys, time
start = time.perf_counter()
from nps_trainer.team import chart_data as cd
from nps_trainer.team.charts import render_svg
ready = time.perf_counter()
render_svg(cd.screenings_by_month({"2026-01": cd.Count(12), "2026-02": cd.Count(None, "<5")},
                                  ["2026-01", "2026-02"], 5))
done = time.perf_counter()
print(json.dumps({"first_chart_ms": (done - ready) * 1000, "total_ms": (done - start) * 1000}))
"""


def sample_charts():
    from nps_trainer.team import chart_data as cd
    from nps_trainer.team.chart_data import ItemStatus

    statuses = []
    for person in range(40):
        for item in range(13):
            state = "completed" if (person + item) % 3 else "not started"
            statuses.append(ItemStatus(person, f"Team {person % 5}", "module", f"m{item}",
                                       f"Module number {item}: a title long enough to wrap", state))
            statuses.append(ItemStatus(person, f"Team {person % 5}", "quiz", f"q{item}", f"Quiz {item}",
                                       "passed" if (person + item) % 4 else "not passed"))
    months = cd.last_months(__import__("datetime").date(2026, 12, 1))
    return [cd.completion_by_module(statuses), cd.completion_by_team(statuses), cd.pass_rates(statuses),
            cd.overdue_over_time([(m, i % 4) for i, m in enumerate(months)]),
            cd.screenings_by_month({m: cd.Count(i * 3 + 5) if i % 4 else cd.Count(None, "<5")
                                    for i, m in enumerate(months)}, months, 5),
            cd.flags_raised({f"f{i}": cd.Count(20 - i) if i < 8 else cd.Count(None, "<5") for i in range(12)},
                            {f"f{i}": f"Flag number {i}" for i in range(12)}, 5)]


def cold(runs: int) -> dict[str, float]:
    results: dict[str, list[float]] = {"no font cache": [], "font cache kept": []}
    kept = Path(tempfile.mkdtemp(prefix="bench-charts-cache-"))
    for _ in range(runs):
        for kind in results:
            cache = Path(tempfile.mkdtemp(prefix="bench-charts-cold-")) if kind == "no font cache" else kept
            env = {k: v for k, v in os.environ.items() if k != "MPLCONFIGDIR"}
            env["XDG_CACHE_HOME"] = str(cache)
            env["PYTHONPATH"] = str(ROOT / "src")
            out = subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True, env=env, check=True)
            results[kind].append(json.loads(out.stdout)["first_chart_ms"])
    return {kind: statistics.median(values) for kind, values in results.items()}


def warm(runs: int) -> tuple[float, float]:
    from nps_trainer.team.charts import render_svg

    charts = sample_charts()
    for chart in charts:
        render_svg(chart)
    per_chart, all_six = [], []
    for _ in range(runs):
        start = time.perf_counter()
        for chart in charts:
            one = time.perf_counter()
            render_svg(chart)
            per_chart.append((time.perf_counter() - one) * 1000)
        all_six.append((time.perf_counter() - start) * 1000)
    return statistics.median(per_chart), statistics.median(all_six)


def installed_size() -> list[tuple[str, str, float]]:
    rows = []
    for name in BROUGHT_IN:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        size = sum((file.size or 0) for file in dist.files or ())
        rows.append((name, dist.version, size / 2**20))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    os.environ.setdefault("XDG_CACHE_HOME", tempfile.mkdtemp(prefix="bench-charts-warm-"))
    print("| first chart in a fresh process | median ms |\n|---|---:|")
    for kind, value in cold(args.runs).items():
        print(f"| {kind} | {value:.0f} |")
    per_chart, all_six = warm(args.runs * 3)
    print(f"\nWarm: {per_chart:.0f} ms per chart (median), {all_six:.0f} ms for all six team charts.\n")
    print("| package | version | installed MiB |\n|---|---|---:|")
    total = 0.0
    for name, version, size in installed_size():
        total += size
        print(f"| {name} | {version} | {size:.1f} |")
    print(f"| total | | {total:.1f} |")


if __name__ == "__main__":
    main()
