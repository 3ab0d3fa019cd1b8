"""The installed quizzes, with the module and section titles their questions draw on; reloaded only when a
quiz or module file changes."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ...content import load_catalogue
from ...content.loader import module_files
from ...file_signature import Signature, files_signature
from ...i18n import tr
from ...quiz import Quiz, load_quizzes
from ...quiz.model import Anchor
from ...quiz.validator import quiz_files
from ...validation import Problem


@dataclass(frozen=True)
class QuizLibrary:
    quizzes: tuple[Quiz, ...]
    problems: tuple[Problem, ...]
    module_titles: dict[str, str] = field(default_factory=dict)
    section_titles: dict[tuple[str, str], str] = field(default_factory=dict)

    def get(self, quiz_id: str) -> Quiz | None:
        return next((q for q in self.quizzes if q.id == quiz_id), None)

    def module_title(self, module_id: str) -> str:
        return self.module_titles.get(module_id, module_id)

    def source_text(self, source: Anchor) -> str:
        """'Section title', in 'Module title': where to read more."""
        section = self.section_titles.get((source.module, source.section), source.section)
        return tr("{section} (module: {module})").format(section=section, module=self.module_title(source.module))

    def has_module(self, module_id: str) -> bool:
        return module_id in self.module_titles


def load_library(content_dir: Path) -> QuizLibrary:
    catalogue = load_catalogue(content_dir / "modules")
    known = {m.id: {s.anchor for s in m.sections} for m in catalogue.modules}
    quizzes, problems = load_quizzes(content_dir / "quizzes", known)
    position = {m.id: index for index, m in enumerate(catalogue.modules)}

    def reading_order(quiz: Quiz) -> tuple[int, str]:
        """Quizzes in the order of the modules they belong to, as in Learn; then by title."""
        return min((position.get(m, len(position)) for m in quiz.modules), default=len(position)), quiz.title.casefold()

    quizzes.sort(key=reading_order)
    return QuizLibrary(
        quizzes=tuple(quizzes),
        problems=tuple(problems),
        module_titles={m.id: m.title for m in catalogue.modules},
        section_titles={(m.id, s.anchor): s.title for m in catalogue.modules for s in m.sections},
    )


def _signature(content_dir: Path) -> Signature:
    folder = content_dir / "quizzes"
    return files_signature([*(quiz_files(folder) if folder.is_dir() else []), *module_files(content_dir / "modules")])


class QuizLibraryCache:
    def __init__(self) -> None:
        self._key: tuple[Path, Signature] | None = None
        self._library: QuizLibrary | None = None

    def load(self, content_dir: Path) -> QuizLibrary:
        key = (content_dir, _signature(content_dir))
        if self._library is None or key != self._key:
            self._library = load_library(content_dir)
            self._key = key
        return self._library
