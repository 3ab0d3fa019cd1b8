"""Validation messages a content author sees, each at its line: quiz settings, every question type, scenario
graphs and module references (issue 14).

Written while triaging mutation-testing survivors: every test writes its own file and compares the whole list
of problems, so a changed message, line or severity shows up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nps_trainer.quiz.model import Anchor, Draw, Quiz, Selection, TrueFalse
from nps_trainer.quiz.validator import check_quiz, load_quizzes
from nps_trainer.validation import Severity

ERROR, WARNING = Severity.ERROR, Severity.WARNING
KNOWN = {"overdose-response": {"the-response-step-by-step", "giving-naloxone"}, "other": {"x"}}

QUIZ_LEVEL = """\
id: Quiz_Level
title: ""
version: 3
description: [not, text]
modules: {a: b}
mode: sometimes
pass_mark: true
selection:
  draw:
    - {tag: steps, count: 0}
    - just text
    - {count: 2, colour: red}
  extra: 1
shuffle:
  questions: yes please
  options: true
  order: 1
scoring:
  multiple_response: half
  ordering: position
  extra: true
questions: []
colour: blue
"""

QUIZ_LEVEL_PROBLEMS = [
    (1, ERROR, "quiz: 'id' 'Quiz_Level' must use only lowercase letters, digits and hyphens"),
    (1, WARNING, "quiz id 'Quiz_Level' differs from the file name 'quiz-level.yaml'"),
    (1, ERROR, 'selection: draws 2 questions but the bank has 0'),
    (2, ERROR, "quiz: 'title' is empty"),
    (3, ERROR, 'quiz: \'version\' must be quoted text, e.g. "3"'),
    (4, ERROR, "quiz: 'description' must be text"),
    (5, ERROR, "quiz: 'modules' must be a list"),
    (5, ERROR, "quiz: 'modules' must list at least one module id"),
    (6, ERROR, "quiz: unknown mode 'sometimes' (expected one of: practice, assessed, either)"),
    (7, ERROR, "quiz: 'pass_mark' must be a number"),
    (10, ERROR, "selection: draw 1: 'count' must be a whole number of at least 1"),
    (11, ERROR, 'selection: draw 2 must be a mapping of keys to values'),
    (12, WARNING, "unknown key 'colour' in selection draw (ignored)"),
    (12, ERROR, 'selection: draws 2 but only 0 question(s) qualify'),
    (13, WARNING, "unknown key 'extra' in selection (ignored)"),
    (15, ERROR, "shuffle: 'questions' must be true or false"),
    (17, WARNING, "unknown key 'order' in shuffle (ignored)"),
    (19, ERROR, "scoring: unknown multiple_response 'half' (expected one of: all-or-nothing, right-minus-wrong)"),
    (21, WARNING, "unknown key 'extra' in scoring (ignored)"),
    (22, ERROR, "quiz: 'questions' is empty"),
    (23, WARNING, "unknown key 'colour' in quiz (ignored)"),
]

BARE = """\
# nothing but a stray key
colour: blue
"""

BARE_PROBLEMS = [
    (2, WARNING, "unknown key 'colour' in quiz (ignored)"),
    (2, ERROR, "quiz: 'id' is missing"),
    (2, ERROR, "quiz: 'modules' must list at least one module id"),
    (2, ERROR, "quiz: 'pass_mark' is missing (a percentage, 0 to 100)"),
    (2, ERROR, "quiz: 'title' is missing"),
    (2, ERROR, "quiz: 'version' is missing"),
    (2, ERROR, "quiz: 'scoring' is missing (state the multiple_response and ordering credit rules)"),
    (2, ERROR, "quiz: 'questions' is missing"),
]

WRONG_SHAPES = """\
id: wrong-shapes
title: Wrong shapes
version: "1"
modules: overdose-response
pass_mark: 50
selection: [a list]
shuffle: sideways
scoring: strict
questions: {not: a list}
"""

WRONG_SHAPES_PROBLEMS = [
    (6, ERROR, "quiz: 'selection' (use 'all' or a mapping with 'draw') must be a mapping of keys to values"),
    (7, ERROR, "quiz: 'shuffle' must be a mapping of keys to values"),
    (8, ERROR, "quiz: 'scoring' must be a mapping of keys to values"),
    (9, ERROR, "quiz: 'questions' must be a list"),
]

DRAWS = """\
id: draws
title: Draws
version: "1"
modules: [overdose-response]
pass_mark: 150
selection:
  draw: not a list
