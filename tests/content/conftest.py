"""Fixtures for the content engine tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from nps_trainer.content.catalogue import Catalogue, load_catalogue
from tests.content.support import FIXTURES, TODAY


@pytest.fixture
def good_root() -> Path:
    return FIXTURES / "good"


@pytest.fixture
def bad_root() -> Path:
    return FIXTURES / "bad"


@pytest.fixture
def good_catalogue(good_root: Path) -> Catalogue:
    return load_catalogue(good_root, TODAY)


@pytest.fixture
def copy_good(tmp_path: Path, good_root: Path) -> Path:
    """A writable copy of the good fixture modules."""
    root = tmp_path / "modules"
    shutil.copytree(good_root, root)
    return root
