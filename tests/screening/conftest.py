"""Fixtures for the screening tests."""

from __future__ import annotations

import datetime as dt

import pytest
from screening_helpers import BUNDLED_DIR, TODAY

from nps_trainer.screening.checks import load_form
from nps_trainer.screening.model import FormDefinition


@pytest.fixture(scope="session")
def nps_form() -> FormDefinition:
    return load_form(BUNDLED_DIR / "nps-screening.yaml")


@pytest.fixture
def today() -> dt.date:
    return TODAY
