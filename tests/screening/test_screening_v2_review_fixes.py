"""Version 2 of the bundled form after its review: the immediate risk of suicide is the first flag, entries kept
behind a declined or not-known gate are asked like any other, kept answers count towards flags, naloxone is
required when asked, injecting now prompts a blood-borne virus test (and contradicting 'never injected' is an
error), refusals on self-harm and consent raise their follow-up flags, and the source cited for drug test
results is the right recommendation."""

from __future__ import annotations

from typing import Any

import pytest
from screening_helpers import BUNDLED_DIR, TODAY, low_risk_answers

from nps_trainer.screening import DECLINED, NOT_KNOWN, evaluate_answers
from nps_trainer.screening.engine import REQUIRED_MESSAGE
from nps_trainer.screening.model import FlagSeverity, FormDefinition

HEROIN = {"category": "heroin", "last_used": "today", "days_used_28": 10, "routes": ["smoked"]}
INJECTED_HEROIN = {**HEROIN, "routes": ["injected"]}
NEAR_DAILY = {"category": "synthetic_cannabinoids", "last_used": "today", "days_used_28": 25, "routes": ["smoked"]}
SEVERE = {  # raises the immediate-risk flag with many other red flags
    "recent_release": True, "release_date": "2025-03-01", "lost_tolerance": True, "naloxone_held": False,
    "substances": [dict(HEROIN), {"category": "nitazenes_fake_pills", "last_used": "today", "days_used_28": 20,
                                  "routes": ["swallowed"]}],
    "injecting_ever": "current", "shared_equipment": ["needles_syringes"], "cuckooing": "yes",
    "children_contact": True, "children": [{"child_age": 3, "child_contact_type": "lives_with"}],
    "safe_storage": False, "adult_care_needs": True, "adult_abuse_neglect": True, "adult_cannot_protect": True,
    "domestic_abuse": ["experiencing"], "dash_score": 16, "ost_status": "not_arranged",
    "suicidal_thoughts": "yes", "suicide_immediate_risk": True, "self_harm_ever": True, "self_harm_recent": True,
}


def ev(form: FormDefinition, **changes: Any):
    return evaluate_answers(form, {**low_risk_answers(), **changes}, today=TODAY)


# ------------------------------------------------------------------ 2: immediate risk first


def test_the_immediate_risk_of_suicide_is_the_first_flag_of_many_red_ones(nps_form: FormDefinition) -> None:
    evaluation = ev(nps_form, **SEVERE)
    red = [f.id for f in evaluation.flags if f.severity is FlagSeverity.RED]
    assert len(red) >= 9
    assert evaluation.flag_ids[0] == "suicide_immediate_risk"
    assert evaluation.flag_ids[1] == "self_harm_or_suicide"


# ------------------------------------------------------------------ 3: entries kept behind a declined gate


def test_a_substance_kept_behind_a_declined_gate_needs_its_answers_like_any_other(nps_form: FormDefinition) -> None:
    behind_yes = ev(nps_form, substances=[{"category": "heroin"}], naloxone_held=True)
    behind_declined = ev(nps_form, any_use_past_year=DECLINED, substances=[{"category": "heroin"}],
                         naloxone_held=True)
    needed = {"substances[0].last_used", "substances[0].days_used_28", "substances[0].routes"}
    assert {p for p, m in behind_yes.errors.items() if REQUIRED_MESSAGE in m} == needed
    assert {p for p, m in behind_declined.errors.items() if REQUIRED_MESSAGE in m} == needed
    assert not behind_declined.complete
    complete = ev(nps_form, any_use_past_year=DECLINED, substances=[dict(HEROIN)], naloxone_held=True)
    assert complete.errors == {} and complete.complete


def test_a_child_kept_behind_a_declined_gate_needs_its_answers_and_the_rest_is_listed_as_skipped(
        nps_form: FormDefinition) -> None:
    evaluation = ev(nps_form, children_contact=DECLINED, children=[{"child_age": 3}])
    assert evaluation.errors == {"children[0].child_contact_type": [REQUIRED_MESSAGE]}
    assert not evaluation.complete
    assert "children[0].parental_responsibility" in evaluation.visible  # asked, not dropped
    assert [s.path for s in evaluation.skipped] == ["safe_storage"]  # not answered, so skipped and said why
    assert "Declined to answer" in evaluation.skipped[0].reason


# ------------------------------------------------------------------ 4: kept answers count towards flags


@pytest.mark.parametrize("gate", [NOT_KNOWN, DECLINED])
def test_children_kept_behind_an_unknown_gate_raise_the_children_flags(nps_form: FormDefinition, gate: str) -> None:
    child = {"child_age": 3, "child_contact_type": "lives_with"}
    raised = ev(nps_form, children_contact=gate, children=[child], safe_storage=False,
                substances=[NEAR_DAILY]).flag_ids
    assert {"unsafe_storage", "children_at_risk"} <= set(raised)
    safe = ev(nps_form, children_contact=gate, children=[child], safe_storage=True).flag_ids
    assert "unsafe_storage" not in safe and "children_at_risk" not in safe
    nobody = ev(nps_form, children_contact=gate, substances=[NEAR_DAILY]).flag_ids
    assert "children_at_risk" not in nobody and "unsafe_storage" not in nobody
    no_children = ev(nps_form, children_contact=False, children=[child], safe_storage=False,
                     substances=[NEAR_DAILY]).flag_ids  # a 'no' hides (and drops) them
    assert "children_at_risk" not in no_children and "unsafe_storage" not in no_children


