"""Joint probation/drug-service training sessions: the session as run (with its plan as it was used), its
register, the time spent on each step, the group's votes, amendments, and attendees' reflections.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_PROFILE = "profiles.id"
_SESSION = "joint_sessions.id"


def upgrade() -> None:
    op.create_table(
        "joint_sessions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("plan_id", sa.String(100), nullable=False),
        sa.Column("plan_version", sa.String(20), nullable=False),
        sa.Column("plan_title", sa.String(200), nullable=False),
        sa.Column("plan_snapshot", sa.JSON, nullable=False),
        sa.Column("held_on", sa.Date, nullable=False),
        sa.Column("place", sa.String(200), nullable=False),
        sa.Column("facilitator_id", sa.Integer, sa.ForeignKey(_PROFILE, ondelete="SET NULL")),
        sa.Column("facilitator_name", sa.String(80), nullable=False),
        sa.Column("co_facilitators", sa.JSON, nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("current_step", sa.Integer, nullable=False),
        sa.Column("step_entered_at", sa.DateTime),
        sa.Column("room_state", sa.JSON, nullable=False),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("ended_at", sa.DateTime),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_joint_sessions_facilitator_id", "joint_sessions", ["facilitator_id"])
    op.create_index("ix_joint_sessions_status_held_on", "joint_sessions", ["status", "held_on"])
    op.create_table(
        "joint_session_attendees",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("session_id", sa.Integer, sa.ForeignKey(_SESSION, ondelete="CASCADE"), nullable=False),
        sa.Column("profile_id", sa.Integer, sa.ForeignKey(_PROFILE, ondelete="SET NULL")),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("side", sa.String(20), nullable=False),
        sa.Column("organisation", sa.String(120), nullable=False),
        sa.Column("role", sa.String(80), nullable=False),
        sa.Column("guest", sa.Boolean, nullable=False),
        sa.Column("stayed_throughout", sa.Boolean, nullable=False),
        sa.Column("added_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_joint_session_attendees_session_id", "joint_session_attendees", ["session_id"])
    op.create_index("ix_joint_session_attendees_profile_id", "joint_session_attendees", ["profile_id"])
    op.create_table(
        "joint_session_steps",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("session_id", sa.Integer, sa.ForeignKey(_SESSION, ondelete="CASCADE"), nullable=False),
        sa.Column("step_index", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("seconds", sa.Integer, nullable=False),
        sa.Column("first_shown_at", sa.DateTime),
        sa.UniqueConstraint("session_id", "step_index", name="uq_joint_session_steps_step"),
    )
    op.create_index("ix_joint_session_steps_session_id", "joint_session_steps", ["session_id"])
    op.create_table(
        "joint_session_votes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("session_id", sa.Integer, sa.ForeignKey(_SESSION, ondelete="CASCADE"), nullable=False),
        sa.Column("step_index", sa.Integer, nullable=False),
        sa.Column("question_id", sa.String(100), nullable=False),
        sa.Column("node_id", sa.String(100), nullable=False),
        sa.Column("prompt", sa.Text, nullable=False),
        sa.Column("options", sa.JSON, nullable=False),
        sa.Column("tallies", sa.JSON, nullable=False),
        sa.Column("agreed", sa.JSON, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("session_id", "step_index", "node_id", name="uq_joint_session_votes_node"),
    )
    op.create_index("ix_joint_session_votes_session_id", "joint_session_votes", ["session_id"])
    op.create_table(
        "joint_session_amendments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("session_id", sa.Integer, sa.ForeignKey(_SESSION, ondelete="CASCADE"), nullable=False),
        sa.Column("profile_id", sa.Integer, sa.ForeignKey(_PROFILE, ondelete="SET NULL")),
        sa.Column("by_name", sa.String(80), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("changes", sa.JSON, nullable=False),
    )
    op.create_index("ix_joint_session_amendments_session_id", "joint_session_amendments", ["session_id"])
    op.create_table(
        "joint_session_reflections",
        sa.Column("session_id", sa.Integer, sa.ForeignKey(_SESSION, ondelete="CASCADE"), primary_key=True),
        sa.Column("profile_id", sa.Integer, sa.ForeignKey(_PROFILE, ondelete="CASCADE"), primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("joint_session_reflections")
    op.drop_index("ix_joint_session_amendments_session_id", "joint_session_amendments")
    op.drop_table("joint_session_amendments")
    op.drop_index("ix_joint_session_votes_session_id", "joint_session_votes")
    op.drop_table("joint_session_votes")
    op.drop_index("ix_joint_session_steps_session_id", "joint_session_steps")
    op.drop_table("joint_session_steps")
    op.drop_index("ix_joint_session_attendees_profile_id", "joint_session_attendees")
    op.drop_index("ix_joint_session_attendees_session_id", "joint_session_attendees")
    op.drop_table("joint_session_attendees")
    op.drop_index("ix_joint_sessions_status_held_on", "joint_sessions")
    op.drop_index("ix_joint_sessions_facilitator_id", "joint_sessions")
    op.drop_table("joint_sessions")
