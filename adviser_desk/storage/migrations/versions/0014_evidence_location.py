"""Where an evidence item is, apart from who provided it (walk 6, W6-4).

``source`` ("Provided by / how") also held "Where it is" for an image deliberately not kept,
so the list, the record and the log showed who provided a stored image as where it is online
once its original was removed. Where it is now has its own column, ``location``.

Existing rows: an item recorded as not kept at intake (kind ``withheld`` with no "withheld"
custody event) had only "Where it is" in ``source`` (intake wrote it there and nothing else),
so that moves to ``location`` unchanged. An item stored first and removed later keeps its
``source``: it is what was typed as "Provided by / how", except when the removal came from
the "already stored" offer with a typed "Where it is", which overwrote it; the file holds no
trace of which, so those rows are left as they are rather than guessed at.

Revision ID: 0014
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

_DESCRIBED_AT_INTAKE = (
    "kind = 'withheld' AND NOT EXISTS (SELECT 1 FROM custody_events c "
    "WHERE c.item_id = evidence_items.id AND c.action = 'withheld')"
)


def upgrade() -> None:
    # A plain ADD COLUMN with a constant default: SQLite adds it without rewriting the table.
    op.add_column(
        "evidence_items", sa.Column("location", sa.Text, nullable=False, server_default="")
    )
    op.execute(
        f"UPDATE evidence_items SET location = source, source = '' WHERE {_DESCRIBED_AT_INTAKE}"
    )


def downgrade() -> None:
    # Older versions read "Where it is" of an item not kept from ``source``.
    op.execute(
        "UPDATE evidence_items SET source = location "
        "WHERE kind = 'withheld' AND location != ''"
    )
    # SQLite's own DROP COLUMN, not a batch copy: copying the table would drop the old one, and
    # with foreign keys on that deletes every row that cascades from an item.
    op.execute("ALTER TABLE evidence_items DROP COLUMN location")
