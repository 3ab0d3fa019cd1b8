"""Read-only queries through the standard library's sqlite3, for start-up only.

Showing the profile list is the one thing start-up needs from the database; answering it without
SQLAlchemy keeps the app's start-up close to a bare Qt window. Everything else goes through the ORM.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from .engine import read_only_uri


def _timestamp(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value).replace(tzinfo=UTC) if value else None


def read_profiles(path: Path) -> list[tuple[int, str, str, datetime, datetime | None]]:
    """(id, display name, role, created at, last used at) for every profile in a SQLite file."""
    connection = sqlite3.connect(read_only_uri(path), uri=True, timeout=10)
    try:
        rows = connection.execute(
            "SELECT id, display_name, role, created_at, last_used_at FROM profiles"
        ).fetchall()
    finally:
        connection.close()
    return [(pid, name, role, _timestamp(created), _timestamp(used)) for pid, name, role, created, used in rows]
