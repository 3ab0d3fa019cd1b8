"""Start-up time and peak memory of ``nps-trainer --exit-when-ready`` against a bare PySide6 window.

    python benchmarks/bench_startup.py [--runs 15] [--first]

Runs alternate between the two, in one session, offscreen, each in a fresh process; the app's database is
the benchmark database (10,000 screening records, 100,000 quiz answers; made if missing), or with --first a new
database in new user folders on every run (a first start). Reports medians and the ratios app/bare. Targets
(issue 15): a later start at most 1.5 times the time and 1.3 times the peak memory; a first start at most 2.0
times both.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from installed_like import compiled_environment
from machine_info import machine

HERE = Path(__file__).parent


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds from process start to exit, and peak resident memory in MiB."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{command} failed: {process.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss / 1024




def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--first", action="store_true", help="a first start: new user folders and database each run")
    args = parser.parse_args()
    database = HERE / ".data" / "bench.sqlite3"
    if not database.exists():
        subprocess.run([sys.executable, str(HERE / "make_bench_db.py"), str(database)], check=True)
    home = Path(tempfile.mkdtemp(prefix="nps-bench-"))
    env = {**compiled_environment(), "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_STATE_HOME": str(home / "state"),
           "NPS_TRAINER_DATABASE_URL": f"sqlite:///{database}"}
    app = [sys.executable, "-m", "nps_trainer", "--exit-when-ready"]
    bare = [sys.executable, str(HERE / "bare_window.py")]
    if args.first:
        del env["NPS_TRAINER_DATABASE_URL"]

    def app_env() -> dict[str, str]:
        if not args.first:
            return env
        fresh = Path(tempfile.mkdtemp(prefix="nps-bench-first-", dir=home))
        return {**env, "XDG_DATA_HOME": str(fresh / "data"), "XDG_CONFIG_HOME": str(fresh / "config"),
                "XDG_STATE_HOME": str(fresh / "state")}

    run_once(app, app_env()), run_once(bare, env)  # warm the file cache
    results: dict[str, list[tuple[float, float]]] = {"app": [], "bare": []}
    for _ in range(args.runs):
        results["app"].append(run_once(app, app_env()))
        results["bare"].append(run_once(bare, env))
    t_app = statistics.median(r[0] for r in results["app"])
    t_bare = statistics.median(r[0] for r in results["bare"])
    m_app = statistics.median(r[1] for r in results["app"])
    m_bare = statistics.median(r[1] for r in results["bare"])
    kind = "first start (new user folders and database)" if args.first else "later start (the benchmark database)"
    print(f"Start-up benchmark, {kind}, {date.today().isoformat()}, {args.runs} alternating runs each")
    print(f"Machine: {machine()}\n")
    print("| | median start to idle-and-exit (ms) | median peak RSS (MiB) |")
    print("|---|---|---|")
    print(f"| bare PySide6 window | {t_bare * 1000:.0f} | {m_bare:.1f} |")
    print(f"| nps-trainer --exit-when-ready | {t_app * 1000:.0f} | {m_app:.1f} |")
    time_target, memory_target = (2.0, 2.0) if args.first else (1.5, 1.3)
    print(f"| ratio (target) | {t_app / t_bare:.2f} (<= {time_target}) | {m_app / m_bare:.2f} (<= {memory_target}) |")


if __name__ == "__main__":
    main()
