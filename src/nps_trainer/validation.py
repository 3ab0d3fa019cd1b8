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


# -- limits for hostile YAML ----------------------------------------------------------------------------------
#: Limits every YAML reader applies before building anything (docs/module-format.md, "Limits"): a file larger
#: than MAX_YAML_BYTES, nested deeper than MAX_YAML_DEPTH, or whose aliases would expand it past
#: MAX_YAML_EXPANDED values (a 'billion laughs' file grows to gigabytes) is refused with one message.
MAX_YAML_BYTES = 1024 * 1024
MAX_YAML_DEPTH = 64
MAX_YAML_EXPANDED = 200_000
_EVENT_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml where installed: several times faster


def yaml_limit_problem(text: str) -> tuple[int, str] | None:
    """(1-based line, message) when ``text`` breaks a YAML limit; None when it is within them or is not YAML
    at all (the reader then reports the syntax error itself). Walks the event stream, which the parser makes
    without recursion, so neither depth nor aliases can hang or crash this check."""
    if len(text) > MAX_YAML_BYTES:
        return 1, f"file is too large ({len(text) // 1024:,} KB; at most {MAX_YAML_BYTES // 1024:,} KB)"
    try:
        return _walk_events(text, _EVENT_LOADER)
    except yaml.YAMLError:  # libyaml stops at its own limits: the Python parser says where, without recursing
        try:
            return _walk_events(text, yaml.SafeLoader)
        except yaml.YAMLError:
            return None


def _walk_events(text: str, loader: type) -> tuple[int, str] | None:
    sizes: dict[str, int] = {}  # anchor -> how many values it stands for, expanded
    open_anchors: list[tuple[str | None, int]] = []  # (anchor, expanded count when it opened), per level
    expanded = 0
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.AliasEvent):
            expanded += sizes.get(event.anchor, 1)
        elif isinstance(event, (yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            expanded += 1
            if isinstance(event, yaml.ScalarEvent):
                if event.anchor:
                    sizes[event.anchor] = 1
            else:
                open_anchors.append((event.anchor, expanded - 1))
                if len(open_anchors) > MAX_YAML_DEPTH:
                    return (event.start_mark.line + 1,
                            f"values are nested more than {MAX_YAML_DEPTH} deep: this cannot be content")
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)) and open_anchors:
            anchor, before = open_anchors.pop()
            if anchor:
                sizes[anchor] = expanded - before
        if expanded > MAX_YAML_EXPANDED:
            line = event.start_mark.line + 1
            return line, (f"aliases ('*name') here expand the file to more than {MAX_YAML_EXPANDED:,} values: "
                          "write the values out instead of repeating aliases")
    return None


def decode_problem(data: bytes) -> tuple[int, str] | None:
    """(line, message) when ``data`` is not UTF-8 text, naming the line of the first bad byte; None if it is."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return line, f"file is not UTF-8 text (byte 0x{data[exc.start]:02x} on this line): save it as UTF-8"
    return None


class FieldProblems:
    """Problems found in one YAML data file, each placed at the line of the field it is about (``lines`` maps a
    field path such as ``("steps", 2, "quiz")`` to its line; a path without one takes its nearest parent's)."""

    def __init__(self, file: Path, lines: dict, problems: list[Problem]) -> None:
        self.file = file
        self.lines = lines
        self.problems = problems

    def line(self, key: tuple) -> int:
        while key:
            if key in self.lines:
                return self.lines[key]
            key = key[:-1]
        return 1

    def error(self, key: tuple, message: str) -> None:
        self.problems.append(Problem(self.file, self.line(key), message))

    def warn(self, key: tuple, message: str) -> None:
        self.problems.append(Problem(self.file, self.line(key), message, Severity.WARNING))

    def sorted(self) -> list[Problem]:
        return sorted(self.problems, key=lambda p: p.line)
