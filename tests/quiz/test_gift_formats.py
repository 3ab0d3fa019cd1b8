"""GIFT import details (issue 12, point 9): numerical forms, text-format prefixes on every field, Moodle's
comment tokens, categories and files that are not UTF-8."""

from __future__ import annotations

import pytest

from nps_trainer.quiz.gift import (
    GiftEncodingError,
    NoteKind,
    decode_gift,
    export_gift,
    import_gift,
    read_gift,
)
from nps_trainer.quiz.gift_text import GiftFormat, convert
from nps_trainer.quiz.model import (
    Matching,
    MultipleResponse,
    Numerical,
    NumericAnswer,
    Quiz,
    ShortAnswer,
    SingleChoice,
    TextFormat,
    TrueFalse,
)


def one(text: str):
    questions, notes = import_gift(text)
    assert len(questions) == 1, notes
    return questions[0], [str(n) for n in notes]


# -- numerical ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("block", "accept"),
    [
        ("{#3.5:0.1}", [NumericAnswer(3.5, 0.1)]),
        ("{#1..5}", [NumericAnswer(3.0, 2.0)]),
        ("{#-5..-1}", [NumericAnswer(-3.0, 2.0)]),
        ("{#=%100%3.14:0.01 =%50%3:0.5}", [NumericAnswer(3.14, 0.01), NumericAnswer(3.0, 0.5, 0.5)]),
        ("{#=3.14#Yes. =%25%3#Hm.}", [NumericAnswer(3.14, 0, 1.0, "Yes."), NumericAnswer(3.0, 0, 0.25, "Hm.")]),
        ("{#-0.4}", [NumericAnswer(-0.4)]),
        ("{#1e3:5}", [NumericAnswer(1000.0, 5.0)]),
    ],
)
def test_numerical_forms(block: str, accept: list[NumericAnswer]) -> None:
    q, notes = one(f"How many?{block}")
    assert isinstance(q, Numerical) and q.accept == accept and notes == []


def test_numerical_wrong_feedback_and_weights_out_of_range() -> None:
    q, notes = one("How many?{#=%150%2 =%-20%9#No. ~#Count again.}")
    assert isinstance(q, Numerical)
    assert q.accept == [NumericAnswer(2.0), NumericAnswer(9.0, 0, 0.0, "No.")]
    assert q.wrong_feedback == "Count again."
    assert notes == [
        "line 1: changed: 'How many?': weight 150% on 2 scored as 100%",
        "line 1: changed: 'How many?': weight -20% on 9 scored as 0%",
    ]


@pytest.mark.parametrize("block", ["{#three}", "{#1..}", "{#5..1}", "{#3:x}", "{#}", "{#~#Only feedback}"])
def test_numerical_that_cannot_be_read_is_skipped_with_a_note(block: str) -> None:
    questions, notes = import_gift(f"How many?{block}")
    assert questions == [] and notes[-1].kind is NoteKind.SKIPPED and notes[-1].line == 1


def test_numerical_exports_as_moodle_writes_it_and_comes_back() -> None:
    q = Numerical(
        id="pi", title="Pi", prompt="Pi to three places?", explanation="3.142",
        accept=[NumericAnswer(3.142, 0.0005, 1.0, "Yes."), NumericAnswer(3.14, 0.01, 0.5)],
        wrong_feedback="No: 3.142.",
    )  # fmt: skip
    text, notes = export_gift(Quiz(id="x", title="X", version="1", modules=["m"], questions=[q]))
    assert "::Pi::Pi to three places?{#\n    =%100%3.142:0.0005#Yes.\n    =%50%3.14:0.01\n    ~#No\\: 3.142.\n" in text
    assert "####3.142\n}" in text
    assert not [n for n in notes if n.question_id == "pi"]
    assert import_gift(text)[0] == [q]


