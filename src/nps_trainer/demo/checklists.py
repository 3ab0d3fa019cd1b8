"""A few finished checklists beside the demo's screenings: DRR suitability and consent, and release and
treatment handover (the bundled checklist forms), each by the practitioner who screened the case, some days
after the screening.

Each starts from a checklist with everything in place and then, as in a real office, leaves a point or two
undone (no first appointment booked, expectations set by probation alone), so that each raises its flags. Every
checklist is checked against its form before it is finished, like the screenings.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from ..i18n import tr
from .form_check import NOTE, DemoScreeningError, check_fits

if TYPE_CHECKING:
    from .build import DemoContext
    from .team import DemoPerson

@dataclass(frozen=True)
class ChecklistCase:
    """A case screened (and finished) in the demo, which a checklist may follow."""

    person: DemoPerson
    reference: str
    day: date  # the screening's day
    released_recently: bool
    pattern: str  # the demo's pattern of use, e.g. 'opioids'


DRR_ID = "drr-suitability"
RELEASE_ID = "release-handover"
PER_CHECKLIST = 4

# Points a busy office sometimes leaves undone, and the answers that say so.
DRR_GAPS: tuple[dict[str, Any], ...] = (
    {"expectations_set": "probation_only"},
    {"motivation": "not_explored"},
    {"positive_result_explained": False},
    {"suitability_assessed": "booked"},
    {"consent_share_drug_service": "not_asked_yet"},
)
RELEASE_GAPS: tuple[dict[str, Any], ...] = (
    {"first_appointment_booked": False},
    {"naloxone_supplied": "not_offered"},
    {"gp_registered": "not_registered"},
    {"first_night": "sofa_surfing"},
    {"informed": ["drug_service", "probation"]},
)


def drr_answers(day: date) -> dict[str, Any]:
    """A DRR suitability checklist with every point of recommendation 6 covered, dated ``day``."""
    return {
        "checklist_date": day.isoformat(),
        "stage": "pre_sentence_report",
        "willingness_expressed": "yes",
        "willingness_recorded": True,
        "motivation": "motivated",
        "motivation_words": "Wants to get back to work and see their children more.",
        "suitability_assessed": "yes",
        "assessor_role": "drug_service_court",
        "assessor_service": "Court worker, Wexbridge Recovery Partnership",
        "assessment_date": (day - timedelta(days=2)).isoformat(),
        "assessment_covers": ["dependence", "needs_treatment", "treatment_available", "motivation"],
        "expectations_set": "jointly",
        "expectations_covered": ["start", "treatment_type", "appointments", "roles", "reviews",
                                 "missed_appointments"],
        "testing_explained": True,
        "testing_frequency": "weekly_or_more",
        "positive_result_explained": True,
        "consent_share_drug_service": "yes",
        "drug_service_name": "Wexbridge Recovery Partnership",
        "proposal": "drr_proposed",
        "next_steps": "Report to court next week; the drug service to see them within two days of sentence.",
        "notes": NOTE,
    }


def release_answers(day: date) -> dict[str, Any]:
    """A release handover checklist with everything in place, dated ``day``, for a release four days later."""
    release = day + timedelta(days=4)
    return {
        "checklist_date": day.isoformat(),
        "release_date": release.isoformat(),
        "consent_share_drug_service": "yes",
        "on_ost": True,
        "prescription_arranged": "arranged",
        "collection_known": True,
        "other_treatment_need": True,
        "first_appointment_booked": True,
        "first_appointment_date": release.isoformat(),
        "appointment_details_given": True,
        "naloxone_supplied": "supplied_trained",
        "overdose_advice": True,
        "gp_registered": "registered",
        "first_night": "approved_premises",
        "informed": ["drug_service", "gp", "probation", "family"],
        "family_consent": "yes",
        "next_steps": "Prison substance misuse team to send the discharge summary to the drug service.",
        "notes": NOTE,
    }


def _with_gaps(rng: random.Random, answers: dict[str, Any], gaps: tuple[dict[str, Any], ...]) -> dict[str, Any]:
    for gap in rng.sample(gaps, rng.randint(0, 2)):
        answers = {**answers, **gap}
    return answers


def add_checklists(ctx: DemoContext, cases: list[ChecklistCase]) -> None:
    """Finish :data:`PER_CHECKLIST` checklists of each kind for cases screened in the past few months."""
    from ..screening import evaluate_record
    from ..storage.models import ScreeningRecord as RecordRow

    store = ctx.services.screening
    rng = ctx.rng("checklists")
    finished = [c for c in cases if 14 <= (ctx.today - c.day).days <= 150]
    released = [c for c in finished if c.released_recently]
    using = [c for c in finished if c.pattern in ("opioids", "stimulants")]
    made: list[tuple[int, date]] = []
    for form_id, candidates, build, gaps in ((DRR_ID, using, drr_answers, DRR_GAPS),
                                             (RELEASE_ID, released, release_answers, RELEASE_GAPS)):
        try:
            form = store.forms.latest(form_id)
        except KeyError:
            ctx.say(tr("The checklist form '{form}' is not installed: none made.").format(form=form_id))
            continue
        for case in rng.sample(candidates, min(PER_CHECKLIST, len(candidates))):
            day = case.day + timedelta(days=rng.randint(1, 10))
            while day.weekday() >= 5:
                day += timedelta(days=1)
            who, keyring = case.person.id, case.person.keyring
            opened = store.create(who, keyring, form.id, case.reference)
            record = opened.record
            record.answers = _with_gaps(rng, build(day), gaps)
            try:
                check_fits(opened.form, evaluate_record(opened.form, record), case.reference)
            except DemoScreeningError as exc:
                raise DemoScreeningError(f"{form_id} checklist: {exc}") from None
            store.save_draft(who, keyring, record)
            store.finalise(who, keyring, record)
            made.append((opened.id, day))
    with ctx.services.database.session() as session:
        for record_id, day in made:
            row = session.get(RecordRow, record_id)
            row.created_at = ctx.at(day, rng)
            row.updated_at = row.finalised_at = row.created_at + timedelta(minutes=rng.randint(10, 30))
    ctx.say(tr("Made %n checklist(s) (all finished).", "", len(made)))
