"""Records, the printed summaries and the folder check, as a practitioner or form author sees them.

Written from the mutation-testing survivors (issue 14).
"""

from __future__ import annotations

import datetime as dt
import html
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from nps_trainer.screening.answers import DECLINED
from nps_trainer.screening.checks import validate_forms
from nps_trainer.screening.loader import FormLoadError, load_form_text
from nps_trainer.screening.model import FormDefinition
from nps_trainer.screening.overrides import override_flag
from nps_trainer.screening.record import (
    FormVersionMismatch,
    ScreeningRecord,
    evaluate_record,
    new_record,
    record_date,
)
from nps_trainer.screening.render import ConsentNotRecorded, render_summary_html
from nps_trainer.validation import Problem, Severity

TINY = """\
id: tiny
version: "2"
title: Tiny screening
summary_date_item: seen_on
share_consent: consent == 'yes'
sections:
  - id: main
    title: Main section
    items:
      - {id: seen_on, type: date, label: Date seen}
      - id: consent
        type: single_choice
        label: Consent to share
        choices: [{id: 'yes', label: 'Yes'}, {id: 'no', label: 'No'}]
      - {id: uses, type: yes_no, label: Uses anything?, summary: true}
      - {id: about, type: note, label: A note for the practitioner}
      - {id: private, type: text, label: Probation-only note, share: false}
      - {id: hidden, type: text, label: Hidden follow-up, visible_if: uses == true}
      - {id: mood, type: text, label: Mood today}
      - id: subs
        type: repeat
        label: Substances
        instance_label: Substance
        items:
          - id: cat
            type: single_choice
            label: Category
            choices: [{id: spice, label: Spice}, {id: heroin, label: Heroin}]
          - {id: bought, type: text, label: Where bought, share: false}
          - {id: days, type: number, label: Days used, unit: days, visible_if: cat == 'spice'}
  - id: follow_up
    title: Follow-up section
    visible_if: uses == true
    items:
      - {id: more, type: text, label: More detail}
  - id: last
    title: Last section
    items:
      - {id: plans, type: text, label: Plans}
figures:  # a screening the caseload figures count (a form without figures is summarised as a checklist)
  class_a: {item: uses, values: ["yes"]}
  nps: {item: uses, values: ["yes"]}
  opioids: {item: uses, values: ["yes"]}
  injecting: {item: uses, values: ["yes"]}
  in_treatment: {item: uses, values: ["yes"]}
  recent_release: {item: uses, values: ["yes"]}
  naloxone_held: {item: uses, values: ["yes"]}
flags:
  - id: uses_something
    severity: amber
    title: Uses something
    when: uses == true
    explanation: Something is used.
    action: Talk it through.
"""


@pytest.fixture(scope="module")
def tiny() -> FormDefinition:
    result = load_form_text(TINY, Path("tiny.yaml"))
    assert result.problems == [] and result.form is not None
    return result.form