@pytest.mark.parametrize(
    ("block", "reason"),
    [
        ("{#1e400}", "'1e400' is too large a number to work with (beyond about 1.8e308)"),
        ("{#-1e400}", "'-1e400' is too large a number"),
        ("{#1:1e400}", "'1:1e400' is too large a number"),
        ("{#1..1e400}", "'1..1e400' is too large a number"),
        ("{#=3 =%50%1e999:1}", "'1e999:1' is too large a number"),
        ("{#1e-400}", "'1e-400' holds a number too close to 0 to work with (nearer than about 1e-308): it would be 0"),
        ("{#1:1e-400}", "'1:1e-400' holds a number too close to 0"),
    ],
)
def test_numbers_that_cannot_be_worked_with_are_not_imported_and_say_why(block: str, reason: str) -> None:
    questions, notes = import_gift(f"::big:: Big number? {block}\n\n::ok:: How many? {{#3:0.5}}\n")
    assert [q.id for q in questions] == ["ok"]
    assert [(n.line, n.kind) for n in notes] == [(1, NoteKind.SKIPPED)]
    assert str(notes[0]).startswith(f"line 1: skipped: 'big': {reason}")


@pytest.mark.parametrize(
    ("block", "accept"),
    [
        ("{#0.0000000000001}", [NumericAnswer(1e-13)]),
        ("{#1e-20:1e-21}", [NumericAnswer(1e-20, 1e-21)]),
        ("{#0.000000000001..0.000000000003}", [NumericAnswer(2e-12, 1e-12)]),
        ("{#1e308..1.7e308}", [NumericAnswer(1.35e308, 3.5e307)]),  # no overflow on the way
        ("{#0.1234567890123456789}", [NumericAnswer(0.1234567890123456789)]),  # every digit a float holds
    ],
)
def test_small_large_and_long_numbers_import_and_export_exactly(block: str, accept: list[NumericAnswer]) -> None:
    q, notes = one(f"::n:: How many? {block}")
    assert isinstance(q, Numerical) and q.accept == accept and notes == []
    text, _ = export_gift(Quiz(id="x", title="X", version="1", modules=["m"], questions=[q]))
    assert import_gift(text)[0] == [q]


def test_the_export_writes_small_numbers_out_not_as_0() -> None:
    q = Numerical(id="n", prompt="How small?", accept=[NumericAnswer(1e-13), NumericAnswer(0.00005, 1e-20, 0.5)])
    text, _ = export_gift(Quiz(id="x", title="X", version="1", modules=["m"], questions=[q]))
    assert "    =%100%1e-13:0\n    =%50%0.00005:1e-20\n" in text


# Moodle's importer (question/format/gift/format.php, case 'numerical') stores '=*' as an answer that matches
# any number, with the weight given (100% when none is), before the '~' feedback; '~' is a 0% catch-all.
@pytest.mark.parametrize(
    ("block", "notes"),
    [
        ("{#=3 =%0%*#Count again.}", []),
        ("{#=3 ~#Count again.}", []),
        ("{#=3 =*#Count again.}", ["line 1: changed: 'n': Moodle's '=*' gives 100% for any other number; here any "
                                   "other number earns 0 and is shown its feedback"]),
        ("{#=3 =%50%*#Count again.}", ["line 1: changed: 'n': Moodle's '=*' gives 50% for any other number; here "
                                       "any other number earns 0 and is shown its feedback"]),
        ("{#=3 =%0%*#Count again. ~#Not shown.}", ["line 1: changed: 'n': '=*' (any other number) comes before the "
                                                   "'~' feedback, as in Moodle, so the '~' feedback was left out"]),
        ("{#=%0%*#Count again. =3 =%0%*#Never.}", ["line 1: changed: 'n': a second '=*' (any other number) is "
                                                   "never reached in Moodle; it and its feedback were left out"]),
    ],
)
def test_numerical_catch_all_becomes_the_feedback_for_any_other_number(block: str, notes: list[str]) -> None:
    q, got = one(f"::n:: How many? {block}")
    assert isinstance(q, Numerical) and q.accept == [NumericAnswer(3.0)]
    assert q.wrong_feedback == "Count again." and got == notes


