"""Compile the translation files into Qt's ``.qm`` with ``lrelease`` (the build, the tests and
``tools/translations.py release`` all use this). Qt-free: ``lrelease`` is a program, run as a subprocess.

Kept free of imports from the rest of the package, because the wheel's build hook loads this file by its path.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

LANGUAGES = ("cy", "en")


def find_qt_tool(name: str) -> str | None:
    """A Qt translation tool (``lupdate``, ``lrelease``) that comes with PySide6: inside the package, else
    ``pyside6-<name>`` beside this Python or on the path."""
    spec = importlib.util.find_spec("PySide6")  # found, not imported: this module stays Qt-free
    if spec is not None and spec.origin:
        folder = Path(spec.origin).parent
        for candidate in (name, f"{name}.exe"):
            if (folder / candidate).is_file():
                return str(folder / candidate)
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    return str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")


def find_lrelease() -> str | None:
    """The ``lrelease`` that comes with PySide6."""
    return find_qt_tool("lrelease")


def targets(translations: Path, out: Path) -> list[tuple[list[Path], Path]]:
    """Each ``.qm`` to make and the ``.ts`` files it is made from: the app's strings per language (every area
    in one file), and Qt's own strings in Welsh."""
    made = [(sorted((translations / language).glob("*.ts")), out / f"nps_trainer_{language}.qm")
            for language in LANGUAGES]
    made.append(([translations / "qtbase_cy.ts"], out / "qtbase_cy.qm"))
    return [(inputs, qm) for inputs, qm in made if all(path.exists() for path in inputs) and inputs]


def stale(translations: Path, out: Path) -> bool:
    """True when a ``.qm`` is missing or older than one of its ``.ts`` files."""
    for inputs, qm in targets(translations, out):
        if not qm.exists() or any(path.stat().st_mtime > qm.stat().st_mtime for path in inputs):
            return True
    return False


def compile_all(translations: Path, out: Path, lrelease: str | None = None) -> list[Path]:
    """Compile every target; returns the ``.qm`` files. Raises RuntimeError naming what failed. Unfinished
    translations are left out (``-nounfinished``), so the app shows their English, as the command line does: an
    unfinished one may be an old guess by lupdate whose placeholders no longer match."""
    lrelease = lrelease or find_lrelease()
    if lrelease is None:
        raise RuntimeError("lrelease not found: install PySide6-Essentials to compile the translations")
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for inputs, qm in targets(translations, out):
        result = subprocess.run([lrelease, "-silent", "-nounfinished", *map(str, inputs), "-qm", str(qm)],
                                capture_output=True, text=True, check=False)
        if result.returncode != 0 or not qm.exists():
            raise RuntimeError(f"lrelease failed for {qm.name}: {result.stdout}{result.stderr}".strip())
        made.append(qm)
    return made
