"""GIFT import as a content author sees it: every note with its line, ids, weights and odd layouts (issue 14).

Written while triaging mutation-testing survivors. Each test imports its own GIFT text (no module-scoped
fixtures), so that mutmut links every test to the code it runs.
"""

from __future__ import annotations

import pytest

from nps_trainer.quiz.gift import ExportNote, NoteKind, export_gift, import_gift
from nps_trainer.quiz.model import (
    AcceptedAnswer,
    Anchor,
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
    TrueFalse,
)

from .support import FIXTURES


def notes_of(text: str) -> list[str]:
    return [str(n) for n in import_gift(text)[1]]


def only_question(text: str) -> object:
    questions, _ = import_gift(text)
    assert len(questions) == 1, questions
    return questions[0]


def test_every_note_on_the_fixture_names_its_line_kind_and_question() -> None:
    questions, notes = import_gift((FIXTURES / "every-type.gift.txt").read_text(encoding="utf-8"))
    assert [str(n) for n in notes] == [
        "line 1: info: comment skipped: Our own GIFT fixture: one of each GIFT construct, on overdose-response "
        "topics.",
        "line 2: info: comment skipped: This comment block stands alone and is skipped with a note.",
        "line 17: info: comment skipped: A line comment inside a question block",
        "line 31: changed: 'Which raise overdose risk?': wrong answers weighted -100%: imported as all-or-nothing",
        "line 42: skipped: 'This line has no answer block, so it is a description.': no answer block, so not a "
        "question (description?)",
        "line 44: skipped: 'Write about your last debrief.': essay questions ({}) are not supported",
    ]
    assert [n.kind for n in notes] == [NoteKind.INFO] * 3 + [NoteKind.CHANGED] + [NoteKind.SKIPPED] * 2
    # Untitled questions are numbered by their place among the imported ones (the numerical one is q7).
    assert [q.id for q in questions] == ["emergency-number", "q2", "q3", "q4", "short", "q6", "q7", "q8", "q9"]


def test_fixture_questions_in_full() -> None:
    questions, _ = import_gift((FIXTURES / "every-type.gift.txt").read_text(encoding="utf-8"))
    assert questions[1] == SingleChoice(
        id="q2",
        prompt="Naloxone is given every _____ minutes if there is no response.",
        options=[Option("a", "30"), Option("b", "2-3", True), Option("c", "10")],
    )
    assert questions[3] == TrueFalse(id="q4", prompt="Naloxone does no harm if no opioids were taken.", answer=True)
    assert questions[3].explanation == "" and questions[3].tags == [] and questions[3].source is None
    assert questions[5] == Matching(
        id="q6",
        prompt="Match each product to how it is given.",
        pairs=[MatchPair("p1", "Prenoxad", "injection"), MatchPair("p2", "Nyxoid", "nasal spray")],
        distractors=["tablet"],
    )
    assert questions[6] == Numerical(
        id="q7", prompt="How many doses does a Prenoxad syringe hold?", accept=[NumericAnswer(5.0)]
    )
    assert questions[7] == MultipleResponse(
        id="q8",
        prompt="Which raise overdose risk?",
        options=[
            Option("a", "Using alone", True, "Yes."),
            Option("b", "Mixing with alcohol", True, "Yes."),
            Option("c", "Carrying naloxone", False, "No."),
        ],
        credit=MultipleResponseCredit.ALL_OR_NOTHING,
    )


def test_text_formats_are_honoured() -> None:
    text = (
        "[html]Is <b>999</b> right?{T}\n\n"
        "::Rich::[moodle]Moodle format.{F}\n\n"
        "[Markdown]Markdown is kept quietly.{T}\n\n"
        "::Titled:: [plain]Plain after a spaced title.{T}\n\n"
        "[HTML]Upper-case format name.{T}\n"
    )
    questions, notes = import_gift(text)
    assert [str(n) for n in notes] == []
    assert [q.text_format.value for q in questions] == ["markdown", "plain", "markdown", "plain", "plain"]
    assert [q.prompt for q in questions] == [
        "Is **999** right?",
        "Moodle format.",
        "Markdown is kept quietly.",
        "Plain after a spaced title.",
        "Upper-case format name.",
    ]
    assert [q.title for q in questions] == ["", "Rich", "", "Titled", ""]


