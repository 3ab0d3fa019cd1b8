"""Version 2 of the bundled screening form (issue 11, point 1): what it adds, each new rule raised and not
raised, a declined gating question that keeps the answers already given and says what was skipped, and version 1
kept exactly as it was for the records made with it. (One raising case and one near miss for every flag are also
in test_screening_flags.py.)"""

from __future__ import annotations

import html
import re
from typing import Any

import pytest
from screening_helpers import BUNDLED_DIR, TODAY, V1_FORM, low_risk_answers, low_risk_answers_v1

from nps_trainer.screening import (
    DECLINED,
    NOT_KNOWN,
    FormLibrary,
    evaluate_answers,
    new_record,
    render_summary_html,
)
from nps_trainer.screening.model import FormDefinition

HEROIN = {"category": "heroin", "last_used": "today", "days_used_28": 10, "routes": ["smoked"]}
CANNABIS = {"category": "cannabis", "last_used": "past_week", "days_used_28": 4, "routes": ["smoked"]}
ALCOHOL = {**CANNABIS, "category": "alcohol", "routes": ["swallowed"]}
STIMULANTS = ("cocaine", "crack", "amphetamine", "methamphetamine", "synthetic_cathinones")
DISPUTED_TEST = {"test_date": "2025-03-03", "test_method": "urine", "test_result": "found",
                 "substances_found": ["cocaine"], "result_disputed": True, "dispute_details": "Says it was a mix-up."}


def ev(form: FormDefinition, **changes: Any):
    return evaluate_answers(form, {**low_risk_answers(), **changes}, today=TODAY)


def flags(form: FormDefinition, **changes: Any) -> list[str]:
    return ev(form, **changes).flag_ids


def plain_summary(form: FormDefinition, answers: dict[str, Any]) -> str:
    record = new_record(form, case_reference="X123456")
    record.answers = answers
    text = render_summary_html(form, record, for_drug_service=False, today=TODAY)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


# ------------------------------------------------------------------ versions


def test_version_2_is_the_bundled_form_and_version_1_is_unchanged_beside_it(nps_form: FormDefinition,
                                                                            nps_form_v1: FormDefinition) -> None:
    assert (nps_form.id, nps_form.version) == ("nps-screening", "2")
    assert (nps_form_v1.id, nps_form_v1.version) == ("nps-screening", "1")
    assert not nps_form_v1.keeps_answered and nps_form.keeps_answered
    library = FormLibrary.load(BUNDLED_DIR)
    assert library.latest("nps-screening").version == "2"
    assert library.get("nps-screening", "1").path == V1_FORM
    for new in ("chemsex", "bbv_tested", "exploitation_history", "opioids_ever", "suicidal_thoughts", "drug_tests"):
        assert nps_form.has_item(new) and not nps_form_v1.has_item(new), new


def test_version_1_answers_still_complete_version_1_with_no_flags(nps_form_v1: FormDefinition) -> None:
    evaluation = evaluate_answers(nps_form_v1, low_risk_answers_v1(), today=TODAY)
    assert evaluation.complete and evaluation.errors == {} and evaluation.flag_ids == []


def test_version_2_answers_are_unknown_to_version_1(nps_form_v1: FormDefinition) -> None:
    """A record keeps its version: version 2's questions are not silently taken into a version 1 record."""
    evaluation = evaluate_answers(nps_form_v1, low_risk_answers(), today=TODAY)
    assert set(evaluation.unknown_answers) == {"chemsex", "exploitation_history", "self_harm_ever",
                                               "suicidal_thoughts", "drug_tested"}
    assert not evaluation.complete


# ------------------------------------------------------------------ mental health and self-harm


def test_self_harm_flag_points_to_the_local_procedure_and_999(nps_form: FormDefinition) -> None:
    evaluation = ev(nps_form, suicidal_thoughts="unsure")
    flag = next(f for f in evaluation.flags if f.id == "self_harm_or_suicide")
    assert flag.severity.value == "red"
    assert "local self-harm and suicide prevention procedure" in flag.rule.action
    assert "call 999" in flag.rule.action
    assert "thoughts of ending their life" in flag.reason and "Unsure or suspected" in flag.reason
    assert "suicide_immediate_risk" not in evaluation.flag_ids  # asked, not yet answered


