"""One-time setup codes: a person a manager adds sets their first passphrase with the code the manager was
given (only its hash is kept), so nobody else can claim the new profile.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("profiles") as batch:
        batch.add_column(sa.Column("setup_code_hash", sa.String(64)))
        batch.add_column(sa.Column("setup_code_expires", sa.DateTime))


def downgrade() -> None:
    with op.batch_alter_table("profiles") as batch:
        batch.drop_column("setup_code_expires")
        batch.drop_column("setup_code_hash")