shuffle:
  questions: false
scoring:
  multiple_response: all-or-nothing
  ordering: sideways
questions:
  - just a string
  - id: q1
    type: true-false
    prompt: Naloxone is safe.
    answer: true
    explanation: It is.
    source: {module: overdose-response, section: giving-naloxone}
"""

DRAWS_PROBLEMS = [
    (5, ERROR, "quiz: 'pass_mark' 150 is out of range (0 to 100)"),
    (7, ERROR, "selection: 'draw' must be a list"),
    (12, ERROR, "scoring: unknown ordering 'sideways' (expected one of: all-or-nothing, position, "
     "longest-subsequence)"),
    (14, ERROR, 'question 1 must be a mapping of keys to values'),
]

DRAWS2 = """\
id: draws2
title: Draws
version: "1"
modules: [overdose-response, unknown-module]
pass_mark: 50.5
selection:
  draw:
    - {tag: nothing-tagged, count: 1}
    - {tag: basics, count: 2}
    - {count: true}
    - {count: 1.5}
scoring: {}
questions:
  - id: q1
    type: true-false
    tags: [basics]
    prompt: Naloxone is safe.
    answer: true
    explanation: It is.
    source: {module: overdose-response, section: giving-naloxone}
  - id: q2
    type: true-false
    prompt: Second.
    answer: false
    explanation: It is.
    source: {module: other, section: x}
  - id: q3
    type: true-false
    prompt: Third.
    answer: false
    explanation: It is.
    source: {module: overdose-response, section: no-such-section}
  - id: q4
    type: true-false
    prompt: Fourth.
    answer: false
    explanation: It is.
    source: {module: missing-module, section: x}
"""

DRAWS2_PROBLEMS = [
    (4, ERROR, "quiz links to unknown module 'unknown-module'"),
    (8, ERROR, "selection: no question is tagged 'nothing-tagged'"),
    (9, ERROR, 'selection: draws 2 but only 1 question(s) qualify'),
    (10, ERROR, "selection: draw 3: 'count' must be a whole number of at least 1"),
    (11, ERROR, "selection: draw 4: 'count' must be a whole number of at least 1"),
    (26, WARNING, "question 'q2': module 'other' is not in the quiz's modules"),
    (32, ERROR, "question 'q3': module 'overdose-response' has no section 'no-such-section'"),
    (38, ERROR, "question 'q4': unknown module 'missing-module'"),
    (38, WARNING, "question 'q4': module 'missing-module' is not in the quiz's modules"),
]

DRAWS3 = """\
id: draws3
title: Draws
version: "1"
modules: [overdose-response]
pass_mark: 0
selection:
  draw: []
scoring: {ordering: longest-subsequence}
"""

DRAWS3_PROBLEMS = [
    (1, ERROR, "quiz: 'questions' is missing"),
    (7, ERROR, "selection: 'draw' has no valid draws"),
]

QUESTIONS = """\
id: questions
title: Questions
version: "1"
modules: [overdose-response]
pass_mark: 50
scoring: {multiple_response: right-minus-wrong, ordering: position}
questions:
  - id: bad id!
    type: true-false
    prompt: Bad id.
    answer: true
    explanation: E.
    source: {module: overdose-response, section: giving-naloxone}
  - type: riddle
    id: riddle
  - prompt: No type.
  - id: sc
    type: single-choice
    prompt: ""
    explanation: E.
    source: not a mapping
    colour: red
    options:
      - {id: a, text: One, credit: 2, shade: blue}
      - just text
      - {id: b, text: Two, credit: 1}
    answer: [a, b]
  - id: sc2
    type: single-choice
    prompt: Only one option.
    explanation: E.
    source: {module: Overdose, section: s, extra: 1}
    options:
      - {id: a, text: One}
    answer: z
  - id: sc3
    type: single-choice
    prompt: Options not a list.
    explanation: E.
    source: {module: overdose-response}
    options: {a: One}
  - id: mr
    type: multiple-response
    prompt: Tick.
    explanation: E.
    source: {module: overdose-response, section: giving-naloxone}
    credit: generous
    options:
      - {id: a, text: One, credit: 0.5}
      - {id: b, text: Two}
    answer: [a, b, c]
  - id: tf
    type: true-false
    prompt: Yes or no.
    explanation: E.
    source: {module: overdose-response, section: giving-naloxone}
    answer: maybe
  - id: tf2
    type: true-false
    prompt: Missing answer.
    explanation: E.
    source: {module: overdose-response, section: giving-naloxone}
  - id: sc4
    type: single-choice
    prompt: No options.
    explanation: E.
    source: {module: overdose-response, section: giving-naloxone}
    answer: a
