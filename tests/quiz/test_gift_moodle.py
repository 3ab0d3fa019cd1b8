"""GIFT as Moodle writes it (issue 12, point 9): Moodle's own test data and documentation examples
(tests/quiz/fixtures/moodle_gift/, see its README) imported, checked, and exported back."""

from __future__ import annotations

import copy

import pytest

from nps_trainer.quiz.gift import GiftImport, NoteKind, export_gift, import_gift, read_gift
from nps_trainer.quiz.model import (
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

from .support import FIXTURES

MOODLE = FIXTURES / "moodle_gift"
FILES = ["questions.gift.txt", "questions_in_category.gift.txt", "examples.txt", "giftformat_test_exports.gift.txt"]


def read(name: str) -> GiftImport:
    return read_gift((MOODLE / name).read_text(encoding="utf-8"))


def by_title(result: GiftImport) -> dict[str, object]:
    return {q.title or q.id: q for q in result.questions}


# -- questions.gift.txt (Moodle's unit test fixture) --------------------------------------------------------


def test_moodle_fixture_imports_every_question_but_the_essay() -> None:
    result = read("questions.gift.txt")
    assert [(q.title, type(q)) for q in result.questions] == [
        ("Moodle activities", Matching),
        ("Q2", SingleChoice),
        ("colours", MultipleResponse),
        ("Q5", Numerical),
        ("Shortanswer", ShortAnswer),
        ("Q1", TrueFalse),
        ("2-08 TSL", TrueFalse),
        ("2-08 TSL", TrueFalse),
    ]
    skipped = [str(n) for n in result.notes if n.kind is NoteKind.SKIPPED]
    assert skipped == ["line 2: skipped: 'Q8': essay questions ({}) are not supported"]


def test_format_prefixes_on_matching_items_are_honoured() -> None:
    q = by_title(read("questions.gift.txt"))["Moodle activities"]
    assert isinstance(q, Matching)
    # [html] on the question text: its <b> is kept as Markdown bold, and the question renders as Markdown.
    assert q.prompt == "Match the **activity** to the description." and q.text_format is TextFormat.MARKDOWN
    assert q.pairs == [
        MatchPair("p1", "An activity supporting asynchronous discussions.", "Forum"),
        MatchPair("p2", "A teacher asks a question and specifies a choice of multiple responses.", "Choice"),
        MatchPair("p3", "A bank of record entries which participants can add to.", "Database"),
        MatchPair("p4", "A collection of web pages that anyone can add to or edit.", "Wiki"),
    ]
    assert q.distractors == ["Chat"]
    assert not any("[" in p.prompt for p in q.pairs)


def test_format_prefixes_on_answers_and_feedback_are_honoured() -> None:
    q = by_title(read("questions.gift.txt"))["Q2"]
    assert isinstance(q, SingleChoice)
    # '~[plain]blue' is the option 'blue', not '[plain]blue'; '# [html]wrong...' is feedback without a prefix.
    assert [(o.text, o.correct, o.feedback) for o in q.options] == [
        ("yellow", True, "right; good!"),
        ("red", False, "wrong, it's yellow"),
        ("blue", False, "wrong, it's yellow"),
    ]
    assert q.text_format is TextFormat.PLAIN


def test_multiple_response_with_minus_100_is_all_or_nothing() -> None:
    q = by_title(read("questions.gift.txt"))["colours"]
    assert isinstance(q, MultipleResponse)
    assert [(o.text, o.correct, o.feedback) for o in q.options] == [
        ("yellow", True, "right; good!"),
        ("red", False, "wrong"),
        ("off-beige", True, "right; good!"),
        ("blue", False, "wrong"),
    ]
    assert q.credit is MultipleResponseCredit.ALL_OR_NOTHING


def test_numerical_with_margin_and_feedback_for_any_other_number() -> None:
    q = by_title(read("questions.gift.txt"))["Q5"]
    assert isinstance(q, Numerical)
    assert q.accept == [NumericAnswer(3.0, 2.0)]
    assert q.wrong_feedback == "Completely wrong"
    # Moodle's fixture has a stray '";' after the brace: Moodle's importer makes that a missing-word gap too.
    assert q.prompt == 'What is a number from 1 to 5? _____";'


def test_short_answer_catch_all_is_reported_not_kept() -> None:
    result = read("questions.gift.txt")
    q = by_title(result)["Shortanswer"]
    assert isinstance(q, ShortAnswer)
    assert [(a.text, a.credit, a.feedback) for a in q.accept] == [
        ("Frog", 1.0, "Good!"),
        ("Cat", 0.5, "What is it with Moodlers and cats?"),
    ]
    assert any(n.line == 34 and "'*' (any other answer)" in n.message for n in result.notes)


def test_true_false_with_both_feedbacks_and_general_feedback() -> None:
    q = by_title(read("questions.gift.txt"))["Q1"]
    assert isinstance(q, TrueFalse) and q.answer is False
    assert q.feedback_true == "42 is the Ultimate Answer."
    assert q.feedback_false == "You gave the right answer."
    assert q.explanation == "This is, of course, a Hitchiker's Guide to the Galaxy reference."


# -- questions_in_category.gift.txt (as Moodle's question bank exports) ------------------------------------------


def test_category_is_kept_as_the_quiz_category_not_reported_as_a_question() -> None:
    result = read("questions_in_category.gift.txt")
    assert result.category == "$course$/Default for New Features"
    assert result.category_name == "Default for New Features"
    assert not any("not a question (description?)" in n.message for n in result.notes)
    category_notes = [n for n in result.notes if "category" in n.message and n.line == 2]
    assert [n.kind for n in category_notes] == [NoteKind.INFO]
    assert [q.title for q in result.questions] == ["Moodle activities", "Greeting", "Moodle user", "Moodle acronym"]


def test_html_link_becomes_markdown_and_styling_is_reported() -> None:
    result = read("questions_in_category.gift.txt")
    questions = by_title(result)
    greeting = questions["Greeting"]
    assert isinstance(greeting, SingleChoice) and greeting.text_format is TextFormat.MARKDOWN
    assert greeting.prompt == (
        "[Listen to this greeting:](http://demo.moodle.net/file.php/5/media/bonjour.mp3)\n\n"
        "What language is being spoken?"
    )
    assert [(o.text, o.correct) for o in greeting.options] == [
        ("English", False), ("French", True), ("German", False), ("Spanish", False)
    ]
    acronym = questions["Moodle acronym"]
    assert acronym.prompt == "Moodle is an acronym for Modular Object-Oriented Dynamic Learning Environment."
    assert acronym.text_format is TextFormat.PLAIN
    assert any(n.line == 27 and n.kind is NoteKind.CHANGED and "styling" in n.message for n in result.notes)
    user = questions["Moodle user"]
    assert isinstance(user, ShortAnswer) and [(a.text, a.credit) for a in user.accept] == [("Moodler", 1.0)]


# -- examples.txt (Moodle's documentation examples) ---------------------------------------------------------------


def test_documentation_examples_numerical_forms() -> None:
    numerical = [q for q in read("examples.txt").questions if isinstance(q, Numerical)]
    assert [q.accept for q in numerical] == [
        [NumericAnswer(1822.0, 1.0)],                       # {#1822:1}
        [NumericAnswer(1822.0)],                            # {#1822}
        [NumericAnswer(3.1415, 0.0005)],                    # {#3.1415:0.0005}
        [NumericAnswer(3.1415, 0.0005)],                    # {#3.141..3.142}: the same range
        [NumericAnswer(1822.0), NumericAnswer(1822.0, 2.0, 0.5)],
        [NumericAnswer(4.0)],
        [NumericAnswer(1822.0, 5.0)],
        [
            NumericAnswer(1822.0, 0.0, 1.0, "Correct! 100% credit"),
            NumericAnswer(1822.0, 2.0, 0.5, "He was born in 1822. You get 50% credit for being close."),
        ],
    ]
    pi = numerical[3]
    assert pi.matching_answer(3.142) is not None and pi.matching_answer(3.141) is not None
    assert pi.matching_answer(3.1425) is None


def test_documentation_examples_markdown_prompt() -> None:
    q = next(q for q in read("examples.txt").questions if "Grant's tomb**" in q.prompt)
    assert q.text_format is TextFormat.MARKDOWN and q.prompt == "Who's buried in **Grant's tomb**?"


def test_documentation_examples_everything_imports_or_is_noted() -> None:
    result = read("examples.txt")
    assert len(result.questions) == 43
    assert [n for n in result.notes if n.kind is NoteKind.SKIPPED] == []
    control = by_title(result)["GIFT Control Characters"]
    assert isinstance(control, SingleChoice)
    assert [o.text for o in control.options] == ["~", "=", "#", "{", "}", "\\"]
    assert control.options[5].correct and control.options[5].feedback.startswith("Correct! \\ (backslash)")


# -- giftformat_test_exports.gift.txt (what Moodle's exporter writes) ---------------------------------------------


def test_moodle_id_number_and_tags_are_read() -> None:
    q = by_title(read("giftformat_test_exports.gift.txt"))["True/false question"]
    assert q.id == "myid" and q.tags == ["tag1", "tag2"]
    assert isinstance(q, TrueFalse) and q.answer is True
    assert (q.feedback_true, q.feedback_false) == ("This is the right answer.", "This is the wrong answer.")
    assert q.explanation == "You should have selected true." and q.prompt == "The answer is true."


def test_moodle_exported_numerical_and_html_feedback() -> None:
    questions = read("giftformat_test_exports.gift.txt").questions
    numerical = next(q for q in questions if isinstance(q, Numerical))
    assert numerical.accept == [NumericAnswer(3.0, 2.0)] and numerical.wrong_feedback == "Completely wrong"
    tf = next(q for q in questions if q.title == "Q1")
    assert isinstance(tf, TrueFalse) and tf.feedback_false == "42 is the Ultimate Answer."
    short = next(q for q in questions if isinstance(q, ShortAnswer))
    assert short.explanation == "Here is some general feedback!"  # '####[html]...' general feedback
    match = next(q for q in questions if isinstance(q, Matching))
    assert match.pairs[0].prompt == "An activity supporting asynchronous discussions."  # <div class="frog">


# Moodle's data provider for extract_idnumber_and_tags_from_comment (giftformat_test.php), as our importer reads it.
@pytest.mark.parametrize(
    ("comment", "ident", "tags"),
    [
        ("// A basic comment.", "", []),
        ("// A comment with [id:frog] <-- an idnumber.", "frog", []),
        ("// Look tags: [tag:frog] [tag:toad].", "", ["frog", "toad"]),
        ("// [tag:add] [tag:basic] [id:four]", "four", ["add", "basic"]),
        ("// [tag:  basic] Here is  \n// a [id:   four   ] que[tag:add   ]stion.", "four", ["basic", "add"]),
        ("// Ceci n'est pas une [tag:\n// frog].", "", []),
        ("// [id:i\\]d].", "i]d", []),
        ("// [tag:t\\]ag].", "", ["t]ag"]),
    ],
)
def test_moodle_comment_tokens(comment: str, ident: str, tags: list[str]) -> None:
    questions, notes = import_gift(f"{comment}\n::Named::Q?{{T}}")
    assert questions[0].tags == tags
    if ident == "four" or ident == "frog":
        assert questions[0].id == ident
    elif ident:  # 'i]d' is Moodle-valid but not a valid question id here: it is reported, not dropped
        assert questions[0].id == "i-d"
        assert any("Moodle id number 'i]d' is not a valid question id" in n.message for n in notes)
    else:
        assert questions[0].id == "named"


# -- round trip ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", FILES)
def test_export_then_import_gives_the_same_questions(name: str) -> None:
    questions = read(name).questions
    quiz = Quiz(id="moodle", title="Moodle", version="1", modules=["m"], questions=copy.deepcopy(questions))
    text, notes = export_gift(quiz)
    again = read_gift(text)
    assert again.questions == questions
    assert [n for n in notes if n.kind is NoteKind.SKIPPED] == []
    assert [n for n in again.notes if n.kind is not NoteKind.INFO] == []


def test_export_writes_what_moodle_reads() -> None:
    quiz = Quiz(id="moodle", title="Moodle", version="1", modules=["m"], questions=read("questions.gift.txt").questions)
    text, _ = export_gift(quiz)
    assert "// [id:moodle-activities]\n// @ids: p1 p2 p3 p4\n::Moodle activities::[markdown]Match the **" in text
    assert "::Q5::What is a number from 1 to 5? {#\n    =%100%3:2\n    ~#Completely wrong\n}\";" in text
    # Option texts of a plain question carry no prefix; Moodle reads them in the question's format.
    assert "    =yellow#right; good!\n    ~red#wrong, it's yellow\n    ~blue#wrong, it's yellow" in text


def test_single_choice_answers_keep_their_ids_and_partial_credit_in_a_round_trip() -> None:
    q = SingleChoice(
        id="Q-1.a", title="Grant", prompt="Who is **buried** here?", text_format=TextFormat.MARKDOWN,
        tags=["tombs", "with space"],
        options=[Option("a", "Grant *senior*", True, "Yes, *him*."), Option("b", "<nobody>", credit=0.5)],
    )  # fmt: skip
    text, _ = export_gift(Quiz(id="x", title="X", version="1", modules=["m"], questions=[q]))
    assert "// [id:Q-1.a] [tag:tombs] [tag:with space]" in text
    assert "=[plain]Grant *senior*#Yes, *him*." in text and "~%50%[plain]<nobody>" in text
    assert import_gift(text)[0] == [q]
