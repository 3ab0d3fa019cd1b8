"""Verification codes: Crockford base32 with a mod-37 check symbol, forgiving on input, strict on changes."""

from __future__ import annotations

import hashlib

import pytest

from nps_trainer.team.codes import ALPHABET, CHECK_ALPHABET, InvalidCode, code_from_digest, normalise


def _codes(count: int) -> list[str]:
    return [code_from_digest(hashlib.sha256(str(i).encode()).digest()) for i in range(count)]


def test_a_code_is_ten_symbols_and_a_check_symbol_in_groups() -> None:
    for code in _codes(200):
        first, second, check = code.split("-")
        assert len(first) == len(second) == 5 and len(check) == 1
        assert set(first + second) <= set(ALPHABET) and check in CHECK_ALPHABET
        assert normalise(code) == code


def test_the_code_is_the_first_fifty_bits_of_the_digest() -> None:
    digest = bytes([0b00001_000, 0b10_00011_0]) + bytes(30)  # symbols 1, 2, 3 then zeros
    assert code_from_digest(digest) == "12300-00000-" + CHECK_ALPHABET[(1 * 32**9 + 2 * 32**8 + 3 * 32**7) % 37]
    assert code_from_digest(bytes(32)) == "00000-00000-0"


def test_input_ignores_case_hyphens_and_spaces_and_reads_i_l_o_as_digits() -> None:
    code = next(c for c in _codes(500) if "1" in c[:11] and "0" in c[:11])
    typed = code.lower().replace("-", " ").replace("1", "l", 1).replace("0", "O", 1)
    assert normalise(typed) == code
    assert normalise(code.replace("-", "")) == code


def test_every_single_symbol_change_is_caught() -> None:
    for code in _codes(30):
        symbols = code.replace("-", "")
        for position in range(len(symbols)):
            for replacement in CHECK_ALPHABET if position == 10 else ALPHABET:
                if replacement == symbols[position]:
                    continue
                changed = symbols[:position] + replacement + symbols[position + 1:]
                with pytest.raises(InvalidCode):
                    normalise(changed)


@pytest.mark.parametrize("typed, message", [
    ("ABCDE-FGHJK", "has 10"),
    ("ABCDE-FGHJK-MN", "has 12"),
    ("ABCDE-FGHUK-M", "'U' (position 9)"),
    ("ABCDE-FGH!K-M", "'!' (position 9)"),
])
def test_malformed_codes_say_what_is_wrong(typed: str, message: str) -> None:
    with pytest.raises(InvalidCode, match=message.replace("(", r"\(").replace(")", r"\)")):
        normalise(typed)
