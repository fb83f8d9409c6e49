"""Each recorded copy of the evidence log says whether it was printed or saved as PDF (walk 14,
W14-10: a log saved as PDF was later listed as "printed" in the log's own custody section, and
the timeline and audit said "printed or saved"). ``evidence_log_prints.how`` is "printed" or
"saved"; rows made before this revision keep "" (it was not recorded which it was), shown as
"printed or saved as PDF".

Revision ID: 0019
Revises: 0018
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ADD COLUMN with a constant default: SQLite adds it without rewriting the table.
    op.add_column(
        "evidence_log_prints",
        sa.Column("how", sa.String(10), nullable=False, server_default=""),
    )


def downgrade() -> None:
    # SQLite's own DROP COLUMN, not a batch copy (a copy would drop and recreate the table).
    op.execute("ALTER TABLE evidence_log_prints DROP COLUMN how")
