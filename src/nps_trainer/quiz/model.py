"""The quiz data model: plain dataclasses, no I/O and no Qt.

``line`` fields record where an item was defined in its YAML file (1-based, 0 when unknown, e.g. for
questions imported from GIFT). They are excluded from equality so that a quiz loaded from YAML compares
equal to the same quiz built in code or imported from GIFT.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

#: Marks the gap in a 'missing word' prompt ("Naloxone only works on _____."), as in Moodle's GIFT import.
BLANK = "_____"


class QuestionType(StrEnum):
    SINGLE_CHOICE = "single-choice"
    MULTIPLE_RESPONSE = "multiple-response"
    TRUE_FALSE = "true-false"
    ORDERING = "ordering"
    MATCHING = "matching"
    SHORT_ANSWER = "short-answer"
    NUMERICAL = "numerical"
    SCENARIO = "scenario"


class TextFormat(StrEnum):
    """How a question's prompt, explanation and feedback are written: plain text (the default) or Markdown,
    rendered and sanitised for display. Option texts and matching items are always plain text."""

    PLAIN = "plain"
    MARKDOWN = "markdown"


class QuizMode(StrEnum):
    """How a quiz may be taken. ``EITHER`` lets the learner choose; an attempt is never ``EITHER``."""

    PRACTICE = "practice"
    ASSESSED = "assessed"
    EITHER = "either"


class MultipleResponseCredit(StrEnum):
    ALL_OR_NOTHING = "all-or-nothing"
    RIGHT_MINUS_WRONG = "right-minus-wrong"


class OrderingCredit(StrEnum):
    ALL_OR_NOTHING = "all-or-nothing"
    POSITION = "position"
    LONGEST_SUBSEQUENCE = "longest-subsequence"


class Rating(StrEnum):
    BEST = "best"
    ACCEPTABLE = "acceptable"
    RISKY = "risky"


@dataclass(frozen=True)
class Anchor:
    """The module section a question draws on: ``module`` id and ``section`` anchor."""

    module: str
    section: str
    line: int = field(default=0, compare=False, repr=False)

    def __str__(self) -> str:
        return f"{self.module}#{self.section}"


@dataclass
class Option:
    """A choice in a single-choice or multiple-response question.

    ``credit`` (0..1) gives partial credit to a not-quite-right option of a single-choice question; when
    it is ``None`` the option is worth 1 if ``correct`` and 0 otherwise.
    """

    id: str
    text: str
    correct: bool = False
    feedback: str = ""
    credit: float | None = None
    line: int = field(default=0, compare=False, repr=False)

    @property
    def value(self) -> float:
        if self.credit is not None:
            return self.credit
        return 1.0 if self.correct else 0.0


@dataclass
class OrderItem:
    id: str
    text: str
    line: int = field(default=0, compare=False, repr=False)


@dataclass
class MatchPair:
    """A prompt on the left and the answer that belongs to it on the right."""

    id: str
    prompt: str
    answer: str
    feedback: str = ""
    line: int = field(default=0, compare=False, repr=False)


@dataclass
class AcceptedAnswer:
    """An accepted short answer. ``credit`` below 1 accepts a near miss for part of the mark."""

    text: str
    credit: float = 1.0
    feedback: str = ""
    line: int = field(default=0, compare=False, repr=False)


@dataclass
class NumericAnswer:
    """An accepted number: anything from ``value - tolerance`` to ``value + tolerance`` earns ``credit``."""

    value: float
    tolerance: float = 0.0
    credit: float = 1.0
    feedback: str = ""
    line: int = field(default=0, compare=False, repr=False)

    @property
    def low(self) -> float:
        return self.value - self.tolerance

    @property
    def high(self) -> float:
        return self.value + self.tolerance

    def accepts(self, number: float) -> bool:
        """True if ``number`` is in range; a hair of slack absorbs binary rounding (3.141..3.142). The slack is
        relative to the numbers' size, so that 0 is never 'near enough' to 0.0000000000001."""
        slack = 1e-9 * max(abs(self.value), abs(self.tolerance))
        return self.low - slack <= number <= self.high + slack


@dataclass
class Condition:
    """A rule over the choices made earlier in a scenario; every non-empty part must hold."""

    chosen: list[str] = field(default_factory=list)  # all of these were chosen
    any_chosen: list[str] = field(default_factory=list)  # at least one of these was chosen
    not_chosen: list[str] = field(default_factory=list)  # none of these was chosen
    line: int = field(default=0, compare=False, repr=False)

    def choice_ids(self) -> list[str]:
        return [*self.chosen, *self.any_chosen, *self.not_chosen]

    def holds(self, earlier: set[str]) -> bool:
        return (
            all(c in earlier for c in self.chosen)
            and (not self.any_chosen or any(c in earlier for c in self.any_chosen))
            and not any(c in earlier for c in self.not_chosen)
        )


@dataclass
class GotoRule:
    """Go to ``target`` (a node or ending id) if ``condition`` holds; no condition means always."""

    target: str
    condition: Condition | None = None
    line: int = field(default=0, compare=False, repr=False)


@dataclass
class Choice:
    id: str
    text: str
    rating: Rating
    rationale: str
    goto: list[GotoRule]
    line: int = field(default=0, compare=False, repr=False)


@dataclass
class ScenarioNode:
    id: str
    text: str
    choices: list[Choice]
    line: int = field(default=0, compare=False, repr=False)


@dataclass
class Ending:
    id: str
    title: str
    text: str
    score: float
    line: int = field(default=0, compare=False, repr=False)


