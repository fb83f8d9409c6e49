"""Each stored item says whether the adviser answered the question about minors for it (walk G,
finding 2: a case that became an exposing case held photos and films stored without the
question, and nothing said so). ``evidence_items.minor_answer``: "no" when the adviser answered
"no" at intake (or for the batch on the command line), "pending" while a stored file waits for
the answer because its case gained a sexual type after it was stored, "" when it was not asked
(or for items made before this revision: not recorded).

Revision ID: 0020
Revises: 0019
"""

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ADD COLUMN with a constant default: SQLite adds it without rewriting the table.
    op.add_column(
        "evidence_items",
        sa.Column("minor_answer", sa.String(8), nullable=False, server_default=""),
    )


def downgrade() -> None:
    # SQLite's own DROP COLUMN, not a batch copy (a copy would drop and recreate the table).
    op.execute("ALTER TABLE evidence_items DROP COLUMN minor_answer")
