"""Advisers: everyone with their own password slot in the key file; and who held each
interview (its record names them).

Left empty here: a key file can only be read with a password, so the advisers of an existing
file are added at its next unlock (the first under the profile's name).

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "advisers",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, server_default=""),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("last_unlocked_at", sa.DateTime(), nullable=True),
        sa.Column("public_key", sa.LargeBinary(), nullable=True),
    )
    # A plain ADD COLUMN: SQLite adds it without rewriting the table.
    op.add_column("interviews", sa.Column("held_by", sa.String(200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("interviews") as batch:
        batch.drop_column("held_by")
    op.drop_table("advisers")
