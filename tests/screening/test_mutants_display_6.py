"""A worked-out yes or no in Welsh: a calculated value shown to a person (a flag's trigger, the summary) is
"Ie" / "Na" from the Welsh catalogue, looked up with the yes/no disambiguation the translators were given.

Written from the mutation-testing survivors (issue 14, equivalence check).
"""

from __future__ import annotations

from nps_trainer.screening.display import display_calculated


def test_a_calculated_yes_or_no_reads_in_welsh(welsh: None) -> None:
    assert display_calculated(True) == "Ie"
    assert display_calculated(False) == "Na"


def test_a_calculated_yes_or_no_reads_in_english() -> None:
    assert (display_calculated(True), display_calculated(False)) == ("Yes", "No")
