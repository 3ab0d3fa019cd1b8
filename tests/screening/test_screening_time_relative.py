"""Time-relative rules count from the screening date, and a finished record is evaluated on its own date."""

from __future__ import annotations

import datetime as dt
import html

from screening_helpers import BUNDLED_DIR, TODAY, low_risk_answers

from nps_trainer.screening.engine import evaluate_answers
from nps_trainer.screening.model import FormDefinition
from nps_trainer.screening.record import evaluate_record, new_record, record_date
from nps_trainer.screening.render import consent_to_share_recorded, render_summary_html

HEROIN = {"category": "heroin", "last_used": "today", "days_used_28": 10, "routes": ["smoked"]}
FIVE_WEEKS_LATER = TODAY + dt.timedelta(weeks=5)


def released_a_week_before(screening: dt.date, **changes) -> dict:
    """A complete screening, dated ``screening``, of someone released 9 days before it who uses heroin."""
    return {
        **low_risk_answers(),
        "screening_date": screening.isoformat(),
        "next_review": (screening + dt.timedelta(weeks=4)).isoformat(),
        "recent_release": True,
        "release_setting": "prison",
        "release_date": (screening - dt.timedelta(days=9)).isoformat(),
        "substances": [dict(HEROIN)],
        "naloxone_held": True,
        **changes,
    }


def test_overdose_flag_stays_when_a_finished_record_is_evaluated_five_weeks_later(nps_form: FormDefinition) -> None:
    answers = released_a_week_before(TODAY)
    assert "overdose_after_release" in evaluate_answers(nps_form, answers, today=TODAY).flag_ids
    later = evaluate_answers(nps_form, answers, today=FIVE_WEEKS_LATER)
    assert "overdose_after_release" in later.flag_ids
    assert later.calculated["days_since_release"] == 9
    assert later.errors == {}


def test_screening_dated_in_the_past_raises_the_flag_as_of_its_date(nps_form: FormDefinition) -> None:
    """Entered on 10 March about a screening on 10 January, nine days after release: the flag is raised."""
    answers = released_a_week_before(dt.date(2025, 1, 10))
    evaluation = evaluate_answers(nps_form, answers, today=TODAY)
    assert "overdose_after_release" in evaluation.flag_ids
    assert evaluation.errors == {}
    flag = next(f for f in evaluation.flags if f.id == "overdose_after_release")
    assert "Date of release: 1 January 2025" in flag.reason
    assert "Date of this screening: 10 January 2025" in flag.reason


def test_release_long_before_the_screening_does_not_raise_the_flag(nps_form: FormDefinition) -> None:
    answers = released_a_week_before(TODAY, release_date="2025-01-01")
    assert "overdose_after_release" not in evaluate_answers(nps_form, answers, today=TODAY).flag_ids
    assert "overdose_after_release" not in evaluate_answers(nps_form, answers, today=FIVE_WEEKS_LATER).flag_ids


def test_without_a_screening_date_release_is_counted_to_today(nps_form: FormDefinition) -> None:
    answers = released_a_week_before(TODAY)
    del answers["screening_date"]
    assert "overdose_after_release" in evaluate_answers(nps_form, answers, today=TODAY).flag_ids
    assert "overdose_after_release" not in evaluate_answers(nps_form, answers, today=FIVE_WEEKS_LATER).flag_ids


def test_release_date_after_the_screening_date_is_an_error(nps_form: FormDefinition) -> None:
    """Even in a draft entered later, when that release date is no longer in the future."""
    answers = released_a_week_before(dt.date(2025, 1, 10), release_date="2025-02-01")
    errors = evaluate_answers(nps_form, answers, today=TODAY).errors
    assert errors.get("release_date") == ["The release date cannot be after the screening date or in the future."]


def test_draft_still_checks_the_screening_date_is_not_in_the_future(nps_form: FormDefinition) -> None:
    answers = released_a_week_before(TODAY + dt.timedelta(days=1))
    errors = evaluate_answers(nps_form, answers, today=TODAY).errors
    assert errors["screening_date"] == ["The screening date cannot be in the future."]


def test_every_today_in_the_bundled_form_is_reviewed() -> None:
    """today() is only for 'not in the future' checks or as a fallback when there is no screening date."""
    text = (BUNDLED_DIR / "nps-screening.yaml").read_text(encoding="utf-8")
    uses = [line.strip() for line in text.splitlines() if "today()" in line]
    assert uses == [
        "- rule: screening_date <= today()",
        "- rule: release_date <= coalesce(screening_date, today())",
        "- rule: test_date <= coalesce(screening_date, today())",
        "expression: days_between(release_date, coalesce(screening_date, today()))",
    ]


# ------------------------------------------------------------------ the date a finished record is evaluated on


def _record(form: FormDefinition, answers: dict):
    record = new_record(form, case_reference="A1", now=dt.datetime(2025, 3, 10, 9, 0, tzinfo=dt.UTC))
    record.answers = answers
    return record


def test_record_date_is_the_screening_date(nps_form: FormDefinition) -> None:
    record = _record(nps_form, released_a_week_before(dt.date(2025, 3, 1)))
    finished = dt.datetime(2025, 3, 10, 12, 0, tzinfo=dt.UTC)
    assert record_date(nps_form, record, finished) == dt.date(2025, 3, 1)
    assert record_date(nps_form, record) == dt.date(2025, 3, 1)


def test_record_date_falls_back_to_the_day_it_was_finished(nps_form: FormDefinition) -> None:
    finished = dt.datetime(2025, 3, 10, 12, 0, tzinfo=dt.UTC)
    for screening in (None, "__declined__", "2025-02-30"):
        answers = {**low_risk_answers(), "screening_date": screening}
        assert record_date(nps_form, _record(nps_form, answers), finished) == dt.date(2025, 3, 10)
    assert record_date(nps_form, _record(nps_form, {})) is None


def test_record_date_is_never_after_the_day_it_was_finished(nps_form: FormDefinition) -> None:
    record = _record(nps_form, {**low_risk_answers(), "screening_date": "2030-01-01"})
    finished = dt.datetime(2025, 3, 10, 12, 0, tzinfo=dt.UTC)
    assert record_date(nps_form, record, finished) == dt.date(2025, 3, 10)


def test_finished_record_evaluated_on_its_date(nps_form: FormDefinition) -> None:
    record = _record(nps_form, released_a_week_before(TODAY))
    evaluation = evaluate_record(nps_form, record, today=record_date(nps_form, record))
    assert evaluation.today == TODAY
    assert "overdose_after_release" in evaluation.flag_ids
    assert consent_to_share_recorded(nps_form, evaluation)


def test_summary_of_a_finished_record_five_weeks_later_keeps_its_flags(nps_form: FormDefinition) -> None:
    record = _record(nps_form, released_a_week_before(TODAY))
    for as_of in (TODAY, None):
        text = html.unescape(
            render_summary_html(nps_form, record, for_drug_service=False, today=FIVE_WEEKS_LATER, as_of=as_of)
        )
        assert "High overdose risk after release" in text
        assert "No flags were raised" not in text
        assert "Produced: 14 April 2025" in text
        assert "Screening date: 10 March 2025" in text
