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


def read_profiles(path: Path) -> list[tuple]:
    """(id, display name, role, created at, last used at, uid, organisation, team, archived at, has a
    passphrase, has a setup code waiting) for every profile in a SQLite file, in the order of ``ProfileInfo``'s
    fields."""
    connection = sqlite3.connect(read_only_uri(path), uri=True, timeout=10)
    try:
        rows = connection.execute(
            "SELECT p.id, p.display_name, p.role, p.created_at, p.last_used_at, p.uid, p.organisation, p.team, "
            "p.archived_at, k.profile_id IS NOT NULL, p.setup_code_hash IS NOT NULL "
            "FROM profiles p LEFT JOIN profile_keys k ON k.profile_id = p.id"
        ).fetchall()
    finally:
        connection.close()
    return [(pid, name, role, _timestamp(created), _timestamp(used), uid, organisation, team or "",
             _timestamp(archived), bool(keyed), bool(pending))
            for pid, name, role, created, used, uid, organisation, team, archived, keyed, pending in rows]
