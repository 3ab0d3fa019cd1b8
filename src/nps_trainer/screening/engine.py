"""Run a form over a set of answers: visibility, validation, calculations, flags and section completion.

Call :func:`evaluate_answers` after every change; it is pure (answers in, :class:`Evaluation` out) and fast
enough for a form of this size to run on each keystroke.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from nps_trainer.screening.answers import ItemPath, has_response, instances, is_special, path_for
from nps_trainer.screening.display import display_calculated, display_value
from nps_trainer.screening.evaluate import (
    EvaluationError,
    Read,
    Scope,
    evaluate,
    instance_calculations,
    is_true,
)
from nps_trainer.screening.expressions import Expression
from nps_trainer.screening.model import FlagRule, FlagSeverity, FormDefinition, Item, ItemType
from nps_trainer.screening.overrides import FlagOverride, parse_overrides
from nps_trainer.screening.skips import Skip, special_inputs
from nps_trainer.screening.validation_rules import type_errors

from ..i18n import tr, tr_noop

REQUIRED_MESSAGE = tr_noop("An answer is needed (or record 'declined' or 'not known').")  # shown through tr()
_MAX_PASSES = 10


class SectionStatus(StrEnum):
    NOT_STARTED = "not_started"
    INCOMPLETE = "incomplete"
    COMPLETE = "complete"
    NOT_APPLICABLE = "not_applicable"  # the whole section is hidden by its visibility condition


@dataclass(frozen=True)
class SectionState:
    id: str
    status: SectionStatus
    required_total: int
    required_answered: int
    error_count: int


@dataclass(frozen=True)
class TriggerAnswer:
    path: str
    label: str
    display: str

    def __str__(self) -> str:
        """'Label: answer', or 'Question? Answer' when the label is a question."""
        return f"{self.label} {self.display}" if self.label.rstrip().endswith("?") else f"{self.label}: {self.display}"


@dataclass(frozen=True)
class RaisedFlag:
    rule: FlagRule
    triggers: tuple[TriggerAnswer, ...]
    override: FlagOverride | None = None

    @property
    def id(self) -> str:
        return self.rule.id

    @property
    def severity(self) -> FlagSeverity:
        return self.rule.severity

    @property
    def overridden(self) -> bool:
        return self.override is not None

    @property
    def reason(self) -> str:
        """Which answers raised the flag, e.g. 'Raised by: Released ... in the past 4 weeks? Yes; ...'."""
        if not self.triggers:
            return tr("Raised by the answers recorded.")
        return tr("Raised by: {answers}.").format(answers="; ".join(str(t) for t in self.triggers))


@dataclass
class Evaluation:
    form: FormDefinition
    answers: dict[str, Any]  # effective answers: hidden items removed
    visible: frozenset[str]  # item paths
    visible_sections: frozenset[str]
    errors: dict[str, list[str]]  # item path -> messages
    calculated: dict[str, Any]  # calculation id (or "group[i].calc") -> value
    flags: list[RaisedFlag]
    sections: dict[str, SectionState]
    unused_overrides: list[str] = field(default_factory=list)  # overrides of flags not raised now
    evaluation_errors: list[str] = field(default_factory=list)  # expressions that failed at run time
    today: dt.date = field(default_factory=dt.date.today)  # the date today() stood for
    # Answers for questions the form does not have (paths); each is also in ``errors`` with a message naming it.
    unknown_answers: list[str] = field(default_factory=list)
    # Sections and questions skipped because of a declined or not-known answer (unknown_conditions: keep_answered)
    skipped: list[Skip] = field(default_factory=list)

    def is_visible(self, path: str) -> bool:
        return path in self.visible

    def section_status(self, section_id: str) -> SectionStatus:
        return self.sections[section_id].status

    @property
    def flag_ids(self) -> list[str]:
        return [f.id for f in self.flags]

    @property
    def complete(self) -> bool:
        """Every section complete or not applicable, and no answer for a question the form does not have."""
        return not self.unknown_answers and all(
            s.status in (SectionStatus.COMPLETE, SectionStatus.NOT_APPLICABLE) for s in self.sections.values()
        )


def evaluate_answers(
    form: FormDefinition,
    answers: Mapping[str, Any],
    *,
    today: dt.date | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Evaluation:
    """Everything the UI needs after a change. ``overrides`` is the JSON form kept in the record.

    ``today`` is the date ``today()`` stands for in the form's expressions: the real date for a draft, and the
    screening date for a finished record (see :func:`nps_trainer.screening.record.record_date`), so that a
    finished record keeps the flags and checks it had when it was completed.
    """
    today = today or dt.date.today()
    run = _Run(form, answers, today)
    run.settle_visibility()
    errors = run.validate()
    unknown = run.unknown_answers()
    for path, message in unknown.items():
        errors.setdefault(path, []).append(message)
    flags, unused = run.flags(parse_overrides(overrides))
    return Evaluation(
        form=form,
        answers=run.effective,
        visible=frozenset(run.visible),
        visible_sections=frozenset(run.visible_sections),
        errors=errors,
        calculated=run.calculated,
        flags=flags,
        sections=run.sections(errors),
        unused_overrides=unused,
        evaluation_errors=run.problems,
        today=today,
        unknown_answers=list(unknown),
        skipped=run.skipped,
    )


class _Run:
    def __init__(self, form: FormDefinition, answers: Mapping[str, Any], today: dt.date) -> None:
        self.form = form
        self.original = copy.deepcopy(dict(answers))
        self.effective: dict[str, Any] = copy.deepcopy(self.original)
        self.today = today
        self.calculated: dict[str, Any] = {}
        self.calc_traces: dict[str, list[Read]] = {}
        self.visible: set[str] = set()
        self.visible_sections: set[str] = set()
        self.problems: list[str] = []
        self.skipped: list[Skip] = []

    # ------------------------------------------------------------ helpers

    def scope(self) -> Scope:
        return Scope(self.form, self.effective, self.calculated, self.today)

    def eval(self, expr: Expression, scope: Scope, what: str, trace: list[Read] | None = None) -> Any:
        try:
            return evaluate(expr, scope, trace)
        except EvaluationError as exc:
            message = f"{what}: {exc}"
            if message not in self.problems:
                self.problems.append(message)
            return None

    def instance_scope(self, group: str, index: int, row: Mapping[str, Any]) -> Scope:
        base = self.scope()
        return base.within(group, index, row, instance_calculations(base, group, index, row)[0])

    # ------------------------------------------------------------ visibility and calculations

    def calculate(self) -> None:
        self.calculated = {}
        self.calc_traces = {}
        for item in self.form.top_level_items():
            if item.type is not ItemType.REPEAT or not item.calculations:
                continue
            for index, row in enumerate(instances(self.effective, item.id)):
                values, traces = instance_calculations(self.scope(), item.id, index, row)
                for key, value in values.items():
                    self.calculated[path_for(key, item.id, index)] = value
                    self.calc_traces[path_for(key, item.id, index)] = traces[key]
        for calc in self.form.calculations:
            trace: list[Read] = []
            self.calculated[calc.id] = self.eval(
                calc.expression, self.scope(), f"calculation '{calc.id}'", trace
            )
            self.calc_traces[calc.id] = trace

    def settle_visibility(self) -> None:
        """Hide items whose conditions fail, drop their answers, and repeat until nothing changes."""
        for _ in range(_MAX_PASSES):
            self.calculate()
            self.compute_visible()
            pruned = self.prune()
            if pruned == self.effective:
                break
            self.effective = pruned
        self.calculate()
        self.compute_visible()

    def compute_visible(self) -> None:
        """Which sections and items show. An unknown condition hides what it guards, except in a form with
        ``unknown_conditions: keep_answered``, where answers already given stay and what was skipped because of
        a declined or not-known answer is noted in ``skipped``."""
        visible: set[str] = set()
        sections: set[str] = set()
        self.skipped = []
        top = self.scope()
        for section in self.form.sections:
            only_answered = False
            if section.visible_if is not None:
                shown = self.eval(section.visible_if, top, f"section '{section.id}'")
                if not is_true(shown):
                    if not self._keeps(shown):
                        continue
                    only_answered = any(self._holds(item.id) for item in section.items)
                    if not all(self._holds(item.id) for item in section.items if item.answerable):
                        self._note_skip(section.id, section.title, section.visible_if, top, only_answered)
                    if not only_answered:
                        continue
            sections.add(section.id)
            for item in section.items:
                if only_answered and not self._holds(item.id):
                    continue
                if item.visible_if is not None:
                    shown = self.eval(item.visible_if, top, f"item '{item.id}'")
                    if not is_true(shown):
                        if not self._keeps(shown):
                            continue
                        if not self._holds(item.id):
                            self._note_skip(item.id, item.label, item.visible_if, top, False)
                            continue
                visible.add(item.id)
                if item.type is not ItemType.REPEAT:
                    continue
                # An entry kept behind a declined or not-known answer is an entry like any other: its questions are
                # asked (and the required ones required), so none of them is dropped without a word.
                for index, row in enumerate(instances(self.effective, item.id)):
                    inner = self.instance_scope(item.id, index, row)
                    for child in item.items:
                        path = path_for(child.id, item.id, index)
                        if child.visible_if is None:
                            visible.add(path)
                            continue
                        shown = self.eval(child.visible_if, inner, f"item '{child.id}'")
                        if is_true(shown) or (self._keeps(shown) and self._holds(path)):
                            visible.add(path)
                        elif self._keeps(shown):
                            title = f"{item.instance_label or item.label} {index + 1} › {child.label}"
                            self._note_skip(path, title, child.visible_if, inner, False, row, item.id)
        self.visible = visible
        self.visible_sections = sections

    def _keeps(self, shown: Any) -> bool:
        """An unknown condition in a form that keeps answers already given."""
        return shown is None and self.form.keeps_answered

    def _holds(self, path: str) -> bool:
        """Whether the answers as given (before anything was hidden) hold an answer at ``path``."""
        p = ItemPath.parse(path)
        if p.group is None:
            return has_response(self.original.get(p.item))
        rows = self.original.get(p.group)
        if not isinstance(rows, list) or p.index is None or p.index >= len(rows) or not isinstance(rows[p.index], dict):
            return False
        return has_response(rows[p.index].get(p.item))

    def _note_skip(self, path: str, title: str, condition: Expression, scope: Scope, kept: bool,
                   row: Mapping[str, Any] | None = None, group: str | None = None) -> None:
        because = special_inputs(self.form, condition, scope.answers, row, group)
        if because:
            self.skipped.append(Skip(path, title, because, kept))

    def prune(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in self.original.items():
            if not self.form.has_item(key) or self.form.group_of(key) is not None:
                continue
            if key not in self.visible:
                continue
            item = self.form.item(key)
            if item.type is ItemType.REPEAT and isinstance(value, list):
                rows = []
                for index, row in enumerate(value):
                    kept = {}
                    if isinstance(row, dict):
                        kept = {k: v for k, v in row.items() if path_for(k, key, index) in self.visible}
                    rows.append(kept)
                result[key] = rows
            else:
                result[key] = value
        return result

    # ------------------------------------------------------------ validation

    def unknown_answers(self) -> dict[str, str]:
        """Answers for questions this form does not have, by path, each with a message naming it: an answer is
        never silently dropped because its id is wrong."""
        found: dict[str, str] = {}
        form = self.form
        for key, value in self.original.items():
            if not form.has_item(key):
                found[key] = tr("This form ({form} version {version}) has no question '{question}', so this answer "
                                "cannot be used.").format(form=form.id, version=form.version, question=key)
                continue
            owner = form.group_of(key)
            if owner is not None:
                found[key] = tr("'{question}' is a question inside '{group}' ({label}); its answer belongs in an entry "
                                "of '{group}', not on its own.").format(question=key, group=owner,
                                                                        label=form.item(owner).label)
                continue
            item = form.item(key)
            if item.type is not ItemType.REPEAT or not isinstance(value, list):
                continue
            children = {child.id for child in item.items}
            for index, row in enumerate(value):
                if not isinstance(row, dict):
                    continue
                for child_id in row:
                    if child_id not in children:
                        path = path_for(child_id, key, index) if isinstance(child_id, str) else f"{key}[{index}]"
                        found[path] = tr("'{group}' has no question '{question}', so this answer in entry {number} "
                                         "cannot be used.").format(group=item.label, question=child_id,
                                                                   number=index + 1)
        return found

    def validate(self) -> dict[str, list[str]]:
        errors: dict[str, list[str]] = {}
        top = self.scope()
        for item in self.form.top_level_items():
            if item.id not in self.visible or not item.answerable:
                continue
            self._check(item, item.id, self.effective.get(item.id), top, errors)
            if item.type is not ItemType.REPEAT:
                continue
            for index, row in enumerate(instances(self.effective, item.id)):
                inner = self.instance_scope(item.id, index, row)
                for child in item.items:
                    path = path_for(child.id, item.id, index)
                    if path in self.visible and child.answerable:
                        self._check(child, path, row.get(child.id), inner, errors)
        return errors

    def _check(self, item: Item, path: str, raw: Any, scope: Scope, errors: dict[str, list[str]]) -> None:
        messages: list[str] = []
        if not has_response(raw):
            if item.required:
                messages.append(tr(REQUIRED_MESSAGE))
        elif not is_special(raw):
            messages += type_errors(item, raw)
            if not messages:
                for constraint in item.constraints:
                    result = self.eval(constraint.rule, scope, f"item '{item.id}' constraint")
                    if result is not None and not result:
                        messages.append(constraint.message)
        if messages:
            errors[path] = messages

    # ------------------------------------------------------------ flags

    def flags(self, overrides: dict[str, FlagOverride]) -> tuple[list[RaisedFlag], list[str]]:
        raised: list[RaisedFlag] = []
        for rule in self.form.flags:
            trace: list[Read] = []
            if is_true(self.eval(rule.when, self.scope(), f"flag '{rule.id}'", trace)):
                raised.append(RaisedFlag(rule, self._describe(trace), overrides.get(rule.id)))
        raised.sort(key=lambda f: -f.severity.rank)
        raised_ids = {f.id for f in raised}
        unused = sorted(k for k in overrides if k not in raised_ids)
        return raised, unused

    def _expand(self, trace: list[Read], depth: int = 0) -> list[Read]:
        """Replace calculated values by the answers they were worked out from (where there are any)."""
        result: list[Read] = []
        for read in trace:
            underlying = self.calc_traces.get(path_for(read.id, read.group, read.index))
            if read.kind == "calc" and underlying and depth < 10:
                result += self._expand(underlying, depth + 1)
            else:
                result.append(read)
        return result

    def _describe(self, trace: list[Read]) -> tuple[TriggerAnswer, ...]:
        seen: set[str] = set()
        result: list[TriggerAnswer] = []
        for read in self._expand(trace):
            path = path_for(read.id, read.group, read.index)
            if path in seen:
                continue
            seen.add(path)
            if read.kind == "calc":
                if read.group is None:
                    calc = self.form.calculation(read.id)
                    label = calc.label if calc else read.id
                else:  # a repeat group's own calculation: named like the answers in that instance
                    group = self.form.item(read.group)
                    own = next((c for c in group.calculations if c.id == read.id), None)
                    label = f"{group.instance_label or group.label} {(read.index or 0) + 1} › " + (
                        own.label if own else read.id
                    )
                value = self.calculated.get(path)
                result.append(TriggerAnswer(path, label, display_calculated(value)))
                continue
            item = self.form.item(read.id)
            if read.group is None:
                raw = self.effective.get(read.id)
                label = item.label
            else:
                assert read.index is not None
                group = self.form.item(read.group)
                raw = instances(self.effective, read.group)[read.index].get(read.id)
                label = f"{group.instance_label or group.label} {read.index + 1} › {item.label}"
            result.append(TriggerAnswer(path, label, display_value(item, raw)))
        return tuple(result)

    # ------------------------------------------------------------ sections

    def sections(self, errors: dict[str, list[str]]) -> dict[str, SectionState]:
        states: dict[str, SectionState] = {}
        for section in self.form.sections:
            if section.id not in self.visible_sections:
                states[section.id] = SectionState(section.id, SectionStatus.NOT_APPLICABLE, 0, 0, 0)
                continue
            answered_any = False
            required_total = required_answered = error_count = 0
            for item, path, raw in self._section_answers(section.items):
                if has_response(raw):
                    answered_any = True
                if item.required:
                    required_total += 1
                    required_answered += has_response(raw)
                error_count += len([m for m in errors.get(path, []) if m != tr(REQUIRED_MESSAGE)])
            if not answered_any:
                status = SectionStatus.NOT_STARTED
            elif required_answered == required_total and error_count == 0:
                status = SectionStatus.COMPLETE
            else:
                status = SectionStatus.INCOMPLETE
            states[section.id] = SectionState(
                section.id, status, required_total, required_answered, error_count
            )
        return states

    def _section_answers(self, items: tuple[Item, ...]) -> list[tuple[Item, str, Any]]:
        found: list[tuple[Item, str, Any]] = []
        for item in items:
            if item.id not in self.visible or not item.answerable:
                continue
            found.append((item, item.id, self.effective.get(item.id)))
            if item.type is ItemType.REPEAT:
                for index, row in enumerate(instances(self.effective, item.id)):
                    for child in item.items:
                        path = path_for(child.id, item.id, index)
                        if path in self.visible and child.answerable:
                            found.append((child, path, row.get(child.id)))
        return found
