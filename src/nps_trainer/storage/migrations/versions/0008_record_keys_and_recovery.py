"""Records that outlive one person: each screening record gets its own key, sealed to its practitioner's public
key and to the organisation's recovery key (held by managers behind a recovery passphrase), so that a case can
move to another practitioner and a forgotten passphrase can be reset without losing records.

Records made before this keep their encryption until their practitioner next signs in, when they are moved to a
key of their own (``key_sealed`` stays null until then).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "recovery_keys",
        sa.Column("key_id", sa.String(16), primary_key=True),  # the fingerprint of its public half
        sa.Column("scope", sa.String(16), nullable=False, server_default="organisation"),
        sa.Column("public_key", sa.LargeBinary, nullable=False),
        sa.Column("kdf", sa.JSON, nullable=False),
        sa.Column("salt", sa.LargeBinary, nullable=False),
        sa.Column("wrapped_key", sa.LargeBinary, nullable=False),
        sa.Column("private_key_cipher", sa.LargeBinary, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("created_by", sa.Integer, sa.ForeignKey("profiles.id", ondelete="SET NULL")),
        sa.Column("retired_at", sa.DateTime),
    )
    # At most one current key, even when two managers set one up at the same moment.
    op.create_index("uq_recovery_keys_one_current", "recovery_keys", ["scope"], unique=True,
                    sqlite_where=sa.text("retired_at IS NULL"), postgresql_where=sa.text("retired_at IS NULL"))
    with op.batch_alter_table("screening_records") as batch:
        batch.add_column(sa.Column("key_sealed", sa.LargeBinary))
        batch.add_column(sa.Column("key_sealed_recovery", sa.LargeBinary))
        batch.add_column(sa.Column("recovery_key_id", sa.String(16)))
        batch.add_column(sa.Column("key_lost_at", sa.DateTime))
    with op.batch_alter_table("profile_keys") as batch:
        batch.add_column(sa.Column("must_change_passphrase", sa.Boolean, nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("profile_keys") as batch:
        batch.drop_column("must_change_passphrase")
    with op.batch_alter_table("screening_records") as batch:
        batch.drop_column("key_lost_at")
        batch.drop_column("recovery_key_id")
        batch.drop_column("key_sealed_recovery")
        batch.drop_column("key_sealed")
    op.drop_index("uq_recovery_keys_one_current", table_name="recovery_keys")
    op.drop_table("recovery_keys")
