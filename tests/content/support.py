"""Constants shared by the content tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

FIXTURES = Path(__file__).with_name("fixtures")
TODAY = date(2026, 11, 22)
