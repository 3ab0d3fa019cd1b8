"""Module Markdown -> sanitised HTML fragments with Python-Markdown.

Rewrites ``module:`` links to ``nps-module://`` URLs, marks external links, resolves images to
``file://`` URLs inside the module folder and gives tables the border and padding attributes Qt's rich text
(``QTextDocument``: the module PDF and the room's screen) needs; the reader's native view ignores them.
"""

from __future__ import annotations

import secrets
import xml.etree.ElementTree as ET

import markdown
from markdown.extensions import Extension
from markdown.extensions.toc import TocExtension
from markdown.treeprocessors import Treeprocessor

from nps_trainer.content.anchors import slugify
from nps_trainer.content.links import parse_module_link
from nps_trainer.content.model import Module
from nps_trainer.content.references import LinkKind, classify_link, resolve_image
from nps_trainer.content.sanitise import IMAGE_MARK, sanitise_html
from nps_trainer.i18n import tr

APP_SCHEME = "nps-module"


def module_url(module_id: str, anchor: str | None = None) -> str:
    """The URL the reader intercepts, e.g. ``nps-module://overdose-response#in-practice-supervision``."""
    return f"{APP_SCHEME}://{module_id}" + (f"#{anchor}" if anchor else "")


class _Rewriter(Treeprocessor):
    def __init__(self, md: markdown.Markdown, module: Module) -> None:
        super().__init__(md)
        self.module = module
        self.token = ""  # marks the images Markdown made in this render (raw HTML images cannot know it)

    def run(self, root: ET.Element) -> None:
        parents = {child: parent for parent in root.iter() for child in parent}
        shown: list[tuple[ET.Element, ET.Element]] = []  # (parent, image) of each image that will show
        for parent in list(root.iter()):
            for index, child in enumerate(list(parent)):
                if child.tag == "a":
                    self._link(child)
                elif child.tag == "img":
                    replacement = self._image(child)
                    if replacement is not None:
                        replacement.tail = child.tail
                        parent.remove(child)
                        parent.insert(index, replacement)
                    else:
                        shown.append((parent, child))
                elif child.tag == "table":
                    child.set("border", "1")
                    child.set("cellpadding", "4")
                    child.set("cellspacing", "0")
                    child.set("width", "100%")
        for parent, image in shown:
            _describe(image, parent, parents.get(parent))

    def _link(self, element: ET.Element) -> None:
        target = element.get("href", "")
        kind = classify_link(target)
        if kind is LinkKind.MODULE:
            parsed = parse_module_link(target)
            if parsed is not None:
                element.set("href", module_url(*parsed))
                element.set("class", "module-link")
                return
        elif kind is LinkKind.ANCHOR:
            element.set("href", module_url(self.module.id, target[1:]))
            element.set("class", "module-link")
            return
        elif kind is LinkKind.EXTERNAL:
            element.set("class", "external")
            element.set("title", tr("Opens outside NPS Trainer"))
            return
        elif kind is LinkKind.MAIL:
            return
        element.tag = "span"  # unsupported target: keep the text, drop the link
        element.attrib.clear()

    def _image(self, element: ET.Element) -> ET.Element | None:
        resolved = resolve_image(self.module.path, element.get("src", ""))
        if resolved is not None:
            element.set("src", resolved.as_uri())
            element.set(IMAGE_MARK, self.token)
            return None
        span = ET.Element("span", {"class": "image-missing"})
        span.text = tr("[Image not shown: {description}]").format(
            description=element.get("alt") or tr("no description"))
        return span


def image_description(alt: str) -> str:
    """The words shown under a picture: its alt text, as a sentence after "Picture:"."""
    text = " ".join(alt.split())
    return tr("Picture: {description}").format(description=text + ("" if text.endswith((".", "!", "?")) else "."))


def _describe(image: ET.Element, parent: ET.Element, grandparent: ET.Element | None) -> None:
    """Put the image's alt text in the page as words, just below the image.

    On paper (the module PDF) and on the room's screen (a ``QTextBrowser``, which gives assistive technology
    only U+FFFC for an image) the alt text would otherwise be lost; the reader names the picture by its alt text
    too (``ui.learn.structured_view.ImageBlock``), and keeps these words for anyone who cannot make out the
    picture. An image alone in its paragraph gets a paragraph of its own below it, after its caption if one
    follows (a paragraph all in italics, ``*Figure 1. ...*``), so the caption stays with the picture; one inside
    a line of text gets the description after it on that line.
    """
    alt = image.get("alt") or ""
    if not alt.strip():
        return
    description = ET.Element("span", {"class": "image-description"})
    description.text = image_description(alt)
    alone = (parent.tag == "p" and len(parent) == 1 and not (parent.text or "").strip()
             and not (image.tail or "").strip())
    if alone and grandparent is not None:
        paragraph = ET.Element("p")
        paragraph.append(description)
        siblings = list(grandparent)
        after = siblings.index(parent)
        if after + 1 < len(siblings) and _is_caption(siblings[after + 1]):
            after += 1
        paragraph.tail = siblings[after].tail
        grandparent.insert(after + 1, paragraph)
        return
    description.text = f" ({description.text})"
    description.tail = image.tail
    image.tail = None
    parent.insert(list(parent).index(image) + 1, description)


def _is_caption(element: ET.Element) -> bool:
    """A paragraph wholly in italics, as a module writes a figure's caption."""
    return (element.tag == "p" and len(element) == 1 and element[0].tag == "em"
            and not (element.text or "").strip() and not (element[0].tail or "").strip())


class _RewriteExtension(Extension):
    def __init__(self, module: Module) -> None:
        super().__init__()
        self.module = module

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        self.rewriter = _Rewriter(md, self.module)
        md.treeprocessors.register(self.rewriter, "nps_rewrite", 1)


class MarkdownRenderer:
    """Converts Markdown fragments of one module to sanitised HTML. Not thread-safe; cheap to create."""

    def __init__(self, module: Module) -> None:
        self.module = module
        self._rewrite = _RewriteExtension(module)
        self._md = markdown.Markdown(
            extensions=[
                "tables",
                "sane_lists",
                TocExtension(toc_depth="3-6", slugify=lambda value, _separator: slugify(value)),
                self._rewrite,
            ],
            extension_configs={"tables": {"use_align_attribute": True}},
            output_format="html",
        )
        self._image_folder = module.image_folder

    def convert(self, text: str) -> str:
        self._md.reset()
        token = secrets.token_hex(12)
        self._rewrite.rewriter.token = token
        return sanitise_html(self._md.convert(text), self._image_folder, token)
