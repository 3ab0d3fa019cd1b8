"""Which language to use: the command line's ``--language``, then Settings, then the system's, then English."""

from __future__ import annotations

import contextlib
import locale
import os
import sys

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


def _system_locale_names() -> list[str]:
    names = [os.environ.get(variable, "") for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")]
    if sys.platform == "win32":  # pragma: no cover - Windows only
        names.append(_windows_ui_language())
    else:
        with contextlib.suppress(AttributeError, ValueError):
            names.append(locale.getlocale(locale.LC_MESSAGES)[0] or "")
    return [name for name in names if name]


def _windows_ui_language() -> str:  # pragma: no cover - Windows only
    """The Windows display language as a locale name, such as ``cy-GB``."""
    import ctypes

    lang_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()
    return locale.windows_locale.get(lang_id, "")
