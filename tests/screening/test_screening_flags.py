"""Every bundled flag rule: one case that raises it and one near miss that does not."""

from __future__ import annotations

from typing import Any

import pytest
from screening_helpers import TODAY, low_risk_answers

from nps_trainer.screening.answers import DECLINED, NOT_KNOWN
from nps_trainer.screening.engine import evaluate_answers
from nps_trainer.screening.model import FormDefinition

HEROIN = {"category": "heroin", "last_used": "today", "days_used_28": 10, "routes": ["smoked"]}
NEAR_DAILY = {"category": "synthetic_cannabinoids", "last_used": "today", "days_used_28": 25, "routes": ["smoked"]}
INJECTED = {"category": "synthetic_cathinones", "last_used": "past_week", "days_used_28": 6, "routes": ["injected"]}
CANNABIS = {"category": "cannabis", "last_used": "past_week", "days_used_28": 4, "routes": ["smoked"]}


def substances(*rows: dict[str, Any]) -> list[dict[str, Any]]:
    return [dict(row) for row in rows]


# flag id -> (changes that raise it, changes that come close but must not)
CASES: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "overdose_after_release": (
        {"recent_release": True, "release_date": "2025-03-01", "substances": substances(HEROIN),
         "naloxone_held": True},
        {"recent_release": True, "release_date": "2025-01-01", "substances": substances(HEROIN),
         "naloxone_held": True},
    ),
    "naloxone_needed": (
        {"substances": substances(HEROIN), "naloxone_held": False},
        {"substances": substances(HEROIN), "naloxone_held": True},
    ),
    "injecting": (
        {"substances": substances(INJECTED), "injecting_ever": "current"},
        {"injecting_ever": "previous"},
    ),
    "sharing_equipment": (
        {"injecting_ever": "current", "shared_equipment": ["needles_syringes"]},
        {"injecting_ever": "previous", "shared_equipment": ["none"]},
    ),
    "debt_or_selling": (
        {"funding_sources": ["benefits", "drug_debt"]},
        {"funding_sources": ["benefits", "family_friends"]},
    ),
    "exploitation_indicators": (
        {"cuckooing": "unsure"},
        {"cuckooing": "no", "county_lines": NOT_KNOWN},
    ),
    "children_at_risk": (
        {"children_contact": True, "substances": substances(NEAR_DAILY), "safe_storage": True},
        {"children_contact": False, "substances": substances(NEAR_DAILY)},
    ),
    "unsafe_storage": (
        {"children_contact": True, "safe_storage": False},
        {"children_contact": True, "safe_storage": True},
    ),
    "pregnancy_and_use": (
        {"pregnancy": "yes"},
        {"pregnancy": "yes", "any_use_past_year": False},
    ),
    "adult_safeguarding_concern": (
        {"adult_care_needs": True, "adult_abuse_neglect": True, "adult_cannot_protect": True},
        {"adult_care_needs": True, "adult_abuse_neglect": True, "adult_cannot_protect": False},
    ),
    "domestic_abuse": (
        {"domestic_abuse": ["causing"]},
        {"domestic_abuse": ["none_known"]},
    ),
    "marac_threshold": (
        {"domestic_abuse": ["experiencing"], "dash_score": 14},
        {"domestic_abuse": ["experiencing"], "dash_score": 13},
    ),
    "no_ost_on_release": (
        {"recent_release": True, "release_setting": "prison", "ost_status": "not_arranged"},
        {"recent_release": True, "release_setting": "prison", "ost_status": "arranged_on_release"},
    ),
    "spice_use": (
        {"substances": substances(CANNABIS, {**CANNABIS, "category": "synthetic_cannabinoids"})},
        {"substances": substances(CANNABIS)},
    ),
    "street_benzo_use": (
        {"substances": substances({**CANNABIS, "category": "street_benzodiazepines"})},
        {"substances": substances({**CANNABIS, "category": "gabapentinoids"})},
    ),
    "nitazene_exposure": (
        {"substances": substances({**CANNABIS, "category": "nitazenes_fake_pills", "routes": ["swallowed"]}),
         "naloxone_held": True},
        {"substances": substances({**CANNABIS, "category": "ketamine", "routes": ["snorted"]})},
    ),
    "mixing_depressants": (
        {"substances": substances({**CANNABIS, "category": "alcohol"}, {**CANNABIS, "category": "gabapentinoids"})},
        {"substances": substances({**CANNABIS, "category": "alcohol"}, CANNABIS)},
    ),
    "using_alone": (
        {"substances": substances(HEROIN), "naloxone_held": True, "uses_alone": True},
        {"substances": substances(CANNABIS), "uses_alone": True},
    ),
    "previous_overdose": (
        {"previous_overdose": True},
        {"previous_overdose": True, "any_use_past_year": False},
    ),
    "custody_info_missing": (
        {"custody_release_recent": True, "custody_info_received": "not_requested"},
        {"custody_release_recent": True, "custody_info_received": "received"},
    ),
    "consent_not_given": (
        {"consent_share_drug_service": "no"},
        {"consent_share_drug_service": "not_asked_yet"},
    ),
    "housing_at_risk": (
        {"housing": "hostel_ap", "eviction_risk": True},
        {"housing": "hostel_ap", "eviction_risk": False},
    ),
    "not_in_treatment": (
        {"treatment_status": "never", "strong_urges": True, "withdrawal": True},
        {"treatment_status": "in_treatment", "strong_urges": True, "withdrawal": True},
    ),
    # new in version 2 of the bundled form (issue 11, point 1); more cases in test_screening_form_v2.py
    "adult_safeguarding_check": (
        {"adult_care_needs": True},
        {"adult_care_needs": False, "adult_abuse_neglect": False, "adult_cannot_protect": DECLINED},
    ),
    "consent_not_asked": (
        {"consent_share_drug_service": "not_asked_yet"},
        {"consent_share_drug_service": "no"},
    ),
    "self_harm_or_suicide": (
        {"self_harm_ever": True, "self_harm_recent": True},
        {"self_harm_ever": True, "self_harm_recent": False, "suicidal_thoughts": "no"},
    ),
    "suicide_immediate_risk": (
        {"suicidal_thoughts": "yes", "suicide_immediate_risk": True},
        {"suicidal_thoughts": "yes", "suicide_immediate_risk": False},
    ),
    "self_harm_not_answered": (
        {"suicidal_thoughts": DECLINED},
        {"self_harm_ever": True, "self_harm_recent": False, "suicidal_thoughts": "unsure"},
    ),
    "stimulant_use": (
        {"substances": substances({**CANNABIS, "category": "methamphetamine"})},
        {"substances": substances(CANNABIS, {**CANNABIS, "category": "ketamine", "routes": ["snorted"]})},
    ),
    "chemsex": (
        {"chemsex": "unsure"},
        {"chemsex": "no"},
    ),
    "bbv_testing": (
        {"injecting_ever": "previous", "bbv_tested": "longer_ago"},
        {"injecting_ever": "previous", "bbv_tested": "past_12_months"},
    ),
    "past_exploitation": (
        {"exploitation_history": ["drug_debt"]},
        {"exploitation_history": ["none_known"]},
    ),
    "drug_test_disputed": (
        {"drug_tested": True, "drug_tests": [{"test_date": "2025-03-03", "test_method": "oral_fluid",
                                              "test_result": "found", "substances_found": ["cocaine"],
                                              "result_disputed": True}]},
        {"drug_tested": True, "drug_tests": [{"test_date": "2025-03-03", "test_method": "oral_fluid",
                                              "test_result": "found", "substances_found": ["cocaine"],
                                              "result_disputed": False}]},
    ),
}


