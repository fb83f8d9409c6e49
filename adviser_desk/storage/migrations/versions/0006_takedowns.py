"""Takedown tracking for web addresses: reports to a platform, Helpwanted or Stop Online
Shaming, and status checks (online, removed, reappeared) with the re-check task they planned.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "takedown_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "item_id",
            sa.Integer,
            sa.ForeignKey("evidence_items.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("happened_on", sa.Date, nullable=False),
        sa.Column("action", sa.String(12), nullable=False),
        sa.Column("channel", sa.String(30), nullable=False, server_default=""),
        sa.Column("status", sa.String(12), nullable=False, server_default=""),
        sa.Column("reference", sa.Text, nullable=False, server_default=""),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("recheck_on", sa.Date, nullable=True),
        sa.Column(
            "recheck_task_id",
            sa.Integer,
            sa.ForeignKey("tasks.id", ondelete="SET NULL"),
            nullable=True,
        ),
    )
    op.create_index("ix_takedown_events_item_id", "takedown_events", ["item_id"])


def downgrade() -> None:
    op.drop_table("takedown_events")
