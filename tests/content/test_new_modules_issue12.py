"""The three modules added for issue 12 (motivational interviewing, probation for drug service staff, managing
drug work) and their question banks: bundled-module rules, 8-12 questions of mixed types, and a branching
scenario whose choices lead to different endings, played through real attempts."""

from __future__ import annotations

import pytest

from nps_trainer.content import load_catalogue
from nps_trainer.paths import bundled_content_dir
from nps_trainer.quiz import Attempt, load_quizzes
from nps_trainer.quiz.model import Rating, Scenario

NEW = ("motivational-interviewing", "probation-for-drug-services", "managing-drug-work")


@pytest.fixture(scope="module")
def bundled():
    content = bundled_content_dir()
    catalogue = load_catalogue(content / "modules")
    quizzes, problems = load_quizzes(content / "quizzes", {m.id: {s.anchor for s in m.sections}
                                                           for m in catalogue.modules})
    assert [p for p in problems if "warning" not in str(p)] == []
    return catalogue, {q.id: q for q in quizzes}


@pytest.mark.parametrize("module_id", NEW)
def test_each_new_module_is_a_sourced_reviewed_training_module(bundled, module_id: str) -> None:
    catalogue, _quizzes = bundled
    module = catalogue.get(module_id)
    assert module is not None, f"{module_id} is unavailable"
    assert str(module.reviewed) == "2026-12-06"
    assert 20 <= module.minutes <= 30
    assert len(module.sources) >= 5 and all(s.title for s in module.sources)
    assert any("legislation.gov.uk" in (s.url or "") or "nice.org.uk" in (s.url or "") for s in module.sources)
    anchors = [s.anchor for s in module.sections]
    assert "in-practice-supervision" in anchors
    assert any(a.startswith("case-example") for a in anchors)
    text = (bundled_content_dir() / "modules" / f"{module_id}.md").read_text(encoding="utf-8")
    assert "::: notice Training, not" in text and "999" in text and "drug service" in text


@pytest.mark.parametrize("quiz_id", NEW)
def test_each_new_bank_has_8_to_12_mixed_questions_and_a_scenario(bundled, quiz_id: str) -> None:
    _catalogue, quizzes = bundled
    quiz = quizzes[quiz_id]
    assert quiz.modules == [quiz_id]
    assert 8 <= len(quiz.questions) <= 12
    kinds = {q.type.value for q in quiz.questions}
    assert len(kinds) >= 4 and "scenario" in kinds
    assert all(q.explanation and q.source.module == quiz_id for q in quiz.questions)


def _walk(quiz, scenario: Scenario, choose) -> tuple[str, float, list[str]]:
    """Play the scenario through a real practice attempt, picking at each node with ``choose``."""
    attempt = Attempt.start(quiz, "practice", seed=1)
    node = scenario.node(scenario.start)
    path: list[str] = []
    while True:
        choice = choose(node)
        path.append(choice.id)
        outcome = attempt.choose(scenario.id, choice.id)
        assert outcome.rationale == choice.rationale  # practice mode teaches at each step
        if outcome.ending is not None:
            return outcome.ending.id, attempt.response(scenario.id).score, path
        node = outcome.next_node


@pytest.mark.parametrize("quiz_id", NEW)
def test_the_scenarios_choices_change_what_happens_next(bundled, quiz_id: str) -> None:
    _catalogue, quizzes = bundled
    quiz = quizzes[quiz_id]
    scenario = next(q for q in quiz.questions if isinstance(q, Scenario))
    best = _walk(quiz, scenario, lambda node: next(c for c in node.choices if c.rating is Rating.BEST))
    worst = _walk(quiz, scenario, lambda node: next((c for c in node.choices if c.rating is Rating.RISKY),
                                                    node.choices[-1]))
    assert best[1] == 1.0  # the best path reaches the full-score ending
    assert worst[0] != best[0] and worst[1] < 0.5  # risky choices lead somewhere else, and score less
    assert len(scenario.endings) >= 3
    for node in scenario.nodes:
        assert node.text and {c.rating for c in node.choices} & {Rating.BEST, Rating.ACCEPTABLE}