def test_repeated_ids_get_a_number_and_a_note() -> None:
    text = (
        "// @id: dose\nGive the first dose.{=Now ~Later}\n\n"
        "// @id: dose\nGive the second dose.{=Now ~Later}\n\n"
        "::Dose::Third dose.{=Now ~Later}\n\n"
        "::Dose::Fourth dose.{=Now ~Later}\n"
    )
    questions, notes = import_gift(text)
    assert [q.id for q in questions] == ["dose", "dose-2", "dose-3", "dose-4"]
    assert [str(n) for n in notes] == [
        "line 5: changed: id 'dose' already used; this question is 'dose-2'",
        "line 7: changed: id 'dose' already used; this question is 'dose-3'",
        "line 9: changed: id 'dose' already used; this question is 'dose-4'",
    ]


def test_titles_become_tidy_ids() -> None:
    questions, notes = import_gift(
        "::(Naloxone) dose?::How much?{=0.4 ml ~4 ml}\n\n"
        "::An extremely long title that goes on well past forty characters::Long?{T}\n\n"
        "::Words that end exactly at forty letters - here::Cut at a hyphen?{T}\n\n"
        "::“Quoted titles that run on past forty characters are cut”::Quoted?{T}\n\n"
        "Untitled.{T}\n"
    )
    assert [q.id for q in questions] == [
        "naloxone-dose",
        "an-extremely-long-title-that-goes-on-wel",
        "words-that-end-exactly-at-forty-letters",
        "quoted-titles-that-run-on-past-forty-cha",  # the opening quote mark does not use up a letter
        "q5",
    ]
    assert notes == []  # a title is not an id, so a tidied title is not worth a note


def test_single_choice_weights() -> None:
    questions, notes = import_gift(
        "Two right answers.{=999 =112 ~101}\n\n"
        "Weights.{=%100%Full ~%100%Also full ~%50%Half ~%1%Tiny ~%0%Nothing ~%-50%Negative ~Plain"
        " =%50%Half equals =%0%Zero equals =%-20%Negative equals}\n\n"
        "Three right answers.{=A =B =C ~D}\n"
    )
    two, weights, three = questions
    assert [(o.text, o.correct, o.credit) for o in two.options] == [
        ("999", True, None),
        ("112", False, 1.0),
        ("101", False, None),
    ]
    assert [(o.id, o.correct, o.credit) for o in weights.options] == [
        ("a", True, None),
        ("b", False, 1.0),  # a second full-marks answer keeps its marks but is not 'the' answer
        ("c", False, 0.5),
        ("d", False, 0.01),
        ("e", False, None),
        ("f", False, None),
        ("g", False, None),
        ("h", False, 0.5),
        ("i", False, 0.0),
        ("j", False, 0.0),
    ]
    assert [(o.correct, o.credit) for o in three.options] == [(True, None), (False, 1.0), (False, 1.0), (False, None)]
    assert [str(n) for n in notes] == [
        "line 1: changed: 'Two right answers.': several '=' answers; only the first is marked correct",
        "line 3: changed: 'Weights.': negative weight on 'Negative' scored as 0",
        "line 3: changed: 'Weights.': several '=' answers; only the first is marked correct",
        "line 5: changed: 'Three right answers.': several '=' answers; only the first is marked correct",
    ]


