"""Find links and images in module Markdown, with file line numbers (used by the validator)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

from nps_trainer.content.callouts import code_fence_mask

MODULE_SCHEME = "module:"
_INLINE = re.compile(
    r"(!?)\[((?:[^\[\]]|\[[^\]]*\])*)\]\(\s*<?((?:[^()\s<>]|\([^()\s]*\))*)>?(?:\s+[\"'(][^)]*)?\)")
_RAW_HTML = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)(?:\s[^>]*)?/?>")
_REFERENCE_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s.*)?$")
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")
_AUTOLINK = re.compile(r"<((?:https?|module):[^>\s]*)>")


@dataclass(frozen=True)
class LinkRef:
    line: int
    target: str
    is_image: bool
    text: str


def find_links(markdown: str, first_line: int) -> list[LinkRef]:
    """Inline links, images, autolinks and reference definitions outside code."""
    lines = markdown.split("\n")
    in_code = code_fence_mask(lines)
    found: list[LinkRef] = []
    for index, raw in enumerate(lines):
        if in_code[index]:
            continue
        line = _CODE_SPAN.sub(lambda m: " " * len(m.group(0)), raw)
        number = first_line + index
        definition = _REFERENCE_DEF.match(line)
        if definition:
            found.append(LinkRef(number, definition.group(1), False, ""))
            continue
        for match in _INLINE.finditer(line):
            found.append(LinkRef(number, match.group(3), match.group(1) == "!", match.group(2)))
        for match in _AUTOLINK.finditer(line):
            found.append(LinkRef(number, match.group(1), False, match.group(1)))
    return found


def find_raw_html(markdown: str, first_line: int) -> list[tuple[int, str]]:
    """(file line, tag name) of raw HTML tags outside code."""
    lines = markdown.split("\n")
    in_code = code_fence_mask(lines)
    found: list[tuple[int, str]] = []
    for index, raw in enumerate(lines):
        if in_code[index]:
            continue
        line = _CODE_SPAN.sub(lambda m: " " * len(m.group(0)), raw)
        found += [(first_line + index, match.group(1).lower()) for match in _RAW_HTML.finditer(line)]
    return found


def parse_module_link(target: str) -> tuple[str, str | None] | None:
    """``module:<id>`` or ``module:<id>#<anchor>`` -> (id, anchor or None); None if not a module link."""
    if not target.startswith(MODULE_SCHEME):
        return None
    rest = unquote(target[len(MODULE_SCHEME):]).lstrip("/")
    module_id, _, anchor = rest.partition("#")
    return module_id, (anchor or None)