"""

QUESTIONS_PROBLEMS = [
    (8, ERROR, "question 1: 'id' 'bad id!' must use only letters, digits, '-', '_' and '.', starting with a "
     "letter or digit"),
    (14, ERROR, "question 'riddle': unknown type 'riddle' (expected one of: single-choice, multiple-response, "
     "true-false, ordering, matching, short-answer, numerical, scenario)"),
    (16, ERROR, "question 3: 'id' is missing"),
    (16, ERROR, "question 3: 'type' is missing"),
    (17, WARNING, "question 'sc': an option not named in 'answer' has full credit"),
    (19, ERROR, "question 'sc': 'prompt' is empty"),
    (21, ERROR, "question 'sc': 'source' must be a mapping of keys to values"),
    (22, WARNING, "unknown key 'colour' in question 'sc' (ignored)"),
    (24, WARNING, "unknown key 'shade' in question 'sc' option (ignored)"),
    (24, ERROR, "question 'sc': option 'a': 'credit' 2 is out of range (0 to 1)"),
    (25, ERROR, "question 'sc': option 2 must be a mapping of keys to values"),
    (27, ERROR, "question 'sc': 'answer' must be one option id (use multiple-response for several)"),
    (32, WARNING, "unknown key 'extra' in question 'sc2' source (ignored)"),
    (32, ERROR, "question 'sc2' source: 'module' 'Overdose' must use only lowercase letters, digits and hyphens"),
    (33, ERROR, "question 'sc2': needs at least two options"),
    (35, ERROR, "question 'sc2': answer refers to option 'z', which does not exist"),
    (36, ERROR, "question 'sc3': no correct answer ('answer' is missing)"),
    (40, ERROR, "question 'sc3' source: 'section' is missing"),
    (41, ERROR, "question 'sc3': 'options' must be a list"),
    (41, ERROR, "question 'sc3': needs at least two options"),
    (42, WARNING, "question 'mr': every option is correct; ticking everything scores full marks"),
    (47, ERROR, "question 'mr': unknown credit 'generous' (expected one of: all-or-nothing, right-minus-wrong)"),
    (49, WARNING, "question 'mr': option 'a': 'credit' is ignored in multiple-response questions"),
    (51, ERROR, "question 'mr': answer refers to option 'c', which does not exist"),
    (57, ERROR, "question 'tf': 'answer' must be true or false"),
    (58, ERROR, "question 'tf2': no correct answer ('answer' is missing)"),
    (63, ERROR, "question 'sc4': 'options' is missing"),
    (68, ERROR, "question 'sc4': answer refers to option 'a', which does not exist"),
]

TYPES = """\
id: types
title: Types
version: "1"
modules: [overdose-response]
pass_mark: 50
scoring: {multiple_response: right-minus-wrong, ordering: position}
questions:
  - id: ord
    type: ordering
    prompt: Order.
    explanation: E.
    source: {module: overdose-response, section: giving-naloxone}
    credit: sideways
    items:
      - {id: s1, text: First, colour: red}
      - text only
      - {id: s1, text: Again}
  - id: ord2
    type: ordering
    prompt: Order.
    explanation: E.
    source: {module: overdose-response, section: giving-naloxone}
    items:
      - {id: s1, text: Only}
  - id: ord3
    type: ordering
    prompt: No items.
    explanation: E.
    source: {module: overdose-response, section: giving-naloxone}
  - id: match
    type: matching
    prompt: Match.
    explanation: E.
    source: {module: overdose-response, section: giving-naloxone}
    pairs:
      - {id: p1, prompt: Prenoxad, answer: Injection, size: big}
      - {id: p1, prompt: Nyxoid, answer: Spray}
      - not a pair
    distractors: [Injection, 5, [x]]
  - id: match2
    type: matching
    prompt: One pair.
    explanation: E.
    source: {module: overdose-response, section: giving-naloxone}
    pairs:
      - {id: p1, prompt: Prenoxad}
    distractors: {a: b}
  - id: match3
    type: matching
    prompt: No pairs.
    explanation: E.
    source: {module: overdose-response, section: giving-naloxone}
  - id: short
    type: short-answer
    prompt: Short.
    explanation: E.
    source: {module: overdose-response, section: giving-naloxone}
    accept:
      - "999"
      - Nine nine nine!
      - {text: "999.", credit: 0.5, tone: kind}
      - [a, list]
      - {credit: 2}
  - id: short2
    type: short-answer
    prompt: Only part credit.
    explanation: E.
    source: {module: overdose-response, section: giving-naloxone}
    accept:
      - {text: "112", credit: 0.5}
  - id: short3
    type: short-answer
    prompt: Accept is text.
    explanation: E.
    source: {module: overdose-response, section: giving-naloxone}
    accept: "999"
  - id: short4
    type: short-answer
    prompt: No accept.
    explanation: E.
    source: {module: overdose-response, section: giving-naloxone}
    accept: []
  - id: mr
    type: multiple-response
    prompt: Multiple.
    explanation: E.
    source: {module: overdose-response, section: giving-naloxone}
    options:
      - {id: a, text: One}
      - {id: a, text: Two}
    answer: a
  - id: ord
    type: true-false
    prompt: Duplicate question id.
    answer: false
    feedback_true: [not text]
