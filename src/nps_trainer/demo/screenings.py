"""Three hundred synthetic screenings over the past year, by the demo's probation practitioners.

Each is written through the real :class:`ScreeningStore` with its practitioner's own keys (create, answers set,
draft saved, finished), so it is encrypted and counted exactly as one made in the app. Answers follow the
bundled form (``screening/nps-screening.yaml``): only items that are showing are answered, and every finished
record is checked against the form first (nothing required missing, no answer the form refuses).

The form was upgraded to version 2 some weeks ago: screenings from then on (the last :data:`V2_DAYS` days, recent
drafts included) use version 2, with its questions on self-harm, chemsex, injecting ever, past exploitation and drug
tests; earlier ones keep version 1, as real records keep the version they were made with. A few finished DRR
suitability and release handover checklists are added too (:mod:`nps_trainer.demo.checklists`).

Cases vary as a probation caseload does: no use, alcohol and cannabis, spice, heroin and crack, cocaine, other
NPS and nitazenes; release from custody, children, injecting, treatment, naloxone. A few cases are screened
twice; most screenings are finished and a few recent ones are drafts. Case references are made up ('X' and six
digits). The screening date is spread over the year, and the record's dates are set back to it afterwards, as
if it had been entered on the day.
"""

from __future__ import annotations

import copy
import random
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from ..clock import utcnow
from ..i18n import tr
from ..screening.answers import DECLINED, NOT_KNOWN
from .checklists import ChecklistCase, add_checklists
from .form_check import NOTE, check_fits

if TYPE_CHECKING:
    from ..screening import FormDefinition
    from ..screening_records import ScreeningStore
    from .build import DemoContext
    from .team import DemoPerson

FORM_ID = "nps-screening"
V1 = "1"
V2_DAYS = 28  # screenings in the last four weeks use version 2 of the form
SCREENINGS = 300
SCREENED_TWICE = 8
DRAFTS = 8  # left unfinished in the past fortnight
ABANDONED = 2  # drafts nobody went back to, months ago
YEAR = 365

OPIOIDS = ("heroin", "nitazenes_fake_pills", "opioid_medicines_not_theirs")
DEPRESSANTS = (*OPIOIDS, "street_benzodiazepines", "gabapentinoids", "ghb_gbl", "alcohol")

# How people usually take each substance (the first is the most common).
ROUTES: dict[str, tuple[str, ...]] = {
    "synthetic_cannabinoids": ("smoked",), "synthetic_cathinones": ("snorted", "swallowed"),
    "street_benzodiazepines": ("swallowed",), "nitazenes_fake_pills": ("swallowed", "smoked"),
    "gabapentinoids": ("swallowed",), "ghb_gbl": ("swallowed",), "ketamine": ("snorted",),
    "nitrous_oxide": ("inhaled",), "heroin": ("smoked",), "opioid_medicines_not_theirs": ("swallowed",),
    "other_medicines_not_theirs": ("swallowed",), "crack": ("smoked",), "cocaine": ("snorted",),
    "amphetamine": ("snorted", "swallowed"), "cannabis": ("smoked",), "alcohol": ("swallowed",),
    "other": ("swallowed", "smoked"),
}
INJECTABLE = {"heroin", "crack", "synthetic_cathinones", "amphetamine"}

# What a case's use looks like, and how common each pattern is on a probation caseload.
PATTERNS: tuple[tuple[str, int], ...] = (
    ("none", 14), ("alcohol_cannabis", 17), ("spice", 15), ("opioids", 22), ("stimulants", 16),
    ("other_nps", 11), ("nitazenes", 5),
)


@dataclass
class Case:
    """A person on probation as the demo imagines them; screened once, or twice some weeks apart."""

    reference: str
    pattern: str
    substances: list[str]
    injects: bool
    children: list[dict[str, Any]] = field(default_factory=list)
    released_recently: bool = False


