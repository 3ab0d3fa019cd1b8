"""The two checklist forms (issue 11, point 2): DRR suitability and consent; release and treatment handover.

Each loads with no problems; each flag is raised by the answers that should raise it (and only that flag); a
complete 'all done' set of answers raises none; the summary renders with the checklist's title and its flags.
"""

from __future__ import annotations

import datetime as dt
import html
import shutil
from pathlib import Path
from typing import Any

import pytest
from screening_helpers import BUNDLED_DIR, TODAY

from nps_trainer.screening import render_summary_html
from nps_trainer.screening.answers import DECLINED, NOT_KNOWN
from nps_trainer.screening.checks import load_form, validate_forms
from nps_trainer.screening.engine import evaluate_answers
from nps_trainer.screening.model import FormDefinition
from nps_trainer.screening.record import ScreeningRecord, new_record
from nps_trainer.screening.render import ConsentNotRecorded

DRR_FILE = "drr-suitability.yaml"
RELEASE_FILE = "release-handover.yaml"


def drr_all_done() -> dict[str, Any]:
    """Every point of recommendation 6 covered: no flags."""
    return {
        "checklist_date": "2025-03-10",
        "stage": "pre_sentence_report",
        "willingness_expressed": "yes",
        "willingness_recorded": True,
        "motivation": "motivated",
        "motivation_words": "Wants to stop using before the baby is born.",
        "suitability_assessed": "yes",
        "assessor_role": "drug_service_court",
        "assessor_service": "Court worker, Example Recovery Service",
        "assessment_date": "2025-03-07",
        "assessment_covers": ["dependence", "needs_treatment", "treatment_available", "motivation"],
        "expectations_set": "jointly",
        "expectations_covered": [
            "start", "treatment_type", "appointments", "roles", "reviews", "missed_appointments",
        ],
        "testing_explained": True,
        "testing_frequency": "weekly_or_more",
        "positive_result_explained": True,
        "consent_share_drug_service": "yes",
        "drug_service_name": "Example Recovery Service",
        "proposal": "drr_proposed",
        "next_steps": "Report to court on 17 March; drug service to see them within two days of sentence.",
        "notes": "Probation-only note about the proposal.",
    }


def release_all_done() -> dict[str, Any]:
    """Someone on opioid substitution treatment with every part of the handover in place: no flags."""
    return {
        "checklist_date": "2025-03-10",
        "release_date": "2025-03-14",
        "consent_share_drug_service": "yes",
        "on_ost": True,
        "prescription_arranged": "arranged",
        "collection_known": True,
        "other_treatment_need": True,
        "first_appointment_booked": True,
        "first_appointment_date": "2025-03-14",
        "appointment_details_given": True,
        "naloxone_supplied": "supplied_trained",
        "overdose_advice": True,
        "gp_registered": "registered",
        "first_night": "approved_premises",
        "informed": ["drug_service", "gp", "probation", "family"],
        "family_consent": "yes",
        "next_steps": "Prison substance misuse team to send the discharge summary to the drug service.",
        "notes": "Probation-only note about the release plan.",
    }


EVERYONE_TOLD = ["drug_service", "gp", "probation", "family"]


def told_all_but(missing: str) -> list[str]:
    return [who for who in EVERYONE_TOLD if who != missing]


# flag id -> changes to the 'all done' answers that raise that flag (and no other)
DRR_CASES: dict[str, dict[str, Any]] = {
    "drr_not_willing": {"willingness_expressed": "no"},
    "drr_willingness_not_recorded": {"willingness_recorded": False},
    "drr_motivation_not_explored": {"motivation": "not_explored"},
    "drr_low_motivation": {"motivation": "not_motivated"},
    "drr_suitability_not_assessed": {"suitability_assessed": "no"},
    "drr_assessment_pending": {"suitability_assessed": "booked"},
    "drr_assessor_not_specialist": {"assessor_role": "probation_not_drug_trained"},
    "drr_assessment_incomplete": {"assessment_covers": ["dependence", "needs_treatment", "treatment_available"]},
    "drr_no_joint_expectations": {"expectations_set": "probation_only"},
    "drr_expectations_partly_agreed": {
        "expectations_covered": ["start", "treatment_type", "appointments", "reviews", "missed_appointments"],
    },
    "drr_testing_not_explained": {"testing_explained": False},
    "drr_testing_partly_explained": {"positive_result_explained": False},
    "drr_consent_not_recorded": {"consent_share_drug_service": "not_asked_yet"},
    "drr_consent_refused": {"consent_share_drug_service": "no"},
}