"""

TYPES_PROBLEMS = [
    (13, ERROR, "question 'ord': unknown credit 'sideways' (expected one of: all-or-nothing, position, "
     "longest-subsequence)"),
    (15, WARNING, "unknown key 'colour' in question 'ord' item (ignored)"),
    (16, ERROR, "question 'ord': item 2 must be a mapping of keys to values"),
    (17, ERROR, "question 'ord': duplicate item id 's1'"),
    (23, ERROR, "question 'ord2': needs at least two items to order"),
    (25, ERROR, "question 'ord3': 'items' is missing (list them in the right order)"),
    (30, ERROR, "question 'match': distractor 'Injection' is also a right answer"),
    (36, WARNING, "unknown key 'size' in question 'match' pair (ignored)"),
    (37, ERROR, "question 'match': duplicate pair id 'p1'"),
    (38, ERROR, "question 'match': pair 3 must be a mapping of keys to values"),
    (39, ERROR, "question 'match': each entry of 'distractors' must be text"),
    (45, ERROR, "question 'match2': needs at least two pairs"),
    (46, ERROR, "question 'match2': pair 'p1': 'answer' is missing"),
    (47, ERROR, "question 'match2': 'distractors' must be a list"),
    (48, ERROR, "question 'match3': 'pairs' is missing"),
    (61, WARNING, "unknown key 'tone' in question 'short' accepted answer (ignored)"),
    (61, ERROR, "question 'short': duplicate accepted answer '999'"),
    (62, ERROR, "question 'short': accepted answer 4 must be a mapping of keys to values"),
    (63, ERROR, "question 'short': accepted answer 5: 'credit' 2 is out of range (0 to 1)"),
    (63, ERROR, "question 'short': accepted answer 5: 'text' is missing"),
    (69, ERROR, "question 'short2': no accepted answer earns full credit"),
    (76, ERROR, "question 'short3': 'accept' must be a list of accepted answers"),
    (77, ERROR, "question 'short4': no correct answer ('accept' is missing or empty)"),
    (90, ERROR, "question 'mr': duplicate option id 'a'"),
    (92, ERROR, "question 'ord': 'explanation' is missing"),
    (92, ERROR, "question 'ord': 'source' is missing (module and section the question draws on)"),
    (92, ERROR, "duplicate question id 'ord'"),
    (96, ERROR, "question 'ord': 'feedback_true' must be text"),
]

SCENES = """\
id: scenes
title: Scenes
version: "1"
modules: [overdose-response]
pass_mark: 50
scoring: {multiple_response: right-minus-wrong, ordering: position}
questions:
  - id: s1
    type: scenario
    prompt: Scene.
    explanation: E.
    source: {module: overdose-response, section: giving-naloxone}
    start: missing-node
    nodes:
      - id: n1
        text: Start.
        mood: calm
        choices:
          - id: c1
            text: Go.
            rating: superb
            rationale: R.
            goto: [{if: {chosen: [c9]}, to: n2}, {to: end, when: now}]
            speed: fast
          - id: c1
            text: Again.
            rating: best
            rationale: R.
          - id: c3
            text: Rules.
            rating: risky
            rationale: R.
            goto:
              - to: n2
              - {if: {}, to: end}
          - id: c4
            text: Bad goto.
            rating: acceptable
            rationale: R.
            goto: 5
          - id: c5
            rating: risky
            goto:
              - not a rule
              - {if: [c1], to: end}
          - just text
      - id: n2
        text: Dead end.
        choices: []
      - id: n1
        choices:
          - {id: c6, text: Loop., rating: best, rationale: R., goto: n1}
      - not a node
    endings:
      - {id: end, title: End, text: Done., score: 2, colour: red}
      - {id: n2, title: Clash, text: Same id as a node.}
      - just text
  - id: s2
    type: scenario
    prompt: No nodes, no endings.
    explanation: E.
    source: {module: overdose-response, section: giving-naloxone}
    start: a
    nodes: []
    endings: []
  - id: s3
    type: scenario
    prompt: Nothing at all.
    explanation: E.
    source: {module: overdose-response, section: giving-naloxone}