def _weighted(rng: random.Random, choices: dict[str, float] | tuple[tuple[str, int], ...]) -> str:
    items = list(choices.items()) if isinstance(choices, dict) else list(choices)
    return rng.choices([k for k, _ in items], weights=[w for _, w in items])[0]


def _chance(rng: random.Random, p: float) -> bool:
    return rng.random() < p


def new_case(rng: random.Random, reference: str) -> Case:
    pattern = _weighted(rng, PATTERNS)
    released = _chance(rng, 0.45 if pattern in ("spice", "opioids", "nitazenes") else 0.2)
    picks: dict[str, list[str]] = {
        "none": [],
        "alcohol_cannabis": [s for s in ("alcohol", "cannabis") if _chance(rng, 0.7)] or ["alcohol"],
        "spice": ["synthetic_cannabinoids", *[s for s, p in (("cannabis", 0.3), ("alcohol", 0.3),
                                                              ("gabapentinoids", 0.15)) if _chance(rng, p)]],
        "opioids": ["heroin", *[s for s, p in (("crack", 0.55), ("street_benzodiazepines", 0.25),
                                                ("gabapentinoids", 0.2), ("opioid_medicines_not_theirs", 0.15),
                                                ("alcohol", 0.25), ("synthetic_cannabinoids", 0.15))
                                if _chance(rng, p)]],
        "stimulants": [*([rng.choice(("cocaine", "crack", "cocaine"))]),
                       *[s for s, p in (("alcohol", 0.5), ("cannabis", 0.3), ("amphetamine", 0.1))
                         if _chance(rng, p)]],
        "other_nps": [rng.choice(("synthetic_cathinones", "street_benzodiazepines", "ketamine", "ghb_gbl",
                                  "nitrous_oxide", "gabapentinoids", "other")),
                      *[s for s, p in (("cannabis", 0.3), ("alcohol", 0.3), ("cocaine", 0.2)) if _chance(rng, p)]],
        "nitazenes": ["nitazenes_fake_pills", *[s for s, p in (("heroin", 0.6), ("street_benzodiazepines", 0.3))
                                                if _chance(rng, p)]],
    }
    substances = list(dict.fromkeys(picks[pattern]))
    injects = any(s in INJECTABLE for s in substances) and _chance(rng, 0.4 if "heroin" in substances else 0.1)
    children = []
    if _chance(rng, 0.33):
        for _ in range(rng.choice((1, 1, 2, 2, 3))):
            children.append({
                "child_age": rng.randint(0, 17),
                "child_contact_type": _weighted(rng, {"lives_with": 3, "unsupervised": 2, "supervised": 2,
                                                      "occasional": 2}),
                "parental_responsibility": _chance(rng, 0.75),
                "childrens_services_involved": _chance(rng, 0.25),
            })
    return Case(reference, pattern, substances, injects, children, released)


def _substance(rng: random.Random, case: Case, category: str) -> dict[str, Any]:
    heavy = category in ("heroin", "crack", "synthetic_cannabinoids", "alcohol", "street_benzodiazepines")
    last_used = _weighted(rng, {"today": 2, "past_week": 5 if heavy else 3, "past_4_weeks": 3,
                                "past_3_months": 2, "past_year": 1})
    if last_used in ("today", "past_week"):
        days = rng.randint(15, 28) if heavy and _chance(rng, 0.6) else rng.randint(1, 14)
    elif last_used == "past_4_weeks":
        days = rng.randint(1, 4)
    else:
        days = 0
    routes = [ROUTES[category][0] if _chance(rng, 0.8) else rng.choice(ROUTES[category])]
    if case.injects and category in INJECTABLE and last_used in ("today", "past_week", "past_4_weeks"):
        routes = ["injected"] if _chance(rng, 0.6) else [*routes, "injected"]
    row: dict[str, Any] = {"category": category, "last_used": last_used, "days_used_28": days,
                           "routes": list(dict.fromkeys(routes))}
    if category == "other":
        row["other_substance"] = rng.choice(("'Monkey dust'", "'Pink cocaine'", "'Blue'", "Unknown pills"))
    if case.released_recently:
        row["used_in_custody"] = category in ("synthetic_cannabinoids", "street_benzodiazepines", "heroin",
                                              "gabapentinoids") and _chance(rng, 0.6)
        row["change_since_custody"] = _weighted(rng, {"more": 3, "same": 3, "less": 2, "started": 1, "stopped": 1})
    return row


