"""Allow-list HTML sanitising (nh3) for HTML made from module Markdown."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

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
URL_SCHEMES = frozenset({"https", "http", "mailto", "nps-module", "nps-help", "file"})  # nps-help: the user guide
_LINK_SCHEMES = ("https:", "http:", "mailto:", "nps-module:", "nps-help:")
_IMG_WITHOUT_SRC = re.compile(r"<img(?![^>]*\ssrc=)[^>]*>")
_IMG_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
IMAGE_MARK = "data-nps-image"


def local_image(value: str, folder: Path) -> str | None:
    """The canonical ``file:`` URL of an existing file inside ``folder`` that ``value`` points to, however it
    is encoded (``%2e%2e``, ``..``, symbolic links), or None."""
    parts = urlsplit(value)
    if parts.scheme.lower() != "file" or parts.netloc not in ("", "localhost") or parts.query or parts.fragment:
        return None
    try:
        target = Path(unquote(parts.path)).resolve()
        root = folder.resolve()
    except (OSError, RuntimeError, ValueError):
        return None
    if not target.is_relative_to(root) or not target.is_file():
        return None
    return target.as_uri()


def without_raw_images(html: str, token: str) -> str:
    """Remove every ``<img>`` tag that Markdown did not make (those carry ``data-nps-image`` with this render's
    random ``token``): raw HTML images are not allowed in modules."""
    mark = f'{IMAGE_MARK}="{token}"'
    while True:
        cleaned = _IMG_TAG.sub(lambda m: m.group() if token and mark in m.group() else "", html)
        if cleaned == html:
            return cleaned
        html = cleaned


def sanitise_html(html: str, image_folder: Path | None, image_token: str = "") -> str:
    """Keep only allowed tags and attributes.

    Links may only go to http(s), mailto or nps-module; images only to existing files inside ``image_folder``
    (no images at all when it is None), and only those Markdown made (marked with ``image_token``). Script and
    style content is dropped.
    """
    html = without_raw_images(html, image_token)

    def allow(tag: str, attribute: str, value: str) -> str | None:
        if tag == "img" and attribute == "src":
            return local_image(value, image_folder) if image_folder is not None else None
        if tag == "a" and attribute == "href" and not value.lower().startswith(_LINK_SCHEMES):
            return None
        return value

    cleaned = nh3.clean(html, tags=set(TAGS), attributes=ATTRIBUTES, url_schemes=set(URL_SCHEMES),
                        attribute_filter=allow, link_rel=None, strip_comments=True)
    return _IMG_WITHOUT_SRC.sub("", cleaned)
