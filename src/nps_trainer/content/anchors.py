"""Section anchors: lower case, punctuation removed, spaces as hyphens; duplicates get -2, -3, ..."""

from __future__ import annotations

import re
from collections.abc import Iterable

_PUNCTUATION = re.compile(r"[^\w\s-]", re.UNICODE)
_SPACES = re.compile(r"\s+")


def slugify(text: str) -> str:
    """Return the anchor for a heading, e.g. ``In practice: supervision`` -> ``in-practice-supervision``."""
    cleaned = _PUNCTUATION.sub("", text.strip().lower())
    slug = _SPACES.sub("-", cleaned.strip())
    return slug or "section"


def unique_anchors(titles: Iterable[str]) -> list[str]:
    """Anchors for headings in order; a repeated anchor gets ``-2``, ``-3`` and so on."""
    seen: set[str] = set()
    result: list[str] = []
    for title in titles:
        base = slugify(title)
        anchor = base
        n = 1
        while anchor in seen:
            n += 1
            anchor = f"{base}-{n}"
        seen.add(anchor)
        result.append(anchor)
    return result