def screening_answers(rng: random.Random, case: Case, day: date, version: str = V1) -> dict[str, Any]:
    """A full set of answers for ``case`` screened on ``day`` with form ``version``: only items that show,
    valid for the form (the outcome's actions are added by :func:`agreed_actions` once the flags are known)."""
    if version != V1:
        return version_2_answers(rng, case, day)
    a: dict[str, Any] = {"screening_date": day.isoformat(), "purpose_explained": _chance(rng, 0.97),
                         "confidentiality_explained": _chance(rng, 0.95)}
    a["consent_share_drug_service"] = _weighted(rng, {"yes": 70, "no": 20, "not_asked_yet": 10})
    uses = bool(case.substances)
    opioid_user = any(s in OPIOIDS for s in case.substances)
    if a["consent_share_drug_service"] == "yes" and uses and _chance(rng, 0.6):
        a["drug_service_name"] = f"Wexbridge Recovery Partnership, keyworker {rng.choice('ABCDEFGHJKLMNPRSTW')}."
    a["custody_release_recent"] = case.released_recently
    if case.released_recently:
        a["custody_info_received"] = _weighted(rng, {"received": 45, "requested": 35, "not_requested": 20})

    a["any_use_past_year"] = uses
    if uses:
        a["substances"] = [_substance(rng, case, category) for category in case.substances]
        severe = opioid_user or any(s in ("crack", "synthetic_cannabinoids", "street_benzodiazepines")
                                    for s in case.substances)
        a["strong_urges"] = _chance(rng, 0.75 if severe else 0.3)
        a["tried_to_cut_down"] = _chance(rng, 0.6 if severe else 0.25)
        a["withdrawal"] = _chance(rng, 0.7 if opioid_user else 0.2)
        if _chance(rng, 0.8):
            a["others_concerned"] = _chance(rng, 0.5)
        injecting_recently = any("injected" in s["routes"] for s in a["substances"])
        a["injecting_ever"] = "current" if injecting_recently else (
            "previous" if case.injects or (opioid_user and _chance(rng, 0.2)) else "never")
        snorts_or_smokes = any({"snorted", "smoked"} & set(s["routes"]) for s in a["substances"])
        if a["injecting_ever"] != "never" or snorts_or_smokes:
            shared = ["none"]
            if _chance(rng, 0.15):
                options = ["pipes_straws"]
                if a["injecting_ever"] == "current":
                    options += ["needles_syringes", "other_injecting"]
                shared = rng.sample(options, rng.randint(1, len(options)))
            a["shared_equipment"] = shared
        a["weekly_spend"] = DECLINED if _chance(rng, 0.06) else (
            rng.randint(10, 90) if case.pattern == "alcohol_cannabis" else rng.randrange(40, 420, 10))
        sources = ["benefits"] if _chance(rng, 0.7) else ["wages"]
        for source, p in (("family_friends", 0.1), ("drug_debt", 0.12), ("selling", 0.08),
                          ("acquisitive_offending", 0.2 if opioid_user or case.pattern == "stimulants" else 0.03),
                          ("someone_else_controls", 0.03)):
            if _chance(rng, p):
                sources.append(source)
        a["funding_sources"] = sources
        if _chance(rng, 0.8):
            a["major_activity"] = opioid_user and _chance(rng, 0.6)

    a["children_contact"] = bool(case.children)
    if case.children:
        a["children"] = [dict(child) for child in case.children]
        a["safe_storage"] = _chance(rng, 0.85) if uses else True
    a["pregnancy"] = _weighted(rng, {"no": 94, "yes": 4, "unsure": 2})
    a["adult_care_needs"] = _chance(rng, 0.12)
    a["adult_abuse_neglect"] = _chance(rng, 0.3 if a["adult_care_needs"] else 0.06)
    a["adult_cannot_protect"] = a["adult_care_needs"] and a["adult_abuse_neglect"] and _chance(rng, 0.5)
    a["cuckooing"] = _weighted(rng, {"no": 96, "unsure": 3, "yes": 1})
    a["county_lines"] = _weighted(rng, {"no": 95, "unsure": 3, "yes": 2})
    a["modern_slavery"] = _weighted(rng, {"no": 99, "unsure": 1, "yes": 0.5})
    abuse = _weighted(rng, {"none_known": 82, "experiencing": 10, "causing": 6, "both": 2})
    a["domestic_abuse"] = ["experiencing", "causing"] if abuse == "both" else [abuse]
    if "experiencing" in a["domestic_abuse"] and _chance(rng, 0.6):
        a["dash_score"] = rng.randint(3, 20)

    a["recent_release"] = (case.released_recently and _chance(rng, 0.6)) or _chance(rng, 0.04)
    if a["recent_release"]:
        a["release_setting"] = "prison" if case.released_recently else rng.choice(("hospital", "residential"))
        a["release_date"] = (day - timedelta(days=rng.randint(1, 27))).isoformat()
    a["lost_tolerance"] = _chance(rng, 0.7 if a["recent_release"] else 0.1) and uses
    a["previous_overdose"] = NOT_KNOWN if _chance(rng, 0.04) else _chance(rng, 0.4 if opioid_user else 0.07)
    depressants = sum(1 for s in case.substances if s in DEPRESSANTS)
    a["mixes_depressants"] = depressants >= 2 and _chance(rng, 0.6)
    if uses:
        a["uses_alone"] = _chance(rng, 0.3)
        a["new_supply"] = _chance(rng, 0.15)
    if opioid_user:
        a["naloxone_held"] = NOT_KNOWN if _chance(rng, 0.1) else _chance(rng, 0.5)

    a["mental_health"] = _weighted(rng, {"no_concerns": 45, "concerns_supported": 30, "concerns_unsupported": 25})
    a["physical_health"] = _weighted(rng, {"no_concerns": 70, "concerns": 30})
    a["housing"] = _weighted(rng, {"settled": 45, "temporary": 20, "hostel_ap": 25 if case.released_recently else 12,
                                   "rough_sleeping": 8})
    if a["housing"] != "rough_sleeping":
        a["eviction_risk"] = _chance(rng, 0.15)
    if opioid_user:
        a["treatment_status"] = _weighted(rng, {"in_treatment": 55, "referred": 15, "previously": 20, "never": 10})
    elif uses:
        a["treatment_status"] = _weighted(rng, {"in_treatment": 20, "referred": 15, "previously": 20, "never": 45})
    else:
        a["treatment_status"] = _weighted(rng, {"never": 80, "previously": 20})
    if opioid_user or a["recent_release"]:
        if opioid_user:
            options = {"prescribed": 55, "not_arranged": 15, "not_needed": 15}
            if a["recent_release"]:
                options["arranged_on_release"] = 25
        else:
            options = {"not_needed": 1}
        a["ost_status"] = _weighted(rng, options)

    a["next_review"] = (day + timedelta(days=rng.choice((14, 28, 28, 42, 56, 84)))).isoformat()
    a["notes"] = NOTE
    return a