def test_short_answer_weights() -> None:
    questions, notes = import_gift("Short weights.{=999 =%150%Over =%1%Tiny =%0%Zero =%-50%Negative}")
    assert questions == [
        ShortAnswer(
            id="q1",
            prompt="Short weights.",
            accept=[
                AcceptedAnswer("999", 1.0),
                AcceptedAnswer("Over", 1.0),
                AcceptedAnswer("Tiny", 0.01),
                AcceptedAnswer("Zero", 0.0),
                AcceptedAnswer("Negative", 0.0),
            ],
        )
    ]
    assert [str(n) for n in notes] == [
        "line 1: changed: 'Short weights.': answer 'Zero' with weight 0% earns 0",
        "line 1: changed: 'Short weights.': answer 'Negative' with weight -50% earns 0",
    ]


REPLACED = (
    "GIFT weights replaced by the right-minus-wrong rule (each right answer counts equally; each wrong tick takes "
    "off its share)"
)


@pytest.mark.parametrize(
    ("block", "correct", "credit", "note"),
    [
        ("~%50%A ~%50%B ~%-50%C ~%-50%D", [1, 1, 0, 0], MultipleResponseCredit.RIGHT_MINUS_WRONG, None),
        ("~%50%A ~%50%B", [1, 1], MultipleResponseCredit.RIGHT_MINUS_WRONG, None),
        ("~%33.33333%A ~%33.33333%B ~%33.33333%C ~%-100%D ~%-50%E", [1, 1, 1, 0, 0],
         MultipleResponseCredit.RIGHT_MINUS_WRONG, None),
        ("~%33%A ~%33%B ~%34%C ~%-50%D", [1, 1, 1, 0], MultipleResponseCredit.RIGHT_MINUS_WRONG, REPLACED),
        ("~%70%A ~%30%B ~%-50%C", [1, 1, 0], MultipleResponseCredit.RIGHT_MINUS_WRONG, REPLACED),
        ("~%50%A ~%50%B ~C", [1, 1, 0], MultipleResponseCredit.RIGHT_MINUS_WRONG, REPLACED),
        ("~%50%A ~%50%B ~%0%C", [1, 1, 0], MultipleResponseCredit.RIGHT_MINUS_WRONG, REPLACED),
        ("~%50%A ~%50%B ~%-100%C ~%0%D", [1, 1, 0, 0], MultipleResponseCredit.RIGHT_MINUS_WRONG, REPLACED),
        ("~%50%A ~%50%B ~%-100%C ~%-150%D", [1, 1, 0, 0], MultipleResponseCredit.ALL_OR_NOTHING,
         "wrong answers weighted -100%: imported as all-or-nothing"),
        ("~%1%A ~%-100%B", [1, 0], MultipleResponseCredit.ALL_OR_NOTHING,
         "wrong answers weighted -100%: imported as all-or-nothing"),
        ("~%99%A ~%1%B ~%-100%C", [1, 1, 0], MultipleResponseCredit.ALL_OR_NOTHING,
         "wrong answers weighted -100%: imported as all-or-nothing"),
    ],
)  # fmt: skip
def test_multiple_response_weights(
    block: str, correct: list[int], credit: MultipleResponseCredit, note: str | None
) -> None:
    questions, notes = import_gift(f"Tick.{{{block}}}")
    assert len(questions) == 1
    question = questions[0]
    assert isinstance(question, MultipleResponse)
    assert [o.correct for o in question.options] == [bool(c) for c in correct]
    assert [o.id for o in question.options] == list("abcde"[: len(correct)])
    assert question.credit is credit
    assert [str(n) for n in notes] == ([] if note is None else [f"line 1: changed: 'Tick.': {note}"])


def test_our_credit_comment_overrides_the_weights() -> None:
    lenient = only_question("// @credit: right-minus-wrong\nStrict weights.{~%50%A ~%50%B ~%-100%C}")
    assert isinstance(lenient, MultipleResponse) and lenient.credit is MultipleResponseCredit.RIGHT_MINUS_WRONG
    quiz_rule = only_question("// @credit: default\nQuiz rule.{~%50%A ~%50%B ~%-100%C}")
    assert isinstance(quiz_rule, MultipleResponse) and quiz_rule.credit is None
    assert notes_of("// @credit: right-minus-wrong\nStrict weights.{~%50%A ~%50%B ~%-100%C}") == []


