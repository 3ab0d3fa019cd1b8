"""Branching scenarios: the best path shown as the right answer, conditions and the messages for bad paths.

Written while triaging mutation-testing survivors (issue 14). Each test builds its own scenario, so that
mutmut links every test to the code it runs.
"""

from __future__ import annotations

import pytest

from nps_trainer.quiz.model import (
    Choice,
    Condition,
    Ending,
    GotoRule,
    Quiz,
    Rating,
    Scenario,
    ScenarioNode,
)
from nps_trainer.quiz.review import describe_right_answer, review
from nps_trainer.quiz.scenario import walk
from nps_trainer.quiz.scoring import AnswerError, score
from nps_trainer.quiz.validator import check_quiz

from .support import sample_quiz


def doorway() -> Scenario:
    """The best choice is never listed first, one node has no best choice and one has only risky ones."""
    return Scenario(
        id="doorway",
        prompt="Someone is slumped in a doorway.",
        start="arrive",
        nodes=[
            ScenarioNode("arrive", "You arrive.", [
                Choice("shout", "Shout at them", Rating.RISKY, "It startles them.", [GotoRule("check")]),
                Choice("approach", "Approach calmly", Rating.BEST, "Safe and kind.", [GotoRule("check")]),
            ]),
            ScenarioNode("check", "They do not respond.", [
                Choice("leave", "Leave them", Rating.RISKY, "They may die alone.", [GotoRule("gone")]),
                Choice("recovery", "Recovery position", Rating.ACCEPTABLE, "If they breathe.", [GotoRule("wait")]),
            ]),
            ScenarioNode("wait", "You wait with them.", [
                Choice("phone", "Phone a friend", Rating.RISKY, "Ring 999 instead.", [
                    GotoRule("late", Condition(not_chosen=["approach"])),
                    GotoRule("safe"),
                ]),
                Choice("scroll", "Scroll on your phone", Rating.RISKY, "Watch them.", [GotoRule("late")]),
            ]),
        ],
        endings=[
            Ending("safe", "Safe", "Help came in time.", 1.0),
            Ending("late", "Late", "Help was slow.", 0.5),
            Ending("gone", "Gone", "You walked away.", 0.0),
        ],
    )  # fmt: skip


def quiz_of(scenario: Scenario) -> Quiz:
    return Quiz(id="scenes", title="Scenes", version="1", modules=["overdose-response"], questions=[scenario])


def test_the_doorway_scenario_is_valid() -> None:
    assert [str(p) for p in check_quiz(quiz_of(doorway()))] == []


def test_the_right_answer_follows_best_then_acceptable_then_the_first_choice() -> None:
    assert describe_right_answer(doorway()) == (
        "Approach calmly → Recovery position → Phone a friend → Ending: Safe"
    )
    scene = sample_quiz().question("scene")
    assert isinstance(scene, Scenario)
    assert describe_right_answer(scene) == "Call 999 → Start CPR → Ending: Good"


def test_not_chosen_conditions_follow_the_earlier_choices() -> None:
    scenario = doorway()
    quiz = quiz_of(scenario)
    assert score(quiz, scenario, ["approach", "recovery", "phone"]) == 1.0
    assert score(quiz, scenario, ["shout", "recovery", "phone"]) == 0.5
    assert walk(scenario, ["shout", "recovery", "phone"]).ending == scenario.ending("late")


def test_each_step_records_the_node_where_the_choice_was_made() -> None:
    steps = walk(doorway(), ["shout", "recovery"]).steps
    assert [(s.node.id, s.choice.id) for s in steps] == [("arrive", "shout"), ("check", "recovery")]


def test_a_best_path_that_loops_is_cut_short() -> None:
    loop = Scenario(
        id="loop",
        prompt="Round in circles.",
        start="a",
        nodes=[
            ScenarioNode("a", "A", [Choice("round", "Go round", Rating.BEST, "", [GotoRule("b")])]),
            ScenarioNode("b", "B", [
                Choice("again", "Go again", Rating.BEST, "", [GotoRule("a")]),
                Choice("out", "Leave", Rating.ACCEPTABLE, "", [GotoRule("end")]),
            ]),
        ],
        endings=[Ending("end", "End", "Out.", 1.0)],
    )  # fmt: skip
    # One step more than there are nodes: enough to show the loop, and it never hangs.
    assert describe_right_answer(loop) == "Go round → Go again → Go round"


def test_a_draft_scenario_without_a_way_in_has_no_right_answer_rather_than_an_error() -> None:
    missing_start = doorway()
    missing_start.start = "nowhere"
    assert describe_right_answer(missing_start) == ""
    no_choices = doorway()
    no_choices.nodes[0].choices = []
    assert describe_right_answer(no_choices) == ""
    assert review(no_choices, None, 0.0).right_answer == ""


def broken(change: str) -> Scenario:
    scenario = doorway()
    if change == "start":
        scenario.start = "nowhere"
    elif change == "target":
        scenario.nodes[0].choices[0].goto = [GotoRule("nowhere")]
    elif change == "rules":
        scenario.nodes[2].choices[0].goto = [GotoRule("late", Condition(chosen=["leave"]))]
    return scenario


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        ("", ["shout", "phone"], "choice 'phone' is not offered at node 'check'"),
        ("", ["approach", "recovery", "phone", "scroll"], "choices continue after ending 'safe'"),
        ("start", ["shout"], "start node 'nowhere' does not exist"),
        ("target", ["shout"], "goto target 'nowhere' does not exist"),
        ("rules", ["approach", "recovery", "phone"], "choice 'phone' has no goto rule that applies"),
    ],
)
def test_paths_that_cannot_be_followed_say_why(change: str, path: list[str], message: str) -> None:
    scenario = broken(change)
    with pytest.raises(AnswerError, match=f"^{message}$"):
        score(quiz_of(scenario), scenario, path)