def test_a_numerical_question_with_only_a_catch_all_is_not_imported() -> None:
    questions, notes = import_gift("::n:: How many? {#=*#Anything.}")
    assert questions == [] and str(notes[-1]) == "line 1: skipped: 'n': no number is accepted"


# -- general feedback --------------------------------------------------------------------------------------------


# Moodle's importer splits the answers from the general feedback at the LAST '####' (strrpos in format.php).
@pytest.mark.parametrize(
    ("text", "explanation", "feedback"),
    [
        ("Call?{=999#Yes. ####Always 999.}", "Always 999.", "Yes."),
        ("Call?{=999#Yes. ####Not this. ####Always 999.}", "Always 999.", "Yes. ####Not this."),
        (r"Call?{=999#Yes \#### 1.####Always 999.}", "Always 999.", "Yes #### 1."),
        (r"Call?{=999#Yes. ####Always \####999.}", "Always ####999.", "Yes."),
    ],
)
def test_general_feedback_starts_after_the_last_four_hashes_as_in_moodle(text, explanation, feedback) -> None:
    q, _ = one(text)
    assert isinstance(q, ShortAnswer) and q.explanation == explanation and q.accept[0].feedback == feedback


# -- text formats ------------------------------------------------------------------------------------------------


def test_plain_prefix_on_an_option_is_not_part_of_its_text() -> None:
    q, _ = one("Colour?{=yellow ~red ~[plain]blue}")
    assert isinstance(q, SingleChoice) and [o.text for o in q.options] == ["yellow", "red", "blue"]


def test_markdown_feedback_makes_the_question_markdown_and_escapes_its_plain_fields() -> None:
    q, notes = one("Is 2 * 3 = 6?{=[plain]yes#[markdown]**Right**. ~no#Not *quite*.####[markdown]It is _six_.}")
    assert isinstance(q, SingleChoice) and q.text_format is TextFormat.MARKDOWN
    assert q.prompt == "Is 2 \\* 3 = 6?"  # plain text, escaped so that Markdown shows it as typed
    assert [(o.text, o.feedback) for o in q.options] == [("yes", "**Right**."), ("no", "Not \\*quite\\*.")]
    assert q.explanation == "It is _six_." and notes == []


def test_html_on_true_false_feedback_and_general_feedback() -> None:
    q, _ = one("Naloxone is safe.{T#[html]<p>No: it <em>is</em> safe.</p>#[plain]Right.####[html]See &quot;Giving "
               "naloxone&quot;.}")
    assert isinstance(q, TrueFalse) and q.text_format is TextFormat.MARKDOWN
    assert q.feedback_false == "No: it *is* safe."
    assert q.feedback_true == "Right."
    assert q.explanation == 'See "Giving naloxone".'


def test_a_field_without_a_prefix_takes_the_question_texts_format() -> None:
    q, _ = one("[html]<p>Pick one</p>{=<b>A</b>#<i>Yes</i> ~B &amp; C}")
    assert isinstance(q, SingleChoice) and q.text_format is TextFormat.MARKDOWN
    assert [o.text for o in q.options] == ["A", "B & C"]  # options are always plain text
    assert q.options[0].feedback == "*Yes*"


def test_markdown_matching_item_and_html_option_lose_their_markup_with_a_note() -> None:
    q, notes = one("Match.{=[markdown]**Prenoxad** -> injection =[html]<b>Nyxoid</b> -> spray}")
    assert isinstance(q, Matching) and [p.prompt for p in q.pairs] == ["Prenoxad", "Nyxoid"]
    assert any("matching item 'Nyxoid' was html; imported as plain text" in n for n in notes)


