"""The translation files agree with each other and with their English (docs/translation.md).

Every area shares the empty context, so when two areas hold the same English (and disambiguation) with different
Welsh, ``lrelease`` keeps only one of them and the command line (which reads the ``.ts`` files in another order)
may show the other: the same English must have the same translation everywhere, or a disambiguation comment.
Each translation also keeps what the code relies on: the ``{name}``, ``%n`` and ``%1`` placeholders that are
filled in, the HTML tags of rich text, and the one keyboard mnemonic of a label that has one. And the Welsh uses
the glossary's words (docs/translation.md), not a variant that another area's translator chose.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ElementTree
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from translations import areas, messages, ts_path  # noqa: E402

LANGUAGES = ("cy", "en")
NAMED = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
NUMBERED = re.compile(r"%(?:n|[1-9])")
TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^<>]*>")
# A keyboard mnemonic: one '&' before a letter or digit; '&&' is a literal ampersand, '&amp;' an HTML entity.
MNEMONIC = re.compile(r"(?<!&)&(?!&)(?![A-Za-z]+;|#[0-9]+;)(?=\S)")


def all_messages(language: str) -> list[tuple[str, dict]]:
    return [(area, message) for area in areas() for message in messages(ts_path(area, language))]


def notes(language: str) -> dict[tuple[str, str, str], str]:
    """The translator's note (``#:`` in the code, ``extracomment`` in the file) of each message, by area."""
    found = {}
    for area in areas():
        path = ts_path(area, language)
        if path.exists():
            for message in ElementTree.parse(path).getroot().iter("message"):
                found[(area, message.findtext("source") or "", message.findtext("comment") or "")] = (
                    message.findtext("extracomment") or "")
    return found


def texts(message: dict) -> list[str]:
    return list(message["forms"]) if message["numerus"] else [message["translation"]]


def label(area: str, message: dict) -> str:
    comment = f" ({message['comment']})" if message["comment"] else ""
    return f"{area}: {message['source']!r}{comment}"


def mnemonics(text: str) -> int:
    return len(MNEMONIC.findall(text))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_same_english_has_the_same_translation_in_every_area(language) -> None:
    found: dict[tuple[str, str], dict[str, tuple[str, ...]]] = defaultdict(dict)
    for area, message in all_messages(language):
        if message["finished"]:  # an unfinished one is left out by lrelease (and reported by the check)
            found[(message["source"], message["comment"])][area] = tuple(texts(message))
    conflicts = [
        f"{source!r}" + (f" ({comment})" if comment else "") + ": "
        + "; ".join(f"{area} {' | '.join(text)!r}" for area, text in by_area.items())
        for (source, comment), by_area in found.items() if len(set(by_area.values())) > 1
    ]
    assert not conflicts, ("the same English is translated differently in two areas (choose one wording, or give "
                           "one call a disambiguation comment):\n" + "\n".join(conflicts))


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_tags_and_mnemonics(language) -> None:
    problems = []
    noted = notes(language)
    for area, message in all_messages(language):
        if not message["finished"]:
            continue  # unfinished: reported by tools/translations.py check (test_strings_are_translated)
        source = message["source"]
        forms = texts(message)
        if not forms or not all(text.strip() for text in forms):
            problems.append(f"{label(area, message)}: an empty translation")
            continue
        for index, text in enumerate(forms):
            where = label(area, message) + (f" form {index + 1}" if message["numerus"] else "")
            # A placeholder may be repeated, never lost or invented; one the note offers instead ('{a_type} is the
            # type with a or an, {type} the type alone') may stand for one of the English's.
            english, used = set(NAMED.findall(source)), set(NAMED.findall(text))
            offered = set(NAMED.findall(noted.get((area, source, message["comment"]), ""))) - english
            if not used <= english | offered or not english <= used | (offered and english):
                problems.append(f"{where}: placeholders {sorted(english)} in the English, {sorted(used)} in {text!r}")
            wanted = set(NUMBERED.findall(source))
            got = set(NUMBERED.findall(text))
            if message["numerus"] and language == "cy" and index <= 1:
                wanted.discard("%n")  # Welsh's forms for 0 and 1 may say 'none' or 'the question' in words
            if message["numerus"] and language == "en" and index == 0:
                wanted.discard("%n")  # English's form for 1 may say 'one' in words
            if not wanted <= got or not got <= set(NUMBERED.findall(source)):
                problems.append(f"{where}: {sorted(set(NUMBERED.findall(source)))} in the English, "
                                f"{sorted(got)} in {text!r}")
            if sorted(TAG.findall(text)) != sorted(TAG.findall(source)):
                problems.append(f"{where}: HTML tags {sorted(TAG.findall(source))} in the English, "
                                f"{sorted(TAG.findall(text))} in {text!r}")
            if mnemonics(text) != min(mnemonics(source), 1):  # one when the English has one, else none
                problems.append(f"{where}: the English has {mnemonics(source)} '&' mnemonic(s), {text!r} has "
                                f"{mnemonics(text)}")
    assert not problems, "\n".join(problems)


def test_the_checks_catch_what_they_are_for() -> None:
    """The patterns above find what they must (so a passing test means something)."""
    assert mnemonics("&Save") == 1 and mnemonics("Save && close") == 0 and mnemonics("a &amp; b") == 0
    assert mnemonics("Ne&wid yr &allwedd") == 2 and mnemonics("Cadw") == 0
    assert TAG.findall('<p>Hi <a href="x">there</a></p>') == ["p", "a", "a", "p"]
    assert NAMED.findall("Saved {name} at {time}.") == ["{name}", "{time}"]
    assert NUMBERED.findall("%n records, %1 and 100%") == ["%n", "%1"]
    assert len(variants("Ca&nslo'r aseiniad; wedi'i ganslo; y gwa&sanaeth cyffuriau; Ddim yn siŵr")) == 3
    assert variants("Diddymu'r aseiniad; gwasanaeth camddefnyddio sylweddau; Ansicr; Canolfan") == []


# Words the glossary settles (docs/translation.md, "Welsh words"): a variant that crept back in, and what to use.
VARIANTS = {
    r"\b(c|g|ngh)ansl": "Diddymu / diddymu (Qt's own Cancel button says Diddymu)",
    r"\bg?wasanaeth(au)? cyffuriau": "gwasanaeth camddefnyddio sylweddau",
    r"\bDdim yn siŵr\b": "Ansicr (the certainty label)",
    r"\byn ôl sicrwydd": "ar sail sicrwydd (certainty-based)",
}


def variants(text: str) -> list[str]:
    """What ``text`` should say instead, for each glossary variant in it (mnemonics do not hide one)."""
    plain = text.replace("&&", "\0").replace("&", "")
    return [advice for pattern, advice in VARIANTS.items() if re.search(pattern, plain, re.IGNORECASE)]


def test_the_glossary_words_are_used_everywhere() -> None:
    problems = []
    for area, message in all_messages("cy"):
        for text in texts(message):
            problems += [f"{label(area, message)}: {text!r}: use {advice}" for advice in variants(text)]
    assert not problems, "\n".join(problems)
