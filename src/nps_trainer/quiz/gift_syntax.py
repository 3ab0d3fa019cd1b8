"""Low-level GIFT text handling: escaped control characters, splitting and cleaning."""

from __future__ import annotations

import re

CONTROL = "~=#{}:"
_WHITESPACE_WITH_NEWLINE = re.compile(r"[ \t]*\n[ \t]*")


def find_unescaped(text: str, token: str, start: int = 0) -> int:
    """Index of the first ``token`` at or after ``start`` that is not escaped with a backslash, or -1."""
    i = start
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text.startswith(token, i):
            return i
        i += 1
    return -1


def split_unescaped(text: str, separator: str) -> list[str]:
    parts: list[str] = []
    start = 0
    while (found := find_unescaped(text, separator, start)) != -1:
        parts.append(text[start:found])
        start = found + len(separator)
    parts.append(text[start:])
    return parts


def split_answers(block: str) -> tuple[str, list[str]]:
    """Split an answer block at unescaped ``~`` and ``=``: (text before the first, answers with marker)."""
    marks = [i for i in _unescaped_positions(block) if block[i] in "~="]
    if not marks:
        return block, []
    answers = [block[a:b] for a, b in zip(marks, [*marks[1:], len(block)], strict=True)]
    return block[: marks[0]], answers


def _unescaped_positions(text: str) -> list[int]:
    positions = []
    i = 0
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        positions.append(i)
        i += 1
    return positions


def unescape(text: str) -> str:
    """Turn GIFT text into plain text: line breaks inside the source become spaces; ``\\n`` is a new line."""
    text = _WHITESPACE_WITH_NEWLINE.sub(" ", text).strip()
    out: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "\\" and i + 1 < len(text):
            following = text[i + 1]
            out.append("\n" if following == "n" else following)
            i += 2
            continue
        out.append(char)
        i += 1
    return "".join(out)


def escape(text: str) -> str:
    """Escape plain text for GIFT: backslash and ``~ = # { } :``; new lines as ``\\n``."""
    out = []
    for char in text:
        if char == "\\" or char in CONTROL:
            out.append("\\" + char)
        elif char == "\n":
            out.append("\\n")
        else:
            out.append(char)
    return "".join(out)
