"""Version 2 of the screening form on the form page (issue 11, points 1, 3 and 9): its new questions answered by
keyboard alone and saved; a record made with version 1 before the upgrade still opened, amended and printed
with version 1; and a checklist's summary PDF headed and dated as a checklist."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from nps_trainer.screening import FormLibrary
from nps_trainer.services import Services
from nps_trainer.ui.documents import pdf
from nps_trainer.ui.screening import reason_dialog
from tests.ui.screening_helpers import (
    CASE_REFERENCE,
    PASSPHRASE,
    british,
    choose,
    complete_answers,
    fast_keys,
    focused,
    go_to_section,
    press,
    shown_section,
    tab_to,
    type_into,
    unlock,
)

V2_ONLY = ("suicidal_thoughts", "drug_tested")  # what complete_answers adds for version 2


@pytest.fixture
def fast(services: Services) -> Services:
    fast_keys(services)
    return services


def _rows(page) -> dict:
    return {path: row for view in page.views for path, row in page._all_rows(view).items()}


def _keyring(services: Services, profile):
    return (services.keys.unlock(profile.id, PASSPHRASE) if services.keys.has_passphrase(profile.id)
            else services.keys.set_passphrase(profile.id, PASSPHRASE))


def _pdf_text(path: Path, *options: str) -> str:
    return subprocess.run(["pdftotext", *options, str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _version_1_record(services: Services, profile, answers: dict, finish: bool = True) -> int:
    """A record made before the upgrade: the store then had version 1 of the form as its newest."""
    store = services.screening
    upgraded = store.forms
    v1 = upgraded.get("nps-screening", "1")
    store.forms = FormLibrary({v1.key: v1})
    try:
        keyring = _keyring(services, profile)
        opened = store.create(profile.id, keyring, "nps-screening", CASE_REFERENCE)
        assert opened.record.form_version == "1"
        opened.record.answers = answers
        store.save_draft(profile.id, keyring, opened.record)
        if finish:
            store.finalise(profile.id, keyring, opened.record)
    finally:
        store.forms = upgraded  # the upgrade: version 2 installed beside version 1
    return opened.id


# -- the new questions by keyboard alone ------------------------------------------------------------------------------
def test_version_2_questions_by_keyboard_alone_are_saved(qtbot, fast, shown_messages) -> None:
    today = dt.date.today()
    profile = fast.profiles.create("Sam K.", "practitioner")
    section = shown_section(qtbot, fast, profile)
    unlock(qtbot, section)
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused(), CASE_REFERENCE)
    press(qtbot, Qt.Key.Key_Return)
    page = section.area.form_page
    assert page.editor.form.version == "2"
    rows = _rows(page)
    qtbot.keyClicks(focused(), british(today))
    choose(qtbot, rows["consent_share_drug_service"].input.combo, "Not asked yet")

    go_to_section(qtbot, page, "Pattern of use")
    choose(qtbot, rows["any_use_past_year"].input.combo, "Yes")
    tab_to(qtbot, page.views[1].groups["substances"].add_button)
    press(qtbot, Qt.Key.Key_Space)
    rows = _rows(page)
    choose(qtbot, rows["substances[0].category"].input.combo, "Methamphetamine ('crystal meth', 'Tina')")
    choose(qtbot, rows["substances[0].last_used"].input.combo, "In the past week")
    type_into(qtbot, rows["substances[0].days_used_28"].input.edit, "6")
    tab_to(qtbot, rows["substances[0].routes"].input.boxes["smoked"])
    press(qtbot, Qt.Key.Key_Space)
    assert not rows["chemsex"].isHidden()
    choose(qtbot, rows["chemsex"].input.combo, "Yes")
    assert rows["bbv_tested"].isHidden()
    choose(qtbot, rows["injecting_ever"].input.combo, "Yes - but not in the past 4 weeks")
    assert not rows["bbv_tested"].isHidden()  # shown at once, as the answer is chosen
    choose(qtbot, rows["bbv_tested"].input.combo, "Never tested")

    go_to_section(qtbot, page, "Safeguarding")
    tab_to(qtbot, rows["exploitation_history"].input.boxes["cuckooing"])
    press(qtbot, Qt.Key.Key_Space)
    choose(qtbot, rows["adult_care_needs"].input.combo, "Not known")

    go_to_section(qtbot, page, "Overdose risk")
    choose(qtbot, rows["opioids_ever"].input.combo, "Yes")
    choose(qtbot, rows["naloxone_held"].input.combo, "No")

    go_to_section(qtbot, page, "Mental health and self-harm")
    choose(qtbot, rows["self_harm_ever"].input.combo, "Yes")
    choose(qtbot, rows["self_harm_recent"].input.combo, "No")
    choose(qtbot, rows["suicidal_thoughts"].input.combo, "Unsure or suspected")
    choose(qtbot, rows["suicide_immediate_risk"].input.combo, "No")

    go_to_section(qtbot, page, "Drug tests")
    choose(qtbot, rows["drug_tested"].input.combo, "Yes")
    tab_to(qtbot, page.views[8].groups["drug_tests"].add_button)
    press(qtbot, Qt.Key.Key_Space)
    rows = _rows(page)
    assert focused() is rows["drug_tests[0].test_date"].input.edit
    qtbot.keyClicks(focused(), british(today - dt.timedelta(days=3)))
    choose(qtbot, rows["drug_tests[0].test_method"].input.combo, "Urine")
    choose(qtbot, rows["drug_tests[0].test_result"].input.combo, "One or more substances found")
    tab_to(qtbot, rows["drug_tests[0].substances_found"].input.boxes["amphetamines"])
    press(qtbot, Qt.Key.Key_Space)
    choose(qtbot, rows["drug_tests[0].result_disputed"].input.combo, "Yes")
    type_into(qtbot, rows["drug_tests[0].dispute_details"].input.edit, "Says it was a mix-up")

    raised = set(page.editor.evaluation.flag_ids)
    assert {"stimulant_use", "chemsex", "bbv_testing", "past_exploitation", "adult_safeguarding_check",
            "naloxone_needed", "self_harm_or_suicide", "drug_test_disputed", "consent_not_asked"} <= raised
    titles = [card.title_label.text() for card in page.flags_panel.cards]
    assert "Red flag: Self-harm or thoughts of suicide" in titles
    assert "suicide_immediate_risk" not in raised

    tab_to(qtbot, page.back_button)  # back to the list: what is pending is saved
    press(qtbot, Qt.Key.Key_Space)
    assert section.area.currentWidget() is section.area.list_page
    stored = fast.screening.open(profile.id, section.area.keyring, page_record_id(fast, profile, section))
    answers = stored.record.answers
    assert stored.record.form_version == "2"
    assert answers["substances"][0]["category"] == "methamphetamine"
    assert (answers["chemsex"], answers["injecting_ever"], answers["bbv_tested"]) == ("yes", "previous", "never")
    assert answers["exploitation_history"] == ["cuckooing"] and answers["adult_care_needs"] == "__not_known__"
    assert (answers["opioids_ever"], answers["naloxone_held"]) == (True, False)
    assert (answers["self_harm_ever"], answers["self_harm_recent"]) == (True, False)
    assert (answers["suicidal_thoughts"], answers["suicide_immediate_risk"]) == ("unsure", False)
    assert answers["drug_tested"] is True and answers["consent_share_drug_service"] == "not_asked_yet"
    assert answers["drug_tests"] == [{
        "test_date": (today - dt.timedelta(days=3)).isoformat(), "test_method": "urine", "test_result": "found",
        "substances_found": ["amphetamines"], "result_disputed": True, "dispute_details": "Says it was a mix-up"}]


def page_record_id(services: Services, profile, section) -> int:
    rows = services.screening.list(profile.id, section.area.keyring)
    assert len(rows) == 1
    return rows[0].id


# -- a version 1 record after the upgrade -----------------------------------------------------------------------------
def test_a_version_1_record_opens_amends_and_prints_with_version_1(qtbot, fast, shown_messages, monkeypatch,
                                                                  tmp_path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    today = dt.date.today()
    profile = fast.profiles.create("Sam K.", "practitioner")
    answers = {k: v for k, v in complete_answers(today, naloxone_held="__declined__").items() if k not in V2_ONLY}
    record_id = _version_1_record(fast, profile, answers)
    assert fast.screening.forms.latest("nps-screening").version == "2"

    section = shown_section(qtbot, fast, profile)
    unlock(qtbot, section)
    section.area.open_record(record_id)
    page = section.area.form_page
    assert page.editor.form.version == "1" and page.editor.record.form_version == "1"
    titles = [page.section_list.item(i).text().split("\n")[0] for i in range(page.section_list.count())]
    assert titles == [s.title for s in fast.forms.get("nps-screening", "1").sections]
    assert "Mental health and self-harm" not in titles and "Drug tests" not in titles
    assert page.editor.evaluation.unknown_answers == [] and page.editor.evaluation.complete
    # version 1's rules, not version 2's: no consent prompt, and its flags as they were
    flags = set(page.editor.evaluation.flag_ids)
    assert {"overdose_after_release", "naloxone_needed"} <= flags and "consent_not_asked" not in flags

    monkeypatch.setattr(reason_dialog, "ask_reason", lambda *_a, **_k: "Housing was recorded wrongly.")
    tab_to(qtbot, page.amend_button)
    press(qtbot, Qt.Key.Key_Space)
    rows = _rows(page)
    go_to_section(qtbot, page, "Health and circumstances")
    assert "mental_health" in rows  # still in its version 1 section
    choose(qtbot, rows["housing"].input.combo, "Hostel or approved premises")
    tab_to(qtbot, page.save_amendment_button)
    press(qtbot, Qt.Key.Key_Space)
    assert page.state_label.text() == "Finished · read-only"
    assert "Housing: Settled → Hostel or approved premises" in page.amendments.text.toPlainText()
    stored = fast.screening.open(profile.id, section.area.keyring, record_id)
    assert stored.record.form_version == "1" and stored.form.version == "1"
    assert stored.record.answers["housing"] == "hostel_ap" and len(stored.amendments) == 1

    target = tmp_path / "v1.pdf"
    monkeypatch.setattr(pdf, "ask_pdf_path", lambda *_a: target)
    tab_to(qtbot, page.summary_button)
    press(qtbot, Qt.Key.Key_Space)
    text = " ".join(_pdf_text(target).split())
    assert "Substance use screening summary" in text
    assert "Form: NPS-aware substance use screening (version 1)" in text
    assert f"Screening date: {today.day} {today:%B %Y}" in text
    lines = [" ".join(line.split()) for line in _pdf_text(target, "-layout").splitlines()]
    assert "Housing Hostel or approved premises" in lines
    assert "Do they carry naloxone and know how to use it? Declined to answer" in lines
    for new in ("Mental health and self-harm", "Drug tests", "Skipped", "Ask about consent to share",
                "not have were not used"):
        assert new not in text, new


# -- a checklist's summary PDF ---------------------------------------------------------------------------------------
def test_a_checklist_summary_pdf_is_headed_and_dated_as_a_checklist(qtbot, fast, shown_messages, monkeypatch,
                                                                    tmp_path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    today = dt.date.today()
    profile = fast.profiles.create("Sam K.", "practitioner")
    keyring = _keyring(fast, profile)
    opened = fast.screening.create(profile.id, keyring, "release-handover", CASE_REFERENCE)
    opened.record.answers = {"checklist_date": today.isoformat(), "consent_share_drug_service": "yes"}
    fast.screening.save_draft(profile.id, keyring, opened.record)
    section = shown_section(qtbot, fast, profile)
    unlock(qtbot, section)
    section.area.open_record(opened.id)
    page = section.area.form_page
    target = tmp_path / "checklist.pdf"
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(pdf, "ask_pdf_path", lambda _parent, title, name: asked.append((title, name)) or target)
    tab_to(qtbot, page.summary_button)
    press(qtbot, Qt.Key.Key_Space)
    assert asked == [("Save the release and treatment handover checklist",
                      f"release-handover-{opened.id}-summary-{today.isoformat()}.pdf")]  # named for what it is
    first = [" ".join(line.split()) for line in _pdf_text(target, "-layout", "-f", "1", "-l", "1").splitlines()
             if line.strip()]
    day = f"{today.day} {today:%B %Y}"
    assert first[1] == f"Case reference {CASE_REFERENCE} · Practitioner Sam K. · Checklist date {day}"
    assert first[2] == "Release and treatment handover checklist"
    text = " ".join(_pdf_text(target).split())
    assert f"Checklist date: {day}" in text
    assert "Screening date" not in text and "Substance use screening summary" not in text
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    assert any(line.split(":", 1)[1].strip() == "Release and treatment handover checklist"
               for line in info.splitlines() if line.startswith("Title:"))
