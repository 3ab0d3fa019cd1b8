"""Limits that keep hostile or broken content from hanging or crashing the app (docs/module-format.md, "Limits").

Python-Markdown takes time that grows with the square of the number of ``[`` in a paragraph (8,000 on one line
took 10 s) and recurses once per level of list nesting (a few hundred levels end in RecursionError), so a
module is checked against these limits before it is rendered; a module over them is unavailable, with a
``file:line: message``, and the rest of the content still loads.
"""

from __future__ import annotations

import re

from nps_trainer.i18n import tr

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
            found.append((paragraph_start, tr("the paragraph starting here has more than {limit} "
                                              "'[' characters: split it, or write them as \\[").format(
                limit=MAX_BRACKETS_PER_PARAGRAPH)))
            brackets = -10**9  # once per paragraph
    return found


def _line_problem(line: str) -> str:
    control = _CONTROL.search(line)
    if control:
        code = ord(control.group())
        if code == 0:
            return tr("a NUL character (U+0000) is not allowed in a text file (delete it)")
        return tr("control character {code} is not allowed in a text file (delete it)").format(code=f"U+{code:04X}")
    if len(line) > MAX_LINE_CHARACTERS:
        return tr("line is {length} characters long; at most {limit}").format(
            length=f"{len(line):,}", limit=f"{MAX_LINE_CHARACTERS:,}")
    indent = len(line) - len(line.lstrip(" \t"))
    if indent > MAX_INDENT and line.strip():
        return tr("line is indented {indent} columns; at most {limit} (lists or code nested too deeply)").format(
            indent=indent, limit=MAX_INDENT)
    quotes = _QUOTES.match(line)
    if quotes and quotes.group().count(">") > MAX_QUOTE_DEPTH:
        return tr("quotes are nested {depth} deep; at most {limit}").format(
            depth=quotes.group().count(">"), limit=MAX_QUOTE_DEPTH)
    return ""
