"""Verification codes that can be read aloud: Crockford base32 with Crockford's check symbol.

A code is the first 50 bits of a digest written as 10 base32 symbols, then one check symbol (the 50-bit number
modulo 37, from Crockford's check alphabet), printed as ``XXXXX-XXXXX-C``. On input case does not matter,
hyphens and spaces are ignored, and the letters people confuse with digits are read as those digits (I and L
as 1, O as 0), as Crockford's scheme says. Any single symbol changed is caught by the check symbol.
"""

from __future__ import annotations

from ..i18n import tr

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CHECK_ALPHABET = ALPHABET + "*~$=U"
SYMBOLS = 10
BITS = SYMBOLS * 5
GROUP = 5
_VALUES = {symbol: value for value, symbol in enumerate(CHECK_ALPHABET)}
_VALUES.update({"I": 1, "L": 1, "O": 0})


class InvalidCode(ValueError):
    """A code that is not well formed or whose check symbol does not match."""


def code_from_digest(digest: bytes) -> str:
    """The printed code for the first 50 bits of ``digest`` (at least 7 bytes)."""
    if len(digest) * 8 < BITS:
        raise ValueError("the digest is too short for a code")
    number = int.from_bytes(digest[:7], "big") >> (56 - BITS)
    return format_code(_encode(number) + CHECK_ALPHABET[number % 37])


def normalise(text: str) -> str:
    """The canonical printed form of a code typed in any way; raises InvalidCode saying what is wrong."""
    symbols = "".join(text.split()).replace("-", "").upper()
    if len(symbols) != SYMBOLS + 1:
        raise InvalidCode(tr("A verification code has {expected} letters and digits (hyphens aside); '{code}' has "
                             "{count}.").format(expected=SYMBOLS + 1, code=text.strip(), count=len(symbols)))
    number = 0
    for position, symbol in enumerate(symbols[:SYMBOLS], start=1):
        value = _VALUES.get(symbol)
        if value is None or value >= 32:
            raise InvalidCode(tr("'{symbol}' (position {position}) cannot appear in a verification code.").format(
                symbol=symbol, position=position))
        number = number * 32 + value
    check = _VALUES.get(symbols[-1])
    if check is None:
        raise InvalidCode(tr("'{symbol}' cannot be the last symbol of a verification code.").format(symbol=symbols[-1]))
    if check != number % 37:
        raise InvalidCode(tr("The verification code's last symbol does not match the others: a character has been "
                             "changed or mistyped."))
    return format_code(_encode(number) + CHECK_ALPHABET[check])


def format_code(symbols: str) -> str:
    """``ABCDEFGHJK`` + check ``M`` as ``ABCDE-FGHJK-M``."""
    return f"{symbols[:GROUP]}-{symbols[GROUP:SYMBOLS]}-{symbols[SYMBOLS:]}"


def _encode(number: int) -> str:
    return "".join(ALPHABET[(number >> shift) & 31] for shift in range(BITS - 5, -1, -5))
