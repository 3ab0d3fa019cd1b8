"""Data classes for learning modules. Qt-free and immutable."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from nps_trainer.i18n import tr
from nps_trainer.validation import Problem

MODULE_FILE_NAME = "module.md"
ENGLISH = "en"
TRANSLATIONS = ("cy",)  # languages a module may be translated into: ``<id>.cy.md`` beside ``<id>.md``


def translation_language(module_path: Path) -> str | None:
    """The language of a translated module file (``<id>.cy.md``, ``<id>/module.cy.md``); None for English."""
    parts = module_path.name.split(".")
    if len(parts) == 3 and parts[2] == "md" and parts[1] in TRANSLATIONS:
        return parts[1]
    return None


def is_folder_module(module_path: Path) -> bool:
    """True for ``<id>/module.md`` and its translations (``<id>/module.cy.md``)."""
    return module_path.name.split(".")[0] == MODULE_FILE_NAME.removesuffix(".md") and (
        module_path.name == MODULE_FILE_NAME or translation_language(module_path) is not None)


def module_stem(module_path: Path) -> str:
    """The file's name without ``.md`` and without a language (``overdose-response.cy.md`` -> ``overdose-response``)."""
    return module_path.name.split(".")[0] if translation_language(module_path) else module_path.stem


def image_folder_of(module_path: Path) -> Path:
    """The one folder a module's images may come from: its own folder for ``<id>/module.md``, and the folder
    ``<id>/`` beside the file for ``<id>.md`` (so a one-file module can have pictures without being moved).
    A translation shares its English module's folder."""
    if is_folder_module(module_path):
        return module_path.parent
    return module_path.parent / module_stem(module_path)


@dataclass(frozen=True)
class Source:
    title: str
    year: int
    publisher: str | None = None
    author: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class ContentWarning:
    section: str  # the ## heading text it covers
    warning: str


@dataclass(frozen=True)
class Section:
    """One ``##`` section.

    ``line`` is the 1-based file line of its heading; ``markdown`` excludes the heading line.
    """

    title: str
    anchor: str
    markdown: str
    line: int


@dataclass(frozen=True)
class ModuleFields:
    """A module's front matter, checked."""

    id: str
    title: str
    version: str
    summary: str
    audience: tuple[str, ...]
    minutes: int
    objectives: tuple[str, ...]
    prerequisites: tuple[str, ...]
    sources: tuple[Source, ...]
    reviewed: date
    content_warnings: tuple[ContentWarning, ...]


@dataclass(frozen=True)
class Module(ModuleFields):
    """A loaded module: its front matter, sections and where it came from."""

    sections: tuple[Section, ...]
    path: Path
    word_count: int
    language: str = ENGLISH  # the language this text is in
    languages: tuple[str, ...] = (ENGLISH,)  # every language the module can be read in (set by the catalogue)
    translation_reviewed: bool = True  # False for a translation whose front matter does not say it was reviewed
    own_anchors: tuple[str, ...] = ()  # a translation's anchors in its own language, in order (see below)

    @property
    def unreviewed_translation(self) -> bool:
        """A translation no speaker of its language has reviewed yet: the reader shows a note saying so."""
        return self.language != ENGLISH and not self.translation_reviewed

    @property
    def folder(self) -> Path:
        """Folder that holds the module file (images resolve inside it for folder modules)."""
        return self.path.parent

    @property
    def has_own_folder(self) -> bool:
        """True for ``<id>/module.md`` modules."""
        return is_folder_module(self.path)

    @property
    def image_folder(self) -> Path:
        """The only folder this module's images are read from (see :func:`image_folder_of`)."""
        return image_folder_of(self.path)

    def section_index(self, anchor: str) -> int | None:
        """The section with this anchor. A translation from the catalogue keeps the English module's anchors on its
        sections (progress, quizzes, session plans and learning records name sections by them); a link written in
        the translation, to one of its own anchors, finds the section in the same place."""
        for index, section in enumerate(self.sections):
            if section.anchor == anchor:
                return index
        if anchor in self.own_anchors and len(self.own_anchors) == len(self.sections):
            return self.own_anchors.index(anchor)
        return None

    def warning_for(self, section: Section) -> ContentWarning | None:
        for warning in self.content_warnings:
            if warning.section.strip() == section.title:
                return warning
        return None


@dataclass(frozen=True)
class UnavailableModule:
    """A module file that could not be loaded; ``problems`` say why."""

    path: Path
    id: str | None
    title: str | None
    problems: tuple[Problem, ...]

    @property
    def reason(self) -> str:
        return "; ".join(tr("line {line}: {problem}").format(line=p.line, problem=p.message) if p.line else p.message
                         for p in self.problems)
