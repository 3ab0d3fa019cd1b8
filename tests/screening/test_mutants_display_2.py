"""Answers read in Welsh: the yes/no words and the count of a repeated question's entries are looked up with their
disambiguation, so Welsh shows "Ie"/"Na" for an answer (not the "Do"/"Naddo" of a past-tense question elsewhere)
and the right plural form for the count. Welsh is read from the real translation files (translations/cy/*.ts),
without Qt.

Written from the mutation-testing survivors (issue 14, second pass).
"""

from __future__ import annotations

from nps_trainer.screening.display import display_value
from nps_trainer.screening.model import Item, ItemType


def test_a_yes_no_answer_reads_as_ie_or_na_in_welsh(welsh: None) -> None:
    question = Item("children_contact", ItemType.YES_NO, "Contact with children")
    assert display_value(question, True) == "Ie"
    assert display_value(question, False) == "Na"


def test_the_number_of_entries_reads_in_welsh_with_its_plural_form(welsh: None) -> None:
    substances = Item("substances", ItemType.REPEAT, "Substances")
    assert display_value(substances, [{"category": "synthetic_cannabinoids"}]) == "1 wedi'i gofnodi"
    assert display_value(substances, [{}, {}, {}]) == "3 wedi'u cofnodi"
    assert display_value(substances, []) == "0 wedi'u cofnodi"


def test_the_same_answers_read_in_english_outside_welsh() -> None:
    question = Item("children_contact", ItemType.YES_NO, "Contact with children")
    substances = Item("substances", ItemType.REPEAT, "Substances")
    assert (display_value(question, True), display_value(question, False)) == ("Yes", "No")
    assert display_value(substances, [{}]) == "1 recorded"
    assert display_value(substances, [{}, {}]) == "2 recorded"
