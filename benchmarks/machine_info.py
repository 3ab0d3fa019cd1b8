"""What machine a benchmark ran on, for benchmarks/RESULTS.md."""

from __future__ import annotations

import os
import platform
from datetime import date
from pathlib import Path


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine_rows() -> list[tuple[str, str]]:
    import PySide6

    return [("Date", date.today().isoformat()), ("Platform", platform.platform()), ("CPU", cpu_name()),
            ("CPU count", str(os.cpu_count())), ("Python", platform.python_version()),
            ("PySide6", PySide6.__version__)]


def machine() -> str:
    import PySide6

    return (f"{cpu_name()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}, PySide6 {PySide6.__version__}")
