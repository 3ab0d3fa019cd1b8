from __future__ import annotations

import pytest

from nps_trainer.quiz.model import Scenario
from nps_trainer.quiz.scenario import ScenarioPathError, recap, walk

from .support import sample_quiz


def scene() -> Scenario:
    question = sample_quiz().question("scene")
    assert isinstance(question, Scenario)
    return question


def test_the_same_choice_leads_to_different_endings_depending_on_an_earlier_choice() -> None:
    assert walk(scene(), ["call", "cpr"]).ending.id == "good"  # type: ignore[union-attr]
    assert walk(scene(), ["wait", "cpr"]).ending.id == "late"  # type: ignore[union-attr]


def test_a_partial_path_stops_at_the_current_node() -> None:
    result = walk(scene(), ["call"])
    assert not result.finished
    assert result.current is not None and result.current.id == "breathe"


def test_recap_lists_each_choice_with_rating_and_rationale_then_the_ending() -> None:
    assert recap(scene(), ["wait", "recovery"]) == [
        "Wait (risky): Time matters.",
        "Recovery position (acceptable): Only if breathing normally.",
        "Ending: Late (score 25%)",
    ]


@pytest.mark.parametrize("path", [["cpr"], ["call", "call"], ["call", "cpr", "cpr"]])
def test_impossible_paths_are_refused(path: list[str]) -> None:
    with pytest.raises(ScenarioPathError):
        walk(scene(), path)


def test_real_scenario_delay_changes_the_ending(tmp_path: object) -> None:
    from nps_trainer.quiz.loader import load_quiz

    from .support import REPO

    quiz, _ = load_quiz(REPO / "content" / "quizzes" / "overdose-response.yaml")
    assert quiz is not None
    question = quiz.question("office-overdose")
    assert isinstance(question, Scenario)
    prompt = ["start-cpr", "second-dose", "stay-and-explain"]
    assert walk(question, ["call-for-help", *prompt]).ending.id == "handover"  # type: ignore[union-attr]
    late = walk(question, ["let-sleep", "call-now", *prompt[:2]])
    assert late.ending is not None and late.ending.id == "delayed"