def test_self_harm_history_alone_raises_nothing_and_recent_is_asked_only_after_a_yes(
        nps_form: FormDefinition) -> None:
    assert "self_harm_recent" not in ev(nps_form, self_harm_ever=False).visible
    evaluation = ev(nps_form, self_harm_ever=True, self_harm_recent=False)
    assert "self_harm_recent" in evaluation.visible
    assert "self_harm_or_suicide" not in evaluation.flag_ids
    assert "self_harm_or_suicide" in flags(nps_form, self_harm_ever=True, self_harm_recent=True)


def test_immediate_risk_is_asked_after_thoughts_of_suicide_and_its_flag_says_999_first(
        nps_form: FormDefinition) -> None:
    assert "suicide_immediate_risk" not in ev(nps_form, suicidal_thoughts="no").visible
    evaluation = ev(nps_form, suicidal_thoughts="yes", suicide_immediate_risk=True)
    flag = next(f for f in evaluation.flags if f.id == "suicide_immediate_risk")
    assert flag.rule.action.startswith("Call 999 now")
    assert "suicide_immediate_risk" not in flags(nps_form, suicidal_thoughts="yes", suicide_immediate_risk=False)


def test_the_suicide_question_is_required_but_can_be_declined(nps_form: FormDefinition) -> None:
    assert not ev(nps_form, suicidal_thoughts=None).complete
    declined = ev(nps_form, suicidal_thoughts=DECLINED)
    assert declined.complete and "self_harm_or_suicide" not in declined.flag_ids


# ------------------------------------------------------------------ stimulants and chemsex


def test_stimulants_are_named_apart(nps_form: FormDefinition) -> None:
    labels = {choice.id: choice.label for choice in nps_form.item("category").choices}
    assert {"cocaine", "crack", "amphetamine", "methamphetamine", "synthetic_cathinones"} <= set(labels)
    assert len({labels[s] for s in STIMULANTS}) == len(STIMULANTS)
    assert "methamphetamine" not in labels["amphetamine"].lower()


@pytest.mark.parametrize("category", STIMULANTS)
def test_each_stimulant_raises_the_stimulant_flag(nps_form: FormDefinition, category: str) -> None:
    evaluation = ev(nps_form, substances=[{**CANNABIS, "category": category, "routes": ["snorted"]}])
    flag = next(f for f in evaluation.flags if f.id == "stimulant_use")
    assert "999" in flag.rule.action and flag.triggers


@pytest.mark.parametrize("category", ["cannabis", "heroin", "ketamine", "synthetic_cannabinoids", "alcohol"])
def test_other_substances_do_not_raise_the_stimulant_flag(nps_form: FormDefinition, category: str) -> None:
    assert "stimulant_use" not in flags(nps_form, substances=[{**CANNABIS, "category": category}],
                                        naloxone_held=True, opioids_ever=True)


def test_methamphetamine_counts_as_class_a_in_the_caseload_figures(nps_form: FormDefinition) -> None:
    assert "methamphetamine" in nps_form.figures["class_a"].values
    assert "amphetamine" not in nps_form.figures["class_a"].values


def test_chemsex_flag_prompts_sexual_health_and_is_asked_only_about_use(nps_form: FormDefinition) -> None:
    evaluation = ev(nps_form, chemsex="yes")
    flag = next(f for f in evaluation.flags if f.id == "chemsex")
    assert "sexual health clinic" in flag.rule.action
    assert "chemsex" not in flags(nps_form, chemsex="no")
    assert "chemsex" not in flags(nps_form, chemsex=DECLINED)
    assert "chemsex" not in ev(nps_form, any_use_past_year=False, chemsex=None).visible


# ------------------------------------------------------------------ injecting ever and blood-borne viruses