def version_2_answers(rng: random.Random, case: Case, day: date) -> dict[str, Any]:
    """Version 2's answers: version 1's (a few amphetamine users named as methamphetamine users now that the
    form tells them apart), injecting ever asked of everyone, and the new questions; now and then the past-year
    question is declined, and what it guards is skipped."""
    if "amphetamine" in case.substances and _chance(rng, 0.5):
        case = replace(case, substances=["methamphetamine" if s == "amphetamine" else s for s in case.substances])
    a = screening_answers(rng, case, day)
    uses = bool(case.substances)
    opioid_user = any(s in OPIOIDS for s in case.substances)
    if not uses:
        a["injecting_ever"] = "previous" if _chance(rng, 0.06) else "never"
        if _chance(rng, 0.15):
            a["any_use_past_year"] = DECLINED
    else:
        a["chemsex"] = _weighted(rng, {"no": 85, "yes": 6 if case.pattern in ("stimulants", "other_nps") else 1,
                                       "unsure": 3, DECLINED: 4})
    if a["injecting_ever"] != "never":
        a["bbv_tested"] = _weighted(rng, {"past_12_months": 45, "longer_ago": 30, "never": 15, NOT_KNOWN: 10})
    a["exploitation_history"] = (rng.sample(["county_lines", "cuckooing", "drug_debt"], rng.randint(1, 2))
                                 if _chance(rng, 0.12 if uses else 0.03) else ["none_known"])
    if not opioid_user:
        a["opioids_ever"] = _chance(rng, 0.15 if uses else 0.04)
    if opioid_user or a.get("opioids_ever") or a["recent_release"] or a["custody_release_recent"]:
        a["naloxone_held"] = NOT_KNOWN if _chance(rng, 0.1) else _chance(rng, 0.5)
    a["self_harm_ever"] = _chance(rng, 0.3)
    if a["self_harm_ever"]:
        a["self_harm_recent"] = _chance(rng, 0.2)
    a["suicidal_thoughts"] = _weighted(rng, {"no": 88, "unsure": 4, "yes": 5, DECLINED: 3})
    if a["suicidal_thoughts"] in ("yes", "unsure"):
        a["suicide_immediate_risk"] = _chance(rng, 0.1)
    a["drug_tested"] = _chance(rng, 0.35 if uses else 0.05)
    if a["drug_tested"]:
        a["drug_tests"] = [_drug_test(rng, case, day) for _ in range(rng.choice((1, 1, 2, 3)))]
    return a


