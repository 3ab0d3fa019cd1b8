"""The engine on the bundled form: visibility, validation, calculations, repeat groups, sections, overrides."""

from __future__ import annotations

import datetime as dt

import pytest
from screening_helpers import TODAY, low_risk_answers, low_risk_answers_v1

from nps_trainer.screening.answers import (
    DECLINED,
    NOT_KNOWN,
    add_instance,
    get_answer,
    remove_instance,
    set_answer,
)
from nps_trainer.screening.engine import REQUIRED_MESSAGE, SectionStatus, evaluate_answers
from nps_trainer.screening.model import FormDefinition, ItemType
from nps_trainer.screening.overrides import OverrideReasonRequired, clear_override, override_flag
from nps_trainer.screening.record import FormVersionMismatch, evaluate_record, new_record

HEROIN = {"category": "heroin", "last_used": "today", "days_used_28": 10, "routes": ["smoked"]}


def ev(form: FormDefinition, **changes):
    return evaluate_answers(form, {**low_risk_answers(), **changes}, today=TODAY)


# ------------------------------------------------------------------ visibility


def test_skip_logic_hides_and_drops_answers(nps_form: FormDefinition) -> None:
    evaluation = ev(nps_form, any_use_past_year=False)
    assert "substances" not in evaluation.visible
    assert "substances" not in evaluation.answers
    assert "level" not in evaluation.visible_sections
    assert evaluation.section_status("level") is SectionStatus.NOT_APPLICABLE
    assert "strong_urges" not in evaluation.answers


def test_item_visible_when_condition_met(nps_form: FormDefinition) -> None:
    assert "naloxone_held" not in ev(nps_form).visible
    assert "naloxone_held" in ev(nps_form, substances=[HEROIN]).visible
    assert "dash_score" in ev(nps_form, domestic_abuse=["experiencing"]).visible


def test_visibility_inside_repeat_instances(nps_form: FormDefinition) -> None:
    rows = [{**HEROIN, "category": "other", "other_substance": "'zombie'"}, HEROIN]
    evaluation = ev(nps_form, substances=rows)
    assert "substances[0].other_substance" in evaluation.visible
    assert "substances[1].other_substance" not in evaluation.visible
    evaluation = ev(nps_form, substances=[{**HEROIN, "other_substance": "left over"}])
    assert "other_substance" not in evaluation.answers["substances"][0]


def test_hidden_answers_do_not_raise_flags(nps_form: FormDefinition) -> None:
    # dash_score is hidden unless abuse is being experienced, so a stale score must not raise MARAC
    evaluation = ev(nps_form, domestic_abuse=["none_known"], dash_score=20)
    assert "marac_threshold" not in evaluation.flag_ids


def test_chained_visibility_settles(nps_form_v1: FormDefinition) -> None:
    # uses_opioids comes from a hidden group once any_use_past_year is false, so naloxone_held hides too
    evaluation = evaluate_answers(nps_form_v1, {**low_risk_answers_v1(), "any_use_past_year": False,
                                                "substances": [HEROIN], "naloxone_held": False}, today=TODAY)
    assert "naloxone_held" not in evaluation.visible
    assert "naloxone_needed" not in evaluation.flag_ids


def test_chained_visibility_settles_in_version_2(nps_form: FormDefinition) -> None:
    # Version 2 asks about naloxone after opioid use ever or a recent release: with neither, it hides.
    evaluation = ev(nps_form, any_use_past_year=False, substances=[HEROIN], naloxone_held=False,
                    opioids_ever=False, recent_release=False)
    assert "naloxone_held" not in evaluation.visible and "naloxone_held" not in evaluation.answers
    assert "naloxone_needed" not in evaluation.flag_ids


# ------------------------------------------------------------------ validation


@pytest.mark.parametrize(
    ("changes", "path", "fragment"),
    [
        ({"weekly_spend": -5}, "weekly_spend", "at least £0"),
        ({"weekly_spend": "lots"}, "weekly_spend", "Enter a number"),
        ({"substances": [{**HEROIN, "days_used_28": 29}]}, "substances[0].days_used_28", "no more than 28 days"),
        ({"substances": [{**HEROIN, "days_used_28": 2.5}]}, "substances[0].days_used_28", "whole number"),
        ({"housing": "castle"}, "housing", "not one of the choices"),
        ({"funding_sources": ["wages", "lottery"]}, "funding_sources", "lottery"),
        ({"purpose_explained": "maybe"}, "purpose_explained", "yes or no"),
        ({"next_review": "2025-02-30"}, "next_review", "real date"),
        ({"next_review": "2025-03-01"}, "next_review", "on or after the screening date"),
        ({"screening_date": "2030-01-01", "next_review": "2030-02-01"}, "screening_date", "future"),
        ({"shared_equipment": ["none", "pipes_straws"]}, "shared_equipment", "'None of these'"),
        ({"action_details": "x" * 2001}, "action_details", "2000 characters"),
        ({"housing": None}, "housing", REQUIRED_MESSAGE),
        ({"substances": []}, "substances", REQUIRED_MESSAGE),
        ({"substances": [{"category": "heroin"}]}, "substances[0].last_used", REQUIRED_MESSAGE),
    ],
)
def test_validation_errors(nps_form: FormDefinition, changes: dict, path: str, fragment: str) -> None:
    evaluation = ev(nps_form, **changes)
    assert path in evaluation.errors, evaluation.errors
    assert any(fragment in message for message in evaluation.errors[path])


