"""The loaded form as the app looks things up in it, the caseload figure tests, and flag overrides.

Written from the mutation-testing survivors (issue 14).
"""

from __future__ import annotations

import datetime as dt

import pytest

from nps_trainer.screening.model import FigureTest, FlagSeverity, FormDefinition, ItemType
from nps_trainer.screening.overrides import (
    MIN_REASON_LENGTH,
    FlagOverride,
    OverrideReasonRequired,
    clear_override,
    override_flag,
    parse_overrides,
)


def test_a_figure_test_holds_when_the_summary_mentions_one_of_its_values() -> None:
    opioids = FigureTest("substance_categories", frozenset({"heroin", "methadone_illicit"}))
    assert opioids.holds({"substance_categories": ["cannabis", "heroin"]})
    assert not opioids.holds({"substance_categories": ["cannabis"]})
    assert not opioids.holds({"substance_categories": []})
    assert not opioids.holds({"other_item": ["heroin"]})
    assert not opioids.holds({})


def test_severities_rank_red_above_amber_above_information() -> None:
    assert [s.rank for s in (FlagSeverity.INFO, FlagSeverity.AMBER, FlagSeverity.RED)] == [0, 1, 2]


def test_the_bundled_form_finds_its_flags_and_calculations_by_id(nps_form: FormDefinition) -> None:
    for rule in nps_form.flags:
        assert nps_form.flag(rule.id) is rule
    for calc in nps_form.calculations:
        assert nps_form.calculation(calc.id) is calc
    assert nps_form.calculation("no_such_calculation") is None
    with pytest.raises(KeyError) as caught:
        nps_form.flag("no_such_flag")
    assert caught.value.args == ("no_such_flag",)


def test_the_bundled_form_knows_where_each_item_sits(nps_form: FormDefinition) -> None:
    assert nps_form.key == (nps_form.id, nps_form.version)
    assert nps_form.group_of("category") == "substances"
    assert nps_form.group_of("substances") is None
    assert nps_form.has_item("category") and not nps_form.has_item("no_such_item")
    assert "category" in nps_form.item_ids()
    top = [item.id for item in nps_form.top_level_items()]
    assert "substances" in top and "category" not in top
    category = nps_form.item("category")
    assert category.type is ItemType.SINGLE_CHOICE and category.answerable
    assert category.choice_label("heroin") == "Heroin"
    assert category.choice_label("not_a_choice") == "not_a_choice"
    assert "heroin" in category.choice_ids


def test_an_override_needs_a_reason_of_at_least_ten_characters() -> None:
    assert MIN_REASON_LENGTH == 10
    with pytest.raises(OverrideReasonRequired) as caught:
        override_flag({}, "injecting", "  Seen toda ")  # nine characters once trimmed
    assert str(caught.value) == (
        "Give a reason for overriding this flag (at least 10 characters): it is recorded with the screening."
    )
    with pytest.raises(OverrideReasonRequired):
        override_flag({}, "injecting", "")
    result = override_flag({}, "injecting", "  Seen today  ", by="Alex", at=dt.datetime(2025, 3, 10, 14, 5, 9))
    assert result == {"injecting": {"reason": "Seen today", "by": "Alex", "at": "2025-03-10T14:05:09"}}


def test_an_override_without_a_time_is_stamped_now_in_utc() -> None:
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    result = override_flag({}, "injecting", "Seen by nurse today")
    stamp = dt.datetime.fromisoformat(result["injecting"]["at"])
    assert stamp.utcoffset() == dt.timedelta(0)
    assert before <= stamp <= dt.datetime.now(dt.UTC)
    assert result["injecting"]["by"] == ""


def test_overriding_and_clearing_leave_other_overrides_and_the_input_alone() -> None:
    existing = {"naloxone_needed": {"reason": "Kit given at the visit", "by": "Sam", "at": "2025-03-01T10:00:00"}}
    added = override_flag(existing, "injecting", "Seen by the nurse", by="Alex", at=dt.datetime(2025, 3, 10))
    assert set(added) == {"naloxone_needed", "injecting"}
    assert added["naloxone_needed"] == existing["naloxone_needed"]
    assert list(existing) == ["naloxone_needed"]
    cleared = clear_override(added, "injecting")
    assert cleared == existing
    assert clear_override(existing, "not_overridden") == existing
    assert "injecting" in added


def test_overrides_read_back_from_a_record() -> None:
    stored = {
        "injecting": {"reason": "Seen by the nurse", "by": "Alex", "at": "2025-03-10T14:05:09"},
        "partial": {"reason": "Only a reason here"},
        "broken": "not a mapping",
    }
    parsed = parse_overrides(stored)
    assert parsed == {
        "injecting": FlagOverride("Seen by the nurse", "Alex", "2025-03-10T14:05:09"),
        "partial": FlagOverride("Only a reason here", "", ""),
    }
    assert parsed["injecting"].to_dict() == stored["injecting"]
    assert FlagOverride.from_dict({}) == FlagOverride("", "", "")
    assert parse_overrides(None) == {}
