"""A session plan as data: plain frozen dataclasses, no I/O. ``sessions.plans`` reads them from YAML and checks
them; ``to_snapshot``/``from_snapshot`` keep the plan exactly as it was used inside a session's record."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..i18n import tr, tr_noop

#: The kinds of step a plan may have, in the words the YAML uses (``type:``).
SECTION, DISCUSSION, QUESTION, SCENARIO, ACTIVITY, BREAK = (
    "section", "discussion", "question", "scenario", "activity", "break")
STEP_KINDS = (SECTION, DISCUSSION, QUESTION, SCENARIO, ACTIVITY, BREAK)
#: Each kind's label, marked for translation: show it with ``tr(KIND_LABELS[kind])`` (or :func:`kind_label`).
KIND_LABELS = {SECTION: tr_noop("Module section"), DISCUSSION: tr_noop("Discussion"),
               QUESTION: tr_noop("Group question"), SCENARIO: tr_noop("Group scenario"),
               ACTIVITY: tr_noop("Activity"), BREAK: tr_noop("Break")}


def kind_label(kind: str) -> str:
    """The kind of step in words, in the language in use (the kind itself if unknown)."""
    return tr(KIND_LABELS[kind]) if kind in KIND_LABELS else kind


@dataclass(frozen=True)
class PlanStep:
    """One step of a plan. Which fields matter depends on ``kind``:

    - section: ``module`` and ``section`` (a module id and a section anchor);
    - discussion: ``prompt`` (shown to the room), ``probation`` and ``drug_service`` (what each would do,
      revealed by the facilitator when useful);
    - question / scenario: ``quiz`` and ``question`` (a question id in that quiz; a scenario must be a
      scenario question);
    - activity: ``prompt`` (the instructions shown to the room);
    - break: nothing more.

    ``notes`` are for the facilitator only and never reach the room's screen."""

    kind: str
    title: str
    minutes: int
    notes: str = ""
    module: str = ""
    section: str = ""
    quiz: str = ""
    question: str = ""
    prompt: str = ""
    probation: str = ""
    drug_service: str = ""
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class SessionPlan:
    id: str
    title: str
    version: str
    summary: str
    audience: str
    minutes: int
    outcomes: tuple[str, ...]
    steps: tuple[PlanStep, ...]
    sources: tuple[str, ...] = ()
    reviewed: date | None = None
    path: Path | None = field(default=None, compare=False)

    @property
    def planned_minutes(self) -> int:
        return sum(step.minutes for step in self.steps)

    def sections_by_module(self) -> dict[str, list[str]]:
        """The module sections the plan covers: module id -> section anchors, in plan order."""
        covered: dict[str, list[str]] = {}
        for step in self.steps:
            if step.kind == SECTION and step.section not in covered.setdefault(step.module, []):
                covered[step.module].append(step.section)
        return covered

    def to_snapshot(self) -> dict[str, Any]:
        """The plan as JSON-ready data, to keep in a session's record."""
        data = asdict(self)
        data.pop("path")
        data["reviewed"] = self.reviewed.isoformat() if self.reviewed else None
        data["outcomes"] = list(self.outcomes)
        data["sources"] = list(self.sources)
        data["steps"] = [{k: v for k, v in asdict(step).items() if k != "line"} for step in self.steps]
        return data

    @classmethod
    def from_snapshot(cls, data: dict[str, Any]) -> SessionPlan:
        reviewed = data.get("reviewed")
        return cls(
            id=data["id"], title=data["title"], version=data["version"], summary=data.get("summary", ""),
            audience=data.get("audience", ""), minutes=int(data.get("minutes", 0)),
            outcomes=tuple(data.get("outcomes", ())),
            steps=tuple(PlanStep(**{k: v for k, v in step.items() if k in PlanStep.__dataclass_fields__})
                        for step in data.get("steps", ())),
            sources=tuple(data.get("sources", ())),
            reviewed=date.fromisoformat(reviewed) if reviewed else None)


@dataclass(frozen=True)
class UnavailablePlan:
    """A plan file that cannot be used, and why (each reason a ``file:line: message``)."""

    path: Path
    title: str  # the plan's title if it could be read, else the file name
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class PlanLibrary:
    plans: tuple[SessionPlan, ...]
    unavailable: tuple[UnavailablePlan, ...] = ()

    def plan(self, plan_id: str) -> SessionPlan | None:
        return next((p for p in self.plans if p.id == plan_id), None)