"""

SCENES_PROBLEMS = [
    (8, ERROR, "question 's1': start node 'missing-node' does not exist"),
    (17, WARNING, "unknown key 'mood' in question 's1' node 'n1' (ignored)"),
    (21, ERROR, "question 's1' node 'n1' choice 'c1': unknown rating 'superb' (expected one of: best, "
     "acceptable, risky)"),
    (23, WARNING, "unknown key 'when' in question 's1' node 'n1' choice 'c1' goto rule (ignored)"),
    (23, ERROR, "question 's1': condition refers to choice 'c9', which does not exist"),
    (24, WARNING, "unknown key 'speed' in question 's1' node 'n1' choice 'c1' (ignored)"),
    (25, ERROR, "question 's1' node 'n1' choice 'c1': 'goto' is missing"),
    (25, ERROR, "question 's1': duplicate choice id 'c1'"),
    (34, WARNING, "question 's1' node 'n1' choice 'c3': goto rule without 'if' before the last; later rules "
     "never apply"),
    (35, ERROR, "question 's1' node 'n1' choice 'c3': condition names no choices (use chosen, any_chosen or "
     "not_chosen)"),
    (35, ERROR, "question 's1' node 'n1' choice 'c3': the last goto rule must have no 'if' (the default)"),
    (40, ERROR, "question 's1' node 'n1' choice 'c4': 'goto' must be a node id or a list of rules"),
    (41, ERROR, "question 's1' node 'n1' choice 'c5': 'text' is missing"),
    (41, ERROR, "question 's1' node 'n1' choice 'c5': 'rationale' is missing"),
    (44, ERROR, "question 's1' node 'n1' choice 'c5': goto rule 1 must be a mapping of keys to values"),
    (45, ERROR, "question 's1' node 'n1' choice 'c5': 'if' must be a mapping of keys to values"),
    (46, ERROR, "question 's1' node 'n1': choices entry 6 must be a mapping of keys to values"),
    (49, ERROR, "question 's1' node 'n2': has no choices (a dead end; use an ending instead)"),
    (50, ERROR, "question 's1' node 'n1': 'text' is missing"),
    (50, ERROR, "question 's1': duplicate node or ending id 'n1'"),
    (53, ERROR, "question 's1': nodes entry 4 must be a mapping of keys to values"),
    (55, WARNING, "unknown key 'colour' in question 's1' ending 'end' (ignored)"),
    (55, ERROR, "question 's1' ending 'end': 'score' 2 is out of range (0 to 1)"),
    (56, ERROR, "question 's1' ending 'n2': 'score' is missing (0 to 1)"),
    (56, ERROR, "question 's1': duplicate node or ending id 'n2'"),
    (57, ERROR, "question 's1': endings entry 3 must be a mapping of keys to values"),
    (58, ERROR, "question 's2': scenario has no endings"),
    (58, ERROR, "question 's2': scenario has no nodes"),
    (66, ERROR, "question 's3': 'start' is missing"),
    (66, ERROR, "question 's3': 'nodes' is missing"),
    (66, ERROR, "question 's3': 'endings' is missing"),
    (66, ERROR, "question 's3': scenario has no endings"),
    (66, ERROR, "question 's3': scenario has no nodes"),
]

GRAPH = """\
id: graph
title: Graph
version: "1"
modules: [overdose-response]
pass_mark: 50
scoring: {multiple_response: right-minus-wrong, ordering: position}
questions:
  - id: g
    type: scenario
    prompt: Graph.
    explanation: E.
    source: {module: overdose-response, section: giving-naloxone}
    start: a
    nodes:
      - id: a
        text: A.
        choices:
          - {id: to-b, text: B, rating: best, rationale: R., goto: b}
          - id: to-loop
            text: Loop
            rating: risky
            rationale: R.
            goto: [{if: {not_chosen: [to-b]}, to: loop}, {to: nowhere}]
      - id: b
        text: B.
        choices:
          - {id: finish, text: End, rating: best, rationale: R., goto: done}
      - id: loop
        text: Loop.
        choices:
          - {id: again, text: Again, rating: risky, rationale: R., goto: loop}
      - id: island
        text: Island.
        choices:
          - {id: swim, text: Swim, rating: risky, rationale: R., goto: done}
    endings:
      - {id: done, title: Done, text: Done., score: 1}
      - {id: never, title: Never, text: Never., score: 0}
