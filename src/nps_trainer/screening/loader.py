"""Build :class:`FormDefinition` objects from YAML, reporting structural problems with line numbers.

Reference checks (unknown items, unknown choices, misuse of repeat groups) live in
:mod:`nps_trainer.screening.checks`; this module records where every expression sits so they can be reported.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from nps_trainer.i18n import tr
from nps_trainer.screening.answers import SPECIAL_VALUES, is_finite_number
from nps_trainer.screening.expressions import Expression, ExpressionSyntaxError, parse_expression
from nps_trainer.screening.model import (
    DEFAULT_SUMMARY_DATE_LABEL,
    DEFAULT_SUMMARY_TITLE,
    FIGURE_KEYS,
    UNKNOWN_CONDITIONS,
    Calculation,
    Choice,
    Constraint,
    FigureTest,
    FlagRule,
    FlagSeverity,
    FormDefinition,
    Item,
    ItemType,
    Section,
)
from nps_trainer.validation import Problem, ProblemLog, read_utf8_file
from nps_trainer.yaml_reader import LList, LMap, read_yaml

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_FORM_ID = re.compile(r"^[a-z][a-z0-9-]*$")

FORM_KEYS = frozenset(
    {
        "id",
        "version",
        "title",
        "description",
        "choice_lists",
        "sections",
        "calculations",
        "flags",
        "share_consent",
        "summary_date_item",
        "figures",
        "unknown_conditions",
        "summary_title",
        "summary_date_label",
    }
)
SECTION_KEYS = frozenset({"id", "title", "description", "visible_if", "items"})
ITEM_KEYS = frozenset(
    {
        "id",
        "type",
        "label",
        "help",
        "required",
        "visible_if",
        "choices",
        "unit",
        "min",
        "max",
        "integer",
        "max_length",
        "constraints",
        "summary",
        "share",
        "items",
        "calculations",
        "instance_label",
        "max_instances",
    }
)
CALC_KEYS = frozenset({"id", "label", "expression"})
FLAG_KEYS = frozenset({"id", "severity", "title", "when", "explanation", "action"})
CONSTRAINT_KEYS = frozenset({"rule", "message"})
CHOICE_KEYS = frozenset({"id", "label"})
FIGURE_TEST_KEYS = frozenset({"item", "values"})


class FormLoadError(ValueError):
    """A form definition with errors; ``problems`` lists them."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class ExpressionSite:
    """Where an expression sits, for reference checks."""

    expression: Expression
    line: int
    where: str  # e.g. "flag 'injecting' when"
    group: str | None = None  # the repeat group whose instance it is evaluated in
    calc_index: int | None = None  # for top-level calculations: position in the list


@dataclass
class LoadResult:
    form: FormDefinition | None
    problems: list[Problem] = field(default_factory=list)
    sites: list[ExpressionSite] = field(default_factory=list)
    choice_lists: dict[str, tuple[Choice, ...]] = field(default_factory=dict)


def load_form_text(text: str, path: str | os.PathLike[str]) -> LoadResult:
    loaded = read_yaml(text)
    builder = _Builder(Path(path))
    for problem in loaded.problems:  # a value that cannot be read is None: the rest of the form is still checked
        builder.error(problem.line, problem.message)
    if loaded.data is None:
        if not loaded.problems:
            builder.error(1, tr("file is empty"))
        return LoadResult(None, builder.problems)
    if not isinstance(loaded.data, LMap):
        builder.error(1, tr("a form definition must be a mapping with id, version, title and sections"))
        return LoadResult(None, builder.problems)
    form = builder.form(loaded.data)
    return LoadResult(form, builder.problems, builder.sites, builder.choice_lists)


def load_form_file(path: str | os.PathLike[str]) -> LoadResult:
    """Load one form file; ``path`` may be a :class:`~pathlib.Path` or text."""
    path = Path(path)
    text, problems = read_utf8_file(path)
    if text is None:
        return LoadResult(None, problems)
    return load_form_text(text, path)