TEST_FINDS = {"heroin": "opiates", "crack": "cocaine", "cocaine": "cocaine", "amphetamine": "amphetamines",
              "methamphetamine": "amphetamines", "street_benzodiazepines": "benzodiazepines", "cannabis": "cannabis",
              "opioid_medicines_not_theirs": "methadone"}


def _drug_test(rng: random.Random, case: Case, day: date) -> dict[str, Any]:
    """One drug test before ``day``: what a test can find of what they use (never spice or most other NPS)."""
    test: dict[str, Any] = {"test_date": (day - timedelta(days=rng.randint(0, 80))).isoformat(),
                            "test_method": _weighted(rng, {"oral_fluid": 60, "urine": 30, "laboratory": 10})}
    findable = sorted({TEST_FINDS[s] for s in case.substances if s in TEST_FINDS})
    if _chance(rng, 0.05):
        test["test_result"] = "not_completed"
    elif findable and _chance(rng, 0.6):
        test["test_result"] = "found"
        test["substances_found"] = rng.sample(findable, rng.randint(1, len(findable)))
        test["result_disputed"] = _chance(rng, 0.12)
        if test["result_disputed"]:
            test["dispute_details"] = rng.choice(("Says they took a friend's prescribed medicine.",
                                                  "Says the swab was mixed up with someone else's.",
                                                  "Accepts some use but not as recently as the test shows."))
    else:
        test["test_result"] = "none_found"
    return test


