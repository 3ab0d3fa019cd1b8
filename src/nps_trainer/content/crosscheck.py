"""Checks across module files: unique ids, known prerequisites, no cycles, module links that resolve."""

from __future__ import annotations

from collections.abc import Sequence

from nps_trainer.content.links import parse_module_link
from nps_trainer.content.loader import ModuleFile
from nps_trainer.content.ordering import find_cycles
from nps_trainer.content.references import LinkKind, classify_link
from nps_trainer.content.schema import ID_PATTERN
from nps_trainer.i18n import tr
from nps_trainer.validation import Problem


def duplicate_id_problems(files: Sequence[ModuleFile]) -> dict[int, Problem]:
    """Problems keyed by index into ``files``; the first file (by path) with an id keeps it."""
    first: dict[str, ModuleFile] = {}
    problems: dict[int, Problem] = {}
    for index, file in enumerate(files):
        if file.id is None:
            continue
        if file.id in first:
            line = file.front_matter.line_of("id") if file.front_matter else 0
            problems[index] = Problem(file.path, line,
                                      tr("id '{id}' is already used by {path}").format(
                                          id=file.id, path=first[file.id].path))
        else:
            first[file.id] = file
    return problems


def cross_module_problems(files: Sequence[ModuleFile]) -> list[Problem]:
    problems = list(duplicate_id_problems(files).values())
    by_id: dict[str, ModuleFile] = {}
    for file in files:
        if file.id is not None:
            by_id.setdefault(file.id, file)
    graph: dict[str, list[str]] = {}
    for file in by_id.values():
        module, fm = file.module, file.front_matter
        if module is None or fm is None:
            continue
        graph[module.id] = [p for p in module.prerequisites if p in by_id]
        for index, prerequisite in enumerate(module.prerequisites):
            if prerequisite not in by_id:
                problems.append(Problem(file.path, fm.line_of("prerequisites", index),
                                        tr("prerequisite '{module}' is not a known module").format(
                                            module=prerequisite)))
    for module_id, cycle in find_cycles(graph).items():
        file = by_id[module_id]
        assert file.front_matter is not None
        problems.append(Problem(file.path, file.front_matter.line_of("prerequisites"),
                                tr("prerequisites form a cycle: {cycle}").format(cycle=" → ".join(cycle))))
    for file in files:
        for link in file.links:
            if link.is_image or classify_link(link.target) is not LinkKind.MODULE:
                continue
            parsed = parse_module_link(link.target)
            if parsed is None or not ID_PATTERN.match(parsed[0]):
                continue  # reported by the file's own checks
            target_id, anchor = parsed
            target = by_id.get(target_id)
            if target is None:
                problems.append(Problem(file.path, link.line, tr("link '{link}': no module has id '{id}'").format(
                    link=link.target, id=target_id)))
            elif anchor is not None and anchor not in {s.anchor for s in target.sections}:
                problems.append(Problem(file.path, link.line, tr(
                    "link '{link}': module '{id}' has no section with anchor '{anchor}'").format(
                    link=link.target, id=target_id, anchor=anchor)))
    return problems