"""

GRAPH_PROBLEMS = [
    (23, ERROR, "question 'g': goto target 'nowhere' does not exist"),
    (28, ERROR, "question 'g': node 'loop' can never lead to an ending"),
    (32, ERROR, "question 'g': node 'island' is unreachable from the start"),
    (38, ERROR, "question 'g': ending 'never' is unreachable from the start"),
]


CONDITION = """\
id: condition
title: Condition
version: "1"
modules: [overdose-response]
pass_mark: 50
scoring: {multiple_response: right-minus-wrong, ordering: position}
questions:
  - id: c
    type: scenario
    prompt: Condition on its own line.
    explanation: E.
    source: {module: overdose-response, section: giving-naloxone}
    start: a
    nodes:
      - id: a
        text: A.
        choices:
          - id: go
            text: Go
            rating: best
            rationale: R.
            goto:
              - to: done
                if:
                  any_chosen: [ghost]
              - to: done
    endings:
      - {id: done, title: Done, text: Done., score: 1}
"""

CONDITION_PROBLEMS = [
    (25, ERROR, "question 'c': condition refers to choice 'ghost', which does not exist"),  # the 'if' line
]


DRAW_TAG = """\
id: draw-tag
title: Draw tag
version: "1"
modules: [overdose-response]
pass_mark: 50
selection:
  draw:
    - {tag: [basics], count: 1}
scoring: {multiple_response: right-minus-wrong, ordering: position}
questions:
  - id: q1
    type: true-false
    tags: [basics]
    prompt: Naloxone is safe.
    answer: true
    explanation: It is.
    source: {module: overdose-response, section: giving-naloxone}
"""

DRAW_TAG_PROBLEMS = [(8, ERROR, "selection: draw 1: 'tag' must be text")]


# Keys that are not on the first line of their mapping, so a message placed at the mapping is caught.
KEY_LINES = """\
title: Key lines
id: key-lines-x
version: ""
modules: [overdose-response]
pass_mark: 50
selection: random
scoring: {multiple_response: right-minus-wrong, ordering: position}
questions:
  - id: q1
    type: true-false
    prompt: Naloxone is safe.
    answer: true
    explanation: It is.
    source: {module: overdose-response, section: giving-naloxone}
"""

KEY_LINES_PROBLEMS = [
    (2, WARNING, "quiz id 'key-lines-x' differs from the file name 'key-lines.yaml'"),
    (3, ERROR, "quiz: 'version' is empty"),
    (6, ERROR, "quiz: 'selection' (use 'all' or a mapping with 'draw') must be a mapping of keys to values"),
]

DRAW_LINE = """\
id: draw-line
title: Draw line
version: "1"
modules: [overdose-response]
pass_mark: 50
selection:
  extra: 1
  draw: not a list
