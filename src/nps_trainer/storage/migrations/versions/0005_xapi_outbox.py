"""Learning records as xAPI statements: the outbox sent to the organisation's LRS, and statements imported
from another device's file.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "xapi_statements",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("statement_id", sa.String(36), nullable=False, unique=True),
        sa.Column("profile_id", sa.Integer, sa.ForeignKey("profiles.id", ondelete="SET NULL")),
        sa.Column("verb", sa.String(200), nullable=False),
        sa.Column("object_id", sa.String(500), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("statement", sa.JSON, nullable=False),
        sa.Column("source", sa.String(20), nullable=False, server_default="local"),
        sa.Column("status", sa.String(12), nullable=False, server_default="waiting"),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_attempt_at", sa.DateTime),
        sa.Column("last_attempt_at", sa.DateTime),
        sa.Column("sent_at", sa.DateTime),
        sa.Column("error", sa.Text),
    )
    op.create_index("ix_xapi_statements_profile_id", "xapi_statements", ["profile_id"])
    op.create_index("ix_xapi_statements_status_id", "xapi_statements", ["status", "id"])
    op.create_table(
        "xapi_actor_links",
        sa.Column("account_name", sa.String(200), primary_key=True),
        sa.Column("profile_id", sa.Integer, sa.ForeignKey("profiles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("linked_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_xapi_actor_links_profile_id", "xapi_actor_links", ["profile_id"])


def downgrade() -> None:
    op.drop_index("ix_xapi_actor_links_profile_id", "xapi_actor_links")
    op.drop_table("xapi_actor_links")
    op.drop_index("ix_xapi_statements_status_id", "xapi_statements")
    op.drop_index("ix_xapi_statements_profile_id", "xapi_statements")
    op.drop_table("xapi_statements")