@pytest.mark.parametrize("block", ["~%0%Yes ~No", "~Yes ~No", "~%-50%Yes ~%0%No"])
def test_multiple_response_with_nothing_right_is_skipped(block: str) -> None:
    questions, notes = import_gift(f"None right.{{{block}}}")
    assert questions == []
    assert [str(n) for n in notes] == [
        "line 1: skipped: 'None right.': no answer has a positive weight, so none is correct"
    ]


def test_matching_entries_that_are_not_pairs_are_noted_and_the_rest_kept() -> None:
    questions, notes = import_gift(
        "Match.{=Prenoxad->injection ~Tablet -> oral =Naloxone =Nyxoid -> nasal spray#Up the nose = -> tablet}"
    )
    assert questions == [
        Matching(
            id="q1",
            prompt="Match.",
            pairs=[MatchPair("p1", "Prenoxad", "injection"), MatchPair("p2", "Nyxoid", "nasal spray", "Up the nose")],
            distractors=["tablet"],
        )
    ]
    assert [str(n) for n in notes] == [
        "line 1: skipped: 'Match.': matching entry 'Tablet -> oral' is not 'left -> right'",
        "line 1: skipped: 'Match.': matching entry 'Naloxone' is not 'left -> right'",
    ]


def test_matching_pair_ids_and_feedback_from_our_comments() -> None:
    question = only_question(
        "// @ids: prenoxad\n// @feedback.p2: Into the nostril.\nMatch.{=Prenoxad -> injection =Nyxoid -> spray}"
    )
    assert isinstance(question, Matching)
    assert [(p.id, p.feedback) for p in question.pairs] == [("prenoxad", ""), ("p2", "Into the nostril.")]


def test_ids_run_past_the_alphabet() -> None:
    options = " ".join(f"~Option {i}" for i in range(27))
    question = only_question(f"Many.{{=Right {options}}}")
    assert isinstance(question, SingleChoice)
    ids = [o.id for o in question.options]
    assert ids[:3] == ["a", "b", "c"] and ids[25] == "z" and ids[26:] == ["o27", "o28"]
    pairs = " ".join(f"=Left {i} -> Right {i}" for i in range(3))
    matching = only_question(f"Pairs.{{{pairs}}}")
    assert isinstance(matching, Matching) and [p.id for p in matching.pairs] == ["p1", "p2", "p3"]


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("Junk.{junk =a ~b}", "line 1: skipped: 'Junk.': cannot read the answer block"),
        ("Unclosed.{=a ~b", "line 1: skipped: 'Unclosed.': no answer block, so not a question (description?)"),
        ("Q{#five}", "line 1: skipped: 'Q': 'five' is not a number, 'number:margin' or 'low..high'"),
        ("::Dose::{}", "line 1: skipped: 'Dose': essay questions ({}) are not supported"),
        (
            "How many millilitres in a dose of Prenoxad? Give the number shown on the syringe barrel.{#0.4 ml}",
            "line 1: skipped: 'How many millilitres in a dose of Prenoxad? Give the number ': '0.4 ml' is not a "
            "number, 'number:margin' or 'low..high'",
        ),
        (
            "// @id: counted\n//No space\nA numerical question after comments.{#2..1}",
            "line 3: skipped: 'A numerical question after comments.': '2..1' is not a number, 'number:margin' or "
            "'low..high'",
        ),
    ],
)
def test_questions_that_cannot_be_imported_are_named_in_a_note(text: str, note: str) -> None:
    questions, notes = import_gift(text)
    assert questions == []
    assert str(notes[-1]) == note
    assert notes[-1].kind is NoteKind.SKIPPED


def test_a_comment_without_a_space_is_still_quoted_whole() -> None:
    assert notes_of("//No space\nQ?{T}") == ["line 1: info: comment skipped: No space"]


