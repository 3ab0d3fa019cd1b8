"""Answer paths and copy-on-write updates: what the form page relies on when a practitioner edits a screening.

Written from the mutation-testing survivors (issue 14): every update leaves the answers it was given untouched,
out-of-range repeat instances read as unanswered, and special answers are told apart from real ones.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from nps_trainer.screening.answers import (
    DECLINED,
    NOT_KNOWN,
    ItemPath,
    add_instance,
    get_answer,
    has_response,
    instances,
    is_finite_number,
    is_special,
    path_for,
    remove_instance,
    set_answer,
)


def screening() -> dict[str, Any]:
    return {
        "uses": True,
        "substances": [
            {"category": "heroin", "days_used_28": 10},
            {"category": "cannabis", "days_used_28": 4},
        ],
    }


def test_special_answers_are_only_the_two_markers() -> None:
    assert is_special(DECLINED)
    assert is_special(NOT_KNOWN)
    assert not is_special("declined")
    assert not is_special(["__declined__"])
    assert not is_special(None)


@pytest.mark.parametrize(
    ("value", "finite"),
    [(12, True), (2.5, True), (0, True), (True, False), ("12", False), (None, False),
     (float("nan"), False), (float("inf"), False), (10**400, False)],
)
def test_only_real_finite_numbers_count_as_numbers(value: object, finite: bool) -> None:
    assert is_finite_number(value) is finite


@pytest.mark.parametrize(
    ("value", "answered"),
    [(None, False), ("", False), ("   ", False), ("x", True), ([], False), (["none"], True),
     (False, True), (0, True), (DECLINED, True), (NOT_KNOWN, True)],
)
def test_has_response_counts_no_and_zero_but_not_blanks(value: object, answered: bool) -> None:
    assert has_response(value) is answered


def test_item_paths_parse_and_print_both_ways() -> None:
    top = ItemPath.parse("uses")
    assert (top.item, top.group, top.index) == ("uses", None, None)
    assert str(top) == "uses"
    inner = ItemPath.parse("substances[12].days_used_28")
    assert (inner.item, inner.group, inner.index) == ("days_used_28", "substances", 12)
    assert str(inner) == "substances[12].days_used_28"
    assert path_for("days_used_28", "substances", 0) == "substances[0].days_used_28"
    assert path_for("uses") == "uses"


@pytest.mark.parametrize("text", ["", "1uses", "substances[x].a", "substances[0]", "a.b", "substances[0].1a",
                                  "uses ", "substances[-1].a"])
def test_malformed_item_paths_are_refused_with_the_text(text: str) -> None:
    with pytest.raises(ValueError, match=r"^not an item path: ") as caught:
        ItemPath.parse(text)
    assert repr(text) in str(caught.value)


def test_instances_skip_anything_that_is_not_an_instance() -> None:
    answers = {"substances": [{"category": "heroin"}, "junk", None, {"category": "spice"}],
               "declined_group": DECLINED}
    assert instances(answers, "substances") == [{"category": "heroin"}, {"category": "spice"}]
    assert instances(answers, "declined_group") == []
    assert instances(answers, "missing") == []


def test_get_answer_reads_top_level_and_instance_answers() -> None:
    answers = screening()
    assert get_answer(answers, "uses") is True
    assert get_answer(answers, "substances[1].category") == "cannabis"
    assert get_answer(answers, "substances[0].days_used_28") == 10
    assert get_answer(answers, "substances[1].routes") is None


def test_get_answer_beyond_the_last_instance_is_unanswered() -> None:
    answers = screening()
    assert get_answer(answers, "substances[2].category") is None  # exactly one past the end
    assert get_answer(answers, "substances[7].category") is None
    assert get_answer({}, "substances[0].category") is None
    assert get_answer({"uses": True}, "other") is None


def test_set_answer_returns_a_copy_and_leaves_the_input_alone() -> None:
    answers = screening()
    before = copy.deepcopy(answers)
    changed = set_answer(answers, "substances[1].category", "spice")
    assert changed["substances"][1] == {"category": "spice", "days_used_28": 4}
    assert changed["substances"][0] == {"category": "heroin", "days_used_28": 10}
    assert answers == before
    top = set_answer(answers, "uses", False)
    assert top["uses"] is False
    assert top["substances"] == before["substances"]
    assert answers == before


def test_set_answer_none_clears_an_answer() -> None:
    answers = screening()
    cleared = set_answer(answers, "uses", None)
    assert "uses" not in cleared
    assert cleared["substances"] == answers["substances"]
    inner = set_answer(answers, "substances[0].days_used_28", None)
    assert inner["substances"][0] == {"category": "heroin"}
    assert inner["substances"][1] == {"category": "cannabis", "days_used_28": 4}
    assert set_answer({}, "uses", None) == {}
    assert answers == screening()


def test_set_answer_creates_instances_up_to_the_one_named() -> None:
    assert set_answer({}, "substances[2].category", "spice") == {
        "substances": [{}, {}, {"category": "spice"}]
    }
    declined = set_answer({"substances": DECLINED}, "substances[0].category", "heroin")
    assert declined == {"substances": [{"category": "heroin"}]}
    assert set_answer({"substances": []}, "substances[0].category", None) == {"substances": [{}]}


def test_add_instance_appends_an_empty_instance_to_a_copy() -> None:
    answers = screening()
    before = copy.deepcopy(answers)
    changed, index = add_instance(answers, "substances")
    assert index == 2
    assert changed["substances"] == [*before["substances"], {}]
    assert changed["uses"] is True
    assert answers == before


def test_add_instance_starts_a_group_that_was_unanswered_or_declined() -> None:
    changed, index = add_instance({"uses": True}, "substances")
    assert (changed, index) == ({"uses": True, "substances": [{}]}, 0)
    changed, index = add_instance({"substances": DECLINED}, "substances")
    assert (changed, index) == ({"substances": [{}]}, 0)


def test_remove_instance_removes_only_that_instance_from_a_copy() -> None:
    answers = screening()
    before = copy.deepcopy(answers)
    changed = remove_instance(answers, "substances", 0)
    assert changed["substances"] == [{"category": "cannabis", "days_used_28": 4}]
    assert answers == before
    assert remove_instance(answers, "substances", 1)["substances"] == [before["substances"][0]]


@pytest.mark.parametrize("index", [2, 5, -1])
def test_remove_instance_out_of_range_changes_nothing(index: int) -> None:
    answers = screening()
    assert remove_instance(answers, "substances", index) == screening()


def test_remove_instance_from_a_group_that_is_not_a_list_changes_nothing() -> None:
    assert remove_instance({"substances": DECLINED}, "substances", 0) == {"substances": DECLINED}
    assert remove_instance({}, "substances", 0) == {}
