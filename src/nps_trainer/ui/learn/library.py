"""The module catalogue and its search index, loaded once and reloaded only when the content changes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...content import Catalogue, SearchIndex, load_catalogue
from ...content.loader import module_files, translation_files
from ...file_signature import Signature, files_signature
from ...i18n import language


@dataclass(frozen=True)
class Library:
    catalogue: Catalogue
    index: SearchIndex


def modules_folder(content_dir: Path) -> Path:
    return content_dir / "modules"


def _signature(root: Path) -> Signature:
    return files_signature([*module_files(root), *translation_files(root)])  # Welsh copies too (issue 13)


class LibraryCache:
    """Loads the catalogue for a content folder; a second call reuses it unless a module file changed."""

    def __init__(self) -> None:
        self._key: tuple[Path, Signature, str] | None = None
        self._library: Library | None = None

    def load(self, content_dir: Path) -> Library:
        root = modules_folder(content_dir)
        key = (root, _signature(root), language())  # the catalogue is in the language in use
        if self._library is None or key != self._key:
            catalogue = load_catalogue(root)
            self._library = Library(catalogue, SearchIndex(catalogue))
            self._key = key
        return self._library