ACTIONS_FOR_FLAGS: dict[str, tuple[str, ...]] = {
    "overdose_after_release": ("naloxone", "harm_reduction_advice"),
    "naloxone_needed": ("naloxone",),
    "nitazene_exposure": ("naloxone", "drug_service_referral"),
    "injecting": ("needle_exchange", "harm_reduction_advice"),
    "sharing_equipment": ("bbv_testing", "needle_exchange"),
    "children_at_risk": ("manager_discussion", "childrens_services"),
    "unsafe_storage": ("manager_discussion",),
    "adult_safeguarding_concern": ("adult_safeguarding", "manager_discussion"),
    "marac_threshold": ("marac",),
    "exploitation_indicators": ("manager_discussion", "nrm_or_police"),
    "debt_or_selling": ("manager_discussion",),
    "housing_at_risk": ("housing_referral",),
    "not_in_treatment": ("drug_service_referral",),
    "no_ost_on_release": ("drug_service_referral",),
    "spice_use": ("harm_reduction_advice",),
    "street_benzo_use": ("harm_reduction_advice",),
    "mixing_depressants": ("harm_reduction_advice",),
    "self_harm_or_suicide": ("self_harm_procedure", "manager_discussion"),
    "suicide_immediate_risk": ("self_harm_procedure", "manager_discussion"),
    "chemsex": ("sexual_health", "harm_reduction_advice"),
    "bbv_testing": ("bbv_testing",),
    "stimulant_use": ("harm_reduction_advice",),
    "adult_safeguarding_check": ("manager_discussion",),
    "past_exploitation": ("manager_discussion",),
    "drug_test_disputed": ("manager_discussion",),
}


def agreed_actions(rng: random.Random, flags: list[str], answers: dict[str, Any],
                   allowed: frozenset[str] | None = None) -> list[str]:
    """The actions a practitioner agrees for these flags (nearly always, not quite: it is a busy office);
    ``allowed``: the actions the form offers (version 1 has no self-harm or sexual health action)."""
    actions: list[str] = []
    for flag in flags:
        for action in ACTIONS_FOR_FLAGS.get(flag, ()):
            if allowed is not None and action not in allowed:
                continue
            if action not in actions and _chance(rng, 0.85):
                actions.append(action)
    if answers.get("mental_health") == "concerns_unsupported" and _chance(rng, 0.5):
        actions.append("mental_health_referral")
    return actions or ["none"]


