"""The guide's keyboard shortcuts page lists every shortcut the interface defines: each ``QKeySequence`` given
to a ``QShortcut`` or an action in ``src/nps_trainer/ui``, and the keys the joint session's clicker obeys. A
shortcut added to the code but not to the page fails here, naming its file and line."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import nps_trainer
from nps_trainer.help import load_guide
from nps_trainer.paths import bundled_content_dir

UI = Path(nps_trainer.__file__).parent / "ui"
CLICKER = UI / "sessions" / "clicker.py"
NAMES = {"PgDown": "Page Down", "PgUp": "Page Up", "PageDown": "Page Down", "PageUp": "Page Up",
         "Return": "Enter", "Escape": "Esc", "Period": "."}
STANDARD = {"Find": "Ctrl+F", "Print": "Ctrl+P", "Quit": "Ctrl+Q", "Preferences": "Preferences key"}
_CALL = re.compile(r"QKeySequence\(")
_STRING = re.compile(r"""f?["']([^"']+)["']""")
_KEY = re.compile(r"Key\.Key_(\w+)")


def normalise(keys: str) -> str:
    return "+".join(NAMES.get(part, part) for part in keys.split("+"))


def _argument(text: str, start: int) -> str:
    depth, index = 1, start
    while depth:
        depth += {"(": 1, ")": -1}.get(text[index], 0)
        index += 1
    return text[start:index - 1].strip()


def _constants(text: str) -> dict[str, str]:
    found = {}
    for node in ast.parse(text).body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            found.update({t.id: node.value.value for t in node.targets if isinstance(t, ast.Name)})
    return found


def _keys(argument: str, lines: list[str], line: int, constants: dict[str, str]) -> list[str] | None:
    if match := re.fullmatch(r"QKeySequence\.StandardKey\.(\w+)", argument):
        return [STANDARD.get(match.group(1), f"StandardKey.{match.group(1)} (add it to STANDARD here)")]
    if match := _KEY.fullmatch(argument.removeprefix("Qt.")):
        return [match.group(1)]
    if match := _STRING.fullmatch(argument):
        return [re.sub(r"\{[^}]*\}", "1", match.group(1))]  # f"Ctrl+{number}": the first of them
    if argument in constants:
        return [constants[argument]]
    if argument.isidentifier():  # a loop variable: the keys are on the 'for' line just above
        for above in reversed(lines[max(0, line - 4):line]):
            if above.lstrip().startswith("for "):
                found = [m.group(1) for m in _STRING.finditer(above)] + [m.group(1) for m in _KEY.finditer(above)]
                return found or None
    return None


def shortcuts_in_code() -> dict[str, list[str]]:
    """Every shortcut the interface defines, normalised (``Ctrl+Page Down``), with where it is defined."""
    found: dict[str, list[str]] = {}
    for path in sorted(UI.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        constants = _constants(text)
        for match in _CALL.finditer(text):
            line = text.count("\n", 0, match.start())
            argument = _argument(text, match.end())
            keys = _keys(argument, lines, line, constants)
            where = f"{path.relative_to(UI.parent)}:{line + 1}"
            assert keys, f"{where}: cannot tell which keys QKeySequence({argument}) is; name them in a literal"
            for key in keys:
                found.setdefault(normalise(key), []).append(where)
    clicker = CLICKER.read_text(encoding="utf-8")
    keymap = clicker[clicker.index("ACTIONS"):clicker.index("}", clicker.index("ACTIONS"))]
    for match in _KEY.finditer(keymap):
        found.setdefault(normalise(match.group(1)), []).append(f"{CLICKER.relative_to(UI.parent)} (the clicker)")
    return found


def keys_on_page(language: str = "en") -> set[str]:
    """The keys named in the first column of the shortcuts page's tables, in English or in Welsh (``cy``)."""
    page = load_guide(bundled_content_dir() / "help", language).page("keyboard-shortcuts")
    assert page.language == language, f"no {language} keyboard shortcuts page"
    keys: set[str] = set()
    for row in page.body.splitlines():
        cells = [cell.strip() for cell in row.strip().strip("|").split("|")] if row.startswith("|") else []
        if not cells or set(cells[0]) <= set("-: ") or cells[0] in ("Keys", "Bysellau"):
            continue
        text = re.sub(r"\([^)]*\)", "", cells[0])
        keys.update(part.strip(" …") for part in re.split(r",| or | neu ", text) if part.strip(" …"))
    return keys


def test_the_scan_finds_the_shortcuts_it_should() -> None:
    code = shortcuts_in_code()
    for key in ("F1", "F2", "Ctrl+Shift+L", "Ctrl+1", "Ctrl+P", "Ctrl+F", "Ctrl+N", "Alt+Up", "Ctrl+Page Down",
                "Esc", "Enter", "F5", "Preferences key", "Ctrl+Q"):
        assert key in code, key
    assert "Ctrl+Page Down" in keys_on_page() and "B" in keys_on_page() and "." in keys_on_page()


@pytest.mark.parametrize("language", ["en", "cy"])
def test_every_shortcut_in_the_code_is_on_the_shortcuts_page(language: str) -> None:
    listed = keys_on_page(language)
    missing = {key: where for key, where in shortcuts_in_code().items() if key not in listed}
    assert not missing, f"shortcuts not on content/help/{language}/keyboard-shortcuts.md: " + "; ".join(
        f"{key} ({', '.join(where)})" for key, where in sorted(missing.items()))
