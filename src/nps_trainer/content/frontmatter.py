"""Split a module file into YAML front matter and body, keeping the line number of every field."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from nps_trainer.validation import Problem

FieldPath = tuple[str | int, ...]

_DELIMITER = "---"
_HINTS = {
    "mapping values are not allowed here": " (put a value that contains ': ' in quotes)",
    "found character '\\t' that cannot start any token": " (use spaces, not tabs)",
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


def _walk(node: yaml.Node, path: FieldPath, offset: int, lines: dict[FieldPath, int],
          problems: list[tuple[int, str]]) -> None:
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
            _walk(value_node, (*path, key), offset, lines, problems)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            lines[(*path, index)] = item.start_mark.line + offset
            _walk(item, (*path, index), offset, lines, problems)


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
    offset = 2  # yaml line 0 is file line 2
    try:
        node = yaml.compose(yaml_text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + offset if mark is not None else 1
        reason = exc.problem or "syntax error"
        message = f"front matter is not valid YAML: {reason}{_HINTS.get(reason, '')}"
        return None, [Problem(path, line, message)]
    if not isinstance(node, yaml.MappingNode):
        return None, [Problem(path, 1, "front matter must be a set of 'field: value' lines")]
    walk_problems: list[tuple[int, str]] = []
    field_lines: dict[FieldPath, int] = {}
    _walk(node, (), offset, field_lines, walk_problems)
    try:
        data = yaml.SafeLoader("").construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + offset if mark is not None else 1
        return None, [Problem(path, line, f"front matter has a value that cannot be read: {exc.problem}")]
    if not all(isinstance(k, str) for k in data):
        return None, [Problem(path, 1, "front matter field names must be words")]
    problems = [Problem(path, line, message) for line, message in walk_problems]
    body = "\n".join(lines[end + 1:])
    return FrontMatter(data=data, lines=field_lines, body=body, body_line=end + 2), problems
