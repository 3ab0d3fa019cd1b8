"""Question texts for display, numbers as typed and shown, certainty-based marking's words and boundaries, and
the refusals an attempt gives, pinned where mutation testing found them loose (issue 14, second pass).

Each test builds its own inputs, so that mutmut links it to the code it runs.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from nps_trainer.i18n.command_line import use_for_commands
from nps_trainer.quiz import Attempt
from nps_trainer.quiz.attempt import AttemptError
from nps_trainer.quiz.certainty import (
    JUDGEMENT_TOLERANCE,
    MARK_TOLERANCE,
    OPTIMAL_RANGE,
    CbmSummary,
    Certainty,
    Judgement,
    MarkedAnswer,
    cbm_mark,
    judge,
    mark_sentence,
    summarise,
)
from nps_trainer.quiz.loader import load_quiz_text
from nps_trainer.quiz.model import Numerical, NumericAnswer, Quiz, TextFormat
from nps_trainer.quiz.numbers import format_number, parse_number
from nps_trainer.quiz.review import review
from nps_trainer.quiz.rich_text import to_html, to_inline_html, to_plain
from nps_trainer.quiz.scoring import AnswerError, score

from .support import sample_quiz

HEADER = """\
id: numbers
title: Numbers
version: "1"
modules: [overdose-response]
pass_mark: 80
scoring: {multiple_response: right-minus-wrong, ordering: position}
questions:
"""
SOURCE = ("  explanation: The leaflet says so.\n"
          "  source: {module: overdose-response, section: giving-naloxone-injectable-and-nasal}\n")


def _numerical(question: str) -> tuple[Quiz, Numerical]:
    text = HEADER + textwrap.indent(textwrap.dedent(question).strip() + "\n" + SOURCE, "  ")
    quiz, problems = load_quiz_text(text, Path("numbers.yaml"))
    assert quiz is not None and not problems, problems
    found = quiz.questions[0]
    assert isinstance(found, Numerical)
    return quiz, found


# -- question texts ------------------------------------------------------------------------------------------
def test_plain_text_becomes_escaped_paragraphs_one_per_blank_line() -> None:
    text = "Call  999\nand stay\n\n\n\nwith them & <wait>\n\n   \n\nthen hand over."
    assert to_html(text, TextFormat.PLAIN) == (
        "<p>Call 999 and stay</p><p>with them &amp; &lt;wait&gt;</p><p>then hand over.</p>")
    assert to_html("", TextFormat.PLAIN) == ""


def test_markdown_is_rendered_with_sane_lists_and_sanitised() -> None:
    text = "**Call** 999 & wait\n\n![diagram](recovery.png) [NHS](https://www.nhs.uk) [bad](javascript:alert(1))"
    assert to_html(text, TextFormat.MARKDOWN) == (
        '<p><strong>Call</strong> 999 &amp; wait</p>\n<p> <a href="https://www.nhs.uk">NHS</a> <a>bad</a></p>')
    # sane lists: a bullet right after a numbered item does not join the numbered list
    assert to_html("1. one\n2. two\n* three", TextFormat.MARKDOWN) == (
        "<ol>\n<li>one</li>\n<li>two\n* three</li>\n</ol>")
    assert to_html("1. one\n\n* two", TextFormat.MARKDOWN) == (
        "<ol>\n<li>one</li>\n</ol>\n<ul>\n<li>two</li>\n</ul>")


def test_inline_html_drops_the_paragraph_of_a_one_paragraph_text_only() -> None:
    assert to_inline_html("**Call** 999", TextFormat.MARKDOWN) == "<strong>Call</strong> 999"
    assert to_inline_html("Call  999 & wait", TextFormat.PLAIN) == "Call 999 &amp; wait"
    assert to_inline_html("one\n\ntwo", TextFormat.MARKDOWN) == "<p>one</p>\n<p>two</p>"
    assert to_inline_html("one\n\ntwo", TextFormat.PLAIN) == "<p>one</p><p>two</p>"
    assert to_inline_html("* a\n* b", TextFormat.MARKDOWN) == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>"


def test_plain_words_for_a_screen_reader() -> None:
    assert to_plain("**Call** 999 [NHS](https://www.nhs.uk)", TextFormat.MARKDOWN) == "Call 999 NHS (https://www.nhs.uk)"
    assert to_plain("**Call** 999 [NHS](https://www.nhs.uk)", TextFormat.PLAIN) == "**Call** 999 [NHS](https://www.nhs.uk)"


# -- numbers -------------------------------------------------------------------------------------------------
def test_a_whole_number_is_read_exactly_as_an_int() -> None:
    assert parse_number("9007199254740993") == 9007199254740993  # beyond a float's exact integers
    assert isinstance(parse_number(" -12 "), int) and parse_number(" -12 ") == -12
    assert isinstance(parse_number("1,822"), int) and parse_number("1,822") == 1822
    assert isinstance(parse_number("3.0"), float)


def test_the_smallest_number_written_out_in_full() -> None:
    assert format_number(1e-9) == "0.000000001"
    assert format_number(-2.5e-9) == "-0.0000000025"
    assert format_number(1e-10) == "1e-10"


def test_an_exact_answer_of_zero_accepts_zero() -> None:
    assert NumericAnswer(0.0).accepts(0) and NumericAnswer(0.0).accepts(-0.0)
    assert not NumericAnswer(0.0).accepts(1e-300)
    quiz, question = _numerical("""\
        - id: doses
          type: numerical
          prompt: How many doses are left after you give the last one?
          accept: [0]
        """)
    assert score(quiz, question, 0) == 1.0 and score(quiz, question, 1) == 0.0


def test_a_numerical_answer_without_feedback_has_no_comments() -> None:
    quiz, question = _numerical("""\
        - id: interval
          type: numerical
          prompt: After how many minutes do you give the next dose?
          accept:
            - value: 2.5
              tolerance: 0.5
        """)
    assert review(question, 2.5, score(quiz, question, 2.5)).comments == []
    assert review(question, 9, score(quiz, question, 9)).comments == []


def test_two_accepted_numbers_are_joined_with_or_in_welsh_too() -> None:
    _quiz, question = _numerical("""\
        - id: interval
          type: numerical
          prompt: After how many minutes do you give the next dose?
          accept: [2, 3]
        """)
    assert review(question, 2, 1.0).right_answer == "2; or 3"
    use_for_commands("cy")  # the conftest puts every test back into English afterwards
    assert review(question, 2, 1.0).right_answer == "2; neu 3"


# -- certainty-based marking ---------------------------------------------------------------------------------
def test_a_raw_score_at_the_tolerance_is_wrong() -> None:
    assert cbm_mark(MARK_TOLERANCE, 3) == -6
    assert mark_sentence(MARK_TOLERANCE, 3) == (
        "You said Very sure (3) and your answer was not right: certainty-based mark −6.")


def test_the_right_answer_sentence_and_a_missing_certainty() -> None:
    assert mark_sentence(1.0, 2) == "You said Fairly sure (2) and your answer was right: certainty-based mark +2."
    assert mark_sentence(1.0, None) == "You said Not sure (1) and your answer was right: certainty-based mark +1."


@pytest.mark.parametrize("certainty", list(Certainty))
def test_an_accuracy_exactly_at_the_tolerance_is_well_judged(certainty: Certainty) -> None:
    low, high = OPTIMAL_RANGE[certainty]
    assert judge(certainty, low - JUDGEMENT_TOLERANCE, 10) is Judgement.OK
    assert judge(certainty, high + JUDGEMENT_TOLERANCE, 10) is Judgement.OK


def _summary(*answers: tuple[float, int | None]) -> CbmSummary:
    return CbmSummary(tuple(MarkedAnswer(f"q{i}", score, certainty) for i, (score, certainty) in enumerate(answers)))


def test_exactly_at_moodles_significance_test_is_only_a_little_off() -> None:
    # (0.3 − 0.8)² × 2 = 0.5 exactly: not above it, so only "a little"
    over = _summary((0.3, 3), (0.3, 3))
    assert over.levels[0].accuracy == 0.3 and over.levels[0].judgement is Judgement.SLIGHTLY_OVER
    assert over.lines()[2] == (
        "You were a little over-confident: when you were very sure you were right only 30% of the time. Very sure "
        "pays best only when you expect to be right at least 80% of the time. (You said Very sure (3) twice.)")
    # (11/12 − 2/3)² × 8 = 0.5 exactly
    under = _summary(*([(1.0, 1)] * 7), (1 / 3, 1))
    assert under.levels[0].judgement is Judgement.SLIGHTLY_UNDER
    assert under.lines()[2] == (
        "You were a little under-confident: when you were not sure you were right 92% of the time. Above 67%, "
        "Fairly sure earns more marks, so you can trust yourself more. (You said Not sure (1) 8 times.)")


def test_the_level_lines_say_once_twice_and_clearly_over_confident() -> None:
    lines = _summary((0.0, 3), (1.0, 2), (0.5, 2), (0.0, 1)).lines()
    assert lines[2] == (
        "You were over-confident: when you were very sure you were right only 0% of the time. Very sure pays "
        "best only when you expect to be right at least 80% of the time. (You said Very sure (3) once.)")
    assert lines[3] == ("When you were fairly sure you were right 75% of the time, which suits Fairly sure "
                        "(between 67% and 80%). (You said Fairly sure (2) twice.)")
    assert lines[4] == ("When you were not sure you were right 0% of the time, which suits Not sure (below 67%). "
                        "(You said Not sure (1) once.)")


def test_an_average_of_nothing_is_written_0() -> None:
    lines = _summary((0.0, 1), (0.0, 1)).lines()
    assert lines[1] == ("Average certainty-based mark: 0 a question. The best possible is 3 (everything right and "
                        "very sure); every answer right but not sure gives 1.")


def test_a_score_above_full_credit_counts_as_full_in_accuracy() -> None:
    summary = _summary((1.5, 1), (0.0, 1))
    assert summary.accuracy == 0.5 and summary.levels[0].accuracy == 0.5


def test_summarise_and_a_question_not_marked_for_certainty() -> None:
    summary = summarise(MarkedAnswer(q, 1.0, 3) for q in ("a", "b"))
    assert summary.answers == (MarkedAnswer("a", 1.0, 3), MarkedAnswer("b", 1.0, 3))
    assert summary.mark_for("b") == MarkedAnswer("b", 1.0, 3)
    assert summary.mark_for("scene") is None


def test_the_level_lines_in_welsh() -> None:
    use_for_commands("cy")  # the conftest puts every test back into English afterwards
    lines = _summary((1.0, 3), (1.0, 2), (1.0, 2), (1.0, 1), (1.0, 1), (1.0, 1)).lines()
    assert [line.rsplit(". (", 1)[1] for line in lines[2:5]] == [
        "Dywedoch chi Siŵr iawn (3) unwaith.)", "Dywedoch chi Eithaf siŵr (2) ddwywaith.)",
        "Dywedoch chi Ansicr (1) 3 gwaith.)"]


# -- refusals in an attempt ----------------------------------------------------------------------------------
def test_the_certainty_refusals_read_in_full() -> None:
    quiz = sample_quiz()
    with pytest.raises(AttemptError) as refused:
        Attempt.start(quiz, "assessed", cbm=True)
    assert str(refused.value) == "certainty-based marking is for practice attempts only"
    attempt = Attempt.start(quiz, "practice", seed=3, cbm=True)
    with pytest.raises(AnswerError) as refused_answer:
        attempt.answer("single", "a")
    assert str(refused_answer.value) == (
        "say how sure you are of this answer (certainty 1, 2 or 3) before it is checked")
    with pytest.raises(AttemptError) as refused:
        attempt.answer("scene", ["call"], certainty=2)
    assert str(refused.value) == "question 'scene' is not marked for certainty in this attempt"
