"""Chain every audit entry, including those written before the chain existed, so that a missing hash is
always a sign of tampering.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

import hashlib

import sqlalchemy as sa
from alembic import op

from nps_trainer.storage.types import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

audit_log = sa.table(
    "audit_log",
    sa.column("id", sa.Integer),
    sa.column("at", UTCDateTime()),
    sa.column("profile_id", sa.Integer),
    sa.column("action", sa.String),
    sa.column("object_type", sa.String),
    sa.column("object_id", sa.String),
    sa.column("detail", sa.Text),
    sa.column("prev_hash", sa.String),
    sa.column("entry_hash", sa.String),
)


def _digest(prev: str | None, row) -> str:
    """The chain's digest as of this revision (kept here, frozen, so later changes cannot alter it)."""
    material = "\x1f".join([prev or "", row.at.isoformat(), str(row.profile_id or ""), row.action,
                            row.object_type, row.object_id or "", row.detail or ""])
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def upgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.select(audit_log).order_by(audit_log.c.id)).all()
    if all(row.entry_hash is not None for row in rows):
        return  # already one chain from the first entry: nothing to rewrite
    prev: str | None = None
    for row in rows:
        entry_hash = _digest(prev, row)
        bind.execute(sa.update(audit_log).where(audit_log.c.id == row.id)
                     .values(prev_hash=prev, entry_hash=entry_hash))
        prev = entry_hash


def downgrade() -> None:
    """Nothing to undo: schema 0002 has the same columns and accepts hashes on every entry."""
