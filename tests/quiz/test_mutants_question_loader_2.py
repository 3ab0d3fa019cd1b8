"""Question-level loading messages a content author sees, each at its line, and the values built (issue 14).

Written while triaging the second batch of mutation-testing survivors in ``quiz/question_loader.py`` and
``quiz/reader.py``. Every test writes its own quiz file and compares the whole list of problems
(``file:line: message``), so a changed message, line or severity shows up.
"""

from __future__ import annotations

import sys
from pathlib import Path

from nps_trainer.quiz.loader import load_quiz
from nps_trainer.quiz.model import Matching, MultipleResponse, Numerical, ShortAnswer, SingleChoice, TrueFalse

HEAD = """\
id: q
title: T
version: "1"
modules: [overdose-response]
pass_mark: 80
scoring: {multiple_response: all-or-nothing, ordering: position}
questions:
"""  # seven lines: the first question starts on line 8

FLOAT_MAX = repr(sys.float_info.max)  # 1.7976931348623157e+308, the largest finite float
INT_MAX = str(int(sys.float_info.max))  # the same number written as a 309-digit whole number
TOO_BIG = "1" + "0" * 400  # a whole number no float can hold


def load(folder: Path, questions: str):
    path = folder / "q.yaml"
    path.write_text(HEAD + questions, encoding="utf-8")
    quiz, problems = load_quiz(path)
    assert quiz is not None
    return quiz, [str(p).replace(f"{folder}/", "") for p in problems]


NUMERICAL = f"""\
  - id: dose
    type: numerical
    prompt: How many?
    explanation: E
    source: {{module: overdose-response, section: s}}
    wrong_feedback: [not, text]
    accept:
      - 5
      - {FLOAT_MAX}
      - .inf
      - not a number
      - value: 7
        colour: blue
        credit: 0.5
        feedback: [x]
      - value: 1
        min: 0
      - value: 1
        max: 2
      - value:
      - value: 3
        tolerance: lots
        credit: 1.5
      - value: 3
        credit: x
      - max: 1
        min: 5
      - min: 2
        max: 2
      - min: 0
        max: 4
        tolerance: 1
      - min: zero
        max: 3
      - min: 0
        max: three
      - min: 0
        max: {TOO_BIG}
      - min: 0
        max: {INT_MAX}
      - feedback: only
      - min: 1
      - value: .inf
      - {{value: 6, feedback: Close}}
      - feedback: Empty
        value:
"""


def test_every_kind_of_accepted_number_is_read_or_reported_at_its_line(tmp_path: Path) -> None:
    quiz, problems = load(tmp_path, NUMERICAL)
    where = "question 'dose': accepted number"
    assert problems == [
        f"q.yaml:17: {where} 3: numbers must be finite (not .inf or .nan) and no larger than about 1.8e308",
        f"q.yaml:18: {where} 4 (a number, or a mapping with value or min and max) must be a mapping of keys to "
        "values",
        "q.yaml:20: warning: unknown key 'colour' in question 'dose' accepted number (ignored)",
        f"q.yaml:22: {where} 5: 'feedback' must be text",
        f"q.yaml:23: {where} 6: give either 'value' (with 'tolerance') or 'min' and 'max', not both",
        f"q.yaml:25: {where} 7: give either 'value' (with 'tolerance') or 'min' and 'max', not both",
        f"q.yaml:27: {where} 8: 'value' is empty",
        f"q.yaml:30: {where} 9: 'credit' 1.5 is out of range (0 to 1)",
        f"q.yaml:29: {where} 9: 'tolerance' must be a number",
        f"q.yaml:32: {where} 10: 'credit' must be a number",
        f"q.yaml:34: {where} 11: 'min' 5 is greater than 'max' 1",
        f"q.yaml:39: {where} 13: 'tolerance' goes with 'value', not with 'min' and 'max'",
        f"q.yaml:40: {where} 14: 'min' must be a number",
        f"q.yaml:43: {where} 15: 'max' must be a number",
        f"q.yaml:45: {where} 16: 'max' is too large a number to work with (beyond about 1.8e308)",
        f"q.yaml:48: {where} 18: needs 'value' (and optionally 'tolerance'), or 'min' and 'max'",
        f"q.yaml:49: {where} 19: needs 'value' (and optionally 'tolerance'), or 'min' and 'max'",
        f"q.yaml:50: {where} 20: numbers must be finite (not .inf or .nan)",
        f"q.yaml:53: {where} 22: 'value' is empty",  # at the line of 'value', not of the entry
        "q.yaml:13: question 'dose': 'wrong_feedback' must be text",  # read last, when the question is built
    ]
    question = quiz.questions[0]
    assert isinstance(question, Numerical)
    assert question.wrong_feedback == ""
    got = [(a.value, a.tolerance, a.credit, a.feedback, a.line) for a in question.accept]
    assert got == [
        (5.0, 0.0, 1.0, "", 15),
        (sys.float_info.max, 0.0, 1.0, "", 16),
        (7.0, 0.0, 0.5, "", 19),
        (3.0, 0.0, 1.0, "", 28),  # reported above; the bad tolerance and credit fall back to their defaults
        (3.0, 0.0, 1.0, "", 31),
        (2.0, 0.0, 1.0, "", 35),  # min equal to max is one exact number
        (2.0, 2.0, 1.0, "", 37),  # reported, but min and max still give the range
        (sys.float_info.max / 2, sys.float_info.max / 2, 1.0, "", 46),  # the largest whole number still fits
        (6.0, 0.0, 1.0, "Close", 51),
    ]


