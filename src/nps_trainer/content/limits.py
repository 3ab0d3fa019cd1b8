"""Limits that keep hostile or broken content from hanging or crashing the app (docs/module-format.md, "Limits").

Python-Markdown takes time that grows with the square of the number of ``[`` in a paragraph (8,000 on one line
took 10 s) and recurses once per level of list nesting (a few hundred levels end in RecursionError), so a
module is checked against these limits before it is rendered; a module over them is unavailable, with a
``file:line: message``, and the rest of the content still loads.
"""

from __future__ import annotations

import re

MAX_FILE_BYTES = 1024 * 1024
MAX_LINE_CHARACTERS = 10_000
MAX_BRACKETS_PER_PARAGRAPH = 500
MAX_INDENT = 64  # columns of leading space: lists or code nested about 16 levels deep
MAX_QUOTE_DEPTH = 16
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_QUOTES = re.compile(r"^(?:\s*>)+")


def text_problems(text: str, first_line: int = 1) -> list[tuple[int, str]]:
    """(line, message) for each limit ``text`` breaks (its first line is ``first_line``); at most one per line
    and at most 20 in all, so a huge hostile file is reported quickly."""
    found: list[tuple[int, str]] = []
    brackets = 0
    paragraph_start = first_line
    for number, line in enumerate(text.split("\n"), start=first_line):
        if len(found) >= 20:
            break
        message = _line_problem(line)
        if message:
            found.append((number, message))
            continue
        if not line.strip():
            brackets, paragraph_start = 0, number + 1
            continue
        brackets += line.count("[")
        if brackets > MAX_BRACKETS_PER_PARAGRAPH:
            found.append((paragraph_start, f"the paragraph starting here has more than {MAX_BRACKETS_PER_PARAGRAPH} "
                          "'[' characters: split it, or write them as \\["))
            brackets = -10**9  # once per paragraph
    return found


def _line_problem(line: str) -> str:
    control = _CONTROL.search(line)
    if control:
        code = ord(control.group())
        name = "a NUL character (U+0000)" if code == 0 else f"control character U+{code:04X}"
        return f"{name} is not allowed in a text file (delete it)"
    if len(line) > MAX_LINE_CHARACTERS:
        return f"line is {len(line):,} characters long; at most {MAX_LINE_CHARACTERS:,}"
    indent = len(line) - len(line.lstrip(" \t"))
    if indent > MAX_INDENT and line.strip():
        return f"line is indented {indent} columns; at most {MAX_INDENT} (lists or code nested too deeply)"
    quotes = _QUOTES.match(line)
    if quotes and quotes.group().count(">") > MAX_QUOTE_DEPTH:
        return f"quotes are nested {quotes.group().count('>')} deep; at most {MAX_QUOTE_DEPTH}"
    return ""