# ------------------------------------------------------------------ 5: naloxone


def test_naloxone_is_required_when_asked(nps_form: FormDefinition) -> None:
    released = dict(recent_release=True, release_date="2025-03-01", opioids_ever=True)
    blank = ev(nps_form, **released)
    assert blank.errors == {"naloxone_held": [REQUIRED_MESSAGE]} and not blank.complete
    for answer, flagged in ((True, False), (False, True), (DECLINED, True), (NOT_KNOWN, True)):
        evaluation = ev(nps_form, **released, naloxone_held=answer)
        assert evaluation.complete and evaluation.errors == {}
        assert ("naloxone_needed" in evaluation.flag_ids) is flagged, answer
    low = ev(nps_form)  # not asked: not required
    assert "naloxone_held" not in low.visible and low.complete


# ------------------------------------------------------------------ 6: injecting now


@pytest.mark.parametrize("ever", ["never", DECLINED, NOT_KNOWN])
def test_injecting_now_prompts_a_bbv_test_whatever_injecting_ever_says(nps_form: FormDefinition, ever: str) -> None:
    evaluation = ev(nps_form, substances=[INJECTED_HEROIN], injecting_ever=ever, naloxone_held=True)
    assert {"injecting", "bbv_testing"} <= set(evaluation.flag_ids)
    assert "bbv_tested" in evaluation.visible
    tested = ev(nps_form, substances=[INJECTED_HEROIN], injecting_ever=ever, naloxone_held=True,
                bbv_tested="past_12_months")
    assert "bbv_testing" not in tested.flag_ids


def test_injecting_now_with_injecting_ever_never_is_an_error(nps_form: FormDefinition) -> None:
    contradiction = ev(nps_form, substances=[INJECTED_HEROIN], injecting_ever="never", naloxone_held=True)
    assert contradiction.errors == {"injecting_ever": [
        "A substance is recorded as injected in the past 4 weeks, but injecting ever is 'Never': correct one of "
        "the two."]}
    assert not contradiction.complete
    for ever in ("current", DECLINED):
        assert ev(nps_form, substances=[INJECTED_HEROIN], injecting_ever=ever, naloxone_held=True).errors == {}
    assert ev(nps_form, substances=[HEROIN], injecting_ever="never", naloxone_held=True).errors == {}
    old = {**INJECTED_HEROIN, "last_used": "past_year"}  # injected, but not in the past 4 weeks
    assert ev(nps_form, substances=[old], injecting_ever="never", naloxone_held=True).errors == {}


# ------------------------------------------------------------------ 7: refusals on self-harm and consent


@pytest.mark.parametrize("changes", [
    {"suicidal_thoughts": DECLINED},
    {"suicidal_thoughts": NOT_KNOWN},
    {"self_harm_ever": True, "self_harm_recent": NOT_KNOWN},
    {"self_harm_ever": True, "self_harm_recent": DECLINED},
    {"self_harm_ever": DECLINED},
])
def test_a_self_harm_or_suicide_question_not_answered_raises_the_follow_up(nps_form: FormDefinition,
                                                                           changes: dict[str, Any]) -> None:
    evaluation = ev(nps_form, **changes)
    assert "self_harm_not_answered" in evaluation.flag_ids
    flag = next(f for f in evaluation.flags if f.id == "self_harm_not_answered")
    assert flag.severity is FlagSeverity.AMBER
    assert "Come back to it" in flag.rule.action
    assert "self-harm and suicide prevention procedure" in flag.rule.action


@pytest.mark.parametrize("changes", [
    {}, {"suicidal_thoughts": "unsure"}, {"self_harm_ever": True, "self_harm_recent": False},
    {"self_harm_ever": None},
])
def test_answered_self_harm_questions_do_not_raise_the_follow_up(nps_form: FormDefinition,
                                                                 changes: dict[str, Any]) -> None:
    assert "self_harm_not_answered" not in ev(nps_form, **changes).flag_ids


def test_consent_declined_raises_the_consent_flag(nps_form: FormDefinition) -> None:
    declined = ev(nps_form, consent_share_drug_service=DECLINED)
    assert declined.flag_ids == ["consent_not_given"]
    action = declined.flags[0].rule.action
    assert "risk of serious harm" in action and "without consent" in action.lower()
    assert "consent_not_given" not in ev(nps_form).flag_ids  # consent given
    assert ev(nps_form, consent_share_drug_service=NOT_KNOWN).flag_ids == ["consent_not_asked"]


# ------------------------------------------------------------------ 10: the source of drug test results


def test_drug_test_results_cite_recommendation_13b_of_the_2021_report() -> None:
    header = (BUNDLED_DIR / "nps-screening.yaml").read_text(encoding="utf-8").split("\nid:", 1)[0]
    line = next(text for text in header.splitlines() if "drug test results" in text)
    assert "recommendation 13b" in line and "13d" not in header
    assert "nDelius" in header
