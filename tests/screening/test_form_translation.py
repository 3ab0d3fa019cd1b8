"""Screening forms in Welsh: translation files beside the bundled forms give their words, never their logic.

Read from the real bundled files (screening/*.cy.yaml) and the real Welsh UI catalogue (translations/cy), without Qt.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from screening_helpers import BUNDLED_DIR, low_risk_answers

from nps_trainer import i18n
from nps_trainer.audit import AuditLog
from nps_trainer.i18n.catalogue import Catalogue
from nps_trainer.identity import KeyStore
from nps_trainer.identity.crypto import FAST_TEST_KDF
from nps_trainer.paths import translations_dir
from nps_trainer.profiles import ProfileService
from nps_trainer.screening import DECLINED, FormLibrary, evaluate_answers, validate_forms
from nps_trainer.screening.checks import load_form
from nps_trainer.screening.translation import (
    EnglishTexts,
    is_translation_file,
    localised,
    read_translation,
    translation_path,
)
from nps_trainer.screening_records import ScreeningStore
from nps_trainer.storage.database import open_database
from nps_trainer.validation import Severity

FORMS = sorted(p for p in BUNDLED_DIR.rglob("*.yaml") if not is_translation_file(p))
WELSH_FILES = sorted(p for p in BUNDLED_DIR.rglob("*.cy.yaml"))


def _line_of(path: Path, text: str) -> int:
    """The 1-based line of the only line of ``path`` containing ``text``."""
    lines = [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line]
    assert len(lines) == 1, (text, lines)
    return lines[0]


# -- loading ----------------------------------------------------------------------------------------------------------
def test_every_bundled_form_has_its_welsh_file_and_none_is_loaded_as_a_form() -> None:
    assert [translation_path(p, "cy") for p in FORMS] == WELSH_FILES
    assert len(FORMS) == 4  # the three current forms and version 1 of the screening
    library = FormLibrary.load(BUNDLED_DIR)
    assert sorted(library.forms) == [("drr-suitability", "1"), ("nps-screening", "1"), ("nps-screening", "2"),
                                     ("release-handover", "1")]


def test_a_form_loads_in_welsh_when_welsh_is_in_use(welsh) -> None:
    form = FormLibrary.load(BUNDLED_DIR).latest("nps-screening")
    assert form.language == "cy" and form.unreviewed_translation
    assert form.title == "Sgrinio defnyddio sylweddau sy'n ystyried NPS"
    assert form.summary_title == "Crynodeb o'r sgrinio defnyddio sylweddau"
    assert form.summary_date_label == "Dyddiad y sgrinio"
    assert [s.title for s in form.sections][:3] == ["Cydsyniad a rhannu gwybodaeth", "Patrwm defnyddio",
                                                    "Lefel y defnydd"]
    injecting = form.item("injecting_ever")
    assert injecting.label == "Ydyn nhw erioed wedi chwistrellu cyffuriau, hyd yn oed unwaith neu amser maith yn ôl?"
    assert [(c.id, c.label) for c in injecting.choices] == [
        ("current", "Ydyn - yn ystod y 4 wythnos diwethaf"),
        ("previous", "Ydyn - ond nid yn ystod y 4 wythnos diwethaf"), ("never", "Erioed")]
    assert injecting.constraints[0].message.startswith("Mae sylwedd wedi'i gofnodi fel un a chwistrellwyd")
    # a shared choice list, yes/no as the Welsh UI says them, a repeat group's own words, help and units
    assert form.item("category").choice_label("heroin") == "Heroin"
    assert form.item("category").choice_label("other") == "Rhywbeth arall"
    assert [c.label for c in form.item("pregnancy").choices] == ["Ie", "Na", "Ansicr neu dan amheuaeth"]
    assert (form.item("substances").label, form.item("substances").instance_label) == ("Sylweddau a ddefnyddiwyd",
                                                                                      "Sylwedd")
    assert form.item("days_used_28").unit == "diwrnod"
    assert form.item("naloxone_held").help.startswith("Gofynnir i unrhyw un")
    assert form.calculation("days_since_release").label == "Diwrnodau o'u rhyddhau hyd at y sgrinio"
    flag = form.flag("naloxone_needed")
    assert flag.title == "Cynnig naloxone neu gyfeirio ato"
    assert flag.action == ("Cynigiwch naloxone os oes gan eich swyddfa beth, neu cyfeiriwch nhw at y gwasanaeth "
                           "cyffuriau neu fferyllfa heddiw.")
    # only words change: the same ids, expressions, required and flags' rules as the English form
    english = load_form(BUNDLED_DIR / "nps-screening.yaml")
    assert form.key == english.key and form.item_ids() == english.item_ids()
    assert [(f.id, f.severity, f.when) for f in form.flags] == [(f.id, f.severity, f.when) for f in english.flags]
    assert [(i.id, i.required, i.visible_if, i.choice_ids) for s in form.sections for i in s.items] == [
        (i.id, i.required, i.visible_if, i.choice_ids) for s in english.sections for i in s.items]
    checklist = FormLibrary.load(BUNDLED_DIR).latest("release-handover")
    assert checklist.summary_date_label == "Dyddiad y rhestr wirio"
    assert checklist.flag("release_no_gp").title == "Cofrestru gyda meddyg teulu heb ei gadarnhau"


def test_english_is_the_form_itself() -> None:
    form = FormLibrary.load(BUNDLED_DIR).latest("nps-screening")
    assert form.language == "en" and not form.unreviewed_translation
    assert form.title == "NPS-aware substance use screening"
    assert form.item("pregnancy").choices[0].label == "Yes"
    assert localised(form, "en") is form


def test_the_same_answers_raise_the_same_flags_in_either_language(welsh) -> None:
    welsh_form = FormLibrary.load(BUNDLED_DIR).latest("nps-screening")
    english = load_form(BUNDLED_DIR / "nps-screening.yaml")
    answers = {**low_risk_answers(), "substances": [{"category": "heroin", "last_used": "today", "days_used_28": 25,
                                                     "routes": ["injected"]}],
               "naloxone_held": DECLINED, "injecting_ever": "current", "opioids_ever": True}
    in_welsh = evaluate_answers(welsh_form, answers, today=dt.date(2025, 3, 10))
    in_english = evaluate_answers(english, answers, today=dt.date(2025, 3, 10))
    assert in_welsh.flag_ids == in_english.flag_ids and "naloxone_needed" in in_welsh.flag_ids
    reason = next(f for f in in_welsh.flags if f.id == "naloxone_needed").reason
    assert "Ydyn nhw'n cario naloxone ac yn gwybod sut i'w ddefnyddio?" in reason, reason


# -- checking the files ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("form_path", FORMS, ids=lambda p: p.name)
def test_each_welsh_file_covers_every_text_of_its_form_and_names_only_its_ids(form_path: Path) -> None:
    """Completeness: a new English question, answer, flag or message without its Welsh fails here."""
    english = EnglishTexts.of(load_form(form_path))
    translation = read_translation(translation_path(form_path, "cy"), english)
    assert translation.problems == []
    assert translation.matches_form and translation.reviewed is False
    assert set(translation.texts) == set(english.texts)
    untranslated = [address for address, (welsh, _line) in translation.texts.items()
                    if welsh == english.texts[address] and welsh not in {"Heroin", "Alcohol", "GHB neu GBL", "£",
                                                                          "Chemsex"}]
    assert untranslated == []


def test_the_bundled_forms_and_their_welsh_check_clean() -> None:
    assert validate_forms(BUNDLED_DIR) == []


@pytest.fixture
def copied(tmp_path: Path) -> Path:
    """The current screening form and its Welsh in a folder of their own."""
    for name in ("nps-screening.yaml", "nps-screening.cy.yaml"):
        shutil.copy(BUNDLED_DIR / name, tmp_path / name)
    return tmp_path


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_wrong_ids_and_texts_are_reported_at_their_lines(copied: Path) -> None:
    welsh = copied / "nps-screening.cy.yaml"
    _replace(welsh, "  injecting_ever:\n", "  injecting_evr:\n")
    _replace(welsh, "  spice_use:\n", "  spice_usage:\n")
    _replace(welsh, '      not_asked_yet: "Heb ofyn eto"', '      not_asked: "Heb ofyn eto"')
    _replace(welsh, '    "no": "Na"\n    unsure:', '    no: "Na"\n    unsure:')
    _replace(welsh, '  pattern:\n    title: "Patrwm defnyddio"',
             '  pattern:\n    title: "Patrwm defnyddio"\n    description: "Nid oes gan y Saesneg ddisgrifiad yma."')
    _replace(welsh, '      - "Ni all dyddiad y sgrinio fod yn y dyfodol."\n',
             '      - "Ni all dyddiad y sgrinio fod yn y dyfodol."\n      - "Un yn ormod."\n')
    _replace(welsh, '  category:\n    label: "Sylwedd"',
             '  category:\n    label: "Sylwedd"\n    choices: {heroin: Heroin}')
    _replace(welsh, '    label: "Oed"\n', '    lable: "Oed"\n')
    problems = {(p.line, p.message) for p in validate_forms(copied) if p.severity is Severity.ERROR}
    line = lambda text: _line_of(welsh, text)  # noqa: E731
    assert problems == {
        (line("injecting_evr:"), "item 'injecting_evr' is not in the English form"),
        (line("spice_usage:"), "flag 'spice_usage' is not in the English form"),
        (line('not_asked: "Heb'), "item 'consent_share_drug_service' has no choice 'not_asked'"),
        (line('    no: "Na"'),
         "choice list 'yes_no_unsure' has no choice 'false' (a YAML key yes, no, on or off is read as true or "
         "false: write \"yes\" or \"no\" in quotes)"),
        (line("Nid oes gan y Saesneg"), "section 'pattern' description: the English form has no text here to "
                                        "translate"),
        (line("Ni all dyddiad y sgrinio fod yn y dyfodol.") - 1,
         "item 'screening_date': 'constraints' must be a list of 1 message(s), one for each of the English "
         "constraints in order"),
        (line("choices: {heroin: Heroin}"), "item 'category' takes its choices from the choice list "
                                            "'substance_categories': translate them under choice_lists"),
        (line('lable: "Oed"'), "item 'child_age': unknown key 'lable' (allowed: choices, constraints, help, "
                               "instance_label, label, unit)"),
    }
    assert all(str(p).startswith(f"{welsh}:") for p in validate_forms(copied) if p.severity is Severity.ERROR)


def test_a_translation_of_another_version_is_reported_and_not_used(copied: Path, welsh) -> None:
    path = copied / "nps-screening.cy.yaml"
    _replace(path, 'version: "2"', 'version: "1"')
    problems = [p for p in validate_forms(copied) if p.severity is Severity.ERROR]
    assert [(p.line, p.message) for p in problems] == [
        (_line_of(path, 'version: "1"'), "mae hwn yn cyfieithu'r ffurflen 'nps-screening' fersiwn 1, ond y ffurflen "
                                          "wrth ei ymyl (nps-screening.yaml) yw 'nps-screening' fersiwn 2: cyfieithwch "
                                          "y fersiwn honno")]  # in Welsh, as the command line says it
    form = FormLibrary.load(copied).latest("nps-screening")
    assert form.language == "en" and form.title == "NPS-aware substance use screening"


def test_a_new_english_question_without_welsh_is_reported_and_shown_in_english(copied: Path, welsh) -> None:
    _replace(copied / "nps-screening.yaml", "      - id: drug_service_name\n",
             "      - id: new_question\n        type: yes_no\n        label: A question added in English only?\n"
             "      - id: drug_service_name\n")
    problems = validate_forms(copied)
    assert [(p.severity, p.line, p.message) for p in problems] == [
        (Severity.WARNING, 1, "dim cyfieithiad ar gyfer eitem 'new_question', label: dangosir y Saesneg")]
    form = FormLibrary.load(copied).latest("nps-screening")
    assert form.item("new_question").label == "A question added in English only?"
    assert form.item("drug_service_name").label.startswith("Gwasanaeth cyffuriau")


def test_a_missing_text_is_reported_where_its_entry_is(copied: Path) -> None:
    path = copied / "nps-screening.cy.yaml"
    _replace(path, '    help: "Gofynnir i unrhyw un sydd erioed wedi defnyddio opioidau neu a ryddhawyd yn '
                   'ddiweddar."\n', "")
    assert [(p.severity, p.line, p.message) for p in validate_forms(copied)] == [
        (Severity.WARNING, _line_of(path, "  naloxone_held:"),
         "no translation for item 'naloxone_held' help: the English is shown")]


def test_a_translation_without_its_form_and_a_broken_one(tmp_path: Path) -> None:
    shutil.copy(BUNDLED_DIR / "nps-screening.yaml", tmp_path / "nps-screening.yaml")
    (tmp_path / "gone.cy.yaml").write_text("form: gone\nversion: '1'\n", encoding="utf-8")
    (tmp_path / "nps-screening.cy.yaml").write_text("form: nps-screening\nversion: '2'\ntitle: [oops\n",
                                                    encoding="utf-8")
    messages = [str(p) for p in validate_forms(tmp_path)]
    assert f"{tmp_path / 'gone.cy.yaml'}:1: a translation of gone.yaml, but there is no such form beside it" in messages
    assert any(m.startswith(f"{tmp_path / 'nps-screening.cy.yaml'}:") and "not valid YAML" in m for m in messages)
    # the app still opens the form, in English
    files = sorted((translations_dir() / i18n.WELSH).glob("*.ts"))
    i18n.use(i18n.WELSH, Catalogue.from_files(i18n.WELSH, files).translate)
    try:
        assert FormLibrary.load(tmp_path).latest("nps-screening").title == "NPS-aware substance use screening"
    finally:
        i18n.reset()


# -- records ----------------------------------------------------------------------------------------------------------
def test_a_record_made_in_welsh_opens_in_english_and_back(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'records.sqlite3'}", tmp_path / "backups")
    try:
        audit = AuditLog(db)
        keys = KeyStore(db, audit, FAST_TEST_KDF)
        profile = ProfileService(db).create("Sam", "practitioner")
        keyring = keys.set_passphrase(profile.id, "amber kettle over the moor")
        files = sorted((translations_dir() / i18n.WELSH).glob("*.ts"))
        i18n.use(i18n.WELSH, Catalogue.from_files(i18n.WELSH, files).translate)
        try:
            welsh_store = ScreeningStore(db, audit, FormLibrary.load(BUNDLED_DIR))
            opened = welsh_store.create(profile.id, keyring, "nps-screening", "A123456")
            assert opened.form.language == "cy"
            record = opened.record
            record.answers = {**low_risk_answers(), "naloxone_held": DECLINED, "opioids_ever": True,
                              "consent_share_drug_service": "not_asked_yet"}
            welsh_store.finalise(profile.id, keyring, record)
            in_welsh = welsh_store.open(profile.id, keyring, opened.id)
            assert in_welsh.form.language == "cy" and in_welsh.record.answers == record.answers
            welsh_flags = evaluate_answers(in_welsh.form, in_welsh.record.answers, today=dt.date(2025, 3, 10)).flag_ids
        finally:
            i18n.reset()
        english_store = ScreeningStore(db, audit, FormLibrary.load(BUNDLED_DIR))
        in_english = english_store.open(profile.id, keyring, opened.id)
        assert (in_english.record.form_id, in_english.record.form_version) == ("nps-screening", "2")
        assert in_english.form.language == "en" and in_english.record.answers == record.answers
        assert in_english.form.item("consent_share_drug_service").choice_label(
            in_english.record.answers["consent_share_drug_service"]) == "Not asked yet"
        english_flags = evaluate_answers(in_english.form, in_english.record.answers,
                                         today=dt.date(2025, 3, 10)).flag_ids
        assert english_flags == welsh_flags and {"naloxone_needed", "consent_not_asked"} <= set(english_flags)
        assert english_store.list(profile.id, keyring)[0].flags == welsh_store.list(profile.id, keyring)[0].flags
    finally:
        db.close()


def test_a_translation_must_say_which_form_and_version_it_translates(copied: Path) -> None:
    path = copied / "nps-screening.cy.yaml"
    _replace(path, 'form: nps-screening\nversion: "2"\n', "")
    problems = [(p.line, p.message) for p in validate_forms(copied) if p.severity is Severity.ERROR]
    assert problems == [(_line_of(path, "translation_reviewed:"), "a form translation needs 'form' and 'version': "
                         "the id and version of the form it translates ('nps-screening' version 2)")]
