"""One learner's attempt at a quiz: a small state machine whose whole state is JSON.

start(quiz, mode, seed) → current_question → answer(question_id, answer) [→ feedback in practice mode]
→ ... → finish() → Result with a review of every question.

Save ``attempt.to_dict()`` after every answer; ``Attempt.from_dict(quiz, data)`` resumes it after a restart.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from ..i18n import tr
from .certainty import CbmSummary, MarkedAnswer, certainty_from
from .model import AnyQuestion, Choice, Ending, Quiz, QuizMode, Scenario, ScenarioNode
from .renames import with_current_ids
from .review import QuestionReview, review
from .scenario import ScenarioPathError, Walk, walk
from .scoring import Answer, AnswerError, check_answer, is_empty, score
from .selection import Layout, lay_out, scenario_choice_order

STATE_FORMAT = 1


class AttemptError(RuntimeError):
    """An action the attempt does not allow in its current state."""


class AttemptStatus(StrEnum):
    IN_PROGRESS = "in-progress"
    FINISHED = "finished"


def _now(now: datetime | None) -> str:
    return (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")


@dataclass
class Response:
    """What to persist per answer: the JSON answer, its score (0..1) and when it was given (ISO 8601, UTC).

    ``complete`` is false only for a scenario whose path has not reached an ending yet. ``certainty`` (1 to 3)
    is how sure the learner said they were, under certainty-based marking (see ``certainty.py``), else None.
    """

    answer: Answer
    score: float
    answered_at: str
    complete: bool = True
    certainty: int | None = None

    def to_dict(self) -> dict[str, Any]:
        data = {
            "answer": self.answer,
            "score": self.score,
            "answered_at": self.answered_at,
            "complete": self.complete,
        }
        if self.certainty is not None:
            data["certainty"] = self.certainty
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Response:
        certainty = data.get("certainty")
        return cls(data["answer"], float(data["score"]), str(data["answered_at"]), bool(data.get("complete", True)),
                   int(certainty_from(certainty)) if certainty is not None else None)


@dataclass(frozen=True)
class ChoiceOutcome:
    """What a scenario choice led to. ``rationale`` and ``review`` are given only in practice mode."""

    choice: Choice
    rationale: str | None
    next_node: ScenarioNode | None
    ending: Ending | None
    review: QuestionReview | None = None


@dataclass(frozen=True)
class Result:
    quiz_id: str
    quiz_version: str
    mode: QuizMode
    percent: float  # 0..100, each question weighted equally; unanswered questions score 0
    pass_mark: float
    passed: bool
    started_at: str
    finished_at: str
    reviews: list[QuestionReview] = field(default_factory=list)
    cbm: CbmSummary | None = None  # certainty-based marking, when the attempt used it

    @property
    def answered(self) -> int:
        return sum(1 for r in self.reviews if r.answered)


class Attempt:
    """Use ``Attempt.start`` or ``Attempt.from_dict``; the constructor is internal."""

    def __init__(self, quiz: Quiz, state: dict[str, Any]) -> None:
        self.quiz = quiz
        self._state = with_current_ids(quiz, state)  # answers saved before a question was renamed
        state = self._state
        self._questions: dict[str, AnyQuestion] = {}
        for qid in state["question_ids"]:
            question = quiz.question(qid)
            if question is None:
                raise AttemptError(
                    tr("question '{question}' is no longer in quiz '{quiz}'; the attempt cannot resume").format(
                        question=qid, quiz=quiz.id))
            self._questions[qid] = question
        self.responses: dict[str, Response] = {
            qid: Response.from_dict(r) for qid, r in state.get("responses", {}).items()
        }

    # ---- creating and saving -------------------------------------------------------------------------

    @classmethod
    def start(cls, quiz: Quiz, mode: QuizMode | str, seed: int | None = None, now: datetime | None = None,
              cbm: bool = False) -> Attempt:
        """A new attempt. ``mode`` is practice or assessed (the learner's choice when the quiz allows either).
        ``cbm``: certainty-based marking, practice only: every answer but a scenario's comes with a certainty.

        The same quiz and seed always give the same questions in the same order.
        """
        mode = QuizMode(mode)
        if mode is QuizMode.EITHER:
            raise AttemptError(tr("an attempt is either practice or assessed"))
        if cbm and mode is not QuizMode.PRACTICE:
            raise AttemptError(tr("certainty-based marking is for practice attempts only"))
        if quiz.mode is not QuizMode.EITHER and mode is not quiz.mode:
            raise AttemptError(tr("quiz '{quiz}' can only be taken in {mode} mode").format(
                quiz=quiz.id, mode=quiz.mode.value))
        if seed is None:
            seed = random.SystemRandom().randrange(2**31)
        layout: Layout = lay_out(quiz, seed)
        state = {
            "format": STATE_FORMAT,
            "quiz_id": quiz.id,
            "quiz_version": quiz.version,
            "mode": mode.value,
            "seed": seed,
            "question_ids": layout.question_ids,
            "option_orders": layout.option_orders,
            "position": 0,
            "responses": {},
            "status": AttemptStatus.IN_PROGRESS.value,
            "started_at": _now(now),
            "finished_at": None,
        }
        if cbm:  # only when on, so an attempt without it saves the same state as before
            state["cbm"] = True
        return cls(quiz, state)

    @classmethod
    def from_dict(cls, quiz: Quiz, data: dict[str, Any]) -> Attempt:
        """Resume a saved attempt. Raises ``AttemptError`` if it belongs to another quiz or its questions
        have gone; check ``quiz_changed`` to tell the learner the quiz was updated since they started."""
        if data.get("format") != STATE_FORMAT:
            raise AttemptError(tr("unknown attempt format {format}").format(format=repr(data.get("format"))))
        if data.get("quiz_id") != quiz.id:
            raise AttemptError(tr("attempt is for quiz '{found}', not '{quiz}'").format(
                found=data.get("quiz_id"), quiz=quiz.id))
        return cls(quiz, {**data, "responses": dict(data.get("responses", {}))})

    def to_dict(self) -> dict[str, Any]:
        """The whole state as JSON-ready data (str, int, float, bool, None, lists and dicts)."""
        state = dict(self._state)
        state["responses"] = {qid: r.to_dict() for qid, r in self.responses.items()}
        return state

    # ---- reading the state ---------------------------------------------------------------------------

    @property
    def mode(self) -> QuizMode:
        return QuizMode(self._state["mode"])

    @property
    def cbm(self) -> bool:
        """Certainty-based marking: the learner says how sure they are with each answer."""
        return bool(self._state.get("cbm", False))

    def asks_certainty(self, question_id: str) -> bool:
        """True if an answer to this question needs a certainty (CBM is on and it is not a scenario)."""
        return self.cbm and not isinstance(self.question(question_id), Scenario)

    @property
    def seed(self) -> int:
        return int(self._state["seed"])

    @property
    def status(self) -> AttemptStatus:
        return AttemptStatus(self._state["status"])

    @property
    def finished(self) -> bool:
        return self.status is AttemptStatus.FINISHED

    @property
    def quiz_changed(self) -> bool:
        return self._state["quiz_version"] != self.quiz.version

    @property
    def question_ids(self) -> list[str]:
        return list(self._state["question_ids"])

    @property
    def questions(self) -> list[AnyQuestion]:
        return [self._questions[qid] for qid in self._state["question_ids"]]

    @property
    def position(self) -> int:
        return int(self._state["position"])

    @property
    def current_question(self) -> AnyQuestion | None:
        """The question to show, or ``None`` when the attempt is finished."""
        if self.finished or not self._state["question_ids"]:
            return None
        return self._questions[self._state["question_ids"][self.position]]

    def question(self, question_id: str) -> AnyQuestion:
        if question_id not in self._questions:
            raise AttemptError(tr("question '{question}' is not part of this attempt").format(question=question_id))
        return self._questions[question_id]

    def option_order(self, question_id: str) -> list[str]:
        """Display order: option ids, ordering item ids (starting order) or matching right-hand texts."""
        self.question(question_id)
        return list(self._state["option_orders"].get(question_id, []))

    def response(self, question_id: str) -> Response | None:
        return self.responses.get(question_id)

    def is_answered(self, question_id: str) -> bool:
        response = self.responses.get(question_id)
        return response is not None and response.complete and not is_empty(response.answer)

    def unanswered(self) -> list[str]:
        return [qid for qid in self._state["question_ids"] if not self.is_answered(qid)]

    # ---- navigating ----------------------------------------------------------------------------------

    def go_to(self, index: int) -> AnyQuestion | None:
        self._require_open()
        if not 0 <= index < len(self._state["question_ids"]):
            raise AttemptError(tr("no question number {number}").format(number=index + 1))
        self._state["position"] = index
        return self.current_question

    def next(self) -> AnyQuestion | None:
        """Move on; stays on the last question (call ``finish`` there)."""
        return self.go_to(min(self.position + 1, len(self._state["question_ids"]) - 1))

    def previous(self) -> AnyQuestion | None:
        return self.go_to(max(self.position - 1, 0))

    # ---- answering -----------------------------------------------------------------------------------

    def answer(self, question_id: str, answer: Answer, now: datetime | None = None,
               certainty: int | None = None) -> QuestionReview | None:
        """Record ``answer`` and return feedback in practice mode (``None`` in assessed mode).

        In practice mode an answered question is locked; in assessed mode an answer may be changed until
        ``finish``. For a scenario, ``answer`` is the whole list of choice ids (``choose`` adds one). Under
        certainty-based marking every other answer needs ``certainty`` (1 to 3); otherwise none is taken.
        """
        self._require_open()
        question = self.question(question_id)
        if self.mode is QuizMode.PRACTICE and self.is_answered(question_id):
            raise AttemptError(tr("question '{question}' has already been answered in practice mode").format(
                question=question_id))
        if self.asks_certainty(question_id):
            if certainty is None:
                raise AnswerError(tr("say how sure you are of this answer (certainty 1, 2 or 3) before it is checked"))
            try:
                certainty = int(certainty_from(certainty))
            except ValueError as exc:
                raise AnswerError(str(exc)) from exc
        elif certainty is not None:
            raise AttemptError(tr("question '{question}' is not marked for certainty in this attempt").format(
                question=question_id))
        check_answer(question, answer)
        complete = True
        if isinstance(question, Scenario) and not is_empty(answer):
            try:
                complete = walk(question, answer).finished
            except ScenarioPathError as exc:
                raise AnswerError(str(exc)) from exc
        response = Response(answer, score(self.quiz, question, answer), _now(now), complete, certainty)
        self.responses[question_id] = response
        return self.feedback(question_id)

    def scenario_walk(self, question_id: str) -> Walk:
        """Where the learner is in a scenario: the steps so far and the current node or ending."""
        question = self.question(question_id)
        if not isinstance(question, Scenario):
            raise AttemptError(tr("question '{question}' is not a scenario").format(question=question_id))
        response = self.responses.get(question_id)
        return walk(question, list(response.answer) if response and response.answer else [])

    def scenario_choices(self, question_id: str) -> list[Choice]:
        """The choices at the current scenario node, in display order (shuffled if the quiz says so)."""
        current = self.scenario_walk(question_id).current
        if current is None:
            return []
        ids = [c.id for c in current.choices]
        if self.quiz.shuffle.options:
            ids = scenario_choice_order(self.seed, question_id, current.id, ids)
        by_id = {c.id: c for c in current.choices}
        return [by_id[i] for i in ids]

    def choose(self, question_id: str, choice_id: str, now: datetime | None = None) -> ChoiceOutcome:
        """Take one choice at the current node of a scenario (saved like any answer)."""
        done = self.scenario_walk(question_id)
        if done.finished:
            raise AttemptError(tr("scenario '{question}' has already reached an ending").format(question=question_id))
        path = [*done.choice_ids, choice_id]
        feedback = self.answer(question_id, path, now)
        after = self.scenario_walk(question_id)
        choice = after.steps[-1].choice
        practice = self.mode is QuizMode.PRACTICE
        return ChoiceOutcome(
            choice=choice,
            rationale=choice.rationale if practice else None,
            next_node=after.current,
            ending=after.ending,
            review=feedback,
        )

    def feedback(self, question_id: str) -> QuestionReview | None:
        """Feedback on a complete answer: at once in practice mode, in assessed mode only once finished."""
        question = self.question(question_id)
        response = self.responses.get(question_id)
        if response is None or not response.complete:
            return None
        if self.mode is QuizMode.ASSESSED and not self.finished:
            return None
        return review(question, response.answer, response.score)

    # ---- finishing -----------------------------------------------------------------------------------

    def finish(self, now: datetime | None = None) -> Result:
        """End the attempt (unanswered questions score 0) and return the result."""
        self._require_open()
        self._state["status"] = AttemptStatus.FINISHED.value
        self._state["finished_at"] = _now(now)
        return self.result()

    def result(self) -> Result:
        if not self.finished:
            raise AttemptError(tr("the attempt is not finished"))
        reviews = []
        for question in self.questions:
            response = self.responses.get(question.id)
            if response is None:
                reviews.append(review(question, None, 0.0))
            else:  # an unfinished scenario path scores 0 but is still recapped
                reviews.append(review(question, response.answer, response.score if response.complete else 0.0))
        total = sum(r.score for r in reviews)
        percent = round(100 * total / len(reviews), 2) if reviews else 0.0
        cbm = None
        if self.cbm:  # scenarios are not marked for certainty (see certainty.py)
            cbm = CbmSummary(tuple(
                MarkedAnswer(r.question_id, r.score, self._certainty(r.question_id), r.answered)
                for r in reviews if self.asks_certainty(r.question_id)))
        return Result(
            quiz_id=self.quiz.id,
            quiz_version=self._state["quiz_version"],
            mode=self.mode,
            percent=percent,
            pass_mark=self.quiz.pass_mark,
            passed=percent >= self.quiz.pass_mark,
            started_at=self._state["started_at"],
            finished_at=self._state["finished_at"],
            reviews=reviews,
            cbm=cbm,
        )

    def _certainty(self, question_id: str) -> int | None:
        response = self.responses.get(question_id)
        return response.certainty if response is not None else None

    def _require_open(self) -> None:
        if self.finished:
            raise AttemptError(tr("the attempt is finished"))
