"""The screening after its review (version 2 of the form): the immediate risk of suicide is the first flag in
the flags panel and in both summary PDFs, and the record list's Flags column shows its counts whole at Larger
text in a 1366 × 768 window."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from nps_trainer.services import Services
from nps_trainer.settings import TEXT_SIZES
from nps_trainer.ui.documents import pdf
from nps_trainer.ui.main_window import MainWindow
from nps_trainer.ui.screening.record_table import line_width
from tests.ui.helpers import show_active
from tests.ui.screening_helpers import PASSPHRASE, complete_answers, fast_keys, shown_section, unlock

HEROIN = {"category": "heroin", "last_used": "today", "days_used_28": 25, "routes": ["injected"]}


def severe_answers(today: dt.date) -> dict:
    """Nine red flags or more, the immediate risk of suicide among them, and many amber ones."""
    return complete_answers(
        today,
        consent_share_drug_service="yes",
        substances=[dict(HEROIN),
                    {"category": "nitazenes_fake_pills", "last_used": "today", "days_used_28": 20,
                     "routes": ["swallowed"]},
                    {"category": "synthetic_cannabinoids", "last_used": "today", "days_used_28": 25,
                     "routes": ["smoked"]},
                    {"category": "street_benzodiazepines", "last_used": "today", "days_used_28": 25,
                     "routes": ["swallowed"]},
                    {"category": "crack", "last_used": "today", "days_used_28": 25, "routes": ["smoked"]}],
        injecting_ever="current", shared_equipment=["needles_syringes"], bbv_tested="never",
        naloxone_held=False, mixes_depressants=True, uses_alone=True, previous_overdose=True,
        cuckooing="yes", funding_sources=["drug_debt"], exploitation_history=["county_lines"],
        children_contact=True, children=[{"child_age": 3, "child_contact_type": "lives_with"}],
        safe_storage=False, adult_care_needs=True, adult_abuse_neglect=True, adult_cannot_protect=True,
        domestic_abuse=["experiencing"], dash_score=16, ost_status="not_arranged", chemsex="yes",
        housing="rough_sleeping", treatment_status="never", custody_release_recent=True,
        custody_info_received="not_requested", pregnancy="yes",
        suicidal_thoughts="yes", suicide_immediate_risk=True, self_harm_ever=True, self_harm_recent=True,
    )


@pytest.fixture
def fast(services: Services) -> Services:
    fast_keys(services)
    return services


def _stored(services: Services, profile, answers: dict, reference: str, finish: bool = True) -> int:
    keyring = (services.keys.unlock(profile.id, PASSPHRASE) if services.keys.has_passphrase(profile.id)
               else services.keys.set_passphrase(profile.id, PASSPHRASE))
    opened = services.screening.create(profile.id, keyring, "nps-screening", reference)
    opened.record.answers = answers
    services.screening.save_draft(profile.id, keyring, opened.record)
    if finish:
        services.screening.finalise(profile.id, keyring, opened.record)
    return opened.id


def test_the_immediate_risk_comes_first_in_the_panel_and_both_summaries(qtbot, fast, shown_messages, monkeypatch,
                                                                         tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    profile = fast.profiles.create("Sam K.", "practitioner")
    record_id = _stored(fast, profile, severe_answers(dt.date.today()), "X123456")
    section = shown_section(qtbot, fast, profile)
    unlock(qtbot, section)
    section.area.open_record(record_id)
    page = section.area.form_page
    cards = page.flags_panel.cards
    red = [card for card in cards if card.flag.severity.value == "red"]
    assert len(red) >= 9
    assert [card.flag.id for card in cards[:2]] == ["suicide_immediate_risk", "self_harm_or_suicide"]
    assert "Immediate risk of suicide" in cards[0].title_label.text()
    for button, name in ((page.summary_button, "case.pdf"), (page.drug_button, "drug.pdf")):
        target = tmp_path / name
        monkeypatch.setattr(pdf, "ask_pdf_path", lambda *_a, target=target: target)
        button.click()
        text = " ".join(subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                                       check=True).stdout.split())
        first_red = text.index("Red: ")
        assert text[first_red:].startswith("Red: Immediate risk of suicide"), (name, text[first_red:first_red + 80])
        assert text.index("Red: Self-harm or thoughts of suicide") < text.index("Red: High overdose risk")


def test_the_flags_column_shows_its_counts_whole_at_larger_text_in_1366_by_768(qtbot, fast, shown_messages) -> None:
    fast.settings.text_size = max(TEXT_SIZES, key=TEXT_SIZES.get)  # the largest text size (200%)
    profile = fast.profiles.create("Samantha Kowalczyk-Whitworth", "practitioner")
    today = dt.date.today()
    for number in range(3):
        _stored(fast, profile, complete_answers(today), f"X10000{number}", finish=False)
    _stored(fast, profile, severe_answers(today), "CRN Z9876543 EXTRA")
    window = MainWindow(fast)
    window.resize(1366, 768)
    show_active(qtbot, window)
    window.use_profile(profile)
    section = window.show_section("screening")
    unlock(qtbot, section)
    qtbot.wait(50)
    table = section.area.list_page.table
    flags_column = table.model().columnCount() - 1
    texts = [table.cell_text(row, flags_column) for row in range(table.rowCount())]
    widest = max(texts, key=table.fontMetrics().horizontalAdvance)
    assert "red" in widest and "amber" in widest and "info" in widest, widest
    lines = table.verticalHeader().defaultSectionSize() // table.fontMetrics().height()  # 200% text: 2 or 3
    assert lines == 1 or table.wordWrap()
    needed = line_width(table.fontMetrics(), widest, lines)
    assert window.width() == 1366
    assert table.columnWidth(flags_column) > needed + 6, (widest, table.columnWidth(flags_column), needed)
    right = table.columnViewportPosition(flags_column) + table.columnWidth(flags_column)
    assert right <= table.viewport().width(), "the Flags column runs off the table"
    assert not table.horizontalScrollBar().isVisible()
    for column in range(flags_column):  # the other columns still show their contents whole
        needed = max(line_width(table.fontMetrics(), table.cell_text(row, column), lines)
                     for row in range(table.rowCount()))
        assert table.columnWidth(column) > needed + 6, column
    row = texts.index(widest)
    tip = table.model().data(table.model().index(row, flags_column), Qt.ItemDataRole.ToolTipRole)
    assert "Immediate risk of suicide" in tip
