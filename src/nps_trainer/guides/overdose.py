"""'Suspected overdose: what to do now': read from ``guides/overdose-now.yaml`` in the content folder (the bundled
one when an organisation's folder has none), checked by ``content check``, and laid out as HTML for the screen,
an A4 poster and a pocket card.

A Welsh copy, ``guides/overdose-now.cy.yaml`` beside the English, is shown when the language in use is Welsh: the
same fields, in Welsh, plus ``translation_reviewed``. It must have the same steps in the same order with the same
numbers as the English (999, seconds, rates, doses), so that a translation can never change what to do; a copy that
breaks a rule is reported and the English shown instead (:func:`load_guide_in`)."""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

import jinja2

from ..i18n import tr, tr_noop
from ..i18n.dates import long_date
from ..validation import Problem, read_utf8_file
from ..yaml_reader import LList, LMap, read_yaml

log = logging.getLogger(__name__)
GUIDE_FILE = Path("guides") / "overdose-now.yaml"
ENGLISH = "en"
TRANSLATIONS = ("cy",)  # languages the guide may have a copy in: guides/overdose-now.<language>.yaml
KEYS = {"title", "first", "steps", "after", "note", "source", "sources", "reviewed"}
TRANSLATION_KEYS = KEYS | {"translation_reviewed"}
NOT_REVIEWED = tr_noop("This translation has not yet been reviewed by a Welsh speaker.")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
MAX_STEPS = 12
MAX_TEXT = 400
Layout = Literal["screen", "poster", "card"]


@dataclass(frozen=True)
class Step:
    heading: str
    text: str


@dataclass(frozen=True)
class OverdoseGuide:
    title: str
    first: str
    steps: tuple[Step, ...]
    after: str
    note: str
    source: str
    sources: tuple[str, ...]
    reviewed: dt.date
    path: Path
    language: str = ENGLISH
    translation_reviewed: bool = True  # False for a copy whose file does not say a speaker reviewed it

    @property
    def unreviewed_translation(self) -> bool:
        """A copy no speaker of its language has reviewed yet: it says so wherever it is shown or printed."""
        return self.language != ENGLISH and not self.translation_reviewed


def guide_file(language: str = ENGLISH) -> Path:
    """The guide's file in a content folder, in ``language`` (``guides/overdose-now.cy.yaml`` for Welsh)."""
    return GUIDE_FILE if language == ENGLISH else GUIDE_FILE.with_name(f"overdose-now.{language}.yaml")


def translation_language(path: Path) -> str | None:
    """The language of a copy of the guide (``overdose-now.cy.yaml``), None for the English file."""
    parts = path.name.split(".")
    return parts[1] if len(parts) == 3 and parts[1] in TRANSLATIONS else None


def load_overdose_guide(path: Path, english: OverdoseGuide | None = None) -> tuple[OverdoseGuide | None, list[Problem]]:
    """The guide and its problems (``file:line: message``); None when it cannot be used. For a copy in another
    language (``overdose-now.cy.yaml``), ``english`` is the English guide it must match."""
    language = translation_language(path) or ENGLISH
    text, problems = read_utf8_file(path, unreadable=tr("cannot read the guide: {reason}"))
    if text is None:
        return None, problems
    document = read_yaml(text)
    problems = [Problem(path, p.line or 1, p.message) for p in document.problems]
    root = document.data
    if problems or not isinstance(root, LMap):
        return None, problems or [Problem(path, 1, tr("the guide must be a set of 'field: value' lines"))]

    def text(key: str, required: bool = True) -> str:
        value = root.get(key)
        if value is None and not required:
            return ""
        if not isinstance(value, str) or not value.strip():
            problems.append(Problem(path, root.line_of(key), tr("'{key}' must be text").format(key=key)))
            return ""
        if len(value) > MAX_TEXT:
            problems.append(Problem(path, root.line_of(key), tr("'{key}' is longer than {count} characters").format(
                key=key, count=MAX_TEXT)))
        return " ".join(value.split())

    known = KEYS if language == ENGLISH else TRANSLATION_KEYS
    for key in sorted(set(root) - known):
        expected = ", ".join(sorted(known))
        problems.append(Problem(path, root.line_of(key), tr("unknown field '{key}' (expected: {known})").format(
            key=key, known=expected)))
    title, first, after, note, source = text("title"), text("first"), text("after", False), text("note"), text("source")
    if first and "999" not in first:
        problems.append(Problem(path, root.line_of("first"), tr("'first' must tell the reader to call 999")))
    steps: list[Step] = []
    raw_steps = root.get("steps")
    if not isinstance(raw_steps, LList) or not raw_steps or len(raw_steps) > MAX_STEPS:
        problems.append(Problem(path, root.line_of("steps"), tr("'steps' must be a list of 1 to {count} steps").format(
            count=MAX_STEPS)))
    else:
        for index, step in enumerate(raw_steps):
            line = raw_steps.line_of(index)
            if not isinstance(step, LMap) or not all(isinstance(step.get(k), str) and step.get(k).strip()
                                                     for k in ("heading", "text")):
                problems.append(Problem(path, line, tr("step {number} needs a 'heading' and a 'text'").format(
                    number=index + 1)))
                continue
            steps.append(Step(" ".join(step["heading"].split()), " ".join(step["text"].split())))
    sources = root.get("sources")
    if not isinstance(sources, LList) or not sources or not all(isinstance(s, str) and s.strip() for s in sources):
        problems.append(Problem(path, root.line_of("sources"), tr("'sources' must list where the steps come from")))
        sources = []
    reviewed = root.get("reviewed")
    if not isinstance(reviewed, dt.date):
        problems.append(Problem(path, root.line_of("reviewed"), tr("'reviewed' must be a date such as 2026-12-06")))
    reviewed_by_speaker = True
    if language != ENGLISH:
        reviewed_by_speaker = root.get("translation_reviewed", False)
        if not isinstance(reviewed_by_speaker, bool):
            problems.append(Problem(path, root.line_of("translation_reviewed"), tr(
                "'translation_reviewed' must be true or false (got {value})").format(value=repr(reviewed_by_speaker))))
    if problems:
        return None, problems
    guide = OverdoseGuide(title, first, tuple(steps), after, note, source, tuple(sources), reviewed, path,
                          language, reviewed_by_speaker is True)
    if english is not None and language != ENGLISH:
        problems = _against_english(guide, english, root)
        if problems:
            return None, problems
    return guide, []


