"""The non-identifying metadata a manager may count without decrypting a screening.

Only: the form id and version, the month of the screening, the flag ids raised (and which were overridden),
and the values of items the form marks ``summary: true`` (choice and yes/no items only, enforced by the
loader). Never free text, numbers, full dates or the case reference.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from nps_trainer.screening.answers import DECLINED, instances, is_special
from nps_trainer.screening.engine import Evaluation
from nps_trainer.screening.model import ItemType


@dataclass(frozen=True)
class AnonymisedSummary:
    form_id: str
    form_version: str
    month: str | None  # "YYYY-MM"
    flags: tuple[str, ...]
    overridden_flags: tuple[str, ...]
    categories: dict[str, tuple[str, ...]] = field(default_factory=dict)  # item id -> choice ids mentioned

    def to_dict(self) -> dict[str, Any]:
        return {
            "form_id": self.form_id,
            "form_version": self.form_version,
            "month": self.month,
            "flags": list(self.flags),
            "overridden_flags": list(self.overridden_flags),
            "categories": {k: list(v) for k, v in self.categories.items()},
        }


def anonymised_summary(evaluation: Evaluation, *, fallback_date: dt.date | None = None) -> AnonymisedSummary:
    """Build the summary from an evaluation (hidden answers are already dropped)."""
    form = evaluation.form
    answers = evaluation.answers
    month = None
    if form.summary_date_item:
        raw = answers.get(form.summary_date_item)
        if isinstance(raw, str) and not is_special(raw):
            try:
                month = dt.date.fromisoformat(raw).strftime("%Y-%m")
            except ValueError:
                month = None
    if month is None and fallback_date is not None:
        month = fallback_date.strftime("%Y-%m")
    categories: dict[str, tuple[str, ...]] = {}
    for item in form.top_level_items():
        if item.summary:
            categories[item.id] = _values(item.type, [answers.get(item.id)])
        if item.type is ItemType.REPEAT:
            for child in item.items:
                if child.summary:
                    rows = instances(answers, item.id)
                    categories[child.id] = _values(child.type, [row.get(child.id) for row in rows])
    return AnonymisedSummary(
        form_id=form.id,
        form_version=form.version,
        month=month,
        flags=tuple(sorted(f.id for f in evaluation.flags)),
        overridden_flags=tuple(sorted(f.id for f in evaluation.flags if f.overridden)),
        categories=categories,
    )


def _values(kind: ItemType, raws: list[Any]) -> tuple[str, ...]:
    found: set[str] = set()
    for raw in raws:
        if raw is None:
            continue
        if is_special(raw):
            found.add("declined" if raw == DECLINED else "not_known")
        elif kind is ItemType.YES_NO and isinstance(raw, bool):
            found.add("yes" if raw else "no")
        elif isinstance(raw, list):
            found.update(str(v) for v in raw)
        elif isinstance(raw, str):
            found.add(raw)
    return tuple(sorted(found))
