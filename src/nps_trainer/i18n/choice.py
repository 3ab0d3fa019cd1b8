"""Which language to use: the command line's ``--language``, then Settings, then the system's, then English."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator

from . import ENGLISH, LANGUAGES, WELSH


def choose(command_line: str | None, setting: str | None) -> str:
    """``"en"`` or ``"cy"``: the first of the command line, the setting and the system locale that names one."""
    for chosen in (command_line, setting):
        if chosen in LANGUAGES:
            return chosen
    return system_language()


def system_language() -> str:
    """Welsh when the system's first language is Welsh (``cy``, ``cy_GB``, ``cym``), otherwise English."""
    for name in _system_locale_names():
        code = name.split(":")[0].split(".")[0].split("@")[0].replace("-", "_").lower()
        if not code or code in ("c", "posix"):
            continue
        return WELSH if code.split("_")[0] in ("cy", "cym", "welsh") else ENGLISH
    return ENGLISH


def _system_locale_names() -> Iterator[str]:
    """The environment's locale names in order, then on Windows the display language. Elsewhere the environment is
    all there is to ask: the C library's own LC_MESSAGES (``locale.getlocale``) is "C" until a program sets it
    from those same variables, which Qt does only later, so asking it only cost a start the locale module
    (about 1 ms)."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        yield os.environ.get(variable, "")
    if sys.platform == "win32":  # pragma: no cover - Windows only
        yield _windows_ui_language()


def _windows_ui_language() -> str:  # pragma: no cover - Windows only
    """The Windows display language as a locale name, such as ``cy-GB``."""
    import ctypes
    import locale

    lang_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()
    return locale.windows_locale.get(lang_id, "")
