"""Problems found in data files (modules, quizzes, screening forms), reported as ``file:line: message``."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import ConstructorError
from yaml.reader import ReaderError


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a data file.

    ``line`` is 1-based; 0 means the problem concerns the whole file.
    """

    path: Path
    line: int
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        prefix = "warning: " if self.severity is Severity.WARNING else ""
        return f"{self.path}:{self.line}: {prefix}{self.message}"


def has_errors(problems: list[Problem]) -> bool:
    return any(p.severity is Severity.ERROR for p in problems)


class ProblemLog:
    """Collects the problems found in one file, for loaders and checkers to extend."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def error(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, message))

    def warn(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, message, Severity.WARNING))


# What PyYAML's safe constructors raise, besides YAMLError, for a value they cannot build: ValueError for
# ``2026-02-30`` or ``!!int x``, AttributeError for ``!!timestamp x``.
VALUE_ERRORS = (ValueError, TypeError, AttributeError, OverflowError)
_KINDS = {"timestamp": "a real date", "int": "a whole number", "float": "a number", "bool": "true or false"}


def yaml_error_at(exc: yaml.YAMLError, text: str) -> tuple[int | None, str]:
    """Where (0-based line in ``text``, None if unknown) and why PyYAML could not read ``text``."""
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        return (mark.line if mark is not None else None), exc.problem or "syntax error"
    if isinstance(exc, ReaderError) and isinstance(exc.character, int):
        line = text[:exc.position].count("\n") if exc.encoding == "unicode" else None
        return line, f"control character U+{exc.character:04X} is not allowed (delete it)"
    return None, str(exc)


def bad_value_reason(node: yaml.Node, exc: Exception) -> str:
    """Why the value at ``node`` cannot be built, e.g. "'2026-02-30' is not a real date (day is out of ...)"."""
    kind = _KINDS.get(str(node.tag).rsplit(":", 1)[-1], "a value that can be read")
    detail = f" ({exc})" if isinstance(exc, ValueError) and str(exc) else ""
    return f"'{node.value}' is not {kind}{detail}" if isinstance(node.value, str) else f"not {kind}{detail}"


class LocatingSafeLoader(yaml.SafeLoader):
    """A SafeLoader whose bad values (``reviewed: 2026-02-30``) raise ConstructorError marked at that value."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep=deep)
        except VALUE_ERRORS as exc:
            raise ConstructorError(None, None, bad_value_reason(node, exc), node.start_mark) from exc
