"""The feedback a learner reads for each question type: their answer in words, the right answer and the
comments on the options chosen or missed (issue 14).

Written while triaging mutation-testing survivors. Each test loads its own quiz, so that mutmut links it to the
code it runs.
"""

from __future__ import annotations

import pytest

from nps_trainer.quiz.review import NO_ANSWER, review
from nps_trainer.quiz.scoring import score

from .support import sample_quiz

SHORT_RIGHT = "999 (also accepted: nine nine nine)"
ORDER_RIGHT = "1. Check it is safe\n2. Check for a response\n3. Call 999\n4. Check breathing"
MATCH_RIGHT = "Prenoxad → Injection into a muscle\nNyxoid → Nasal spray\nDoses → Every 2-3 minutes"


@pytest.mark.parametrize(
    ("question_id", "answer", "yours", "right", "comments"),
    [
        ("single", "c", "111 = NHS advice", "999", ["Half marks: 111 is for urgent advice, not emergencies."]),
        ("single", "b", "101", "999", ["That is the non-emergency police number."]),
        ("single", "zz", NO_ANSWER, "999", []),
        ("single", None, NO_ANSWER, "999", []),
        ("multi", ["a", "c"], "Slow breathing; Fast talking", "Slow breathing; Blue lips", ["Yes.", "Yes.", "No."]),
        ("multi", ["zz"], NO_ANSWER, "Slow breathing; Blue lips", ["Yes.", "Yes."]),  # the missed right ones
        ("multi", [], NO_ANSWER, "Slow breathing; Blue lips", []),
        ("multi-strict", ["z"], "Wrong", "Right one; Right two", []),
        ("tf", False, "False", "True", ["It does no harm; give it if in doubt."]),
        ("tf", True, "True", "True", ["Right."]),
        ("order", ["s2", "s1", "x"], "1. Check for a response\n2. Check it is safe\n3. (unknown item x)",
         ORDER_RIGHT, ["0 of 4 in the right position."]),
        ("order", ["s1", "s2", "s4"], "1. Check it is safe\n2. Check for a response\n3. Check breathing",
         ORDER_RIGHT, ["2 of 4 in the right position."]),
        ("match", {"p1": "Nasal spray", "p2": "Nasal spray"},
         "Prenoxad → Nasal spray\nNyxoid → Nasal spray\nDoses → (no answer)", MATCH_RIGHT, ["Thigh or upper arm."]),
        ("match", {"p1": "Injection into a muscle"}, "Prenoxad → Injection into a muscle\nNyxoid → (no answer)\n"
         "Doses → (no answer)", MATCH_RIGHT, []),
        ("short", "  112. ", "112.", SHORT_RIGHT, ["Works, but remember 999."]),
        ("short", "nine NINE nine", "nine NINE nine", SHORT_RIGHT, ["Yes, 999."]),
        ("short", "999", "999", SHORT_RIGHT, []),
        ("short", "  ", NO_ANSWER, SHORT_RIGHT, []),
        ("scene", ["call", "cpr"], "Call 999 → Start CPR", "Call 999 → Start CPR → Ending: Good", []),
    ],
)  # fmt: skip
def test_feedback_for_every_question_type(
    question_id: str, answer: object, yours: str, right: str, comments: list[str]
) -> None:
    quiz = sample_quiz()
    question = quiz.question(question_id)
    assert question is not None
    feedback = review(question, answer, score(quiz, question, answer))
    assert (feedback.your_answer, feedback.right_answer, feedback.comments) == (yours, right, comments)
    assert feedback.question_id == question_id and feedback.prompt == question.prompt
    assert feedback.explanation == question.explanation and feedback.source == question.source


def test_scenario_feedback_recaps_the_path() -> None:
    quiz = sample_quiz()
    question = quiz.question("scene")
    assert question is not None
    feedback = review(question, ["call", "cpr"], 1.0)
    assert feedback.recap == [
        "Call 999 (best): Call first.",
        "Start CPR (best): Gasps are not normal breathing.",
        "Ending: Good (score 100%)",
    ]
    assert feedback.correct and feedback.answered
    assert review(question, [], 0.0).recap == []


@pytest.mark.parametrize(("points", "correct"), [(1.0, True), (0.99, False), (0.5, False)])
def test_only_full_marks_count_as_correct(points: float, correct: bool) -> None:
    question = sample_quiz().question("single")
    assert question is not None
    assert review(question, "a", points).correct is correct
    assert review(question, None, 0.0).answered is False


def test_feedback_without_author_comments_and_with_one_accepted_answer() -> None:
    from nps_trainer.quiz.model import AcceptedAnswer, ShortAnswer, TrueFalse

    statement = TrueFalse(id="plain", prompt="Naloxone is an opioid.", answer=False)
    feedback = review(statement, True, 0.0)
    assert (feedback.your_answer, feedback.right_answer, feedback.comments) == ("True", "False", [])
    short = ShortAnswer(
        id="one", prompt="Ring?", accept=[AcceptedAnswer("999"), AcceptedAnswer("112", 0.5, "Works too.")]
    )
    feedback = review(short, "112", 0.5)
    assert (feedback.right_answer, feedback.comments) == ("999", ["Works too."])


def test_a_scenario_answer_names_a_choice_it_no_longer_knows_by_its_id() -> None:
    from nps_trainer.quiz.review import describe_answer

    scene = sample_quiz().question("scene")
    assert scene is not None
    assert describe_answer(scene, ["call", "renamed"]) == "Call 999 → renamed"