RELEASE_CASES: dict[str, dict[str, Any]] = {
    "release_no_prescription": {"prescription_arranged": "not_arranged"},
    "release_collection_unknown": {"collection_known": False},
    "release_no_first_appointment": {"first_appointment_booked": False},
    "release_late_first_appointment": {"first_appointment_date": "2025-03-31"},
    "release_appointment_details_missing": {"appointment_details_given": False},
    "release_naloxone_not_offered": {"naloxone_supplied": "not_offered"},
    "release_naloxone_declined": {"naloxone_supplied": "declined_offer"},
    "release_naloxone_no_training": {"naloxone_supplied": "supplied_untrained"},
    "release_no_overdose_advice": {"overdose_advice": False},
    "release_no_gp": {"gp_registered": "not_registered"},
    "release_no_accommodation": {"first_night": "nowhere"},
    "release_insecure_accommodation": {"first_night": "sofa_surfing"},
    "release_drug_service_not_told": {"informed": told_all_but("drug_service")},
    "release_gp_not_told": {"informed": told_all_but("gp")},
    "release_probation_not_told": {"informed": told_all_but("probation")},
    "release_family_without_consent": {"family_consent": "not_asked_yet"},
    "release_consent_not_recorded": {"consent_share_drug_service": "not_asked_yet"},
    "release_consent_refused": {"consent_share_drug_service": "no"},
}

CHECKLISTS = {
    DRR_FILE: ("DRR suitability and consent", drr_all_done, DRR_CASES),
    RELEASE_FILE: ("Release and treatment handover", release_all_done, RELEASE_CASES),
}
ALL_CASES = [(name, flag_id) for name, (_, _, cases) in CHECKLISTS.items() for flag_id in sorted(cases)]


@pytest.fixture(scope="module")
def forms() -> dict[str, FormDefinition]:
    return {name: load_form(BUNDLED_DIR / name) for name in CHECKLISTS}


def _evaluate(form: FormDefinition, answers: dict[str, Any]):
    return evaluate_answers(form, answers, today=TODAY)


def _answers(name: str, changes: dict[str, Any]) -> dict[str, Any]:
    _, all_done, _ = CHECKLISTS[name]
    return {**all_done(), **changes}


def _record(form: FormDefinition, answers: dict[str, Any]) -> ScreeningRecord:
    record = new_record(form, case_reference="A123456", now=dt.datetime(2025, 3, 10, 9, 0, tzinfo=dt.UTC))
    record.answers = answers
    return record


# ------------------------------------------------------------------ loading


@pytest.mark.parametrize("name", sorted(CHECKLISTS))
def test_checklist_loads_with_no_problems(tmp_path: Path, name: str) -> None:
    shutil.copy(BUNDLED_DIR / name, tmp_path / name)
    assert validate_forms(tmp_path) == []


@pytest.mark.parametrize("name", sorted(CHECKLISTS))
def test_checklist_identity(forms: dict[str, FormDefinition], name: str) -> None:
    form = forms[name]
    title, _, _ = CHECKLISTS[name]
    assert form.id == name.removesuffix(".yaml")
    assert form.version == "1"
    assert form.title == title
    assert form.summary_date_item == "checklist_date"
    intro = form.description or ""
    assert "professional judgement" in intro and "not clinical" in intro and "999" in intro


def test_checklists_sit_alongside_the_screening_form() -> None:
    assert validate_forms(BUNDLED_DIR) == []


