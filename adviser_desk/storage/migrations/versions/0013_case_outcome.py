"""How a closed case ended: one outcome per case, for the annual report's "how they ended".

Cases written before it (closed ones too) read as "not_recorded": nobody recorded how they
ended, and the report says so instead of guessing.

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN with a constant default: SQLite adds it without rewriting the table.
    op.add_column(
        "cases",
        sa.Column("outcome", sa.String(30), nullable=False, server_default="not_recorded"),
    )


def downgrade() -> None:
    # SQLite's own DROP COLUMN, not a batch copy: copying ``cases`` into a new table would drop
    # the old one, and with foreign keys on that deletes every row that cascades from a case.
    op.execute("ALTER TABLE cases DROP COLUMN outcome")
