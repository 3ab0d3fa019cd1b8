"""GIFT import of multiple-response questions, sixth round of mutation triage (issue 14).

Each test builds its own GIFT text (no module-scoped fixtures), so that mutmut links it to the code it runs.
"""

from __future__ import annotations

from nps_trainer.quiz.gift import import_gift
from nps_trainer.quiz.model import MultipleResponse, MultipleResponseCredit


def test_lost_formatting_in_a_multiple_response_feedback_is_reported_under_the_question_title() -> None:
    questions, notes = import_gift(
        "::Kit:: [html]Which go in the kit? {~%50%Naloxone#<video>Watch</video> ~%50%Gloves ~%-100%Bleach}"
    )
    assert isinstance(questions[0], MultipleResponse)
    assert [o.feedback for o in questions[0].options] == ["Watch", "", ""]
    assert [str(n) for n in notes] == [
        "line 1: changed: 'Kit': video in the feedback not imported (only text is kept)",
        "line 1: changed: 'Kit': wrong answers weighted -100%: imported as all-or-nothing",
    ]


def test_a_right_weight_exactly_0_01_from_the_equal_share_is_kept_without_a_note() -> None:
    """The equal share of 5,000 right answers is 0.02%; 0.01% is 0.01 from it, which is still within the
    tolerance ('more than 0.01' away earns the note), while 0.009% is not."""
    many = " ".join(f"~%0.02%Item {i}" for i in range(4999))
    questions, notes = import_gift(f"::Many:: Tick them all {{{many} ~%0.01%Last}}")
    assert isinstance(questions[0], MultipleResponse) and len(questions[0].options) == 5000
    assert questions[0].credit is MultipleResponseCredit.RIGHT_MINUS_WRONG
    assert notes == []
    _, notes = import_gift(f"::Many:: Tick them all {{{many} ~%0.009%Last}}")
    assert [str(n) for n in notes] == [
        "line 1: changed: 'Many': GIFT weights replaced by the right-minus-wrong rule (each right answer counts "
        "equally; each wrong tick takes off its share)"
    ]
