"""A help page as sanitised HTML for the help window, with the same Markdown, anchors and sanitiser as modules.

``help:<id>#<part>`` links become ``nps-help://<id>#<part>`` (the window opens them itself), ``#<part>`` a part
of the same page; web links are marked as leaving the app; anything else keeps its words but loses its link.
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET

import markdown
from markdown.extensions import Extension
from markdown.extensions.toc import TocExtension
from markdown.treeprocessors import Treeprocessor

from ..content.anchors import slugify
from ..content.references import LinkKind, classify_link
from ..content.sanitise import sanitise_html
from ..i18n import tr
from ..i18n.dates import long_date
from .pages import HelpPage

HELP_SCHEME = "nps-help"
_SHIFT = {"h1": "h3", "h2": "h3", "h3": "h4", "h4": "h5"}  # the page title is the only larger heading


def help_url(page_id: str, anchor: str = "") -> str:
    return f"{HELP_SCHEME}://{page_id}" + (f"#{anchor}" if anchor else "")


def parse_help_url(url: str) -> tuple[str, str] | None:
    """(page id, part) of an ``nps-help://`` URL, or None for any other."""
    prefix = f"{HELP_SCHEME}://"
    if not url.lower().startswith(prefix):
        return None
    page_id, _, anchor = url[len(prefix):].partition("#")
    return page_id.strip("/").lower(), anchor


class _Links(Treeprocessor):
    def __init__(self, md: markdown.Markdown, page_id: str) -> None:
        super().__init__(md)
        self.page_id = page_id

    def run(self, root: ET.Element) -> None:
        for element in root.iter():
            if element.tag in _SHIFT:
                element.tag = _SHIFT[element.tag]
            elif element.tag == "a":
                self._link(element)
            elif element.tag == "table":
                element.attrib.update({"border": "1", "cellpadding": "4", "cellspacing": "0", "width": "100%"})

    def _link(self, element: ET.Element) -> None:
        target = element.get("href", "")
        if target.startswith("help:"):
            page_id, _, anchor = target[len("help:"):].partition("#")
            element.set("href", help_url(page_id or self.page_id, anchor))
            return
        kind = classify_link(target)
        if kind is LinkKind.ANCHOR:
            element.set("href", help_url(self.page_id, target[1:]))
        elif kind is LinkKind.EXTERNAL:
            element.set("class", "external")
            element.set("title", tr("Opens outside NPS Trainer"))
        elif kind is not LinkKind.MAIL:
            element.tag = "span"
            element.attrib.clear()


class _LinksExtension(Extension):
    def __init__(self, page_id: str) -> None:
        super().__init__()
        self.page_id = page_id

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.treeprocessors.register(_Links(md, self.page_id), "nps_help_links", 1)


def page_html(page: HelpPage, base_pt: float = 11.0, note: str = "") -> str:
    """The page as a whole HTML document for the guide's native view (``ui.learn.structured_view``): its title,
    an optional note (such as 'shown in English'), the body, and when it was last checked."""
    md = markdown.Markdown(
        extensions=["tables", "sane_lists", TocExtension(toc_depth="2-6", slugify=lambda v, _s: slugify(v)),
                    _LinksExtension(page.id)],
        extension_configs={"tables": {"use_align_attribute": True}}, output_format="html")
    body = sanitise_html(md.convert(page.body), None)
    reviewed = long_date(page.reviewed)
    head = round(base_pt * 1.6, 1)
    notice = f'<p class="note"><i>{html.escape(note)}</i></p>' if note else ""
    checked = tr("Checked {date}. NPS Trainer is training, not clinical advice.").format(date=reviewed)
    return (f'<html><body style="font-size:{base_pt}pt">'
            f'<h2 style="font-size:{head}pt">{html.escape(page.title)}</h2>{notice}{body}'
            f'<p><small>{html.escape(checked)}</small></p></body></html>')
