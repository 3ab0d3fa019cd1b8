"""Loading and checking the user guide's pages.

Each page is ``help/<language>/<id>.md``: front matter (``id``, ``title``, ``covers``, ``reviewed``, optionally
``order`` and ``audience``) and a Markdown body whose ``##`` and ``###`` headings are the page's parts. English
(``en``) defines the pages; another language (``cy`` for Welsh) may give its own copy of any page, and a page it
has no usable copy of is shown in English. ``covers`` lists the app's places the page explains, as keys such as
``learn`` or ``learn.reader#reading-a-module`` (the part of the page to open at); F1 opens the page that covers
the place the person is in. Links between pages are written ``help:<id>`` or ``help:<id>#<part>``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..content.anchors import unique_anchors
from ..content.frontmatter import parse_front_matter
from ..i18n import tr
from ..validation import Problem, Severity, read_utf8_file

HELP_DIR = "help"
DEFAULT_LANGUAGE = "en"
REQUIRED = ("id", "title", "covers", "reviewed")
KNOWN = frozenset(REQUIRED) | {"order", "audience", "translation_reviewed"}  # the last: translations only
AUDIENCES = frozenset({"everyone", "practitioners", "facilitators", "managers"})
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_COVER = re.compile(r"^([a-z]+(?:[.-][a-z]+)*)(?:#([a-z0-9-]+))?$")
_HEADING = re.compile(r"^(#{2,3})\s+(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^(```|~~~)")
_HELP_LINK = re.compile(r"\]\(\s*<?(help:[^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
_OTHER_LINK = re.compile(r"\]\(\s*<?([a-z][a-z0-9+.-]*:)?[^)\s>]*>?")


@dataclass(frozen=True)
class HelpPage:
    """One page of the guide, in one language."""

    id: str
    title: str
    covers: dict[str, str]  # place key -> the part (anchor) to open at, "" for the top
    reviewed: dt.date
    body: str
    path: Path
    language: str = DEFAULT_LANGUAGE
    order: int = 100
    audience: tuple[str, ...] = ("everyone",)
    anchors: tuple[str, ...] = ()  # its parts, in order
    headings: tuple[str, ...] = ()
    body_line: int = 1
    translation_reviewed: bool = True  # False for a translation whose front matter does not say it was reviewed

    @property
    def unreviewed_translation(self) -> bool:
        """A translated page no speaker of its language has reviewed yet: the window shows a note saying so."""
        return self.language != DEFAULT_LANGUAGE and not self.translation_reviewed


@dataclass(frozen=True)
class HelpGuide:
    """The guide in one language: every English page, each in that language where it has a usable copy."""

    language: str
    pages: tuple[HelpPage, ...]
    problems: tuple[Problem, ...] = field(default=())

    def page(self, page_id: str) -> HelpPage | None:
        return next((p for p in self.pages if p.id == page_id), None)

    def topic(self, key: str) -> tuple[HelpPage, str] | None:
        """The page and part for a place in the app (``learn.reader``): its own entry, else its nearest parent's
        (``learn``); None when no page covers it."""
        parts = key.split(".")
        while parts:
            wanted = ".".join(parts)
            for page in self.pages:
                if wanted in page.covers:
                    return page, page.covers[wanted]
            parts.pop()
        return None

    @property
    def start(self) -> HelpPage | None:
        return self.pages[0] if self.pages else None


def help_root(content_dir: Path, bundled_dir: Path) -> Path:
    """The guide of a content folder that has one (``help/en``), else the bundled guide."""
    own = content_dir / HELP_DIR
    return own if (own / DEFAULT_LANGUAGE).is_dir() else bundled_dir / HELP_DIR


def _parts(body: str) -> list[str]:
    """The ``##``/``###`` headings of a body, outside code blocks, in order."""
    titles: list[str] = []
    fenced = False
    for line in body.split("\n"):
        if _FENCE.match(line.strip()):
            fenced = not fenced
            continue
        match = None if fenced else _HEADING.match(line)
        if match:
            titles.append(match.group(2))
    return titles


