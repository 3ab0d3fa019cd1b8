"""Every word a person reads goes through tr(): a check that fails on a new string that does not.

Two checks over the package's source (docs/translation.md):
- the translation files are complete: no string is new, without its Welsh, or gone (``tools/translations.py
  check``);
- no literal text reaches the screen or the terminal untranslated: a string literal with words in it, passed to
  a Qt text setter or widget, printed, or raised as a message, must be inside ``tr()``; and ``tr()`` itself takes a
  literal (never an f-string, a join or a call, whose English could never be looked up);
- in every file of the package, ``raise SomeError("literal with words")`` is translated unless SomeError is a
  programming error (ValueError, TypeError, ...: logged with a traceback, never a message for a person).
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "nps_trainer"
sys.path.insert(0, str(ROOT / "tools"))

# Qt methods and classes whose text argument is read by a person (first positional argument, unless listed).
TEXT_METHODS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setAccessibleName",
    "setAccessibleDescription", "setPlaceholderText", "setTitle", "setLabelText", "setInformativeText",
    "setDetailedText", "addItem", "insertItem", "setItemText", "addTab", "insertTab", "setTabText",
    "setTabToolTip", "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "addAction",
    "addMenu", "showMessage", "setSuffix", "setPrefix", "setSpecialValueText", "setHtml", "setMarkdown",
    "setButtonText", "setOkButtonText", "setCancelButtonText", "addButton", "addRow", "addSection",
    "setWindowIconText", "setDefaultSuffix",
}
# Arguments after the first that carry text: QMessageBox.warning(parent, title, text), QInputDialog, QFileDialog.
TEXT_ARGUMENTS = {
    "warning": (1, 2), "information": (1, 2), "critical": (1, 2), "question": (1, 2), "about": (1, 2),
    "getText": (1, 2), "getItem": (1, 2), "getInt": (1, 2), "getDouble": (1, 2), "getMultiLineText": (1, 2),
    "getSaveFileName": (1, 3), "getOpenFileName": (1, 3), "getExistingDirectory": (1,),
    "getOpenFileNames": (1, 3), "QMessageBox": (1, 2), "setItemText": (1,), "addTab": (1,), "insertTab": (2,),
    "setTabText": (1,), "setTabToolTip": (1,), "addRow": (0,), "addAction": (0, 1),
}
TEXT_WIDGETS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu", "QCommandLinkButton",
    "QListWidgetItem", "QStandardItem", "QToolButton",
}
TEXT_KEYWORDS = {"text", "title", "toolTip", "placeholderText", "help", "description", "caption", "windowTitle",
                 "label", "message"}
# Messages that reach a person when raised (the others are programming errors, logged with a traceback).
PRINTING = {"print", "exit", "SystemExit", "error"}

WORDS = re.compile(r"[A-Za-z]{2,}")
# Placeholders, HTML tags and entities, and key names (Alt+, Ctrl+...: the same on every keyboard) are not words.
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d|%n|&[a-z]+;|<[^<>]+>|\b(?:Alt|Ctrl|Shift|Meta)\+")


def has_words(value: str) -> bool:
    """True for text a person would read: at least one word outside placeholders and tags."""
    return bool(WORDS.search(PLACEHOLDER.sub("", value)))


def literal_text(node: ast.AST) -> str | None:
    """The text of a literal string or f-string (its fixed parts), or None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(part.value for part in node.values if isinstance(part, ast.Constant))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        left, right = literal_text(node.left), literal_text(node.right)
        return (left or "") + (right or "") if left is not None or right is not None else None
    return None


def call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def is_logging(node: ast.Call) -> bool:
    func = node.func
    return isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
        and func.value.id in ("log", "logger", "logging", "_log", "LOG")


def scanned_files() -> list[Path]:
    files = sorted((PACKAGE / "ui").rglob("*.py")) + sorted((PACKAGE / "cli").rglob("*.py"))
    return [*files, PACKAGE / "__main__.py"]


def untranslated(path: Path) -> list[str]:
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    relative = path.relative_to(ROOT).as_posix()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = call_name(node)
        if is_logging(node):
            continue  # the log is for support staff, in English
        if name in ("tr", "tr_noop"):
            if not node.args:
                found.append(f"{relative}:{node.lineno}: {name}() without its text")
                continue
            first = node.args[0]
            if isinstance(first, ast.JoinedStr | ast.BinOp | ast.Call):
                found.append(f"{relative}:{node.lineno}: {name}() of an f-string, a join or a call: the English "
                             "is never looked up (translate a literal with {placeholders}, then .format())")
            elif name == "tr_noop" and not isinstance(first, ast.Constant):
                found.append(f"{relative}:{node.lineno}: tr_noop() takes a literal")
            continue
        positions: tuple[int, ...] = ()
        if name in TEXT_METHODS or name in TEXT_WIDGETS:
            positions = (0,)
        positions = TEXT_ARGUMENTS.get(name, positions)
        if name in PRINTING:
            positions = (0,)
        candidates = [node.args[index] for index in positions if index < len(node.args)]
        if name in TEXT_METHODS or name in TEXT_WIDGETS or name in TEXT_ARGUMENTS or name in PRINTING \
                or name == "add_argument" or name.endswith(("parser", "add_parser")):
            candidates += [keyword.value for keyword in node.keywords if keyword.arg in TEXT_KEYWORDS]
        for candidate in candidates:
            text = literal_text(candidate)
            if text is not None and has_words(text):
                found.append(f"{relative}:{candidate.lineno}: {name}({text[:50]!r}) is not translated")
    return found


