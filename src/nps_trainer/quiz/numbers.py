"""Numbers as learners type them and as the app shows them (numerical questions). Qt-free."""

from __future__ import annotations

import math
import re

# Digits with an optional sign, decimal point and exponent; commas only as thousands separators (1,822).
_NUMBER = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d*)?(?:[eE][+-]?\d+)?$")

NOT_A_NUMBER = "is not a number: type digits, such as 3 or 3.5 (a full stop for decimals)"


def parse_number(text: str) -> float | int | None:
    """The number in ``text`` (an int when it is whole and written without a point), or None if it is not
    one. Spaces around it are ignored; commas are accepted only as thousands separators."""
    cleaned = text.strip().replace("\u2212", "-")  # a typographic minus sign
    if not cleaned or not _NUMBER.match(cleaned) or not any(c.isdigit() for c in cleaned):
        return None
    cleaned = cleaned.replace(",", "")
    if re.fullmatch(r"[+-]?\d+", cleaned):
        return int(cleaned)
    value = float(cleaned)
    return value if math.isfinite(value) else None


def format_number(value: float) -> str:
    """``value`` written shortly: 3 not 3.0, 0.0005 not 5e-04, at most 12 significant digits."""
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    text = f"{value:.12g}"
    if "e" in text:
        text = f"{value:.12f}".rstrip("0").rstrip(".")
    return text