def load_page(path: Path, language: str = DEFAULT_LANGUAGE) -> tuple[HelpPage | None, list[Problem]]:
    """One page and its problems (``file:line: message``); None when it cannot be shown."""
    text, problems = read_utf8_file(path, unreadable=tr("cannot read the help page: {reason}"))
    if text is None:
        return None, problems
    front, problems = parse_front_matter(text, path)
    if front is None:
        return None, problems
    problems = list(problems)
    info = front.data
    for key in REQUIRED:
        if key not in info:
            problems.append(Problem(path, front.start_line, tr("front matter needs '{key}' ({explanation})").format(
                key=key, explanation=_explain(key))))
    for key in sorted(set(info) - KNOWN):
        problems.append(Problem(path, front.line_of(key), tr("unknown field '{key}' (expected: {known})").format(
            key=key, known=", ".join(sorted(KNOWN)))))
    page_id = info.get("id")
    if "id" in info and (not isinstance(page_id, str) or page_id != path.stem):
        problems.append(Problem(path, front.line_of("id"), tr("'id' must be the file's name, '{name}'").format(
            name=path.stem)))
    title = info.get("title")
    if "title" in info and (not isinstance(title, str) or not title.strip()):
        problems.append(Problem(path, front.line_of("title"), tr("'title' must be text")))
    reviewed = info.get("reviewed")
    if "reviewed" in info and (not isinstance(reviewed, dt.date) or isinstance(reviewed, dt.datetime)):
        problems.append(Problem(path, front.line_of("reviewed"), tr("'reviewed' must be a date such as 2026-12-06")))
    order = info.get("order", 100)
    if not isinstance(order, int) or isinstance(order, bool):
        problems.append(Problem(path, front.line_of("order"), tr("'order' must be a whole number")))
        order = 100
    audience = info.get("audience", ["everyone"])
    if isinstance(audience, str):
        audience = [audience]
    if not isinstance(audience, list) or not audience or not set(audience) <= AUDIENCES:
        problems.append(Problem(path, front.line_of("audience"),
                                tr("'audience' must list some of: {audiences}").format(
                                    audiences=", ".join(sorted(AUDIENCES)))))
        audience = ["everyone"]

    translated = info.get("translation_reviewed", language == DEFAULT_LANGUAGE)
    if "translation_reviewed" in info and language == DEFAULT_LANGUAGE:
        problems.append(Problem(path, front.line_of("translation_reviewed"),
                                tr("'translation_reviewed' belongs in a translation (such as cy/), not in English"),
                                Severity.WARNING))
    elif not isinstance(translated, bool):
        problems.append(Problem(path, front.line_of("translation_reviewed"),
                                tr("'translation_reviewed' must be true or false (got {value})").format(
                                    value=repr(translated))))
    titles = _parts(front.body)
    anchors = unique_anchors(titles)
    covers: dict[str, str] = {}
    raw = info.get("covers")
    if "covers" in info and (not isinstance(raw, list) or not raw):
        problems.append(Problem(path, front.line_of("covers"),
                                tr("'covers' must list the places this page explains, e.g. [learn, learn.reader]")))
    for index, item in enumerate(raw if isinstance(raw, list) else []):
        line = front.line_of("covers", index)
        match = _COVER.match(item) if isinstance(item, str) else None
        if match is None:
            problems.append(Problem(path, line, tr("'covers' entry {entry} must be a key such as 'learn' or "
                                                   "'learn.reader#reading-a-module'").format(entry=repr(item))))
            continue
        key, anchor = match.group(1), match.group(2) or ""
        if anchor and anchor not in anchors:
            problems.append(Problem(path, line, tr("'covers' entry '{entry}': this page has no part '#{anchor}' "
                                                   "(its parts: {parts})").format(
                entry=item, anchor=anchor, parts=", ".join(anchors) or tr("none", "no parts"))))
        if key in covers:
            problems.append(Problem(path, line, tr("'covers' names '{key}' twice").format(key=key)))
        covers[key] = anchor
    if any(p.severity is Severity.ERROR for p in problems):
        return None, problems
    return HelpPage(
        id=page_id, title=" ".join(title.split()), covers=covers, reviewed=reviewed, body=front.body, path=path,
        language=language, order=order, audience=tuple(audience), anchors=tuple(anchors), headings=tuple(titles),
        body_line=front.body_line, translation_reviewed=translated is True), problems


def _explain(key: str) -> str:
    if key == "id":
        return tr("the file's name without .md")
    if key == "title":
        return tr("the page's title")
    if key == "covers":
        return tr("the places in the app it explains")
    return tr("the date it was last checked")