def _answerable_paths(form: FormDefinition) -> list[tuple[str, str | None]]:
    found = []
    for item in form.top_level_items():
        if item.answerable:
            found.append((item.id, None))
        for child in item.items:
            if child.answerable:
                found.append((child.id, item.id))
    return found


@pytest.mark.parametrize("special", [DECLINED, NOT_KNOWN])
def test_declined_and_not_known_accepted_everywhere(nps_form: FormDefinition, special: str) -> None:
    for item_id, group in _answerable_paths(nps_form):
        answers = low_risk_answers()
        answers.update(
            any_use_past_year=True, children_contact=True, recent_release=True, domestic_abuse=["experiencing"],
            custody_release_recent=True, substances=[dict(HEROIN, category="other"), dict(HEROIN, category="crack")],
            children=[{"child_age": 4, "child_contact_type": "lives_with"}],
            # version 2: every follow-up question showing
            injecting_ever="previous", self_harm_ever=True, suicidal_thoughts="unsure", drug_tested=True,
            drug_tests=[{"test_date": "2025-03-03", "test_method": "urine", "test_result": "found",
                         "substances_found": ["opiates"], "result_disputed": True}],
        )
        if group is None:
            answers[item_id] = special
            path = item_id
        else:
            answers[group][0][item_id] = special
            path = f"{group}[0].{item_id}"
        evaluation = evaluate_answers(nps_form, answers, today=TODAY)
        assert path in evaluation.visible, path
        assert path not in evaluation.errors, (path, evaluation.errors.get(path))
        assert evaluation.evaluation_errors == []


def test_declining_everything_completes_every_section(nps_form: FormDefinition) -> None:
    answers = {item.id: DECLINED for item in nps_form.top_level_items() if item.answerable}
    evaluation = evaluate_answers(nps_form, answers, today=TODAY)
    assert evaluation.errors == {}
    assert evaluation.complete


# ------------------------------------------------------------------ calculations and repeat groups


def test_calculations(nps_form: FormDefinition) -> None:
    evaluation = ev(
        nps_form, weekly_spend=120, recent_release=True, release_date="2025-03-03", strong_urges=True,
        withdrawal=True, substances=[HEROIN, {**HEROIN, "category": "alcohol", "days_used_28": 22}],
    )
    calc = evaluation.calculated
    assert calc["monthly_spend"] == 520
    assert calc["days_since_release"] == 7
    assert calc["released_within_4_weeks"] is True
    assert calc["dependence_score"] == 2
    assert calc["uses_opioids"] is True
    assert calc["depressant_count"] == 2
    assert calc["substances[1].near_daily"] is True
    assert calc["substances[0].near_daily"] is False
    assert calc["near_daily_use"] is True


def test_release_date_older_than_four_weeks(nps_form: FormDefinition) -> None:
    evaluation = ev(nps_form, recent_release=True, release_date="2025-01-01")
    assert evaluation.calculated["released_within_4_weeks"] is False


def test_repeat_group_per_child(nps_form: FormDefinition) -> None:
    children = [{"child_age": 3, "child_contact_type": "lives_with"}, {"child_age": 19, "child_contact_type": "x"}]
    evaluation = ev(nps_form, children_contact=True, children=children, safe_storage=True)
    assert "children[1].child_age" in evaluation.errors
    assert "children[1].child_contact_type" in evaluation.errors
    assert "children[0].child_age" not in evaluation.errors
    assert evaluation.section_status("safeguarding") is SectionStatus.INCOMPLETE


def test_repeat_group_declined_as_a_whole(nps_form: FormDefinition) -> None:
    evaluation = ev(nps_form, substances=DECLINED)
    assert "substances" not in evaluation.errors
    assert evaluation.section_status("pattern") is SectionStatus.COMPLETE


def test_max_instances(nps_form: FormDefinition) -> None:
    rows = [dict(HEROIN) for _ in range(21)]
    assert "No more than 20 entries." in ev(nps_form, substances=rows).errors["substances"]


