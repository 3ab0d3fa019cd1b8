"""Keep the Welsh translation files up to date (docs/translation.md).

    python tools/translations.py update [--area AREA]     extract strings into translations/cy/<area>.ts
    python tools/translations.py untranslated --area AREA [--language en]  unfinished messages, as JSON
    python tools/translations.py fill --area AREA [--language en] FILE     set translations from a JSON file
    python tools/translations.py release [--out DIR]       compile every .ts into .qm files (default: translations/qm)
    python tools/translations.py check                     fail when a string is new, unfinished or gone

Strings are found by ``pyside6-lupdate`` (a bare ``tr()`` call: the empty context). Locations are not written, so
moving code does not change the files. The JSON for ``fill`` is a list of objects with ``source``, ``comment``
(optional) and either ``translation`` or, for a plural message, ``forms`` (five Welsh forms: for 0, 1, 2 to 5, 6 and
other numbers; in ``--language en``, two: for 1 and for other numbers). English files hold only the plural
messages (``lupdate -pluralonly``), so that "%n record(s)" reads "1 record" and "2 records".
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
LOCALES = {"cy": "cy_GB", "en": "en_GB"}  # Welsh; English holds only plural forms (lupdate -pluralonly)
PACKAGE = ROOT / "src" / "nps_trainer"


def qt_tool(name: str) -> str:
    """A Qt translation tool (``lupdate`` or ``lrelease``) from PySide6, or stop with what to install."""
    from nps_trainer.i18n.release import find_qt_tool

    found = find_qt_tool(name)
    if not found:
        sys.exit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def areas() -> dict[str, list[str]]:
    return tomllib.loads((TRANSLATIONS / "areas.toml").read_text(encoding="utf-8"))["areas"]


def files_by_area() -> dict[str, list[Path]]:
    """Every Python file of the package, in the first area whose globs match it."""
    config = areas()
    found: dict[str, list[Path]] = {name: [] for name in config}
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if "/storage/migrations/" in relative:
            continue  # migration scripts talk to the database, never to a person
        for name, globs in config.items():
            if any(_matches(relative, pattern) for pattern in globs):
                found[name].append(path)
                break
    return found


def _matches(relative: str, pattern: str) -> bool:
    """Glob matching where ``**/`` stands for any number of folders and ``*`` for part of one name."""
    regex = ""
    index = 0
    while index < len(pattern):
        if pattern.startswith("**/", index):
            regex += "(?:[^/]+/)*"
            index += 3
        elif pattern[index] == "*":
            regex += "[^/]*"
            index += 1
        else:
            regex += re.escape(pattern[index])
            index += 1
    return re.fullmatch(regex, relative) is not None


def ts_path(area: str, language: str = "cy") -> Path:
    return TRANSLATIONS / language / f"{area}.ts"


def run_lupdate(files: list[Path], ts: Path, language: str = "cy") -> None:
    if not ts.exists():
        ts.parent.mkdir(parents=True, exist_ok=True)
        ts.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            f'<TS version="2.1" language="{LOCALES[language]}" sourcelanguage="en_GB">\n</TS>\n', encoding="utf-8")
    if not files:
        return
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as listing:
        listing.write("\n".join(str(path) for path in files))
    try:
        result = subprocess.run(
            [qt_tool("lupdate"), f"@{listing.name}", "-locations", "none", "-no-obsolete",
             "-tr-function-alias", "QT_TR_NOOP+=tr_noop",
             *(["-pluralonly"] if language == "en" else []),
             "-target-language", LOCALES[language], "-source-language", "en_GB", "-ts", str(ts)],
            capture_output=True, text=True, check=False)
    finally:
        Path(listing.name).unlink()
    if result.returncode != 0:
        sys.exit(f"lupdate failed for {ts.name}:\n{result.stdout}{result.stderr}")


def messages(ts: Path) -> list[dict]:
    """The messages of a .ts file: source, comment, numerus, finished, translation or forms."""
    if not ts.exists():
        return []
    found = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            numerus = message.get("numerus") == "yes"
            entry = {
                "context": context_name,
                "source": message.findtext("source") or "",
                "comment": message.findtext("comment") or "",
                "numerus": numerus,
                "finished": kind is None,
                "kind": kind or "finished",
            }
            if numerus:
                entry["forms"] = [form.text or "" for form in translation.findall("numerusform")]
            else:
                entry["translation"] = translation.text or "" if translation is not None else ""
            found.append(entry)
    return found


def command_update(args: argparse.Namespace) -> int:
    by_area = files_by_area()
    for area in [args.area] if args.area else by_area:
        for language in LOCALES:
            ts = ts_path(area, language)
            run_lupdate(by_area[area], ts, language)
            pending = sum(1 for message in messages(ts) if not message["finished"])
            print(f"{area} ({language}): {len(messages(ts))} messages, {pending} unfinished")
    return 0


def command_untranslated(args: argparse.Namespace) -> int:
    pending = [
        {key: message[key] for key in ("source", "comment", "numerus")}
        for message in messages(ts_path(args.area, args.language)) if not message["finished"]
    ]
    json.dump(pending, sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


def command_fill(args: argparse.Namespace) -> int:
    wanted = json.loads(Path(args.file).read_text(encoding="utf-8"))
    by_key = {(item["source"], item.get("comment", "")): item for item in wanted}
    ts = ts_path(args.area, args.language)
    count = 5 if args.language == "cy" else 2
    tree = ElementTree.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        key = (message.findtext("source") or "", message.findtext("comment") or "")
        item = by_key.pop(key, None)
        if item is None:
            continue
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = item.get("forms")
            if not forms or len(forms) != count or not all(forms):
                sys.exit(f"{key[0]!r}: a plural message needs {count} forms in {args.language}"
                         " (Welsh: for 0, 1, 2 to 5, 6, other numbers; English: for 1, other numbers)")
            translation.text = None
            for form in forms:
                ElementTree.SubElement(translation, "numerusform").text = form
        else:
            text = item.get("translation")
            if not text:
                sys.exit(f"{key[0]!r}: no translation given")
            translation.text = text
        filled += 1
    write_ts(tree, ts)
    print(f"{args.area}: {filled} filled")
    for source, comment in by_key:
        print(f"  not in {ts.name}: {source!r}" + (f" ({comment})" if comment else ""), file=sys.stderr)
    return 0 if not by_key else 1


def write_ts(tree: ElementTree.ElementTree, ts: Path) -> None:
    ElementTree.indent(tree, space="    ")
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def release(out: Path) -> list[Path]:
    """Compile the app's strings (all areas into one file per language) and Qt's own strings in Welsh."""
    sys.path.insert(0, str(ROOT / "src"))
    from nps_trainer.i18n.release import compile_all

    return compile_all(TRANSLATIONS, out, qt_tool("lrelease"))


def command_release(args: argparse.Namespace) -> int:
    for qm in release(Path(args.out) if args.out else TRANSLATIONS / "qm"):
        print(qm)
    return 0


def problems() -> list[str]:
    """What is wrong with the translation files against the source: new, unfinished or stale strings."""
    found = []
    by_area = files_by_area()
    with tempfile.TemporaryDirectory() as scratch:
        for (area, files), language in ((item, language) for item in by_area.items() for language in LOCALES):
            committed = ts_path(area, language)
            fresh = Path(scratch) / f"{area}_{language}.ts"
            if committed.exists():
                shutil.copy(committed, fresh)
            run_lupdate(files, fresh, language)
            area = f"{area} ({language})" if language != "cy" else area
            before = {(m["source"], m["comment"]) for m in messages(committed)}
            for message in messages(fresh):
                key = (message["source"], message["comment"])
                label = repr(message["source"]) + (f" ({message['comment']})" if message["comment"] else "")
                if message["context"]:
                    found.append(f"{area}: {label} is in context {message['context']!r}: use the bare tr()")
                elif key not in before:
                    found.append(f"{area}: new string not yet in {committed.relative_to(ROOT)}: {label}")
                elif not message["finished"]:
                    found.append(f"{area}: no translation yet for {label}")
            after = {(m["source"], m["comment"]) for m in messages(fresh)}
            for source, _comment in sorted(before - after):
                found.append(f"{area}: {source!r} is no longer in the source: run tools/translations.py update")
    return found


def command_check(args: argparse.Namespace) -> int:
    found = problems()
    for line in found:
        print(line)
    print(f"{len(found)} problem(s)" if found else "translations complete")
    return 1 if found else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    update = commands.add_parser("update")
    update.add_argument("--area", choices=sorted(areas()))
    untranslated = commands.add_parser("untranslated")
    untranslated.add_argument("--area", choices=sorted(areas()), required=True)
    untranslated.add_argument("--language", choices=sorted(LOCALES), default="cy")
    fill = commands.add_parser("fill")
    fill.add_argument("--area", choices=sorted(areas()), required=True)
    fill.add_argument("--language", choices=sorted(LOCALES), default="cy")
    fill.add_argument("file")
    release_parser = commands.add_parser("release")
    release_parser.add_argument("--out")
    commands.add_parser("check")
    args = parser.parse_args(argv)
    handler = {"update": command_update, "untranslated": command_untranslated, "fill": command_fill,
               "release": command_release, "check": command_check}[args.command]
    return handler(args)


if __name__ == "__main__":
    sys.exit(main())