def _links(page: HelpPage) -> list[tuple[int, str]]:
    """(file line, target) of every ``help:`` link in a page's body, outside code blocks."""
    found: list[tuple[int, str]] = []
    fenced = False
    for number, line in enumerate(page.body.split("\n")):
        if _FENCE.match(line.strip()):
            fenced = not fenced
            continue
        if not fenced:
            found += [(page.body_line + number, m.group(1)) for m in _HELP_LINK.finditer(line)]
    return found


def _link_problems(page: HelpPage, pages: dict[str, HelpPage], files: set[str]) -> list[Problem]:
    """Links to pages that are not there, or to parts they lack. ``files`` names every page file, loaded or not:
    a link to a page with errors of its own is not broken too."""
    problems: list[Problem] = []
    for line, target in _links(page):
        page_id, _, anchor = target[len("help:"):].partition("#")
        page_id = page_id or page.id
        other = pages.get(page_id)
        if other is None and page_id in files:
            continue
        if other is None:
            problems.append(Problem(page.path, line, tr("link '{target}': there is no help page '{page}' (pages: "
                                                        "{pages})").format(target=target, page=page_id,
                                                                           pages=", ".join(sorted(files)))))
        elif anchor and anchor not in other.anchors:
            problems.append(Problem(page.path, line, tr("link '{target}': page '{page}' has no part '#{anchor}' (its "
                                                        "parts: {parts})").format(
                target=target, page=page_id, anchor=anchor, parts=", ".join(other.anchors) or tr("none", "no parts"))))
    return problems


def _load_language(folder: Path, language: str) -> tuple[dict[str, HelpPage], list[Problem]]:
    pages: dict[str, HelpPage] = {}
    problems: list[Problem] = []
    for path in sorted(folder.glob("*.md")) if folder.is_dir() else []:
        page, found = load_page(path, language)
        problems += found
        if page is not None:
            pages[page.id] = page
    return pages, problems


def load_guide(root: Path, language: str = DEFAULT_LANGUAGE) -> HelpGuide:
    """The guide under ``root`` (``<root>/en/*.md`` and ``<root>/<language>/*.md``) in ``language``, each page
    falling back to English where that language has no usable copy. Pages in contents order."""
    english, problems = _load_language(root / DEFAULT_LANGUAGE, DEFAULT_LANGUAGE)
    chosen = dict(english)
    if language != DEFAULT_LANGUAGE:
        own, own_problems = _load_language(root / language, language)
        problems += own_problems
        for page_id, page in own.items():
            if page_id in english:
                chosen[page_id] = page
    pages = sorted(chosen.values(), key=lambda p: (english[p.id].order, english[p.id].title))
    # Places and order are English's: a translation keeps its own parts (its anchors) for the same places.
    merged = [page if page.language == DEFAULT_LANGUAGE else _with_places(page, english[page.id]) for page in pages]
    return HelpGuide(language, tuple(merged), tuple(problems))


def _with_places(page: HelpPage, english: HelpPage) -> HelpPage:
    from dataclasses import replace

    covers = {key: (page.covers.get(key, "") if page.covers.get(key, "") in page.anchors else "")
              for key in english.covers}
    return replace(page, covers=covers, order=english.order)


def check_help(content_dir: Path) -> list[Problem]:
    """Every problem in a content folder's guide (``content check``): front matter, places covered twice, links
    between pages, and copies in other languages of pages English does not have."""
    root = content_dir / HELP_DIR
    if not root.is_dir():
        return []
    english_dir = root / DEFAULT_LANGUAGE
    if not english_dir.is_dir():
        return [Problem(root, 0, tr("the guide needs its English pages in 'en/'"))]
    english, problems = _load_language(english_dir, DEFAULT_LANGUAGE)
    files = {path.stem for path in english_dir.glob("*.md")}
    owner: dict[str, str] = {}
    for page in english.values():
        for key in page.covers:
            if key in owner:
                problems.append(Problem(page.path, 1, tr("'{key}' is covered by both '{first}' and '{second}'").format(
                    key=key, first=owner[key], second=page.id)))
            owner.setdefault(key, page.id)
        problems += _link_problems(page, english, files)
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and p.name != DEFAULT_LANGUAGE):
        own, found = _load_language(folder, folder.name)
        problems += found
        for page in own.values():
            if page.id not in files:  # an English page with errors of its own is reported once, there
                problems.append(Problem(page.path, 1, tr("there is no English page '{page}' for this copy").format(
                    page=page.id)))
                continue
            problems += _link_problems(page, {**english, **own}, files)
    return sorted(problems, key=lambda p: (str(p.path), p.line, p.message))
