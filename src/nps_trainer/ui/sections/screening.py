"""Screening: NPS-aware screening records during supervision."""

from __future__ import annotations

from sqlalchemy import func, select

from ...storage.models import ScreeningRecord
from .placeholders import StateSection


class ScreeningSection(StateSection):
    title = "Screening"

    def describe_state(self) -> str:
        with self.services.database.session() as session:
            count = session.scalar(
                select(func.count()).select_from(ScreeningRecord).where(
                    ScreeningRecord.profile_id == self.profile.id)
            )
        return f"You have {count} screening records." if count else "You have no screening records yet."
