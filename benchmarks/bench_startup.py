"""Start-up time and peak memory of ``nps-trainer --exit-when-ready`` against a bare PySide6 window.

    python benchmarks/bench_startup.py [--runs 31] [--first]

Runs alternate between the contenders, in one session, offscreen, each in a fresh process; the app's database
is the benchmark database (10,000 screening records, 100,000 quiz answers; made if missing), or with --first a
new database in new user folders on every run (a first start). The app is run from the wheel, installed
(``installed_like.py``), by the ``nps-trainer`` command the install makes. Reports medians and the ratios to
the bare window of the time from process start to ready (the window shown and the loop idle, which each process
reports), of the time to the process's end, and of peak memory. A later start also runs ``sign_in_floor.py``
in turn: the sign-in screen's widgets and nothing of the app, the least any PySide6 program showing that screen
needs. Targets (issue 15): a later start at most 1.5 times the time and 1.3 times the peak memory; a first start
at most 2.0 times both.
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

from installed_like import INSTALLED, installed_environment
from machine_info import machine

HERE = Path(__file__).parent


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Wall seconds from process start to ready (the window shown and the loop idle, as the process reports on
    its standard output with NPS_TRAINER_REPORT_READY set) and to exit, and peak resident memory in MiB."""
    started = time.monotonic_ns()
    process = subprocess.Popen(command, env={**env, "NPS_TRAINER_REPORT_READY": "1"}, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    output = process.stdout.read().decode()
    _, status, usage = os.wait4(process.pid, 0)
    ended = time.monotonic_ns()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{command} failed: {process.stderr.read().decode()}")
    ready = next(int(line.split()[1]) for line in output.splitlines() if line.startswith("ready "))
    return (ready - started) / 1e9, (ended - started) / 1e9, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=31)
    parser.add_argument("--first", action="store_true", help="a first start: new user folders and database each run")
    args = parser.parse_args()
    database = HERE / ".data" / "bench.sqlite3"
    if not database.exists():
        subprocess.run([sys.executable, str(HERE / "make_bench_db.py"), str(database)], check=True)
    home = Path(tempfile.mkdtemp(prefix="nps-bench-"))
    env = {**installed_environment(), "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_STATE_HOME": str(home / "state"),
           "NPS_TRAINER_DATABASE_URL": f"sqlite:///{database}"}
    # The command pip installs (what the README starts), run by this Python: `python -m nps_trainer` would add
    # runpy's own start (about 1.5 ms) that the installed command never pays.
    app = [sys.executable, str(INSTALLED / "bin" / "nps-trainer"), "--exit-when-ready"]
    bare = [sys.executable, str(HERE / "bare_window.py")]
    floor = [sys.executable, str(HERE / "sign_in_floor.py")]
    contenders = {"app": app, "bare": bare} if args.first else {"app": app, "bare": bare, "floor": floor}
    if args.first:
        del env["NPS_TRAINER_DATABASE_URL"]

    def app_env() -> dict[str, str]:
        if not args.first:
            return env
        fresh = Path(tempfile.mkdtemp(prefix="nps-bench-first-", dir=home))
        return {**env, "XDG_DATA_HOME": str(fresh / "data"), "XDG_CONFIG_HOME": str(fresh / "config"),
                "XDG_STATE_HOME": str(fresh / "state")}

    for who, command in contenders.items():  # warm the file cache
        run_once(command, app_env() if who == "app" else env)
    results: dict[str, list[tuple[float, float, float]]] = {who: [] for who in contenders}
    for _ in range(args.runs):
        for who, command in contenders.items():
            results[who].append(run_once(command, app_env() if who == "app" else env))

    def median(who: str, index: int) -> float:
        return statistics.median(run[index] for run in results[who])

    kind = "first start (new user folders and database)" if args.first else "later start (the benchmark database)"
    print(f"Start-up benchmark, {kind}, {date.today().isoformat()}, {args.runs} alternating runs each")
    print(f"Machine: {machine()}\n")
    print("| | median start to ready (ms) | median start to exit (ms) | median peak RSS (MiB) |")
    print("|---|---|---|---|")
    labels = {"bare": "bare PySide6 window", "floor": "the sign-in screen's widgets alone (sign_in_floor.py)",
              "app": "nps-trainer --exit-when-ready"}
    for who in ("bare", "floor", "app"):
        if who in results:
            print(f"| {labels[who]} | {median(who, 0) * 1000:.0f} | {median(who, 1) * 1000:.0f} | "
                  f"{median(who, 2):.1f} |")
    time_target, memory_target = (2.0, 2.0) if args.first else (1.5, 1.3)
    for who, label in (("floor", "ratio, the widgets alone"), ("app", "ratio (target)")):
        if who not in results:
            continue
        ratios = [median(who, index) / median("bare", index) for index in range(3)]
        if who == "app":
            print(f"| {label} | {ratios[0]:.2f} (<= {time_target}) | {ratios[1]:.2f} (<= {time_target}) | "
                  f"{ratios[2]:.2f} (<= {memory_target}) |")
        else:
            print(f"| {label} | {ratios[0]:.2f} | {ratios[1]:.2f} | {ratios[2]:.2f} |")
    # How much the machine moved under the runs: each round's own ratio (a run and the bare window's beside it).
    spread = [statistics.quantiles([run[index] / bare[index] for run, bare in zip(results["app"], results["bare"],
                                                                                  strict=True)], n=4)
              for index in range(3)] if args.runs >= 2 else []
    if spread:
        print("| app, each round's ratio: quartiles | " + " | ".join(f"{q[0]:.2f} / {q[1]:.2f} / {q[2]:.2f}"
                                                                  for q in spread) + " |")

if __name__ == "__main__":
    main()
