"""GIFT import and export as an author sees them, second round of mutation triage (issue 14).

Every note is checked word for word with its line, because the note is how an author learns what was not
imported as written. Each test builds its own GIFT text or quiz (no module-scoped fixtures), so that mutmut
links every test to the code it runs.
"""

from __future__ import annotations

import pytest

from nps_trainer.quiz.gift import (
    GiftEncodingError,
    category_name,
    decode_gift,
    export_gift,
    import_gift,
    read_gift,
)
from nps_trainer.quiz.model import (
    AcceptedAnswer,
    Matching,
    MatchPair,
    MultipleResponse,
    MultipleResponseCredit,
    Numerical,
    NumericAnswer,
    Option,
    Quiz,
    ShortAnswer,
    SingleChoice,
    TextFormat,
    TrueFalse,
)

# A tag Moodle renders that our plain text and Markdown cannot hold: each field with it earns a note.
VIDEO = "<video>"


def notes_of(text: str) -> list[str]:
    return [str(n) for n in import_gift(text)[1]]


def one_quiz(*questions) -> Quiz:
    return Quiz(id="gift", title="GIFT", version="1", modules=["m"], questions=list(questions))


# -- decoding -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"\xff\xfeQ\x00", b"\xfe\xff\x00Q"], ids=["little-endian", "big-endian"])
def test_a_utf16_file_is_refused_naming_the_file_by_default(data: bytes) -> None:
    with pytest.raises(GiftEncodingError) as caught:
        decode_gift(data)
    assert str(caught.value) == (
        "the file:1: GIFT files must be UTF-8 text, but this one is UTF-16 (it starts with a UTF-16 byte-order "
        "mark, as Notepad's 'Unicode' writes). Save it as UTF-8 and import it again."
    )


def test_a_file_without_a_byte_order_mark_is_read_from_its_first_character() -> None:
    assert decode_gift(b"Q {T}\n") == "Q {T}\n"
    assert decode_gift(b"\xef\xbb\xbfQ {T}") == "Q {T}"


def test_a_bad_byte_after_an_empty_first_line_is_counted_from_the_start_of_its_line() -> None:
    with pytest.raises(GiftEncodingError) as caught:
        decode_gift(b"\nab\xff", "quiz.gift")
    assert str(caught.value) == (
        "quiz.gift:2: GIFT files must be UTF-8 text, but byte 3 of line 2 (0xff, offset 3) is not UTF-8. Save "
        "the file as UTF-8 (in Moodle's export it always is) and import it again."
    )


# -- categories -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("", ""),
        ("$course$", ""),
        ("$course$/top/", "top"),
        ("Overdose/$system$", "Overdose"),
        ("$course$/top/Drugs // alcohol", "Drugs / alcohol"),
    ],
)
def test_the_category_name_is_the_last_real_part_of_the_path(path: str, name: str) -> None:
    assert category_name(path) == name


def test_a_file_without_a_category_has_none() -> None:
    result = read_gift("::Q:: Is it? {T}")
    assert result.category == ""
    assert result.category_name == ""


def test_later_categories_tag_their_questions_and_say_so() -> None:
    result = read_gift(
        "$CATEGORY: $course$/top/First\n\n::A:: a {T}\n\n$CATEGORY: $course$/top/Second!\n\n::B:: b {T}\n\n"
        "$CATEGORY: $course$/top/???\n\n::C:: c {T}"
    )
    assert [str(n) for n in result.notes] == [
        "line 1: info: Moodle question bank category '$course$/top/First' (not a question): kept as the quiz's "
        "category; the quiz takes its name from it",
        "line 5: changed: Moodle question bank category '$course$/top/Second!' (not a question): a quiz has one "
        "category, so the questions after it are tagged 'category-second'",
        "line 9: changed: Moodle question bank category '$course$/top/???' (not a question): a quiz has one "
        "category, so the questions after it are tagged 'category-unnamed'",
    ]
    assert [q.tags for q in result.questions] == [[], ["category-second"], ["category-unnamed"]]
    assert result.category_name == "First"


# -- notes on what each field lost ----------------------------------------------------------------------------


def test_true_false_feedback_that_loses_media_is_noted_on_its_line() -> None:
    questions, notes = import_gift(f"// a comment\n\n::TF::[html]Is it safe? {{T#{VIDEO} wrong#{VIDEO} right}}")
    assert questions[0].feedback_false == "wrong" and questions[0].feedback_true == "right"
    assert [str(n) for n in notes] == [
        "line 1: info: comment skipped: a comment",
        "line 3: changed: 'TF': video in the feedback not imported (only text is kept)",
        "line 3: changed: 'TF': video in the feedback not imported (only text is kept)",
    ]