def test_checklist_flag_ids_do_not_clash_with_other_bundled_forms(forms: dict[str, FormDefinition]) -> None:
    """The caseload figures count flags by id across every form, so one id must mean one flag."""
    screening = load_form(BUNDLED_DIR / "nps-screening.yaml")
    seen: dict[str, str] = {rule.id: screening.id for rule in screening.flags}
    for form in forms.values():
        for rule in form.flags:
            assert rule.id not in seen, f"{form.id} flag {rule.id} is also in {seen[rule.id]}"
            seen[rule.id] = form.id


# ------------------------------------------------------------------ flags


@pytest.mark.parametrize("name", sorted(CHECKLISTS))
def test_all_done_raises_no_flags(forms: dict[str, FormDefinition], name: str) -> None:
    _, all_done, _ = CHECKLISTS[name]
    evaluation = _evaluate(forms[name], all_done())
    assert evaluation.flag_ids == []
    assert evaluation.errors == {}
    assert evaluation.complete


@pytest.mark.parametrize("name", sorted(CHECKLISTS))
def test_every_flag_has_a_case(forms: dict[str, FormDefinition], name: str) -> None:
    _, _, cases = CHECKLISTS[name]
    assert {rule.id for rule in forms[name].flags} == set(cases)


@pytest.mark.parametrize(("name", "flag_id"), ALL_CASES)
def test_flag_raised_alone(forms: dict[str, FormDefinition], name: str, flag_id: str) -> None:
    _, _, cases = CHECKLISTS[name]
    evaluation = _evaluate(forms[name], _answers(name, cases[flag_id]))
    assert evaluation.flag_ids == [flag_id]
    assert evaluation.errors == {}
    flag = evaluation.flags[0]
    assert flag.reason.startswith("Raised by: ")
    assert flag.rule.explanation and flag.rule.action


def _drr_flags(**changes: Any) -> list[str]:
    form = load_form(BUNDLED_DIR / DRR_FILE)
    return _evaluate(form, _answers(DRR_FILE, changes)).flag_ids


def _release_flags(**changes: Any) -> list[str]:
    form = load_form(BUNDLED_DIR / RELEASE_FILE)
    return _evaluate(form, _answers(RELEASE_FILE, changes)).flag_ids


def test_drr_willingness_not_asked_or_refused_to_say_is_red() -> None:
    assert _drr_flags(willingness_expressed="not_asked") == ["drr_willingness_not_recorded"]
    assert _drr_flags(willingness_expressed=DECLINED) == ["drr_willingness_not_recorded"]
    assert _drr_flags(willingness_recorded=NOT_KNOWN) == ["drr_willingness_not_recorded"]
    form = load_form(BUNDLED_DIR / DRR_FILE)
    severities = {rule.id: rule.severity.value for rule in form.flags}
    assert severities["drr_willingness_not_recorded"] == "red"
    assert severities["drr_not_willing"] == "red"
    assert severities["drr_no_joint_expectations"] == "amber"


def test_drr_not_yet_set_expectations_hide_the_detail() -> None:
    assert _drr_flags(expectations_set="not_yet") == ["drr_no_joint_expectations"]


def test_drr_testing_frequency_not_decided() -> None:
    assert _drr_flags(testing_frequency="not_set") == ["drr_testing_partly_explained"]


def test_release_prescription_requested_but_not_confirmed_is_red() -> None:
    assert _release_flags(prescription_arranged="requested") == ["release_no_prescription"]
    form = load_form(BUNDLED_DIR / RELEASE_FILE)
    severities = {rule.id: rule.severity.value for rule in form.flags}
    assert severities["release_no_prescription"] == "red"
    assert severities["release_naloxone_not_offered"] == "red"
    assert severities["release_no_first_appointment"] == "amber"
    assert severities["release_no_accommodation"] == "amber"


def test_release_first_appointment_two_weeks_after_release_is_not_late() -> None:
    assert _release_flags(first_appointment_date="2025-03-28") == []  # 14 days
    assert _release_flags(first_appointment_date="2025-03-29") == ["release_late_first_appointment"]


def test_release_appointment_before_release_fails_its_check() -> None:
    form = load_form(BUNDLED_DIR / RELEASE_FILE)
    evaluation = _evaluate(form, _answers(RELEASE_FILE, {"first_appointment_date": "2025-03-13"}))
    assert "first_appointment_date" in evaluation.errors