@pytest.fixture
def london(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/London")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def record(answers: dict[str, object], **fields: object) -> ScreeningRecord:
    base = ScreeningRecord("r-1", "tiny", "2", answers=answers, created_at="2025-03-10T09:00:00+00:00")
    for key, value in fields.items():
        setattr(base, key, value)
    return base


def summary(form: FormDefinition, rec: ScreeningRecord, *, for_drug_service: bool = False) -> str:
    return render_summary_html(form, rec.to_dict(), for_drug_service=for_drug_service, today=dt.date(2025, 3, 12))


ANSWERS = {
    "seen_on": "2025-03-01",
    "consent": "yes",
    "uses": False,
    "private": "Seen at the office",
    "hidden": "should not show",
    "mood": "Low",
    "subs": [{"cat": "heroin", "bought": "Street", "days": 9}],
    "more": "hidden section answer",
    "plans": "Back to work",
}


def test_a_record_round_trips_through_its_stored_form() -> None:
    rec = ScreeningRecord("r-1", "tiny", "2", {"uses": True}, {"x": {"reason": "r"}}, "2025-03-10T09:00:00+00:00",
                          "2025-03-11T10:00:00+00:00", "A123456")
    stored = rec.to_dict()
    assert stored == {
        "format": 1, "record_id": "r-1", "form_id": "tiny", "form_version": "2", "answers": {"uses": True},
        "overrides": {"x": {"reason": "r"}}, "created_at": "2025-03-10T09:00:00+00:00",
        "updated_at": "2025-03-11T10:00:00+00:00", "case_reference": "A123456",
    }
    assert ScreeningRecord.from_dict(stored) == rec


def test_a_stored_record_without_optional_fields_reads_as_empty_text() -> None:
    rec = ScreeningRecord.from_dict({"record_id": 7, "form_id": "tiny", "form_version": 2})
    assert rec == ScreeningRecord("7", "tiny", "2", {}, {}, "", "", "")


def test_a_naive_finishing_time_is_utc_so_a_late_evening_finish_is_the_next_uk_day(
    tiny: FormDefinition, london: None
) -> None:
    rec = record({"seen_on": "2025-07-20"})
    assert record_date(tiny, rec, dt.datetime(2025, 7, 10, 23, 30)) == dt.date(2025, 7, 11)
    assert record_date(tiny, rec, dt.datetime(2025, 7, 10, 23, 30, tzinfo=dt.UTC)) == dt.date(2025, 7, 11)
    earlier = dt.datetime(2025, 7, 11, 0, 30, tzinfo=dt.timezone(dt.timedelta(hours=5)))  # 10 July, 20:30 UK
    assert record_date(tiny, rec, earlier) == dt.date(2025, 7, 10)


def test_the_summary_shows_the_screening_date_answered(tiny: FormDefinition) -> None:
    plain = html.unescape(summary(tiny, record(ANSWERS)))
    assert "Screening date: 1 March 2025<br>" in plain


def test_the_summary_falls_back_to_the_day_the_record_was_made(tiny: FormDefinition) -> None:
    plain = html.unescape(summary(tiny, record({"uses": False})))
    assert "Screening date: 10 March 2025<br>" in plain
    assert "Screening date:" not in html.unescape(summary(tiny, record({"uses": False}, created_at="unknown")))


def test_rows_are_styled_as_answered_special_or_unanswered(tiny: FormDefinition) -> None:
    text = summary(tiny, record({**ANSWERS, "mood": DECLINED, "plans": ""}))
    assert '<td class="answer">Low</td>' not in text
    assert '<td class="special">Declined to answer</td>' in text
    assert '<td class="unanswered">Not answered</td>' in text
    assert '<td class="answer">Seen at the office</td>' in text


def test_hidden_items_sections_and_notes_are_left_out(tiny: FormDefinition) -> None:
    plain = html.unescape(summary(tiny, record(ANSWERS)))
    assert "Hidden follow-up" not in plain and "should not show" not in plain
    assert "Follow-up section" not in plain and "hidden section answer" not in plain
    assert "A note for the practitioner" not in plain
    assert "Days used" not in plain  # hidden inside the instance: the substance is not spice
    assert "Last section" in plain and "Back to work" in plain  # after the hidden section
    assert "Substance 1" in plain and "Heroin" in plain and "Where bought" in plain


def test_the_drug_service_version_leaves_out_only_probation_only_items(tiny: FormDefinition) -> None:
    plain = html.unescape(summary(tiny, record(ANSWERS), for_drug_service=True))
    assert "Probation-only note" not in plain and "Seen at the office" not in plain
    assert "Where bought" not in plain and "Street" not in plain
    assert "Mood today" in plain and "Low" in plain  # after the probation-only item
    assert "Days used" not in plain
    assert "Heroin" in plain and "Back to work" in plain


def test_a_declined_repeat_group_says_so(tiny: FormDefinition) -> None:
    plain = html.unescape(summary(tiny, record({**ANSWERS, "subs": DECLINED})))
    assert '<tr><td colspan="2" class="special">Declined to answer</td></tr>' in plain
    assert "None recorded" not in plain
    none = '<tr><td colspan="2" class="special">None recorded</td></tr>'
    assert none in html.unescape(summary(tiny, record({**ANSWERS, "subs": []})))
    assert none not in html.unescape(summary(tiny, record(ANSWERS)))
    group = '<tr><th colspan="2" align="left">Substances</th></tr>\n<tr><td colspan="2"><strong>Substance 1</strong>'
    assert group in summary(tiny, record(ANSWERS))


def test_an_override_without_a_time_shows_only_who(tiny: FormDefinition) -> None:
    overrides = override_flag({}, "uses_something", "Only uses cannabis at weekends", by="Alex")
    overrides["uses_something"]["at"] = ""
    plain = html.unescape(summary(tiny, record({**ANSWERS, "uses": True}, overrides=overrides)))
    assert "Overridden by practitioner</strong> (Alex): Only uses cannabis at weekends" in plain


def test_a_form_load_error_lists_each_problem_on_its_own_line() -> None:
    problems = [Problem(Path("a.yaml"), 3, "first"), Problem(Path("a.yaml"), 9, "second")]
    assert str(FormLoadError(problems)) == "a.yaml:3: first\na.yaml:9: second"
    assert FormLoadError(problems).problems == problems


def test_a_missing_form_folder_is_reported(tmp_path: Path) -> None:
    missing = tmp_path / "forms"
    assert validate_forms(missing) == [Problem(missing, 0, "screening form folder not found")]


def test_a_folder_without_forms_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "README.txt").write_text("not a form", encoding="utf-8")
    (tmp_path / "old.yaml").mkdir()
    assert validate_forms(tmp_path) == [
        Problem(tmp_path, 0, "no screening form definitions (*.yaml) found", Severity.WARNING)
    ]