def test_injecting_ever_is_asked_of_everyone_and_long_ago_prompts_a_bbv_test(nps_form: FormDefinition) -> None:
    evaluation = ev(nps_form, any_use_past_year=False, injecting_ever="previous")
    assert "injecting_ever" in evaluation.visible and "bbv_tested" in evaluation.visible
    assert "bbv_testing" in evaluation.flag_ids
    assert "injecting" not in evaluation.flag_ids  # current injecting is a different flag
    flag = next(f for f in evaluation.flags if f.id == "bbv_testing")
    assert "blood-borne virus test" in flag.rule.action


@pytest.mark.parametrize(("tested", "raised"), [("never", True), ("longer_ago", True), (NOT_KNOWN, True),
                                                 (None, True), ("past_12_months", False)])
def test_bbv_flag_follows_the_last_test(nps_form: FormDefinition, tested: str | None, raised: bool) -> None:
    assert ("bbv_testing" in flags(nps_form, injecting_ever="current", bbv_tested=tested)) is raised


def test_never_injected_asks_nothing_about_bbv_tests(nps_form: FormDefinition) -> None:
    evaluation = ev(nps_form, injecting_ever="never", bbv_tested="never")
    assert "bbv_tested" not in evaluation.visible and "bbv_testing" not in evaluation.flag_ids


# ------------------------------------------------------------------ exploitation history


@pytest.mark.parametrize("past", ["county_lines", "cuckooing", "drug_debt"])
def test_each_past_exploitation_raises_its_flag(nps_form: FormDefinition, past: str) -> None:
    assert "past_exploitation" in flags(nps_form, exploitation_history=[past])


def test_past_exploitation_is_not_current_signs(nps_form: FormDefinition) -> None:
    past = flags(nps_form, exploitation_history=["cuckooing"])
    assert "exploitation_indicators" not in past
    assert "past_exploitation" not in flags(nps_form, cuckooing="yes")


def test_none_known_cannot_go_with_a_past_exploitation(nps_form: FormDefinition) -> None:
    evaluation = ev(nps_form, exploitation_history=["none_known", "drug_debt"])
    assert evaluation.errors["exploitation_history"] == ["'None known' cannot be chosen with other answers."]


# ------------------------------------------------------------------ naloxone


def test_naloxone_is_asked_after_opioid_use_ever(nps_form: FormDefinition) -> None:
    assert "naloxone_held" not in ev(nps_form, opioids_ever=False).visible
    evaluation = ev(nps_form, opioids_ever=True, naloxone_held=False)
    assert "naloxone_held" in evaluation.visible and "naloxone_needed" in evaluation.flag_ids
    assert "naloxone_needed" not in flags(nps_form, opioids_ever=True, naloxone_held=True)


def test_opioid_use_ever_is_not_asked_again_after_opioid_use_this_year(nps_form: FormDefinition) -> None:
    assert "opioids_ever" not in ev(nps_form, substances=[HEROIN], naloxone_held=True).visible


@pytest.mark.parametrize("release", [{"recent_release": True}, {"custody_release_recent": True}])
def test_naloxone_is_asked_after_a_recent_release(nps_form: FormDefinition, release: dict[str, Any]) -> None:
    evaluation = ev(nps_form, opioids_ever=False, **release)
    assert "naloxone_held" in evaluation.visible
    assert "naloxone_needed" not in evaluation.flag_ids  # cannabis only: asked, no flag
    with_downer = ev(nps_form, opioids_ever=False, substances=[ALCOHOL], naloxone_held=False, **release)
    assert "naloxone_needed" in with_downer.flag_ids


# ------------------------------------------------------------------ drug tests (recommendation 13d)


def test_drug_test_results_are_recorded_and_a_dispute_is_flagged(nps_form: FormDefinition) -> None:
    evaluation = ev(nps_form, drug_tested=True, drug_tests=[DISPUTED_TEST])
    assert evaluation.errors == {} and evaluation.complete
    flag = next(f for f in evaluation.flags if f.id == "drug_test_disputed")
    assert "Test 1 › Do they dispute the result? Yes" in flag.reason
    summary = plain_summary(nps_form, {**low_risk_answers(), "drug_tested": True, "drug_tests": [DISPUTED_TEST]})
    assert ("Test 1 Date of the test 3 March 2025 How was it tested? Urine Result One or more substances found "
            "What was found? Cocaine (including crack) Do they dispute the result? Yes What do they say about it? "
            "Says it was a mix-up.") in summary


