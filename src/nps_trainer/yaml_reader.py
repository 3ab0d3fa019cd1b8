"""The one YAML reader: plain dicts, lists and scalars that remember their lines, for every data file.

Modules' front matter, `content.yaml`, quizzes, screening forms, session plans and role paths are all read here,
so they share one set of rules:

- the limits on size, nesting and aliases (``yaml_limit_problem``) are checked before anything is built;
- a duplicate key is an error (PyYAML would silently keep the last value);
- an alias used inside the value it names, and a value that cannot be built (``2026-02-30``, an unknown tag),
  are reported at their line, and the rest of the file is still read (the value becomes ``None``);
- text that is not YAML is one problem at the line where the parser stopped.

Each reader words these for its own file (``front matter is not valid YAML: ...``); the rules are the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.reader import ReaderError

from .i18n import tr, tr_noop

FieldPath = tuple[str | int, ...]

ALIAS_LOOP = tr_noop("a YAML alias ('*name') is used inside the value it names")


# What PyYAML's safe constructors raise, besides YAMLError, for a value they cannot build: ValueError for
# ``2026-02-30`` or ``!!int x``, AttributeError for ``!!timestamp x``.
VALUE_ERRORS = (ValueError, TypeError, AttributeError, OverflowError)
_KINDS = {"timestamp": tr_noop("a real date"), "int": tr_noop("a whole number"), "float": tr_noop("a number"),
          "bool": tr_noop("true or false")}


def yaml_error_at(exc: yaml.YAMLError, text: str) -> tuple[int | None, str]:
    """Where (0-based line in ``text``, None if unknown) and why PyYAML could not read ``text``."""
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        return (mark.line if mark is not None else None), exc.problem or tr("syntax error")
    if isinstance(exc, ReaderError) and isinstance(exc.character, int):
        line = text[:exc.position].count("\n") if exc.encoding == "unicode" else None
        return line, tr("control character {code} is not allowed (delete it)").format(code=f"U+{exc.character:04X}")
    return None, str(exc)


def bad_value_reason(node: yaml.Node, exc: Exception) -> str:
    """Why the value at ``node`` cannot be built, e.g. "'2026-02-30' is not a real date (day is out of ...)"."""
    tag = str(node.tag).rsplit(":", 1)[-1]
    kind = tr(_KINDS[tag]) if tag in _KINDS else tr("a value that can be read")
    detail = f" ({exc})" if isinstance(exc, ValueError) and str(exc) else ""
    if isinstance(node.value, str):
        return tr("'{value}' is not {kind}").format(value=node.value, kind=kind) + detail
    return tr("not {kind}").format(kind=kind) + detail


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
        return 1, tr("file is too large ({size} KB; at most {limit} KB)").format(
            size=f"{len(text) // 1024:,}", limit=f"{MAX_YAML_BYTES // 1024:,}")
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
                            tr("values are nested more than {limit} deep: this cannot be content").format(
                                limit=MAX_YAML_DEPTH))
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)) and open_anchors:
            anchor, before = open_anchors.pop()
            if anchor:
                sizes[anchor] = expanded - before
        if expanded > MAX_YAML_EXPANDED:
            line = event.start_mark.line + 1
            return line, tr("aliases ('*name') here expand the file to more than {limit} values: "
                            "write the values out instead of repeating aliases").format(limit=f"{MAX_YAML_EXPANDED:,}")
    return None



class LMap(dict[str, Any]):
    """A mapping with the line it starts on and the line of each key (1-based)."""

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line
        self.lines: dict[str, int] = {}

    def line_of(self, key: str) -> int:
        return self.lines.get(key, self.line)


class LList(list[Any]):
    """A sequence with the line it starts on and the line of each item (1-based)."""

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line
        self.lines: list[int] = []

    def line_of(self, index: int) -> int:
        return self.lines[index] if 0 <= index < len(self.lines) else self.line


def line_of(value: object, default: int = 0) -> int:
    """The line a mapping or list read here starts on; ``default`` for a scalar, which does not know."""
    return getattr(value, "line", default)


class YamlFault(StrEnum):
    LIMIT = "limit"  # too large, too deep, or aliases that expand too far: nothing was read
    NOT_YAML = "not YAML"  # the parser stopped: nothing was read
    DUPLICATE = "duplicate key"  # the last value is kept
    ALIAS_LOOP = "alias loop"  # the value is None
    BAD_VALUE = "bad value"  # the value is None


@dataclass(frozen=True)
class YamlProblem:
    """One thing wrong with the text. ``line`` is 1-based in the text read, 0 when the parser gave no place;
    ``path`` is where in the data it is (for a duplicate key, the key's own path)."""

    line: int
    fault: YamlFault
    reason: str
    path: FieldPath = ()

    @property
    def fatal(self) -> bool:
        return self.fault in (YamlFault.LIMIT, YamlFault.NOT_YAML)

    @property
    def message(self) -> str:
        """The wording for a data file read as a whole (a quiz, a form); front matter words its own."""
        if self.fault is YamlFault.NOT_YAML:
            return tr("not valid YAML: {reason}").format(reason=self.reason)
        if self.fault is YamlFault.DUPLICATE:
            return tr("{reason}: give each key once").format(reason=self.reason)
        if self.fault is YamlFault.BAD_VALUE:
            return tr("cannot read value: {reason}").format(reason=self.reason)
        return self.reason


@dataclass
class YamlDocument:
    """What was read: ``data`` (None when nothing could be) and the problems, in the order they were found."""

    data: Any
    problems: list[YamlProblem] = field(default_factory=list)

    @property
    def readable(self) -> bool:
        return not any(p.fatal for p in self.problems)


# libyaml, where installed, composes the 13 bundled quizzes about eight times faster (24 against 196 ms); the
# nodes and their line marks are the same. Text it refuses is composed again by the Python loader, whose
# messages say more precisely what is wrong.
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(text: str) -> YamlDocument:
    """Read one YAML document (an empty one is ``None`` with no problems)."""
    limit = yaml_limit_problem(text)
    if limit is not None:
        return YamlDocument(None, [YamlProblem(limit[0], YamlFault.LIMIT, limit[1])])
    try:
        root = _compose(text)
    except yaml.YAMLError as exc:
        line, reason = yaml_error_at(exc, text)
        return YamlDocument(None, [YamlProblem(0 if line is None else line + 1, YamlFault.NOT_YAML, reason)])
    if root is None:
        return YamlDocument(None)
    builder = _Builder()
    return YamlDocument(builder.build(root, ()), builder.problems)


def _compose(text: str) -> Node | None:
    try:
        return yaml.compose(text, Loader=_FAST_LOADER)
    except yaml.YAMLError:
        if _FAST_LOADER is yaml.SafeLoader:
            raise
    return yaml.compose(text, Loader=yaml.SafeLoader)


def field_lines(data: Any) -> dict[FieldPath, int]:
    """The line of every field path in ``data`` read here, e.g. ``("sources", 0, "year")`` -> 12."""
    lines: dict[FieldPath, int] = {}
    stack: list[tuple[FieldPath, Any]] = [((), data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, LMap):
            for key, child in value.items():
                lines[(*path, key)] = value.line_of(key)
                stack.append(((*path, key), child))
        elif isinstance(value, LList):
            for index, child in enumerate(value):
                lines[(*path, index)] = value.line_of(index)
                stack.append(((*path, index), child))
    return lines


class _Builder:
    """Builds LMap/LList/scalars from composed nodes. Depth is bounded by the nesting limit checked first."""

    def __init__(self) -> None:
        self.problems: list[YamlProblem] = []
        self._scalars = SafeConstructor()
        self._open: set[int] = set()

    def build(self, node: Node, path: FieldPath) -> Any:
        line = node.start_mark.line + 1
        if id(node) in self._open:  # an alias inside the very mapping or list it names
            self.problems.append(YamlProblem(line, YamlFault.ALIAS_LOOP, tr(ALIAS_LOOP), path))
            return None
        self._open.add(id(node))
        try:
            if isinstance(node, MappingNode):
                return self._mapping(node, line, path)
            if isinstance(node, SequenceNode):
                return self._sequence(node, line, path)
            return self._scalar(node, line, path)
        finally:
            self._open.discard(id(node))

    def _mapping(self, node: MappingNode, line: int, path: FieldPath) -> LMap:
        result = LMap(line)
        self._plain_tag(node, _MAP_TAG, line, path)
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            key = self.build(key_node, path)
            if not isinstance(key, str):  # `yes:` is the key "true", `1:` the key "1"
                key = str(key).lower() if isinstance(key, bool) else str(key)
            if key in result:
                self.problems.append(YamlProblem(key_line, YamlFault.DUPLICATE,
                                                 tr("duplicate key '{key}'").format(key=key), (*path, key)))
            result[key] = self.build(value_node, (*path, key))
            result.lines[key] = key_line
        return result

    def _sequence(self, node: SequenceNode, line: int, path: FieldPath) -> LList:
        result = LList(line)
        self._plain_tag(node, _SEQ_TAG, line, path)
        for index, item in enumerate(node.value):
            result.append(self.build(item, (*path, index)))
            result.lines.append(item.start_mark.line + 1)
        return result

    def _plain_tag(self, node: Node, plain: str, line: int, path: FieldPath) -> None:
        """A tagged mapping or list (``!foo {a: 1}``, ``!!set``) is read as a plain one, and reported."""
        if node.tag != plain:
            self.problems.append(YamlProblem(line, YamlFault.BAD_VALUE,
                                             tr("could not determine a constructor for the tag '{tag}'").format(
                                                 tag=node.tag), path))

    def _scalar(self, node: Node, line: int, path: FieldPath) -> Any:
        if not isinstance(node, ScalarNode):
            self.problems.append(YamlProblem(line, YamlFault.BAD_VALUE, tr("unsupported YAML node"), path))
            return None
        try:
            return self._scalars.construct_object(node, deep=True)
        except yaml.MarkedYAMLError as exc:  # an unknown tag such as !foo
            reason = exc.problem or tr("cannot be read")
        except yaml.YAMLError as exc:
            reason = str(exc)
        except VALUE_ERRORS as exc:  # a date that does not exist, such as 2025-02-30
            reason = bad_value_reason(node, exc)
        self.problems.append(YamlProblem(line, YamlFault.BAD_VALUE, reason, path))
        return None
