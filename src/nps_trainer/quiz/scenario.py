"""Walking a branching scenario: where a path of choices leads, and the recap of the path taken."""

from __future__ import annotations

from dataclasses import dataclass

from .model import Choice, Ending, Scenario, ScenarioNode


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
    raise ScenarioPathError(f"choice '{choice.id}' has no goto rule that applies")


def walk(scenario: Scenario, choice_ids: list[str]) -> Walk:
    """Follow ``choice_ids`` from the start. Raises ``ScenarioPathError`` if a choice is not on offer."""
    node = scenario.node(scenario.start)
    if node is None:
        raise ScenarioPathError(f"start node '{scenario.start}' does not exist")
    steps: list[Step] = []
    made: set[str] = set()
    for cid in choice_ids:
        if node is None:
            raise ScenarioPathError(f"choice '{cid}' comes after the scenario has ended")
        choice = next((c for c in node.choices if c.id == cid), None)
        if choice is None:
            raise ScenarioPathError(f"choice '{cid}' is not offered at node '{node.id}'")
        steps.append(Step(node, choice))
        made.add(cid)
        target = next_target(choice, made)
        ending = scenario.ending(target)
        if ending is not None:
            if len(steps) != len(choice_ids):
                raise ScenarioPathError(f"choices continue after ending '{ending.id}'")
            return Walk(steps, None, ending)
        node = scenario.node(target)
        if node is None:
            raise ScenarioPathError(f"goto target '{target}' does not exist")
    return Walk(steps, node, None)


def recap(scenario: Scenario, choice_ids: list[str]) -> list[str]:
    """One line per decision, then the ending: a plain-text recap of the path taken."""
    result = walk(scenario, choice_ids)
    lines = [f"{s.choice.text} ({s.choice.rating.value}): {s.choice.rationale}" for s in result.steps]
    if result.ending is not None:
        lines.append(f"Ending: {result.ending.title} (score {result.ending.score:.0%})")
    else:
        lines.append("Not finished.")
    return lines
