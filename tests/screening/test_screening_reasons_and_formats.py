"""Flag reasons name what decided them, override times read as British local time, and money shows pence."""

from __future__ import annotations

import datetime as dt
import html
import re
import time
from collections.abc import Iterator

import pytest
from screening_helpers import TODAY, low_risk_answers

from nps_trainer.screening.display import format_number, format_timestamp
from nps_trainer.screening.engine import RaisedFlag, TriggerAnswer, evaluate_answers
from nps_trainer.screening.evaluate import Read, Scope, evaluate
from nps_trainer.screening.expressions import parse_expression
from nps_trainer.screening.model import FormDefinition
from nps_trainer.screening.overrides import override_flag
from nps_trainer.screening.record import ScreeningRecord, new_record
from nps_trainer.screening.render import render_summary_html

CANNABIS = {"category": "cannabis", "last_used": "past_week", "days_used_28": 4, "routes": ["smoked"]}
ALCOHOL = {**CANNABIS, "category": "alcohol"}


def _flag(form: FormDefinition, flag_id: str, **changes) -> RaisedFlag:
    evaluation = evaluate_answers(form, {**low_risk_answers(), **changes}, today=TODAY)
    return next(f for f in evaluation.flags if f.id == flag_id)


def _plain(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def _record(form: FormDefinition, **changes) -> ScreeningRecord:
    record = new_record(form, case_reference="A123456", now=dt.datetime(2025, 3, 10, 9, 0, tzinfo=dt.UTC))
    record.answers = {**low_risk_answers(), **changes}
    return record


@pytest.fixture
def local_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is UK time for the test (GMT in winter, BST in summer)."""
    monkeypatch.setenv("TZ", "Europe/London")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


# ------------------------------------------------------------------ reasons


def test_pregnancy_reason_names_the_substances_recorded(nps_form: FormDefinition) -> None:
    flag = _flag(nps_form, "pregnancy_and_use", pregnancy="unsure", substances=[CANNABIS, ALCOHOL])
    assert flag.reason == (
        "Raised by: Are they, or their partner, pregnant? Unsure or suspected; Substances used: 2 recorded."
    )
    assert [t.path for t in flag.triggers] == ["pregnancy", "substances"]


def test_previous_overdose_reason_names_the_substances_recorded(nps_form: FormDefinition) -> None:
    flag = _flag(nps_form, "previous_overdose", previous_overdose=True)
    assert "Substances used: 1 recorded" in flag.reason


def test_not_in_treatment_reason_leaves_out_if_conditions_that_did_not_count(nps_form: FormDefinition) -> None:
    flag = _flag(nps_form, "not_in_treatment", treatment_status="never", strong_urges=True, tried_to_cut_down=True)
    assert flag.reason == (
        "Raised by: Do they describe strong urges or cravings to use? Yes; Have they tried to cut down or stop "
        "and found they could not? Yes; Contact with a drug or alcohol service: Never in treatment."
    )
    assert "withdrawal" not in flag.reason and "raised concern" not in flag.reason


def test_if_traces_its_condition_only_when_it_held(nps_form: FormDefinition) -> None:
    scope = Scope(nps_form, {"strong_urges": False, "withdrawal": True, "weekly_spend": 5}, {}, TODAY)
    trace: list[Read] = []
    assert evaluate(parse_expression("if(strong_urges, 1, weekly_spend)"), scope, trace) == 5
    assert [r.id for r in trace] == ["weekly_spend"]
    trace = []
    assert evaluate(parse_expression("if(withdrawal, weekly_spend, 0)"), scope, trace) == 5
    assert [r.id for r in trace] == ["withdrawal", "weekly_spend"]


def test_coalesce_traces_only_the_value_it_used(nps_form: FormDefinition) -> None:
    scope = Scope(nps_form, {"screening_date": "2025-03-01", "release_date": "2025-02-01"}, {}, TODAY)
    trace: list[Read] = []
    value = evaluate(parse_expression("coalesce(screening_date, release_date)"), scope, trace)
    assert value == dt.date(2025, 3, 1) and [r.id for r in trace] == ["screening_date"]
    trace = []
    assert evaluate(parse_expression("coalesce(next_review, release_date)"), scope, trace) == dt.date(2025, 2, 1)
    assert [r.id for r in trace] == ["release_date"]


def test_count_of_an_empty_or_unanswered_group(nps_form: FormDefinition) -> None:
    trace: list[Read] = []
    assert evaluate(parse_expression("count(children)"), Scope(nps_form, {}, {}, TODAY), trace) == 0
    assert trace == []
    assert evaluate(parse_expression("count(children)"), Scope(nps_form, {"children": []}, {}, TODAY), trace) == 0
    assert trace == [Read("answer", "children")]


def test_question_labels_are_not_followed_by_a_colon() -> None:
    assert str(TriggerAnswer("a", "Are they pregnant?", "Yes")) == "Are they pregnant? Yes"
    assert str(TriggerAnswer("b", "Housing", "Settled")) == "Housing: Settled"
    assert str(TriggerAnswer("c", "Adults at risk (Care Act s42): do they have needs?", "No")).endswith("needs? No")


def test_no_reason_has_a_colon_after_a_question_mark(nps_form: FormDefinition) -> None:
    flag = _flag(nps_form, "unsafe_storage", children_contact=True, safe_storage=False)
    assert "?:" not in flag.reason
    assert flag.reason.startswith("Raised by: Do any children live with them or have contact with them? Yes; ")


# ------------------------------------------------------------------ override times


def test_override_time_is_british_local_time_in_both_summaries(nps_form: FormDefinition, local_zone: None) -> None:
    record = _record(nps_form, funding_sources=["drug_debt"])
    record.overrides = override_flag(
        {}, "debt_or_selling", "Debt is to a sibling and has been repaid.", by="Sam K.",
        at=dt.datetime(2026, 11, 23, 1, 52, 12, tzinfo=dt.UTC),
    )
    for for_drug_service in (False, True):
        text = _plain(render_summary_html(nps_form, record, for_drug_service=for_drug_service, today=TODAY))
        assert "Overridden by practitioner (Sam K., 23 November 2026, 01:52)" in text
        assert "2026-11-23T01:52" not in text


def test_override_time_in_summer_is_british_summer_time(nps_form: FormDefinition, local_zone: None) -> None:
    record = _record(nps_form, funding_sources=["drug_debt"])
    record.overrides = override_flag(
        {}, "debt_or_selling", "Debt is to a sibling and has been repaid.",
        at=dt.datetime(2026, 7, 1, 23, 30, tzinfo=dt.UTC),
    )
    text = _plain(render_summary_html(nps_form, record, for_drug_service=False, today=TODAY))
    assert "Overridden by practitioner (2 July 2026, 00:30): Debt is to a sibling" in text


def test_format_timestamp(local_zone: None) -> None:
    assert format_timestamp("2026-11-23T01:52:12+00:00") == "23 November 2026, 01:52"
    assert format_timestamp("2026-07-01T12:05:00+00:00") == "1 July 2026, 13:05"
    assert format_timestamp("2026-07-01T12:05:00") == "1 July 2026, 13:05"  # stored times are UTC
    assert format_timestamp("not a time") == "not a time"
    assert format_timestamp("") == ""


# ------------------------------------------------------------------ money


@pytest.mark.parametrize(
    ("value", "unit", "text"),
    [
        (40.5, "£", "£40.50"),
        (40, "£", "£40"),
        (40.0, "£", "£40"),
        (0.5, "£", "£0.50"),
        (12.345, "£", "£12.35"),
        (-5.5, "£", "-£5.50"),
        (2.5, "€", "€2.50"),
        (2.5, "days", "2.5 days"),
        (25, "days", "25 days"),
        (1234567.5, "", "1234567.5"),
    ],
)
def test_format_number(value: float, unit: str, text: str) -> None:
    assert format_number(value, unit) == text


def test_summary_shows_pence(nps_form: FormDefinition) -> None:
    text = html.unescape(render_summary_html(nps_form, _record(nps_form, weekly_spend=40.5), for_drug_service=False,
                                             today=TODAY))
    assert "£40.50" in text and "£40.5<" not in text
    whole = html.unescape(render_summary_html(nps_form, _record(nps_form, weekly_spend=40), for_drug_service=False,
                                              today=TODAY))
    assert "£40<" in whole
