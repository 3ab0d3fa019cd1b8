"""The engine as a practitioner meets it on the form page: what is shown, which answers need attention, how
each section reads, which flags are raised and in what order, and the reasons given for them.

Written from the mutation-testing survivors (issue 14).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from nps_trainer.screening.answers import DECLINED, NOT_KNOWN
from nps_trainer.screening.engine import (
    REQUIRED_MESSAGE,
    Evaluation,
    SectionState,
    SectionStatus,
    TriggerAnswer,
    evaluate_answers,
)
from nps_trainer.screening.loader import load_form_text
from nps_trainer.screening.model import FormDefinition

TODAY = dt.date(2025, 3, 10)

FORM = """\
id: engine
version: "1"
title: Engine checks
calculations:
  - id: heavy_days
    label: Days of heavy use
    expression: sum(subs, days)
  - id: review_due
    label: Review due
    expression: add_days(date('2025-03-01'), 28)
  - id: text_total
    expression: sum(subs, where)
sections:
  - id: about
    title: About
    items:
      - {id: uses, type: yes_no, label: Uses anything?, required: true}
      - {id: how_often, type: number, label: Days a week, min: 0, max: 7, required: true, visible_if: uses == true}
      - id: why
        type: text
        label: Why
        visible_if: how_often > 3
        constraints:
          - {rule: why * 2 > 1, message: Never shown.}
      - {id: reason_note, type: note, label: Say why, visible_if: how_often > 3}
      - id: routes
        type: multiple_choice
        label: Routes
        choices: [{id: smoked, label: Smoked}, {id: injected, label: Injected}]
      - id: seen
        type: date
        label: Date seen
        constraints:
          - {rule: seen <= today(), message: The date seen cannot be in the future.}
      - id: subs
        type: repeat
        label: Substances
        instance_label: Substance
        visible_if: uses == true
        calculations:
          - {id: daily, label: Daily use, expression: days >= 28}
          - {id: days_or_none, label: Days used (none if not asked), expression: "if(answered(days), days, 0)"}
        items:
          - id: cat
            type: single_choice
            label: Category
            required: true
            choices: [{id: spice, label: Spice}, {id: heroin, label: Heroin}]
          - {id: days, type: number, label: Days used in the past 28, min: 0, max: 28, visible_if: cat == 'spice',
             required: true}
          - id: where
            type: text
            label: Where bought
            constraints: [{rule: "where != 'nowhere' or cat == 'spice'", message: Say where it was bought.}]
          - {id: odd_child, type: text, label: Odd child, visible_if: where * 2 > 0}
          - {id: supply, type: text, label: Where from, visible_if: not daily}
  - id: extra
    title: Extra
    visible_if: uses == true
    items:
      - {id: more, type: text, label: More, required: true}
  - id: optional
    title: Optional
    items:
      - id: comment
        type: text
        label: Comment
        max_length: 5
        constraints:
          - {rule: answered(uses), message: Record whether anything is used first.}
      - {id: odd_top, type: text, label: Odd top, visible_if: comment * 3 > 0}
  - id: odd
    title: Odd section
    visible_if: comment * 2 > 0
    items:
      - {id: odd_item, type: text, label: Odd}
flags:
  - id: info_flag
    severity: info
    title: Information
    when: uses == false
    explanation: Nothing used.
    action: None.
  - id: heavy
    severity: amber
    title: Heavy use
    when: uses == true and heavy_days >= 20
    explanation: Heavy use.
    action: Talk.
  - id: daily_spice
    severity: red
    title: Daily spice
    when: any(subs, daily)
    explanation: Daily spice.
    action: Refer.
  - id: review
    severity: amber
    title: Review
    when: review_due < today()
    explanation: Review is due.
    action: Review.
  - id: broken
    severity: info
    title: Broken rule
    when: text_total > 0 or sum(subs, where) > 0
    explanation: Never raised.
    action: None.
  - id: most_days
    severity: info
    title: Most days
    when: how_often >= 5 and how_often <= 7 and uses == true
    explanation: Uses on most days.
    action: Ask about routine.
  - id: unasked
    severity: info
    title: Days not asked
    when: any(subs, cat == 'heroin' and days_or_none == 0)
    explanation: Days were not asked.
    action: Ask.
  - id: overdue_review
    severity: info
    title: Overdue review
    when: review_due < today() and uses == false
    explanation: Review overdue.
    action: Review.
  - id: nothing_answered
    severity: info
    title: Fresh screening
    when: not answered(uses) and not answered(seen)
    explanation: Nothing recorded yet.
    action: Start.