def test_images_are_reported_not_dropped_silently() -> None:
    q, notes = one('[html]<img src="x.png" alt="A syringe"> What is this?{=Prenoxad =Naloxone}')
    assert isinstance(q, ShortAnswer) and "What is this?" in q.prompt
    assert notes == ["line 1: changed: '[image: A syringe] What is this?': image 'A syringe' in the question text "
                     "not imported (only text is kept)"]


def test_unprefixed_text_with_tags_is_moodle_html_and_without_is_plain() -> None:
    tagged, _ = one("Is <b>this</b> bold?{T}")
    assert tagged.prompt == "Is **this** bold?" and tagged.text_format is TextFormat.MARKDOWN
    plain, _ = one("Is 1 < 2 and 3 > 2 & true?{T}")
    assert plain.prompt == "Is 1 < 2 and 3 > 2 & true?" and plain.text_format is TextFormat.PLAIN


def test_plain_text_that_looks_like_html_survives_a_round_trip() -> None:
    q = SingleChoice(id="lt", prompt="Which is <b>not</b> a tag, &amp; why?", options=[])
    from nps_trainer.quiz.model import Option

    q.options = [Option("a", "<i>", True, "&lt; is an entity"), Option("b", "[html]")]
    text, _ = export_gift(Quiz(id="x", title="X", version="1", modules=["m"], questions=[q]))
    assert "[plain]Which is <b>not</b>" in text
    assert import_gift(text)[0] == [q]


@pytest.mark.parametrize(
    ("html", "markdown", "plain"),
    [
        ("<ul><li>one</li><li>two</li></ul>", "- one\n- two", "- one\n- two"),
        ("<ol><li>one</li><li>two</li></ol>", "1. one\n2. two", "1. one\n2. two"),
        ("a<br>b", "a\nb", "a\nb"),  # nothing for Markdown to add: plain text
        ("<p>a</p><p>b</p>", "a\n\nb", "a\n\nb"),
        ("<script>alert(1)</script>ok", "ok", "ok"),
        ('<a href="https://www.gov.uk">GOV.UK</a>', "[GOV.UK](https://www.gov.uk)", "GOV.UK (https://www.gov.uk)"),
    ],
)
def test_html_conversion(html: str, markdown: str, plain: str) -> None:
    assert convert(html, GiftFormat.HTML, allow_markdown=True).text == markdown
    assert convert(html, GiftFormat.HTML, allow_markdown=False).text == plain


# -- Moodle comment tokens -----------------------------------------------------------------------------------------


def test_moodle_id_and_tags_are_kept_and_our_tags_merged() -> None:
    q, notes = one("// question: 12  name: Dose\n// [id:OD-1.2] [tag:naloxone] [tag:doses]\n// @tags: doses, basics\n"
                   "::Dose::Doses in a Prenoxad kit?{#5}")
    assert q.id == "OD-1.2" and q.tags == ["doses", "basics", "naloxone"]
    assert notes == ["line 1: info: comment skipped: question: 12  name: Dose"]


def test_an_invalid_moodle_id_is_reported_with_the_id_used_instead() -> None:
    q, notes = one("// [id:my id!]\nQ?{T}")
    assert q.id == "my-id"
    assert notes == ["line 2: changed: 'Q?': Moodle id number 'my id!' is not a valid question id (letters, "
                     "digits, '-', '_' and '.'): the question is 'my-id'"]


def test_a_repeated_moodle_id_gets_a_number() -> None:
    questions, _ = import_gift("// [id:a]\nQ?{T}\n\n// [id:a]\nR?{T}")
    assert [q.id for q in questions] == ["a", "a-2"]


# -- categories --------------------------------------------------------------------------------------------------


def test_category_is_not_a_question_and_names_the_set() -> None:
    result = read_gift("$CATEGORY: $course$/top/Overdose response\n\nQ?{T}\n")
    assert result.category == "$course$/top/Overdose response" and result.category_name == "Overdose response"
    assert [str(n) for n in result.notes] == [
        "line 1: info: Moodle question bank category '$course$/top/Overdose response' (not a question): kept as "
        "the quiz's category; the quiz takes its name from it"
    ]
    assert result.questions[0].tags == []


