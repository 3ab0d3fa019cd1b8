"""The signed-in person's sections, in order, each made when it is first wanted.

Signing in makes only the section shown first (Learn); the others are made when they are first shown or asked
for by key (``pages["quizzes"]``), so a sign-in does not pay for screens the person may not open.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from .sections.base import SectionPage


class SectionPages(Mapping[str, SectionPage]):
    def __init__(self) -> None:
        self._order: list[str] = []
        self._make: dict[str, Callable[[], SectionPage]] = {}
        self._made: dict[str, SectionPage] = {}

    def add(self, key: str, make: Callable[[], SectionPage]) -> None:
        self._order.append(key)
        self._make[key] = make

    def __getitem__(self, key: str) -> SectionPage:
        page = self._made.get(key)
        if page is None:
            make = self._make[key]  # KeyError for a section this person does not have
            page = self._made[key] = make()
        return page

    def __contains__(self, key: object) -> bool:
        return key in self._make  # without making it

    def __iter__(self) -> Iterator[str]:
        return iter(self._order)

    def __len__(self) -> int:
        return len(self._order)

    def is_made(self, key: str) -> bool:
        return key in self._made

    def made(self) -> list[SectionPage]:
        """The sections made so far, in order: the ones that hold anything to save, lock or tell."""
        return [self._made[key] for key in self._order if key in self._made]

    def key_of(self, page: SectionPage) -> str | None:
        return next((key for key, made in self._made.items() if made is page), None)

    def clear(self) -> None:
        self._order.clear()
        self._make.clear()
        self._made.clear()
