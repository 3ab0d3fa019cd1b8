"""Walking a branching scenario: where a path of choices leads, and the recap of the path taken."""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import tr, tr_noop
from .model import Choice, Ending, Rating, Scenario, ScenarioNode


class ScenarioPathError(ValueError):
    """A list of choice ids that is not a path through the scenario."""


@dataclass(frozen=True)
class Step:
    node: ScenarioNode
    choice: Choice


@dataclass(frozen=True)
class Walk:
    """Where a path leads: the steps taken, then either the next node to decide or the ending reached."""

    steps: list[Step]
    current: ScenarioNode | None
    ending: Ending | None

    @property
    def finished(self) -> bool:
        return self.ending is not None

    @property
    def choice_ids(self) -> list[str]:
        return [s.choice.id for s in self.steps]


def next_target(choice: Choice, earlier: set[str]) -> str:
    """The id the choice leads to, given the choice ids made before and including it."""
    for rule in choice.goto:
        if rule.condition is None or rule.condition.holds(earlier):
            return rule.target
    raise ScenarioPathError(tr("choice '{choice}' has no goto rule that applies").format(choice=choice.id))


def walk(scenario: Scenario, choice_ids: list[str]) -> Walk:
    """Follow ``choice_ids`` from the start. Raises ``ScenarioPathError`` if a choice is not on offer."""
    node = scenario.node(scenario.start)
    if node is None:
        raise ScenarioPathError(tr("start node '{start}' does not exist").format(start=scenario.start))
    steps: list[Step] = []
    made: set[str] = set()
    for cid in choice_ids:
        if node is None:
            raise ScenarioPathError(tr("choice '{cid}' comes after the scenario has ended").format(cid=cid))
        choice = next((c for c in node.choices if c.id == cid), None)
        if choice is None:
            raise ScenarioPathError(tr("choice '{cid}' is not offered at node '{node}'").format(cid=cid, node=node.id))
        steps.append(Step(node, choice))
        made.add(cid)
        target = next_target(choice, made)
        ending = scenario.ending(target)
        if ending is not None:
            if len(steps) != len(choice_ids):
                raise ScenarioPathError(tr("choices continue after ending '{ending}'").format(ending=ending.id))
            return Walk(steps, None, ending)
        node = scenario.node(target)
        if node is None:
            raise ScenarioPathError(tr("goto target '{target}' does not exist").format(target=target))
    return Walk(steps, node, None)


RATING_WORDS = {Rating.BEST: tr_noop("best"), Rating.ACCEPTABLE: tr_noop("acceptable"), Rating.RISKY: tr_noop("risky")}


def recap(scenario: Scenario, choice_ids: list[str]) -> list[str]:
    """One line per decision, then the ending: a plain-text recap of the path taken."""
    result = walk(scenario, choice_ids)
    lines = [f"{s.choice.text} ({tr(RATING_WORDS[s.choice.rating])}): {s.choice.rationale}" for s in result.steps]
    if result.ending is not None:
        lines.append(tr("Ending: {title} (score {score})").format(title=result.ending.title,
                                                                  score=f"{result.ending.score:.0%}"))
    else:
        lines.append(tr("Not finished."))
    return lines