def test_the_accept_list_itself_is_checked(tmp_path: Path) -> None:
    quiz, problems = load(tmp_path, """\
  - id: none
    type: numerical
    prompt: P
    explanation: E
    source: {module: overdose-response, section: s}
  - id: scalar
    type: numerical
    prompt: P
    explanation: E
    source: {module: overdose-response, section: s}
    accept: 5
  - id: partial
    type: numerical
    prompt: P
    explanation: E
    source: {module: overdose-response, section: s}
    accept:
      - {value: 5, credit: 0.5}
      - {value: 6, credit: 0}
""")
    assert problems == [
        "q.yaml:8: question 'none': no correct answer ('accept' is missing or empty)",
        "q.yaml:18: question 'scalar': 'accept' must be a list of accepted numbers",
        "q.yaml:24: question 'partial': no accepted number earns full credit",
    ]
    assert [len(q.accept) for q in quiz.questions] == [0, 0, 2]


CHOICE_AND_TEXT = """\
  - id: pick
    type: single-choice
    prompt: P
    explanation: E
    source: {module: overdose-response, section: s}
    format: fancy
    previous_ids: [old-pick, "bad id", old-pick]
    answer: ""
    options:
      - {id: a, text: A, feedback: [x]}
      - {id: b, text: B, feedback: Right}
  - id: many
    type: multiple-response
    prompt: P
    explanation: E
    source: {module: overdose-response, section: s}
    previous_ids: 5
    answer: [a]
    options:
      - {id: a, text: A}
      - {id: b}
  - id: tf
    type: true-false
    prompt: P
    explanation: E
    source: {module: overdose-response, section: s}
    answer: "yes"
    feedback_false: [x]
  - id: match
    type: matching
    prompt: P
    explanation: E
    source: {module: overdose-response, section: s}
    pairs:
      - just text
      - {prompt: X, answer: Y}
      - {id: p3, prompt: [x], answer: Z, feedback: [y]}
      - {id: p4, prompt: Q, answer: W, feedback: Fine}
  - id: short
    type: short-answer
    prompt: P
    explanation: E
    source: {module: overdose-response, section: s}
    accept:
      - text: sure
        feedback: [x]
      - {text: maybe, credit: 0.5, feedback: Partly}
"""


def test_option_pair_and_answer_texts_are_reported_with_the_question_and_item(tmp_path: Path) -> None:
    quiz, problems = load(tmp_path, CHOICE_AND_TEXT)
    assert problems == [
        "q.yaml:13: question 'pick': unknown format 'fancy' (expected one of: plain, markdown)",
        "q.yaml:14: question 'pick': previous id 'bad id' must use only letters, digits, '-', '_' and '.', "
        "starting with a letter or digit",
        "q.yaml:17: question 'pick': option 'a': 'feedback' must be text",
        "q.yaml:8: question 'pick': no correct answer ('answer' is missing)",
        "q.yaml:24: question 'many': 'previous_ids' must be a list",
        "q.yaml:28: question 'many': option 'b': 'text' is missing",
        "q.yaml:34: question 'tf': 'answer' must be true or false",
        "q.yaml:35: question 'tf': 'feedback_false' must be text",
        "q.yaml:42: question 'match': pair 1 must be a mapping of keys to values",
        "q.yaml:43: question 'match': pair 2: 'id' is missing",
        "q.yaml:44: question 'match': pair 'p3': 'prompt' must be text",
        "q.yaml:44: question 'match': pair 'p3': 'feedback' must be text",
        "q.yaml:53: question 'short': accepted answer 1: 'feedback' must be text",
    ]
    pick, many, tf, match, short = quiz.questions
    assert isinstance(pick, SingleChoice) and isinstance(many, MultipleResponse)
    assert pick.previous_ids == ["old-pick", "bad id"]  # each once, in order
    assert [(o.id, o.feedback, o.correct) for o in pick.options] == [("a", "", False), ("b", "Right", False)]
    assert [(o.id, o.text, o.correct) for o in many.options] == [("a", "A", True), ("b", "", False)]
    assert isinstance(tf, TrueFalse) and tf.answer is True and tf.feedback_false == ""
    assert isinstance(match, Matching)
    assert [(p.id, p.prompt, p.answer, p.feedback) for p in match.pairs] == [
        ("", "X", "Y", ""), ("p3", "", "Z", ""), ("p4", "Q", "W", "Fine")]
    assert isinstance(short, ShortAnswer)
    assert [(a.text, a.credit, a.feedback) for a in short.accept] == [("sure", 1.0, ""), ("maybe", 0.5, "Partly")]
