"""The catalogue: every module under a folder, in reading order, plus the ones that could not be loaded."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from nps_trainer.content import content_file
from nps_trainer.content.crosscheck import duplicate_id_problems
from nps_trainer.content.loader import ModuleFile, module_files, read_module_file, translation_files
from nps_trainer.content.model import ENGLISH, Module, UnavailableModule
from nps_trainer.content.ordering import order_modules
from nps_trainer.content.translations import stands_in_for
from nps_trainer.validation import Problem, Severity


@dataclass(frozen=True)
class Catalogue:
    root: Path
    modules: tuple[Module, ...]  # prerequisites first, then by title; each in ``language`` where it has a copy
    unavailable: tuple[UnavailableModule, ...]  # sorted by path
    problems: tuple[Problem, ...]  # per-file problems found while loading, warnings included
    language: str = ENGLISH  # the language asked for; a module with no usable copy in it is in English
    _by_id: dict[str, Module] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {m.id: m for m in self.modules})

    def get(self, module_id: str) -> Module | None:
        return self._by_id.get(module_id)

    def __getitem__(self, module_id: str) -> Module:
        module = self.get(module_id)
        if module is None:
            raise KeyError(module_id)
        return module

    def __contains__(self, module_id: object) -> bool:
        return module_id in self._by_id

    def __iter__(self) -> Iterator[Module]:
        return iter(self.modules)

    def __len__(self) -> int:
        return len(self.modules)

    def ids(self) -> list[str]:
        return [m.id for m in self.modules]


def load_catalogue(root: Path, today: date | None = None, language: str | None = None) -> Catalogue:
    """Load every module in ``root``. A broken module is listed in ``unavailable``; the rest still load.

    ``language`` (default: the language in use, :func:`nps_trainer.i18n.language`) chooses each module's text:
    its translation (``<id>.cy.md``) where it has a usable one, else English. Every module's ``languages`` lists
    the languages it can be read in. A broken translation is reported in ``problems`` and the English shown."""
    if language is None:
        from nps_trainer.i18n import language as language_in_use

        language = language_in_use()
    files = [read_module_file(path, today) for path in module_files(root)]
    duplicates = duplicate_id_problems(files)
    modules: list[Module] = []
    unavailable: list[UnavailableModule] = []
    problems: list[Problem] = []
    for index, file in enumerate(files):
        file_problems = list(file.problems)
        if index in duplicates:
            file_problems.append(duplicates[index])
        problems += file_problems
        if file.available and index not in duplicates and file.module is not None:
            modules.append(file.module)
        else:
            errors = tuple(p for p in file_problems if p.severity is Severity.ERROR)
            unavailable.append(UnavailableModule(file.path, file.id, file.title, errors))
    translated, translation_problems = _translations(root, today, {m.id: m for m in modules})
    problems += translation_problems
    modules = [_in_language(module, translated.get(module.id, {}), language) for module in modules]
    ordered = tuple(order_modules(modules, reading_order(root)))
    return Catalogue(root=root, modules=ordered, unavailable=tuple(unavailable), problems=tuple(problems),
                     language=language)


def usable_translation(file: ModuleFile, english: Module | None) -> bool:
    """A translation that can stand in for its English module: it loads, has the same number of sections (so
    English section anchors find their place in it), translates the English module's current version (an older
    copy would show out-of-date text as current) and warns before the same sections (:func:`stands_in_for`)."""
    return (file.available and file.module is not None and english is not None
            and stands_in_for(file.module, english))


def _translations(root: Path, today: date | None,
                  english: dict[str, Module]) -> tuple[dict[str, dict[str, Module]], list[Problem]]:
    """Usable translations by module id and language, and every translation's own problems."""
    found: dict[str, dict[str, Module]] = {}
    problems: list[Problem] = []
    for path in translation_files(root):
        file = read_module_file(path, today)
        problems += file.problems
        if usable_translation(file, english.get(file.id or "")) and file.module is not None:
            found.setdefault(file.module.id, {})[file.module.language] = file.module
    return found, problems


def _in_language(module: Module, copies: dict[str, Module], language: str) -> Module:
    """``module`` in ``language`` where it has that copy; its ``languages`` list every copy. A translation keeps
    the English module's version, prerequisites and audience, and its sections take the English anchors (the ids
    that progress, quizzes, session plans and learning records use), keeping their own in ``own_anchors``."""
    languages = (ENGLISH, *sorted(copies))
    copy = copies.get(language)
    if copy is None:
        return replace(module, languages=languages)
    sections = tuple(replace(own, anchor=english.anchor)
                     for own, english in zip(copy.sections, module.sections, strict=True))
    return replace(copy, languages=languages, version=module.version, prerequisites=module.prerequisites,
                   audience=module.audience, sections=sections, own_anchors=tuple(s.anchor for s in copy.sections))


def reading_order(modules_root: Path) -> list[str]:
    """The module ids listed under ``order`` in the content folder's ``content.yaml``, if any."""
    return content_file.reading_order(modules_root.parent)
