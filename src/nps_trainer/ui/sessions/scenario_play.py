"""A scenario played as a group: at each decision the facilitator enters how many chose each choice and ticks
the choice the group agreed; the room may see the votes, then the consequence (the choice's rating and
rationale); Continue follows the agreed choice's branch (``quiz.scenario.next_target``/``walk``) to the next
decision or the ending. The path is kept in the room state and each decision as one vote row, so a restart
carries on where the group was.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...i18n import tr
from ..widgets import FlowLayout, action_button
from .group_vote import CountsGrid
from .room_content import CONSEQUENCE, DECIDING, ENDING, VOTES

if TYPE_CHECKING:
    from ...quiz.model import Ending, Scenario, ScenarioNode


@dataclass(frozen=True)
class Position:
    """Where the group is: the choices made so far, then the decision to make (``node``) or the ending."""

    path: tuple[Any, ...]  # quiz Choices, in order
    node: ScenarioNode | None
    ending: Ending | None

    @property
    def path_ids(self) -> list[str]:
        return [choice.id for choice in self.path]


def position(scenario: Scenario, path_ids: list[str]) -> Position:
    """Follow the saved path; a path the scenario no longer allows (its file changed) starts again."""
    from ...quiz.scenario import ScenarioPathError, walk

    try:
        walked = walk(scenario, list(path_ids))
    except ScenarioPathError:
        walked = walk(scenario, [])
    return Position(tuple(step.choice for step in walked.steps), walked.current, walked.ending)


def agreed_choice(node: ScenarioNode, agreed: list[str]):
    return next((choice for choice in node.choices if agreed and choice.id == agreed[0]), None)


class ScenarioPlay(QWidget):
    """The console's panel for a group scenario; ``run`` is the SessionRun."""

    def __init__(self, run, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run = run
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.counts = CountsGrid(single_agreed=True)
        self.counts.edited.connect(self._edited)
        layout.addWidget(self.counts)
        row = FlowLayout()  # onto more lines when the pane is narrow (200% text, Welsh)
        self.reveal_votes = action_button(tr("Reveal &votes"), tr("Reveal the votes to the room"), self._reveal_votes)
        self.reveal_consequence = action_button(tr("Reveal the &consequence"), tr("Reveal the consequence to the room"),
                                               self._reveal_consequence)
        self.continue_button = action_button(tr("Continue the scenar&io"), tr("Continue the scenario"), self.continue_)
        self.again = action_button(tr("&Decide again"), tr("Undo the last decision"), self.decide_again)
        for button in (self.reveal_votes, self.reveal_consequence, self.continue_button, self.again):
            row.addWidget(button)
        layout.addLayout(row)


    # -- state --------------------------------------------------------------------------------------------
    def where(self) -> Position | None:
        scenario = self.run.question()
        if scenario is None or scenario.type.value != "scenario":
            return None
        return position(scenario, self.run.path())

    def refresh(self) -> None:
        here = self.where()
        stage = self.run.stage()
        node = here.node if here is not None else None
        self.counts.setVisible(node is not None)
        if node is not None:
            self.counts.set_options(self.run.options(node.id))
            tallies, agreed = self.run.tallies(node.id)
            self.counts.set_values(tallies, agreed)
        else:
            tallies, agreed = {}, []
        self.counts.set_locked(stage != DECIDING)
        self.reveal_votes.setEnabled(node is not None and stage == DECIDING and sum(tallies.values()) > 0)
        self.reveal_consequence.setEnabled(node is not None and stage in (DECIDING, VOTES) and bool(agreed))
        self.continue_button.setEnabled(node is not None and stage == CONSEQUENCE)
        self.again.setEnabled(here is not None and (stage in (VOTES, CONSEQUENCE) or bool(here.path)))
        if here is None:
            self.status.setText(tr("This scenario is not in the installed quizzes: talk it through from the notes."))
        elif here.ending is not None:
            self.status.setText(tr("Ending reached: {ending}. Next moves on to the next step.").format(
                ending=here.ending.title))
        else:
            decision = len(here.path) + 1
            self.status.setText({
                DECIDING: tr("Decision {number}: enter how many chose each choice and tick the one the group "
                             "agreed (it decides where the scenario goes)."),
                VOTES: tr("Decision {number}: the room sees the votes."),
                CONSEQUENCE: tr("Decision {number}: the room sees the consequence. Continue follows the choice."),
            }.get(stage, "").format(number=decision))

    # -- actions ------------------------------------------------------------------------------------------
    def _edited(self, tallies: dict, agreed: list) -> None:
        here = self.where()
        if here is not None and here.node is not None and self.run.stage() == DECIDING:
            self.run.set_votes(tallies, agreed, node_id=here.node.id)

    def _reveal_votes(self) -> None:
        self.run.set_stage(VOTES)

    def _reveal_consequence(self) -> None:
        here = self.where()
        if here is None or here.node is None:
            return
        _tallies, agreed = self.run.tallies(here.node.id)
        if agreed_choice(here.node, agreed) is None:
            self.status.setText(tr("Tick the choice the group agreed first."))
            return
        self.run.set_stage(CONSEQUENCE)

    def continue_(self) -> None:
        """Follow the agreed choice to the next decision or the ending."""
        here = self.where()
        if here is None or here.node is None or self.run.stage() != CONSEQUENCE:
            return
        choice = agreed_choice(here.node, self.run.tallies(here.node.id)[1])
        if choice is None:
            return
        after = position(self.run.question(), [*here.path_ids, choice.id])
        self.run.set_scenario(after.path_ids, ENDING if after.ending is not None else DECIDING)

    def decide_again(self) -> None:
        """Back one: from the votes or consequence to the decision, or undo the last decision made."""
        here = self.where()
        if here is None:
            return
        stage = self.run.stage()
        if stage in (VOTES, CONSEQUENCE) and here.node is not None:
            self.run.set_stage(DECIDING)
        elif here.path:
            if here.node is not None:
                self.run.clear_votes([here.node.id])  # the decision after the undone one is no longer reached
            self.run.set_scenario(here.path_ids[:-1], DECIDING)
