"""Forgiving comparison of typed short answers."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_TRAILING_PUNCTUATION = re.compile(r"[\s.,;:!?…]+$")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "‛": "'", "“": '"', "”": '"', "‐": "-", "‑": "-", "–": "-"})


def normalise_answer(text: str) -> str:
    """Ignore case, surrounding and repeated spaces, trailing punctuation and curly quotes.

    >>> normalise_answer("  Call   999! ")
    'call 999'
    """
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    text = _SPACES.sub(" ", text).strip()
    text = _TRAILING_PUNCTUATION.sub("", text)
    return text.casefold()
