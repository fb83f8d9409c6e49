"""A conversation keeps what was typed for closing it and not saved (issue 11, after walk 4's
W4 and walk 6's item 24): the lock and the file's closing kept such a draft as a note, but only
the running app remembered it for the closing dialog, so after closing and reopening the file
the dialog started empty. ``interviews.closing_draft`` holds it (JSON) until the conversation
is closed. Existing rows have none: their notes stay as they are.

Revision ID: 0017
Revises: 0016
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A nullable ADD COLUMN: SQLite adds it without rewriting the table.
    op.add_column("interviews", sa.Column("closing_draft", sa.JSON, nullable=True))


def downgrade() -> None:
    # SQLite's own DROP COLUMN, not a batch copy: copying the table would drop the old one, and
    # with foreign keys on that deletes every row that cascades from an interview.
    op.execute("ALTER TABLE interviews DROP COLUMN closing_draft")
