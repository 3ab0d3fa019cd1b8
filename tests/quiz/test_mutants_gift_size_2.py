"""The least quiz size of a GIFT text, counted exactly for small texts (issue 14).

Written while triaging mutation-testing survivors: each count below is worked out by hand from what import
keeps, so that any change in what is counted shows.
"""

from __future__ import annotations

import pytest

from nps_trainer.quiz.gift_size import least_yaml_size


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("Q {=a}", len("Q a")),
        ("// a comment line inside the block\nQ {=a}", len("Q a")),
        ("[html]<b>Q</b> {=[plain]a}", len("Q a")),
        ("Q &amp; R? {=a}", len("Q x R? a")),
        ("Q \\{x\\}? {=a}", len("Q xxx? a")),
    ],
    ids=["bare", "comment", "format-and-tag", "entity", "escapes"],
)
def test_only_the_words_import_keeps_are_counted(text: str, size: int) -> None:
    assert least_yaml_size(text) == size


def test_a_category_is_not_counted_even_with_braces_in_its_name() -> None:
    assert least_yaml_size("$CATEGORY: $course$/top/Set {1}") == 0
    assert least_yaml_size("$CATEGORY: $course$/top/Set {1}\n\nQ {=a}") == len("Q a")
