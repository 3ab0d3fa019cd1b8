"""Read YAML into plain dicts, lists and scalars that remember their line numbers.

Built on ``yaml.compose`` so every mapping, sequence and key keeps its node mark; duplicate keys, which
PyYAML would silently overwrite, are reported.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode


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


def parse_yaml(text: str) -> tuple[Any, list[tuple[int, str]]]:
    """Parse one YAML document. Returns the data and ``(line, message)`` warnings (duplicate keys).

    Raises ``YamlSourceError`` for text that is not YAML.
    """
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        raise YamlSourceError(line, f"not valid YAML: {exc.problem or exc}") from exc
    except yaml.YAMLError as exc:
        raise YamlSourceError(0, f"not valid YAML: {exc}") from exc
    if root is None:
        return None, []
    builder = _Builder()
    return builder.build(root), builder.warnings


class _Builder:
    def __init__(self) -> None:
        self.warnings: list[tuple[int, str]] = []
        self._scalars = SafeConstructor()

    def build(self, node: Node) -> Any:
        line = node.start_mark.line + 1
        if isinstance(node, MappingNode):
            result = LMap(line)
            for key_node, value_node in node.value:
                key_line = key_node.start_mark.line + 1
                key = self.build(key_node)
                if not isinstance(key, str):
                    key = str(key).lower() if isinstance(key, bool) else str(key)
                if key in result:
                    self.warnings.append((key_line, f"duplicate key '{key}': the later value is used"))
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
            return self._scalars.construct_object(node, deep=True)
        raise YamlSourceError(line, "unsupported YAML node")
