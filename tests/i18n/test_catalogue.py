"""The command line's translation reader (Qt-free) must answer exactly as Qt's QTranslator does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from nps_trainer import i18n
from nps_trainer.i18n.catalogue import Catalogue, welsh_plural_form
from nps_trainer.i18n.release import find_lrelease
from nps_trainer.paths import translations_dir

WELSH_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n form(s)</source>
        <translation><numerusform>zero %n</numerusform><numerusform>one %n</numerusform>
        <numerusform>few %n</numerusform><numerusform>six %n</numerusform><numerusform>other %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>verb</comment>
        <translation>Agor</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation type="unfinished">Anorffenedig</translation>
    </message>
</context>
</TS>
"""


def _qt_translator(qapp, ts: Path, tmp_path: Path) -> QTranslator:
    import subprocess

    qm = tmp_path / (ts.stem + ".qm")
    subprocess.run([find_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator(qapp)
    assert translator.load(str(qm))
    return translator


def test_welsh_plural_forms_are_chosen_as_qt_chooses_them(qapp, tmp_path: Path) -> None:
    ts = tmp_path / "forms.ts"
    ts.write_text(WELSH_TS, encoding="utf-8")
    translator = _qt_translator(qapp, ts, tmp_path)
    catalogue = Catalogue.from_files("cy", [ts])
    qapp.installTranslator(translator)
    try:
        for n in range(0, 120):
            qt = QCoreApplication.translate("", "%n form(s)", "", n)
            assert catalogue.translate("%n form(s)", "", n) == qt, n
    finally:
        qapp.removeTranslator(translator)
    assert [welsh_plural_form(n) for n in (0, 1, 2, 3, 5, 6, 7, 11, 100)] == [0, 1, 2, 2, 2, 3, 4, 4, 4]


def test_a_disambiguated_or_unfinished_message(tmp_path: Path) -> None:
    ts = tmp_path / "forms.ts"
    ts.write_text(WELSH_TS, encoding="utf-8")
    catalogue = Catalogue.from_files("cy", [ts])
    assert catalogue.translate("Save") == "Cadw"
    assert catalogue.translate("Open", "verb") == "Agor"
    assert catalogue.translate("Open") == "Open"  # another disambiguation: not this message
    assert catalogue.translate("Unfinished") == "Unfinished"  # Qt shows the English of an unfinished one too
    assert catalogue.translate("Not there %n", None, 3) == "Not there 3"


@pytest.mark.parametrize("language", ["cy", "en"])
def test_every_committed_message_reads_the_same_from_the_ts_files_and_from_qt(qapp, language: str) -> None:
    """The app (Qt, .qm) and the command line (.ts) must show the same words for every string."""
    from nps_trainer.ui.translation import install

    folder = translations_dir()
    files = sorted((folder / language).glob("*.ts"))
    catalogue = Catalogue.from_files(language, files)
    assert install(language)
    compared = 0
    for key, text in catalogue.singular.items():
        assert i18n.tr(key[0], key[1] or None) == text
        compared += 1
    for key in catalogue.plural:
        for n in range(0, 13):
            assert i18n.tr(key[0], key[1] or None, n) == catalogue.translate(key[0], key[1] or None, n), (key, n)
        compared += 1
    assert compared == len(catalogue.singular) + len(catalogue.plural)
    if language == "cy":
        assert compared > 0, "no Welsh messages found"


def test_tr_is_english_until_a_language_is_chosen() -> None:
    assert i18n.language() == "en"
    assert i18n.tr("Save") == "Save"
    assert i18n.tr("%n record(s)", "", 3) == "3 record(s)"
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        i18n.use("fr", None)
