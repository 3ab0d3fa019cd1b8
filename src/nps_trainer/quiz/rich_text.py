"""Question texts for display: plain text as paragraphs, Markdown rendered and sanitised (``TextFormat``)."""

from __future__ import annotations

import re
from html import escape

import markdown

from ..content.sanitise import sanitise_html
from .gift_text import markdown_to_plain
from .model import TextFormat

_OUTER_P = re.compile(r"^<p>(.*)</p>$", re.DOTALL)


def to_html(text: str, fmt: TextFormat) -> str:
    """HTML paragraphs for a label: Markdown through the app's sanitiser (no images, safe links only);
    plain text escaped, one paragraph per blank-line-separated block."""
    if fmt is TextFormat.MARKDOWN:
        return sanitise_html(markdown.markdown(text, extensions=["sane_lists"]), None)
    return "".join(f"<p>{escape(' '.join(p.split()))}</p>" for p in text.split("\n\n") if p.strip())


def to_inline_html(text: str, fmt: TextFormat) -> str:
    """Like ``to_html`` without the paragraph around a one-paragraph text (for list items)."""
    html = to_html(text, fmt)
    m = _OUTER_P.match(html)
    return m.group(1) if m and "<p>" not in m.group(1) else html


def to_plain(text: str, fmt: TextFormat) -> str:
    """The words a reader sees, e.g. for a screen reader's name of the prompt."""
    return markdown_to_plain(text) if fmt is TextFormat.MARKDOWN else text
