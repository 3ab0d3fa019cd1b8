"""Numbers as learners type them and as the app shows them (numerical questions). Qt-free."""

from __future__ import annotations

import math
import re
from decimal import Decimal

# Digits with an optional sign, decimal point and exponent; commas only as thousands separators (1,822).
_NUMBER = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d*)?(?:[eE][+-]?\d+)?$")
# Written out in full between these powers of ten (0.000000001, 100000000000000000000); beyond them, 1e-20.
_SMALLEST_PLAIN, _LARGEST_PLAIN = -9, 20

NOT_A_NUMBER = "is not a number: type digits, such as 3 or 3.5 (a full stop for decimals)"


def parse_number(text: str) -> float | int | None:
    """The number in ``text`` (an int when it is whole and written without a point), or None if it is not
    one, or is too large to work with (beyond about 1.8e308). Spaces around it are ignored; commas are
    accepted only as thousands separators."""
    cleaned = text.strip().replace("\u2212", "-")  # a typographic minus sign
    if not cleaned or not _NUMBER.match(cleaned) or not any(c.isdigit() for c in cleaned):
        return None
    cleaned = cleaned.replace(",", "")
    value = float(cleaned)  # a whole number too large for a float gives inf here, and is refused with it
    if not math.isfinite(value):
        return None
    return int(cleaned) if re.fullmatch(r"[+-]?\d+", cleaned) else value


def format_number(value: float) -> str:
    """``value`` written shortly for a reader: 3 not 3.0, 0.0005 not 5e-04, at most 12 significant digits.
    A number that is not 0 is never shown as 0: a very small one is written like 1e-20."""
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return _positional(f"{value:.12g}")


def exact_number(value: float) -> str:
    """``value`` as the shortest text that reads back as exactly the same number (for files: GIFT export),
    written out in full like ``format_number`` where that is short."""
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    text = repr(float(value))
    return _positional(text.removesuffix(".0"))


def _positional(text: str) -> str:
    """Scientific text ('5e-05', '1.5e+20') written out in full when its exponent is moderate."""
    if "e" not in text or not math.isfinite(float(text)):
        return text
    exponent = int(text.partition("e")[2])
    if not _SMALLEST_PLAIN <= exponent <= _LARGEST_PLAIN:
        return text
    plain = format(Decimal(text), "f")
    return plain.rstrip("0").rstrip(".") if "." in plain else plain