@pytest.mark.parametrize(
    ("text", "prompt", "title"),
    [
        ("::::Empty title.{T}", "Empty title.", ""),
        ("::Unclosed title{T}", "::Unclosed title", ""),
        ("Q{T}", "Q", ""),
        ("Dose 1}{=a ~b}", "Dose 1}", ""),
        ("::Step 1\\:::Escaped colon ends the title.{T}", "Escaped colon ends the title.", "Step 1:"),
    ],
)
def test_odd_but_readable_layouts(text: str, prompt: str, title: str) -> None:
    questions, notes = import_gift(text)
    assert [(q.prompt, q.title) for q in questions] == [(prompt, title)]
    assert notes == []


def test_true_false_feedback() -> None:
    questions, notes = import_gift(
        "True with two feedbacks.{TRUE#Wrong.#Right.#Extra.}\n\nTrue with one.{T#Only wrong feedback.}\n\n"
        "False with both.{F#Wrong.#Right.}\n"
    )
    assert [(q.answer, q.feedback_true, q.feedback_false) for q in questions] == [
        (True, "Right.", "Wrong."),
        (True, "", "Only wrong feedback."),
        (False, "Wrong.", "Right."),
    ]
    assert [str(n) for n in notes] == [
        "line 1: changed: 'True with two feedbacks.': extra '#' feedback after the second ignored"
    ]


def test_meta_comments_carry_tags_source_and_ids() -> None:
    question = only_question(
        "// @id: counted\n// @tags: basics, , naloxone ,steps\n// @source: overdose-response#giving-naloxone\n"
        "// @ids: now later\nWhen?{=Now ~Later}"
    )
    assert question == SingleChoice(
        id="counted",
        prompt="When?",
        tags=["basics", "naloxone", "steps"],
        source=Anchor("overdose-response", "giving-naloxone"),
        options=[Option("now", "Now", True), Option("later", "Later")],
    )


@pytest.mark.parametrize(
    ("source", "anchor"),
    [
        ("overdose-response#giving-naloxone", Anchor("overdose-response", "giving-naloxone")),
        ("#section-only", None),
        ("overdose-response#", None),
        ("overdose-response", None),
        ("overdose-response#a#b", Anchor("overdose-response", "a#b")),
    ],
)
def test_source_comment(source: str, anchor: Anchor | None) -> None:
    question = only_question(f"// @source: {source}\nQ?{{T}}")
    assert question.source == anchor


def test_feedback_keeps_a_second_hash_and_general_feedback_stands_alone() -> None:
    question = only_question("Feedback with a hash.{=999#Right # twice ~101}")
    assert isinstance(question, SingleChoice) and question.options[0].feedback == "Right # twice"
    general = only_question("General only.{T####Naloxone is safe.}")
    assert isinstance(general, TrueFalse)
    assert general.explanation == "Naloxone is safe." and general.feedback_true == general.feedback_false == ""


def test_answers_split_only_at_unescaped_markers() -> None:
    question = only_question("X-ray or Xylazine?{=Xylazine ~X-ray}")
    assert isinstance(question, SingleChoice)
    assert [(o.text, o.correct) for o in question.options] == [("Xylazine", True), ("X-ray", False)]
    escaped = only_question("Escaped before a marker.{=Ratio 30\\:~Ratio 15\\:}")
    assert isinstance(escaped, SingleChoice)
    assert [o.text for o in escaped.options] == ["Ratio 30:", "Ratio 15:"]


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_windows_and_old_mac_line_endings_read_like_unix_ones(newline: str) -> None:
    unix = "// Heading\n\n::Short::What do you call first? {\n    =999#Yes.\n    =%50%112#Also works.\n}\n\nQ{#x}\n"
    assert import_gift(unix.replace("\n", newline)) == import_gift(unix)
    questions, notes = import_gift(unix.replace("\n", newline))
    assert [q.id for q in questions] == ["short"]
    assert [str(n) for n in notes] == [
        "line 1: info: comment skipped: Heading",
        "line 8: skipped: 'Q': 'x' is not a number, 'number:margin' or 'low..high'",
    ]


