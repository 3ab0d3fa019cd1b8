"""Run the app in benchmarks as an installed copy runs: from the wheel, installed and compiled.

``pip install`` and the PyInstaller build both ship the package compiled to ``.pyc``; a checkout run with
``PYTHONDONTWRITEBYTECODE`` set (as some shells and CI images do) would instead compile every changed module on
every start, and the benchmark would time the compiler. A checkout also does what an installed app never does:
at start it checks that the compiled translations are newer than their sources, and imports what that check
needs. So the start-up and sign-in benchmarks build the wheel from this checkout, install it, compiled, into a
folder of their own, and run the package from there."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLED = Path(__file__).resolve().parent / ".data" / "installed"


def installed_environment(env: dict[str, str] | None = None) -> dict[str, str]:
    """``env`` (default: this process's) without PYTHONDONTWRITEBYTECODE, with PYTHONPATH leading first to a copy
    of the package installed from a wheel built from this checkout now (``benchmarks/.data/installed``), compiled
    as pip compiles it. The checkout's editable install stays behind it on the path, unused."""
    with tempfile.TemporaryDirectory(prefix="nps-bench-wheel-") as wheels:
        subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", wheels,
                        str(ROOT)], check=True)
        wheel = next(Path(wheels).glob("nps_trainer-*.whl"))
        shutil.rmtree(INSTALLED, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(INSTALLED),
                        str(wheel)], check=True)
    env = dict(os.environ if env is None else env)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(INSTALLED), env.get("PYTHONPATH")]))
    return env
