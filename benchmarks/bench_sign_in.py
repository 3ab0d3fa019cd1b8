"""From pressing Return at sign-in to the first page (Today) shown, in a fresh process each time; then to Learn's
catalogue.

    python benchmarks/bench_sign_in.py [--runs 11] [--profile]

Uses a demo team database (made once under benchmarks/.data/ with `nps-trainer demo`; every profile has the real
Argon2id parameters). Each run starts the app's main window as `nps-trainer` does, waits until it is idle,
chooses a practitioner, types the passphrase a key at a time (--key-interval apart; Return follows the last key
after the same interval), then times Return -> Today visible and the event loop idle again,
then Ctrl+2 -> Learn's catalogue visible and idle (the page most people open next). The passphrase check itself
(Argon2id, RFC 9106's second recommendation: 3 passes over 64 MiB) is timed on its own as well: it is derived
while the passphrase is typed (identity.ahead), so Return waits for at most the part of it not yet done.
--profile prints a cProfile of one sign-in instead.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from installed_like import installed_environment
from machine_info import machine

HERE = Path(__file__).parent
DATA = HERE / ".data"
PASSPHRASE = "benchmark-passphrase-cedar-lake"
WHO = "Priya Chauhan"  # a practitioner in the demo team

ONE_RUN = r"""
import json, os, sys, time
from pathlib import Path
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from nps_trainer.paths import UserPaths
from nps_trainer.services import build_services

app = QApplication(sys.argv[:1])
services = build_services(UserPaths.default(), database=sys.argv[1])
from nps_trainer.ui.main_window import MainWindow

window = MainWindow(services)
window.show()


def idle() -> None:
    done = []
    QTimer.singleShot(0, lambda: done.append(True))
    while not done:
        app.processEvents()


idle()
gate = window.gate
for row in range(gate.profile_list.count()):
    if gate.profile_list.item(row).text().startswith(sys.argv[2]):
        gate.profile_list.setCurrentRow(row)
def wait(seconds: float) -> None:
    until = time.perf_counter() + seconds
    while time.perf_counter() < until:
        app.processEvents()
        time.sleep(0.002)


interval = float(sys.argv[3])
for character in sys.argv[4]:  # typed a key at a time, as a person does (the window gets ready meanwhile)
    QTest.keyClicks(gate.passphrase, character)
    wait(interval)  # after the last key too: Return follows it as the next key would
profile = "--profile" in sys.argv
if profile:
    import cProfile
    profiler = cProfile.Profile()
    profiler.enable()
started = time.perf_counter()
QTest.keyClick(gate.passphrase, Qt.Key.Key_Return)
today = window.pages.get("today")
while today is None or not today.isVisible():
    app.processEvents()
    today = window.pages.get("today")
idle()
elapsed = time.perf_counter() - started
started = time.perf_counter()
window.show_section("learn")  # as Ctrl+2 does
learn = window.pages.get("learn")
while not learn.catalogue_page.isVisible():
    app.processEvents()
idle()
learn_elapsed = time.perf_counter() - started
if profile:
    import pstats
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)
    if os.environ.get("NPS_BENCH_CALLEES"):
        pstats.Stats(profiler).sort_stats("cumulative").print_callees(os.environ["NPS_BENCH_CALLEES"])
print(json.dumps({"ms": elapsed * 1000, "learn_ms": learn_elapsed * 1000}))
window.close()
services.close()
"""


def demo_database() -> Path:
    database = DATA / "sign-in-demo.sqlite3"
    if not database.exists():
        DATA.mkdir(exist_ok=True)
        secret = DATA / "sign-in-passphrase.txt"
        secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
        subprocess.run([sys.executable, "-m", "nps_trainer", "demo", "--database", str(database),
                        "--passphrase-file", str(secret)], check=True, stdout=subprocess.DEVNULL)
    return database


def kdf_ms() -> float:
    import time

    from nps_trainer.identity.crypto import KdfParams, derive_key_encryption_key

    times = []
    for _ in range(5):
        started = time.perf_counter()
        derive_key_encryption_key(PASSPHRASE, b"0" * 16, KdfParams())
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--key-interval", type=float, default=0.15,
                        help="seconds between keys, and between the last key and Return (0.15: about 80 words a "
                             "minute, a quick typist)")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    database = demo_database()
    home = Path(tempfile.mkdtemp(prefix="nps-bench-sign-in-"))
    env = {**installed_environment(), "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_STATE_HOME": str(home / "state")}
    command = [sys.executable, "-c", ONE_RUN, str(database), WHO, str(args.key_interval), PASSPHRASE]
    if args.profile:
        subprocess.run([*command, "--profile"], env=env, check=True)
        return
    times, learn_times = [], []
    for _ in range(args.runs + 1):
        result = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
        measured = json.loads(result.stdout.strip().splitlines()[-1])
        times.append(measured["ms"])
        learn_times.append(measured["learn_ms"])
    times, learn_times = times[1:], learn_times[1:]  # the first warms the file cache
    kdf = kdf_ms()
    print(f"Sign-in to Today, {date.today().isoformat()}, {args.runs} runs, each a fresh process")
    print(f"Machine: {machine()}\n")
    print("| | median (ms) | min | max |")
    print("|---|---|---|---|")
    print(f"| Return at sign-in -> Today shown and idle | {statistics.median(times):.0f} | {min(times):.0f} "
          f"| {max(times):.0f} |")
    print(f"| the key derivation alone (Argon2id, t=3, 64 MiB, p=4), done while typing | {kdf:.0f} | | |")
    print(f"| then Ctrl+2 -> Learn catalogue shown and idle | {statistics.median(learn_times):.0f} | "
          f"{min(learn_times):.0f} | {max(learn_times):.0f} |")


if __name__ == "__main__":
    main()
