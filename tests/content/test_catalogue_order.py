"""The catalogue follows the content folder's reading order, without breaking prerequisites."""

from __future__ import annotations

from nps_trainer.content import load_catalogue
from nps_trainer.paths import bundled_content_dir


def test_bundled_catalogue_follows_the_curriculum_order() -> None:
    catalogue = load_catalogue(bundled_content_dir() / "modules")
    ids = [m.id for m in catalogue.modules]
    assert ids[:5] == ["what-are-nps", "nps-custody-release", "drug-awareness", "talking-about-use",
                       "overdose-response"]
    assert ids[-1] == "diverse-needs"
    for position, module in enumerate(catalogue.modules):
        for prerequisite in module.prerequisites:
            assert ids.index(prerequisite) < position