def test_a_clear_test_needs_no_list_of_substances_and_raises_nothing(nps_form: FormDefinition) -> None:
    clear = {"test_date": "2025-03-03", "test_method": "oral_fluid", "test_result": "none_found"}
    evaluation = ev(nps_form, drug_tested=True, drug_tests=[clear])
    assert evaluation.complete and "drug_tests[0].substances_found" not in evaluation.visible
    assert "drug_test_disputed" not in evaluation.flag_ids


def test_drug_test_checks(nps_form: FormDefinition) -> None:
    found = {"test_date": "2025-03-11", "test_method": "urine", "test_result": "found"}
    evaluation = ev(nps_form, drug_tested=True, drug_tests=[found])
    assert evaluation.errors["drug_tests[0].test_date"] == [
        "The test date cannot be after the screening date or in the future."]
    assert "drug_tests[0].substances_found" in evaluation.errors  # required once something was found
    assert "drug_tests" not in ev(nps_form, drug_tested=False, drug_tests=[found]).answers


# ------------------------------------------------------------------ consent to share


# Not answered yet is not raised: the question is required, so a finished screening always answers it, and a new
# draft would otherwise open with a flag before the conversation has started.
@pytest.mark.parametrize(("consent", "raised"), [("not_asked_yet", True), (NOT_KNOWN, True), (None, False),
                                                  (DECLINED, False), ("yes", False), ("no", False)])
def test_consent_not_asked_or_not_recorded_prompts_the_conversation(nps_form: FormDefinition,
                                                                   consent: str | None, raised: bool) -> None:
    assert ("consent_not_asked" in flags(nps_form, consent_share_drug_service=consent)) is raised


def test_a_refusal_is_still_its_own_flag(nps_form: FormDefinition) -> None:
    raised = flags(nps_form, consent_share_drug_service="no")
    assert "consent_not_given" in raised and "consent_not_asked" not in raised


# ------------------------------------------------------------------ Care Act s42


CARE_ACT = ("adult_care_needs", "adult_abuse_neglect", "adult_cannot_protect")


@pytest.mark.parametrize("part", CARE_ACT)
@pytest.mark.parametrize("answer", [True, NOT_KNOWN])
def test_any_part_of_the_care_act_test_yes_or_not_known_prompts_it(nps_form: FormDefinition, part: str,
                                                                   answer: Any) -> None:
    raised = flags(nps_form, **{part: answer})
    assert "adult_safeguarding_check" in raised and "adult_safeguarding_concern" not in raised


@pytest.mark.parametrize("others", [False, DECLINED, None])
def test_care_act_prompt_not_raised_without_a_yes_or_not_known(nps_form: FormDefinition, others: Any) -> None:
    assert "adult_safeguarding_check" not in flags(nps_form, **dict.fromkeys(CARE_ACT, others))


def test_all_three_parts_raise_the_red_concern_instead(nps_form: FormDefinition) -> None:
    raised = flags(nps_form, **dict.fromkeys(CARE_ACT, True))
    assert "adult_safeguarding_concern" in raised and "adult_safeguarding_check" not in raised
    partly = flags(nps_form, adult_care_needs=True, adult_abuse_neglect=True, adult_cannot_protect=NOT_KNOWN)
    assert "adult_safeguarding_check" in partly and "adult_safeguarding_concern" not in partly


# ------------------------------------------------------------------ a declined gating question


