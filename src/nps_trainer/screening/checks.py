"""Reference checks on loaded forms, and :func:`validate_forms` over a folder of definitions."""

from __future__ import annotations

import os
from pathlib import Path

from nps_trainer.i18n import tr
from nps_trainer.screening.evaluate import FUNCTIONS
from nps_trainer.screening.expressions import Binary, Call, ListExpr, Literal, Name, Node, Unary
from nps_trainer.screening.loader import ExpressionSite, FormLoadError, LoadResult, load_form_file
from nps_trainer.screening.model import FormDefinition, Item, ItemType
from nps_trainer.screening.translation import check_translation, english_path, is_translation_file
from nps_trainer.validation import Problem, ProblemLog, Severity

FORM_SUFFIXES = (".yaml", ".yml")


def validate_forms(root: str | os.PathLike[str]) -> list[Problem]:
    """Every problem in every form definition under ``root`` (``*.yaml`` / ``*.yml``, recursively); ``root``
    may be a :class:`~pathlib.Path` or text."""
    root = Path(root)
    problems: list[Problem] = []
    if not root.is_dir():
        return [Problem(root, 0, tr("screening form folder not found"))]
    found = sorted(p for p in root.rglob("*") if p.suffix in FORM_SUFFIXES and p.is_file())
    paths = [p for p in found if not is_translation_file(p)]
    if not paths:
        problems.append(Problem(root, 0, tr("no screening form definitions (*.yaml) found"), Severity.WARNING))
    seen: dict[tuple[str, str], Path] = {}
    forms: dict[Path, FormDefinition | None] = {}
    for path in paths:
        result = load_form_file(path)
        problems += result.problems
        forms[path] = result.form
        if result.form is None:
            continue
        problems += check_references(result)
        key = result.form.key
        if key in seen:
            problems.append(
                Problem(
                    path, result.form.line, tr("form '{form}' version {version} is also defined in {file}").format(
                        form=key[0], version=key[1], file=seen[key])
                )
            )
        else:
            seen[key] = path
    problems += _check_translations([p for p in found if is_translation_file(p)], forms)
    return problems


def _check_translations(paths: list[Path], forms: dict[Path, FormDefinition | None]) -> list[Problem]:
    """Each translation file (``<form>.cy.yaml``) against the form beside it."""
    problems: list[Problem] = []
    for path in paths:
        english = english_path(path)
        form = forms.get(english)
        if english not in forms:
            problems.append(Problem(path, 1, tr("a translation of {file}, but there is no such form beside it").format(
                file=english.name)))
        elif form is not None:  # a broken form is reported on its own
            problems += check_translation(path, form)
    return problems


def check_references(result: LoadResult) -> list[Problem]:
    form = result.form
    assert form is not None
    checker = _ReferenceChecker(form, result)
    for site in result.sites:
        checker.check_site(site)
    checker.check_form_level()
    return checker.problems


def load_form(path: str | os.PathLike[str]) -> FormDefinition:
    """Load one form, raising :class:`FormLoadError` if it has any error (structural or reference); ``path`` may
    be a :class:`~pathlib.Path` or text."""
    result = load_form_file(path)
    problems = list(result.problems)
    if result.form is not None:
        problems += check_references(result)
    errors = [p for p in problems if p.severity.value == "error"]
    if errors or result.form is None:
        raise FormLoadError(errors or problems)
    return result.form


