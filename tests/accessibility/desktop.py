"""A desktop a screen reader can read, for tests: Xvfb, a D-Bus session with the AT-SPI bus, and openbox (so
windows take focus), all started here and stopped afterwards. Skips when the Debian packages are missing
(xvfb, at-spi2-core, python3-pyatspi, openbox, dbus), unless NPS_TRAINER_REQUIRE_ATSPI=1 (CI)."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
DUMP = Path(__file__).with_name("atspi_dump.py")


def missing() -> list[str]:
    found = []
    for program in ("Xvfb", "openbox", "dbus-daemon"):
        if shutil.which(program) is None:
            found.append(program)
    if not Path(BUS_LAUNCHER).exists():
        found.append("at-spi2-core")
    check = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False) \
        if Path(SYSTEM_PYTHON).exists() else None
    if check is None or check.returncode != 0:
        found.append("python3-pyatspi")
    return found


def require_desktop() -> None:
    absent = missing()
    if absent:
        message = "needs " + ", ".join(absent) + " (Debian packages) to read the app through AT-SPI"
        if os.environ.get("NPS_TRAINER_REQUIRE_ATSPI") == "1":
            pytest.fail(message)
        pytest.skip(message)


def _free_display() -> int:
    for number in range(90, 190):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    raise RuntimeError("no free X display number")


@contextlib.contextmanager
def accessible_desktop(tmp_path: Path) -> Iterator[dict[str, str]]:
    """Yields the environment for programs on this desktop (DISPLAY, the session bus, Qt's accessibility on)."""
    require_desktop()
    processes: list[subprocess.Popen] = []
    display = f":{_free_display()}"
    env = dict(os.environ)
    env.update({"DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
                "QT_ACCESSIBILITY": "1", "NO_AT_BRIDGE": "0", "XDG_RUNTIME_DIR": str(tmp_path / "runtime"),
                "GTK_MODULES": ""})
    (tmp_path / "runtime").mkdir(mode=0o700, exist_ok=True)
    try:
        processes.append(subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        _wait_for(lambda: Path(f"/tmp/.X11-unix/X{display[1:]}").exists(), "Xvfb")
        bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        processes.append(bus)
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
        processes.append(subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"], env=env,
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        processes.append(subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL,
                                          stderr=subprocess.DEVNULL))
        time.sleep(0.5)
        yield env
    finally:
        for process in reversed(processes):
            with contextlib.suppress(ProcessLookupError):
                process.send_signal(signal.SIGTERM)
        for process in processes:
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()


def _wait_for(condition, what: str, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise RuntimeError(f"{what} did not start")


def read_tree(env: dict[str, str], application: str, focus_only: bool = False) -> dict:
    """The application's accessibility tree as a screen reader sees it (atspi_dump.py, run by the system's
    Python with pyatspi)."""
    clean = {key: value for key, value in env.items() if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
    result = subprocess.run([SYSTEM_PYTHON, str(DUMP), application, *(["--focus"] if focus_only else [])],
                            env=clean, capture_output=True, text=True, timeout=60, check=False)
    if result.returncode != 0:
        raise AssertionError(f"reading the tree failed: {result.stderr[-2000:]}")
    return json.loads(result.stdout)


def walk(tree: dict) -> Iterator[dict]:
    yield tree
    for child in tree.get("children", []):
        yield from walk(child)


def start_app(env: dict[str, str], script: Path, *args: str) -> subprocess.Popen:
    """Start a scenario script (a small program that opens the app at a page) on the desktop."""
    return subprocess.Popen([sys.executable, str(script), *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
