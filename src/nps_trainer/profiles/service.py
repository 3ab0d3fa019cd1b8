"""Creating, listing and choosing profiles."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from ..clock import utcnow
from ..storage.database import Database

if TYPE_CHECKING:
    from ..storage.models import Profile

# The ORM is imported inside the methods that write: listing profiles at start-up must not load SQLAlchemy
# (see storage.quick_read).

ROLES: dict[str, str] = {
    "practitioner": "Probation practitioner",
    "drug_service": "Drug service worker",
    "facilitator": "Facilitator",
    "manager": "Manager",
}

MAX_NAME_LENGTH = 80


@dataclass(frozen=True)
class ProfileInfo:
    id: int
    display_name: str
    role: str
    created_at: datetime
    last_used_at: datetime | None

    @property
    def role_label(self) -> str:
        return ROLES.get(self.role, self.role)


def _info(row: Profile) -> ProfileInfo:
    return ProfileInfo(row.id, row.display_name, row.role, row.created_at, row.last_used_at)


class ProfileService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def create(self, display_name: str, role: str) -> ProfileInfo:
        name = " ".join(display_name.split())
        if not name:
            raise ValueError("Enter a display name.")
        if len(name) > MAX_NAME_LENGTH:
            raise ValueError(f"The display name is too long: at most {MAX_NAME_LENGTH} characters.")
        if role not in ROLES:
            raise ValueError(f"Unknown role '{role}'.")
        from ..storage.models import Profile

        with self._db.session() as session:
            row = Profile(display_name=name, role=role, created_at=utcnow(), last_used_at=utcnow())
            session.add(row)
            session.flush()
            return _info(row)

    def list(self) -> list[ProfileInfo]:
        """Profiles, most recently used first."""
        path = self._db.sqlite_file
        if path is not None and not self._db.engine_loaded:
            from ..storage.quick_read import read_profiles

            infos = [ProfileInfo(*row) for row in read_profiles(path)]
        else:
            from sqlalchemy import select

            from ..storage.models import Profile

            with self._db.session() as session:
                infos = [_info(r) for r in session.scalars(select(Profile))]
        return sorted(infos, key=lambda p: (p.last_used_at or p.created_at), reverse=True)

    def get(self, profile_id: int) -> ProfileInfo | None:
        from ..storage.models import Profile

        with self._db.session() as session:
            row = session.get(Profile, profile_id)
            return _info(row) if row else None

    def mark_used(self, profile_id: int) -> None:
        from ..storage.models import Profile

        with self._db.session() as session:
            row = session.get(Profile, profile_id)
            if row is not None:
                row.last_used_at = utcnow()