def test_a_second_category_tags_the_questions_after_it() -> None:
    result = read_gift("$CATEGORY: top/First\n\nA?{T}\n\n$CATEGORY: top/Second//part\n\nB?{T}\n\n"
                       "$CATEGORY: top/First\n\nC?{T}\n")
    assert [q.tags for q in result.questions] == [[], ["category-second-part"], []]
    assert result.category_name == "First"
    assert [(n.line, n.kind) for n in result.notes] == [(1, NoteKind.INFO), (5, NoteKind.CHANGED)]


def test_the_category_is_exported_so_that_an_import_keeps_it() -> None:
    result = read_gift("$CATEGORY: $course$/top/Overdose response\n\n::a::A?{T}\n")
    quiz = Quiz(id="x", title="X", version="1", modules=["m"], questions=result.questions, category=result.category)
    text, _ = export_gift(quiz)
    assert text.startswith("// X (x, version 1)\n\n$CATEGORY: $course$/top/Overdose response\n\n// [id:a]\n")
    again = read_gift(text)
    assert again.category == "$course$/top/Overdose response" and again.questions == result.questions
    assert [q.tags for q in again.questions] == [[]]
    no_category, _ = export_gift(Quiz(id="x", title="X", version="1", modules=["m"], questions=result.questions))
    assert "$CATEGORY" not in no_category


# -- encoding ----------------------------------------------------------------------------------------------------


def test_a_file_that_is_not_utf8_names_the_line_and_byte() -> None:
    data = b"Q1?{T}\n\nCaf" + b"\xe9 open?{T}\n"
    with pytest.raises(GiftEncodingError) as caught:
        decode_gift(data, "quiz.gift")
    assert str(caught.value).startswith(
        "quiz.gift:3: GIFT files must be UTF-8 text, but byte 4 of line 3 (0xe9, offset 11) is not UTF-8."
    )


def test_utf8_with_a_byte_order_mark_is_read() -> None:
    assert decode_gift("\ufeffQ?{T}".encode()) == "Q?{T}"
    with pytest.raises(GiftEncodingError, match=r"^f:1: .* byte 6 of line 1 \(0xe9, offset 5\)"):
        decode_gift(b"\xef\xbb\xbfQ?\xe9{T}", "f")
    assert import_gift("\ufeffQ?{T}")[0][0].prompt == "Q?"


def test_multiple_response_keeps_format_prefixes_out_of_option_texts() -> None:
    q, _ = one("Which?{~%50%[plain]A ~%50%[markdown]**B** ~%-100%[html]<i>C</i>}")
    assert isinstance(q, MultipleResponse) and [o.text for o in q.options] == ["A", "B", "C"]


def test_ids_and_tags_with_brackets_survive_moodles_comment_tokens() -> None:
    q = TrueFalse(id="od.1", prompt="Q?", answer=True, tags=["a]b", "two words"])
    text, _ = export_gift(Quiz(id="x", title="X", version="1", modules=["m"], questions=[q]))
    assert "// [id:od.1] [tag:a\\]b] [tag:two words]" in text
    assert import_gift(text)[0] == [q]


def test_a_utf16_file_is_named_as_such() -> None:
    with pytest.raises(GiftEncodingError, match=r"^q\.gift:1: GIFT files must be UTF-8 text, but this one is UTF-16"):
        decode_gift("Q?{T}".encode("utf-16"), "q.gift")


def test_the_catch_all_short_answer_is_recognised_in_a_markdown_question() -> None:
    q, notes = one("[markdown]Best **animal**?{=Frog =%0%*#Completely wrong}")
    assert isinstance(q, ShortAnswer) and [a.text for a in q.accept] == ["Frog"]
    assert notes == ["line 1: changed: 'Best animal?': Moodle's '*' (any other answer) is not supported; it and its "
                     "feedback were left out"]
