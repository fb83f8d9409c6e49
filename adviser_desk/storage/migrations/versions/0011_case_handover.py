"""Hand-over of cases between case files: the sender's "handed over" state (to whom, when),
and on the receiving side where a case came from and the number it had there.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# Plain ADD COLUMNs: SQLite adds them without rewriting the table (a 2 GB file upgrades at once).
_COLUMNS = (
    sa.Column("handed_over_at", sa.DateTime, nullable=True),
    sa.Column("handed_over_to", sa.String(300), nullable=False, server_default=""),
    sa.Column("received_at", sa.DateTime, nullable=True),
    sa.Column("received_from", sa.String(300), nullable=False, server_default=""),
    sa.Column("previous_number", sa.String(16), nullable=False, server_default=""),
    sa.Column("origin", sa.String(120), nullable=False, server_default=""),
)


def upgrade() -> None:
    for column in _COLUMNS:
        op.add_column("cases", column)
    op.create_index("ix_cases_origin", "cases", ["origin"])


def downgrade() -> None:
    op.drop_index("ix_cases_origin", "cases")
    # SQLite's own DROP COLUMN, not a batch copy: copying ``cases`` into a new table would drop
    # the old one, and with foreign keys on that deletes every row that cascades from a case.
    for column in reversed(_COLUMNS):
        op.execute(f"ALTER TABLE cases DROP COLUMN {column.name}")
