"""Problems found in data files (modules, quizzes, screening forms), reported as ``file:line: message``."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from .i18n import tr


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
        message = (tr("warning: {message}").format(message=self.message) if self.severity is Severity.WARNING
                   else self.message)
        return f"{self.path}:{self.line}: {message}"


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


def decode_problem(data: bytes) -> tuple[int, str] | None:
    """(line, message) when ``data`` is not UTF-8 text, naming the line of the first bad byte; None if it is."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return line, tr("file is not UTF-8 text (byte {byte} on this line): save it as UTF-8").format(
            byte=f"0x{data[exc.start]:02x}")
    return None


# The most any content or form file is read of (each kind has its own, smaller limit, checked after reading):
# a file of gigabytes, or a link to an endless device, is refused before it is read into memory.
MAX_READ_BYTES = 4 * 1024 * 1024


def read_utf8_file(path: Path, *, missing_ok: bool = False,
                   unreadable: str | None = None) -> tuple[str | None, list[Problem]]:
    """The text of the file at ``path``, or None and why not: not UTF-8 (at the line of the first bad byte),
    not a file (a folder, a named pipe, which would never end), larger than :data:`MAX_READ_BYTES`, or not
    readable; all but the first at line 1, as ``unreadable`` (translated text with ``{reason}``; by default
    'cannot read file: …') says. A missing file with ``missing_ok`` is None and no problem."""
    import stat

    why = unreadable or tr("cannot read file: {reason}")
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            return None, [Problem(path, 1, why.format(reason=tr("it is a folder")))]
        if not stat.S_ISREG(status.st_mode):
            return None, [Problem(path, 1, why.format(reason=tr("it is not a file")))]
        size = status.st_size
        if size <= MAX_READ_BYTES:
            with path.open("rb") as handle:
                data = handle.read(MAX_READ_BYTES + 1)  # a file that grew since is still read no further
            size = max(size, len(data))
    except OSError as exc:
        if missing_ok and isinstance(exc, FileNotFoundError):
            return None, []
        return None, [Problem(path, 1, why.format(reason=exc.strerror or exc))]
    if size > MAX_READ_BYTES:
        return None, [Problem(path, 1, tr("file is too large ({size} KB; at most {limit} KB)").format(
            size=f"{size // 1024:,}", limit=f"{MAX_READ_BYTES // 1024:,}"))]
    bad = decode_problem(data)
    if bad is not None:
        return None, [Problem(path, *bad)]
    return data.decode("utf-8"), []


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