def test_a_declined_gate_keeps_the_answers_given_and_says_what_was_skipped(nps_form: FormDefinition) -> None:
    answers = {key: value for key, value in low_risk_answers().items()
               if key not in ("strong_urges", "tried_to_cut_down", "withdrawal", "others_concerned",
                              "shared_equipment", "weekly_spend", "funding_sources", "major_activity")}
    answers.update(any_use_past_year=DECLINED, substances=[HEROIN], naloxone_held=False)
    evaluation = evaluate_answers(nps_form, answers, today=TODAY)
    assert evaluation.answers["substances"] == [HEROIN]  # what they did say is kept, and counts
    assert {"naloxone_needed"} <= set(evaluation.flag_ids)
    assert evaluation.complete and evaluation.errors == {}
    skipped = {skip.path: skip for skip in evaluation.skipped}
    assert set(skipped) == {"level", "funding"}
    assert skipped["level"].because == (
        "Have they used any drug, alcohol or medicine not prescribed to them in the past 12 months (including in "
        "custody)? Declined to answer",)
    text = plain_summary(nps_form, answers)
    assert "Skipped because an answer was declined or not known." in text
    assert ("Level of use (section): not asked, because: Have they used any drug, alcohol or medicine not "
            "prescribed to them in the past 12 months (including in custody)? Declined to answer") in text
    assert "Substance 1 Substance Heroin" in text


def test_answers_already_given_behind_a_declined_gate_stay_and_the_rest_is_skipped(
        nps_form: FormDefinition) -> None:
    answers = {**low_risk_answers(), "any_use_past_year": NOT_KNOWN, "major_activity": None}
    evaluation = evaluate_answers(nps_form, answers, today=TODAY)
    assert evaluation.answers["weekly_spend"] == 20 and "funding" in evaluation.visible_sections
    assert "major_activity" not in evaluation.visible
    assert [(s.path, s.kept_answers) for s in evaluation.skipped] == [("funding", True)]
    assert ("Funding (section): the questions without an answer were not asked, because: Have they used any "
            "drug, alcohol or medicine not prescribed to them in the past 12 months (including in custody)? "
            "Not known") in plain_summary(nps_form, answers)


def test_a_declined_item_gate_skips_the_question_behind_it(nps_form: FormDefinition) -> None:
    evaluation = ev(nps_form, children_contact=DECLINED)
    assert [(s.path, s.title) for s in evaluation.skipped] == [
        ("children", "Children"),
        ("safe_storage", "Are drugs, medicines (including opioid substitutes) and equipment stored out of "
                         "children's reach?")]
    assert evaluation.complete


def test_a_declined_answer_inside_an_instance_skips_its_follow_up(nps_form: FormDefinition) -> None:
    evaluation = ev(nps_form, substances=[{**CANNABIS, "category": DECLINED}])
    assert [(s.path, s.reason) for s in evaluation.skipped] == [
        ("substances[0].other_substance", "Substance: Declined to answer"),
        # whether they use opioids is not known, so the opioid follow-ups are skipped, and opioid use ever asked
        ("naloxone_held", "Substance 1 › Substance: Declined to answer"),
        ("ost_status", "Substance 1 › Substance: Declined to answer")]
    assert evaluation.skipped[0].title == "Substance 1 › What is it called locally?"
    assert "opioids_ever" in evaluation.visible


def test_a_real_no_or_an_unanswered_gate_skips_nothing(nps_form: FormDefinition) -> None:
    no = ev(nps_form, any_use_past_year=False)
    assert no.skipped == [] and "substances" not in no.answers and "strong_urges" not in no.answers
    assert "Skipped" not in plain_summary(nps_form, {**low_risk_answers(), "any_use_past_year": False})
    unanswered = evaluate_answers(nps_form, {"screening_date": "2025-03-10"}, today=TODAY)
    assert unanswered.skipped == []


def test_version_1_still_drops_answers_behind_a_declined_gate(nps_form_v1: FormDefinition) -> None:
    """Version 1 records read and print exactly as before: its unknown conditions still hide."""
    answers = {**low_risk_answers_v1(), "any_use_past_year": DECLINED}
    evaluation = evaluate_answers(nps_form_v1, answers, today=TODAY)
    assert "substances" not in evaluation.answers and "weekly_spend" not in evaluation.answers
    assert evaluation.skipped == []
    assert "Skipped" not in plain_summary(nps_form_v1, answers)
