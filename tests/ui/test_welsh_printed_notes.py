"""Printed Welsh says what the screen says (issue 13, review): the overdose guide's A4 poster and A6 pocket card in
Welsh, and the note 'not yet reviewed by a Welsh speaker' on the poster, the card, a Welsh module's PDF and the
summary PDF of a screening shown from an unreviewed Welsh translation. Real widgets and PDFs, read back with
pdftotext; none of it in English output."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from nps_trainer import i18n
from nps_trainer.i18n.catalogue import Catalogue
from nps_trainer.paths import bundled_content_dir, bundled_screening_dir, translations_dir
from nps_trainer.ui.documents import pdf

NOT_REVIEWED_CY = "Nid yw siaradwr Cymraeg wedi adolygu'r cyfieithiad hwn eto."
NOT_REVIEWED_EN = "This translation has not yet been reviewed by a Welsh speaker."
needs_poppler = pytest.mark.skipif(not all(shutil.which(t) for t in ("pdftotext", "pdfinfo")),
                                   reason="poppler-utils is not installed")


@pytest.fixture
def welsh() -> Iterator[None]:
    """Welsh in use, as the app has it when Cymraeg is chosen (the same .ts files)."""
    files = sorted((translations_dir() / i18n.WELSH).glob("*.ts"))
    i18n.use(i18n.WELSH, Catalogue.from_files(i18n.WELSH, files).translate)
    try:
        yield
    finally:
        i18n.reset()


def _text(path: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True,
                                   timeout=60).stdout.split())


def _info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True, timeout=60).stdout
    return {key.strip(): value.strip() for key, _, value in (line.partition(":") for line in out.splitlines())}


@needs_poppler
@pytest.mark.usefixtures("welsh")
@pytest.mark.parametrize(("button", "points"), [("poster_button", "595 x 842"), ("card_button", "297 x 420")])
def test_the_overdose_guide_in_welsh_on_screen_and_on_paper(qtbot, services, shown_messages, monkeypatch,
                                                            tmp_path: Path, button: str, points: str) -> None:
    from nps_trainer.ui.overdose_guide import OverdoseGuideDialog, load_guide

    guide = load_guide(services)  # the language in use: Welsh
    assert guide is not None and guide.language == "cy"
    dialog = OverdoseGuideDialog(guide, 11.0)
    qtbot.addWidget(dialog)
    shown = " ".join(dialog.text.toPlainText().split())
    assert dialog.windowTitle() == "Amau gorddos: beth i'w wneud nawr"
    assert shown.index(NOT_REVIEWED_CY) < shown.index("Ffoniwch 999 nawr.") < shown.index("Gwiriwch yr anadlu")
    assert "Call 999" not in shown and "Check breathing" not in shown
    target = tmp_path / f"{button}.pdf"
    monkeypatch.setattr(pdf, "ask_pdf_path", lambda *_a: target)
    getattr(dialog, button).click()
    info = _info(target)
    assert info["Pages"] == "1" and " ".join(info["Page size"].split()[:3]) == points, info
    text = _text(target)
    assert text.startswith("Amau gorddos: beth i'w wneud nawr " + NOT_REVIEWED_CY + " Ffoniwch 999 nawr."), text
    assert (text.index("Gwiriwch yr anadlu") < text.index("Dechreuwch CPR") < text.index("Rhowch naloxone")
            < text.index("Arhoswch nes i griw'r ambiwlans gymryd drosodd"))
    for english in ("Suspected overdose", "Call 999 now", "Check breathing", "Give naloxone"):
        assert english not in text, english
    assert shown_messages[-1][0] == "inform" and str(target) in shown_messages[-1][2]


def test_the_guide_in_english_has_no_note(qtbot, services) -> None:
    from nps_trainer.ui.overdose_guide import OverdoseGuideDialog, load_guide

    guide = load_guide(services)
    assert guide is not None and guide.language == "en"
    dialog = OverdoseGuideDialog(guide, 11.0)
    qtbot.addWidget(dialog)
    assert NOT_REVIEWED_EN not in dialog.text.toPlainText() and "Call 999 now" in dialog.text.toPlainText()


def _module_pdf(module_id: str, language: str, target: Path) -> str:
    from nps_trainer.content import load_catalogue
    from nps_trainer.ui.learn.module_pdf import printable_module

    catalogue = load_catalogue(bundled_content_dir() / "modules", language=language)
    printable = printable_module(catalogue[module_id], catalogue)
    pdf.write_pdf(printable.html, target, printable.title, svgs=printable.svgs, marks=printable.marks,
                  metadata=printable.metadata)
    return _text(target)


@needs_poppler
@pytest.mark.usefixtures("qapp", "welsh")
def test_a_welsh_module_pdf_says_it_is_not_yet_reviewed(tmp_path: Path) -> None:
    text = _module_pdf("overdose-response", "cy", tmp_path / "cy.pdf")
    assert text.startswith("Adnabod gorddos opioid ac ymateb iddo " + NOT_REVIEWED_CY), text[:300]
    assert text.count(NOT_REVIEWED_CY) == 1
    english = _module_pdf("drug-awareness", "cy", tmp_path / "en.pdf")  # no Welsh copy: English, no note
    assert NOT_REVIEWED_CY not in english and NOT_REVIEWED_EN not in english


@needs_poppler
@pytest.mark.usefixtures("qapp")
def test_the_note_prints_in_the_language_in_use_and_not_on_english(tmp_path: Path) -> None:
    text = _module_pdf("diverse-needs", "cy", tmp_path / "cy.pdf")  # the app in English, the module in Welsh
    assert NOT_REVIEWED_EN in text and text.index(NOT_REVIEWED_EN) < text.index("Pam mae anghenion amrywiol")
    english = _module_pdf("diverse-needs", "en", tmp_path / "en.pdf")
    assert NOT_REVIEWED_EN not in english


def _summary_pdf(language: str, target: Path) -> str:
    from nps_trainer.screening import new_record, render_summary_html
    from nps_trainer.screening.checks import load_form
    from nps_trainer.screening.translation import localised

    form = localised(load_form(bundled_screening_dir() / "nps-screening.yaml"), language)
    assert form.language == language
    record = new_record(form, case_reference="X123456")
    pdf.write_pdf(render_summary_html(form, record, for_drug_service=False), target, form.summary_title)
    return _text(target)


@needs_poppler
@pytest.mark.usefixtures("qapp", "welsh")
def test_the_summary_of_a_screening_in_unreviewed_welsh_says_so(tmp_path: Path) -> None:
    text = _summary_pdf("cy", tmp_path / "cy.pdf")
    assert text.startswith("Crynodeb o'r sgrinio defnyddio sylweddau"), text[:200]
    assert text.count(NOT_REVIEWED_CY) == 1
    assert text.index("Cyfeirnod achos: X123456") < text.index(NOT_REVIEWED_CY) < text.index("Dangosyddion risg")
    english = _summary_pdf("en", tmp_path / "en.pdf")  # the same record from the English form: no note
    assert english.startswith("Substance use screening summary")
    assert NOT_REVIEWED_CY not in english and NOT_REVIEWED_EN not in english
