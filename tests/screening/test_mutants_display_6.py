"""A worked-out yes or no in Welsh: a calculated value shown to a person (a flag's trigger, the summary) is
"Ie" / "Na" from the Welsh catalogue, looked up with the yes/no disambiguation the translators were given.

Written from the mutation-testing survivors (issue 14, equivalence check).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from nps_trainer import i18n
from nps_trainer.i18n.catalogue import Catalogue
from nps_trainer.paths import translations_dir
from nps_trainer.screening.display import display_calculated


@pytest.fixture
def welsh() -> Iterator[None]:
    files = sorted((translations_dir() / i18n.WELSH).glob("*.ts"))
    i18n.use(i18n.WELSH, Catalogue.from_files(i18n.WELSH, files).translate)
    yield
    i18n.reset()


def test_a_calculated_yes_or_no_reads_in_welsh(welsh: None) -> None:
    assert display_calculated(True) == "Ie"
    assert display_calculated(False) == "Na"


def test_a_calculated_yes_or_no_reads_in_english() -> None:
    assert (display_calculated(True), display_calculated(False)) == ("Yes", "No")
