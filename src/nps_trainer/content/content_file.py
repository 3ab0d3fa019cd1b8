"""A content folder's optional ``content.yaml``: its title, version and the modules' reading order."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from nps_trainer.content.frontmatter import YamlFields, read_yaml_fields
from nps_trainer.i18n import tr
from nps_trainer.validation import Problem, Severity, read_utf8_file

CONTENT_FILE_NAME = "content.yaml"
_FIELDS = ("title", "version", "order")


def read_content_file(folder: Path) -> tuple[YamlFields | None, list[Problem]]:
    """The fields of ``folder/content.yaml``, or ``None`` with the reason it cannot be used.

    A folder without the file gives ``None`` and no problems. Never raises for a bad file.
    """
    path = folder / CONTENT_FILE_NAME
    text, problems = read_utf8_file(path, missing_ok=True)
    if text is None:
        return None, problems
    return read_yaml_fields(text.lstrip("\ufeff"), path, 1, tr("file", "names the text in a message"))


def reading_order(folder: Path) -> list[str]:
    """The module ids listed under ``order`` in ``folder/content.yaml``; empty if there are none."""
    fields, _ = read_content_file(folder)
    order = fields.data.get("order") if fields is not None else None
    return [str(item) for item in order] if isinstance(order, list) else []


def check_content_file(folder: Path, module_ids: Collection[str] | None = None) -> list[Problem]:
    """Problems in ``folder/content.yaml``. ``module_ids``, if given, are the modules ``order`` may name."""
    fields, problems = read_content_file(folder)
    if fields is None:
        return problems
    path = folder / CONTENT_FILE_NAME
    for name in fields.data:
        if name not in _FIELDS:
            problems.append(Problem(path, fields.lines[(name,)], tr(
                "unknown field '{name}' (expected {fields})").format(name=name, fields=", ".join(_FIELDS)),
                Severity.WARNING))
    for name, example in (("title", "Our training content"), ("version", "2026.11")):
        value = fields.data.get(name)
        if name in fields.data and (not isinstance(value, str) or not value.strip()):
            problems.append(Problem(path, fields.lines[(name,)], tr("'{name}' must be text in quotes, "
                                    "e.g. {name}: \"{example}\"").format(name=name, example=example)))
    if "order" in fields.data:
        problems += _order_problems(path, fields, module_ids)
    return sorted(problems, key=lambda p: p.line)


def _order_problems(path: Path, fields: YamlFields, module_ids: Collection[str] | None) -> list[Problem]:
    order = fields.data["order"]
    if not isinstance(order, list):
        return [Problem(path, fields.lines[("order",)], tr("'order' must be a list of module ids"))]
    problems: list[Problem] = []
    seen: set[str] = set()
    for index, item in enumerate(order):
        line = fields.lines.get(("order", index), fields.lines[("order",)])
        if not isinstance(item, str) or not item.strip():
            problems.append(Problem(path, line, tr("'order' entry {number} must be a module id").format(
                number=index + 1)))
        elif item in seen:
            problems.append(Problem(path, line, tr("module '{module}' is listed twice in 'order'").format(module=item),
                                    Severity.WARNING))
        elif module_ids is not None and item not in module_ids:
            problems.append(Problem(path, line, tr("'order' names unknown module '{module}'").format(module=item)))
        if isinstance(item, str):
            seen.add(item)
    return problems
