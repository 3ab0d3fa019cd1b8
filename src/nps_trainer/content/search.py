"""Case-insensitive search across module titles, summaries and section text; every word must match."""

from __future__ import annotations

import re
from dataclasses import dataclass

from nps_trainer.content.callouts import split_callouts
from nps_trainer.content.catalogue import Catalogue
from nps_trainer.content.plaintext import markdown_to_text

SNIPPET_CHARS = 160
_WORDS = re.compile(r"[\w'’-]+")


@dataclass(frozen=True)
class SearchHit:
    module_id: str
    module_title: str
    section_anchor: str | None  # None: the match is in the module's title or summary
    section_title: str | None
    snippet: str


@dataclass(frozen=True)
class _Entry:
    module_id: str
    module_title: str
    anchor: str | None
    section_title: str | None
    text: str  # shown in snippets
    folded: str  # searched: titles and text, case-folded
    weight: int  # lower sorts first


def query_words(query: str) -> list[str]:
    return [word.casefold() for word in _WORDS.findall(query)]


def _snippet(text: str, folded: str, words: list[str]) -> str:
    if len(text) <= SNIPPET_CHARS:
        return text
    positions = [found for found in (folded.find(word) for word in words) if found >= 0]
    first = min(positions, default=0)
    start = max(0, first - SNIPPET_CHARS // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(text), start + SNIPPET_CHARS)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > first else end
    return ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")


class SearchIndex:
    """Plain text of a catalogue, prepared once; build again when the catalogue changes."""

    def __init__(self, catalogue: Catalogue) -> None:
        self._entries: list[_Entry] = []
        for module in catalogue.modules:
            head = f"{module.title} {module.summary}".casefold()
            self._entries.append(_Entry(module.id, module.title, None, None, module.summary, head, 0))
            for section in module.sections:
                parts, _ = split_callouts(section.markdown)
                body = " ".join(markdown_to_text(part.markdown) for part in parts)
                folded = f"{section.title} {body}".casefold()
                self._entries.append(_Entry(module.id, module.title, section.anchor, section.title, body,
                                            folded, 1))

    def search(self, query: str, limit: int | None = None) -> list[SearchHit]:
        words = query_words(query)
        if not words:
            return []
        hits: list[tuple[int, int, SearchHit]] = []
        for position, entry in enumerate(self._entries):
            if all(word in entry.folded for word in words):
                title = (entry.section_title or entry.module_title).casefold()
                rank = -1 if all(word in title for word in words) else entry.weight
                snippet = _snippet(entry.text, entry.text.casefold(), words)
                hits.append((rank, position, SearchHit(entry.module_id, entry.module_title, entry.anchor,
                                                       entry.section_title, snippet)))
        hits.sort(key=lambda item: (item[0], item[1]))
        result = [hit for _, _, hit in hits]
        return result[:limit] if limit is not None else result


def search(catalogue: Catalogue, query: str, limit: int | None = None) -> list[SearchHit]:
    """Hits where every word of ``query`` appears (case-insensitive, as a word or part of one).

    Titles that match come first, then module summaries, then sections, each in catalogue order.
    For repeated searches build a :class:`SearchIndex` once.
    """
    return SearchIndex(catalogue).search(query, limit)