def test_single_choice_answers_and_feedback_that_lose_markup_are_noted() -> None:
    questions, notes = import_gift(f"\n::SC::[html]Pick one {{=<b>Yes</b>#{VIDEO} ok ~No{VIDEO}#{VIDEO} no}}")
    assert [(o.text, o.feedback) for o in questions[0].options] == [("Yes", "ok"), ("No", "no")]
    assert [str(n) for n in notes] == [
        "line 2: changed: 'SC': answer 'Yes' was html; imported as plain text (answers are shown without "
        "formatting)",
        "line 2: changed: 'SC': video in the feedback not imported (only text is kept)",
        "line 2: changed: 'SC': video in the answer not imported (only text is kept)",
        "line 2: changed: 'SC': answer 'No' was html; imported as plain text (answers are shown without "
        "formatting)",
        "line 2: changed: 'SC': video in the feedback not imported (only text is kept)",
    ]


def test_multiple_response_answers_and_feedback_that_lose_markup_are_noted() -> None:
    questions, notes = import_gift(f"\n\n::MR::[html]Pick some {{~%50%A{VIDEO}#{VIDEO}fa ~%50%B ~%-100%C}}")
    assert [(o.text, o.feedback) for o in questions[0].options] == [("A", "fa"), ("B", ""), ("C", "")]
    assert [str(n) for n in notes] == [
        "line 3: changed: 'MR': video in the answer not imported (only text is kept)",
        "line 3: changed: 'MR': answer 'A' was html; imported as plain text (answers are shown without formatting)",
        "line 3: changed: 'MR': video in the feedback not imported (only text is kept)",
        "line 3: changed: 'MR': wrong answers weighted -100%: imported as all-or-nothing",
    ]


def test_short_answers_and_feedback_that_lose_markup_are_noted() -> None:
    questions, notes = import_gift(f"\n::SA::[html]Type it {{=yes{VIDEO}#{VIDEO} good =*#{VIDEO} other}}")
    assert questions[0].accept == [AcceptedAnswer("yes", 1.0, "good")]
    assert [str(n) for n in notes] == [
        "line 2: changed: 'SA': video in the answer not imported (only text is kept)",
        "line 2: changed: 'SA': answer 'yes' was html; imported as plain text (answers are shown without "
        "formatting)",
        "line 2: changed: 'SA': video in the feedback not imported (only text is kept)",
        "line 2: changed: 'SA': Moodle's '*' (any other answer) is not supported; it and its feedback were left out",
    ]


def test_numerical_feedback_general_feedback_and_text_after_the_tilde_are_noted() -> None:
    questions, notes = import_gift(
        f"\n::NU::[html]How many? {{#=5#{VIDEO} five =%0%6 ~oops#{VIDEO} wrong # really ####{VIDEO} general}}"
    )
    assert questions[0] == Numerical(
        id="nu",
        title="NU",
        prompt="How many?",
        explanation="general",
        accept=[NumericAnswer(5.0, 0.0, 1.0, "five"), NumericAnswer(6.0, 0.0, 0.0)],
        wrong_feedback="wrong # really",
    )
    # A weight of 0% is in range: no note about scoring it.
    assert [str(n) for n in notes] == [
        "line 2: changed: 'NU': video in the general feedback not imported (only text is kept)",
        "line 2: changed: 'NU': text 'oops' after '~' ignored (only its feedback is used)",
        "line 2: changed: 'NU': video in the feedback not imported (only text is kept)",
        "line 2: changed: 'NU': video in the feedback not imported (only text is kept)",
    ]


def test_text_after_the_tilde_without_feedback_gives_no_wrong_feedback() -> None:
    questions, notes = import_gift("::N:: How many? {#5 ~oops}")
    assert questions[0].wrong_feedback == ""
    assert [str(n) for n in notes] == [
        "line 1: changed: 'N': text 'oops' after '~' ignored (only its feedback is used)"
    ]


def test_a_numerical_catch_all_with_a_small_weight_is_noted_and_its_feedback_too() -> None:
    questions, notes = import_gift(f"\n::NC::[html]How many? {{#=5 =%1%*#{VIDEO} any}}")
    assert questions[0].wrong_feedback == "any"
    assert [str(n) for n in notes] == [
        "line 2: changed: 'NC': Moodle's '=*' gives 1% for any other number; here any other number earns 0 and "
        "is shown its feedback",
        "line 2: changed: 'NC': video in the feedback not imported (only text is kept)",
    ]