def allowed() -> set[str]:
    """Exceptions, one per line in untranslated_allowed.txt: ``path:text  # why``."""
    path = Path(__file__).with_name("untranslated_allowed.txt")
    entries = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.split("  #", 1)[0].strip()
        if entry and not entry.startswith("#"):
            entries.add(entry)
    return entries


def _key(problem: str) -> str:
    path, _, rest = problem.partition(":")
    return f"{path}:{rest.partition(': ')[2]}"


def test_no_literal_text_reaches_a_person_untranslated() -> None:
    exceptions = allowed()
    problems = [problem for path in scanned_files() for problem in untranslated(path)
                if _key(problem) not in exceptions]
    assert not problems, "\n".join(problems)


def test_the_check_finds_an_untranslated_label(tmp_path: Path) -> None:
    sample = PACKAGE / "ui" / "_sample_for_test.py"
    code = ('from PySide6.QtWidgets import QLabel\nfrom ..i18n import tr\n'
            'a = QLabel("Untranslated words")\nb = QLabel(tr("Fine"))\nc = tr(f"Saved {x}")\nd = QLabel("")\n'
            'e = QLabel("{count}")\n')
    sample.write_text(code, encoding="utf-8")
    try:
        problems = untranslated(sample)
    finally:
        sample.unlink()
    assert len(problems) == 2
    assert "QLabel('Untranslated words') is not translated" in problems[0]
    assert "f-string" in problems[1]


# Exceptions that report a programming error, not a message for a person: raised with any text (docs/translation.md).
PROGRAMMING_ERRORS = {"ValueError", "TypeError", "KeyError", "LookupError", "RuntimeError", "AssertionError",
                      "NotImplementedError", "AttributeError", "IndexError"}


def package_files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def untranslated_raises(path: Path) -> list[str]:
    """``raise SomeError("literal with words")`` in ``path``, SomeError not a programming error: its message may be
    shown in a dialog or printed by the command line, so it must be a ``tr()`` string."""
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    relative = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.name
    for node in ast.walk(tree):
        if not isinstance(node, ast.Raise) or not isinstance(node.exc, ast.Call):
            continue
        name = call_name(node.exc)
        if name in PROGRAMMING_ERRORS:
            continue
        for argument in [*node.exc.args, *(keyword.value for keyword in node.exc.keywords)]:
            text = literal_text(argument)
            if text is not None and has_words(text):
                found.append(f"{relative}:{argument.lineno}: raise {name}({text[:50]!r}) is not translated")
    return found


def test_no_raised_message_reaches_a_person_untranslated() -> None:
    exceptions = allowed()
    found = [problem for path in package_files() for problem in untranslated_raises(path)]
    problems = [problem for problem in found if _key(problem) not in exceptions]
    assert not problems, "\n".join(problems)
    # An exception listed for a raise that is gone (or now translated) is taken out of the list.
    stale = {entry for entry in exceptions if entry.partition(":")[2].startswith("raise ")} - {_key(p) for p in found}
    assert not stale, "no longer found, remove from untranslated_allowed.txt:\n" + "\n".join(sorted(stale))


def test_the_check_finds_an_untranslated_raise(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from nps_trainer.i18n import tr\n"
        "def check(x):\n"
        "    if x == 1:\n"
        "        raise NotAllowed('You cannot remove the only manager')\n"
        "    if x == 2:\n"
        "        raise errors.CommandError(f'cannot read {x}: it is damaged') from None\n"
        "    if x == 3:\n"
        "        raise ValueError(f'bad value {x!r}')  # a programming error\n"
        "    if x == 4:\n"
        "        raise NotAllowed(tr('You cannot remove the only manager'))\n"
        "    if x == 5:\n"
        "        raise Refused(x, reason='{x}')  # no words\n"
        "    raise Refused(x, reason='too late')\n", encoding="utf-8")
    problems = sorted(untranslated_raises(sample), key=lambda problem: int(problem.split(":")[1]))
    assert [problem.partition(": ")[2] for problem in problems] == [
        "raise NotAllowed('You cannot remove the only manager') is not translated",
        "raise CommandError('cannot read : it is damaged') is not translated",
        "raise Refused('too late') is not translated",
    ]
    assert [problem.split(":")[:2] for problem in problems] == [["sample.py", "4"], ["sample.py", "6"],
                                                                 ["sample.py", "13"]]


def test_every_string_has_its_welsh_and_english_plurals() -> None:
    """The translation files hold every tr() string of the source, each finished, and none that has gone."""
    import translations

    problems = translations.problems()
    assert not problems, "\n".join(problems[:80]) + (f"\n... and {len(problems) - 80} more" if len(problems) > 80
                                                     else "")