class _Builder(ProblemLog):
    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.sites: list[ExpressionSite] = []
        self.choice_lists: dict[str, tuple[Choice, ...]] = {}
        self._ids: dict[str, int] = {}

    # ------------------------------------------------------------ helpers

    def _keys(self, data: LMap, allowed: frozenset[str], what: str) -> None:
        for key in data:
            if key not in allowed:
                self.error(
                    data.line_of(key), tr("{what}: unknown key '{key}' (allowed: {allowed})").format(
                        what=what, key=key, allowed=", ".join(sorted(allowed)))
                )

    def _text(self, data: LMap, key: str, what: str, *, required: bool = True) -> str:
        value = data.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.error(data.line_of(key) if key in data else data.line,
                           tr("{what}: '{key}' is required").format(what=what, key=key))
            return ""
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            self.error(data.line_of(key), tr("{what}: '{key}' must be text").format(what=what, key=key))
            return ""
        return str(value).strip()

    def _bool(self, data: LMap, key: str, what: str, default: bool) -> bool:
        value = data.get(key, default)
        if not isinstance(value, bool):
            self.error(data.line_of(key), tr("{what}: '{key}' must be true or false").format(what=what, key=key))
            return default
        return value

    def _number(self, data: LMap, key: str, what: str) -> float | None:
        if key not in data or data[key] is None:
            return None
        value = data[key]
        if not is_finite_number(value):  # also .nan and .inf
            self.error(data.line_of(key), tr("{what}: '{key}' must be a number").format(what=what, key=key))
            return None
        return value

    def _id(self, data: LMap, what: str, *, register: bool = True) -> str:
        ident = self._text(data, "id", what)
        if not ident:
            return ""
        if not _ID.match(ident):
            self.error(
                data.line_of("id"), tr("{what}: id '{id}' must be lowercase letters, digits and underscores").format(
                    what=what, id=ident)
            )
        if register:
            if ident in self._ids:
                self.error(
                    data.line_of("id"), tr("duplicate id '{id}' (first used on line {line})").format(
                        id=ident, line=self._ids[ident])
                )
            else:
                self._ids[ident] = data.line_of("id")
        return ident

    def _expression(
        self, data: LMap, key: str, where: str, group: str | None, *, calc_index: int | None = None
    ) -> Expression | None:
        if key not in data or data[key] is None:
            return None
        raw = data[key]
        line = data.line_of(key)
        if isinstance(raw, bool):
            raw = "true" if raw else "false"
        if isinstance(raw, int | float):
            raw = str(raw)
        if not isinstance(raw, str):
            self.error(line, tr("{where}: expression must be text").format(where=where))
            return None
        try:
            expr = parse_expression(raw.strip())
        except ExpressionSyntaxError as exc:
            self.error(line, tr("{where}: cannot parse expression '{expression}': {reason}").format(
                where=where, expression=raw.strip(), reason=exc))
            return None
        self.sites.append(ExpressionSite(expr, line, where, group, calc_index))
        return expr

    def _list(self, data: LMap, key: str, what: str, *, required: bool = False) -> LList:
        value = data.get(key)
        if value is None:
            if required:
                self.error(data.line, tr("{what}: '{key}' is required").format(what=what, key=key))
            return LList(data.line)
        if not isinstance(value, LList):
            self.error(data.line_of(key), tr("{what}: '{key}' must be a list").format(what=what, key=key))
            return LList(data.line_of(key))
        return value

    def _mappings(self, seq: LList, what: str) -> list[LMap]:
        result = []
        for index, entry in enumerate(seq):
            if isinstance(entry, LMap):
                result.append(entry)
            else:
                self.error(seq.line_of(index), tr("{what}: each entry must be a mapping").format(what=what))
        return result

    # ------------------------------------------------------------ form

    def form(self, data: LMap) -> FormDefinition:
        what = tr("form", "names the part of a screening form a message is about")
        self._keys(data, FORM_KEYS, what)
        form_id = self._text(data, "id", what)
        if form_id and not _FORM_ID.match(form_id):
            self.error(
                data.line_of("id"),
                tr("form id '{id}' must be lowercase letters, digits and hyphens").format(id=form_id),
            )
        version = self._text(data, "version", what)
        title = self._text(data, "title", what)
        self._choice_lists(data)
        sections = tuple(
            self._section(entry)
            for entry in self._mappings(self._list(data, "sections", what, required=True), "sections")
        )
        if not sections:
            self.error(data.line, tr("form: at least one section is needed"))
        calcs = tuple(
            self._calculation(entry, None, index)
            for index, entry in enumerate(
                self._mappings(self._list(data, "calculations", what), "calculations")
            )
        )
        flags = tuple(
            self._flag(entry) for entry in self._mappings(self._list(data, "flags", what), "flags")
        )
        seen_flags: dict[str, int] = {}
        for rule in flags:
            if rule.id in seen_flags:
                self.error(
                    rule.line, tr("duplicate flag id '{id}' (first used on line {line})").format(
                        id=rule.id, line=seen_flags[rule.id])
                )
            seen_flags.setdefault(rule.id, rule.line)
        share = self._expression(
            data, "share_consent", tr("form share_consent", "names a form's share_consent field in a message"), None)
        if "share_consent" in data and data["share_consent"] is None:  # written with nothing after it
            self.error(data.line_of("share_consent"), tr("form: 'share_consent' is empty: write the condition for "
                                                         "sharing the summary, or leave the key out"))
        date_item = self._text(data, "summary_date_item", what, required=False) or None
        figures = self._figures(data, sections)
        unknown_conditions = self._text(data, "unknown_conditions", what, required=False) or "hide"
        if unknown_conditions not in UNKNOWN_CONDITIONS:
            self.error(data.line_of("unknown_conditions"), tr("form: unknown_conditions must be one of {allowed}, "
                                                               "not '{value}'").format(
                allowed=", ".join(UNKNOWN_CONDITIONS), value=unknown_conditions))
            unknown_conditions = "hide"
        return FormDefinition(
            id=form_id,
            version=version,
            title=title,
            sections=sections,
            description=self._text(data, "description", what, required=False),
            calculations=calcs,
            flags=flags,
            share_consent=share,
            summary_date_item=date_item,
            figures=figures,
            unknown_conditions=unknown_conditions,
            summary_title=self._text(data, "summary_title", what, required=False) or DEFAULT_SUMMARY_TITLE,
            summary_date_label=self._text(data, "summary_date_label", what, required=False)
            or DEFAULT_SUMMARY_DATE_LABEL,
            path=self.path,
            line=data.line,
        )

    def _figures(self, data: LMap, sections: tuple[Section, ...]) -> dict[str, FigureTest]:
        """The optional ``figures`` block: which summary items and values the caseload figures count as class A,
        NPS, opioids, injecting, in treatment, recently released and holding naloxone (docs/figures.md)."""
        block = data.get("figures")
        if block is None:
            return {}
        line = data.line_of("figures")
        if not isinstance(block, LMap):
            self.error(line, tr("form: 'figures' must be a mapping of {keys} to an item and values").format(
                keys=", ".join(FIGURE_KEYS)))
            return {}
        self._keys(block, frozenset(FIGURE_KEYS), "figures")
        items = {i.id: i for section in sections for top in section.items for i in (top, *top.items)}
        tests: dict[str, FigureTest] = {}
        for key in FIGURE_KEYS:
            if key not in block:
                self.error(block.line, tr("figures: '{key}' is required (an item marked summary: true and its "
                                          "values)").format(key=key))
                continue
            entry, where = block[key], f"figures '{key}'"
            if not isinstance(entry, LMap):
                self.error(block.line_of(key),
                           tr("{where}: must be a mapping with 'item' and 'values'").format(where=where))
                continue
            self._keys(entry, FIGURE_TEST_KEYS, where)
            item_id = self._text(entry, "item", where)
            item = items.get(item_id)
            if item_id and item is None:
                self.error(entry.line_of("item"),
                           tr("{where}: unknown item '{item}'").format(where=where, item=item_id))
            elif item is not None and not item.summary:
                self.error(entry.line_of("item"), tr("{where}: item '{item}' must be marked summary: true, so that "
                                                    "its answer is kept in plain for counting").format(
                    where=where, item=item_id))
            values = entry.get("values")
            if not isinstance(values, LList) or not values:
                self.error(entry.line_of("values") if "values" in entry else entry.line,
                           tr("{where}: 'values' must be a list of at least one choice id").format(where=where))
                continue
            allowed = ({"yes", "no"} if item is not None and item.type is ItemType.YES_NO
                       else item.choice_ids if item is not None else None)
            found: set[str] = set()
            for index, value in enumerate(values):
                text = "yes" if value is True else "no" if value is False else value
                if not isinstance(text, str):
                    self.error(values.line_of(index), tr("{where}: each value must be a choice id").format(where=where))
                elif allowed is not None and text not in allowed:
                    self.error(values.line_of(index), tr("{where}: '{value}' is not a choice of item '{item}' "
                                                        "(choices: {choices})").format(
                        where=where, value=text, item=item_id, choices=", ".join(sorted(allowed))))
                else:
                    found.add(text)
            tests[key] = FigureTest(item_id, frozenset(found), entry.line)
        return tests

    def _choice_lists(self, data: LMap) -> None:
        lists = data.get("choice_lists")
        if lists is None:
            return
        if not isinstance(lists, LMap):
            self.error(
                data.line_of("choice_lists"), tr("form: 'choice_lists' must be a mapping of name to choices")
            )
            return
        for name, entries in lists.items():
            line = lists.line_of(name)
            if not isinstance(entries, LList):
                self.error(line, tr("choice list '{name}' must be a list of choices").format(name=name))
                continue
            self.choice_lists[name] = self._choices(entries, tr("choice list '{name}'").format(name=name))

    def _choices(self, entries: LList, what: str) -> tuple[Choice, ...]:
        choices: list[Choice] = []
        seen: set[str] = set()
        for entry in self._mappings(entries, what):
            self._keys(entry, CHOICE_KEYS, what)
            cid = self._text(entry, "id", what)
            label = self._text(entry, "label", what)
            if not cid:
                continue
            if cid in SPECIAL_VALUES:
                self.error(entry.line_of("id"), tr("{what}: choice id '{id}' is reserved for special answers").format(
                    what=what, id=cid))
            if not _ID.match(cid):
                self.error(
                    entry.line_of("id"),
                    tr("{what}: choice id '{id}' must be lowercase letters, digits and underscores").format(
                        what=what, id=cid),
                )
            if cid in seen:
                self.error(entry.line_of("id"), tr("{what}: duplicate choice '{id}'").format(what=what, id=cid))
            seen.add(cid)
            choices.append(Choice(cid, label, entry.line))
        return tuple(choices)

    # ------------------------------------------------------------ sections and items

    def _section(self, data: LMap) -> Section:
        self._keys(data, SECTION_KEYS, tr("section", "names the part of a screening form a message is about"))
        sid = self._id(data, tr("section", "names the part of a screening form a message is about"))
        what = tr("section '{id}'").format(id=sid)
        items = tuple(
            self._item(entry, None)
            for entry in self._mappings(self._list(data, "items", what, required=True),
                                        tr("{what} items").format(what=what))
        )
        if not items:
            self.error(data.line, tr("{what}: at least one item is needed").format(what=what))
        return Section(
            id=sid,
            title=self._text(data, "title", what),
            items=items,
            line=data.line,
            description=self._text(data, "description", what, required=False),
            visible_if=self._expression(data, "visible_if", tr("{what} visible_if").format(what=what), None),
        )

    def _item(self, data: LMap, group: str | None) -> Item:
        self._keys(data, ITEM_KEYS, tr("item", "names the part of a screening form a message is about"))
        iid = self._id(data, tr("item", "names the part of a screening form a message is about"))
        what = tr("item '{id}'").format(id=iid)
        type_text = self._text(data, "type", what)
        try:
            kind = ItemType(type_text)
        except ValueError:
            if type_text:
                self.error(
                    data.line_of("type"),
                    tr("{what}: unknown item type '{type}' (known: {known})").format(
                        what=what, type=type_text, known=", ".join(t.value for t in ItemType)),
                )
            kind = ItemType.TEXT
        label = self._text(data, "label", what)
        choices = self._item_choices(data, kind, what)
        minimum = self._number(data, "min", what)
        maximum = self._number(data, "max", what)
        if minimum is not None and maximum is not None and minimum > maximum:
            self.error(data.line_of("min"), tr("{what}: min ({min}) is greater than max ({max})").format(
                what=what, min=minimum, max=maximum))
        for key in ("unit", "min", "max", "integer"):
            if key in data and kind is not ItemType.NUMBER:
                self.error(data.line_of(key), tr("{what}: '{key}' only applies to number items").format(
                    what=what, key=key))
        max_length = self._number(data, "max_length", what)
        if max_length is not None and kind is not ItemType.TEXT:
            self.error(data.line_of("max_length"), tr("{what}: 'max_length' only applies to text items").format(
                what=what))
        summary = self._bool(data, "summary", what, False)
        if summary and kind not in (ItemType.SINGLE_CHOICE, ItemType.MULTIPLE_CHOICE, ItemType.YES_NO):
            self.error(
                data.line_of("summary"),
                tr("{what}: only choice and yes/no items may go in the anonymised summary (no free text, numbers "
                   "or dates)").format(what=what),
            )
        required = self._bool(data, "required", what, False)
        if required and kind is ItemType.NOTE:
            self.error(data.line_of("required"), tr("{what}: a note takes no answer, so cannot be required").format(
                what=what))
        constraints = tuple(
            self._constraint(entry, what, group)
            for entry in self._mappings(self._list(data, "constraints", what),
                                        tr("{what} constraints").format(what=what))
        )
        children: tuple[Item, ...] = ()
        calcs: tuple[Calculation, ...] = ()
        if kind is ItemType.REPEAT:
            if group is not None:
                self.error(data.line_of("type"), tr("{what}: repeat groups cannot be nested (inside '{group}')").format(
                    what=what, group=group))
            children = tuple(
                self._item(entry, iid)
                for entry in self._mappings(self._list(data, "items", what, required=True),
                                            tr("{what} items").format(what=what))
            )
            if not children:
                self.error(data.line, tr("{what}: a repeat group needs at least one item").format(what=what))
            calcs = tuple(
                self._calculation(entry, iid, None)
                for entry in self._mappings(self._list(data, "calculations", what),
                                            tr("{what} calculations").format(what=what))
            )
        else:
            for key in ("items", "calculations", "instance_label", "max_instances"):
                if key in data:
                    self.error(data.line_of(key), tr("{what}: '{key}' only applies to repeat groups").format(
                        what=what, key=key))
        max_instances = self._number(data, "max_instances", what)
        return Item(
            id=iid,
            type=kind,
            label=label,
            line=data.line,
            help=self._text(data, "help", what, required=False),
            required=required,
            visible_if=self._expression(data, "visible_if", tr("{what} visible_if").format(what=what), group),
            choices=choices,
            unit=self._text(data, "unit", what, required=False),
            minimum=minimum,
            maximum=maximum,
            integer=self._bool(data, "integer", what, False),
            max_length=int(max_length) if max_length is not None else None,
            constraints=constraints,
            summary=summary,
            share=self._bool(data, "share", what, True),
            items=children,
            calculations=calcs,
            instance_label=self._text(data, "instance_label", what, required=False),
            max_instances=int(max_instances) if max_instances is not None else None,
        )

    def _item_choices(self, data: LMap, kind: ItemType, what: str) -> tuple[Choice, ...]:
        raw = data.get("choices")
        is_choice = kind in (ItemType.SINGLE_CHOICE, ItemType.MULTIPLE_CHOICE)
        if raw is None:
            if is_choice:
                self.error(data.line, tr("{what}: a {type} item needs 'choices'").format(what=what, type=kind.value))
            return ()
        if not is_choice:
            self.error(data.line_of("choices"), tr("{what}: 'choices' only applies to choice items").format(
                what=what))
            return ()
        if isinstance(raw, str):
            if raw not in self.choice_lists:
                self.error(data.line_of("choices"), tr("{what}: unknown choice list '{name}'").format(
                    what=what, name=raw))
                return ()
            return self.choice_lists[raw]
        if isinstance(raw, LList):
            choices = self._choices(raw, what)
            if not choices:
                self.error(data.line_of("choices"), tr("{what}: needs at least one choice").format(what=what))
            return choices
        self.error(data.line_of("choices"), tr("{what}: 'choices' must be a list or the name of a choice list").format(
            what=what))
        return ()

    def _constraint(self, data: LMap, what: str, group: str | None) -> Constraint:
        self._keys(data, CONSTRAINT_KEYS, tr("{what} constraint").format(what=what))
        rule = self._expression(data, "rule", tr("{what} constraint").format(what=what), group)
        message = self._text(data, "message", tr("{what} constraint").format(what=what))
        if data.get("rule") is None:  # missing, or written with nothing after it
            self.error(data.line_of("rule"), tr("{what} constraint: 'rule' is required").format(what=what))
        return Constraint(rule or parse_expression("true"), message, data.line)

    def _calculation(self, data: LMap, group: str | None, index: int | None) -> Calculation:
        self._keys(data, CALC_KEYS, tr("calculation", "names the part of a screening form a message is about"))
        cid = self._id(data, tr("calculation", "names the part of a screening form a message is about"))
        what = tr("calculation '{id}'").format(id=cid)
        expr = self._expression(data, "expression", what, group, calc_index=index)
        if data.get("expression") is None:  # missing, or written with nothing after it
            self.error(data.line_of("expression"), tr("{what}: 'expression' is required").format(what=what))
        return Calculation(
            cid,
            self._text(data, "label", what, required=False) or cid,
            expr or parse_expression("0"),
            data.line,
        )

    def _flag(self, data: LMap) -> FlagRule:
        self._keys(data, FLAG_KEYS, tr("flag", "names the part of a screening form a message is about"))
        fid = self._id(data, tr("flag", "names the part of a screening form a message is about"), register=False)
        what = tr("flag '{id}'").format(id=fid)
        severity_text = self._text(data, "severity", what)
        try:
            severity = FlagSeverity(severity_text)
        except ValueError:
            if severity_text:
                self.error(
                    data.line_of("severity"),
                    tr("{what}: unknown severity '{severity}' (known: {known})").format(
                        what=what, severity=severity_text, known=", ".join(s.value for s in FlagSeverity)),
                )
            severity = FlagSeverity.AMBER
        when = self._expression(data, "when", tr("{what} when").format(what=what), None)
        if data.get("when") is None:  # missing, or written with nothing after it
            self.error(data.line_of("when"), tr("{what}: 'when' is required").format(what=what))
        return FlagRule(
            id=fid,
            severity=severity,
            title=self._text(data, "title", what),
            when=when or parse_expression("false"),
            explanation=self._text(data, "explanation", what),
            action=self._text(data, "action", what),
            line=data.line,
        )