def test_matching_items_and_feedback_that_lose_markup_are_noted() -> None:
    questions, notes = import_gift(
        f"\n::MA::[html]Match {{=<b>Prenoxad</b> -> injection#{VIDEO} fb =x->y ~{VIDEO}stray}}"
    )
    assert questions[0].pairs == [MatchPair("p1", "Prenoxad", "injection", "fb"), MatchPair("p2", "x", "y")]
    assert questions[0].distractors == []
    # The stray '~' entry is not a pair: its markup is not read at all, so only the entry itself is noted.
    assert [str(n) for n in notes] == [
        "line 2: changed: 'MA': matching item 'Prenoxad' was html; imported as plain text (answers are shown "
        "without formatting)",
        "line 2: changed: 'MA': video in the feedback not imported (only text is kept)",
        "line 2: skipped: 'MA': matching entry '<video>stray' is not 'left -> right'",
    ]


def test_an_option_in_an_html_question_is_read_as_html() -> None:
    questions, notes = import_gift("[html]Q {=<b>Yes</b> ~No}")
    assert [o.text for o in questions[0].options] == ["Yes", "No"]
    assert [str(n) for n in notes] == [
        "line 1: changed: 'Q': answer 'Yes' was html; imported as plain text (answers are shown without formatting)"
    ]


# -- question texts and labels --------------------------------------------------------------------------------


def test_text_without_tags_keeps_its_spaces_in_the_prompt_options_and_notes() -> None:
    questions, _ = import_gift("Untitled  question with two  spaces {=a  b ~c}")
    assert questions[0].prompt == "Untitled  question with two  spaces"
    assert [o.text for o in questions[0].options] == ["a  b", "c"]
    assert notes_of("Untitled  essay {}") == [
        "line 1: skipped: 'Untitled  essay': essay questions ({}) are not supported"
    ]


def test_an_untitled_question_with_tags_is_named_by_its_words_in_notes() -> None:
    assert notes_of("Bold <b>word</b> here {}") == [
        "line 1: skipped: 'Bold word here': essay questions ({}) are not supported"
    ]


def test_general_feedback_starts_after_the_last_four_of_five_hashes() -> None:
    questions, _ = import_gift("Q {=a#####x}")
    assert questions[0].explanation == "x"
    assert questions[0].accept == [AcceptedAnswer("a")]


# -- numbers --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("block", "answer"),
    [("{#0...5}", NumericAnswer(0.25, 0.25)), ("{#5..5}", NumericAnswer(5.0, 0.0))],
    ids=["three-dots-read-as-0-to-.5", "empty-range"],
)
def test_ranges_are_split_at_the_first_two_dots(block: str, answer: NumericAnswer) -> None:
    questions, notes = import_gift(f"Q {block}")
    assert questions[0].accept == [answer]
    assert notes == []


def test_a_range_that_is_not_numbers_is_quoted_in_its_note() -> None:
    assert notes_of("Q {#1..x}") == ["line 1: skipped: 'Q': '1..x' is not a number, 'number:margin' or 'low..high'"]


# -- short answers --------------------------------------------------------------------------------------------


def test_answers_after_a_catch_all_are_still_read() -> None:
    questions, notes = import_gift("Q {=*#Nope =yes}")
    assert questions[0].accept == [AcceptedAnswer("yes")]
    assert [str(n) for n in notes] == [
        "line 1: changed: 'Q': Moodle's '*' (any other answer) is not supported; it and its feedback were left out"
    ]


def test_a_short_answer_with_only_a_catch_all_is_not_imported() -> None:
    questions, notes = import_gift("\n\n::Any:: Q {=*}")
    assert questions == []
    assert [str(n) for n in notes] == [
        "line 3: changed: 'Any': Moodle's '*' (any other answer) is not supported; it and its feedback were left "
        "out",
        "line 3: skipped: 'Any': no answer is accepted",
    ]
    assert [n.kind.value for n in notes] == ["changed", "skipped"]


def test_plain_feedback_in_a_markdown_question_is_escaped() -> None:
    questions, _ = import_gift("[markdown]What **is** it? {=yes#[plain]a_b =no#Fine}")
    assert questions[0].text_format is TextFormat.MARKDOWN
    assert questions[0].accept == [AcceptedAnswer("yes", 1.0, "a\\_b"), AcceptedAnswer("no", 1.0, "Fine")]
    questions, _ = import_gift("[markdown]What **is** it? {#=5#[plain]a_b ~#[plain]c_d}")
    assert questions[0].accept == [NumericAnswer(5.0, 0.0, 1.0, "a\\_b")]
    assert questions[0].wrong_feedback == "c\\_d"


