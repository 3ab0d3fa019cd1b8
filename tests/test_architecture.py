"""Only ui/ imports Qt, and importing the package has no side effects."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import nps_trainer

PACKAGE_DIR = Path(nps_trainer.__file__).parent


def _domain_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages([str(PACKAGE_DIR)], prefix="nps_trainer."):
        if info.name.startswith(("nps_trainer.ui", "nps_trainer.storage.migrations")):
            continue
        names.append(info.name)
    return names


def test_domain_modules_exist() -> None:
    names = _domain_modules()
    for expected in ("nps_trainer.storage.database", "nps_trainer.services", "nps_trainer.__main__"):
        assert expected in names


def test_no_module_outside_ui_loads_qt(tmp_path: Path) -> None:
    names = _domain_modules()
    script = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                            cwd=tmp_path)
    assert result.stdout.strip() == "", f"Qt loaded by a domain module: {result.stdout}"


def test_importing_everything_creates_no_files(tmp_path: Path, user_paths) -> None:
    names = [*_domain_modules(), "nps_trainer.ui.main_window", "nps_trainer.ui.launch"]
    script = f"import importlib\nfor name in {names!r}:\n    importlib.import_module(name)\n"
    home = user_paths.data.parent.parent
    subprocess.run([sys.executable, "-c", script], check=True, cwd=tmp_path)
    assert not home.exists() or not any(home.rglob("*")), "importing created files in the user folders"
    assert list(tmp_path.iterdir()) == []
