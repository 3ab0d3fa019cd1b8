"""Hostile or broken module files are refused quickly with a file:line: message, before Markdown sees them;
the other modules still load. Each case used to hang (seconds to minutes) or end in a RecursionError."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from nps_trainer.content.catalogue import load_catalogue
from nps_trainer.content.limits import MAX_BRACKETS_PER_PARAGRAPH
from tests.content.support import TODAY

HEADER = """---
id: hostile
title: Hostile
version: "1.0"
summary: A module with hostile content.
audience: [probation practitioner]
minutes: 5
objectives:
  - None.
prerequisites: []
sources:
  - title: None
    publisher: Nobody
    year: 2026
reviewed: 2026-06-01
---

## One

"""
HEADER_LINES = HEADER.count("\n")


def nested_list(depth: int) -> str:
    return "".join("    " * level + "- item\n" for level in range(depth))


CASES = [
    ("brackets on one line", "[" * 8000 + "\n", 1, "more than 500 '[' characters"),
    ("brackets over a paragraph", "".join("[" * 80 + "\n" for _ in range(100)), 1, "more than 500 '['"),
    ("a 400-level list", nested_list(400), 18, "indented 68 columns"),
    ("deep quotes", ">" * 100 + " quote\n", 1, "quotes are nested 100 deep"),
    ("a NUL byte", "text\x00more\n", 1, "a NUL character (U+0000) is not allowed"),
    ("a very long line", "word " * 5000 + "\n", 1, "characters long; at most 10,000"),
]


@pytest.mark.parametrize(("body", "line", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_hostile_bodies_are_refused_at_their_line_quickly(copy_good: Path, body: str, line: int,
                                                          message: str) -> None:
    path = copy_good / "hostile.md"
    path.write_text(HEADER + body, encoding="utf-8")
    started = time.perf_counter()
    catalogue = load_catalogue(copy_good, TODAY)
    took = time.perf_counter() - started
    assert catalogue.ids() == ["basics", "pictures", "advanced"]  # the others still load
    [hostile] = [u for u in catalogue.unavailable if u.path == path]
    assert any(p.line == HEADER_LINES + line and message in p.message for p in hostile.problems), hostile.problems
    assert took < 5  # measured well under a second; a generous bound so a busy machine does not fail it


def test_a_paragraph_just_within_the_bracket_limit_still_renders(copy_good: Path) -> None:
    from nps_trainer.content.render import render_section

    path = copy_good / "hostile.md"
    path.write_text(HEADER + "[" * MAX_BRACKETS_PER_PARAGRAPH + "\n", encoding="utf-8")
    module = load_catalogue(copy_good, TODAY).get("hostile")
    assert module is not None
    assert "[[[" in render_section(module, 0)


def test_a_file_over_the_size_limit_is_not_read(copy_good: Path) -> None:
    path = copy_good / "huge.md"
    path.write_text(HEADER + ("text " * 20 + "\n") * 12_000, encoding="utf-8")
    [huge] = load_catalogue(copy_good, TODAY).unavailable
    assert huge.problems[0].line == 1 and "too large for a module" in huge.problems[0].message
