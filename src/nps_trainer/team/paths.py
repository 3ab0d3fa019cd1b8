"""Learning paths: named sequences of modules and quizzes suited to a role, read from ``paths.yaml`` in the
content folder (format: docs/paths-format.md).

A manager assigns a whole path at once; the learner's due list expands it into its modules and quizzes.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..i18n import tr
from ..validation import FieldProblems, Problem, Severity, read_utf8_file

PATHS_FILE_NAME = "paths.yaml"
ITEM_TYPES = ("module", "quiz")
# The role keys of profiles.ROLES; kept here too so reading paths does not load the profiles package.
PATH_ROLES = ("practitioner", "drug_service", "facilitator", "manager")
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_PATH_FIELDS = ("id", "title", "summary", "roles", "items")


@dataclass(frozen=True)
class LearningPath:
    id: str
    title: str
    summary: str
    roles: tuple[str, ...]
    items: tuple[tuple[str, str], ...]  # (item_type 'module' | 'quiz', item_id), in the order to take them

    def modules(self) -> tuple[str, ...]:
        return tuple(item_id for item_type, item_id in self.items if item_type == "module")

    def quizzes(self) -> tuple[str, ...]:
        return tuple(item_id for item_type, item_id in self.items if item_type == "quiz")


def role_module_ids(paths: Sequence[LearningPath], role: str) -> tuple[str, ...]:
    """The modules of the paths suited to ``role``, each once, in the order to take them: paths made for that
    role alone first (its own path before the ones every role shares), then in the file's order."""
    suited = [(len(path.roles), index, path) for index, path in enumerate(paths) if role in path.roles]
    ids: list[str] = []
    for _count, _index, path in sorted(suited, key=lambda entry: entry[:2]):
        ids.extend(module_id for module_id in path.modules() if module_id not in ids)
    return tuple(ids)


@dataclass(frozen=True)
class RoleOrder:
    """The catalogue split for one person: the modules of their role's paths, then every other module."""

    for_role: tuple[str, ...]
    others: tuple[str, ...]


def order_for_role(module_ids: Sequence[str], paths: Sequence[LearningPath], role: str | None) -> RoleOrder:
    """``module_ids`` (the catalogue's order) split into the role's path modules, in the paths' order, and the
    rest in the catalogue's order. Path modules not in the catalogue (not installed, or unavailable) are left
    out; with no role, or no path for it, everything is in ``others``."""
    available = set(module_ids)
    for_role = tuple(m for m in role_module_ids(paths, role) if m in available) if role else ()
    chosen = set(for_role)
    return RoleOrder(for_role, tuple(m for m in module_ids if m not in chosen))


def load_paths(content_dir: Path, *, module_ids: Collection[str] | None = None,
               quiz_ids: Collection[str] | None = None) -> tuple[list[LearningPath], list[str]]:
    """The learning paths in ``content_dir/paths.yaml`` and the problems found, as ``file:line: message``.

    A missing file is no paths and no problems. A path with an error is left out; the others load. With
    ``module_ids`` and ``quiz_ids``, an item naming an unknown module or quiz is an error too.
    """
    paths, problems = read_paths(content_dir, module_ids=module_ids, quiz_ids=quiz_ids)
    return paths, [str(problem) for problem in problems]


def check_paths(content_dir: Path, module_ids: Collection[str] | None,
                quiz_ids: Collection[str] | None) -> list[Problem]:
    """Every problem in ``content_dir/paths.yaml`` (for ``nps-trainer content check``)."""
    return read_paths(content_dir, module_ids=module_ids, quiz_ids=quiz_ids)[1]


def read_paths(content_dir: Path, *, module_ids: Collection[str] | None = None,
               quiz_ids: Collection[str] | None = None) -> tuple[list[LearningPath], list[Problem]]:
    """The paths without errors, and every problem (errors and warnings) with its line."""
    from ..content.frontmatter import read_yaml_fields

    file = content_dir / PATHS_FILE_NAME
    text, problems = read_utf8_file(file, missing_ok=True)
    if text is None:
        return [], problems
    fields, problems = read_yaml_fields(text.lstrip("\ufeff"), file, 1, tr("file", "names the text in a message"))
    if fields is None:
        return [], problems
    reader = _Reader(file, fields.lines, problems, module_ids, quiz_ids)
    for name in fields.data:
        if name != "paths":
            reader.warn((name,), tr("unknown field '{name}' (expected paths)").format(name=name))
    entries = fields.data.get("paths")
    if entries is None:
        reader.error(("paths",), tr("no 'paths' list: start the file with 'paths:' and list the paths under it"))
        return [], reader.sorted()
    if not isinstance(entries, list):
        reader.error(("paths",), tr("'paths' must be a list of paths, each starting with '- id:'"))
        return [], reader.sorted()
    paths: list[LearningPath] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(entries):
        path = reader.path(index, entry)
        if path is None:
            continue
        line = reader.line(("paths", index, "id"))
        if path.id in seen:
            reader.error(("paths", index, "id"), tr("path id '{id}' is also used on line {line}").format(
                id=path.id, line=seen[path.id]))
            continue
        seen[path.id] = line
        paths.append(path)
    return paths, reader.sorted()


