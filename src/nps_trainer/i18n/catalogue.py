"""Read the ``.ts`` translation files without Qt, for the command line (the app itself uses Qt's ``.qm``).

A message is found by its English source and its disambiguation comment, as Qt finds it (the context is always
empty here: see :mod:`nps_trainer.i18n`). Unfinished and obsolete translations are skipped, so their English is
used, again as Qt does. Plural forms follow Qt's rules for Welsh (``numerus.cpp``): 0, 1, 2 to 5, 6, and all
other numbers; a test checks this reader against ``QTranslator`` for every message.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterable
from pathlib import Path

Key = tuple[str, str]  # (source, disambiguation or "")


def english(source: str, n: int = -1) -> str:
    """The English text itself, with ``%n`` filled in (what Qt shows when no translation is found)."""
    return source.replace("%n", str(n)) if n >= 0 else source


def welsh_plural_form(n: int) -> int:
    """Index of the plural form Qt uses for ``n`` in Welsh: nullar, singular, 'dual' (2 to 5), 'sexal', plural."""
    if n == 0:
        return 0
    if n == 1:
        return 1
    if 2 <= n <= 5:
        return 2
    if n == 6:
        return 3
    return 4


PLURAL_RULES: dict[str, Callable[[int], int]] = {
    "cy": welsh_plural_form,
    "en": lambda n: 0 if n == 1 else 1,
}


class Catalogue:
    """The finished translations of one language, from one or more ``.ts`` files."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._plural_form = PLURAL_RULES[language]
        self.singular: dict[Key, str] = {}
        self.plural: dict[Key, list[str]] = {}

    @classmethod
    def from_files(cls, language: str, paths: Iterable[Path]) -> Catalogue:
        catalogue = cls(language)
        for path in paths:
            catalogue.add_file(path)
        return catalogue

    def add_file(self, path: Path) -> None:
        """Add a ``.ts`` file's finished translations; a message already known keeps its first translation (as
        ``lrelease`` does when it merges files)."""
        root = ElementTree.parse(path).getroot()
        for context in root.iter("context"):
            if (context.findtext("name") or "") != "":
                continue  # only the empty context is used (every call is a bare tr())
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                key = (message.findtext("source") or "", message.findtext("comment") or "")
                if message.get("numerus") == "yes":
                    forms = [form.text or "" for form in translation.findall("numerusform")]
                    if forms and all(forms):
                        self.plural.setdefault(key, forms)
                elif translation.text:
                    self.singular.setdefault(key, translation.text)

    def translate(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        key = (source, disambiguation or "")
        if n >= 0 and key in self.plural:
            forms = self.plural[key]
            text = forms[min(self._plural_form(n), len(forms) - 1)]
            return text.replace("%n", str(n))
        found = self.singular.get(key)
        if found is None:
            return english(source, n)
        return found.replace("%n", str(n)) if n >= 0 else found
