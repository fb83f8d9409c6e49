"""Evidence: original bytes (stored once per content), items, and their chain of custody.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "evidence_blobs",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("thumbnail", sa.LargeBinary, nullable=True),
    )
    op.create_table(
        "evidence_items",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "case_id", sa.Integer, sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("number", sa.String(12), nullable=False),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("description", sa.Text, nullable=False, server_default=""),
        sa.Column("source", sa.Text, nullable=False, server_default=""),
        sa.Column("observed_at", sa.DateTime, nullable=True),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("collector", sa.String(200), nullable=False),
        sa.Column("app_version", sa.String(40), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=True),
        sa.Column("stored", sa.Boolean, nullable=False, server_default="0"),
        sa.Column("size", sa.Integer, nullable=True),
        sa.Column("mime", sa.String(100), nullable=False, server_default=""),
        sa.Column("width", sa.Integer, nullable=True),
        sa.Column("height", sa.Integer, nullable=True),
        sa.Column("original_name", sa.String(300), nullable=False, server_default=""),
        sa.Column("url", sa.Text, nullable=False, server_default=""),
        sa.Column("platform", sa.String(100), nullable=False, server_default=""),
        sa.Column("handle", sa.String(200), nullable=False, server_default=""),
        sa.Column("message_text", sa.Text, nullable=False, server_default=""),
        sa.Column("sender", sa.String(200), nullable=False, server_default=""),
        sa.Column("sent_at", sa.DateTime, nullable=True),
        sa.Column("contact_details", sa.Text, nullable=False, server_default=""),
        sa.Column("seen_by", sa.Text, nullable=False, server_default=""),
        sa.UniqueConstraint("case_id", "number"),
    )
    op.create_index("ix_evidence_items_case_id", "evidence_items", ["case_id"])
    op.create_index("ix_evidence_items_sha256", "evidence_items", ["sha256"])
    op.create_table(
        "custody_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "item_id",
            sa.Integer,
            sa.ForeignKey("evidence_items.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("receiver", sa.String(200), nullable=False, server_default=""),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_custody_events_item_id", "custody_events", ["item_id"])


def downgrade() -> None:
    op.drop_table("custody_events")
    op.drop_table("evidence_items")
    op.drop_table("evidence_blobs")
