"""Split a module file into YAML front matter and body, keeping the line number of every field."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.constructor import ConstructorError

from nps_trainer.validation import LocatingSafeLoader, Problem, yaml_error_at, yaml_limit_problem

FieldPath = tuple[str | int, ...]

_DELIMITER = "---"
_HINTS = {
    "mapping values are not allowed here": " (put a value that contains ': ' in quotes)",
    "found character '\\t' that cannot start any token": " (use spaces, not tabs)",
}
_RECURSIVE = "a YAML alias ('*name') is used inside the value it names"


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


def _walk(node: yaml.Node, path: FieldPath, offset: int, lines: dict[FieldPath, int],
          problems: list[tuple[int, str]], open_nodes: set[int]) -> None:
    if id(node) in open_nodes:  # an alias inside the very mapping or list it names
        problems.append((node.start_mark.line + offset, _RECURSIVE))
        return
    open_nodes.add(id(node))
    if isinstance(node, yaml.MappingNode):
        seen: set[object] = set()
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
            line = key_node.start_mark.line + offset
            if key in seen:
                where = ".".join(str(p) for p in (*path, key))
                problems.append((line, f"duplicate field '{where}'"))
            seen.add(key)
            lines.setdefault((*path, key), line)
            _walk(value_node, (*path, key), offset, lines, problems, open_nodes)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            lines[(*path, index)] = item.start_mark.line + offset
            _walk(item, (*path, index), offset, lines, problems, open_nodes)
    open_nodes.discard(id(node))


@dataclass(frozen=True)
class YamlFields:
    """``field: value`` YAML with the 1-based line of each field path (as in ``FrontMatter.lines``)."""

    data: dict[str, object]
    lines: dict[FieldPath, int]


def read_yaml_fields(yaml_text: str, path: Path, offset: int, what: str) -> tuple[YamlFields | None, list[Problem]]:
    """Read ``yaml_text`` (whose first line is line ``offset`` of ``path``) as ``field: value`` lines.

    Returns ``None`` and one error if it is not valid YAML (a control character included), not a mapping, or
    has a value that cannot be built (a date such as 2026-02-30, an unknown tag); problems that concern the
    whole text are on line 1. Duplicate fields are errors returned alongside the fields. ``what`` names the
    text in messages, e.g. "front matter". Text that breaks the limits every YAML reader applies (size, nesting,
    aliases) is refused with one error at the line where it breaks them.
    """
    limit = yaml_limit_problem(yaml_text)
    if limit is not None:
        return None, [Problem(path, limit[0] - 1 + offset, f"{what}: {limit[1]}")]
    try:
        loader = LocatingSafeLoader(yaml_text)
    except yaml.YAMLError as exc:  # a control character: the reader checks the whole text first
        return None, [_not_yaml(exc, yaml_text, path, offset, what)]
    try:
        node = loader.get_single_node()
        if not isinstance(node, yaml.MappingNode):
            return None, [Problem(path, 1, f"{what} must be a set of 'field: value' lines")]
        walk_problems: list[tuple[int, str]] = []
        field_lines: dict[FieldPath, int] = {}
        _walk(node, (), offset, field_lines, walk_problems, set())
        if any(message == _RECURSIVE for _, message in walk_problems):
            return None, [Problem(path, line, message) for line, message in walk_problems if message == _RECURSIVE]
        data = loader.construct_document(node)
    except ConstructorError as exc:
        line, reason = yaml_error_at(exc, yaml_text)
        return None, [Problem(path, 1 if line is None else line + offset,
                              f"{what} has a value that cannot be read: {reason}")]
    except yaml.YAMLError as exc:
        return None, [_not_yaml(exc, yaml_text, path, offset, what)]
    finally:
        loader.dispose()
    if not all(isinstance(k, str) for k in data):
        return None, [Problem(path, 1, f"{what} field names must be words")]
    return YamlFields(data, field_lines), [Problem(path, line, message) for line, message in walk_problems]


def _not_yaml(exc: yaml.YAMLError, yaml_text: str, path: Path, offset: int, what: str) -> Problem:
    line, reason = yaml_error_at(exc, yaml_text)
    return Problem(path, 1 if line is None else line + offset,
                   f"{what} is not valid YAML: {reason}{_HINTS.get(reason, '')}")


def parse_front_matter(text: str, path: Path) -> tuple[FrontMatter | None, list[Problem]]:
    """Parse ``text`` (a whole module file).

    Returns ``None`` and problems if there is no usable front matter.
    """
    lines = text.lstrip("\ufeff").split("\n")
    if not lines or lines[0].rstrip() != _DELIMITER:
        return None, [Problem(path, 1, "file must start with a '---' line opening the front matter")]
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() == _DELIMITER), None)
    if end is None:
        return None, [Problem(path, 1, "front matter is not closed (add a '---' line after it)")]
    yaml_text = "\n".join(lines[1:end])
    fields, problems = read_yaml_fields(yaml_text, path, 2, "front matter")  # yaml line 0 is file line 2
    if fields is None:
        return None, problems
    body = "\n".join(lines[end + 1:])
    return FrontMatter(data=fields.data, lines=fields.lines, body=body, body_line=end + 2), problems