def test_every_form_is_checked_and_a_second_copy_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("- not a form\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text(TINY, encoding="utf-8")
    (tmp_path / "c.yml").write_text(TINY, encoding="utf-8")
    problems = validate_forms(tmp_path)
    assert problems[-1] == Problem(
        tmp_path / "c.yml", 1, f"form 'tiny' version 2 is also defined in {tmp_path / 'b.yaml'}"
    )
    assert problems[:-1] == [
        Problem(tmp_path / "a.yaml", 1, "a form definition must be a mapping with id, version, title and sections")
    ]


CONSENT_FORM = TINY.replace(
    "share_consent: consent == 'yes'\n",
    "share_consent: consent_given and days_between(seen_on, today()) <= 365\n"
    "calculations:\n"
    "  - id: consent_given\n"
    "    expression: consent == 'yes'\n",
)


@pytest.fixture(scope="module")
def consent_form() -> FormDefinition:
    result = load_form_text(CONSENT_FORM, Path("consent.yaml"))
    assert result.problems == [] and result.form is not None
    return result.form


def test_consent_worked_out_by_a_calculation_is_honoured_on_the_day_produced(consent_form: FormDefinition) -> None:
    rec = record(ANSWERS)
    plain = html.unescape(summary(consent_form, rec, for_drug_service=True))  # produced 12 March 2025
    assert "Summary for the drug service" in plain
    with pytest.raises(ConsentNotRecorded):  # consent given a year and more before the day it is evaluated on
        render_summary_html(consent_form, rec, for_drug_service=True, today=dt.date(2025, 3, 12),
                            as_of=dt.date(2026, 3, 2))
    later = render_summary_html(consent_form, rec, for_drug_service=True, today=dt.date(2027, 1, 1),
                                as_of=dt.date(2025, 3, 12))
    assert "Produced: 1 January 2027" in later


def test_a_form_without_a_consent_rule_never_produces_the_drug_service_version(tiny: FormDefinition) -> None:
    result = load_form_text(TINY.replace("share_consent: consent == 'yes'\n", ""), Path("no-consent.yaml"))
    assert result.form is not None
    with pytest.raises(ConsentNotRecorded):
        summary(result.form, record(ANSWERS), for_drug_service=True)


def test_a_new_record_is_stamped_and_names_its_form_version(tiny: FormDefinition) -> None:
    rec = new_record(tiny, case_reference="A123456", now=dt.datetime(2025, 3, 10, 9, 30, 15, 999, tzinfo=dt.UTC))
    assert (rec.form_id, rec.form_version, rec.case_reference) == ("tiny", "2", "A123456")
    assert rec.created_at == rec.updated_at == "2025-03-10T09:30:15+00:00"
    assert len(rec.record_id) == 36 and rec.record_id != new_record(tiny).record_id
    assert rec.answers == {} and rec.overrides == {}
    assert new_record(tiny).case_reference == ""
    stamp = dt.datetime.fromisoformat(new_record(tiny).created_at)
    assert stamp.utcoffset() == dt.timedelta(0)


def test_a_record_opens_only_with_the_form_version_it_was_filled_with(tiny: FormDefinition) -> None:
    rec = record({"uses": True})
    rec.form_version = "1"
    with pytest.raises(FormVersionMismatch) as caught:
        evaluate_record(tiny, rec)
    assert str(caught.value) == "record r-1 was filled with form 'tiny' version 1, not 'tiny' version 2"
    rec.form_version, rec.form_id = "2", "other"
    with pytest.raises(FormVersionMismatch):
        evaluate_record(tiny, rec)
    rec.form_id = "tiny"
    evaluation = evaluate_record(tiny, rec, today=dt.date(2025, 3, 1))
    assert evaluation.today == dt.date(2025, 3, 1) and evaluation.flag_ids == ["uses_something"]


def test_a_finished_record_is_evaluated_on_its_screening_date_or_the_day_it_was_finished(
    tiny: FormDefinition, london: None
) -> None:
    finished = dt.datetime(2025, 3, 10, 12, 0, tzinfo=dt.UTC)
    assert record_date(tiny, record({"seen_on": "2025-03-01"}), finished) == dt.date(2025, 3, 1)
    assert record_date(tiny, record({"seen_on": "2025-03-20"}), finished) == dt.date(2025, 3, 10)
    assert record_date(tiny, record({"seen_on": "2025-03-20"})) == dt.date(2025, 3, 20)
    assert record_date(tiny, record({"seen_on": "not a date"}), finished) == dt.date(2025, 3, 10)
    assert record_date(tiny, record({"seen_on": DECLINED}), finished) == dt.date(2025, 3, 10)
    assert record_date(tiny, record({})) is None


def test_the_summary_heading_names_its_audience(tiny: FormDefinition) -> None:
    rec = record(ANSWERS, case_reference="A123456")
    probation = html.unescape(summary(tiny, rec))
    assert "<title>Substance use screening summary</title>" in probation
    assert "<h1>Substance use screening summary</h1>" in probation
    assert "<strong>Probation record</strong><br>" in probation
    assert "Case reference: A123456<br>" in probation
    assert "Form: Tiny screening (version 2)<br>" in probation
    service = html.unescape(summary(tiny, rec, for_drug_service=True))
    assert "<strong>Summary for the drug service</strong><br>" in service
    assert "Case reference:" not in service and "A123456" not in service


def test_without_consent_the_drug_service_summary_is_refused_with_the_way_forward(tiny: FormDefinition) -> None:
    with pytest.raises(ConsentNotRecorded) as caught:
        summary(tiny, record({**ANSWERS, "consent": "no"}), for_drug_service=True)
    assert str(caught.value) == (
        "The drug-service summary can only be produced when consent to share information with the drug service "
        "is recorded as 'yes' in this screening. Record consent, or produce the probation summary."
    )
