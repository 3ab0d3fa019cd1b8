"""Read YAML keeping the line of every mapping, sequence and value (from ``yaml.compose`` node marks)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml


class LDict(dict[str, Any]):
    """A mapping that remembers its own line and the line of each value (1-based)."""

    line: int
    value_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.value_lines.get(key, self.line)


class LList(list[Any]):
    """A sequence that remembers its own line and the line of each element (1-based)."""

    line: int
    item_lines: list[int]

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if 0 <= index < len(self.item_lines) else self.line


@dataclass
class LoadedYaml:
    data: Any
    problems: list[tuple[int, str]] = field(default_factory=list)  # (line, message)


def load_located(text: str) -> LoadedYaml:
    """Parse one YAML document; syntax errors and duplicate keys come back as ``(line, message)`` pairs."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 0
        return LoadedYaml(None, [(line, f"YAML syntax error: {exc.problem or exc}")])
    except yaml.YAMLError as exc:
        return LoadedYaml(None, [(0, f"YAML error: {exc}")])
    finally:
        loader.dispose()
    result = LoadedYaml(None)
    if node is None:
        return result
    result.data = _convert(node, loader, result.problems)
    return result


def _convert(node: yaml.Node, loader: yaml.SafeLoader, problems: list[tuple[int, str]]) -> Any:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        mapping = LDict()
        mapping.line = line
        mapping.value_lines = {}
        for key_node, value_node in node.value:
            key = _convert(key_node, loader, problems)
            key_line = key_node.start_mark.line + 1
            if not isinstance(key, str):
                key = str(key)
            if key in mapping:
                problems.append((key_line, f"duplicate key '{key}'"))
            mapping[key] = _convert(value_node, loader, problems)
            mapping.value_lines[key] = key_line
        return mapping
    if isinstance(node, yaml.SequenceNode):
        seq = LList()
        seq.line = line
        seq.item_lines = []
        for child in node.value:
            seq.append(_convert(child, loader, problems))
            seq.item_lines.append(child.start_mark.line + 1)
        return seq
    try:
        return loader.construct_object(node, deep=True)
    except yaml.YAMLError as exc:
        problems.append((line, f"cannot read value: {exc}"))
        return None
