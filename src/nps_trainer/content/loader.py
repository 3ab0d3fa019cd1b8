"""Read one module file: parse it and run the checks that need only that file."""

from __future__ import annotations

from dataclasses import dataclass, replace
from dataclasses import fields as dataclass_fields
from datetime import date
from pathlib import Path

from nps_trainer.content.callouts import CalloutPart, split_callouts
from nps_trainer.content.frontmatter import FrontMatter, parse_front_matter
from nps_trainer.content.links import LinkRef, find_links, find_raw_html
from nps_trainer.content.model import (
    ENGLISH,
    MODULE_FILE_NAME,
    TRANSLATIONS,
    Module,
    Section,
    is_folder_module,
    module_stem,
    translation_language,
)
from nps_trainer.content.plaintext import count_words
from nps_trainer.content.references import check_images, check_local_links
from nps_trainer.content.schema import check_fields
from nps_trainer.content.sections import INTRODUCTION_TITLE, split_sections
from nps_trainer.validation import Problem, Severity, has_errors

from ..i18n import tr

INTRODUCTION_TITLES = {"cy": "Cyflwyniad"}  # the opening section's title in a translation


@dataclass(frozen=True)
class ModuleFile:
    """Everything learnt from one file. ``module`` is None when the front matter is unusable."""

    path: Path
    module: Module | None
    id: str | None
    title: str | None
    front_matter: FrontMatter | None
    sections: tuple[Section, ...]
    callouts: tuple[CalloutPart, ...]
    links: tuple[LinkRef, ...]
    problems: tuple[Problem, ...]

    @property
    def available(self) -> bool:
        return self.module is not None and not has_errors(list(self.problems))


def expected_id(path: Path) -> str:
    """The id a module file must have: its name (``<id>.md``, ``<id>.cy.md``) or its folder's (``<id>/module.md``)."""
    return path.parent.name if is_folder_module(path) else module_stem(path)


def module_files(root: Path) -> list[Path]:
    """English module files in ``root``: ``<id>.md`` files and ``<id>/module.md`` folders, sorted by path."""
    if not root.is_dir():
        return []
    found: list[Path] = []
    for entry in root.iterdir():
        if entry.name.startswith((".", "_")):
            continue
        if entry.is_file() and entry.suffix == ".md" and translation_language(entry) is None:
            found.append(entry)
        elif entry.is_dir() and (entry / MODULE_FILE_NAME).is_file():
            found.append(entry / MODULE_FILE_NAME)
    return sorted(found)


def translation_files(root: Path) -> list[Path]:
    """Translated module files in ``root`` (``<id>.cy.md`` beside ``<id>.md``, ``<id>/module.cy.md``), sorted."""
    if not root.is_dir():
        return []
    found: list[Path] = []
    for entry in root.iterdir():
        if entry.name.startswith((".", "_")):
            continue
        if entry.is_file() and translation_language(entry) is not None:
            found.append(entry)
        elif entry.is_dir():
            found += [entry / f"module.{language}.md" for language in TRANSLATIONS
                      if (entry / f"module.{language}.md").is_file()]
    return sorted(found)


def _introduction_in(sections: list[Section], language: str | None) -> list[Section]:
    """A translation's untitled opening section is titled in its own language (its anchor stays 'introduction')."""
    title = INTRODUCTION_TITLES.get(language or "")
    if title and sections and sections[0].title == INTRODUCTION_TITLE and sections[0].anchor == "introduction":
        return [replace(sections[0], title=title), *sections[1:]]
    return sections


def _translation_flag(path: Path, fm: FrontMatter, language: str) -> tuple[bool, list[Problem]]:
    """``translation_reviewed`` from a translation's front matter (False unless it says true)."""
    if "translation_reviewed" not in fm.data:
        return False, []
    value = fm.data["translation_reviewed"]
    line = fm.line_of("translation_reviewed")
    if language == ENGLISH:
        return True, [Problem(path, line, tr("'translation_reviewed' belongs in a translation (<id>.cy.md), not in "
                                             "the English module"), Severity.WARNING)]
    if not isinstance(value, bool):
        return False, [Problem(path, line, tr("'translation_reviewed' must be true or false (got {value})").format(
            value=repr(value)))]
    return value, []


def review_problems(path: Path, reviewed: date, line: int, today: date) -> list[Problem]:
    try:
        year_ago = today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        year_ago = today.replace(year=today.year - 1, day=28)
    if reviewed < year_ago:
        return [Problem(path, line, tr("content was last reviewed on {date}, more than 12 "
                                       "months ago: check it against its sources and update 'reviewed'").format(
            date=reviewed.isoformat()), Severity.WARNING)]
    if reviewed > today:
        return [Problem(path, line, tr("'reviewed' date {date} is in the future").format(date=reviewed.isoformat()),
                        Severity.WARNING)]
    return []


