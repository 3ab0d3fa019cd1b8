"""Data classes for learning modules. Qt-free and immutable."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from nps_trainer.validation import Problem

MODULE_FILE_NAME = "module.md"


def image_folder_of(module_path: Path) -> Path:
    """The one folder a module's images may come from: its own folder for ``<id>/module.md``, and the folder
    ``<id>/`` beside the file for ``<id>.md`` (so a one-file module can have pictures without being moved)."""
    if module_path.name == MODULE_FILE_NAME:
        return module_path.parent
    return module_path.parent / module_path.stem


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

    @property
    def folder(self) -> Path:
        """Folder that holds the module file (images resolve inside it for folder modules)."""
        return self.path.parent

    @property
    def has_own_folder(self) -> bool:
        """True for ``<id>/module.md`` modules."""
        return self.path.name == MODULE_FILE_NAME

    @property
    def image_folder(self) -> Path:
        """The only folder this module's images are read from (see :func:`image_folder_of`)."""
        return image_folder_of(self.path)

    def section_index(self, anchor: str) -> int | None:
        for index, section in enumerate(self.sections):
            if section.anchor == anchor:
                return index
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
        return "; ".join(f"line {p.line}: {p.message}" if p.line else p.message for p in self.problems)
