"""Who is who and team records: stable ids, organisation and team, archived and erased profiles; sign-in
throttling and key tags; sections credited in joint sessions and completions made with unread sections;
assignments; the signed register of certificates.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

profiles = sa.table(
    "profiles",
    sa.column("id", sa.Integer),
    sa.column("role", sa.String),
    sa.column("uid", sa.String),
    sa.column("organisation", sa.String),
)
module_progress = sa.table(
    "module_progress",
    sa.column("completed_at", sa.DateTime),
    sa.column("progress", sa.Float),
    sa.column("completed_unread", sa.Boolean),
)


def upgrade() -> None:
    with op.batch_alter_table("profiles") as batch:
        batch.add_column(sa.Column("uid", sa.String(36)))
        batch.add_column(sa.Column("organisation", sa.String(20), nullable=False, server_default="probation"))
        batch.add_column(sa.Column("team", sa.String(80), nullable=False, server_default=""))
        batch.add_column(sa.Column("archived_at", sa.DateTime))
        batch.add_column(sa.Column("learning_erased_at", sa.DateTime))
    bind = op.get_bind()
    for (profile_id, role) in bind.execute(sa.select(profiles.c.id, profiles.c.role)).all():
        bind.execute(profiles.update().where(profiles.c.id == profile_id).values(
            uid=str(uuid.uuid4()), organisation="drug_service" if role == "drug_service" else "probation"))
    with op.batch_alter_table("profiles") as batch:
        batch.alter_column("uid", existing_type=sa.String(36), nullable=False)
        batch.create_unique_constraint("uq_profiles_uid", ["uid"])

    with op.batch_alter_table("profile_keys") as batch:
        batch.add_column(sa.Column("key_check", sa.String(64)))
        batch.add_column(sa.Column("public_key", sa.LargeBinary))
        batch.add_column(sa.Column("private_key_cipher", sa.LargeBinary))
        batch.add_column(sa.Column("failed_attempts", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("retry_after", sa.DateTime))

    with op.batch_alter_table("module_progress") as batch:
        batch.add_column(sa.Column("sections_credited", sa.JSON, nullable=False, server_default="[]"))
        batch.add_column(sa.Column("completed_unread", sa.Boolean, nullable=False, server_default=sa.false()))
    # Completing used to be allowed with sections unread; progress has held the true fraction viewed since
    # 0002, so a completed row below 1 was completed unread. Kept, and marked so in reports.
    bind.execute(module_progress.update().where(
        module_progress.c.completed_at.is_not(None), module_progress.c.progress < 0.999).values(
        completed_unread=True))

    op.create_table(
        "assignments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("item_type", sa.String(20), nullable=False),
        sa.Column("item_id", sa.String(100), nullable=False),
        sa.Column("target_type", sa.String(20), nullable=False),
        sa.Column("target", sa.String(100), nullable=False),
        sa.Column("due_on", sa.Date, nullable=False),
        sa.Column("assigned_by", sa.Integer, sa.ForeignKey("profiles.id", ondelete="SET NULL")),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("cancelled_at", sa.DateTime),
    )
    op.create_table(
        "signing_keys",
        sa.Column("key_id", sa.String(16), primary_key=True),
        sa.Column("public_key", sa.LargeBinary, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("retired_at", sa.DateTime),
    )
    op.create_table(
        "signing_key_shares",
        sa.Column("key_id", sa.String(16), sa.ForeignKey("signing_keys.key_id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("profile_id", sa.Integer, sa.ForeignKey("profiles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("sealed", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "certificates",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("code", sa.String(20), nullable=False, unique=True),
        sa.Column("profile_id", sa.Integer, sa.ForeignKey("profiles.id", ondelete="SET NULL")),
        sa.Column("item_type", sa.String(20), nullable=False),
        sa.Column("item_id", sa.String(100), nullable=False),
        sa.Column("facts", sa.JSON, nullable=False),
        sa.Column("key_id", sa.String(16), sa.ForeignKey("signing_keys.key_id"), nullable=False),
        sa.Column("signature", sa.LargeBinary, nullable=False),
        sa.Column("issued_at", sa.DateTime, nullable=False),
        sa.Column("issued_by", sa.Integer, sa.ForeignKey("profiles.id", ondelete="SET NULL")),
        sa.Column("revoked_at", sa.DateTime),
        sa.Column("revoked_by", sa.Integer, sa.ForeignKey("profiles.id", ondelete="SET NULL")),
        sa.Column("revoke_reason", sa.Text),
    )
    op.create_index("ix_certificates_profile_id", "certificates", ["profile_id"])


def downgrade() -> None:
    op.drop_index("ix_certificates_profile_id", "certificates")
    op.drop_table("certificates")
    op.drop_table("signing_key_shares")
    op.drop_table("signing_keys")
    op.drop_table("assignments")
    with op.batch_alter_table("module_progress") as batch:
        batch.drop_column("completed_unread")
        batch.drop_column("sections_credited")
    with op.batch_alter_table("profile_keys") as batch:
        for column in ("retry_after", "failed_attempts", "private_key_cipher", "public_key", "key_check"):
            batch.drop_column(column)
    with op.batch_alter_table("profiles") as batch:
        batch.drop_constraint("uq_profiles_uid", type_="unique")
        for column in ("learning_erased_at", "archived_at", "team", "organisation", "uid"):
            batch.drop_column(column)