def _read(path: Path) -> tuple[str | None, list[Problem]]:
    """The file's text, or None and why not. A file over the size limit, not UTF-8, empty, or breaking a limit
    that keeps rendering safe (``content.limits``) is refused here, before anything parses it."""
    from ..validation import decode_problem
    from .limits import MAX_FILE_BYTES, text_problems

    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return None, [Problem(path, 1, tr("file is too large for a module ({size} KB; at most {limit} KB)").format(
                size=f"{size // 1024:,}", limit=f"{MAX_FILE_BYTES // 1024:,}"))]
        data = path.read_bytes()
    except OSError as exc:
        return None, [Problem(path, 1, tr("cannot read file: {reason}").format(reason=exc.strerror or exc))]
    bad = decode_problem(data)
    if bad is not None:
        return None, [Problem(path, *bad)]
    text = data.decode("utf-8")
    if not text.strip():
        return None, [Problem(path, 1, tr("file is empty: a module starts with front matter between '---' lines"))]
    limits = text_problems(text)
    if limits:
        return None, [Problem(path, line, message) for line, message in limits]
    return text, []


def _body_checks(path: Path, fm: FrontMatter, sections: list[Section],
                 callouts: list[CalloutPart]) -> list[Problem]:
    problems: list[Problem] = []
    if not sections:
        problems.append(Problem(path, fm.body_line, tr("module has no sections (add '## ' headings)")))
    for callout in callouts:
        end = callout.line + callout.markdown.count("\n") + 2  # the closing ':::' line
        for section in sections:
            if callout.line < section.line < end:
                problems.append(Problem(path, section.line, tr(
                    "section heading inside the '{kind}' callout opened on line {line} "
                    "(close the callout first)").format(kind=callout.kind, line=callout.line)))
    titles = {section.title for section in sections}
    for index, warning in enumerate(fm.data.get("content_warnings") or []):
        name = warning.get("section") if isinstance(warning, dict) else None
        if isinstance(name, str) and name.strip() not in titles:
            problems.append(Problem(path, fm.line_of("content_warnings", index, "section"),
                                    tr("content warning names section '{name}', but there is no "
                                       "'## {name}' section").format(name=name.strip())))
    return problems


def read_module_file(path: Path, today: date | None = None) -> ModuleFile:
    """Parse ``path`` and check it on its own (no cross-module checks)."""
    today = today or date.today()
    text, problems = _read(path)
    fm: FrontMatter | None = None
    if text is not None:
        fm, fm_problems = parse_front_matter(text, path)
        problems += fm_problems
    if fm is None:
        return ModuleFile(path, None, None, None, None, (), (), (), tuple(problems))
    fields, field_problems = check_fields(fm, path)
    problems += field_problems
    language = translation_language(path) or ENGLISH
    reviewed_flag, flag_problems = _translation_flag(path, fm, language)
    problems += flag_problems
    raw_id, raw_title = fm.data.get("id"), fm.data.get("title")
    if isinstance(raw_id, str) and raw_id != expected_id(path):
        problems.append(Problem(path, fm.line_of("id"), tr("id '{id}' does not match the file name "
                                                           "(expected '{expected}')").format(
            id=raw_id, expected=expected_id(path))))
    sections, body_issues = split_sections(fm.body, fm.body_line)
    sections = _introduction_in(sections, translation_language(path))
    problems += [Problem(path, issue.line, issue.message) for issue in body_issues]
    parts, callout_issues = split_callouts(fm.body, fm.body_line)
    problems += [Problem(path, issue.line, issue.message) for issue in callout_issues]
    callouts = [part for part in parts if isinstance(part, CalloutPart)]
    problems += _body_checks(path, fm, sections, callouts)
    links = find_links(fm.body, fm.body_line)
    problems += check_images(path, links)
    problems += check_local_links(path, links, {section.anchor for section in sections})
    problems += [Problem(path, line, tr("raw HTML <{tag}> is not allowed and is removed when the module is "
                                        "shown").format(tag=tag), Severity.WARNING)
                 for line, tag in find_raw_html(fm.body, fm.body_line)]
    module: Module | None = None
    if fields is not None:
        problems += review_problems(path, fields.reviewed, fm.line_of("reviewed"), today)
        front = {f.name: getattr(fields, f.name) for f in dataclass_fields(fields)}
        module = Module(**front, sections=tuple(sections), path=path, word_count=count_words(fm.body),
                        language=language, languages=(language,), translation_reviewed=reviewed_flag)
    problems.sort(key=lambda p: p.line)
    return ModuleFile(path, module, raw_id if isinstance(raw_id, str) else None,
                      raw_title if isinstance(raw_title, str) else None, fm, tuple(sections), tuple(callouts),
                      tuple(links), tuple(problems))
