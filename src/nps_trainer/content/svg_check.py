"""Check an SVG image before anything draws it: well-formed XML, an ``<svg>`` with a ``viewBox``, and nothing that
runs code or reads another file (scripts, event handlers, external links, ``<image>``, entities).

Qt-free: the content check reports the problems as ``file:line: message``, and the reader draws only an SVG
without any.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from xml.parsers import expat

from nps_trainer.i18n import tr
from nps_trainer.validation import Problem

SVG_NAMESPACE = "http://www.w3.org/2000/svg"
MAX_SVG_BYTES = 1_000_000
#: Elements that run code, embed other documents or read other files.
FORBIDDEN_ELEMENTS = frozenset({"script", "foreignObject", "image", "feImage", "iframe", "video", "audio"})
_OUTSIDE_URL = re.compile(r"url\(\s*['\"]?(?!#)", re.IGNORECASE)
_CSS_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})\s?|(.))", re.DOTALL)
_CSS_COMMENT = re.compile(r"/\*.*?(?:\*/|$)", re.DOTALL)
_VIEWBOX_SEPARATOR = re.compile(r"[\s,]+")


def is_svg(path: Path) -> bool:
    return path.suffix.lower() == ".svg"


def css_text(text: str) -> str:
    """CSS as a browser reads it: comments dropped and escapes (``\\69`` or ``\\i`` for 'i') decoded, so that
    ``@\\69mport`` or ``u/**/rl(`` cannot hide an import or an outside reference from the check."""

    def unescape(match: re.Match[str]) -> str:
        if match.group(1) is None:
            return match.group(2)
        code = int(match.group(1), 16)
        return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"

    return _CSS_ESCAPE.sub(unescape, _CSS_COMMENT.sub("", text))


def viewbox_problem(value: str) -> str | None:
    """Why the ``viewBox`` attribute ``value`` cannot size a drawing, or None if it can: it must be four numbers,
    min-x min-y width height, with a width and height above 0."""
    example = tr('for example viewBox="0 0 640 400"')
    parts = [part for part in _VIEWBOX_SEPARATOR.split(value.strip()) if part]
    if not parts:
        return tr("the <svg> element's viewBox is empty: give min-x, min-y, width and height ({example})").format(
            example=example)
    try:
        numbers = [float(part) for part in parts]
    except ValueError:
        numbers = []
    if len(numbers) != 4 or not all(math.isfinite(number) for number in numbers):
        return tr("the <svg> element's viewBox \"{value}\" is not four numbers (min-x, min-y, width and height; "
                  "{example})").format(value=value, example=example)
    if numbers[2] <= 0 or numbers[3] <= 0:
        return tr("the <svg> element's viewBox \"{value}\" has a width or height of 0 or less, so nothing can be "
                  "drawn: both must be more than 0 ({example})").format(value=value, example=example)
    return None


class _Refused(Exception):
    """Stops the parser at the first construct that is never allowed (a DOCTYPE or an entity)."""


class _Checker:
    def __init__(self) -> None:
        self.parser = expat.ParserCreate(namespace_separator=" ")
        self.parser.StartElementHandler = self._start
        self.parser.EndElementHandler = self._end
        self.parser.CharacterDataHandler = self._text
        self.parser.StartDoctypeDeclHandler = self._doctype
        self.parser.EntityDeclHandler = self._entity
        self.found: list[tuple[int, str]] = []
        self.root_seen = False
        self.styles: list[tuple[int, list[str]]] = []  # each open <style>: its line and its text so far

    @property
    def line(self) -> int:
        return int(self.parser.CurrentLineNumber)

    def _doctype(self, *_args: object) -> None:
        raise _Refused(tr("an SVG image may not have a DOCTYPE (remove the '<!DOCTYPE ...>' line)"))

    def _entity(self, *_args: object) -> None:
        raise _Refused(tr("an SVG image may not declare entities"))

    def _start(self, name: str, attributes: dict[str, str]) -> None:
        namespace, _, local = name.rpartition(" ")
        if not self.root_seen:
            self.root_seen = True
            if namespace != SVG_NAMESPACE or local != "svg":
                self.found.append((self.line, tr("this is not an SVG image: its first element is <{element}>, not "
                                                 "<svg xmlns=\"{namespace}\">").format(
                    element=local, namespace=SVG_NAMESPACE)))
            elif "viewBox" not in attributes:
                self.found.append((self.line, tr("the <svg> element needs a viewBox (for example "
                                                 "viewBox=\"0 0 640 400\") so that it can be drawn at any size")))
            elif (problem := viewbox_problem(attributes["viewBox"])) is not None:
                self.found.append((self.line, problem))
        if local in FORBIDDEN_ELEMENTS:
            self.found.append((self.line, tr("<{element}> is not allowed in an SVG image (it runs code or reads "
                                             "another file)").format(element=local)))
        if local == "style":
            self.styles.append((self.line, []))
        for key, value in attributes.items():
            attribute = key.rpartition(" ")[2]
            if attribute.lower().startswith("on"):
                self.found.append((self.line, tr(
                    "the event handler '{attribute}' is not allowed in an SVG image").format(attribute=attribute)))
            elif attribute == "href" and not value.startswith("#"):
                self.found.append((self.line, tr("'{target}' is outside this image: an SVG image may only refer to "
                                                 "its own parts ('#id')").format(target=value)))
            elif _OUTSIDE_URL.search(css_text(value)):
                self.found.append((self.line, tr("'{attribute}' refers outside this image: use url(#id) only").format(
                    attribute=attribute)))

    def _end(self, name: str) -> None:
        if name.rpartition(" ")[2] == "style" and self.styles:
            line, chunks = self.styles.pop()
            self._check_style(line, "".join(chunks))

    def _text(self, text: str) -> None:
        # expat hands the text over in pieces (split at each entity or character reference, such as '&#111;'),
        # already decoded: a <style> is checked whole, when it ends.
        if self.styles:
            self.styles[-1][1].append(text)

    def _check_style(self, line: int, text: str) -> None:
        css = css_text(text)
        if "@import" in css.lower() or _OUTSIDE_URL.search(css):
            self.found.append((line, tr("a <style> in an SVG image may not import or refer to other files")))


def svg_problems(path: Path, used_where: str = "") -> list[Problem]:
    """Problems that stop the SVG at ``path`` from being drawn, each at its line of the SVG file. ``used_where``
    (for example "'overdose-response/steps.svg' on line 40 of overdose-response.md") is added to each message,
    so that a module listed as unavailable says which of its images is at fault."""
    suffix = " " + tr("(image {image})").format(image=used_where) if used_where else ""
    try:
        size = path.stat().st_size
        if size > MAX_SVG_BYTES:
            return [Problem(path, 1, tr("SVG image is too large ({size} KB; at most {limit} KB)").format(
                size=f"{size // 1024:,}", limit=f"{MAX_SVG_BYTES // 1024:,}") + suffix)]
        data = path.read_bytes()
    except OSError as exc:
        return [Problem(path, 1, tr("cannot read SVG image: {reason}").format(reason=exc.strerror or exc) + suffix)]
    checker = _Checker()
    try:
        checker.parser.Parse(data, True)
    except _Refused as refused:
        return [Problem(path, checker.line, f"{refused}{suffix}")]
    except expat.ExpatError as exc:
        reason = expat.ErrorString(exc.code) if exc.code else str(exc)
        return [Problem(path, max(1, exc.lineno), tr("SVG image is not well-formed XML: {reason} (column "
                                                     "{column})").format(reason=reason, column=exc.offset + 1)
                        + suffix)]
    if not checker.root_seen:
        return [Problem(path, 1, tr("SVG image has no <svg> element") + suffix)]
    return [Problem(path, line, f"{message}{suffix}") for line, message in checker.found]
