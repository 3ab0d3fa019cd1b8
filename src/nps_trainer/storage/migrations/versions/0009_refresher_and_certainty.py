"""Learning that lasts: spaced-review cards scheduled by FSRS and their review log, and the certainty (1 to 3) a
learner gave with an answer under certainty-based marking.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_PROFILE = "profiles.id"


def upgrade() -> None:
    op.create_table(
        "refresher_cards",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("profile_id", sa.Integer, sa.ForeignKey(_PROFILE, ondelete="CASCADE"), nullable=False),
        sa.Column("quiz_id", sa.String(100), nullable=False),
        sa.Column("question_id", sa.String(100), nullable=False),
        sa.Column("card", sa.JSON, nullable=False),
        sa.Column("due", sa.DateTime, nullable=False),
        sa.Column("last_review", sa.DateTime),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("profile_id", "quiz_id", "question_id", name="uq_refresher_cards_question"),
    )
    op.create_index("ix_refresher_cards_profile_due", "refresher_cards", ["profile_id", "due"])
    op.create_table(
        "refresher_reviews",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("profile_id", sa.Integer, sa.ForeignKey(_PROFILE, ondelete="CASCADE"), nullable=False),
        sa.Column("quiz_id", sa.String(100), nullable=False),
        sa.Column("question_id", sa.String(100), nullable=False),
        sa.Column("rating", sa.Integer, nullable=False),
        sa.Column("correct", sa.Boolean, nullable=False),
        sa.Column("certainty", sa.Integer),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("reviewed_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_refresher_reviews_profile_id", "refresher_reviews", ["profile_id"])
    with op.batch_alter_table("quiz_answers") as batch:
        batch.add_column(sa.Column("certainty", sa.Integer))


def downgrade() -> None:
    with op.batch_alter_table("quiz_answers") as batch:
        batch.drop_column("certainty")
    op.drop_index("ix_refresher_reviews_profile_id", table_name="refresher_reviews")
    op.drop_table("refresher_reviews")
    op.drop_index("ix_refresher_cards_profile_due", table_name="refresher_cards")
    op.drop_table("refresher_cards")