class _ReferenceChecker(ProblemLog):
    def __init__(self, form: FormDefinition, result: LoadResult) -> None:
        super().__init__(form.path or Path("<form>"))
        self.form = form
        self._calc_order = {calc.id: index for index, calc in enumerate(form.calculations)}
        self._group_calcs: dict[str, set[str]] = {
            item.id: {c.id for c in item.calculations}
            for item in form.top_level_items()
            if item.type is ItemType.REPEAT
        }

    def check_form_level(self) -> None:
        form = self.form
        item_ids = form.item_ids()
        for calc in form.calculations:
            if calc.id in item_ids:
                self.error(calc.line, tr("calculation '{id}' has the same id as an item").format(id=calc.id))
        if form.summary_date_item:
            name = form.summary_date_item
            if not form.has_item(name) or form.item(name).type is not ItemType.DATE or form.group_of(name):
                self.error(form.line, tr("summary_date_item '{name}' must name a top-level date item").format(
                    name=name))

    def check_site(self, site: ExpressionSite) -> None:
        self._node(site.expression.tree, site, site.group)

    # ------------------------------------------------------------ resolution

    def _resolve(self, ident: str, group: str | None) -> Item | str | None:
        """The item, ``"calc"`` for a calculation, or ``None`` if unknown."""
        form = self.form
        if group is not None and ident in self._group_calcs.get(group, set()):
            return "calc"
        if form.has_item(ident):
            return form.item(ident)
        if ident in self._calc_order:
            return "calc"
        return None

    def _node(self, node: Node, site: ExpressionSite, group: str | None) -> None:
        if isinstance(node, Name):
            self._name(node, site, group)
        elif isinstance(node, ListExpr):
            for item in node.items:
                self._node(item, site, group)
        elif isinstance(node, Unary):
            self._node(node.operand, site, group)
        elif isinstance(node, Binary):
            self._choices(node, site, group)
            self._node(node.left, site, group)
            self._node(node.right, site, group)
        elif isinstance(node, Call):
            self._call(node, site, group)

    def _where(self, site: ExpressionSite, node: Node) -> str:
        return tr("{where}: in '{expression}' (column {column})").format(
            where=site.where, expression=site.expression.source, column=node.column)

    def _name(self, node: Name, site: ExpressionSite, group: str | None) -> None:
        ident = node.ident
        target = self._resolve(ident, group)
        if target is None:
            self.error(site.line, tr("{where}: unknown item or calculation '{name}'").format(
                where=self._where(site, node), name=ident))
            return
        if target == "calc":
            if site.group is None and site.calc_index is not None and group is None:
                order = self._calc_order.get(ident)
                if order is not None and order >= site.calc_index:
                    self.error(
                        site.line,
                        tr("{where}: calculation '{name}' must be defined before it is used").format(
                            where=self._where(site, node), name=ident),
                    )
            return
        assert isinstance(target, Item)
        owner = self.form.group_of(ident)
        if target.type is ItemType.REPEAT:
            self.error(
                site.line,
                tr("{where}: '{name}' is a repeat group; use count({name}), any({name}, ...), all({name}, ...) or "
                   "sum({name}, ...)").format(where=self._where(site, node), name=ident),
            )
        elif target.type is ItemType.NOTE:
            self.error(site.line, tr("{where}: '{name}' is a note and has no answer").format(
                where=self._where(site, node), name=ident))
        elif owner is not None and owner != group:
            self.error(
                site.line,
                tr("{where}: item '{name}' is inside repeat group '{group}'; use any({group}, ...) or "
                   "count({group}, ...)").format(where=self._where(site, node), name=ident, group=owner),
            )

    def _call(self, node: Call, site: ExpressionSite, group: str | None) -> None:
        spec = FUNCTIONS.get(node.func)
        where = self._where(site, node)
        if spec is None:
            self.error(
                site.line, tr("{where}: unknown function '{function}' (known: {known})").format(
                    where=where, function=node.func, known=", ".join(sorted(FUNCTIONS)))
            )
            for arg in node.args:
                self._node(arg, site, group)
            return
        count = len(node.args)
        if count < spec.min_args or (spec.max_args is not None and count > spec.max_args):
            wanted = (
                str(spec.min_args)
                if spec.min_args == spec.max_args
                else tr("{number} or more").format(number=spec.min_args)
                if spec.max_args is None
                else tr("{low} to {high}").format(low=spec.min_args, high=spec.max_args)
            )
            self.error(site.line, tr("{where}: {function}() takes {wanted} argument(s), not {count}").format(
                where=where, function=node.func, wanted=wanted, count=count))
            return
        if spec.name_arg:
            arg = node.args[0]
            if not isinstance(arg, Name):
                self.error(site.line, tr("{where}: {function}() needs an item name").format(
                    where=where, function=node.func))
            else:
                target = self._resolve(arg.ident, group)
                if not isinstance(target, Item):
                    self.error(site.line, tr("{where}: {function}() names unknown item '{name}'").format(
                        where=where, function=node.func, name=arg.ident))
                elif (owner := self.form.group_of(arg.ident)) is not None and owner != group:
                    self.error(site.line, tr("{where}: item '{name}' is inside repeat group '{group}'").format(
                        where=where, name=arg.ident, group=owner))
            return
        first = node.args[0] if node.args else None
        group_name = None
        if isinstance(first, Name):
            target = self._resolve(first.ident, group)
            if isinstance(target, Item) and target.type is ItemType.REPEAT:
                group_name = first.ident
        if spec.group_arg == "required" and group_name is None:
            self.error(site.line, tr("{where}: the first argument of {function}() must be a repeat group").format(
                where=where, function=node.func))
            for arg in node.args:
                self._node(arg, site, group)
            return
        if group_name is not None:
            if group is not None:
                self.error(
                    site.line,
                    tr("{where}: cannot use {function}({name}, ...) inside repeat group '{group}'").format(
                        where=where, function=node.func, name=group_name, group=group),
                )
            if count == 1 and node.func != "count":
                self.error(
                    site.line, tr("{where}: {function}({name}) needs an expression for each instance").format(
                        where=where, function=node.func, name=group_name)
                )
            if count > 2:
                self.error(site.line, tr("{where}: {function}({name}, ...) takes exactly 2 arguments").format(
                    where=where, function=node.func, name=group_name))
            for arg in node.args[1:]:
                self._node(arg, site, group_name)
            return
        for arg in node.args:
            self._node(arg, site, group)

    # ------------------------------------------------------------ choices

    def _item_named(self, node: Node, group: str | None) -> Item | None:
        if isinstance(node, Name):
            target = self._resolve(node.ident, group)
            if isinstance(target, Item):
                return target
        return None

    def _choices(self, node: Binary, site: ExpressionSite, group: str | None) -> None:
        pairs: list[tuple[Item, Node]] = []
        if node.op in ("==", "!=", "<", "<=", ">", ">="):
            for a, b in ((node.left, node.right), (node.right, node.left)):
                item = self._item_named(a, group)
                if item is not None:
                    pairs.append((item, b))
        elif node.op in ("in", "not in"):
            left_item = self._item_named(node.left, group)
            right_item = self._item_named(node.right, group)
            if left_item is not None and isinstance(node.right, ListExpr):
                pairs += [(left_item, element) for element in node.right.items]
            if right_item is not None:
                pairs.append((right_item, node.left))
        for item, other in pairs:
            self._check_value(item, other, site)

    def _check_value(self, item: Item, other: Node, site: ExpressionSite) -> None:
        if not isinstance(other, Literal):
            return
        where = self._where(site, other)
        value = other.value
        if item.type in (ItemType.SINGLE_CHOICE, ItemType.MULTIPLE_CHOICE):
            if not isinstance(value, str):
                self.error(site.line, tr("{where}: '{item}' holds choice ids; compare it with text").format(
                    where=where, item=item.id))
            elif value not in item.choice_ids:
                self.error(
                    site.line,
                    tr("{where}: '{value}' is not a choice of '{item}' (choices: {choices})").format(
                        where=where, value=value, item=item.id, choices=", ".join(sorted(item.choice_ids))),
                )
        elif item.type is ItemType.YES_NO and not isinstance(value, bool):
            self.error(site.line, tr("{where}: '{item}' is a yes/no item; compare it with true or false").format(
                where=where, item=item.id))
        elif item.type is ItemType.NUMBER and (isinstance(value, str | bool)):
            self.error(site.line, tr("{where}: '{item}' is a number; compare it with a number").format(
                where=where, item=item.id))
