"""A differently shaped form (a summed score with bands) loads and scores correctly, as data only."""

from __future__ import annotations

import pytest
from screening_helpers import FIXTURES, TODAY

from nps_trainer.screening.answers import DECLINED, NOT_KNOWN
from nps_trainer.screening.checks import load_form, validate_forms
from nps_trainer.screening.engine import SectionStatus, evaluate_answers

ITEMS = [f"q{n:02d}" for n in range(1, 11)]


@pytest.fixture(scope="module")
def instrument():
    return load_form(FIXTURES / "routine-strain-check.yaml")


def answers_with(yes: set[str], *, q03: object = True) -> dict[str, object]:
    answers: dict[str, object] = {item: item in yes for item in ITEMS}
    answers["q03"] = q03
    return answers


def test_fixture_folder_validates() -> None:
    assert validate_forms(FIXTURES) == []


def test_instrument_shape(instrument) -> None:
    assert instrument.id == "routine-strain-check"
    assert instrument.version == "0.1"
    assert [i.id for i in instrument.top_level_items()] == ITEMS


@pytest.mark.parametrize(
    ("yes", "q03", "total", "band"),
    [
        (set(), True, 0, "none"),
        (set(), False, 1, "low"),  # reverse-scored item alone
        ({"q01", "q02", "q04"}, True, 3, "low"),
        ({"q01", "q02", "q04"}, False, 4, "moderate"),
        ({"q01", "q02", "q04", "q05", "q06", "q07"}, True, 6, "moderate"),
        ({"q01", "q02", "q04", "q05", "q06", "q07"}, False, 7, "high"),
        (set(ITEMS) - {"q03"}, False, 10, "high"),
    ],
)
def test_scores_and_bands(instrument, yes: set[str], q03: bool, total: int, band: str) -> None:
    evaluation = evaluate_answers(instrument, answers_with(yes, q03=q03), today=TODAY)
    assert evaluation.calculated["total"] == total
    assert evaluation.calculated["band"] == band
    assert ("high_band" in evaluation.flag_ids) == (band == "high")
    assert evaluation.section_status("items") is SectionStatus.COMPLETE


def test_refused_items_score_nothing_and_are_counted(instrument) -> None:
    answers = answers_with({"q01"}, q03=DECLINED)
    answers["q02"] = NOT_KNOWN
    evaluation = evaluate_answers(instrument, answers, today=TODAY)
    assert evaluation.calculated["total"] == 1  # a refused reverse-scored item must not score
    assert evaluation.calculated["items_refused"] == 2
    assert evaluation.errors == {}
    assert evaluation.section_status("items") is SectionStatus.COMPLETE
