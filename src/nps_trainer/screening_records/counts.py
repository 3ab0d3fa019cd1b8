"""Anonymised counts for managers, from the plain columns only: nothing is decrypted."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select

from ..storage.database import Database
from ..storage.models import ScreeningRecord

SUBSTANCE_CATEGORY_ITEM = "category"


@dataclass(frozen=True)
class AnonymisedCounts:
    records: int
    by_month: dict[str, int]
    by_substance_category: dict[str, int]
    flags_raised: dict[str, int]


def anonymised_counts(database: Database, *, include_drafts: bool = False,
                      category_item: str = SUBSTANCE_CATEGORY_ITEM) -> AnonymisedCounts:
    """Screenings by month, by substance category mentioned, and flags raised, across every profile.

    Finished records only, unless ``include_drafts``."""
    query = select(ScreeningRecord.month, ScreeningRecord.categories, ScreeningRecord.flags)
    if not include_drafts:
        query = query.where(ScreeningRecord.status != "draft")
    months: Counter[str] = Counter()
    categories: Counter[str] = Counter()
    flags: Counter[str] = Counter()
    total = 0
    with database.session() as session:
        for month, record_categories, record_flags in session.execute(query):
            total += 1
            months[month or "unknown"] += 1
            categories.update(set((record_categories or {}).get(category_item, [])))
            flags.update(set(record_flags or []))
    return AnonymisedCounts(total, dict(sorted(months.items())), dict(categories.most_common()),
                            dict(flags.most_common()))
