"""First schema: profiles, module progress, quiz attempts and answers, screening records, audit log.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "profiles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("display_name", sa.String(80), nullable=False),
        sa.Column("role", sa.String(40), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("last_used_at", sa.DateTime),
    )
    op.create_table(
        "module_visits",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("profile_id", sa.Integer, sa.ForeignKey("profiles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("module_id", sa.String(100), nullable=False),
        sa.Column("module_version", sa.String(20), nullable=False),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("ended_at", sa.DateTime),
        sa.Column("seconds", sa.Integer, nullable=False),
        sa.Column("sections_seen", sa.JSON, nullable=False),
    )
    op.create_index("ix_module_visits_profile_id", "module_visits", ["profile_id"])
    op.create_table(
        "module_progress",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("profile_id", sa.Integer, sa.ForeignKey("profiles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("module_id", sa.String(100), nullable=False),
        sa.Column("progress", sa.Float, nullable=False),
        sa.Column("last_section", sa.String(200)),
        sa.Column("completed_at", sa.DateTime),
        sa.Column("version_completed", sa.String(20)),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("profile_id", "module_id", name="uq_module_progress_profile_module"),
    )
    op.create_index("ix_module_progress_profile_id", "module_progress", ["profile_id"])
    op.create_table(
        "quiz_attempts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("profile_id", sa.Integer, sa.ForeignKey("profiles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("quiz_id", sa.String(100), nullable=False),
        sa.Column("quiz_version", sa.String(20), nullable=False),
        sa.Column("mode", sa.String(20), nullable=False),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("finished_at", sa.DateTime),
        sa.Column("score", sa.Float),
        sa.Column("passed", sa.Boolean),
    )
    op.create_index("ix_quiz_attempts_profile_id", "quiz_attempts", ["profile_id"])
    op.create_table(
        "quiz_answers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "attempt_id", sa.Integer, sa.ForeignKey("quiz_attempts.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("question_id", sa.String(100), nullable=False),
        sa.Column("answer", sa.JSON),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("seconds", sa.Float, nullable=False),
        sa.Column("answered_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_quiz_answers_attempt_id", "quiz_answers", ["attempt_id"])
    op.create_table(
        "screening_records",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("profile_id", sa.Integer, sa.ForeignKey("profiles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("form_id", sa.String(100), nullable=False),
        sa.Column("form_version", sa.String(20), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_screening_records_profile_id", "screening_records", ["profile_id"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("profile_id", sa.Integer, sa.ForeignKey("profiles.id", ondelete="SET NULL")),
        sa.Column("action", sa.String(60), nullable=False),
        sa.Column("object_type", sa.String(60), nullable=False),
        sa.Column("object_id", sa.String(100)),
        sa.Column("detail", sa.Text, nullable=False),
    )
    op.create_index("ix_audit_log_profile_id", "audit_log", ["profile_id"])


def downgrade() -> None:
    for table in (
        "audit_log",
        "screening_records",
        "quiz_answers",
        "quiz_attempts",
        "module_progress",
        "module_visits",
        "profiles",
    ):
        op.drop_table(table)