def _flags(form: FormDefinition, changes: dict[str, Any]) -> list[str]:
    answers = {**low_risk_answers(), **changes}
    return evaluate_answers(form, answers, today=TODAY).flag_ids


def test_low_risk_answers_raise_no_flags(nps_form: FormDefinition) -> None:
    evaluation = evaluate_answers(nps_form, low_risk_answers(), today=TODAY)
    assert evaluation.flag_ids == []
    assert evaluation.errors == {}
    assert evaluation.complete


def test_every_bundled_flag_has_cases(nps_form: FormDefinition) -> None:
    assert {rule.id for rule in nps_form.flags} == set(CASES)


@pytest.mark.parametrize("flag_id", sorted(CASES))
def test_flag_raised(nps_form: FormDefinition, flag_id: str) -> None:
    raising, _ = CASES[flag_id]
    assert flag_id in _flags(nps_form, raising)


@pytest.mark.parametrize("flag_id", sorted(CASES))
def test_flag_not_raised_by_near_miss(nps_form: FormDefinition, flag_id: str) -> None:
    _, near_miss = CASES[flag_id]
    assert flag_id not in _flags(nps_form, near_miss)


@pytest.mark.parametrize("flag_id", sorted(CASES))
def test_raised_flag_names_the_answers(nps_form: FormDefinition, flag_id: str) -> None:
    raising, _ = CASES[flag_id]
    answers = {**low_risk_answers(), **raising}
    flag = next(f for f in evaluate_answers(nps_form, answers, today=TODAY).flags if f.id == flag_id)
    assert flag.triggers, flag_id
    assert flag.reason.startswith("Raised by: ")
    assert flag.rule.action and flag.rule.explanation


def test_refusals_raise_only_the_flags_written_for_refusals(nps_form: FormDefinition) -> None:
    """A refusal raises no flag by itself, except the two rules that ask about refusals: a declined self-harm or
    suicide question (come back to it) and consent to share declined (the consent conversation)."""
    answers = {key: DECLINED for key in low_risk_answers()}
    assert evaluate_answers(nps_form, answers, today=TODAY).flag_ids == ["self_harm_not_answered", "consent_not_given"]
    answers.update(suicidal_thoughts="no", self_harm_ever=False, consent_share_drug_service=NOT_KNOWN)
    assert evaluate_answers(nps_form, answers, today=TODAY).flag_ids == ["consent_not_asked"]


def test_naloxone_flag_when_naloxone_question_declined(nps_form: FormDefinition) -> None:
    assert "naloxone_needed" in _flags(nps_form, {"substances": substances(HEROIN), "naloxone_held": DECLINED})


def test_reason_names_the_substance_instance(nps_form: FormDefinition) -> None:
    answers = {**low_risk_answers(), **CASES["spice_use"][0]}
    flag = next(f for f in evaluate_answers(nps_form, answers, today=TODAY).flags if f.id == "spice_use")
    assert [t.path for t in flag.triggers] == ["substances[1].category"]
    assert "Substance 2" in flag.reason and "spice" in flag.reason