scoring: {multiple_response: right-minus-wrong, ordering: position}
questions:
  - id: q1
    type: true-false
    prompt: Naloxone is safe.
    answer: true
    explanation: It is.
    source: {module: overdose-response, section: giving-naloxone}
"""

DRAW_LINE_PROBLEMS = [
    (7, WARNING, "unknown key 'extra' in selection (ignored)"),
    (8, ERROR, "selection: 'draw' must be a list"),
]


# Values of the wrong shape that start on their own line, and entries after a broken one.
SHAPES2 = """\
id: shapes2
title: Shapes two
version: "1"
modules: [overdose-response]
pass_mark: 50
selection:
  draw:
    - tag: basics
      count: 0
shuffle:
  - questions
scoring: {multiple_response: right-minus-wrong, ordering: position}
questions:
  - just text
  - id: ord
    type: ordering
    prompt: Order.
    explanation: E.
    source: {module: overdose-response, section: giving-naloxone}
    items:
      - text: No id
      - id: s2
  - id: match
    type: matching
    prompt: Match.
    explanation: E.
    source: {module: overdose-response, section: giving-naloxone}
    pairs: 5
  - id: sc
    type: single-choice
    prompt: Options as a mapping.
    explanation: E.
    source: {module: overdose-response, section: giving-naloxone}
    options:
      a: One
      b: Two
    answer: a
  - id: ord2
    type: ordering
    prompt: Items as text.
    explanation: E.
    source: {module: overdose-response, section: giving-naloxone}
    items: 5
  - type: true-false
    id: bad id!
    prompt: The id is on the second line.
    answer: true
    explanation: E.
    source: {module: overdose-response, section: giving-naloxone}
  - id: sc2
    type: single-choice
    title: [not text]
    tags: {not: a list}
    prompt: Options as text.
    explanation: E.
    source: {module: overdose-response, section: giving-naloxone}
    options: 5
    answer: a
  - id: sc3
    type: single-choice
    prompt: Options without id or text.
    explanation: E.
    source: {module: overdose-response, section: giving-naloxone}
    options:
      - text: No id
      - id: b
    answer: b
"""

SHAPES2_PROBLEMS = [
    (7, ERROR, "selection: 'draw' has no valid draws"),
    (9, ERROR, "selection: draw 1: 'count' must be a whole number of at least 1"),
    (11, ERROR, "quiz: 'shuffle' must be a mapping of keys to values"),
    (14, ERROR, 'question 1 must be a mapping of keys to values'),
    (21, ERROR, "question 'ord': item 1: 'id' is missing"),
    (22, ERROR, "question 'ord': item 's2': 'text' is missing"),
    (28, ERROR, "question 'match': 'pairs' must be a list"),
    (34, ERROR, "question 'sc': needs at least two options"),
    (35, ERROR, "question 'sc': 'options' must be a list"),
    (37, ERROR, "question 'sc': answer refers to option 'a', which does not exist"),
    (43, ERROR, "question 'ord2': 'items' must be a list"),
    (45, ERROR, "question 6: 'id' 'bad id!' must use only letters, digits, '-', '_' and '.', starting with a letter or "
     "digit"),
    (52, ERROR, "question 'sc2': 'title' must be text"),
    (53, ERROR, "question 'sc2': 'tags' must be a list"),
    (57, ERROR, "question 'sc2': 'options' must be a list"),
    (57, ERROR, "question 'sc2': needs at least two options"),
    (58, ERROR, "question 'sc2': answer refers to option 'a', which does not exist"),
    (65, ERROR, "question 'sc3': option 1: 'id' is missing"),
    (66, ERROR, "question 'sc3': option 'b': 'text' is missing"),
]

SHUFFLE_OPTIONS = """\
id: shuffle-options
title: Shuffle options
version: "1"
modules: [overdose-response]
pass_mark: 50
shuffle:
  questions: true
  options: sometimes
