"""Shared helpers for the joint session tests: a plan built in code from bundled module sections and
questions, a clock the test moves, and a ready team (a facilitator, a practitioner, a drug service worker)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from nps_trainer.identity import SignedIn
from nps_trainer.profiles import ProfileInfo
from nps_trainer.services import Services
from nps_trainer.sessions.plan_model import (
    ACTIVITY,
    BREAK,
    DISCUSSION,
    QUESTION,
    SCENARIO,
    SECTION,
    PlanStep,
    SessionPlan,
)
from nps_trainer.sessions.store import JointSessions
from tests.team.helpers import make_manager, make_person, sign_in

HELD_ON = date(2026, 11, 20)


def small_plan(version: str = "1.0", title: str = "NPS together") -> SessionPlan:
    """Six steps, one of each kind, on real bundled content (what-are-nps and overdose-response)."""
    return SessionPlan(
        id="nps-together", title=title, version=version, summary="A short joint session.",
        audience="Probation and drug service staff", minutes=60,
        outcomes=("Name the main groups of NPS.",),
        steps=(
            PlanStep(SECTION, "What counts as an NPS", 10, notes="Open with the definition.",
                     module="what-are-nps", section="what-counts-as-an-nps"),
            PlanStep(DISCUSSION, "Spotting use", 10, notes="Draw out both views.",
                     prompt="What might tell you someone is using synthetic cannabinoids?",
                     probation="Ask at supervision and record it.", drug_service="Offer harm reduction advice."),
            PlanStep(QUESTION, "Synthetic cannabis", 5, notes="Count hands.", quiz="what-are-nps",
                     question="synthetic-cannabis"),
            PlanStep(BREAK, "Break", 10),
            PlanStep(SCENARIO, "An overdose in the office", 15, notes="Play it as a group.",
                     quiz="overdose-response", question="office-overdose"),
            PlanStep(ACTIVITY, "Local services", 10, notes="Pairs.", prompt="In mixed pairs, list local services."),
        ),
        sources=("https://www.justiceinspectorates.gov.uk/hmiprobation/",), reviewed=date(2026, 12, 1))


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 20, 9, 30, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


@dataclass
class Team:
    facilitator: SignedIn
    practitioner: ProfileInfo
    worker: ProfileInfo
    manager: SignedIn


def make_team(services: Services) -> Team:
    manager = make_manager(services, "Morgan Manager")
    facilitator = sign_in(services, make_person(services, "Fran Facilitator", "facilitator", "drug_service",
                                                acting=manager))
    practitioner = make_person(services, "Pat Practitioner", "practitioner", "probation")
    worker = make_person(services, "Drew Worker", "drug_service", "drug_service")
    return Team(facilitator, practitioner, worker, manager)


def clocked_store(services: Services, clock: Clock, max_gap: timedelta = timedelta(hours=1)) -> JointSessions:
    """The app's store, with the test's clock (and, as the tests move the clock by whole steps without the
    console's 30-second checkpoints, a longer gap allowed between banks)."""
    return JointSessions(services.database, services.audit, services.profiles, services.learning_events,
                         services.module_sections, clock=clock, max_gap=max_gap)
