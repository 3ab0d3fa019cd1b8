"""Parse a rendered, sanitised module page (``content.render``) into a small tree the structured reader turns
into widgets. Only what the renderer and the sanitiser let through is expected; anything else is kept as text."""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser

VOID = frozenset({"br", "img", "hr", "meta", "link", "input", "col", "wbr"})
#: Elements nested deeper than this are not kept as elements: their contents join the deepest one kept, so a
#: hostile page (hundreds of nested divs) is read flat instead of overflowing Python's recursion limit.
MAX_DEPTH = 40
SKIPPED = frozenset({"head", "title", "script", "style"})


@dataclass
class Node:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node | str] = field(default_factory=list)

    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def elements(self) -> list[Node]:
        return [child for child in self.children if isinstance(child, Node)]

    def find(self, tag: str) -> Node | None:
        for child in self.elements():
            if child.tag == tag:
                return child
            found = child.find(tag)
            if found is not None:
                return found
        return None

    def find_all(self, tag: str) -> list[Node]:
        found = []
        for child in self.elements():
            if child.tag == tag:
                found.append(child)
            found.extend(child.find_all(tag))
        return found


def text_of(item: Node | str) -> str:
    """The words of a node, white space collapsed."""
    if isinstance(item, str):
        return item
    if item.tag == "br":
        return "\n"
    return "".join(text_of(child) for child in item.children)


def plain(item: Node | str) -> str:
    return " ".join(text_of(item).split())


def inner_html(node: Node) -> str:
    """The node's children written back as HTML (for a rich-text block)."""
    return "".join(outer_html(child) for child in node.children)


def outer_html(item: Node | str) -> str:
    if isinstance(item, str):
        return escape(item, quote=False)
    attributes = "".join(f' {key}="{escape(value)}"' for key, value in item.attrs.items())
    if item.tag in VOID:
        return f"<{item.tag}{attributes}>"
    return f"<{item.tag}{attributes}>{inner_html(item)}</{item.tag}>"


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("body")
        self.stack: list[Node] = [self.root]
        self.style = ""
        self._skipping: list[str] = []
        self._flattened: list[str] = []  # elements opened deeper than MAX_DEPTH, not kept

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("html", "body"):
            return
        if tag in SKIPPED or self._skipping:
            if tag not in VOID:
                self._skipping.append(tag)
            return
        if tag not in VOID and len(self.stack) > MAX_DEPTH:
            self._flattened.append(tag)
            return
        node = Node(tag, {key: value or "" for key, value in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        if self._skipping:
            if self._skipping[-1] == tag:
                self._skipping.pop()
            return
        if tag in self._flattened:  # the end of an element that was not kept (and of any left open inside it)
            del self._flattened[len(self._flattened) - 1 - self._flattened[::-1].index(tag):]
            return
        for depth in range(len(self.stack) - 1, 0, -1):  # close up to the matching element
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        if self._skipping:
            if self._skipping[-1] == "style":
                self.style += data
            return
        self.stack[-1].children.append(data)


def parse(html: str) -> tuple[Node, str]:
    """The page's body as a tree, and its style sheet."""
    builder = _Builder()
    builder.feed(html)
    builder.close()
    return builder.root, builder.style
