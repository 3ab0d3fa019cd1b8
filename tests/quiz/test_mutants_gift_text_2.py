"""GIFT text formats turned into plain text or Markdown: what an imported field reads like (issue 14).

Written while triaging mutation-testing survivors. ``convert`` is what the importer calls for every field, so
each test gives it the HTML an author would paste from Moodle and checks the text, the Markdown flag, the
things reported as lost and the format the text came from.
"""

from __future__ import annotations

import pytest

from nps_trainer.quiz.gift import import_gift
from nps_trainer.quiz.gift_text import GiftFormat, convert


def plain(html: str) -> str:
    return convert(html, GiftFormat.HTML, allow_markdown=False).text


def rich(html: str) -> str:
    converted = convert(html, GiftFormat.HTML, allow_markdown=True)
    assert converted.markdown, converted
    return converted.text


@pytest.mark.parametrize(
    ("text", "fmt", "allow", "expected", "markdown"),
    [
        ("  plain  ", GiftFormat.PLAIN, True, "plain", False),
        ("*md*", GiftFormat.MARKDOWN, True, "*md*", True),
        ("*md*", GiftFormat.MARKDOWN, False, "md", False),
        ("<b>x</b>", GiftFormat.HTML, True, "**x**", True),
        ("x", GiftFormat.HTML, True, "x", False),
        ("x", GiftFormat.HTML, False, "x", False),
    ],
)
def test_the_converted_text_remembers_the_format_it_came_from(text, fmt, allow, expected, markdown) -> None:
    converted = convert(text, fmt, allow_markdown=allow)
    assert (converted.text, converted.markdown, converted.lost) == (expected, markdown, [])
    assert converted.source_format is fmt


def test_line_breaks_count_in_moodle_auto_format_but_not_in_html() -> None:
    assert convert("a\nb", GiftFormat.MOODLE, allow_markdown=False).text == "a\nb"
    assert convert("a\nb", GiftFormat.HTML, allow_markdown=False).text == "a b"
    assert convert("<b>a</b>\nb", GiftFormat.MOODLE, allow_markdown=True).text == "**a**  \nb"
    assert convert("<b>a</b>\nb", GiftFormat.HTML, allow_markdown=True).text == "**a** b"


def test_a_line_break_is_a_markdown_hard_break_and_spaces_around_lines_go() -> None:
    assert rich("a<br>b <b>c</b>") == "a  \nb **c**"
    assert rich("a<br>X b<br>c <b>d</b>") == "a  \nX b  \nc **d**"
    assert plain("a <br>b") == "a\nb"
    assert plain("a<br>X b<br>c") == "a\nX b\nc"


def test_words_starting_with_x_are_kept_whole() -> None:
    assert rich("X marks <b>the</b> spot") == "X marks **the** spot"
    assert plain("<p>X marks</p><p>the spot X</p>") == "X marks\n\nthe spot X"


def test_preformatted_text_keeps_its_spaces_and_only_its_own() -> None:
    assert plain("<pre>a  b</pre><p>c  d</p><pre>e  f</pre>") == "a  b\n\nc d\n\ne  f"
    assert plain("<p>a  b</p>") == "a b"
    # A <pre> inside a <pre>: the text after the inner one is still preformatted.
    assert plain("<pre><pre>a</pre>b  c</pre>") == "a\n\nb  c"
    assert plain("<pre>x\n\ta  \nb</pre>") == "x\n\ta  \nb"
    assert plain("<pre>a\n\tb</pre>") == "a\n\tb"
    assert plain("<pre>X\nXa</pre>") == "X\nXa"


def test_lists_are_formatting_and_nested_lists_keep_their_own_numbering() -> None:
    assert rich("<ul><li>a</li><li>b</li></ul>") == "- a\n- b"
    assert rich("<ol start=\"3\"><li>a</li><li>b</li></ol>") == "3. a\n4. b"
    assert rich("<ol><li>a<ul><li>b</li></ul></li><li>c</li></ol>") == "1. a\n\n- b\n\n2. c"
    assert rich("<ul><li>a<ol><li>b</li></ol></li><li>c</li></ul>") == "- a\n\n1. b\n\n- c"
    assert rich("<ol><li><p>a</p></li><li>b</li></ol>") == "1.\n\na\n\n2. b"
    # A nested list comes in as a list of its own after its item (Markdown cannot always nest what HTML can).
    assert rich("<ul><li>a<ul><li>b</li><li>c</li></ul></li></ul>") == "- a\n\n- b\n- c"


def test_an_ordered_list_starting_at_no_number_starts_at_one() -> None:
    """Moodle writes start="3"; anything else (hand-made HTML) once stopped the whole import with a ValueError."""
    assert rich('<ol start="x"><li>a</li><li>b</li></ol>') == "1. a\n2. b"
    assert rich('<ol start="3"><li>a</li></ol>') == "3. a"
    assert rich('<ol start=""><li>a</li></ol>') == "1. a"
    questions, _notes = import_gift('::q1::[html]<ol start="x"><li>a</li></ol> {=yes ~no}\n')
    assert len(questions) == 1 and "1. a" in questions[0].prompt


def test_bold_in_strong_tags_and_links_around_other_tags() -> None:
    assert rich("<strong>bold</strong> text") == "**bold** text"
    assert rich("<a href=\"x\">y<span>z</span></a>") == "[yz](x)"
    assert plain("<a>x</a> and <a href=\"u\">v</a>") == "x and v (u)"


def test_markdown_characters_are_escaped_only_in_markdown() -> None:
    converted = convert("a_b *c*", GiftFormat.HTML, allow_markdown=True)
    assert (converted.text, converted.markdown) == ("a_b *c*", False)
    assert rich("a_b <i>c</i>") == "a\\_b *c*"


def test_what_cannot_be_kept_is_named_once() -> None:
    converted = convert("<video alt=\"clip\"> <object></object>", GiftFormat.HTML, allow_markdown=True)
    assert (converted.text, converted.lost) == ("", ["video", "embedded media"])
    converted = convert(
        "<span style=\"color:red\">a</span> <span style=\"color:blue\">b</span>", GiftFormat.HTML, allow_markdown=False
    )
    assert (converted.text, converted.lost) == ("a b", ["styling (colours, fonts)"])
    converted = convert("<b>x</b><video>", GiftFormat.HTML, allow_markdown=True)
    assert (converted.text, converted.markdown, converted.lost) == ("**x**", True, ["video"])


def test_scripts_and_style_sheets_are_left_out_each_time() -> None:
    converted = convert("<script>x</script>a<script>y</script>b<style>z</style>c", GiftFormat.HTML,
                        allow_markdown=False)
    assert (converted.text, converted.lost) == ("abc", ["script", "style sheet"])


def test_an_imported_moodle_question_keeps_its_line_breaks() -> None:
    questions, notes = import_gift("::Q::<b>Line</b> one\\nLine two {=a ~b}")
    assert questions[0].prompt == "**Line** one  \nLine two"
    assert notes == []