def cut_short(answers: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A draft left part way: the consent and pattern answers, sometimes a little more."""
    keep = {"screening_date", "purpose_explained", "confidentiality_explained", "consent_share_drug_service",
            "drug_service_name", "custody_release_recent", "custody_info_received", "any_use_past_year",
            "substances"}
    if _chance(rng, 0.5):
        keep |= {"strong_urges", "tried_to_cut_down", "withdrawal", "others_concerned", "injecting_ever",
                 "shared_equipment"}
    return {k: v for k, v in answers.items() if k in keep}


@dataclass(frozen=True)
class Planned:
    person: DemoPerson
    case: Case
    day: date
    draft: bool = False


def plan_screenings(ctx: DemoContext, rng: random.Random, practitioners: list[DemoPerson]) -> list[Planned]:
    """Who screens which case on which day: 300 in all, a few cases twice, a few left as drafts (most of them
    in the past fortnight, two abandoned months ago)."""
    today = ctx.today
    first_day = today - timedelta(days=YEAR - 1)
    references = rng.sample(range(100000, 1000000), SCREENINGS)
    plans: list[Planned] = []
    for index in range(SCREENINGS - SCREENED_TWICE):
        day = first_day + timedelta(days=rng.randint(0, YEAR - 1))
        if day.weekday() >= 5:  # screenings happen on working days: the Friday before, or the Monday after
            friday = day - timedelta(days=day.weekday() - 4)
            day = friday if friday >= first_day else friday + timedelta(days=3)
        # whoever was in post that day: a new starter takes a share of the cases from when they join
        present = [p for p in practitioners if p.joined + timedelta(days=3) <= day] or practitioners
        person = rng.choices(present, weights=[p.member.screens or 1.0 for p in present])[0]
        plans.append(Planned(person, new_case(rng, f"X{references[index]}"), day))
    earlier = [p for p in plans if (today - p.day).days > 60]
    repeated: set[str] = set()
    for first in rng.sample(earlier, min(SCREENED_TWICE, len(earlier))):
        repeated.add(first.case.reference)
        day = min(today, first.day + timedelta(days=rng.randint(28, 60)))
        while day.weekday() >= 5:
            day -= timedelta(days=1)
        again = replace(first.case, released_recently=False)  # weeks later: no longer just out
        plans.append(Planned(first.person, again, day))
    plans.sort(key=lambda p: (p.day, p.case.reference))
    recent = [i for i, p in enumerate(plans) if (today - p.day).days <= 14 and p.case.reference not in repeated]
    old = [i for i, p in enumerate(plans) if 60 <= (today - p.day).days <= 300 and p.case.reference not in repeated]
    for index in [*rng.sample(recent, min(DRAFTS, len(recent))), *rng.sample(old, min(ABANDONED, len(old)))]:
        plans[index] = replace(plans[index], draft=True)
    return plans


def add_screenings(ctx: DemoContext) -> None:
    """Write the 300 screenings through the screening store, then date each back to its screening day."""
    from ..screening import evaluate_record
    from ..storage.models import ScreeningRecord as RecordRow

    store = ctx.services.screening
    try:
        form = store.forms.latest(FORM_ID)
    except KeyError:
        ctx.say(tr("The screening form '{form}' is not installed: no screenings made.").format(form=FORM_ID))
        return
    before_upgrade = _store_before_upgrade(store, form)
    upgraded = ctx.today - timedelta(days=V2_DAYS)
    practitioners = ctx.with_role("practitioner") or ctx.with_role("drug_service")
    rng = ctx.rng("screenings")
    made: list[tuple[int, Planned]] = []
    for plan in plan_screenings(ctx, rng, practitioners):
        who, keyring = plan.person.id, plan.person.keyring
        maker = store if plan.day > upgraded else before_upgrade
        opened = maker.create(who, keyring, form.id, plan.case.reference)
        record, used = opened.record, opened.form
        record.answers = screening_answers(rng, plan.case, plan.day, used.version)
        evaluation = evaluate_record(used, record)
        record.answers["actions"] = agreed_actions(rng, evaluation.flag_ids, record.answers,
                                                   used.item("actions").choice_ids)
        if plan.draft and _chance(rng, 0.6):
            record.answers = cut_short(record.answers, rng)
        evaluation = evaluate_record(used, record)
        if not plan.draft:
            check_fits(used, evaluation, plan.case.reference)
        store.save_draft(who, keyring, record, evaluation)
        if not plan.draft:
            store.finalise(who, keyring, record)
        made.append((opened.id, plan))
    now = utcnow()
    with ctx.services.database.session() as session:
        for record_id, plan in made:
            row = session.get(RecordRow, record_id)
            row.created_at = ctx.at(plan.day, rng)
            row.updated_at = min(row.created_at + timedelta(minutes=rng.randint(15, 55)), now)
            if row.finalised_at is not None:
                row.finalised_at = row.updated_at
    drafts = sum(1 for _id, plan in made if plan.draft)
    ctx.say(tr("Made %n screening(s) ({finished} finished, {drafts} drafts).", "", len(made)).format(
        finished=len(made) - drafts, drafts=drafts))
    add_checklists(ctx, [ChecklistCase(plan.person, plan.case.reference, plan.day, plan.case.released_recently,
                                       plan.case.pattern) for _id, plan in made if not plan.draft])


def _store_before_upgrade(store: ScreeningStore, latest: FormDefinition) -> ScreeningStore:
    """The store as it was before the form was upgraded: version 1 of the form its newest (when installed), so
    the screenings of most of the year are made with the version in use then."""
    from ..screening import FormLibrary

    try:
        old = store.forms.get(FORM_ID, V1)
    except KeyError:
        return store
    if old is latest:
        return store
    before = copy.copy(store)  # the same database, keys and keys held in memory; only the forms differ
    before.forms = FormLibrary({key: form for key, form in store.forms.forms.items() if form is not latest})
    return before
