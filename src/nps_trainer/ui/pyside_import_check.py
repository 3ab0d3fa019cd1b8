"""A cheaper form of the check PySide6 makes on every module imported after it.

PySide6's ``__feature__`` support (``from __feature__ import snake_case``) asks, for each newly imported module,
whether it uses PySide6, by reading its whole source with ``inspect.getsource`` and searching it for "PySide6"
(``shibokensupport.feature._mod_uses_pyside``). That loads every module's source into ``linecache`` and keeps
it: at start-up about a hundred modules, 1.5 MiB held and several milliseconds. The app uses no ``__feature__``,
but the answer must stay the same for modules that might: this asks the same question of the file's bytes,
without keeping them. Anything other than a plain ``.py`` file goes to PySide6's own check, and if a PySide6
release renames the check, nothing is changed."""

from __future__ import annotations

import sys
from types import ModuleType

_MARK = "_nps_trainer_reads_bytes"


def use_cheaper_check() -> bool:
    """Swap in the byte-reading check; True if it is in place (False: this PySide6 has no such check)."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or not callable(original):
        return False
    if getattr(original, _MARK, False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        file = getattr(module, "__file__", None)
        if not isinstance(file, str) or not file.endswith(".py"):
            return original(module)
        try:
            with open(file, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    setattr(uses_pyside, _MARK, True)
    uses_pyside.original = original  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside
    return True
