"""Screening forms in another language: a translation file beside the form, applied as an overlay of texts.

``nps-screening.cy.yaml`` beside ``nps-screening.yaml`` holds the Welsh for the words a person reads in that form
(titles, questions, help, answers, flags' titles and advice, validation messages), keyed by the ids of the English
form's sections, items, choices, choice lists, calculations and flags. It cannot change logic: ids, types,
expressions, values and flags' rules always come from the English file, so a record made in one language opens in
the other. Each text missing from the translation stays in English. Format: docs/screening-format.md ("Welsh").
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from nps_trainer import i18n
from nps_trainer.i18n import tr
from nps_trainer.screening.model import (
    DEFAULT_SUMMARY_DATE_LABEL,
    DEFAULT_SUMMARY_TITLE,
    Calculation,
    FormDefinition,
    Item,
    Section,
)
from nps_trainer.validation import Problem, ProblemLog, read_utf8_file
from nps_trainer.yaml_reader import LList, LMap, read_yaml

log = logging.getLogger(__name__)

#: The languages a form can be translated into (English is the form itself).
TRANSLATED_LANGUAGES = tuple(code for code in i18n.LANGUAGES if code != i18n.ENGLISH)
_TRANSLATION_NAME = re.compile(r"^(?P<stem>.+)\.(?P<language>[a-z]{2})\.(?P<suffix>ya?ml)$")

TOP_KEYS = frozenset({"form", "version", "translation_reviewed", "title", "description", "summary_title",
                      "summary_date_label", "choice_lists", "sections", "items", "calculations", "flags"})
FORM_TEXTS = ("title", "description", "summary_title", "summary_date_label")
SECTION_TEXTS = ("title", "description")
ITEM_TEXTS = ("label", "help", "unit", "instance_label")
ITEM_KEYS = frozenset({*ITEM_TEXTS, "choices", "constraints"})
FLAG_TEXTS = ("title", "explanation", "action")

Address = tuple[str | int, ...]  # where a text sits, e.g. ("items", "injecting_ever", "choices", "current")


def translation_language(path: Path) -> str | None:
    """The language of a translation file (``"cy"`` for ``nps-screening.cy.yaml``), None for a form file."""
    match = _TRANSLATION_NAME.match(path.name)
    if match is None or match.group("language") not in TRANSLATED_LANGUAGES:
        return None
    return match.group("language")


def is_translation_file(path: Path) -> bool:
    return translation_language(path) is not None


def english_path(path: Path) -> Path:
    """The form a translation file translates: ``x.cy.yaml`` -> ``x.yaml`` in the same folder."""
    match = _TRANSLATION_NAME.match(path.name)
    assert match is not None, path
    return path.with_name(f"{match.group('stem')}.{match.group('suffix')}")


def translation_path(form_path: Path, language: str) -> Path:
    """Where the ``language`` translation of the form in ``form_path`` lives: ``x.yaml`` -> ``x.cy.yaml``."""
    return form_path.with_name(f"{form_path.stem}.{language}{form_path.suffix}")


# -- the English texts -----------------------------------------------------------------------------------------
@dataclass
class EnglishTexts:
    """Every text a person reads in a form, by address, and what the form has (for checking a translation)."""

    form: FormDefinition
    texts: dict[Address, str] = field(default_factory=dict)
    list_of: dict[str, str] = field(default_factory=dict)  # item id -> the choice list it takes its choices from
    lists: dict[str, dict[str, str]] = field(default_factory=dict)  # choice list -> choice id -> label
    calculations: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, form: FormDefinition, raw: Any = None) -> EnglishTexts:
        """The texts of ``form``; ``raw`` is its YAML as read (read again from ``form.path`` when not given),
        needed only to know which choice lists the items use."""
        if raw is None and form.path is not None:
            raw = read_yaml(form.path.read_text(encoding="utf-8")).data
        english = cls(form)
        english._choice_lists(raw if isinstance(raw, LMap) else LMap(0))
        texts = english.texts
        for key in FORM_TEXTS:
            texts[(key,)] = str(getattr(form, key))
        for section in form.sections:
            for key in SECTION_TEXTS:
                texts[("sections", section.id, key)] = getattr(section, key)
            for item in section.items:
                english._item(item)
        for calc in form.calculations:
            english._calculation(calc)
        for rule in form.flags:
            for key in FLAG_TEXTS:
                texts[("flags", rule.id, key)] = getattr(rule, key)
        english.texts = {address: text for address, text in texts.items() if text}
        return english

    def _choice_lists(self, raw: LMap) -> None:
        lists = raw.get("choice_lists")
        if isinstance(lists, LMap):
            for name, entries in lists.items():
                choices = [e for e in entries if isinstance(e, LMap)] if isinstance(entries, LList) else []
                self.lists[name] = {str(c.get("id")): _label_text(c.get("label")) for c in choices}
                for cid, label in self.lists[name].items():
                    self.texts[("choice_lists", name, cid)] = label
        for item in _raw_items(raw):
            if isinstance(item.get("choices"), str):
                self.list_of[str(item.get("id"))] = item["choices"]

    def _item(self, item: Item) -> None:
        for key in ITEM_TEXTS:
            self.texts[("items", item.id, key)] = getattr(item, key)
        if item.id not in self.list_of:
            for choice in item.choices:
                self.texts[("items", item.id, "choices", choice.id)] = choice.label
        for index, constraint in enumerate(item.constraints):
            self.texts[("items", item.id, "constraints", index)] = constraint.message
        for child in item.items:
            self._item(child)
        for calc in item.calculations:
            self._calculation(calc)

    def _calculation(self, calc: Calculation) -> None:
        self.calculations.add(calc.id)
        if calc.label != calc.id:  # a calculation without a label is named by its id, which is not translated
            self.texts[("calculations", calc.id)] = calc.label


def _raw_items(raw: LMap) -> Iterator[LMap]:
    sections = raw.get("sections")
    for section in sections if isinstance(sections, LList) else ():
        items = section.get("items") if isinstance(section, LMap) else None
        for item in items if isinstance(items, LList) else ():
            if isinstance(item, LMap):
                yield item
                children = item.get("items")
                yield from (c for c in (children if isinstance(children, LList) else ()) if isinstance(c, LMap))


# -- reading a translation ---------------------------------------------------------------------------------------
@dataclass
class Translation:
    """A translation file as read against its English form: the texts it gives (by address, with their lines),
    whether a Welsh speaker has reviewed it, and what is wrong with it."""

    path: Path
    language: str
    texts: dict[Address, tuple[str, int]] = field(default_factory=dict)
    reviewed: bool = False
    matches_form: bool = False  # names the English form's id and version
    problems: list[Problem] = field(default_factory=list)


class _Reader(ProblemLog):
    def __init__(self, path: Path, english: EnglishTexts) -> None:
        super().__init__(path)
        self.english = english
        self.form = english.form
        self.texts: dict[Address, tuple[str, int]] = {}
        self.entry_lines: dict[Address, int] = {(): 1}  # where each id's entry is, for 'missing' warnings

    def text(self, address: Address, value: Any, line: int, what: str) -> None:
        if not isinstance(value, str) or not value.strip():
            self.error(line, tr("{what}: must be text").format(what=what))
            return
        if address not in self.english.texts:
            self.error(line, tr("{what}: the English form has no text here to translate").format(what=what))
            return
        self.texts[address] = (value.strip(), line)

    def mapping(self, data: LMap, key: str) -> LMap:
        value = data.get(key)
        if value is None:
            return LMap(data.line_of(key))
        if not isinstance(value, LMap):
            self.error(data.line_of(key), tr("'{key}' must be a mapping of ids to their texts").format(key=key))
            return LMap(data.line_of(key))
        return value

    def keys(self, data: LMap, allowed: tuple[str, ...] | frozenset[str], what: str) -> None:
        for key in data:
            if key not in allowed:
                self.error(data.line_of(key), tr("{what}: unknown key '{key}' (allowed: {allowed})").format(
                    what=what, key=key, allowed=", ".join(sorted(allowed))))

    def read(self, data: LMap) -> None:
        self.keys(data, TOP_KEYS, tr("translation", "a screening form's translation file, naming it in a message"))
        for key in FORM_TEXTS:
            if key in data:
                self.text((key,), data[key], data.line_of(key), tr("form {key}").format(key=key))
        self._sections(self.mapping(data, "sections"))
        self._items(self.mapping(data, "items"))
        self._choice_lists(self.mapping(data, "choice_lists"))
        calcs = self.mapping(data, "calculations")
        for cid, value in calcs.items():
            what = tr("calculation '{id}'").format(id=cid)
            if cid not in self.english.calculations:
                self.error(calcs.line_of(cid), tr("{what} is not in the English form").format(what=what))
            else:
                self.text(("calculations", cid), value, calcs.line_of(cid), what)
        flags = self.mapping(data, "flags")
        known_flags = {rule.id for rule in self.form.flags}
        for fid in flags:
            what = tr("flag '{id}'").format(id=fid)
            entry = self._entry(flags, fid, ("flags", fid), FLAG_TEXTS, what, fid in known_flags)
            if entry is not None:
                self.keys(entry, FLAG_TEXTS, what)

    def _entry(self, parent: LMap, ident: str, address: Address, texts: tuple[str, ...], what: str,
               known: bool) -> LMap | None:
        """The mapping of texts for one id, its texts read; None when the id is unknown or the entry is not a
        mapping (reported)."""
        line = parent.line_of(ident)
        entry = parent[ident]
        if not known:
            self.error(line, tr("{what} is not in the English form").format(what=what))
            return None
        if not isinstance(entry, LMap):
            self.error(line, tr("{what}: must be a mapping of {keys} to their translations").format(
                what=what, keys=", ".join(texts)))
            return None
        self.entry_lines[address] = line
        for key in texts:
            if key in entry:
                self.text((*address, key), entry[key], entry.line_of(key),
                          tr("{what} {key}", "e.g. item 'age' label").format(what=what, key=key))
        return entry

    def _sections(self, sections: LMap) -> None:
        known = {section.id for section in self.form.sections}
        for sid in sections:
            what = tr("section '{id}'").format(id=sid)
            entry = self._entry(sections, sid, ("sections", sid), SECTION_TEXTS, what, sid in known)
            if entry is not None:
                self.keys(entry, SECTION_TEXTS, what)

    def _items(self, items: LMap) -> None:
        for iid in items:
            known = self.form.has_item(iid)
            what = tr("item '{id}'").format(id=iid)
            entry = self._entry(items, iid, ("items", iid), ITEM_TEXTS, what, known)
            if entry is None:
                continue
            self.keys(entry, ITEM_KEYS, what)
            item = self.form.item(iid)
            if "choices" in entry:
                self._item_choices(item, entry)
            if "constraints" in entry:
                self._constraints(item, entry)

    def _item_choices(self, item: Item, entry: LMap) -> None:
        line, what = entry.line_of("choices"), tr("item '{id}'").format(id=item.id)
        if item.id in self.english.list_of:
            self.error(line, tr("item '{id}' takes its choices from the choice list '{list}': translate them under "
                                "choice_lists").format(id=item.id, list=self.english.list_of[item.id]))
            return
        choices = entry["choices"]
        if not isinstance(choices, LMap):
            self.error(line, tr("item '{id}': 'choices' must be a mapping of choice ids to their labels").format(
                id=item.id))
            return
        self._choices(choices, item.choice_ids, ("items", item.id, "choices"), what)

    def _choices(self, choices: LMap, known: frozenset[str] | set[str], address: Address, what: str) -> None:
        self.entry_lines[address] = choices.line
        for cid, label in choices.items():
            if cid not in known and cid in ("true", "false"):  # a YAML key yes, no, on or off
                self.error(choices.line_of(cid), tr(
                    "{what} has no choice '{choice}' (a YAML key yes, no, on or off is read as true or false: write "
                    "\"yes\" or \"no\" in quotes)").format(what=what, choice=cid))
            elif cid not in known:
                self.error(choices.line_of(cid), tr("{what} has no choice '{choice}'").format(what=what, choice=cid))
            else:
                self.text((*address, cid), label, choices.line_of(cid),
                          tr("{what} choice '{choice}'").format(what=what, choice=cid))

    def _constraints(self, item: Item, entry: LMap) -> None:
        messages, line = entry["constraints"], entry.line_of("constraints")
        count = len(item.constraints)
        if not isinstance(messages, LList) or len(messages) != count:
            self.error(line, tr("item '{id}': 'constraints' must be a list of {count} message(s), one for each of "
                                "the English constraints in order").format(id=item.id, count=count))
            return
        for index, message in enumerate(messages):
            self.text(("items", item.id, "constraints", index), message, messages.line_of(index),
                      tr("item '{id}' constraint {number}").format(id=item.id, number=index + 1))

    def _choice_lists(self, lists: LMap) -> None:
        for name, choices in lists.items():
            what = tr("choice list '{name}'").format(name=name)
            if name not in self.english.lists:
                self.error(lists.line_of(name), tr("{what} is not in the English form").format(what=what))
            elif not isinstance(choices, LMap):
                self.error(lists.line_of(name), tr("{what}: must be a mapping of choice ids to their labels").format(
                    what=what))
            else:
                self._choices(choices, set(self.english.lists[name]), ("choice_lists", name), what)

    def missing(self) -> None:
        """A warning for each English text without a translation, at the entry where it would go."""
        for address in self.english.texts:
            if address in self.texts:
                continue
            where = address[:-1]
            while where and where not in self.entry_lines:
                where = where[:-1]
            self.warn(self.entry_lines.get(where, 1), tr("no translation for {what}: the English is shown").format(
                what=_describe(address)))


def _describe(address: Address) -> str:
    """Where a text goes, for a message: "item 'age' label", "the form's title" (the keys stay as in the file)."""
    kind = address[0]
    if len(address) == 1:
        return tr("the form's {key}").format(key=kind)
    if kind == "sections":
        what = tr("section '{id}'").format(id=address[1])
    elif kind == "calculations":
        what = tr("calculation '{id}'").format(id=address[1])
        return tr("{what} {key}", "e.g. item 'age' label").format(what=what, key="label")
    elif kind == "flags":
        what = tr("flag '{id}'").format(id=address[1])
    elif kind == "choice_lists":
        what = tr("choice list '{name}'").format(name=address[1])
        return tr("{what} choice '{choice}'").format(what=what, choice=address[2])
    elif address[2] == "choices":
        what = tr("item '{id}'").format(id=address[1])
        return tr("{what} choice '{choice}'").format(what=what, choice=address[3])
    elif address[2] == "constraints":
        return tr("item '{id}' constraint {number}").format(id=address[1], number=int(address[3]) + 1)
    else:
        what = tr("item '{id}'").format(id=address[1])
    return tr("{what} {key}", "e.g. item 'age' label").format(what=what, key=address[2])


def read_translation(path: Path, english: EnglishTexts, *, report_missing: bool = True) -> Translation:
    """Read the translation in ``path`` against ``english``. Unknown ids and keys, texts the English form does not
    have, and a form id or version other than the English one's are errors; with ``report_missing``, each English
    text left untranslated is a warning."""
    language = translation_language(path) or ""
    translation = Translation(path, language)
    text, problems = read_utf8_file(path)
    if text is None:
        translation.problems.extend(problems)
        return translation
    loaded = read_yaml(text)
    reader = _Reader(path, english)
    for problem in loaded.problems:
        reader.error(problem.line, problem.message)
    data = loaded.data
    if not isinstance(data, LMap):
        if loaded.readable:
            reader.error(1, tr("a form translation must be a mapping with form, version and the translated texts"))
        translation.problems = reader.problems
        return translation
    form = english.form
    found_id, written = data.get("form"), data.get("version")
    found_version = str(written) if isinstance(written, int | float) and not isinstance(written, bool) else written
    unreadable = written is None and any(p.line == data.line_of("version") for p in reader.problems)
    if "form" not in data or "version" not in data:
        reader.error(data.line, tr("a form translation needs 'form' and 'version': the id and version of the form "
                                   "it translates ('{form}' version {version})").format(form=form.id,
                                                                                       version=form.version))
    elif unreadable:
        pass  # a value YAML cannot read (2025-02-30): already reported at its line, and the translation is not used
    elif found_id == form.id and found_version != form.version and _unquoted(written, form.version):
        reader.error(data.line_of("version"), tr("'version' must be text: write it in quotes, as the form does "
                                                 "(version: \"{version}\")").format(version=form.version))
    elif found_id != form.id or found_version != form.version:
        reader.error(data.line_of("version") if found_id == form.id else data.line_of("form"),
                     tr("this translates form '{found}' version {found_version}, but the form beside it ({file}) is "
                        "'{form}' version {version}: translate that version").format(
                         found=found_id, found_version=found_version, file=english_path(path).name, form=form.id,
                         version=form.version))
    else:
        translation.matches_form = True
    reviewed = data.get("translation_reviewed", False)
    if not isinstance(reviewed, bool):
        reader.error(data.line_of("translation_reviewed"), tr("'translation_reviewed' must be true or false"))
        reviewed = False
    translation.reviewed = reviewed
    reader.read(data)
    if report_missing:
        reader.missing()
    translation.texts = reader.texts
    translation.problems = reader.problems
    return translation


def _unquoted(written: Any, version: str) -> bool:
    """Whether YAML read a translation's version, written without quotes, as something other than the form's
    version text: 2025-01-01 as a date, true as a flag, 1.10 as the number 1.1 (a version: 3 for the form's "3"
    matches as it is)."""
    if isinstance(written, str):
        return False
    if isinstance(written, bool) or not isinstance(written, int | float):
        return True
    try:
        return float(version) == written
    except ValueError:
        return False


def _label_text(label: Any) -> str:
    """A shared choice's label as the form shows it: a label written as a number (``label: 0``) is that number's
    text, not nothing; a missing one is nothing (the form reports it)."""
    return "" if label is None else str(label).strip()


def check_translation(path: Path, form: FormDefinition) -> list[Problem]:
    """Every problem in the translation file ``path`` of ``form`` (for ``validate_forms``)."""
    return read_translation(path, EnglishTexts.of(form)).problems


# -- using a translation -----------------------------------------------------------------------------------------
def localised(form: FormDefinition, language: str | None = None) -> FormDefinition:
    """``form`` in ``language`` (the language in use when not given): a copy with the translated texts where its
    translation file has them, English elsewhere; ``form`` itself in English or when there is no usable
    translation. A translation of another form or version is not used (``content check`` reports it)."""
    language = language or i18n.language()
    if language == i18n.ENGLISH or form.path is None:
        return form
    path = translation_path(form.path, language)
    if not path.is_file():
        return form
    try:
        english = EnglishTexts.of(form)
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("screening form %s could not be read again to translate it: %s", form.path, exc)
        return form
    translation = read_translation(path, english, report_missing=False)
    if not translation.matches_form:
        log.warning("screening form translation %s not used: %s", path,
                    "; ".join(str(p) for p in translation.problems))
        return form
    return apply_translation(form, english, translation)


def apply_translation(form: FormDefinition, english: EnglishTexts, translation: Translation) -> FormDefinition:
    """A copy of ``form`` with the texts of ``translation`` in place of the English (ids, expressions and
    everything else unchanged)."""
    texts = {address: text for address, (text, _line) in translation.texts.items() if address in english.texts}

    def text(address: Address, default: str) -> str:
        return texts.get(address, default)

    def choice_address(item: Item, choice_id: str) -> Address:
        name = english.list_of.get(item.id)
        return ("choice_lists", name, choice_id) if name else ("items", item.id, "choices", choice_id)

    def calculation(calc: Calculation) -> Calculation:
        return replace(calc, label=text(("calculations", calc.id), calc.label))

    def item(entry: Item) -> Item:
        here: Address = ("items", entry.id)
        return replace(
            entry,
            **{key: text((*here, key), getattr(entry, key)) for key in ITEM_TEXTS},
            choices=tuple(replace(c, label=text(choice_address(entry, c.id), c.label)) for c in entry.choices),
            constraints=tuple(replace(c, message=text((*here, "constraints", index), c.message))
                              for index, c in enumerate(entry.constraints)),
            items=tuple(item(child) for child in entry.items),
            calculations=tuple(calculation(calc) for calc in entry.calculations),
        )

    def section(entry: Section) -> Section:
        here: Address = ("sections", entry.id)
        return replace(entry, **{key: text((*here, key), getattr(entry, key)) for key in SECTION_TEXTS},
                       items=tuple(item(i) for i in entry.items))

    return replace(
        form,
        title=text(("title",), form.title),
        description=text(("description",), form.description),
        summary_title=text(("summary_title",), form.summary_title or DEFAULT_SUMMARY_TITLE),
        summary_date_label=text(("summary_date_label",), form.summary_date_label or DEFAULT_SUMMARY_DATE_LABEL),
        sections=tuple(section(s) for s in form.sections),
        calculations=tuple(calculation(c) for c in form.calculations),
        flags=tuple(replace(rule, **{key: text(("flags", rule.id, key), getattr(rule, key)) for key in FLAG_TEXTS})
                    for rule in form.flags),
        language=translation.language,
        translation_reviewed=translation.reviewed,
    )
