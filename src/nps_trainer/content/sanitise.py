"""Allow-list HTML sanitising (nh3) for HTML made from module Markdown."""

from __future__ import annotations

import re
from pathlib import Path

import nh3

TAGS = frozenset({
    "p", "br", "hr", "h3", "h4", "h5", "h6", "ul", "ol", "li", "strong", "em", "b", "i", "code", "pre",
    "blockquote", "a", "img", "table", "thead", "tbody", "tr", "th", "td", "span", "sup", "sub", "dl", "dt",
    "dd", "del", "s",
})
ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href", "title", "class"},
    "img": {"src", "alt", "title", "width", "height"},
    "table": {"border", "cellpadding", "cellspacing", "width", "class"},
    "th": {"align", "colspan", "rowspan"},
    "td": {"align", "colspan", "rowspan"},
    "span": {"class"},
    "ol": {"start"},
    "h3": {"id"}, "h4": {"id"}, "h5": {"id"}, "h6": {"id"},
}
URL_SCHEMES = frozenset({"https", "http", "mailto", "nps-module", "file"})
_LINK_SCHEMES = ("https:", "http:", "mailto:", "nps-module:")
_IMG_WITHOUT_SRC = re.compile(r"<img(?![^>]*\ssrc=)[^>]*>")


def sanitise_html(html: str, image_folder: Path | None) -> str:
    """Keep only allowed tags and attributes.

    Links may only go to http(s), mailto or nps-module; images only to ``file:`` URLs inside
    ``image_folder`` (no images at all when it is None). Script and style content is dropped.
    """
    image_prefix = image_folder.resolve().as_uri().rstrip("/") + "/" if image_folder is not None else None

    def allow(tag: str, attribute: str, value: str) -> str | None:
        if tag == "img" and attribute == "src":
            if image_prefix is None or not value.startswith(image_prefix) or "/../" in value:
                return None
        elif tag == "a" and attribute == "href" and not value.lower().startswith(_LINK_SCHEMES):
            return None
        return value

    cleaned = nh3.clean(html, tags=set(TAGS), attributes=ATTRIBUTES, url_schemes=set(URL_SCHEMES),
                        attribute_filter=allow, link_rel=None, strip_comments=True)
    return _IMG_WITHOUT_SRC.sub("", cleaned)
