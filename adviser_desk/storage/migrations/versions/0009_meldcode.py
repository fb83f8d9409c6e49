"""The Meldcode record of a case: one row per step (five steps, two decisions in step 5).

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meldcode_entries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "case_id", sa.Integer, sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("step", sa.String(30), nullable=False),
        sa.Column("done_on", sa.Date, nullable=False),
        sa.Column("by", sa.String(200), nullable=False),
        sa.Column("answer", sa.String(40), nullable=False, server_default=""),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("recorded_by", sa.String(200), nullable=False),
        sa.UniqueConstraint("case_id", "step"),
    )
    op.create_index("ix_meldcode_entries_case_id", "meldcode_entries", ["case_id"])


def downgrade() -> None:
    op.drop_index("ix_meldcode_entries_case_id", "meldcode_entries")
    op.drop_table("meldcode_entries")
