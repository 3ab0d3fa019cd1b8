"""Rough Markdown-to-text conversion for word counts and search snippets."""

from __future__ import annotations

import re

_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^:::.*$", re.MULTILINE), ""),                       # callout fences
    (re.compile(r"^\s{0,3}(`{3,}|~{3,}).*$", re.MULTILINE), ""),      # code fences
    (re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+.*$", re.MULTILINE), ""),  # reference definitions
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),                   # images -> alt text
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),                    # links -> text
    (re.compile(r"\[([^\]]*)\]\[[^\]]*\]"), r"\1"),                   # reference links -> text
    (re.compile(r"<[^>\n]+>"), " "),                                  # raw HTML and autolinks
    (re.compile(r"^\s{0,3}#{1,6}\s*", re.MULTILINE), ""),             # heading marks
    (re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+", re.MULTILINE), ""),      # list markers
    (re.compile(r"^\s*>\s?", re.MULTILINE), ""),                      # block quotes
    (re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$", re.MULTILINE), ""),  # table rules
    (re.compile(r"\|"), " "),                                         # table pipes
    (re.compile(r"(\*{1,3}|_{1,3}|`+|~~)"), ""),                      # emphasis and code marks
)
_WORD = re.compile(r"\w[\w'’-]*")
_SPACE = re.compile(r"\s+")


def markdown_to_text(markdown: str) -> str:
    """Plain text with Markdown syntax removed and whitespace collapsed."""
    text = markdown
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return _SPACE.sub(" ", text).strip()


def count_words(markdown: str) -> int:
    return len(_WORD.findall(markdown_to_text(markdown)))
