"""The catalogue follows the content folder's reading order, without breaking prerequisites."""

from __future__ import annotations

from nps_trainer.content import load_catalogue
from nps_trainer.paths import bundled_content_dir


def test_bundled_catalogue_follows_the_curriculum_order() -> None:
    catalogue = load_catalogue(bundled_content_dir() / "modules")
    ids = [m.id for m in catalogue.modules]
    assert ids[:6] == ["what-are-nps", "nps-custody-release", "drug-awareness", "talking-about-use",
                       "motivational-interviewing", "overdose-response"]
    assert ids[-2:] == ["diverse-needs", "managing-drug-work"]
    assert len(ids) == 17
    for position, module in enumerate(catalogue.modules):
        for prerequisite in module.prerequisites:
            assert ids.index(prerequisite) < position
