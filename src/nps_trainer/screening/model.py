"""The in-memory shape of a screening form definition (built by :mod:`nps_trainer.screening.loader`)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from nps_trainer.screening.expressions import Expression


class ItemType(StrEnum):
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    YES_NO = "yes_no"
    NUMBER = "number"
    DATE = "date"
    TEXT = "text"
    NOTE = "note"  # display-only text; takes no answer
    REPEAT = "repeat"  # a repeat group: a list of instances, each with its own items


class FlagSeverity(StrEnum):
    INFO = "info"
    AMBER = "amber"
    RED = "red"

    @property
    def rank(self) -> int:
        return {"info": 0, "amber": 1, "red": 2}[self.value]


@dataclass(frozen=True)
class Choice:
    id: str
    label: str
    line: int = 0


@dataclass(frozen=True)
class Constraint:
    """A validation rule: ``rule`` must not be false when the item holds a real answer."""

    rule: Expression
    message: str
    line: int = 0


@dataclass(frozen=True)
class Calculation:
    id: str
    label: str
    expression: Expression
    line: int = 0


@dataclass(frozen=True)
class Item:
    id: str
    type: ItemType
    label: str
    line: int = 0
    help: str = ""
    required: bool = False
    visible_if: Expression | None = None
    choices: tuple[Choice, ...] = ()
    unit: str = ""
    minimum: float | None = None
    maximum: float | None = None
    integer: bool = False
    max_length: int | None = None
    constraints: tuple[Constraint, ...] = ()
    summary: bool = False  # may appear in the anonymised summary (choice and yes/no items only)
    share: bool = True  # included in the drug-service version of the summary
    # repeat groups only
    items: tuple[Item, ...] = ()
    calculations: tuple[Calculation, ...] = ()
    instance_label: str = ""
    max_instances: int | None = None

    @property
    def answerable(self) -> bool:
        return self.type is not ItemType.NOTE

    def choice_label(self, choice_id: str) -> str:
        for choice in self.choices:
            if choice.id == choice_id:
                return choice.label
        return choice_id

    @property
    def choice_ids(self) -> frozenset[str]:
        return frozenset(c.id for c in self.choices)


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    items: tuple[Item, ...]
    line: int = 0
    description: str = ""
    visible_if: Expression | None = None


@dataclass(frozen=True)
class FlagRule:
    id: str
    severity: FlagSeverity
    title: str
    when: Expression
    explanation: str
    action: str
    line: int = 0


FIGURE_KEYS = ("class_a", "nps", "opioids", "injecting", "in_treatment", "recent_release", "naloxone_held")


@dataclass(frozen=True)
class FigureTest:
    """For the caseload figures: a summary item holds one of ``values`` (choice ids; 'yes' or 'no' for a yes/no
    item). See docs/figures.md."""

    item: str
    values: frozenset[str]
    line: int = 0

    def holds(self, categories: dict[str, list[str]]) -> bool:
        return not self.values.isdisjoint(categories.get(self.item) or ())


DEFAULT_SUMMARY_TITLE = "Substance use screening summary"
DEFAULT_SUMMARY_DATE_LABEL = "Screening date"
UNKNOWN_CONDITIONS = ("hide", "keep_answered")


@dataclass
class FormDefinition:
    id: str
    version: str
    title: str
    sections: tuple[Section, ...]
    description: str = ""
    calculations: tuple[Calculation, ...] = ()
    flags: tuple[FlagRule, ...] = ()
    share_consent: Expression | None = None  # must be true for the drug-service summary
    summary_date_item: str | None = None  # a date item whose month goes in the anonymised summary
    figures: dict[str, FigureTest] = field(default_factory=dict)  # FIGURE_KEYS to tests; empty: none defined
    # What an unknown visible_if does: "hide" (hide the item and ignore its answer) or "keep_answered" (keep
    # answers already given, skip the rest and say so in the summary). See docs/screening-format.md.
    unknown_conditions: str = "hide"
    summary_title: str = DEFAULT_SUMMARY_TITLE  # the summary's heading
    summary_date_label: str = DEFAULT_SUMMARY_DATE_LABEL  # how the summary and its page marks name the date
    path: Path | None = None
    line: int = 0
    # The language of the texts ("en": the form file itself) and, for a translation, whether a Welsh speaker has
    # reviewed it (screening/translation.py).
    language: str = "en"
    translation_reviewed: bool = True
    _items: dict[str, Item] = field(init=False, repr=False, default_factory=dict)
    _parents: dict[str, str] = field(init=False, repr=False, default_factory=dict)

    def __post_init__(self) -> None:
        for section in self.sections:
            for item in section.items:
                self._items.setdefault(item.id, item)
                for child in item.items:
                    self._items.setdefault(child.id, child)
                    self._parents.setdefault(child.id, item.id)

    @property
    def keeps_answered(self) -> bool:
        """True when an unknown visibility condition keeps the answers already given (``keep_answered``)."""
        return self.unknown_conditions == "keep_answered"

    @property
    def unreviewed_translation(self) -> bool:
        """True for a form shown in a translation that no Welsh speaker has reviewed yet (a note says so)."""
        return self.language != "en" and not self.translation_reviewed

    @property
    def key(self) -> tuple[str, str]:
        return (self.id, self.version)

    def item(self, item_id: str) -> Item:
        return self._items[item_id]

    def item_ids(self) -> frozenset[str]:
        return frozenset(self._items)

    def has_item(self, item_id: str) -> bool:
        return item_id in self._items

    def group_of(self, item_id: str) -> str | None:
        """The repeat group an item belongs to, or ``None`` for a top-level item."""
        return self._parents.get(item_id)

    def top_level_items(self) -> Iterator[Item]:
        for section in self.sections:
            yield from section.items

    def calculation(self, calc_id: str) -> Calculation | None:
        for calc in self.calculations:
            if calc.id == calc_id:
                return calc
        return None

    def flag(self, flag_id: str) -> FlagRule:
        for rule in self.flags:
            if rule.id == flag_id:
                return rule
        raise KeyError(flag_id)
