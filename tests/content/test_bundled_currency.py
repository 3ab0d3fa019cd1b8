"""The bundled content as updated to December 2026 (issue 12): inspection reports cited by their own pages,
the current drug strategy, the 2023 and 2025 drug controls, and renamed quiz questions that keep their old ids."""

from __future__ import annotations

from pathlib import Path

import pytest

from nps_trainer.content import load_catalogue
from nps_trainer.paths import bundled_content_dir
from nps_trainer.quiz import Attempt, load_quiz

INSPECTORATE_HOME = "https://www.justiceinspectorates.gov.uk/hmiprobation/"
RENAMED = {  # quiz: (old id, new id)
    "diverse-needs": [("slamming", "chemsex-term")],
    "naloxone-probation": [("public-boxes", "no-prescription-needed")],
    "nps-custody-release": [("jordan-plan", "rob-release-plan")],
    "talking-about-use": [("carl-history", "lee-shared-history"), ("most-missed", "funding-heading")],
}


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue(bundled_content_dir() / "modules")


def test_no_bundled_module_cites_the_inspectorate_home_page(catalogue) -> None:
    home_page = [(m.id, s.title) for m in catalogue.modules for s in m.sources if s.url == INSPECTORATE_HOME]
    assert home_page == []
    reports = [s for m in catalogue.modules for s in m.sources if "community-based drug treatment" in s.title]
    assert reports and all(s.url and s.url.startswith(INSPECTORATE_HOME) and s.url != INSPECTORATE_HOME
                           for s in reports)


def test_the_2017_drug_strategy_is_not_cited_as_current(catalogue) -> None:
    recovery = catalogue.get("recovery-resettlement")
    titles = [s.title for s in recovery.sources]
    assert not any("2017 Drug Strategy" in t for t in titles)
    assert any(t.startswith("From harm to hope") for t in titles)
    text = Path(recovery.path).read_text(encoding="utf-8")
    assert "From harm to hope" in text and "2017 Drug Strategy said" not in text


def test_nitrous_oxide_and_xylazine_are_taught_with_their_dates(catalogue) -> None:
    awareness = Path(catalogue.get("drug-awareness").path).read_text(encoding="utf-8")
    assert "## Nitrous oxide" in awareness and "8 November 2023" in awareness and "vitamin B12" in awareness
    emergencies = Path(catalogue.get("other-drug-emergencies").path).read_text(encoding="utf-8")
    assert "15 January 2025" in emergencies and "Naloxone does not reverse xylazine" in emergencies
    assert "give naloxone anyway" in emergencies


@pytest.mark.parametrize("quiz_id", sorted(RENAMED))
def test_renamed_bundled_questions_answer_to_their_old_ids(quiz_id: str) -> None:
    quiz, problems = load_quiz(bundled_content_dir() / "quizzes" / f"{quiz_id}.yaml")
    assert quiz is not None and not [p for p in problems if p.severity.value == "error"], problems
    for old, new in RENAMED[quiz_id]:
        question = quiz.question(new)
        assert question is not None and old in question.previous_ids
        assert quiz.question(old) is question
        state = Attempt.start(quiz, "practice", seed=5).to_dict()
        state["question_ids"] = [old if qid == new else qid for qid in state["question_ids"]]
        state["option_orders"] = {(old if k == new else k): v for k, v in state["option_orders"].items()}
        resumed = Attempt.from_dict(quiz, state)  # an attempt saved before the rename
        assert new in resumed.question_ids and old not in resumed.question_ids