scoring: {multiple_response: right-minus-wrong, ordering: position}
questions: 5
"""

SHUFFLE_OPTIONS_PROBLEMS = [
    (8, ERROR, "shuffle: 'options' must be true or false"),
    (10, ERROR, "quiz: 'questions' must be a list"),
]


# Plain accepted answers carry their own lines, for duplicates and for entries that are neither text nor mapping.
ACCEPT = """\
id: accept
title: Accept
version: "1"
modules: [overdose-response]
pass_mark: 50
scoring: {multiple_response: right-minus-wrong, ordering: position}
questions:
  - id: short
    type: short-answer
    prompt: Short.
    explanation: E.
    source: {module: overdose-response, section: giving-naloxone}
    accept:
      - "999"
      - Nine
      - "999!"
      - true
"""

ACCEPT_PROBLEMS = [
    (16, ERROR, "question 'short': duplicate accepted answer '999'"),
    (17, ERROR, "question 'short': accepted answer 4 must be a mapping of keys to values"),
]


CASES = {
    "quiz-level": (QUIZ_LEVEL, QUIZ_LEVEL_PROBLEMS),
    "bare": (BARE, BARE_PROBLEMS),
    "wrong-shapes": (WRONG_SHAPES, WRONG_SHAPES_PROBLEMS),
    "draws": (DRAWS, DRAWS_PROBLEMS),
    "draws2": (DRAWS2, DRAWS2_PROBLEMS),
    "draws3": (DRAWS3, DRAWS3_PROBLEMS),
    "questions": (QUESTIONS, QUESTIONS_PROBLEMS),
    "types": (TYPES, TYPES_PROBLEMS),
    "scenes": (SCENES, SCENES_PROBLEMS),
    "graph": (GRAPH, GRAPH_PROBLEMS),
    "condition": (CONDITION, CONDITION_PROBLEMS),
    "draw-tag": (DRAW_TAG, DRAW_TAG_PROBLEMS),
    "key-lines": (KEY_LINES, KEY_LINES_PROBLEMS),
    "draw-line": (DRAW_LINE, DRAW_LINE_PROBLEMS),
    "shapes2": (SHAPES2, SHAPES2_PROBLEMS),
    "shuffle-options": (SHUFFLE_OPTIONS, SHUFFLE_OPTIONS_PROBLEMS),
    "accept": (ACCEPT, ACCEPT_PROBLEMS),
}


@pytest.mark.parametrize("name", list(CASES))
def test_every_problem_is_reported_at_its_line(tmp_path: Path, name: str) -> None:
    text, expected = CASES[name]
    path = tmp_path / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    quizzes, problems = load_quizzes(path, KNOWN if name == "draws2" else None)
    assert [(p.line, p.severity, p.message) for p in problems] == expected
    assert all(p.path == path for p in problems)
    assert quizzes == []  # every case has an error, so the quiz is left out


def test_a_quiz_built_in_code_is_reported_under_its_id() -> None:
    question = TrueFalse(id="twice", prompt="Twice.", answer=True)
    quiz = Quiz(id="built", title="Built", version="1", modules=["m"], questions=[question, question])
    assert [(str(p.path), p.message) for p in check_quiz(quiz)] == [("built.yaml", "duplicate question id 'twice'")]


def test_module_references_of_a_quiz_built_in_code() -> None:
    questions = [
        TrueFalse(id="no-source", prompt="No source.", answer=True),
        TrueFalse(id="lost", prompt="Lost.", answer=True, source=Anchor("missing-module", "x")),
    ]
    quiz = Quiz(id="built", title="Built", version="1", modules=["unknown-module"], questions=questions)
    assert [(p.line, p.severity, p.message) for p in check_quiz(quiz, KNOWN)] == [
        (0, ERROR, "quiz links to unknown module 'unknown-module'"),
        (0, ERROR, "question 'lost': unknown module 'missing-module'"),
        (0, WARNING, "question 'lost': module 'missing-module' is not in the quiz's modules"),
    ]


def test_draws_together_must_fit_in_the_bank() -> None:
    questions = [TrueFalse(id=f"q{i}", prompt=f"Statement {i}.", answer=True) for i in range(3)]
    quiz = Quiz(
        id="draws", title="Draws", version="1", modules=["m"], questions=questions,
        selection=Selection([Draw(2, line=7), Draw(2, line=8)]), line=1,
    )  # fmt: skip
    assert [(p.line, p.message) for p in check_quiz(quiz)] == [(1, "selection: draws 4 questions but the bank has 3")]
