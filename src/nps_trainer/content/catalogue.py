"""The catalogue: every module under a folder, in reading order, plus the ones that could not be loaded."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from nps_trainer.content import content_file
from nps_trainer.content.crosscheck import duplicate_id_problems
from nps_trainer.content.loader import module_files, read_module_file
from nps_trainer.content.model import Module, UnavailableModule
from nps_trainer.content.ordering import order_modules
from nps_trainer.validation import Problem, Severity


@dataclass(frozen=True)
class Catalogue:
    root: Path
    modules: tuple[Module, ...]  # prerequisites first, then by title
    unavailable: tuple[UnavailableModule, ...]  # sorted by path
    problems: tuple[Problem, ...]  # per-file problems found while loading, warnings included
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


def load_catalogue(root: Path, today: date | None = None) -> Catalogue:
    """Load every module in ``root``. A broken module is listed in ``unavailable``; the rest still load."""
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
    ordered = tuple(order_modules(modules, reading_order(root)))
    return Catalogue(root=root, modules=ordered, unavailable=tuple(unavailable), problems=tuple(problems))


def reading_order(modules_root: Path) -> list[str]:
    """The module ids listed under ``order`` in the content folder's ``content.yaml``, if any."""
    return content_file.reading_order(modules_root.parent)
