"""Checks for translated modules (``<id>.cy.md`` beside ``<id>.md``): each is checked like any module, and must
match an English module: the same id, one ``##`` section for each English one in the same order (English links
and session plans find sections by their place), content warnings on the sections in the same places as the
English ones (a copy must not drop a warning), and, with a warning, the same version and prerequisites. A copy of
another version, or whose warnings do not match, is not shown: the catalogue shows the English module instead
(:func:`stands_in_for`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from nps_trainer.content.house_rules import house_rule_problems
from nps_trainer.content.links import parse_module_link
from nps_trainer.content.loader import ModuleFile, read_module_file, translation_files
from nps_trainer.content.model import Module, translation_language
from nps_trainer.content.references import LinkKind, classify_link
from nps_trainer.content.schema import ID_PATTERN
from nps_trainer.i18n import tr, tr_noop
from nps_trainer.validation import Problem, Severity

LANGUAGE_NAMES = {"cy": tr_noop("Welsh")}  # shown through tr()


def translation_problems(root: Path, english: Sequence[ModuleFile], today: date | None = None, *,
                         bundled: bool = False) -> list[Problem]:
    """Every problem in the translations under ``root``, given the English module files."""
    by_id = {file.id: file for file in english if file.id is not None}
    copies = [read_module_file(path, today) for path in translation_files(root)]
    anchors_in = {(file.id, translation_language(file.path)): {s.anchor for s in file.sections} for file in copies}
    problems: list[Problem] = []
    for copy in copies:
        problems += copy.problems
        language = translation_language(copy.path) or ""
        name = tr(LANGUAGE_NAMES[language]) if language in LANGUAGE_NAMES else language
        line = copy.front_matter.line_of("id") if copy.front_matter else 1
        original = by_id.get(copy.id) if copy.id is not None else None
        if copy.id is not None and original is None:
            problems.append(Problem(copy.path, line, tr("there is no English module '{id}' for this {name} "
                                                        "copy (it needs {id}.md beside it)").format(
                id=copy.id, name=name)))
        elif original is not None:
            problems += _against_english(copy, original, name)
        problems += _link_problems(copy, by_id, anchors_in, language)
        if bundled:
            problems += house_rule_problems(copy)
    return problems


def _against_english(copy: ModuleFile, original: ModuleFile, name: str) -> list[Problem]:
    problems: list[Problem] = []
    fm = copy.front_matter
    body_line = fm.body_line if fm else 1
    if copy.sections and original.sections and len(copy.sections) != len(original.sections):
        problems.append(Problem(copy.path, body_line, tr("the {name} copy has {count} sections but "
                                                         "the English module has {english}: keep one '## ' section for "
                                                         "each English one, in the same order").format(
            name=name, count=len(copy.sections), english=len(original.sections))))
    if copy.module is None or original.module is None or fm is None:
        return problems
    if copy.module.version != original.module.version:
        problems.append(Problem(copy.path, fm.line_of("version"), tr(
            "the {name} copy is of version '{version}' but the English module is now '{english}': the English "
            "module is shown until the translation is brought up to date and its 'version' changed").format(
            name=name, version=copy.module.version, english=original.module.version), Severity.WARNING))
    english_warned, copy_warned = warned_sections(original.module), warned_sections(copy.module)
    if len(copy.module.sections) == len(original.module.sections) and copy_warned != english_warned:
        titles = [section.title for section in original.module.sections]
        problems.append(Problem(copy.path, fm.line_of("content_warnings"), tr(
            "the {name} copy's content warnings cover sections {sections} but the English module's cover "
            "{english} (sections by their place, named in English): give each English warning its translation, on "
            "the section in the same place").format(
            name=name, sections=_places(copy_warned, titles), english=_places(english_warned, titles))))
    if copy.module.prerequisites != original.module.prerequisites:
        problems.append(Problem(copy.path, fm.line_of("prerequisites"), tr(
            "'prerequisites' differ from the English module's (the English ones are used)"), Severity.WARNING))
    return problems


def warned_sections(module: Module) -> frozenset[int]:
    """The places (0-based) of the sections a content warning covers."""
    titles = [section.title for section in module.sections]
    return frozenset(titles.index(w.section) for w in module.content_warnings if w.section in titles)


def stands_in_for(copy: Module, english: Module) -> bool:
    """A loaded translation may be shown in place of its English module: it has a section for each English one,
    translates the English module's current version, and warns before the same sections."""
    return (len(copy.sections) == len(english.sections) and copy.version == english.version
            and warned_sections(copy) == warned_sections(english))


def _places(places: frozenset[int], titles: list[str]) -> str:
    """'1 'Why it matters', 7 'Case example'' (from 1, named by the English titles), or '(none)'."""
    return ", ".join(f"{place + 1} '{titles[place]}'" for place in sorted(places)) if places else tr("(none)")


def _link_problems(copy: ModuleFile, by_id: dict[str | None, ModuleFile],
                   anchors_in: dict[tuple[str | None, str | None], set[str]], language: str) -> list[Problem]:
    """Links to other modules must name an English module, and a section by its English anchor or by its anchor
    in that module's copy in the same language."""
    problems: list[Problem] = []
    for link in copy.links:
        if link.is_image or classify_link(link.target) is not LinkKind.MODULE:
            continue
        parsed = parse_module_link(link.target)
        if parsed is None or not ID_PATTERN.match(parsed[0]):
            continue  # reported by the file's own checks
        target_id, anchor = parsed
        target = by_id.get(target_id)
        if target is None:
            problems.append(Problem(copy.path, link.line, tr("link '{link}': no module has id '{id}'").format(
                link=link.target, id=target_id)))
            continue
        known = {s.anchor for s in target.sections} | anchors_in.get((target_id, language), set())
        if anchor is not None and anchor not in known:
            problems.append(Problem(copy.path, link.line, tr(
                "link '{link}': module '{id}' has no section with anchor '{anchor}'").format(
                link=link.target, id=target_id, anchor=anchor)))
    return problems
