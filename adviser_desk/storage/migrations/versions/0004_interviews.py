"""Interviews: their lines (verbatim, timestamped), checklist ticks and agreements.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "interviews",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "case_id", sa.Integer, sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("with_role", sa.String(20), nullable=False),
        sa.Column(
            "person_id", sa.Integer, sa.ForeignKey("persons.id", ondelete="SET NULL"), nullable=True
        ),
        sa.Column("held_at", sa.DateTime, nullable=False),
        sa.Column("place", sa.String(200), nullable=False, server_default=""),
        sa.Column("present", sa.String(300), nullable=False, server_default=""),
        sa.Column("language", sa.String(2), nullable=False, server_default="nl"),
        sa.Column("status", sa.String(10), nullable=False, server_default="open"),
        sa.Column("agreements", sa.Text, nullable=False, server_default=""),
        sa.Column("wishes", sa.Text, nullable=False, server_default=""),
        sa.Column("closed_at", sa.DateTime, nullable=True),
    )
    op.create_index("ix_interviews_case_id", "interviews", ["case_id"])
    op.create_table(
        "interview_lines",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "interview_id",
            sa.Integer,
            sa.ForeignKey("interviews.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("speaker", sa.String(10), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("findings", sa.JSON, nullable=False),
    )
    op.create_index("ix_interview_lines_interview_id", "interview_lines", ["interview_id"])
    op.create_table(
        "interview_checks",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "interview_id",
            sa.Integer,
            sa.ForeignKey("interviews.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("item_key", sa.String(50), nullable=False),
        sa.Column("ticked_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("interview_id", "item_key"),
    )
    op.create_index("ix_interview_checks_interview_id", "interview_checks", ["interview_id"])


def downgrade() -> None:
    op.drop_table("interview_checks")
    op.drop_table("interview_lines")
    op.drop_table("interviews")
