"""Check front matter fields and their types; build the typed values a Module needs."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from nps_trainer.content.frontmatter import FrontMatter
from nps_trainer.content.model import ContentWarning, ModuleFields, Source
from nps_trainer.i18n import tr
from nps_trainer.validation import Problem, Severity

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
AUDIENCES = ("probation practitioner", "drug service worker", "facilitator", "manager")
REQUIRED = ("id", "title", "version", "summary", "audience", "minutes", "objectives", "prerequisites",
            "sources", "reviewed")
OPTIONAL = ("content_warnings", "translation_reviewed")  # the latter: translations only
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)




class _Checker:
    def __init__(self, fm: FrontMatter, path: Path) -> None:
        self.fm = fm
        self.path = path
        self.problems: list[Problem] = []

    def error(self, message: str, *where: str | int) -> None:
        self.problems.append(Problem(self.path, self.fm.line_of(*where), message))

    def warn(self, message: str, *where: str | int) -> None:
        self.problems.append(Problem(self.path, self.fm.line_of(*where), message, Severity.WARNING))

    def text(self, name: str) -> str | None:
        value = self.fm.data.get(name)
        if not isinstance(value, str) or not value.strip():
            self.error(tr("'{name}' must be some text").format(name=name), name)
            return None
        return value.strip()

    def string_list(self, name: str, *, at_least_one: bool) -> tuple[str, ...] | None:
        value = self.fm.data.get(name)
        if not isinstance(value, list):
            self.error(tr("'{name}' must be a list (use [] for none)").format(name=name) if not at_least_one
                       else tr("'{name}' must be a list with at least one entry").format(name=name), name)
            return None
        if at_least_one and not value:
            self.error(tr("'{name}' needs at least one entry").format(name=name), name)
            return None
        ok = True
        for index, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                self.error(tr("'{name}' entry {number} must be some text").format(
                    name=name, number=index + 1), name, index)
                ok = False
        return tuple(item.strip() for item in value) if ok else None


def _check_id(c: _Checker) -> str | None:
    value = c.fm.data.get("id")
    if not isinstance(value, str) or not ID_PATTERN.match(value):
        c.error(tr("'id' must be lower-case letters, digits and hyphens (got {value})").format(value=repr(value)), "id")
        return None
    return value


def _check_version(c: _Checker) -> str | None:
    value = c.fm.data.get("version")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        c.error(tr("'version' must be text in quotes, e.g. version: \"{value}\"").format(value=value), "version")
        return None
    return c.text("version")


def _check_minutes(c: _Checker) -> int | None:
    value = c.fm.data.get("minutes")
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        c.error(tr("'minutes' must be a whole number above 0 (got {value})").format(value=repr(value)), "minutes")
        return None
    return value


def _check_reviewed(c: _Checker) -> date | None:
    value = c.fm.data.get("reviewed")
    if isinstance(value, datetime):
        return value.date()
    if not isinstance(value, date):
        c.error(tr("'reviewed' must be a date written YYYY-MM-DD without quotes (got {value})").format(
            value=repr(value)), "reviewed")
        return None
    return value


def _check_audience(c: _Checker) -> tuple[str, ...] | None:
    values = c.string_list("audience", at_least_one=True)
    if values is None:
        return None
    for index, item in enumerate(values):
        if item not in AUDIENCES:
            c.error(tr("unknown audience '{item}' (use: {choices})").format(
                item=item, choices=', '.join(AUDIENCES)), "audience", index)
            return None
    return values


def _check_prerequisites(c: _Checker) -> tuple[str, ...] | None:
    values = c.string_list("prerequisites", at_least_one=False)
    if values is None:
        return None
    for index, item in enumerate(values):
        if not ID_PATTERN.match(item):
            c.error(tr("prerequisite '{item}' is not a module id").format(item=item), "prerequisites", index)
            return None
    return values


def _check_source(c: _Checker, index: int, item: object) -> Source | None:
    where = ("sources", index)
    if not isinstance(item, dict):
        c.error(tr("source {number} must have 'title', 'publisher' or 'author', and 'year'").format(
            number=index + 1), *where)
        return None
    ok = True
    title = item.get("title")
    if not isinstance(title, str) or not title.strip():
        c.error(tr("source {number} needs a 'title'").format(number=index + 1), *where)
        ok = False
    publisher, author = item.get("publisher"), item.get("author")
    if publisher is None and author is None:
        c.error(tr("source {number} needs a 'publisher' or an 'author'").format(number=index + 1), *where)
        ok = False
    for key, value in (("publisher", publisher), ("author", author)):
        if value is not None and (not isinstance(value, str) or not value.strip()):
            c.error(tr("source {number} '{key}' must be some text").format(number=index + 1, key=key), *where, key)
            ok = False
    year = item.get("year")
    if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 2100:
        c.error(tr("source {number} needs a 'year' written as a number, e.g. 2021 (got {year})").format(
            number=index + 1, year=repr(year)),
                *((*where, "year") if "year" in item else where))
        ok = False
    url = item.get("url")
    if url is not None and (not isinstance(url, str) or not _URL.match(url)):
        c.error(tr("source {number} 'url' must start with https:// or http:// (got {url})").format(
            number=index + 1, url=repr(url)), *where, "url")
        ok = False
    for key in item:
        if key not in ("title", "publisher", "author", "year", "url"):
            c.warn(tr("source {number} has an unknown field '{key}'").format(number=index + 1, key=key), *where, key)
    if not ok:
        return None
    return Source(title=title.strip(), year=year, url=url,
                  publisher=publisher.strip() if publisher else None,
                  author=author.strip() if author else None)


def _check_sources(c: _Checker) -> tuple[Source, ...] | None:
    value = c.fm.data.get("sources")
    if not isinstance(value, list) or not value:
        c.error(tr("'sources' must be a list with at least one source"), "sources")
        return None
    sources = [_check_source(c, index, item) for index, item in enumerate(value)]
    return None if None in sources else tuple(s for s in sources if s is not None)


def _check_warnings(c: _Checker) -> tuple[ContentWarning, ...] | None:
    value = c.fm.data.get("content_warnings", [])
    if value is None:
        value = []
    if not isinstance(value, list):
        c.error(tr("'content_warnings' must be a list (use [] for none)"), "content_warnings")
        return None
    result: list[ContentWarning] = []
    for index, item in enumerate(value):
        where = ("content_warnings", index)
        if (not isinstance(item, dict) or not isinstance(item.get("section"), str)
                or not isinstance(item.get("warning"), str)):
            c.error(tr("content warning {number} needs 'section' and 'warning' text").format(number=index + 1), *where)
            return None
        result.append(ContentWarning(section=item["section"].strip(), warning=item["warning"].strip()))
    return tuple(result)


def check_fields(fm: FrontMatter, path: Path) -> tuple[ModuleFields | None, list[Problem]]:
    """Check every front matter field. Returns the typed fields, or None if any required one is unusable."""
    c = _Checker(fm, path)
    for name in REQUIRED:
        if name not in fm.data:
            c.problems.append(Problem(path, fm.start_line, tr("front matter is missing '{name}'").format(name=name)))
    for name in fm.data:
        if name not in REQUIRED and name not in OPTIONAL:
            c.warn(tr("unknown front matter field '{name}'").format(name=name), name)
    present = set(fm.data)
    values = {
        "id": _check_id(c) if "id" in present else None,
        "title": c.text("title") if "title" in present else None,
        "version": _check_version(c) if "version" in present else None,
        "summary": c.text("summary") if "summary" in present else None,
        "audience": _check_audience(c) if "audience" in present else None,
        "minutes": _check_minutes(c) if "minutes" in present else None,
        "objectives": c.string_list("objectives", at_least_one=True) if "objectives" in present else None,
        "prerequisites": _check_prerequisites(c) if "prerequisites" in present else None,
        "sources": _check_sources(c) if "sources" in present else None,
        "reviewed": _check_reviewed(c) if "reviewed" in present else None,
        "content_warnings": _check_warnings(c),
    }
    if any(value is None for value in values.values()):
        return None, c.problems
    return ModuleFields(**values), c.problems  # type: ignore[arg-type]
