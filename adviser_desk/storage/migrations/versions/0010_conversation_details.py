"""What a conversation records beyond the victim's interview: the student's age band (which
tunes the guide's wording) and, from the closing, the follow-up tasks and who may be told, so
the printed record can name them (before, they went into the case only).

Earlier conversations keep an empty age band (the guide's base wording), no follow-up list and
no "may be told" (NULL: not recorded in this conversation, as distinct from "nobody").

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs: SQLite adds them without rewriting the table.
    op.add_column(
        "interviews", sa.Column("age_band", sa.String(20), nullable=False, server_default="")
    )
    op.add_column(
        "interviews", sa.Column("follow_up", sa.JSON, nullable=False, server_default="[]")
    )
    op.add_column("interviews", sa.Column("may_tell", sa.JSON, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("interviews") as batch:
        batch.drop_column("may_tell")
        batch.drop_column("follow_up")
        batch.drop_column("age_band")