class _Reader(FieldProblems):
    """Checks one file's paths, collecting problems at the line of each field."""

    def __init__(self, file: Path, lines: dict, problems: list[Problem], module_ids: Collection[str] | None,
                 quiz_ids: Collection[str] | None) -> None:
        super().__init__(file, lines, problems)
        self.known = {"module": module_ids, "quiz": quiz_ids}

    def path(self, index: int, entry: object) -> LearningPath | None:
        at = ("paths", index)
        if not isinstance(entry, dict):
            self.error(at, tr("path {number} must be a set of fields (id, title, summary, roles, items)").format(
                number=index + 1))
            return None
        errors = len(self.problems)
        for name in entry:
            if name not in _PATH_FIELDS:
                self.warn((*at, name), tr("unknown field '{name}' in a path (expected {fields})").format(
                    name=name, fields=", ".join(_PATH_FIELDS)))
        path_id = self._text(entry, at, "id", tr("path {number}").format(number=index + 1))
        if path_id is not None and not _ID.match(path_id):
            self.error((*at, "id"), tr("path id '{id}' must be lower-case words joined by hyphens, "
                                       "e.g. practitioner-essentials").format(id=path_id))
        where = tr("path '{id}'").format(id=path_id) if path_id else tr("path {number}").format(number=index + 1)
        title = self._text(entry, at, "title", where)
        summary = self._text(entry, at, "summary", where)
        roles = self._roles(entry, at, where)
        items = self._items(entry, at, where)
        if len([p for p in self.problems[errors:] if p.severity is Severity.ERROR]):
            return None
        return LearningPath(path_id or "", title or "", summary or "", roles, items)

    def _text(self, entry: dict, at: tuple, name: str, where: str) -> str | None:
        value = entry.get(name)
        if name not in entry:
            self.error(at, tr("{where} has no '{field}'").format(where=where, field=name))
            return None
        if not isinstance(value, str) or not value.strip():
            self.error((*at, name), tr("'{field}' of {where} must be text").format(field=name, where=where))
            return None
        return " ".join(value.split())

    def _roles(self, entry: dict, at: tuple, where: str) -> tuple[str, ...]:
        value = entry.get("roles")
        if "roles" not in entry:
            self.error(at, tr("{where} has no 'roles' (the roles it suits: {roles})").format(
                where=where, roles=", ".join(PATH_ROLES)))
            return ()
        if not isinstance(value, list) or not value:
            self.error((*at, "roles"),
                       tr("'roles' of {where} must be a list such as [practitioner, drug_service]").format(where=where))
            return ()
        roles: list[str] = []
        for position, role in enumerate(value):
            if role not in PATH_ROLES:
                self.error((*at, "roles", position), tr("unknown role '{role}' in {where} (use {roles})").format(
                    role=role, where=where, roles=", ".join(PATH_ROLES)))
            elif role not in roles:
                roles.append(role)
        return tuple(roles)

    def _items(self, entry: dict, at: tuple, where: str) -> tuple[tuple[str, str], ...]:
        value = entry.get("items")
        if "items" not in entry:
            self.error(at, tr("{where} has no 'items' (the modules and quizzes to take, in order)").format(where=where))
            return ()
        if not isinstance(value, list) or not value:
            self.error((*at, "items"),
                       tr("'items' of {where} must be a list of '- module: ID' and '- quiz: ID'").format(where=where))
            return ()
        items: list[tuple[str, str]] = []
        for position, item in enumerate(value):
            key = (*at, "items", position)
            if not isinstance(item, dict) or len(item) != 1:
                self.error(key, tr("item {number} of {where} must be one '- module: ID' or '- quiz: ID'").format(
                    number=position + 1, where=where))
                continue
            [(item_type, item_id)] = item.items()
            if item_type not in ITEM_TYPES:
                self.error(key, tr("item {number} of {where} is a '{type}': use module or quiz").format(
                    number=position + 1, where=where, type=item_type))
                continue
            if not isinstance(item_id, str) or not item_id.strip():
                self.error(key, tr("item {number} of {where} must name a {type} id").format(
                    number=position + 1, where=where, type=item_type))
                continue
            item_id = item_id.strip()
            known = self.known[item_type]
            if known is not None and item_id not in known:
                self.error((*key, item_type), (tr("{where} names unknown module '{id}'") if item_type == "module"
                                               else tr("{where} names unknown quiz '{id}'")).format(
                    where=where, id=item_id))
                continue
            if (item_type, item_id) in items:
                self.warn(key, (tr("module '{id}' is listed twice in {where}") if item_type == "module"
                                else tr("quiz '{id}' is listed twice in {where}")).format(id=item_id, where=where))
                continue
            items.append((item_type, item_id))
        return tuple(items)