def test_answer_helpers_are_copy_on_write() -> None:
    answers: dict = {}
    step1, index = add_instance(answers, "substances")
    step2 = set_answer(step1, f"substances[{index}].category", "ketamine")
    step3 = set_answer(step2, "housing", "settled")
    assert answers == {}
    assert get_answer(step3, "substances[0].category") == "ketamine"
    assert set_answer(step3, "housing", None).get("housing") is None
    assert remove_instance(step3, "substances", 0)["substances"] == []


# ------------------------------------------------------------------ sections


def test_section_states(nps_form: FormDefinition) -> None:
    evaluation = evaluate_answers(nps_form, {"screening_date": "2025-03-10"}, today=TODAY)
    assert evaluation.section_status("consent") is SectionStatus.INCOMPLETE
    assert evaluation.section_status("health") is SectionStatus.NOT_STARTED
    state = evaluation.sections["consent"]
    assert state.required_answered == 1 and state.required_total > 1
    assert ev(nps_form).section_status("consent") is SectionStatus.COMPLETE


def test_section_with_invalid_answer_is_incomplete(nps_form: FormDefinition) -> None:
    assert ev(nps_form, weekly_spend=-1).section_status("funding") is SectionStatus.INCOMPLETE


# ------------------------------------------------------------------ overrides and records


def test_override_needs_reason_and_is_reported(nps_form: FormDefinition) -> None:
    with pytest.raises(OverrideReasonRequired):
        override_flag({}, "debt_or_selling", "  ")
    overrides = override_flag(
        {}, "debt_or_selling", "Debt is to a sibling, repaid; no dealer involved.", by="PO 123",
        at=dt.datetime(2025, 3, 10, 12, 0, tzinfo=dt.UTC),
    )
    answers = {**low_risk_answers(), "funding_sources": ["drug_debt"]}
    evaluation = evaluate_answers(nps_form, answers, today=TODAY, overrides=overrides)
    flag = next(f for f in evaluation.flags if f.id == "debt_or_selling")
    assert flag.overridden and flag.override is not None
    assert flag.override.reason.startswith("Debt is to a sibling")
    assert flag.override.at == "2025-03-10T12:00:00+00:00"
    assert "debt_or_selling" in evaluation.flag_ids  # an overridden flag stays on the record
    stale = evaluate_answers(nps_form, low_risk_answers(), today=TODAY, overrides=overrides)
    assert stale.unused_overrides == ["debt_or_selling"]
    assert clear_override(overrides, "debt_or_selling") == {}


def test_flags_sorted_red_first(nps_form: FormDefinition) -> None:
    evaluation = ev(nps_form, substances=[HEROIN], naloxone_held=False, cuckooing="yes")
    ranks = [f.severity.rank for f in evaluation.flags]
    assert ranks == sorted(ranks, reverse=True)


def test_record_keeps_form_version(nps_form: FormDefinition) -> None:
    record = new_record(nps_form, case_reference="X123456")
    record.answers = low_risk_answers()
    assert record.form_version == nps_form.version
    assert evaluate_record(nps_form, record, today=TODAY).complete
    record.form_version = "0"
    with pytest.raises(FormVersionMismatch):
        evaluate_record(nps_form, record, today=TODAY)


def test_every_item_type_is_used_by_the_bundled_form(nps_form: FormDefinition) -> None:
    used = {item.type for item in nps_form.top_level_items()}
    used |= {child.type for item in nps_form.top_level_items() for child in item.items}
    assert used == set(ItemType)


def test_form_library_finds_versions() -> None:
    from screening_helpers import BUNDLED_DIR

    from nps_trainer.screening.library import FormLibrary

    library = FormLibrary.load(BUNDLED_DIR)
    assert library.latest("nps-screening").version == "2"
    assert library.get("nps-screening", "2").path == BUNDLED_DIR / "nps-screening.yaml"
    # version 1 stays installed (in archive/) for the records made with it
    assert library.get("nps-screening", "1").path == BUNDLED_DIR / "archive" / "nps-screening-1.yaml"
    with pytest.raises(KeyError):
        library.get("nps-screening", "99")


@pytest.mark.parametrize(("release_date", "days", "within"), [
    ("2025-02-10", 28, True),  # exactly 28 days before the screening (2025-03-10): still within 4 weeks
    ("2025-02-09", 29, False),
    ("2025-03-10", 0, True),  # released the same day
])
def test_release_at_the_four_week_edge(nps_form: FormDefinition, release_date: str, days: int, within: bool) -> None:
    evaluation = ev(nps_form, recent_release=True, release_date=release_date)
    assert evaluation.calculated["days_since_release"] == days
    assert evaluation.calculated["released_within_4_weeks"] is within


def test_the_four_week_edge_counts_from_the_screening_date_not_today(nps_form: FormDefinition) -> None:
    evaluation = evaluate_answers(nps_form, {**low_risk_answers(), "recent_release": True,
                                             "release_date": "2025-02-10"}, today=TODAY + dt.timedelta(days=30))
    assert evaluation.calculated["days_since_release"] == 28
