"""Quiz-level settings, branching scenarios and previous ids as a content author sees them (issue 14).

Written while triaging the second batch of mutation-testing survivors in ``quiz/loader.py``,
``quiz/scenario_loader.py`` and ``quiz/validator.py``. Every test writes its own quiz file and compares the
whole list of problems (``file:line: message``), so a changed message, line or severity shows up.
"""

from __future__ import annotations

from pathlib import Path

from nps_trainer.quiz.loader import load_quiz
from nps_trainer.quiz.model import Scenario
from nps_trainer.quiz.validator import validate_quizzes

QUESTION = """\
questions:
  - id: q1
    type: true-false
    prompt: P
    answer: true
    explanation: E
    source: {module: overdose-response, section: s}
"""


def load(folder: Path, text: str, name: str = "q.yaml"):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    quiz, problems = load_quiz(path)
    assert quiz is not None
    return quiz, [str(p).replace(f"{folder}/", "") for p in problems]


def test_category_and_description_are_read_and_a_missing_pass_mark_defaults_to_80(tmp_path: Path) -> None:
    quiz, problems = load(tmp_path, """\
id: q
title: T
version: "2.1"
description: About naloxone
category: Overdose/First aid
modules: [overdose-response]
scoring: {}
""" + QUESTION)
    assert problems == ["q.yaml:1: quiz: 'pass_mark' is missing (a percentage, 0 to 100)"]
    assert (quiz.version, quiz.description, quiz.category) == ("2.1", "About naloxone", "Overdose/First aid")
    assert quiz.pass_mark == 80.0


def test_a_category_that_is_not_text_is_reported(tmp_path: Path) -> None:
    quiz, problems = load(tmp_path, """\
id: q
title: T
version: "1"
modules: [overdose-response]
pass_mark: 70
category: [a, b]
scoring: {}
""" + QUESTION)
    assert problems == ["q.yaml:6: quiz: 'category' must be text"]
    assert quiz.category == ""
    assert quiz.pass_mark == 70.0


def test_an_unquoted_version_is_reported_and_kept_as_written(tmp_path: Path) -> None:
    # written -> (as the message shows it, as the quiz keeps it)
    cases = {"1.5": ("1.5", "1.5"), "0": ("0", ""), "true": ("True", "True"), "false": ("False", "")}
    for written, (shown, kept) in cases.items():
        quiz, problems = load(tmp_path, f"""\
id: q
title: T
version: {written}
modules: [overdose-response]
pass_mark: 80
scoring: {{}}
""" + QUESTION)
        assert problems == [f'q.yaml:3: quiz: \'version\' must be quoted text, e.g. "{shown}"'], written
        assert quiz.version == kept, written


SCENARIO = """\
id: q
title: T
version: "1"
modules: [overdose-response]
pass_mark: 80
scoring: {}
questions:
  - id: s
    type: scenario
    prompt: P
    explanation: E
    source: {module: overdose-response, section: s}
    start: n1
    nodes:
      - text: No id here
        choices:
          - {id: c0, text: T, rating: best, rationale: R, goto: e1}
      - id: n1
        text: Start
        choices:
          - {text: T, rating: best, rationale: R, goto: e1}
          - id: c2
            text: T
            rating: risky
            rationale: R
            goto:
              - if:
                  chosen: []
                  colour: red
                to: e1
              - if: {chosen: 5}
                to: e1
              - {}
    endings:
      - {title: T, text: X, score: 1}
      - id: e1
        score: 0.5
      - {id: e2, title: T, text: X}
  - id: s2
    type: scenario
    prompt: P
    explanation: E
    source: {module: overdose-response, section: s}
    start: n1
    nodes: 5
"""


def test_scenario_nodes_choices_rules_and_endings_are_reported_at_their_lines(tmp_path: Path) -> None:
    quiz, problems = load(tmp_path, SCENARIO)
    choice = "question 's' node 'n1' choice 'c2'"
    assert problems == [
        "q.yaml:15: question 's': node: 'id' is missing",
        "q.yaml:21: question 's' node 'n1': choice: 'id' is missing",
        f"q.yaml:29: warning: unknown key 'colour' in {choice} condition (ignored)",
        f"q.yaml:28: {choice}: condition names no choices (use chosen, any_chosen or not_chosen)",
        f"q.yaml:31: {choice} condition: 'chosen' must be a list",
        f"q.yaml:31: {choice}: condition names no choices (use chosen, any_chosen or not_chosen)",
        f"q.yaml:33: {choice}: goto rule 3: 'to' is missing",
        "q.yaml:35: question 's': ending: 'id' is missing",
        "q.yaml:36: question 's' ending 'e1': 'title' is missing",
        "q.yaml:36: question 's' ending 'e1': 'text' is missing",
        "q.yaml:38: question 's' ending 'e2': 'score' is missing (0 to 1)",
        "q.yaml:45: question 's2': 'nodes' must be a list",
        "q.yaml:39: question 's2': 'endings' is missing",
    ]
    scenario = quiz.questions[0]
    assert isinstance(scenario, Scenario)
    assert [n.id for n in scenario.nodes] == ["", "n1"]
    assert [c.id for c in scenario.nodes[1].choices] == ["", "c2"]
    assert [r.target for r in scenario.nodes[1].choices[1].goto] == ["e1", "e1", ""]
    assert [(e.id, e.title, e.text, e.score) for e in scenario.endings] == [
        ("", "T", "X", 1.0), ("e1", "", "", 0.5), ("e2", "T", "X", 0.0)]


def test_previous_ids_must_not_clash_with_current_ids_or_each_other(tmp_path: Path) -> None:
    (tmp_path / "q.yaml").write_text("""\
id: q
title: T
version: "1"
modules: [overdose-response]
pass_mark: 80
scoring: {}
questions:
  - id: a
    type: true-false
    prompt: P
    answer: true
    explanation: E
    source: {module: overdose-response, section: s}
    previous_ids: [a]
  - id: b
    type: true-false
    prompt: P
    answer: true
    explanation: E
    source: {module: overdose-response, section: s}
    previous_ids: [old, a]
  - id: c
    type: true-false
    prompt: P
    answer: true
    explanation: E
    source: {module: overdose-response, section: s}
    previous_ids: [old]
""", encoding="utf-8")
    assert [str(p).replace(f"{tmp_path}/", "") for p in validate_quizzes(tmp_path)] == [
        "q.yaml:8: question 'a': previous id 'a' is its own id",
        "q.yaml:15: question 'b': previous id 'a' is the id of question 'a'",
        "q.yaml:22: question 'c': previous id 'old' is also a previous id of question 'b'",
    ]