def _numbers(text: str) -> list[str]:
    return sorted(_NUMBER.findall(text))


def _listed(numbers: list[str]) -> str:
    return ", ".join(numbers) if numbers else tr("(none)")


def _against_english(copy: OverdoseGuide, english: OverdoseGuide, root: LMap) -> list[Problem]:
    """A copy has the English guide's steps, in order, and every number where the English has it."""
    path = copy.path
    problems: list[Problem] = []
    if len(copy.steps) != len(english.steps):
        problems.append(Problem(path, root.line_of("steps"), tr(
            "the translation has {count} steps but the English guide has {english}: keep one step for each "
            "English step, in the same order").format(count=len(copy.steps), english=len(english.steps))))
    if copy.source != english.source:
        problems.append(Problem(path, root.line_of("source"), tr(
            "'source' must be the English guide's ('{source}')").format(source=english.source)))
    raw_steps = root.get("steps")
    for key, own_text, original_text in (("first", copy.first, english.first), ("after", copy.after, english.after),
                                         ("note", copy.note, english.note)):
        own, original = _numbers(own_text), _numbers(original_text)
        if own != original:
            problems.append(Problem(path, root.line_of(key), tr(
                "'{key}' has the numbers {numbers} but the English has {english}: a translation must keep every "
                "number (999, times, rates, doses)").format(key=key, numbers=_listed(own), english=_listed(original))))
    if len(copy.steps) != len(english.steps):
        return problems  # steps out of step: comparing their numbers would only repeat the error above
    for index, (step, english_step) in enumerate(zip(copy.steps, english.steps, strict=True)):
        own, original = _numbers(f"{step.heading} {step.text}"), _numbers(f"{english_step.heading} {english_step.text}")
        if own != original:
            line = raw_steps.line_of(index) if isinstance(raw_steps, LList) else root.line_of("steps")
            problems.append(Problem(path, line, tr(
                "step {number} has the numbers {numbers} but the English has {english}: a translation must keep "
                "every number (999, times, rates, doses)").format(
                number=index + 1, numbers=_listed(own), english=_listed(original))))
    return problems


def load_guide_in(folder: Path, language: str = ENGLISH) -> tuple[OverdoseGuide | None, list[Problem]]:
    """The guide in ``folder`` (a content folder) in ``language`` where it has a usable copy in it, else in
    English; and the problems found on the way. None when not even the English can be used."""
    english, problems = load_overdose_guide(folder / GUIDE_FILE)
    copy_path = folder / guide_file(language)
    if english is None or language == ENGLISH or not copy_path.is_file():
        return english, problems
    copy, copy_problems = load_overdose_guide(copy_path, english)
    if copy is None:
        log.warning("The %s overdose guide %s has %d problem(s); showing the English", language, copy_path,
                    len(copy_problems))
        return english, problems + copy_problems
    return copy, problems


def choose_guide(own_folder: Path, bundled_folder: Path, language: str = ENGLISH) -> OverdoseGuide | None:
    """The guide to show: the organisation's own (``own_folder``) if it has a usable English guide, else the
    bundled one; each in ``language`` where its folder has a usable copy, else in English."""
    if own_folder.resolve() != bundled_folder.resolve() and (own_folder / GUIDE_FILE).is_file():
        guide, problems = load_guide_in(own_folder, language)
        if guide is not None:
            return guide
        log.warning("The content folder's overdose guide has %d problem(s); showing the bundled one", len(problems))
    return load_guide_in(bundled_folder, language)[0]


def check_guides(content_dir: Path) -> list[Problem]:
    """Problems in a content folder's guide and its copies in other languages, where it has them (``content
    check``)."""
    path = content_dir / GUIDE_FILE
    english, problems = load_overdose_guide(path) if path.is_file() else (None, [])
    for language in TRANSLATIONS:
        copy_path = content_dir / guide_file(language)
        if not copy_path.is_file():
            continue
        if not path.is_file():
            problems.append(Problem(copy_path, 1, tr("there is no English guide for this translation (it needs "
                                                     "{name} beside it)").format(name=GUIDE_FILE.name)))
        problems += load_overdose_guide(copy_path, english)[1]
    return problems


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(Path(__file__).with_name("templates")),
                              autoescape=True, trim_blocks=True, lstrip_blocks=True)


def guide_html(guide: OverdoseGuide, layout: Layout = "screen", base_pt: float = 11.0) -> str:
    """The guide as HTML: for the screen (large type), an A4 poster (larger still) or a pocket card (compact)."""
    scale = {"screen": 1.6, "poster": 2.0, "card": 0.85}[layout]
    return _environment().get_template("overdose.html.j2").render(
        guide=guide, layout=layout, body=round(base_pt * scale, 1),
        not_reviewed=tr(NOT_REVIEWED) if guide.unreviewed_translation else "",
        head=round(base_pt * scale * (1.2 if layout == "card" else 1.5), 1),
        footer=tr("Sources: {sources}. Reviewed {date}.").format(sources="; ".join(guide.sources),
                                                                 date=long_date(guide.reviewed)))
