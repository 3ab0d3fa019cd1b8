"""GIFT text formats (``[html]``, ``[moodle]``, ``[plain]``, ``[markdown]``) turned into our plain text or Markdown.

Moodle puts a format prefix on any text field: the question text, each answer, each feedback, the general
feedback and each matching sub-question. A field without one takes the question text's format. We keep
plain text and Markdown; HTML (and Moodle's auto-format, which is HTML with line breaks kept) becomes Markdown
where it has formatting Markdown can carry (bold, italics, links, lists), plain text otherwise; what cannot be
kept (images, media, tables, styles) is named so that the importer can report it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from html.parser import HTMLParser

import markdown

from .model import BLANK

FORMAT_PREFIX = re.compile(r"^\s*\[(html|moodle|plain|markdown)\]", re.IGNORECASE)
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")
_BLOCKS = {"p", "div", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "tr", "hr"}
_DROPPED = {"img": "image", "audio": "audio", "video": "video", "object": "embedded media", "iframe": "embedded page",
            "table": "table layout", "script": "script", "style": "style sheet"}
_SILENT_SKIP = {"script", "style"}


class GiftFormat(StrEnum):
    HTML = "html"
    MOODLE = "moodle"
    PLAIN = "plain"
    MARKDOWN = "markdown"


@dataclass
class Converted:
    """One field read from GIFT: its text, whether that text is Markdown, and what could not be kept."""

    text: str
    markdown: bool = False
    lost: list[str] = field(default_factory=list)
    source_format: GiftFormat = GiftFormat.MOODLE


_HTML_LIKE = re.compile(r"<\s*/?\s*[A-Za-z][^>]*>|&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z]+);")


def looks_like_html(text: str) -> bool:
    """True if ``text`` has an HTML tag or character entity (Moodle's auto-format would render it)."""
    return bool(_HTML_LIKE.search(text))


def split_format(text: str, default: GiftFormat) -> tuple[GiftFormat, str]:
    """The field's format prefix (or ``default``) and the text after it."""
    if m := FORMAT_PREFIX.match(text):
        return GiftFormat(m.group(1).lower()), text[m.end() :]
    return default, text


def escape_markdown(text: str) -> str:
    """Plain text made safe to place in Markdown (its punctuation shown as typed); the gap of a missing-word
    question (``_____``) is left as it is."""
    return BLANK.join(_MARKDOWN_SPECIAL.sub(r"\\\1", part) for part in text.split(BLANK))


def convert(text: str, fmt: GiftFormat, *, allow_markdown: bool) -> Converted:
    """``text`` (already unescaped from GIFT) in format ``fmt`` as plain text, or as Markdown when
    ``allow_markdown`` and the text has formatting worth keeping."""
    if fmt is GiftFormat.PLAIN:
        return Converted(text.strip(), source_format=fmt)
    if fmt is GiftFormat.MARKDOWN:
        if allow_markdown:
            return Converted(text.strip(), markdown=True, source_format=fmt)
        return Converted(markdown_to_plain(text), source_format=fmt)
    html = text if fmt is GiftFormat.HTML else _moodle_to_html(text)
    reader = _read_html(html, markdown=allow_markdown)
    if allow_markdown and reader.formatted:
        return Converted(reader.result(), markdown=True, lost=reader.lost, source_format=fmt)
    if allow_markdown:  # nothing Markdown would add: read it again as plain text
        reader = _read_html(html, markdown=False)
    return Converted(reader.result(), lost=reader.lost, source_format=fmt)


def _read_html(html: str, *, markdown: bool) -> _HtmlReader:
    reader = _HtmlReader(markdown=markdown)
    reader.feed(html)
    reader.close()
    return reader


def markdown_to_plain(text: str) -> str:
    """Markdown reduced to the words a reader sees (for option texts, which are always plain)."""
    return _read_html(markdown.markdown(text), markdown=False).result()


def _moodle_to_html(text: str) -> str:
    """Moodle's auto-format: HTML allowed, and a line break in the text is a line break on screen."""
    return text.strip().replace("\n", "<br>\n")


def _start_number(start: str | None) -> int:
    """An ordered list's first number: ``<ol start="3">``; 1 when the attribute is missing or not a number."""
    try:
        return int(start or 1)
    except ValueError:
        return 1


class _HtmlReader(HTMLParser):
    """Reads HTML into plain text (``markdown=False``) or Markdown, noting what had to be dropped."""

    def __init__(self, *, markdown: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.markdown = markdown
        self.out: list[str] = []
        self.lost: list[str] = []
        self.formatted = False  # saw bold, italics, links or lists
        self.skip = 0
        self.pre = 0
        self.lists: list[list[int]] = []  # one entry per open list: [next number] or [] for bullets
        self.href: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in _DROPPED:
            what = _DROPPED[tag]
            if tag == "img" and values.get("alt"):
                what = f"image '{values['alt']}'"
                self.out.append(f"[image: {values['alt']}]")
            if what not in self.lost:
                self.lost.append(what)
        if values.get("style") and "styling (colours, fonts)" not in self.lost:
            self.lost.append("styling (colours, fonts)")
        if tag in _SILENT_SKIP:
            self.skip += 1
            return
        if tag == "br":
            self.out.append("  \n" if self.markdown else "\n")
        elif tag in _BLOCKS:
            self.out.append("\n\n")
            if tag in ("ul", "ol"):
                self.lists.append([_start_number(values.get("start"))] if tag == "ol" else [])
                self.formatted = True
            elif tag == "pre":
                self.pre += 1
        elif tag == "li":
            marker = "- "
            if self.lists and self.lists[-1]:
                marker = f"{self.lists[-1][0]}. "
                self.lists[-1][0] += 1
            self.out.append("\n" + marker)  # a nested list comes in as a list of its own, after its item
        elif tag in ("b", "strong"):
            self._mark("**")
        elif tag in ("i", "em"):
            self._mark("*")
        elif tag == "a":
            self.href.append(values.get("href"))
            if self.markdown and values.get("href"):
                self.out.append("[")
                self.formatted = True

    def handle_endtag(self, tag: str) -> None:
        if tag in _SILENT_SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag in _BLOCKS:
            self.out.append("\n\n")
            if tag in ("ul", "ol") and self.lists:
                self.lists.pop()
            elif tag == "pre":
                self.pre = max(0, self.pre - 1)
        elif tag in ("b", "strong"):
            self._mark("**")
        elif tag in ("i", "em"):
            self._mark("*")
        elif tag == "a" and self.href:
            href = self.href.pop()
            if self.markdown and href:
                self.out.append(f"]({href})")
            elif href and not self.markdown:
                self.out.append(f" ({href})")

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if not self.pre:
            data = re.sub(r"\s+", " ", data)
        self.out.append(escape_markdown(data) if self.markdown else data)

    def _mark(self, mark: str) -> None:
        self.formatted = True
        if self.markdown:
            self.out.append(mark)

    def result(self) -> str:
        text = "".join(self.out)
        paragraphs = [p.strip(" ") for p in re.split(r"\n\s*\n", text)]
        lines = ["\n".join(line.strip(" ") if not line.endswith("  ") else line.lstrip(" ")
                           for line in p.split("\n")) for p in paragraphs]
        return "\n\n".join(p.strip() for p in lines if p.strip())
