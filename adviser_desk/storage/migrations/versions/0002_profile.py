"""Profile of the adviser and school, printed on reports.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "profile",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("adviser_name", sa.String(200), nullable=False, server_default=""),
        sa.Column("school_name", sa.String(200), nullable=False, server_default=""),
    )


def downgrade() -> None:
    op.drop_table("profile")
