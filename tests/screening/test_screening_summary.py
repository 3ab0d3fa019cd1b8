"""HTML summaries (probation and drug-service versions) and the anonymised summary."""

from __future__ import annotations

import datetime as dt
import html

import pytest
from screening_helpers import TODAY, low_risk_answers

from nps_trainer.screening.anonymised import anonymised_summary
from nps_trainer.screening.answers import DECLINED
from nps_trainer.screening.engine import evaluate_answers
from nps_trainer.screening.model import FormDefinition
from nps_trainer.screening.overrides import override_flag
from nps_trainer.screening.record import ScreeningRecord, new_record
from nps_trainer.screening.render import ConsentNotRecorded, render_summary_html

SPICE = {"category": "synthetic_cannabinoids", "last_used": "today", "days_used_28": 25, "routes": ["smoked"]}


def make_record(form: FormDefinition, **changes) -> ScreeningRecord:
    record = new_record(form, case_reference="A123456", now=dt.datetime(2025, 3, 10, 9, 0, tzinfo=dt.UTC))
    record.answers = {**low_risk_answers(), **changes}
    return record


def test_probation_summary_contains_answers_flags_and_overrides(nps_form: FormDefinition) -> None:
    record = make_record(
        nps_form, substances=[SPICE], children_contact=True, safe_storage=True,
        children=[{"child_age": 6, "child_contact_type": "unsupervised"}], funding_sources=["selling"],
        pregnancy=DECLINED,
    )
    record.overrides = override_flag({}, "debt_or_selling", "Sold once to a friend in 2023; no current debt.")
    text = render_summary_html(nps_form, record.to_dict(), for_drug_service=False, today=TODAY)
    plain = html.unescape(text)
    assert text.startswith("<!DOCTYPE HTML")
    assert "Synthetic cannabinoids ('spice', 'mamba')" in plain
    assert "25 days" in plain and "£20" in plain
    assert "Child 1" in plain and "6 years" in plain
    assert "Declined to answer" in plain
    assert "Children and substance use" in plain  # red flag title
    assert "Raised by:" in plain and "Synthetic cannabinoid (spice) use" in plain
    assert "Sold once to a friend" in plain and "Overridden by practitioner" in plain
    assert "Harm reduction advice given" in plain  # actions
    assert "7 April 2025" in plain  # next review, British date
    assert "Probation-only note about engagement." in plain
    assert "A123456" in plain
    assert "src=" not in text and "<link" not in text and "url(" not in text  # no external resources
    assert "<script" not in text


def test_answers_are_escaped(nps_form: FormDefinition) -> None:
    record = make_record(nps_form, action_details="<b>bold</b> & more")
    text = render_summary_html(nps_form, record, for_drug_service=False, today=TODAY)
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; more" in text


def test_drug_service_version_needs_consent(nps_form: FormDefinition) -> None:
    for consent in ("no", "not_asked_yet", DECLINED, None):
        record = make_record(nps_form, consent_share_drug_service=consent)
        with pytest.raises(ConsentNotRecorded, match="consent to share"):
            render_summary_html(nps_form, record.to_dict(), for_drug_service=True, today=TODAY)


def test_drug_service_version_leaves_out_probation_only_items(nps_form: FormDefinition) -> None:
    record = make_record(nps_form, substances=[SPICE])
    text = html.unescape(render_summary_html(nps_form, record.to_dict(), for_drug_service=True, today=TODAY))
    assert "Summary for the drug service" in text
    assert "Probation-only note" not in text
    assert "A123456" not in text
    assert "Synthetic cannabinoids" in text


def test_drug_service_version_leaves_out_override_reasons(nps_form: FormDefinition) -> None:
    """An override reason is free text written for probation; the drug service sees only that it happened."""
    record = make_record(nps_form, funding_sources=["selling"])
    record.overrides = override_flag({}, "debt_or_selling", "PROBATION-ONLY: partner is a suspect in an inquiry.")
    drug = html.unescape(render_summary_html(nps_form, record.to_dict(), for_drug_service=True, today=TODAY))
    assert "Overridden by practitioner" in drug and "stays in the probation record" in drug
    assert "PROBATION-ONLY" not in drug
    probation = html.unescape(render_summary_html(nps_form, record.to_dict(), for_drug_service=False, today=TODAY))
    assert "PROBATION-ONLY: partner is a suspect" in probation


def test_incomplete_sections_are_listed(nps_form: FormDefinition) -> None:
    record = make_record(nps_form, housing=None)
    text = render_summary_html(nps_form, record, for_drug_service=False, today=TODAY)
    assert "Not yet complete: Health and circumstances." in text


def test_anonymised_summary(nps_form: FormDefinition) -> None:
    answers = {
        **low_risk_answers(),
        "substances": [SPICE, {**SPICE, "category": "heroin"}],
        "funding_sources": ["drug_debt"],
        "action_details": "Name: Jo Bloggs",
    }
    overrides = override_flag({}, "debt_or_selling", "Reason given in supervision notes.")
    evaluation = evaluate_answers(nps_form, answers, today=TODAY, overrides=overrides)
    summary = anonymised_summary(evaluation).to_dict()
    assert summary["month"] == "2025-03"
    # Data minimisation: only what the caseload figures count is kept in plain (no funding, consent or actions).
    assert summary["categories"] == {"category": ["heroin", "synthetic_cannabinoids"], "injecting_ever": ["never"],
                                     "recent_release": ["no"], "naloxone_held": [],
                                     "treatment_status": ["in_treatment"]}
    assert "spice_use" in summary["flags"] and "debt_or_selling" in summary["flags"]
    assert summary["overridden_flags"] == ["debt_or_selling"]
    flat = repr(summary)
    assert "Jo Bloggs" not in flat and "Example Recovery Service" not in flat and "2025-03-10" not in flat
    assert set(summary) == {"form_id", "form_version", "month", "flags", "overridden_flags", "categories"}
