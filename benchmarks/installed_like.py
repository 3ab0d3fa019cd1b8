"""Run the app in benchmarks as an installed copy runs: from compiled bytecode.

``pip install`` and the PyInstaller build both ship the package compiled to ``.pyc``; a checkout run with
``PYTHONDONTWRITEBYTECODE`` set (as some shells and CI images do) would instead compile every changed module on
every start, and the benchmark would time the compiler. So the source is compiled once, before timing, and the
runs are allowed to use it."""

from __future__ import annotations

import compileall
import os
from pathlib import Path

SOURCE = Path(__file__).resolve().parent.parent / "src" / "nps_trainer"


def compiled_environment(env: dict[str, str] | None = None) -> dict[str, str]:
    """``env`` (default: this process's) without PYTHONDONTWRITEBYTECODE, after compiling the package."""
    compileall.compile_dir(str(SOURCE), quiet=1)
    env = dict(os.environ if env is None else env)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env
