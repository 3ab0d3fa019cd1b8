"""The guide names the app's controls exactly as the app shows them, in English and in Welsh (issue 13).

Every **bold** phrase in a guide page names a control (a button, a field, a section, a menu item or a form), unless
it is a key (**Ctrl+N**) or one of the few words the guide bolds as a term (``TERMS``). A control's name must be a
string the app shows: an English ``tr()`` source for ``content/help/en/``, a Welsh translation from
``translations/cy/*.ts`` for ``content/help/cy/`` (or a screening form's title, in either language). Names are
compared without their ``&`` mnemonic, a trailing '…' or ':' and a trailing '(F5)'-style note; a menu path
(**File → Settings…**) is checked part by part. And where the English page bolds a control, the Welsh page bolds
that control's Welsh, so the two guides cannot drift apart either. A failure names the page, the line and the
phrase.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from nps_trainer.paths import bundled_content_dir, bundled_screening_dir, translations_dir

GUIDE = bundled_content_dir() / "help"
BOLD = re.compile(r"\*\*(.+?)\*\*", re.DOTALL)
_KEY_NAME = r"(?:F\d{1,2}|Tab|Space|Enter|Return|Esc|Backspace|Up|Down|Left|Right|Page Up|Page Down|[A-Z0-9])"
KEY = re.compile(rf"(?:(?:Ctrl|Alt|Shift|Cmd)\+)*{_KEY_NAME}|Alt|Ctrl|Shift")
# Bold words that name no control: terms being introduced, the lead words of a list, flag colours.
TERMS = {
    "en": {"If you are new and nobody has added you:", "If a manager added you:", "setup code",
           "recovery passphrase", "fingerprint", "Move a case", "Reset a passphrase", "red", "amber"},
    "cy": {"Os ydych yn newydd a does neb wedi eich ychwanegu:", "Os yw rheolwr wedi eich ychwanegu:", "cod gosod",
           "cyfrinymadrodd adfer", "ôl bys", "Symud achos", "Ailosod cyfrinymadrodd", "coch", "ambr"},
}


def normalise(text: str) -> str:
    """A name as a person reads it: no ``&`` mnemonic, tags, trailing '…', '...' or ':', or doubled spaces."""
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")
    text = re.sub(r"<[^>]+>", "", text)
    text = " ".join(text.split())
    return re.sub(r"\s*(?:…|\.\.\.|:)$", "", text).strip()


def variants(text: str) -> set[str]:
    """A shown text and, when it ends in a note in brackets ('Show room screen (F5)'), the text without it."""
    name = normalise(text)
    bare = normalise(re.sub(r"\s*\([^()]*\)$", "", name))
    return {name, bare} - {""}


def _ts_messages() -> list[tuple[str, list[str]]]:
    """(English source, its finished Welsh texts) for every message of every area."""
    found = []
    for ts in sorted((translations_dir() / "cy").glob("*.ts")):
        for message in ElementTree.parse(ts).getroot().iter("message"):
            translation = message.find("translation")
            texts: list[str] = []
            if translation is not None and translation.get("type") not in ("unfinished", "obsolete", "vanished"):
                if message.get("numerus") == "yes":
                    texts = [form.text or "" for form in translation.findall("numerusform")]
                elif translation.text:
                    texts = [translation.text]
            found.append((message.findtext("source") or "", texts))
    return found


def _form_titles(language: str) -> set[str]:
    """The titles of the bundled screening forms (``<form>.yaml``) or of their Welsh texts (``<form>.cy.yaml``)."""
    paths = bundled_screening_dir().glob("*.yaml")
    return {yaml.safe_load(path.read_text(encoding="utf-8"))["title"] for path in paths
            if path.name.endswith(".cy.yaml") == (language == "cy")}


MESSAGES = _ts_messages()
SHOWN = {
    "en": {name for source, _ in MESSAGES for name in variants(source)}
    | {name for title in _form_titles("en") for name in variants(title)},
    "cy": {name for _, texts in MESSAGES for text in texts for name in variants(text)}
    | {name for title in _form_titles("cy") for name in variants(title)},
}
WELSH_OF: dict[str, set[str]] = defaultdict(set)
for _source, _texts in MESSAGES:
    for _name in variants(_source):
        WELSH_OF[_name].update(name for text in _texts for name in variants(text))


def bold_phrases(path: Path) -> list[tuple[int, str]]:
    """Each bold phrase of a page (its lines joined) with the line it starts on."""
    text = path.read_text(encoding="utf-8")
    return [(text.count("\n", 0, match.start()) + 1, " ".join(match.group(1).split()))
            for match in BOLD.finditer(text)]


def names_a_control(phrase: str, language: str) -> bool:
    return not KEY.fullmatch(phrase) and phrase not in TERMS[language]


def wrong_names(path: Path, language: str) -> list[str]:
    """'page:line: phrase' for each bold control name the app does not show in that language."""
    found = []
    for line, phrase in bold_phrases(path):
        if not names_a_control(phrase, language):
            continue
        missing = [part for part in phrase.split(" → ") if not variants(part) & SHOWN[language]]
        if missing:
            found.append(f"{path.parent.name}/{path.name}:{line}: **{phrase}** is not a name the app shows"
                         f" (not shown: {'; '.join(missing)})")
    return found


def pages(language: str) -> list[Path]:
    return sorted((GUIDE / language).glob("*.md"))


@pytest.mark.parametrize("language", ["en", "cy"])
def test_every_bold_name_in_the_guide_is_a_name_the_app_shows(language: str) -> None:
    assert pages(language), f"no guide pages in {GUIDE / language}"
    found = [problem for path in pages(language) for problem in wrong_names(path, language)]
    assert found == [], "\n".join(found)


def test_the_welsh_page_names_each_control_the_english_page_names() -> None:
    found = []
    for english in pages("en"):
        welsh = GUIDE / "cy" / english.name
        welsh_names = {name for _, phrase in bold_phrases(welsh) for part in phrase.split(" → ")
                       for name in variants(part)}
        for line, phrase in bold_phrases(english):
            if not names_a_control(phrase, "en"):
                continue
            for part in phrase.split(" → "):
                expected = set().union(*(WELSH_OF.get(name, set()) for name in variants(part)))
                if expected and not expected & welsh_names:
                    found.append(f"cy/{english.name}: en/{english.name}:{line} names **{part}**; the Welsh page"
                                 f" should name it as the app does: {' or '.join(sorted(expected))}")
    assert found == [], "\n".join(found)


def test_a_name_the_app_does_not_show_is_reported(tmp_path: Path) -> None:
    page = tmp_path / "cy" / "today.md"
    page.parent.mkdir()
    page.write_text("---\nid: today\n---\nUnder **Wedi'i neilltuo i chi**, choose **Agor** (**Ctrl+1**), then\n"
                    "**Ffeil → Gosodiadau…** and **Stopio am nawr**; a **cod gosod** is a term.\n", encoding="utf-8")
    assert wrong_names(page, "cy") == [
        "cy/today.md:4: **Wedi'i neilltuo i chi** is not a name the app shows (not shown: Wedi'i neilltuo i chi)",
        "cy/today.md:5: **Stopio am nawr** is not a name the app shows (not shown: Stopio am nawr)",
    ]
    assert "Wedi'u haseinio i chi" in SHOWN["cy"] and "Stopio am y tro" in SHOWN["cy"]
    assert WELSH_OF["Assigned to you"] == {"Wedi'u haseinio i chi"}