@dataclass(kw_only=True)
class Question:
    """Fields every question has. Use one of the subclasses."""

    id: str
    prompt: str
    explanation: str = ""
    source: Anchor | None = None
    title: str = ""
    tags: list[str] = field(default_factory=list)
    text_format: TextFormat = TextFormat.PLAIN  # of prompt, explanation and feedback
    # Ids the question had before it was renamed, so answers saved under an old id still find it. Left out
    # of equality: GIFT does not carry them, and a renamed question is still the same question.
    previous_ids: list[str] = field(default_factory=list, compare=False)
    line: int = field(default=0, compare=False, repr=False)

    type: QuestionType = field(init=False, repr=False)


@dataclass(kw_only=True)
class SingleChoice(Question):
    options: list[Option]
    type: QuestionType = field(default=QuestionType.SINGLE_CHOICE, init=False, repr=False)


@dataclass(kw_only=True)
class MultipleResponse(Question):
    options: list[Option]
    credit: MultipleResponseCredit | None = None  # None: the quiz's rule
    type: QuestionType = field(default=QuestionType.MULTIPLE_RESPONSE, init=False, repr=False)


@dataclass(kw_only=True)
class TrueFalse(Question):
    answer: bool
    feedback_true: str = ""  # shown to a learner who answered 'true'
    feedback_false: str = ""  # shown to a learner who answered 'false'
    type: QuestionType = field(default=QuestionType.TRUE_FALSE, init=False, repr=False)


@dataclass(kw_only=True)
class Ordering(Question):
    items: list[OrderItem]  # in the right order
    credit: OrderingCredit | None = None  # None: the quiz's rule
    type: QuestionType = field(default=QuestionType.ORDERING, init=False, repr=False)


@dataclass(kw_only=True)
class Matching(Question):
    pairs: list[MatchPair]
    distractors: list[str] = field(default_factory=list)  # extra right-hand answers that match nothing
    type: QuestionType = field(default=QuestionType.MATCHING, init=False, repr=False)

    def answer_texts(self) -> list[str]:
        """Every right-hand answer once, in definition order."""
        return list(dict.fromkeys([*(p.answer for p in self.pairs), *self.distractors]))


@dataclass(kw_only=True)
class ShortAnswer(Question):
    accept: list[AcceptedAnswer]
    type: QuestionType = field(default=QuestionType.SHORT_ANSWER, init=False, repr=False)


@dataclass(kw_only=True)
class Numerical(Question):
    """A number typed by the learner, scored against ``accept`` (the best matching answer counts)."""

    accept: list[NumericAnswer]
    wrong_feedback: str = ""  # shown when no accepted answer matches
    type: QuestionType = field(default=QuestionType.NUMERICAL, init=False, repr=False)

    def matching_answer(self, number: float) -> NumericAnswer | None:
        """The accepted answer with the most credit that ``number`` falls within, or None."""
        matches = [a for a in self.accept if a.accepts(number)]
        return max(matches, key=lambda a: a.credit) if matches else None


@dataclass(kw_only=True)
class Scenario(Question):
    start: str
    nodes: list[ScenarioNode]
    endings: list[Ending]
    type: QuestionType = field(default=QuestionType.SCENARIO, init=False, repr=False)

    def node(self, node_id: str) -> ScenarioNode | None:
        return next((n for n in self.nodes if n.id == node_id), None)

    def ending(self, ending_id: str) -> Ending | None:
        return next((e for e in self.endings if e.id == ending_id), None)


AnyQuestion = (
    SingleChoice | MultipleResponse | TrueFalse | Ordering | Matching | ShortAnswer | Numerical | Scenario
)


@dataclass
class Draw:
    """Draw ``count`` questions at random; from those tagged ``tag``, or from the whole bank if ``None``."""

    count: int
    tag: str | None = None
    line: int = field(default=0, compare=False, repr=False)


@dataclass
class Selection:
    """Which questions an attempt uses: every question (no draws) or random draws from the bank."""

    draws: list[Draw] = field(default_factory=list)

    @property
    def is_all(self) -> bool:
        return not self.draws


@dataclass
class Shuffle:
    questions: bool = False
    options: bool = False


@dataclass
class ScoringRules:
    multiple_response: MultipleResponseCredit = MultipleResponseCredit.RIGHT_MINUS_WRONG
    ordering: OrderingCredit = OrderingCredit.POSITION


@dataclass
class Quiz:
    id: str
    title: str
    version: str
    modules: list[str]
    questions: list[AnyQuestion]
    mode: QuizMode = QuizMode.EITHER
    pass_mark: float = 80.0  # percentage
    selection: Selection = field(default_factory=Selection)
    shuffle: Shuffle = field(default_factory=Shuffle)
    scoring: ScoringRules = field(default_factory=ScoringRules)
    description: str = ""
    category: str = ""  # the Moodle question bank category it came from in GIFT ($CATEGORY), if any
    path: Path | None = field(default=None, compare=False, repr=False)
    line: int = field(default=0, compare=False, repr=False)
    key_lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)  # top-level keys

    def question(self, question_id: str) -> AnyQuestion | None:
        """The question with this id, or else the one that had it as a previous id (answers saved before a
        rename), or ``None``."""
        found = next((q for q in self.questions if q.id == question_id), None)
        if found is None:
            found = next((q for q in self.questions if question_id in q.previous_ids), None)
        return found

    def current_id(self, question_id: str) -> str:
        """The id a saved question id has now (itself unless the question was renamed, or is gone)."""
        question = self.question(question_id)
        return question.id if question is not None else question_id

    def multiple_response_credit(self, question: MultipleResponse) -> MultipleResponseCredit:
        return question.credit or self.scoring.multiple_response

    def ordering_credit(self, question: Ordering) -> OrderingCredit:
        return question.credit or self.scoring.ordering