def test_control_characters_at_the_ends_of_texts_survive_a_round_trip() -> None:
    question = SingleChoice(
        id="controls",
        title="Step 1:",
        prompt="{Which} is = right? #1",
        options=[
            Option("a", "Ratio 30:", True, "Right: #1"),
            Option("b", "~15=", False, "{no}"),
            Option("c", "\\", False),
        ],
        explanation="Ends with a colon:",
    )
    quiz = Quiz(id="controls", title="Controls", version="1", modules=["m"], questions=[question])
    text, _ = export_gift(quiz)
    questions, notes = import_gift(text)
    assert questions == [question]
    assert [str(n) for n in notes] == ["line 1: info: comment skipped: Controls (controls, version 1)"]


def test_the_quiz_wide_export_note() -> None:
    _, notes = export_gift(Quiz(id="empty", title="Empty", version="1", modules=["m"], questions=[]))
    assert [str(n) for n in notes] == [
        "quiz: changed: quiz settings (mode, pass mark, selection, shuffling, scoring rules) are not part of GIFT"
    ]
    assert str(ExportNote("q1", NoteKind.SKIPPED, "gone")) == "question 'q1': skipped: gone"


def test_new_lines_and_backslashes_survive_a_round_trip() -> None:
    question = TrueFalse(
        id="lines",
        prompt="First line.\nSecond line.",
        answer=False,
        feedback_true="Not so.\nRead again.",
        explanation="Ends with a backslash \\",
    )
    quiz = Quiz(id="lines", title="Lines", version="1", modules=["m"], questions=[question])
    text, _ = export_gift(quiz)
    assert "First line.\\nSecond line." in text
    assert import_gift(text)[0] == [question]


def test_gift_new_line_escapes_and_a_trailing_backslash_import() -> None:
    question = only_question("Line one\\nline two.{=Back\\ ~Forward\\N}")
    assert isinstance(question, SingleChoice)
    assert question.prompt == "Line one\nline two."
    assert [o.text for o in question.options] == ["Back\\", "ForwardN"]


def export_quiz() -> Quiz:
    """One question of each kind GIFT can hold, with and without feedback, weights and titles."""
    from nps_trainer.quiz.model import BLANK, ScoringRules

    questions = [
        SingleChoice(
            id="gap",
            title="Doses",
            prompt=f"Give a dose every {BLANK} minutes, up to {BLANK} doses.",
            options=[Option("a", "2-3", True, "Right."), Option("b", "10", credit=0.5), Option("c", "30")],
            explanation="Every 2-3 minutes.",
        ),
        MultipleResponse(
            id="signs",
            prompt="Tick the signs.",
            tags=["signs", "basics"],
            source=Anchor("overdose-response", "recognising-an-opioid-overdose"),
            options=[
                Option("a", "Slow breathing", True, "Yes."),
                Option("b", "Blue lips", True),
                Option("c", "Blue lips again", True),
                Option("d", "Fast talking"),
                Option("e", "Sweating"),
            ],
        ),
        MultipleResponse(
            id="strict",
            prompt="Tick both.",
            credit=MultipleResponseCredit.RIGHT_MINUS_WRONG,
            options=[Option("a", "One", True), Option("b", "Two", True), Option("c", "Three"), Option("d", "Four")],
        ),
        MultipleResponse(
            id="all-right",
            prompt="All of them.",
            credit=MultipleResponseCredit.RIGHT_MINUS_WRONG,
            options=[Option("a", "A", True), Option("b", "B", True)],
        ),
        TrueFalse(id="tf-true", prompt="Naloxone is safe.", answer=True, feedback_false="It is safe."),
        TrueFalse(
            id="tf-false", prompt="Gasps are breathing.", answer=False, feedback_true="No.", feedback_false="Yes."
        ),
        TrueFalse(id="tf-plain", prompt="Plain.", answer=False),
        Matching(
            id="match",
            prompt="Match.",
            pairs=[MatchPair("p1", "Prenoxad", "Injection", "Thigh."), MatchPair("p2", "Nyxoid", "Spray")],
            distractors=["Tablet"],
        ),
        ShortAnswer(
            id="short",
            prompt="Call whom?",
            accept=[AcceptedAnswer("999", 1.0, "Yes."), AcceptedAnswer("112", 0.5), AcceptedAnswer("nine nine nine")],
        ),
    ]
    return Quiz(
        id="export",
        title="Export   everything\n test",
        version="3",
        modules=["overdose-response"],
        questions=questions,
        scoring=ScoringRules(multiple_response=MultipleResponseCredit.ALL_OR_NOTHING),
    )


