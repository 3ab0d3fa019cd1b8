"""Read YAML keeping the line of every mapping, sequence and value (from ``yaml.compose`` node marks)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from nps_trainer.validation import VALUE_ERRORS, bad_value_reason, yaml_error_at, yaml_limit_problem


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
    """Parse one YAML document; syntax errors and duplicate keys come back as ``(line, message)`` pairs, as does
    text that breaks the limits every YAML reader applies (size, nesting, aliases)."""
    limit = yaml_limit_problem(text)
    if limit is not None:
        return LoadedYaml(None, [limit])
    try:
        loader = yaml.SafeLoader(text)
    except yaml.YAMLError as exc:  # a control character: the reader checks the whole text first
        line, reason = yaml_error_at(exc, text)
        return LoadedYaml(None, [(0 if line is None else line + 1, f"YAML error: {reason}")])
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        line, reason = yaml_error_at(exc, text)
        return LoadedYaml(None, [(0 if line is None else line + 1, f"YAML syntax error: {reason}")])
    except yaml.YAMLError as exc:
        return LoadedYaml(None, [(0, f"YAML error: {exc}")])
    finally:
        loader.dispose()
    result = LoadedYaml(None)
    if node is None:
        return result
    result.data = _convert(node, loader, result.problems, set())
    return result


def _convert(node: yaml.Node, loader: yaml.SafeLoader, problems: list[tuple[int, str]], open_nodes: set[int]) -> Any:
    line = node.start_mark.line + 1
    if id(node) in open_nodes:  # an alias inside the very mapping or list it names
        problems.append((line, "a YAML alias ('*name') is used inside the value it names"))
        return None
    if isinstance(node, yaml.MappingNode):
        open_nodes.add(id(node))
        mapping = LDict()
        mapping.line = line
        mapping.value_lines = {}
        for key_node, value_node in node.value:
            key = _convert(key_node, loader, problems, open_nodes)
            key_line = key_node.start_mark.line + 1
            if not isinstance(key, str):
                key = str(key)
            if key in mapping:
                problems.append((key_line, f"duplicate key '{key}'"))
            mapping[key] = _convert(value_node, loader, problems, open_nodes)
            mapping.value_lines[key] = key_line
        open_nodes.discard(id(node))
        return mapping
    if isinstance(node, yaml.SequenceNode):
        open_nodes.add(id(node))
        seq = LList()
        seq.line = line
        seq.item_lines = []
        for child in node.value:
            seq.append(_convert(child, loader, problems, open_nodes))
            seq.item_lines.append(child.start_mark.line + 1)
        open_nodes.discard(id(node))
        return seq
    try:
        return loader.construct_object(node, deep=True)
    except yaml.MarkedYAMLError as exc:  # an unknown tag such as !foo
        problems.append((line, f"cannot read value: {exc.problem}"))
    except yaml.YAMLError as exc:
        problems.append((line, f"cannot read value: {exc}"))
    except VALUE_ERRORS as exc:  # a date that does not exist, such as 2024-13-45
        problems.append((line, f"cannot read value: {bad_value_reason(node, exc)}"))
    return None
