"""Split a module file into YAML front matter and body, keeping the line number of every field."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from nps_trainer.i18n import tr, tr_noop
from nps_trainer.validation import Problem
from nps_trainer.yaml_reader import FieldPath, LMap, YamlFault, YamlProblem, field_lines, read_yaml

_DELIMITER = "---"
_HINTS = {
    "mapping values are not allowed here": tr_noop("(put a value that contains ': ' in quotes)"),
    "found character '\\t' that cannot start any token": tr_noop("(use spaces, not tabs)"),
}


@dataclass(frozen=True)
class FrontMatter:
    """Parsed front matter.

    ``lines`` maps a field path such as ``("sources", 0, "year")`` to its 1-based line in the file.
    ``body_line`` is the file line of the first body line.
    """

    data: dict[str, object]
    lines: dict[FieldPath, int] = field(default_factory=dict)
    body: str = ""
    body_line: int = 1
    start_line: int = 1

    def line_of(self, *path: str | int) -> int:
        """Line of the field at ``path``, or of its nearest parent that has one."""
        current: FieldPath = tuple(path)
        while current:
            if current in self.lines:
                return self.lines[current]
            current = current[:-1]
        return self.start_line


@dataclass(frozen=True)
class YamlFields:
    """``field: value`` YAML with the 1-based line of each field path (as in ``FrontMatter.lines``)."""

    data: dict[str, object]
    lines: dict[FieldPath, int]


def read_yaml_fields(yaml_text: str, path: Path, offset: int, what: str) -> tuple[YamlFields | None, list[Problem]]:
    """Read ``yaml_text`` (whose first line is line ``offset`` of ``path``) as ``field: value`` lines.

    Returns ``None`` and its errors if it is not valid YAML (a control character included), not a mapping, or
    has a value that cannot be built (a date such as 2026-02-30, an unknown tag, an alias inside the value it
    names); problems that concern the whole text are on line 1. Duplicate fields are errors returned alongside
    the fields. ``what`` names the text in messages, e.g. "front matter". Text that breaks the limits every YAML
    reader applies (size, nesting, aliases) is refused with one error at the line where it breaks them.
    """
    document = read_yaml(yaml_text)

    def file_line(line: int) -> int:
        return 1 if line == 0 else line - 1 + offset

    fatal = next((p for p in document.problems if p.fatal), None)
    if fatal is not None:
        if fatal.fault is YamlFault.LIMIT:
            return None, [Problem(path, file_line(fatal.line), f"{what}: {fatal.reason}")]
        hint = " " + tr(_HINTS[fatal.reason]) if fatal.reason in _HINTS else ""
        return None, [Problem(path, file_line(fatal.line), tr("{what} is not valid YAML: {reason}").format(
            what=what, reason=fatal.reason) + hint)]
    if not isinstance(document.data, LMap):
        return None, [Problem(path, 1, tr("{what} must be a set of 'field: value' lines").format(what=what))]
    unreadable = [p for p in document.problems if p.fault in (YamlFault.BAD_VALUE, YamlFault.ALIAS_LOOP)]
    if unreadable:
        return None, [Problem(path, file_line(p.line), _unreadable(p, what)) for p in unreadable]
    lines = {key: file_line(line) for key, line in field_lines(document.data).items()}
    duplicates = [
        Problem(path, file_line(p.line), tr("duplicate field '{field}'").format(
            field=".".join(str(part) for part in p.path)))
        for p in document.problems if p.fault is YamlFault.DUPLICATE
    ]
    return YamlFields(document.data, lines), duplicates


def _unreadable(problem: YamlProblem, what: str) -> str:
    if problem.fault is YamlFault.ALIAS_LOOP:
        return problem.reason
    return tr("{what} has a value that cannot be read: {reason}").format(what=what, reason=problem.reason)


def parse_front_matter(text: str, path: Path) -> tuple[FrontMatter | None, list[Problem]]:
    """Parse ``text`` (a whole module file).

    Returns ``None`` and problems if there is no usable front matter.
    """
    lines = text.lstrip("\ufeff").split("\n")
    if not lines or lines[0].rstrip() != _DELIMITER:
        return None, [Problem(path, 1, tr("file must start with a '---' line opening the front matter"))]
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() == _DELIMITER), None)
    if end is None:
        return None, [Problem(path, 1, tr("front matter is not closed (add a '---' line after it)"))]
    yaml_text = "\n".join(lines[1:end])
    # yaml line 0 is file line 2
    fields, problems = read_yaml_fields(yaml_text, path, 2, tr("front matter", "names the text in a message"))
    if fields is None:
        return None, problems
    body = "\n".join(lines[end + 1:])
    return FrontMatter(data=fields.data, lines=fields.lines, body=body, body_line=end + 2), problems