EXPORTED = """\
// Export everything test (export, version 3)

// [id:gap]
// @ids: a b c
::Doses::Give a dose every {
    =2-3#Right.
    ~%50%10
    ~30
    ####Every 2-3 minutes.
} minutes, up to _____ doses.

// [id:signs] [tag:signs] [tag:basics]
// @source: overdose-response#recognising-an-opioid-overdose
// @ids: a b c d e
// @credit: default
Tick the signs.{
    ~%33.33333%Slow breathing#Yes.
    ~%33.33333%Blue lips
    ~%33.33333%Blue lips again
    ~%-100%Fast talking
    ~%-100%Sweating
}

// [id:strict]
// @ids: a b c d
// @credit: right-minus-wrong
Tick both.{
    ~%50%One
    ~%50%Two
    ~%-50%Three
    ~%-50%Four
}

// [id:all-right]
// @ids: a b
// @credit: right-minus-wrong
All of them.{
    ~%50%A
    ~%50%B
}

// [id:tf-true]
Naloxone is safe.{
    TRUE#It is safe.
}

// [id:tf-false]
Gasps are breathing.{
    FALSE#No.#Yes.
}

// [id:tf-plain]
Plain.{
    FALSE
}

// [id:match]
// @ids: p1 p2
// @feedback.p1: Thigh.
Match.{
    =Prenoxad -> Injection
    =Nyxoid -> Spray
    = -> Tablet
}

// [id:short]
Call whom?{
    =999#Yes.
    =%50%112
    =nine nine nine
}
"""


def test_the_exported_gift_text_for_every_kind_of_question() -> None:
    text, notes = export_gift(export_quiz())
    assert text == EXPORTED
    assert [str(n) for n in notes] == [
        "quiz: changed: quiz settings (mode, pass mark, selection, shuffling, scoring rules) are not part of GIFT",
        "question 'signs': changed: module section link overdose-response#recognising-an-opioid-overdose kept only "
        "as a comment Moodle ignores",
        "question 'signs': changed: all-or-nothing exported as -100% per wrong option; Moodle still gives partial "
        "credit for ticking only some right options",
        "question 'match': changed: GIFT matching has no feedback per pair; kept only in comments Moodle ignores",
    ]


def test_the_exported_text_imports_back_to_the_same_questions() -> None:
    quiz = export_quiz()
    questions, notes = import_gift(export_gift(quiz)[0])
    assert questions[1:] == quiz.questions[1:]
    # GIFT has one gap per question: the second blank stays in the text after the answer block.
    assert questions[0].prompt == "Give a dose every _____ minutes, up to _____ doses."
    assert [str(n) for n in notes] == ["line 1: info: comment skipped: Export everything test (export, version 3)"]


def test_each_wrong_option_takes_its_share_of_the_penalty_in_gift() -> None:
    question = MultipleResponse(
        id="one-right",
        prompt="Tick.",
        credit=MultipleResponseCredit.RIGHT_MINUS_WRONG,
        options=[Option("a", "Call 999", True), Option("b", "Wait"), Option("c", "Leave"), Option("d", "Film it")],
    )
    text, _ = export_gift(Quiz(id="one", title="One", version="1", modules=["m"], questions=[question]))
    assert "Tick.{\n    ~%100%Call 999\n    ~%-33.33333%Wait\n    ~%-33.33333%Leave\n    ~%-33.33333%Film it\n}" in text
    assert import_gift(text)[0] == [question]
