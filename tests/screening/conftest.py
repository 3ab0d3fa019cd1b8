"""Fixtures for the screening tests."""

from __future__ import annotations

import datetime as dt

import pytest
from screening_helpers import BUNDLED_DIR, TODAY, V1_FORM

from nps_trainer.screening.checks import load_form
from nps_trainer.screening.model import FormDefinition


@pytest.fixture(scope="session")
def nps_form() -> FormDefinition:
    return load_form(BUNDLED_DIR / "nps-screening.yaml")


@pytest.fixture(scope="session")
def nps_form_v1() -> FormDefinition:
    """Version 1 of the bundled form, kept for the records made with it."""
    return load_form(V1_FORM)


@pytest.fixture
def today() -> dt.date:
    return TODAY
