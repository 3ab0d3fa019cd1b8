"""The least size of the quiz file a GIFT text would make (``quiz import`` refuses a file far too large for the
app before reading its questions): it must never be more than the file import would really write."""

from __future__ import annotations

import pytest

from nps_trainer.quiz import new_quiz
from nps_trainer.quiz.gift import read_gift
from nps_trainer.quiz.gift_size import least_yaml_size
from nps_trainer.quiz.yaml_writer import quiz_to_yaml

from .support import FIXTURES

GIFT_FILES = [*sorted((FIXTURES / "moodle_gift").glob("*.txt")), FIXTURES / "every-type.gift.txt"]


def written_size(text: str) -> int:
    return len(quiz_to_yaml(new_quiz("q", "Q", [], read_gift(text).questions)))


@pytest.mark.parametrize("path", GIFT_FILES, ids=lambda p: p.name)
def test_the_estimate_is_at_most_what_import_writes_for_moodles_own_gift(path) -> None:
    text = path.read_text(encoding="utf-8")
    assert 0 < least_yaml_size(text) <= written_size(text)


@pytest.mark.parametrize(
    "text",
    [
        "::Q::[html]<p style\\=\"text-align\\: left;\"><b>Call</b>&nbsp;999?</p>{=[html]<i>Yes</i> ~No}",
        "// a comment that is long and is not kept " * 20 + "\n::Q:: Call 999?{T}",
        "$CATEGORY: $course$/top/a long category name that becomes the title\n\n::Q:: Call 999?{T}",
        "Which number? {#=%100%3.14159:0.0005#Right. =%50%3.1:0.05 ~#Wrong.}",
        "Match {=Prenoxad -> injection =Nyxoid -> nasal spray = -> tablet}",
        "\\{escaped\\} \\= \\~ \\# \\: text?{=a\\=b ~c}",
    ],
)
def test_the_estimate_is_at_most_what_import_writes(text: str) -> None:
    assert 0 < least_yaml_size(text) <= written_size(text)


def test_descriptions_essays_comments_and_categories_count_for_nothing() -> None:
    words = "Some long words that would be kept if this were a question. " * 50
    assert least_yaml_size(f"$CATEGORY: {words}\n\n// {words}\n\n::D::{words}\n\n::E::{words}{{}}\n\n"
                           f"::F::{words}{{####{words}}}\n") == 0


def test_the_estimate_grows_with_the_text_kept() -> None:
    one = least_yaml_size("::Q1:: What is 1?{=yes ~no}")
    assert least_yaml_size("\n\n".join(["::Q1:: What is 1?{=yes ~no}"] * 1000)) == 1000 * one
    assert one == len("Q1 What is 1?yes no")
