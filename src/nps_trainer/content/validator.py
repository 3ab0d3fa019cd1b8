"""Validate every module under a folder and report problems as ``file:line: message``."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TextIO

from nps_trainer.content.crosscheck import cross_module_problems
from nps_trainer.content.house_rules import house_rule_problems
from nps_trainer.content.loader import module_files, read_module_file
from nps_trainer.content.translations import translation_problems
from nps_trainer.i18n import tr
from nps_trainer.validation import Problem, Severity, has_errors


def validate_modules(root: Path, today: date | None = None, *, bundled: bool = False) -> list[Problem]:
    """All problems in the modules under ``root``, sorted by file and line.

    ``today`` fixes the date for the 12-month review check; ``bundled`` adds the checks that
    every module shipped with the app must pass (notice, key points, case example, supervision, length).
    """
    root = Path(root)
    if not root.is_dir():
        return [Problem(root, 0, tr("module folder not found"))]
    files = [read_module_file(path, today) for path in module_files(root)]
    problems = [problem for file in files for problem in file.problems]
    problems += cross_module_problems(files)
    if bundled:
        for file in files:
            problems += house_rule_problems(file)
    problems += translation_problems(root, files, today, bundled=bundled)
    return sorted(set(problems),
                  key=lambda p: (str(p.path), p.line, p.severity is Severity.WARNING, p.message))


def format_problems(problems: list[Problem]) -> str:
    """One ``file:line: message`` per line and a summary line."""
    errors = sum(p.severity is Severity.ERROR for p in problems)
    warnings = len(problems) - errors
    lines = [str(p) for p in problems]
    lines.append(f"{errors} error{'' if errors == 1 else 's'}, "
                 f"{warnings} warning{'' if warnings == 1 else 's'}")
    return "\n".join(lines)


def report_problems(problems: list[Problem], stream: TextIO | None = None) -> int:
    """Print problems for the CLI. Returns the exit status: 1 if there are errors, else 0."""
    print(format_problems(problems), file=stream or sys.stdout)
    return 1 if has_errors(problems) else 0


def check_modules_command(root: Path, today: date | None = None, *, bundled: bool = True,
                          stream: TextIO | None = None) -> int:
    """What ``nps-trainer check-modules`` should run: validate, print, return the exit status."""
    return report_problems(validate_modules(root, today, bundled=bundled), stream)
