"""Shared data for the screening tests (imported by test modules; not a conftest so names cannot clash)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BUNDLED_DIR = REPO / "screening"
V1_FORM = BUNDLED_DIR / "archive" / "nps-screening-1.yaml"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
TODAY = dt.date(2025, 3, 10)


def low_risk_answers() -> dict:
    """A complete screening with the bundled form (version 2) that raises no flags."""
    return {**low_risk_answers_v1(), **V2_LOW_RISK}


# What version 2 of the bundled form asks beyond version 1, answered for a low-risk screening.
V2_LOW_RISK = {"chemsex": "no", "exploitation_history": ["none_known"], "self_harm_ever": False,
               "suicidal_thoughts": "no", "drug_tested": False}


def low_risk_answers_v1() -> dict:
    """A complete screening with version 1 of the bundled form (screening/archive/) that raises no flags."""
    return {
        "screening_date": "2025-03-10",
        "purpose_explained": True,
        "confidentiality_explained": True,
        "consent_share_drug_service": "yes",
        "drug_service_name": "Example Recovery Service",
        "custody_release_recent": False,
        "any_use_past_year": True,
        "substances": [
            {"category": "cannabis", "last_used": "past_week", "days_used_28": 4, "routes": ["smoked"]},
        ],
        "strong_urges": False,
        "tried_to_cut_down": False,
        "withdrawal": False,
        "others_concerned": False,
        "injecting_ever": "never",
        "shared_equipment": ["none"],
        "weekly_spend": 20,
        "funding_sources": ["wages"],
        "major_activity": False,
        "children_contact": False,
        "pregnancy": "no",
        "adult_care_needs": False,
        "adult_abuse_neglect": False,
        "adult_cannot_protect": False,
        "cuckooing": "no",
        "county_lines": "no",
        "modern_slavery": "no",
        "domestic_abuse": ["none_known"],
        "recent_release": False,
        "lost_tolerance": False,
        "previous_overdose": False,
        "mixes_depressants": False,
        "uses_alone": False,
        "new_supply": False,
        "mental_health": "no_concerns",
        "physical_health": "no_concerns",
        "housing": "settled",
        "eviction_risk": False,
        "treatment_status": "in_treatment",
        "actions": ["harm_reduction_advice"],
        "action_details": "Talked through safer use of cannabis.",
        "next_review": "2025-04-07",
        "notes": "Probation-only note about engagement.",
    }
