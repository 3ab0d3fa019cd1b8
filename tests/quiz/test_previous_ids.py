"""``previous_ids`` on questions: loading, validation (no clash with a current id), lookups and the YAML writer."""

from __future__ import annotations

from pathlib import Path

from nps_trainer.quiz import Attempt
from nps_trainer.quiz.loader import load_quiz_text
from nps_trainer.quiz.renames import with_current_ids
from nps_trainer.quiz.validator import check_quiz
from nps_trainer.quiz.yaml_writer import write_quiz_yaml

HEADER = """\
id: aliases
title: Renamed questions
version: "1"
modules: [overdose-response]
pass_mark: 80
scoring: {multiple_response: right-minus-wrong, ordering: position}
questions:
"""


def _question(qid: str, previous: str = "") -> str:
    return (f"  - id: {qid}\n" + (f"    previous_ids: {previous}\n" if previous else "")
            + "    type: true-false\n    prompt: Gasps are normal breathing.\n    answer: false\n"
            "    explanation: They are not.\n"
            "    source: {module: overdose-response, section: cpr-and-the-recovery-position}\n")


def _load(tmp_path: Path, *questions: str):
    quiz, problems = load_quiz_text(HEADER + "".join(questions), tmp_path / "aliases.yaml")
    assert quiz is not None, problems
    return quiz, [str(p) for p in problems + check_quiz(quiz)]


def test_previous_ids_load_and_find_the_renamed_question(tmp_path: Path) -> None:
    quiz, problems = _load(tmp_path, _question("gasps-not-breathing", "[gasps, gasps-2]"), _question("other"))
    assert problems == []
    renamed = quiz.question("gasps-not-breathing")
    assert renamed.previous_ids == ["gasps", "gasps-2"]
    assert quiz.question("gasps") is renamed and quiz.question("gasps-2") is renamed
    assert quiz.question("other").previous_ids == []
    assert quiz.question("missing") is None
    assert quiz.current_id("gasps") == "gasps-not-breathing" and quiz.current_id("missing") == "missing"


def test_a_previous_id_may_not_clash_with_a_current_id(tmp_path: Path) -> None:
    _, problems = _load(tmp_path, _question("first", "[second]"), _question("second"))
    assert any("previous id 'second' is the id of question 'second'" in p for p in problems), problems
    _, problems = _load(tmp_path, _question("first", "[first]"))
    assert any("previous id 'first' is its own id" in p for p in problems), problems
    _, problems = _load(tmp_path, _question("first", "[old]"), _question("second", "[old]"))
    assert any("previous id 'old' is also a previous id of question 'first'" in p for p in problems), problems
    assert all(":" in p.split(" ")[0] for p in problems)  # file:line: message


def test_a_badly_written_previous_id_is_reported(tmp_path: Path) -> None:
    _, problems = _load(tmp_path, _question("first", "['no spaces']"))
    assert any("previous id 'no spaces' must use only letters" in p for p in problems), problems
    _, problems = _load(tmp_path, _question("first", "{old: 1}"))
    assert any("'previous_ids' must be a list" in p for p in problems), problems


def test_a_saved_attempt_state_is_rewritten_to_current_ids(tmp_path: Path) -> None:
    before, _ = _load(tmp_path, _question("gasps"), _question("other"))
    attempt = Attempt.start(before, "practice", seed=1)
    attempt.answer("gasps", False)
    saved = attempt.to_dict()
    after, _ = _load(tmp_path, _question("gasps-not-breathing", "[gasps]"), _question("other"))
    state = with_current_ids(after, saved)
    assert state["question_ids"] == ["gasps-not-breathing", "other"]
    assert list(state["responses"]) == ["gasps-not-breathing"]
    assert saved["question_ids"] == ["gasps", "other"]  # the saved state itself is untouched
    assert with_current_ids(before, saved) is saved  # nothing renamed: the same state
    resumed = Attempt.from_dict(after, saved)
    assert resumed.response("gasps-not-breathing").score == 1.0
    assert resumed.finish().percent == 50.0


def test_the_yaml_writer_keeps_previous_ids(tmp_path: Path) -> None:
    quiz, _ = _load(tmp_path, _question("gasps-not-breathing", "[gasps]"))
    path = tmp_path / "written" / "aliases.yaml"
    path.parent.mkdir()
    write_quiz_yaml(quiz, path)
    again, problems = load_quiz_text(path.read_text(encoding="utf-8"), path)
    assert again is not None and not problems, problems
    assert again.question("gasps-not-breathing").previous_ids == ["gasps"]