def test_release_not_on_ost_with_opioid_history_still_needs_naloxone() -> None:
    changes = {"on_ost": False, "opioid_history": True, "naloxone_supplied": "not_offered"}
    assert _release_flags(**changes) == ["release_naloxone_not_offered"]


def test_release_without_opioid_risk_or_treatment_need_skips_those_checks() -> None:
    """Not on OST, never used opioids, no other treatment: no prescription, appointment or naloxone flags."""
    form = load_form(BUNDLED_DIR / RELEASE_FILE)
    answers = {
        **release_all_done(),
        "on_ost": False,
        "opioid_history": False,
        "other_treatment_need": False,
        "informed": ["gp", "probation"],
        "family_consent": "nobody",
    }
    for hidden in ("prescription_arranged", "collection_known", "first_appointment_booked",
                   "first_appointment_date", "appointment_details_given", "naloxone_supplied",
                   "overdose_advice"):
        answers.pop(hidden)
    evaluation = _evaluate(form, answers)
    assert evaluation.flag_ids == []
    assert evaluation.complete


def test_release_nothing_arranged_raises_the_red_flags() -> None:
    flags = _release_flags(prescription_arranged="not_arranged", naloxone_supplied=NOT_KNOWN,
                           first_night=DECLINED, informed=["none"], family_consent="not_asked_yet")
    assert {"release_no_prescription", "release_naloxone_not_offered", "release_no_accommodation",
            "release_drug_service_not_told", "release_probation_not_told"} <= set(flags)
    assert "release_gp_not_told" in flags


def test_release_naloxone_refusal_to_say_is_amber_not_red() -> None:
    assert _release_flags(naloxone_supplied=DECLINED) == ["release_naloxone_declined"]


# ------------------------------------------------------------------ summaries


@pytest.mark.parametrize("name", sorted(CHECKLISTS))
def test_summary_of_complete_record(forms: dict[str, FormDefinition], name: str) -> None:
    title, all_done, _ = CHECKLISTS[name]
    form = forms[name]
    text = render_summary_html(form, _record(form, all_done()).to_dict(), for_drug_service=False, today=TODAY)
    plain = html.unescape(text)
    assert text.startswith("<!DOCTYPE HTML")
    assert f"Form: {title} (version 1)" in plain
    assert "10 March 2025" in plain
    assert "A123456" in plain
    assert "No flags were raised" in plain
    assert "Not yet complete" not in plain
    assert "Probation-only note" in plain


@pytest.mark.parametrize(("name", "flag_id"), ALL_CASES)
def test_summary_shows_each_flag(forms: dict[str, FormDefinition], name: str, flag_id: str) -> None:
    title, _, cases = CHECKLISTS[name]
    form = forms[name]
    rule = next(rule for rule in form.flags if rule.id == flag_id)
    record = _record(form, _answers(name, cases[flag_id]))
    plain = html.unescape(render_summary_html(form, record.to_dict(), for_drug_service=False, today=TODAY))
    assert title in plain
    severity = {"red": "Red", "amber": "Amber", "info": "Information"}[rule.severity.value]
    assert f"{severity}: {rule.title}" in plain
    assert " ".join(rule.explanation.split()) in " ".join(plain.split())
    assert " ".join(rule.action.split()) in " ".join(plain.split())
    assert "Raised by:" in plain


@pytest.mark.parametrize("name", sorted(CHECKLISTS))
def test_drug_service_summary_needs_consent_and_leaves_out_probation_notes(
    forms: dict[str, FormDefinition], name: str
) -> None:
    title, all_done, _ = CHECKLISTS[name]
    form = forms[name]
    shared = html.unescape(
        render_summary_html(form, _record(form, all_done()).to_dict(), for_drug_service=True, today=TODAY)
    )
    assert title in shared and "Summary for the drug service" in shared
    assert "Probation-only note" not in shared and "A123456" not in shared
    refused = _record(form, {**all_done(), "consent_share_drug_service": "no"})
    with pytest.raises(ConsentNotRecorded):
        render_summary_html(form, refused.to_dict(), for_drug_service=True, today=TODAY)
