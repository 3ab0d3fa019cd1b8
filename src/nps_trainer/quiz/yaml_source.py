"""Read YAML into plain dicts, lists and scalars that remember their line numbers.

Built on ``yaml.compose`` so every mapping, sequence and key keeps its node mark; duplicate keys, which
PyYAML would silently overwrite, are reported.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from nps_trainer.validation import VALUE_ERRORS, bad_value_reason, yaml_error_at, yaml_limit_problem


class LMap(dict[str, Any]):
    """A mapping with the line it starts on and the line of each key."""

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line
        self.lines: dict[str, int] = {}

    def line_of(self, key: str) -> int:
        return self.lines.get(key, self.line)


class LList(list[Any]):
    """A sequence with the line it starts on and the line of each item."""

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line
        self.lines: list[int] = []

    def line_of(self, index: int) -> int:
        return self.lines[index] if 0 <= index < len(self.lines) else self.line


class YamlSourceError(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def line_of(value: object, default: int = 0) -> int:
    return getattr(value, "line", default)


# libyaml, where installed, composes the 13 bundled quizzes about eight times faster (24 against 196 ms); the
# nodes and their line marks are the same. A file it refuses is read again by the Python loader for the message.
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> tuple[Any, list[tuple[int, str]]]:
    """Parse one YAML document. Returns the data and ``(line, message)`` problems (duplicate keys, errors).

    Raises ``YamlSourceError`` for text that is not YAML or has a value that cannot be read (a bad date, an
    unknown tag), or that breaks the limits every YAML reader applies (size, nesting, aliases).
    """
    limit = yaml_limit_problem(text)
    if limit is not None:
        raise YamlSourceError(*limit)
    try:
        root = yaml.compose(text, Loader=_FAST_LOADER)
    except yaml.YAMLError:
        root = None  # parsed again below, by the Python loader, whose messages say more precisely what is wrong
        fast_failed = True
    else:
        fast_failed = False
    try:
        if fast_failed:
            root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        line, reason = yaml_error_at(exc, text)
        raise YamlSourceError(0 if line is None else line + 1, f"not valid YAML: {reason}") from exc
    if root is None:
        return None, []
    builder = _Builder()
    return builder.build(root), builder.warnings


class _Builder:
    def __init__(self) -> None:
        self.warnings: list[tuple[int, str]] = []
        self._scalars = SafeConstructor()
        self._open: set[int] = set()

    def build(self, node: Node) -> Any:
        line = node.start_mark.line + 1
        if id(node) in self._open:
            raise YamlSourceError(line, "a YAML alias ('*name') is used inside the value it names")
        self._open.add(id(node))
        try:
            return self._build(node, line)
        finally:
            self._open.discard(id(node))

    def _build(self, node: Node, line: int) -> Any:
        if isinstance(node, MappingNode):
            result = LMap(line)
            for key_node, value_node in node.value:
                key_line = key_node.start_mark.line + 1
                key = self.build(key_node)
                if not isinstance(key, str):
                    key = str(key).lower() if isinstance(key, bool) else str(key)
                if key in result:
                    self.warnings.append((key_line, f"duplicate key '{key}': give each key once"))
                result[key] = self.build(value_node)
                result.lines[key] = key_line
            return result
        if isinstance(node, SequenceNode):
            seq = LList(line)
            for item in node.value:
                seq.append(self.build(item))
                seq.lines.append(item.start_mark.line + 1)
            return seq
        if isinstance(node, ScalarNode):
            try:
                return self._scalars.construct_object(node, deep=True)
            except yaml.MarkedYAMLError as exc:  # an unknown tag such as !foo
                raise YamlSourceError(line, f"cannot read value: {exc.problem}") from exc
            except VALUE_ERRORS as exc:  # a date that does not exist, such as 2025-02-30
                raise YamlSourceError(line, f"cannot read value: {bad_value_reason(node, exc)}") from exc
        raise YamlSourceError(line, "unsupported YAML node")
