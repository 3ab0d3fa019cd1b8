"""The screening page in Welsh shows the form's Welsh words, says the translation is not yet reviewed, and prints a
Welsh summary PDF; the same record then opens in English. Real widgets, a real SQLite file and pdftotext."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from tests.ui.conftest import shown_messages  # noqa: F401  (message boxes recorded, not shown)
from tests.ui.screening_helpers import (
    CASE_REFERENCE,
    choose,
    fast_keys,
    go_to_section,
    press,
    shown_section,
    tab_to,
    unlock,
)

from nps_trainer import i18n
from nps_trainer.i18n.catalogue import Catalogue
from nps_trainer.paths import UserPaths, translations_dir
from nps_trainer.services import Services, build_services
from nps_trainer.ui.documents import pdf

NOT_REVIEWED_CY = "Nid yw siaradwr Cymraeg wedi adolygu'r cyfieithiad hwn eto."


@pytest.fixture
def services(user_paths: UserPaths) -> Iterator[Services]:
    built = build_services(user_paths)
    fast_keys(built)
    yield built
    built.close()


def _use_welsh() -> None:
    files = sorted((translations_dir() / i18n.WELSH).glob("*.ts"))
    i18n.use(i18n.WELSH, Catalogue.from_files(i18n.WELSH, files).translate)


def _rows(page) -> dict:
    return {path: row for view in page.views for path, row in page._all_rows(view).items()}


def _start(qtbot, section):
    unlock(qtbot, section)
    page = section.area.list_page
    qtbot.keyClicks(page.new_reference, CASE_REFERENCE)
    qtbot.keyClick(page.new_reference, Qt.Key.Key_Return)
    return section.area.form_page


@pytest.mark.usefixtures("shown_messages")
def test_a_screening_in_welsh_shows_welsh_words_the_note_and_a_welsh_pdf(qtbot, user_paths, monkeypatch,
                                                                           tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    _use_welsh()
    try:
        services = build_services(user_paths)
        fast_keys(services)
        profile = services.profiles.create("Sam K.", "practitioner")
        section = shown_section(qtbot, services, profile)
        page = _start(qtbot, section)
        assert page.editor.form.language == "cy"
        assert page.translation_note.isVisibleTo(page) and page.translation_note.text() == NOT_REVIEWED_CY
        assert page.translation_note.accessibleName() == NOT_REVIEWED_CY
        titles = [page.section_list.item(i).text().split("\n")[0] for i in range(page.section_list.count())]
        assert titles[:3] == ["Cydsyniad a rhannu gwybodaeth", "Patrwm defnyddio", "Lefel y defnydd"]

        rows = _rows(page)
        go_to_section(qtbot, page, "Iechyd ac amgylchiadau")
        combo = rows["housing"].input.combo
        shown = [combo.itemText(i) for i in range(combo.count())]
        assert shown.index("Sefydlog") < shown.index("Dros dro (ffrindiau, syrffio soffa)") < shown.index(
            "Hostel neu eiddo cymeradwy") < shown.index("Cysgu allan")
        assert "Settled" not in shown and "Rough sleeping" not in shown
        choose(qtbot, combo, "Cysgu allan")
        assert page.editor.record.answers["housing"] == "rough_sleeping"  # stored as the choice id
        assert "housing_at_risk" in page.editor.evaluation.flag_ids
        record_id = page.editor.opened.id

        target = tmp_path / "cy.pdf"
        monkeypatch.setattr(pdf, "ask_pdf_path", lambda *_a: target)
        tab_to(qtbot, page.summary_button)
        press(qtbot, Qt.Key.Key_Space)
        text = " ".join(subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                                       check=True).stdout.split())
        for welsh in ("Crynodeb o'r sgrinio defnyddio sylweddau", "Sgrinio defnyddio sylweddau sy'n ystyried NPS",
                      "Cysgu allan", "Tai mewn perygl", "Dyddiad y sgrinio",
                      "Mae colli llety yn aml yn dilyn defnyddio NPS ac yn arwain at gysgu allan"):
            assert welsh in text, welsh
        for english in ("Substance use screening summary", "Rough sleeping", "Housing at risk", "Screening date"):
            assert english not in text, english
        page.leave()
        services.close()
    finally:
        i18n.reset()

    # The same record in English: the form's English words, no note, the same answers and flags.
    services = build_services(user_paths)
    try:
        fast_keys(services)
        section = shown_section(qtbot, services, profile)
        unlock(qtbot, section)
        section.area.open_record(record_id)
        page = section.area.form_page
        assert page.editor.form.language == "en" and not page.translation_note.isVisibleTo(page)
        assert page.section_list.item(0).text().split("\n")[0] == "Consent and information sharing"
        assert page.editor.record.answers["housing"] == "rough_sleeping"
        assert _rows(page)["housing"].input.combo.currentText() == "Rough sleeping"
        assert "housing_at_risk" in page.editor.evaluation.flag_ids
        page.leave()
    finally:
        services.close()


@pytest.mark.usefixtures("shown_messages")
def test_no_note_on_an_english_screening(qtbot, services: Services) -> None:
    section = shown_section(qtbot, services, services.profiles.create("Sam K.", "practitioner"))
    page = _start(qtbot, section)
    assert page.editor.form.language == "en"
    assert not page.translation_note.isVisibleTo(page)
    assert page.section_list.item(0).text().split("\n")[0] == "Consent and information sharing"
