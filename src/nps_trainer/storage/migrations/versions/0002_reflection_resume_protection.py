"""Reflections, resumable quiz attempts, protected screening records, passphrase keys, audit hash chain.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("module_progress") as batch:
        batch.add_column(sa.Column("sections_seen", sa.JSON, nullable=False, server_default="[]"))
        batch.add_column(sa.Column("reflection_learnt", sa.Text))
        batch.add_column(sa.Column("reflection_use", sa.Text))
    with op.batch_alter_table("quiz_attempts") as batch:
        batch.add_column(sa.Column("pass_mark", sa.Float))
        batch.add_column(sa.Column("state", sa.JSON))
    with op.batch_alter_table("quiz_answers") as batch:
        batch.create_unique_constraint("uq_quiz_answers_attempt_question", ["attempt_id", "question_id"])
    with op.batch_alter_table("screening_records") as batch:
        batch.add_column(sa.Column("finalised_at", sa.DateTime))
        batch.add_column(sa.Column("case_ref_cipher", sa.LargeBinary))
        batch.add_column(sa.Column("case_ref_index", sa.String(64)))
        batch.add_column(sa.Column("answers_cipher", sa.LargeBinary))
        batch.add_column(sa.Column("month", sa.String(7)))
        batch.add_column(sa.Column("categories", sa.JSON, nullable=False, server_default="{}"))
        batch.add_column(sa.Column("flags", sa.JSON, nullable=False, server_default="[]"))
        batch.create_index("ix_screening_records_case_ref_index", ["case_ref_index"])
        batch.create_index("ix_screening_records_profile_updated", ["profile_id", "updated_at"])
    op.create_table(
        "screening_amendments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "record_id",
            sa.Integer,
            sa.ForeignKey("screening_records.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("profile_id", sa.Integer, sa.ForeignKey("profiles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("reason_cipher", sa.LargeBinary, nullable=False),
        sa.Column("changes_cipher", sa.LargeBinary, nullable=False),
    )
    op.create_index("ix_screening_amendments_record_id", "screening_amendments", ["record_id"])
    op.create_table(
        "profile_keys",
        sa.Column(
            "profile_id", sa.Integer, sa.ForeignKey("profiles.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("kdf", sa.JSON, nullable=False),
        sa.Column("salt", sa.LargeBinary, nullable=False),
        sa.Column("verifier", sa.LargeBinary, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("prev_hash", sa.String(64)))
        batch.add_column(sa.Column("entry_hash", sa.String(64)))


def downgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("entry_hash")
        batch.drop_column("prev_hash")
    op.drop_table("profile_keys")
    op.drop_table("screening_amendments")
    with op.batch_alter_table("screening_records") as batch:
        batch.drop_index("ix_screening_records_profile_updated")
        batch.drop_index("ix_screening_records_case_ref_index")
        for column in ("flags", "categories", "month", "answers_cipher", "case_ref_index", "case_ref_cipher",
                       "finalised_at"):
            batch.drop_column(column)
    with op.batch_alter_table("quiz_answers") as batch:
        batch.drop_constraint("uq_quiz_answers_attempt_question", type_="unique")
    with op.batch_alter_table("quiz_attempts") as batch:
        batch.drop_column("state")
        batch.drop_column("pass_mark")
    with op.batch_alter_table("module_progress") as batch:
        batch.drop_column("reflection_use")
        batch.drop_column("reflection_learnt")
        batch.drop_column("sections_seen")
