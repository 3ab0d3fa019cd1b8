"""Search across titles, summaries and section text."""

from __future__ import annotations

from nps_trainer.content.catalogue import Catalogue
from nps_trainer.content.search import SearchHit, SearchIndex, search


def test_all_words_must_match_case_insensitively(good_catalogue: Catalogue) -> None:
    hits = search(good_catalogue, "NALOXONE call")
    assert [(h.module_id, h.section_anchor) for h in hits] == [("basics", "why-it-matters")]
    assert hits[0].section_title == "Why it matters"
    assert "Give naloxone" in hits[0].snippet
    assert search(good_catalogue, "naloxone unicorn") == []


def test_title_matches_come_first(good_catalogue: Catalogue) -> None:
    hits = search(good_catalogue, "supervision")
    assert [(h.module_id, h.section_anchor) for h in hits] == [
        ("basics", "in-practice-supervision"), ("basics", "in-practice-supervision-2"),
        ("pictures", "the-diagram")]


def test_module_summary_hit_has_no_anchor(good_catalogue: Catalogue) -> None:
    hits = search(good_catalogue, "folder module")
    assert hits[0] == SearchHit("pictures", "Pictures and diagrams", None, None,
                                "A folder module with an image.")


def test_markdown_syntax_is_not_in_snippets(good_catalogue: Catalogue) -> None:
    hit = search(good_catalogue, "official guidance")[0]
    assert "](" not in hit.snippet and "::: " not in hit.snippet
    assert "See the pictures module and official guidance" in hit.snippet


def test_long_text_gives_short_snippet_around_the_match(good_catalogue: Catalogue) -> None:
    index = SearchIndex(good_catalogue)
    hit = index.search("subheading")[0]
    assert hit.section_anchor == "why-it-matters"
    assert len(hit.snippet) <= 162
    assert "subheading" in hit.snippet
    assert hit.snippet.startswith("…")


def test_empty_query_and_limit(good_catalogue: Catalogue) -> None:
    assert search(good_catalogue, "   ") == []
    assert len(search(good_catalogue, "the", limit=2)) == 2