"""


@pytest.fixture(scope="module")
def form() -> FormDefinition:
    result = load_form_text(FORM, Path("engine.yaml"))
    assert result.problems == [] and result.form is not None
    return result.form


def run(form: FormDefinition, answers: dict[str, Any], **kwargs: Any) -> Evaluation:
    return evaluate_answers(form, answers, today=kwargs.pop("today", TODAY), **kwargs)


def spice(days: int, where: str = "") -> dict[str, Any]:
    row: dict[str, Any] = {"cat": "spice", "days": days}
    if where:
        row["where"] = where
    return row


def test_what_is_visible_follows_the_answers_through_chains(form: FormDefinition) -> None:
    evaluation = run(form, {"uses": True, "how_often": 5, "why": "Stress", "subs": [spice(4), {"cat": "heroin"}]})
    assert evaluation.is_visible("how_often") and evaluation.is_visible("why")
    assert evaluation.is_visible("reason_note")
    assert evaluation.is_visible("subs[0].days") and not evaluation.is_visible("subs[1].days")
    assert evaluation.is_visible("subs[1].cat")
    assert evaluation.visible_sections == frozenset({"about", "extra", "optional"})
    hidden = run(form, {"uses": False, "how_often": 5, "why": "Stress", "subs": [spice(4)], "more": "x"})
    assert not hidden.is_visible("how_often") and not hidden.is_visible("why")  # hidden through how_often
    assert not hidden.is_visible("subs") and not hidden.is_visible("subs[0].cat")
    assert hidden.visible_sections == frozenset({"about", "optional"})
    assert hidden.answers == {"uses": False}  # hidden answers are dropped


def test_hidden_answers_inside_an_instance_are_dropped_and_unknown_ids_ignored(form: FormDefinition) -> None:
    evaluation = run(form, {"not_an_item": 1, "cat": "spice", "uses": True,
                            "subs": [{"cat": "heroin", "days": 9, "where": "Street"}, "junk"]})
    assert evaluation.answers == {"uses": True, "subs": [{"cat": "heroin", "where": "Street"}, {}]}


def test_an_item_inside_an_instance_can_depend_on_that_instance_calculation(form: FormDefinition) -> None:
    evaluation = run(form, {"uses": True, "how_often": 1, "subs": [spice(5), spice(28)]})
    assert evaluation.is_visible("subs[0].supply") and not evaluation.is_visible("subs[1].supply")


def test_a_check_inside_an_instance_reads_that_instance(form: FormDefinition) -> None:
    rows = [{"cat": "heroin", "where": "nowhere"}, {"cat": "spice", "days": 2, "where": "nowhere"}]
    evaluation = run(form, {"uses": True, "how_often": 1, "subs": rows, "more": "x"})
    assert evaluation.errors == {"subs[0].where": ["Say where it was bought."]}


def test_required_answers_and_checks_report_by_path(form: FormDefinition) -> None:
    evaluation = run(form, {"uses": True, "how_often": 9, "subs": [{"days": 3}, spice(40)], "seen": "2025-03-11",
                            "comment": "too long"})
    assert evaluation.errors == {
        "how_often": ["Must be no more than 7."],
        "subs[0].cat": [REQUIRED_MESSAGE],
        "subs[1].days": ["Must be no more than 28."],
        "seen": ["The date seen cannot be in the future."],
        "more": [REQUIRED_MESSAGE],
        "comment": ["Keep this to 5 characters or fewer (now 8)."],
    }
    assert REQUIRED_MESSAGE == "An answer is needed (or record 'declined' or 'not known')."


def test_special_answers_satisfy_required_items_and_skip_checks(form: FormDefinition) -> None:
    evaluation = run(form, {"uses": True, "how_often": DECLINED, "seen": NOT_KNOWN, "more": "x",
                            "subs": [{"cat": NOT_KNOWN}]})
    assert evaluation.errors == {}


def test_a_constraint_is_checked_on_a_real_answer_but_not_on_a_special_one(form: FormDefinition) -> None:
    assert run(form, {"comment": "ok"}).errors == {
        "uses": [REQUIRED_MESSAGE], "comment": ["Record whether anything is used first."]
    }
    assert run(form, {"comment": NOT_KNOWN}).errors == {"uses": [REQUIRED_MESSAGE]}


def test_the_evaluation_is_a_snapshot_of_the_answers_given(form: FormDefinition) -> None:
    answers: dict[str, Any] = {"uses": True, "how_often": 1, "why": "hidden now", "routes": ["smoked"],
                               "subs": [{"cat": "heroin"}]}
    evaluation = run(form, answers)
    assert evaluation.form is form
    answers["routes"].append("injected")
    answers["subs"][0]["cat"] = "spice"
    answers["subs"].append({"cat": "spice"})
    assert evaluation.answers == {"uses": True, "how_often": 1, "routes": ["smoked"], "subs": [{"cat": "heroin"}]}


def test_a_constraint_is_not_checked_on_an_answer_of_the_wrong_type(form: FormDefinition) -> None:
    evaluation = run(form, {"uses": False, "seen": "2099-02-30"})
    assert evaluation.errors == {"seen": ["Enter a real date (YYYY-MM-DD)."]}
    assert run(form, {"uses": False, "seen": "2025-03-10"}).errors == {}  # exactly today is allowed


def test_sections_count_required_answers_and_other_errors(form: FormDefinition) -> None:
    evaluation = run(form, {"uses": True, "how_often": 9, "subs": [{"days": 3}, {"cat": "heroin"}],
                            "comment": "too long"})
    assert evaluation.sections == {
        "about": SectionState("about", SectionStatus.INCOMPLETE, 4, 3, 1),
        "extra": SectionState("extra", SectionStatus.NOT_STARTED, 1, 0, 0),
        "optional": SectionState("optional", SectionStatus.INCOMPLETE, 0, 0, 1),
        "odd": SectionState("odd", SectionStatus.NOT_APPLICABLE, 0, 0, 0),
    }
    assert evaluation.section_status("extra") is SectionStatus.NOT_STARTED
    assert not evaluation.complete


def test_a_finished_screening_is_complete_and_hidden_sections_do_not_apply(form: FormDefinition) -> None:
    done = run(form, {"uses": True, "how_often": 2, "subs": [{"cat": "heroin"}], "more": "x"})
    assert done.sections["about"] == SectionState("about", SectionStatus.COMPLETE, 3, 3, 0)
    assert done.sections["extra"] == SectionState("extra", SectionStatus.COMPLETE, 1, 1, 0)
    assert done.sections["optional"] == SectionState("optional", SectionStatus.NOT_STARTED, 0, 0, 0)
    assert done.complete is False  # a section not started is not complete
    finished = run(form, {"uses": True, "how_often": 2, "subs": [{"cat": "heroin"}], "more": "x", "comment": "ok"})
    assert finished.complete
    nothing = run(form, {"uses": False, "comment": "ok"})
    assert nothing.sections["extra"] == SectionState("extra", SectionStatus.NOT_APPLICABLE, 0, 0, 0)
    assert nothing.sections["about"].status is SectionStatus.COMPLETE
    assert nothing.complete


def test_a_special_answer_counts_as_answered_in_a_section(form: FormDefinition) -> None:
    evaluation = run(form, {"uses": DECLINED, "comment": NOT_KNOWN})
    assert evaluation.sections["about"] == SectionState("about", SectionStatus.COMPLETE, 1, 1, 0)
    assert evaluation.sections["optional"].status is SectionStatus.COMPLETE


def test_flags_come_red_first_then_amber_then_information(form: FormDefinition) -> None:
    evaluation = run(form, {"uses": True, "how_often": 7, "subs": [spice(28)]}, today=dt.date(2025, 4, 1))
    assert evaluation.flag_ids == ["daily_spice", "heavy", "review", "most_days"]
    assert [f.severity.value for f in evaluation.flags] == ["red", "amber", "amber", "info"]
    assert run(form, {"uses": False}).flag_ids == ["info_flag"]
    assert run(form, {}).flag_ids == ["nothing_answered"]


def test_a_flag_depending_on_today_is_raised_only_after_the_date(form: FormDefinition) -> None:
    assert "review" not in run(form, {"uses": False}, today=dt.date(2025, 3, 29)).flag_ids  # due that day
    assert "review" in run(form, {"uses": False}, today=dt.date(2025, 3, 30)).flag_ids
    assert run(form, {"uses": False}, today=dt.date(2025, 3, 30)).today == dt.date(2025, 3, 30)


def test_reasons_name_the_answers_through_calculations(form: FormDefinition) -> None:
    evaluation = run(form, {"uses": True, "how_often": 7, "subs": [spice(12), {"cat": "heroin"}, spice(9)]})
    heavy = evaluation.flags[0]
    assert heavy.id == "heavy"
    assert heavy.triggers == (
        TriggerAnswer("uses", "Uses anything?", "Yes"),
        TriggerAnswer("subs[0].days", "Substance 1 › Days used in the past 28", "12"),
        TriggerAnswer("subs[2].days", "Substance 3 › Days used in the past 28", "9"),
    )
    assert heavy.reason == (
        "Raised by: Uses anything? Yes; Substance 1 › Days used in the past 28: 12; "
        "Substance 3 › Days used in the past 28: 9."
    )


def test_reasons_for_an_instance_calculation_and_a_question(form: FormDefinition) -> None:
    daily = run(form, {"uses": True, "how_often": 7, "subs": [{"cat": "heroin"}, spice(28)]}).flags[0]
    assert daily.id == "daily_spice"
    assert daily.reason == "Raised by: Substance 2 › Days used in the past 28: 28."
    info = run(form, {"uses": False}).flags[0]
    assert info.reason == "Raised by: Uses anything? No."
    assert str(TriggerAnswer("uses", "Uses anything?  ", "No")) == "Uses anything?   No"


def test_an_answer_read_twice_is_named_once(form: FormDefinition) -> None:
    most = run(form, {"uses": True, "how_often": 5}).flags[0]
    assert most.id == "most_days"
    assert most.reason == "Raised by: Days a week: 5; Uses anything? Yes."


def test_a_calculation_read_from_no_answers_is_named_by_its_label(form: FormDefinition) -> None:
    review = run(form, {"uses": False}, today=dt.date(2025, 4, 1)).flags[0]
    assert review.id == "review"
    assert review.reason == "Raised by: Review due: 29 March 2025."
    assert review.triggers == (TriggerAnswer("review_due", "Review due", "29 March 2025"),)


def test_a_flag_reading_an_instance_calculation_is_raised(form: FormDefinition) -> None:
    unasked = run(form, {"uses": True, "how_often": 1, "subs": [spice(3), {"cat": "heroin"}]}).flags[0]
    assert unasked.id == "unasked"
    assert [t.path for t in unasked.triggers] == ["subs[1].cat", "subs[1].days_or_none"]
    assert "unasked" not in run(form, {"uses": True, "how_often": 1, "subs": [spice(3)]}).flag_ids


def test_a_reason_names_a_calculation_and_the_answers_after_it(form: FormDefinition) -> None:
    evaluation = run(form, {"uses": False}, today=dt.date(2025, 4, 1))
    overdue = evaluation.flags[evaluation.flag_ids.index("overdue_review")]
    assert overdue.reason == "Raised by: Review due: 29 March 2025; Uses anything? No."


def test_a_constraint_that_cannot_be_worked_out_is_reported(form: FormDefinition) -> None:
    evaluation = run(form, {"uses": True, "how_often": 5, "why": "Stress"})
    assert evaluation.evaluation_errors == ["item 'why' constraint: '*' needs numbers, got 'Stress'"]
    assert "why" not in evaluation.errors


def test_a_section_condition_that_cannot_be_worked_out_is_reported(form: FormDefinition) -> None:
    evaluation = run(form, {"uses": False, "comment": "ok"})
    assert evaluation.evaluation_errors == [
        "item 'odd_top': '*' needs numbers, got 'ok'", "section 'odd': '*' needs numbers, got 'ok'"
    ]
    assert "odd" not in evaluation.visible_sections


def test_a_hidden_required_answer_in_an_instance_is_not_needed(form: FormDefinition) -> None:
    evaluation = run(form, {"uses": True, "how_often": 1, "subs": [{"cat": "heroin"}, {"cat": "spice"}], "more": "x"})
    assert evaluation.errors == {"subs[1].days": [REQUIRED_MESSAGE]}
    assert evaluation.sections["about"] == SectionState("about", SectionStatus.INCOMPLETE, 5, 4, 0)


def test_a_flag_raised_by_no_recorded_answer_says_so(form: FormDefinition) -> None:
    fresh = run(form, {}).flags[0]
    assert fresh.triggers == ()
    assert fresh.reason == "Raised by the answers recorded."


def test_expressions_that_cannot_be_worked_out_are_reported_once(form: FormDefinition) -> None:
    evaluation = run(form, {"uses": True, "how_often": 1, "subs": [{"cat": "heroin", "where": "Street"}]})
    assert evaluation.evaluation_errors == [
        "calculation 'text_total': 'sum' needs numbers, got 'Street'",
        "item 'odd_child': '*' needs numbers, got 'Street'",
        "flag 'broken': 'sum' needs numbers, got 'Street'",
    ]
    assert evaluation.calculated["text_total"] is None
    assert "broken" not in evaluation.flag_ids


def test_overrides_attach_to_raised_flags_and_others_are_listed_as_unused(form: FormDefinition) -> None:
    overrides = {
        "info_flag": {"reason": "Checked with the drug service", "by": "Alex", "at": "2025-03-10T10:00:00"},
        "zz_old": {"reason": "Old flag"},
        "heavy": {"reason": "Not raised now"},
        "bad": "not a mapping",
    }
    evaluation = run(form, {"uses": False}, overrides=overrides)
    assert evaluation.flags[0].overridden
    assert evaluation.flags[0].override is not None and evaluation.flags[0].override.by == "Alex"
    assert evaluation.unused_overrides == ["heavy", "zz_old"]
    assert not run(form, {"uses": False}).flags[0].overridden


def test_calculated_values_are_kept_per_instance(form: FormDefinition) -> None:
    evaluation = run(form, {"uses": True, "how_often": 1, "subs": [spice(28), {"cat": "heroin"}]})
    assert evaluation.calculated["subs[0].daily"] is True
    assert evaluation.calculated["subs[1].daily"] is None
    assert evaluation.calculated["heavy_days"] == 28
    assert evaluation.calculated["review_due"] == dt.date(2025, 3, 29)


def test_the_answers_given_are_not_changed(form: FormDefinition) -> None:
    answers = {"uses": False, "how_often": 5, "subs": [spice(4)]}
    run(form, answers)
    assert answers == {"uses": False, "how_often": 5, "subs": [spice(4)]}


def test_without_a_date_today_is_the_real_date(form: FormDefinition) -> None:
    assert evaluate_answers(form, {}).today == dt.date.today()