# -- matching and ids -----------------------------------------------------------------------------------------


def test_a_one_letter_matching_item_is_a_pair() -> None:
    questions, _ = import_gift("Q {=x->y =ab -> c}")
    assert questions[0].pairs == [MatchPair("p1", "x", "y"), MatchPair("p2", "ab", "c")]
    assert questions[0].distractors == []


def test_repeated_moodle_ids_are_numbered_with_a_note_on_their_line() -> None:
    questions, notes = import_gift(
        "// [id:dup]\n::A:: a {T}\n\n// [id:dup]\n::B:: b {T}\n\n// [id:bad id]\n::C:: c {T}\n\n"
        "// [id:bad id]\n::D:: d {T}"
    )
    assert [q.id for q in questions] == ["dup", "dup-2", "bad-id", "bad-id-2"]
    assert [str(n) for n in notes] == [
        "line 5: changed: id 'dup' already used; this question is 'dup-2'",
        "line 8: changed: 'C': Moodle id number 'bad id' is not a valid question id (letters, digits, '-', '_' "
        "and '.'): the question is 'bad-id'",
        "line 11: changed: id 'bad-id' already used; this question is 'bad-id-2'",
        "line 11: changed: 'D': Moodle id number 'bad id' is not a valid question id (letters, digits, '-', '_' "
        "and '.'): the question is 'bad-id-2'",
    ]


# -- export ---------------------------------------------------------------------------------------------------


def test_markdown_questions_mark_option_texts_with_markdown_characters_as_plain() -> None:
    md = TextFormat.MARKDOWN
    quiz = one_quiz(
        SingleChoice(id="sc", prompt="Pick.", text_format=md,
                     options=[Option("a", "Yes", True), Option("b", "a_b"), Option("c", "No")]),
        MultipleResponse(id="mr", prompt="Tick.", text_format=md, credit=MultipleResponseCredit.RIGHT_MINUS_WRONG,
                         options=[Option("a", "x*y", True), Option("b", "z")]),
        Matching(id="ma", prompt="Match.", text_format=md,
                 pairs=[MatchPair("p1", "a_b", "c_d"), MatchPair("p2", "e", "f")]),
        ShortAnswer(id="sa", prompt="Type.", text_format=md, accept=[AcceptedAnswer("a_b"), AcceptedAnswer("c")]),
    )
    text, _ = export_gift(quiz)
    assert "[markdown]Pick.{\n    =Yes\n    ~[plain]a_b\n    ~No\n}" in text
    assert "[markdown]Tick.{\n    ~%100%[plain]x*y\n    ~%-100%z\n}" in text
    assert "[markdown]Match.{\n    =[plain]a_b -> c_d\n    =e -> f\n}" in text
    assert "[markdown]Type.{\n    =[plain]a_b\n    =c\n}" in text
    assert import_gift(text)[0] == quiz.questions


def test_plain_questions_do_not_mark_option_texts_with_markdown_characters() -> None:
    quiz = one_quiz(
        SingleChoice(id="sc", prompt="Pick.", options=[Option("a", "a_b", True), Option("b", " [x] no")]),
    )
    text, _ = export_gift(quiz)
    assert text.endswith("// [id:sc]\n// @ids: a b\nPick.{\n    =a_b\n    ~[plain] [x] no\n}\n")


@pytest.mark.parametrize(
    "question",
    [
        SingleChoice(id="q", prompt="Pick.", explanation="See <https://example.org>.",
                     options=[Option("a", "Yes", True), Option("b", "No")]),
        TrueFalse(id="q", prompt="True?", explanation="See <https://example.org>.", answer=True),
        ShortAnswer(id="q", prompt="Type.", explanation="See <https://example.org>.", accept=[AcceptedAnswer("a")]),
        Numerical(id="q", prompt="How many?", explanation="See <https://example.org>.", accept=[NumericAnswer(2.0)]),
    ],
    ids=["single", "true-false", "short", "numerical"],
)
def test_an_explanation_that_looks_like_html_makes_the_question_plain(question) -> None:
    text, _ = export_gift(one_quiz(question))
    assert "\n[plain]" + question.prompt + "{" in text
    assert import_gift(text)[0][0].explanation == "See <https://example.org>."


@pytest.mark.parametrize("prompt", ["[Note] Which one?", " [Note] Which one?"])
def test_a_prompt_starting_with_a_bracket_is_marked_plain(prompt: str) -> None:
    text, _ = export_gift(one_quiz(TrueFalse(id="q", prompt=prompt, answer=True)))
    assert text.endswith(f"// [id:q]\n[plain]{prompt}{{\n    TRUE\n}}\n")
