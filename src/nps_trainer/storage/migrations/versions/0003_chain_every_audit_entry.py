"""Chain every audit entry, including those written before the chain existed, so that a missing hash is
always a sign of tampering.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

import hashlib
import logging

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


def _chain_intact(rows) -> bool:
    """True when ``rows`` (the entries after the unhashed ones) form an unbroken chain from the start."""
    prev: str | None = None
    for row in rows:
        if row.entry_hash is None or row.prev_hash != prev or row.entry_hash != _digest(prev, row):
            return False
        prev = row.entry_hash
    return True


def upgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.select(audit_log).order_by(audit_log.c.id)).all()
    legacy = 0
    while legacy < len(rows) and rows[legacy].entry_hash is None:
        legacy += 1
    if legacy == 0:
        return  # already one chain from the first entry: nothing to rewrite
    if not _chain_intact(rows[legacy:]):
        # Re-chaining would give edited entries fresh, valid hashes. Leave everything as it is, so that
        # 'db check' goes on reporting the break (and the unhashed entries).
        logging.getLogger(__name__).warning("Audit log chain already broken; not re-chained")
        return
    prev: str | None = None
    for row in rows:
        entry_hash = _digest(prev, row)
        bind.execute(sa.update(audit_log).where(audit_log.c.id == row.id)
                     .values(prev_hash=prev, entry_hash=entry_hash))
        prev = entry_hash


def downgrade() -> None:
    """Nothing to undo: schema 0002 has the same columns and accepts hashes on every entry."""
