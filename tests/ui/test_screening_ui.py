"""The Screening section driven as a practitioner would: passphrase, a screening by keyboard alone, flags,
autosave surviving a killed process, finishing, amending, PDFs, the idle lock, filters and managers' counts."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QLabel, QLineEdit, QWidget

from nps_trainer import i18n
from nps_trainer.services import Services
from nps_trainer.ui.documents import pdf
from nps_trainer.ui.screening import reason_dialog
from tests.ui.helpers import show_active
from tests.ui.screening_helpers import (
    CASE_REFERENCE,
    FREE_TEXT,
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
    use_english_as_shown,
)

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def fast(services: Services) -> Services:
    fast_keys(services)
    return services


@pytest.fixture
def english():
    """Counts in English as the app shows them ('1 screening record', not '1 screening record(s)')."""
    use_english_as_shown()
    yield
    i18n.reset()


def _rows(page) -> dict:
    return {path: row for view in page.views for path, row in page._all_rows(view).items()}


def _practitioner(services: Services, name: str = "Sam K."):
    return services.profiles.create(name, "practitioner")


def _unlocked(qtbot, services: Services, profile=None):
    section = shown_section(qtbot, services, profile or _practitioner(services))
    unlock(qtbot, section)
    return section


def _stored_record(services: Services, profile, answers: dict, reference: str = CASE_REFERENCE,
                   finish: bool = False) -> int:
    keyring = (services.keys.unlock(profile.id, PASSPHRASE) if services.keys.has_passphrase(profile.id)
               else services.keys.set_passphrase(profile.id, PASSPHRASE))
    opened = services.screening.create(profile.id, keyring, "nps-screening", reference)
    opened.record.answers = answers
    services.screening.save_draft(profile.id, keyring, opened.record)
    if finish:
        services.screening.finalise(profile.id, keyring, opened.record)
    return opened.id


# -- passphrase ---------------------------------------------------------------------------------------------------
def test_first_use_sets_a_passphrase_with_confirmation_and_rules(qtbot, fast, shown_messages) -> None:
    profile = _practitioner(fast)
    section = shown_section(qtbot, fast, profile)
    page = section.area.unlock_page
    assert section.area.currentWidget() is page and page.setting
    assert page.confirm_edit.isVisible() and "at least 12 characters" in page.rules.text()
    assert page.passphrase.hasFocus()

    qtbot.keyClicks(page.passphrase, "short")
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert page.confirm_edit.hasFocus()
    qtbot.keyClicks(page.confirm_edit, "short")
    qtbot.keyClick(page.confirm_edit, Qt.Key.Key_Return)
    assert shown_messages[-1][0] == "warn" and "too weak" in shown_messages[-1][2]
    assert "at least 12 characters" in shown_messages[-1][2]

    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.confirm_edit, PASSPHRASE + "x")
    qtbot.keyClick(page.confirm_edit, Qt.Key.Key_Return)
    assert "not the same" in shown_messages[-1][2]
    assert not fast.keys.has_passphrase(profile.id)

    qtbot.keyClicks(page.confirm_edit, PASSPHRASE)
    qtbot.keyClick(page.confirm_edit, Qt.Key.Key_Return)
    assert fast.keys.has_passphrase(profile.id)
    assert section.area.currentWidget() is section.area.list_page
    assert section.area.list_page.new_reference.hasFocus()


def test_a_wrong_passphrase_gets_a_clear_message(qtbot, fast, shown_messages) -> None:
    profile = _practitioner(fast)
    fast.keys.set_passphrase(profile.id, PASSPHRASE)
    section = shown_section(qtbot, fast, profile)
    page = section.area.unlock_page
    assert not page.setting and not page.confirm_edit.isVisible()
    unlock(qtbot, section, "not my passphrase at all")
    assert shown_messages == [("warn", "Unlock screening",
                               "That passphrase is not correct for this data. Check it and try again.")]
    assert section.area.currentWidget() is page and section.area.keyring is None
    assert page.passphrase.text() == "" and page.passphrase.hasFocus()
    unlock(qtbot, section)
    assert section.area.currentWidget() is section.area.list_page


# -- starting and filling -------------------------------------------------------------------------------------------
def test_start_a_screening_for_a_case_reference(qtbot, fast, shown_messages, english) -> None:
    section = _unlocked(qtbot, fast)
    area = section.area
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert area.list_page.new_reference.hasFocus()
    assert any("No names are needed" in label.text() for label in area.list_page.findChildren(QLabel))
    qtbot.keyClick(area.list_page.new_reference, Qt.Key.Key_Return)
    assert shown_messages[-1] == ("warn", "Start screening",
                                  "Enter a case reference (for example the case's CRN). No name is needed.")
    qtbot.keyClicks(area.list_page.new_reference, CASE_REFERENCE)
    qtbot.keyClick(area.list_page.new_reference, Qt.Key.Key_Return)
    assert area.currentWidget() is area.form_page
    assert area.form_page.title_label.text() == f"Case reference: {CASE_REFERENCE}"
    assert area.form_page.state_label.text() == "Draft · all changes saved"
    assert section.state_label.text() == "You have 1 screening record."  # not the stale "no records yet"
    assert focused() is _rows(area.form_page)["screening_date"].input.edit
    assert [r.case_reference for r in fast.screening.list(section.profile.id, area.keyring)] == [CASE_REFERENCE]
    assert [e.action for e in fast.audit.entries(object_type="screening_record")] == ["create"]


def test_a_whole_screening_by_keyboard_alone_raises_the_overdose_flag(qtbot, fast, shown_messages) -> None:
    today = dt.date.today()
    section = _unlocked(qtbot, fast)
    area = section.area
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused(), CASE_REFERENCE)
    press(qtbot, Qt.Key.Key_Return)
    page = area.form_page
    rows = _rows(page)

    # Consent and information sharing
    qtbot.keyClicks(focused(), british(today))
    choose(qtbot, rows["purpose_explained"].input.combo, "Yes")
    choose(qtbot, rows["confidentiality_explained"].input.combo, "Yes")
    assert not rows["drug_service_name"].isVisible()
    choose(qtbot, rows["consent_share_drug_service"].input.combo, "Yes")
    assert rows["drug_service_name"].isVisible()  # skip logic, live
    type_into(qtbot, rows["drug_service_name"].input.edit, "Example Recovery Service")
    choose(qtbot, rows["custody_release_recent"].input.combo, "No")
    tab_to(qtbot, page.views[0].next_button)
    press(qtbot, Qt.Key.Key_Space)
    assert page.section_list.currentRow() == 1
    assert page.section_list.item(0).text().endswith("Complete")

    # Pattern of use, with one substance in the repeat group
    group = page.views[1].groups["substances"]
    assert not group.isVisible()
    choose(qtbot, rows["any_use_past_year"].input.combo, "Yes")
    assert group.isVisible()
    tab_to(qtbot, group.add_button)
    press(qtbot, Qt.Key.Key_Space)
    rows = _rows(page)
    category = rows["substances[0].category"].input.combo
    assert focused() is category
    choose(qtbot, category, "Heroin")
    choose(qtbot, rows["substances[0].last_used"].input.combo, "Today")
    type_into(qtbot, rows["substances[0].days_used_28"].input.edit, "25")
    tab_to(qtbot, rows["substances[0].routes"].input.boxes["smoked"])
    press(qtbot, Qt.Key.Key_Space)
    type_into(qtbot, rows["substances[0].where_with_whom"].input.edit, FREE_TEXT)
    choose(qtbot, rows["injecting_ever"].input.combo, "Never")  # asked of everyone from form version 2
    tab_to(qtbot, page.views[1].next_button)
    press(qtbot, Qt.Key.Key_Space)

    # Level of use
    for item_id in ("strong_urges", "tried_to_cut_down", "withdrawal"):
        choose(qtbot, rows[item_id].input.combo, "Yes")
    tab_to(qtbot, page.views[2].next_button)
    press(qtbot, Qt.Key.Key_Space)

    # Funding
    type_into(qtbot, rows["weekly_spend"].input.edit, "40")
    tab_to(qtbot, rows["funding_sources"].input.boxes["benefits"])
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, page.views[3].next_button)
    press(qtbot, Qt.Key.Key_Space)

    # Safeguarding
    choose(qtbot, rows["children_contact"].input.combo, "No")
    tab_to(qtbot, page.views[4].next_button)
    press(qtbot, Qt.Key.Key_Space)

    # Overdose risk: released a week ago, with heroin use recorded
    assert "overdose_after_release" not in page.editor.evaluation.flag_ids
    choose(qtbot, rows["recent_release"].input.combo, "Yes")
    choose(qtbot, rows["release_setting"].input.combo, "Prison")
    type_into(qtbot, rows["release_date"].input.edit, british(today - dt.timedelta(days=7)))
    titles = [card.title_label.text() for card in page.flags_panel.cards]
    assert "Red flag: High overdose risk after release" in titles
    card = next(c for c in page.flags_panel.cards if c.flag.id == "overdose_after_release")
    assert "Substance 1 › Substance: Heroin" in card.reason_label.text()
    assert card.reason_label.text().startswith("Raised by:")
    for item_id, label in (("lost_tolerance", "Yes"), ("previous_overdose", "No"), ("mixes_depressants", "No"),
                           ("naloxone_held", "Declined to answer")):
        choose(qtbot, rows[item_id].input.combo, label)
    assert "naloxone_needed" in page.editor.evaluation.flag_ids
    tab_to(qtbot, page.views[5].next_button)
    press(qtbot, Qt.Key.Key_Space)

    # Health and circumstances
    choose(qtbot, rows["housing"].input.combo, "Settled")
    choose(qtbot, rows["treatment_status"].input.combo, "In treatment now")
    tab_to(qtbot, page.views[6].next_button)
    press(qtbot, Qt.Key.Key_Space)

    # Mental health and self-harm, and drug tests (form version 2)
    choose(qtbot, rows["suicidal_thoughts"].input.combo, "No")
    tab_to(qtbot, page.views[7].next_button)
    press(qtbot, Qt.Key.Key_Space)
    choose(qtbot, rows["drug_tested"].input.combo, "No")
    tab_to(qtbot, page.views[8].next_button)
    press(qtbot, Qt.Key.Key_Space)

    # Outcome
    tab_to(qtbot, rows["actions"].input.boxes["naloxone"])
    press(qtbot, Qt.Key.Key_Space)
    type_into(qtbot, rows["next_review"].input.edit, british(today + dt.timedelta(days=28)))
    tab_to(qtbot, rows["notes"].special)
    choose(qtbot, rows["notes"].special, "Not known")
    assert not rows["notes"].input.isEnabled()

    assert page.editor.evaluation.complete, page.editor.evaluation.errors
    assert all(page.section_list.item(i).text().split("\n")[1] in ("Complete", "Not applicable")
               for i in range(page.section_list.count()))
    tab_to(qtbot, page.finish_button)
    press(qtbot, Qt.Key.Key_Space)
    assert shown_messages[-1][:2] == ("confirm", "Finish screening")
    assert page.state_label.text() == "Finished · read-only"
    assert not rows["housing"].input.combo.isEnabled()

    stored = fast.screening.open(section.profile.id, area.keyring, page.editor.opened.id)
    assert stored.status == "final"
    assert stored.record.answers["substances"][0]["category"] == "heroin"
    assert stored.record.answers["substances"][0]["where_with_whom"] == FREE_TEXT
    assert stored.record.answers["naloxone_held"] == "__declined__"
    assert stored.record.answers["screening_date"] == today.isoformat()


def test_skip_logic_hides_an_item_live_and_required_errors_wait_for_finish(qtbot, fast, shown_messages) -> None:
    section = _unlocked(qtbot, fast)
    section.area.create_record(CASE_REFERENCE, "nps-screening")
    page = section.area.form_page
    rows = _rows(page)
    choose(qtbot, rows["consent_share_drug_service"].input.combo, "Yes")
    assert rows["drug_service_name"].isVisible()
    choose(qtbot, rows["consent_share_drug_service"].input.combo, "No")
    assert not rows["drug_service_name"].isVisible()
    assert not rows["purpose_explained"].error_label.isVisible()
    assert "Consent to share not given" in [c.flag.rule.title for c in page.flags_panel.cards]

    tab_to(qtbot, page.finish_button)
    press(qtbot, Qt.Key.Key_Space)
    assert shown_messages[-1][0] == "warn" and "Consent and information sharing" in shown_messages[-1][2]
    assert rows["purpose_explained"].error_label.isVisible()
    assert page.editor.is_draft


def test_an_invalid_date_is_explained_under_the_item(qtbot, fast) -> None:
    section = _unlocked(qtbot, fast)
    section.area.create_record(CASE_REFERENCE, "nps-screening")
    row = _rows(section.area.form_page)["screening_date"]
    qtbot.keyClicks(row.input.edit, "31/02/2025")
    assert row.error_label.isVisible() and "real date" in row.error_label.text()
    row.input.edit.clear()
    qtbot.keyClicks(row.input.edit, british(dt.date.today() + dt.timedelta(days=3)))
    assert row.error_label.text() == "The screening date cannot be in the future."


def test_overriding_a_flag_needs_a_reason_and_is_kept(qtbot, fast, monkeypatch) -> None:
    profile = _practitioner(fast)
    record_id = _stored_record(fast, profile, complete_answers(dt.date.today()))
    section = _unlocked(qtbot, fast, profile)
    section.area.open_record(record_id)
    page = section.area.form_page
    monkeypatch.setattr(reason_dialog, "ask_reason",
                        lambda *_a, **_k: "Seen by the prison nurse this morning; naloxone given.")
    card = next(c for c in page.flags_panel.cards if c.flag.id == "overdose_after_release")
    assert not card.override_button.isVisible()  # the flags are titles at first: open one to act on it
    tab_to(qtbot, card.toggle)
    press(qtbot, Qt.Key.Key_Space)
    assert card.expanded and card.override_button.isVisible() and card.toggle.text() == "Hide details"
    tab_to(qtbot, card.override_button)
    press(qtbot, Qt.Key.Key_Space)
    card = next(c for c in page.flags_panel.cards if c.flag.id == "overdose_after_release")
    assert card.flag.override.by == "Sam K."
    keyring = section.area.keyring
    assert fast.screening.open(profile.id, keyring, record_id).record.overrides["overdose_after_release"][
        "reason"].startswith("Seen by the prison nurse")


# -- autosave and resuming --------------------------------------------------------------------------------------------
def test_a_draft_resumes_after_the_process_was_killed(qtbot, fast, user_paths) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    child = subprocess.run([sys.executable, "-m", "tests.ui.screening_draft_child"], cwd=REPO, env=env,
                           capture_output=True, text=True, timeout=120)
    assert child.returncode == -9, child.stderr
    record_id = int(child.stdout.split()[0])

    profile = fast.profiles.list()[0]
    section = _unlocked(qtbot, fast, profile)
    area = section.area
    assert [r.id for r in area.list_page.rows] == [record_id]
    assert area.list_page.table.cell_text(0, 0) == CASE_REFERENCE
    assert area.list_page.table.hasFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert area.currentWidget() is area.form_page
    rows = _rows(area.form_page)
    assert rows["consent_share_drug_service"].input.combo.currentText() == "Yes"
    assert rows["substances[0].category"].input.combo.currentText() == "Heroin"
    assert rows["substances[0].where_with_whom"].input.edit.toPlainText() == FREE_TEXT
    assert area.form_page.state_label.text() == "Draft · all changes saved"
    assert "open" in [e.action for e in fast.audit.entries(object_type="screening_record")]


# -- finishing, amending, summaries ------------------------------------------------------------------------------------
def test_finish_then_amend_with_a_reason_shows_who_when_and_why(qtbot, fast, shown_messages, monkeypatch) -> None:
    profile = _practitioner(fast)
    record_id = _stored_record(fast, profile, complete_answers(dt.date.today()))
    section = _unlocked(qtbot, fast, profile)
    area = section.area
    area.open_record(record_id)
    page = area.form_page
    tab_to(qtbot, page.finish_button)
    press(qtbot, Qt.Key.Key_Space)
    assert page.state_label.text() == "Finished · read-only"
    rows = _rows(page)
    assert not rows["housing"].input.combo.isEnabled()
    assert rows["drug_service_name"].input.edit.isReadOnly()
    assert page.amend_button.isVisible() and not page.finish_button.isVisible()

    monkeypatch.setattr(reason_dialog, "ask_reason", lambda *_a, **_k: "Housing was recorded wrongly.")
    tab_to(qtbot, page.amend_button)
    press(qtbot, Qt.Key.Key_Space)
    assert page.save_amendment_button.isVisible()
    go_to_section(qtbot, page, "Health and circumstances")
    choose(qtbot, rows["housing"].input.combo, "Hostel or approved premises")
    tab_to(qtbot, page.save_amendment_button)
    press(qtbot, Qt.Key.Key_Space)
    assert page.state_label.text() == "Finished · read-only"
    text = page.amendments.text.toPlainText()
    assert "Sam K.: Housing was recorded wrongly.\n    Housing: Settled → Hostel or approved premises" in text
    assert dt.datetime.now().strftime("%d/%m/%Y") in text
    assert not rows["housing"].input.combo.isEnabled()
    assert rows["housing"].input.combo.currentText() == "Hostel or approved premises"
    actions = [e.action for e in fast.audit.entries(object_type="screening_record")]
    assert actions.count("finalise") == 1 and actions.count("amend") == 1


def test_summary_pdf_reads_back_with_the_answers_and_flags(qtbot, fast, shown_messages, monkeypatch,
                                                           tmp_path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    profile = _practitioner(fast)
    record_id = _stored_record(fast, profile, complete_answers(dt.date.today()))
    section = _unlocked(qtbot, fast, profile)
    section.area.open_record(record_id)
    page = section.area.form_page
    target = tmp_path / "summary.pdf"
    monkeypatch.setattr(pdf, "ask_pdf_path", lambda *_a: target)
    tab_to(qtbot, page.summary_button)
    press(qtbot, Qt.Key.Key_Space)
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = " ".join(text.split())
    assert CASE_REFERENCE in flat
    assert "Example Recovery Service" in flat and "Probation-only note about engagement." in flat
    # Flags are blocks that read back in order: title, then why, then the suggested action.
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert "Red: High overdose risk after release" in lines
    title = flat.index("Red: High overdose risk after release")
    assert title < flat.index("Raised by:", title) < flat.index("Substance: Heroin", title) < flat.index(
        "Suggested action: Talk through overdose risk today", title)
    assert "\ufb01" not in text and "first" in flat  # no 'fi' ligature in the text layer
    assert shown_messages[-1][0] == "inform" and str(target) in shown_messages[-1][2]
    if os.name == "posix":  # personal data: owner-only, and no partial file left beside it
        assert target.stat().st_mode & 0o777 == 0o600
    assert not list(tmp_path.glob("*.partial"))
    exports = [e for e in fast.audit.entries(object_type="screening_record") if e.action == "export"]
    assert [e.detail for e in exports] == ["summary PDF for the case record"]

    drug = tmp_path / "drug.pdf"
    monkeypatch.setattr(pdf, "ask_pdf_path", lambda *_a: drug)
    page.drug_button.click()
    shared = " ".join(subprocess.run(["pdftotext", str(drug), "-"], capture_output=True, text=True,
                                     check=True).stdout.split())
    assert "Summary for the drug service" in shared
    assert "Probation-only note" not in shared
    # The case reference is only in each page's marks (issue 11: every page of both summaries says whose it
    # is); the body of the drug service's summary still leaves it out.
    body = shared.replace(f"Case reference {CASE_REFERENCE}", "")
    assert CASE_REFERENCE in shared and CASE_REFERENCE not in body


def test_every_page_of_both_summaries_carries_the_marking_whose_it_is_and_its_number(
        qtbot, fast, shown_messages, monkeypatch, tmp_path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    fast.settings.protective_marking = "OFFICIAL-SENSITIVE PERSONAL"
    profile = _practitioner(fast)
    record_id = _stored_record(fast, profile, complete_answers(dt.date.today()))
    section = _unlocked(qtbot, fast, profile)
    section.area.open_record(record_id)
    page = section.area.form_page
    for button, name in ((page.summary_button, "case.pdf"), (page.drug_button, "drug.pdf")):
        target = tmp_path / name
        monkeypatch.setattr(pdf, "ask_pdf_path", lambda *_a, target=target: target)
        button.click()
        pages = int(next(line.split()[-1] for line in subprocess.run(
            ["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout.splitlines()
            if line.startswith("Pages:")))
        assert pages >= 2, "the summary should run to more than one page for this test to mean anything"
        for number in range(1, pages + 1):
            text = subprocess.run(["pdftotext", "-layout", "-f", str(number), "-l", str(number), str(target), "-"],
                                  capture_output=True, text=True, check=True).stdout
            lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
            assert lines[0] == "OFFICIAL-SENSITIVE PERSONAL", (name, number, lines[:2])
            assert lines[1] == (f"Case reference {CASE_REFERENCE} · Practitioner Sam K. · Screening date "
                                f"{dt.date.today().day} {dt.date.today():%B %Y}"), (name, number, lines[:2])
            assert lines[-1] == f"OFFICIAL-SENSITIVE PERSONAL Page {number} of {pages}", (name, number, lines[-1])


def test_drug_service_pdf_is_refused_without_consent(qtbot, fast, shown_messages, monkeypatch, tmp_path) -> None:
    profile = _practitioner(fast)
    answers = complete_answers(dt.date.today(), consent_share_drug_service="no")
    record_id = _stored_record(fast, profile, answers)
    section = _unlocked(qtbot, fast, profile)
    section.area.open_record(record_id)
    page = section.area.form_page
    asked: list = []
    monkeypatch.setattr(pdf, "ask_pdf_path", lambda *a: asked.append(a) or tmp_path / "x.pdf")
    assert "consent" in page.drug_button.accessibleDescription()
    tab_to(qtbot, page.drug_button)
    press(qtbot, Qt.Key.Key_Space)
    assert shown_messages[-1][0] == "warn" and "consent to share" in shown_messages[-1][2]
    assert asked == [] and not (tmp_path / "x.pdf").exists()


def test_no_summary_is_made_from_an_unsaved_amendment(qtbot, fast, shown_messages, monkeypatch, tmp_path) -> None:
    """Consent given only in an open amendment must not release the drug-service summary."""
    profile = _practitioner(fast)
    answers = complete_answers(dt.date.today(), consent_share_drug_service="no")
    record_id = _stored_record(fast, profile, answers, finish=True)
    section = _unlocked(qtbot, fast, profile)
    section.area.open_record(record_id)
    page = section.area.form_page
    asked: list = []
    monkeypatch.setattr(pdf, "ask_pdf_path", lambda *a: asked.append(a) or tmp_path / "x.pdf")
    monkeypatch.setattr(reason_dialog, "ask_reason", lambda *_a, **_k: "Consent was recorded wrongly.")
    page.amend_button.click()
    go_to_section(qtbot, page, "Consent and information sharing")
    choose(qtbot, _rows(page)["consent_share_drug_service"].input.combo, "Yes")
    assert page.editor.evaluation.answers["consent_share_drug_service"] == "yes"
    assert not page.drug_button.isEnabled() and not page.summary_button.isEnabled()
    page._export(True)  # even if reached another way
    assert shown_messages[-1][0] == "warn" and "Save or cancel the amendment first" in shown_messages[-1][2]
    assert asked == [] and not (tmp_path / "x.pdf").exists()
    page.cancel_amendment_button.click()
    assert page.drug_button.isEnabled()
    page.drug_button.click()
    assert "consent to share" in shown_messages[-1][2] and asked == []


def test_locking_leaves_no_decrypted_text_in_any_widget(qtbot, fast, shown_messages, monkeypatch) -> None:
    profile = _practitioner(fast)
    record_id = _stored_record(fast, profile, complete_answers(dt.date.today()), finish=True)
    section = _unlocked(qtbot, fast, profile)
    area = section.area
    area.list_page.filter_reference.setText(CASE_REFERENCE)
    area.list_page.new_reference.setText("Z999999")
    area.open_record(record_id)
    page = area.form_page
    monkeypatch.setattr(reason_dialog, "ask_reason", lambda *_a, **_k: "AMEND-SECRET moved after an incident")
    page.amend_button.click()
    go_to_section(qtbot, page, "Health and circumstances")
    choose(qtbot, _rows(page)["housing"].input.combo, "Hostel or approved premises")
    page.save_amendment_button.click()
    overridden = page.flags_panel.cards[0].flag.id
    page.amend_button.click()
    monkeypatch.setattr(reason_dialog, "ask_reason", lambda *_a, **_k: "OVERRIDE-SECRET seen by the nurse")
    page._override(overridden)
    page.save_amendment_button.click()

    def texts() -> str:
        found = []
        for widget in section.findChildren(QWidget):
            for getter in ("text", "toPlainText", "accessibleName", "toolTip"):
                value = getattr(widget, getter, None)
                if callable(value):
                    found.append(str(value()))
        return "\n".join(found)

    shown = texts()
    assert CASE_REFERENCE in shown and "AMEND-SECRET" in shown and "OVERRIDE-SECRET" in shown
    assert "Z999999" in shown
    area.lock()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # what the event loop does next
    left = texts()
    for secret in (CASE_REFERENCE, "Z999999", "AMEND-SECRET", "OVERRIDE-SECRET", "Example Recovery Service"):
        assert secret not in left, f"{secret} still shown after the lock"


# -- protection -------------------------------------------------------------------------------------------------------
def test_idle_lock_returns_to_the_unlock_page_and_resumes_the_draft(qtbot, fast, shown_messages) -> None:
    section = _unlocked(qtbot, fast)
    area = section.area
    area.create_record(CASE_REFERENCE, "nps-screening")
    qtbot.keyClicks(_rows(area.form_page)["screening_date"].input.edit, "01/01/2025")
    assert area.form_page.saver.pending  # typing: waiting for the pause
    area.idle.set_interval_ms(80)
    qtbot.waitUntil(lambda: area.currentWidget() is area.unlock_page, timeout=3000)
    assert area.keyring is None and area.form_page.editor is None
    assert "locked after" in area.unlock_page.notice.text()
    assert area.unlock_page.passphrase.hasFocus()
    unlock(qtbot, section)
    assert area.currentWidget() is area.form_page
    assert _rows(area.form_page)["screening_date"].input.edit.text() == "01/01/2025"


def test_idle_lock_uses_the_setting(qtbot, fast) -> None:
    fast.settings.screening_idle_lock_minutes = 3
    section = _unlocked(qtbot, fast)
    assert section.area.idle.timer.interval() == 180_000 and section.area.idle.running
    section.shutdown()
    assert not section.area.idle.running


def test_database_bytes_hold_no_case_reference_or_free_text(qtbot, fast, user_paths) -> None:
    section = _unlocked(qtbot, fast)
    section.area.create_record(CASE_REFERENCE, "nps-screening")
    page = section.area.form_page
    rows = _rows(page)
    choose(qtbot, rows["consent_share_drug_service"].input.combo, "Yes")
    qtbot.keyClicks(rows["drug_service_name"].input.edit, FREE_TEXT)
    section.shutdown()
    raw = b""
    for path in user_paths.data.rglob("*"):
        if path.is_file() and (path.suffix in (".db", ".sqlite", ".sqlite3") or path.name.endswith("-wal")):
            raw += path.read_bytes()
    assert len(raw) > 0
    assert CASE_REFERENCE.encode() not in raw
    assert FREE_TEXT.encode() not in raw and FREE_TEXT.encode("utf-16-le") not in raw
    keyring = fast.keys.unlock(section.profile.id, PASSPHRASE)
    stored = fast.screening.list(section.profile.id, keyring)[0]
    assert fast.screening.open(section.profile.id, keyring, stored.id).record.answers[
        "drug_service_name"] == FREE_TEXT


# -- the list and managers ------------------------------------------------------------------------------------------
def test_list_filters_by_case_reference_status_and_flag(qtbot, fast) -> None:
    profile = _practitioner(fast)
    today = dt.date.today()
    _stored_record(fast, profile, complete_answers(today), "X111111", finish=True)
    _stored_record(fast, profile, {"consent_share_drug_service": "no"}, "X222222")
    _stored_record(fast, profile, {}, "X333333")
    section = _unlocked(qtbot, fast, profile)
    page = section.area.list_page

    def shown() -> list[str]:
        return sorted(page.table.cell_text(i, 0) for i in range(page.table.rowCount()))

    assert shown() == ["X111111", "X222222", "X333333"]
    type_into(qtbot, page.filter_reference, "x222222")
    assert shown() == ["X222222"]
    page.filter_reference.clear()
    choose(qtbot, page.status_combo, "Finished")
    assert shown() == ["X111111"] and "1 screening matches the filter" in page.count_label.text()
    choose(qtbot, page.status_combo, "Any status")
    choose(qtbot, page.flag_combo, "Consent to share not given")
    assert shown() == ["X222222"]
    choose(qtbot, page.flag_combo, "High overdose risk after release")
    assert shown() == ["X111111"]
    choose(qtbot, page.flag_combo, "Any or no flag")
    type_into(qtbot, page.date_from, british(today + dt.timedelta(days=1)))
    assert shown() == [] and page.count_label.text() == "No screenings match the filter."
    page.date_from.clear()
    type_into(qtbot, page.date_to, british(today))
    assert len(shown()) == 3


def test_screening_shows_no_exact_counts_and_points_managers_to_the_figures(qtbot, fast) -> None:
    manager = fast.profiles.create("Morgan", "manager")  # the first profile: the administrator
    practitioner = _practitioner(fast)
    _stored_record(fast, practitioner, complete_answers(dt.date.today()), "X111111", finish=True)
    section = shown_section(qtbot, fast, manager)
    texts = " ".join(label.text() for label in section.findChildren(QLabel))
    assert "Team → Caseload figures" in texts and "Finished screenings" not in texts
    assert section.area.currentWidget() is section.area.unlock_page  # a manager's own screenings, as anyone's
    practitioners = shown_section(qtbot, fast, practitioner)
    assert "Caseload figures" not in " ".join(label.text() for label in practitioners.findChildren(QLabel))


# -- accessibility and screenshots ---------------------------------------------------------------------------------
def test_every_input_has_an_accessible_name_and_screenshots(qtbot, fast, monkeypatch) -> None:
    profile = _practitioner(fast)
    _stored_record(fast, profile, complete_answers(dt.date.today()), "X111111", finish=True)
    _stored_record(fast, profile, {"consent_share_drug_service": "no"}, "X222222")
    record_id = _stored_record(fast, profile, complete_answers(dt.date.today(), housing="rough_sleeping"))
    section = _unlocked(qtbot, fast, profile)
    section.grab().save("/tmp/screening-list.png")
    section.area.open_record(record_id)
    page = section.area.form_page
    page.section_list.setCurrentRow(1)
    section.grab().save("/tmp/screening-form-flags.png")
    page.section_list.setCurrentRow(5)
    section.grab().save("/tmp/screening-form-overdose.png")
    for child in section.findChildren(QWidget):
        if isinstance(child.parent(), QDateEdit):
            continue
        if isinstance(child.parent(), QComboBox | QLineEdit) or not child.isVisibleTo(section):
            continue
        if child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.isEnabled():
            if type(child).__name__ in {"QScrollBar", "QTabBar", "QToolButton"}:
                continue
            text = getattr(child, "text", lambda: "")()
            assert child.accessibleName() or text, f"{type(child).__name__} has no accessible name"


def test_a_damaged_record_is_listed_as_such_and_the_others_still_open(qtbot, fast, shown_messages) -> None:
    from sqlalchemy import update

    from nps_trainer.storage.models import ScreeningRecord as RecordRow
    from nps_trainer.ui.screening.record_table import DAMAGED

    profile = _practitioner(fast)
    kept = _stored_record(fast, profile, complete_answers(dt.date.today()), reference="KEPT1")
    damaged = _stored_record(fast, profile, complete_answers(dt.date.today()), reference="LOST2")
    with fast.database.session() as session:
        session.execute(update(RecordRow).where(RecordRow.id == damaged).values(case_ref_cipher=b"v1.altered"))
    section = _unlocked(qtbot, fast, profile)
    listing = section.area.list_page
    model = listing.table.records
    texts = {listing.rows[row].id: model.text(row, 0) for row in range(model.rowCount())}
    assert texts == {kept: "KEPT1", damaged: DAMAGED}
    row = next(r for r in range(model.rowCount()) if listing.rows[r].id == damaged)
    listing.table.selectRow(row)
    listing.open_button.click()
    assert shown_messages[-1][0] == "warn" and shown_messages[-1][1] == "Open screening"
    assert shown_messages[-1][2].startswith(f"Screening record {damaged} (started ")
    assert section.area.currentWidget() is listing  # back on the list, which still works
    section.area.open_record(kept)
    assert section.area.currentWidget() is section.area.form_page
    assert section.area.form_page.editor.record.case_reference == "KEPT1"


def test_the_record_list_counts_flags_red_first_and_names_them_for_screen_readers(qtbot, fast,
                                                                                   shown_messages) -> None:
    profile = _practitioner(fast)
    record_id = _stored_record(fast, profile, complete_answers(dt.date.today()))
    section = _unlocked(qtbot, fast, profile)
    listing = section.area.list_page
    model = listing.table.records
    row = next(r for r in range(model.rowCount()) if listing.rows[r].id == record_id)
    flags = listing.rows[row].flags
    severities = [listing.flag_severities[f] for f in flags]
    expected = ", ".join(f"{severities.count(s)} {word}" for s, word in
                         (("red", "red"), ("amber", "amber"), ("info", "info")) if severities.count(s))
    assert "red" in severities and model.text(row, 4) == expected  # counts, not titles cut short
    spoken = model.data(model.index(row, 4), Qt.ItemDataRole.AccessibleTextRole)
    titles = spoken.split(": ", 1)[1].split("; ")
    assert spoken.startswith(expected) and sorted(titles) == sorted(listing.flag_titles[f] for f in flags)
    first_amber = next((i for i, t in enumerate(titles) if listing.flag_severities[
        next(f for f in flags if listing.flag_titles[f] == t)] != "red"), len(titles))
    assert all(listing.flag_severities[next(f for f in flags if listing.flag_titles[f] == t)] == "red"
               for t in titles[:first_amber])  # red ones are named first


def test_every_flag_can_be_read_at_a_glance_at_the_larger_text_size_in_a_small_window(
        qtbot, fast, shown_messages, english) -> None:
    """1366x768 and the Larger text size: every raised flag's title is on show at once, red first, under the
    counts; each opens to why and what to do."""
    from nps_trainer.ui.main_window import MainWindow

    profile = _practitioner(fast)
    answers = complete_answers(dt.date.today(), housing="rough_sleeping", naloxone_held=False,
                               domestic_abuse=["experiencing"])
    record_id = _stored_record(fast, profile, answers)
    fast.settings.text_size = "larger"
    window = MainWindow(fast)
    window.resize(1366, 768)
    show_active(qtbot, window)
    window.apply_text_size()
    window.use_profile(profile)
    section = window.show_section("screening")
    unlock(qtbot, section)
    section.area.open_record(record_id)
    panel = section.area.form_page.flags_panel
    qtbot.waitUntil(lambda: panel.cards and panel.cards[-1].isVisible())
    flags = section.area.form_page.editor.evaluation.flags
    assert len(flags) >= 3 and {f.severity.value for f in flags} >= {"red", "amber"}
    ranks = [card.flag.severity.rank for card in panel.cards]
    assert ranks == sorted(ranks, reverse=True)  # red, then amber, then for information
    reds = sum(1 for f in flags if f.severity.value == "red")
    assert panel.count_label.text().startswith(f"{len(flags)} flags raised: {reds} red, ")
    viewport = panel.scroll.viewport()
    for card in panel.cards:
        top_left = card.title_label.mapTo(viewport, card.title_label.rect().topLeft())
        bottom_right = card.toggle.mapTo(viewport, card.toggle.rect().bottomRight())
        assert viewport.rect().contains(top_left) and viewport.rect().contains(bottom_right), card.flag.id
        assert card.title_label.width() <= viewport.width()  # wrapped to the panel, never cut off at the side
    first = panel.cards[0]
    first.toggle.click()
    assert first.details.isVisible() and first.reason_label.text().startswith("Raised by:")
