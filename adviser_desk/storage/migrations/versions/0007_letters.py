"""Letters: saved versions of drafted letters and their printed or exported outputs; the
school's address, place and logo for the letterhead.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("profile", sa.Column("school_address", sa.Text, nullable=False, server_default=""))
    op.add_column(
        "profile", sa.Column("school_place", sa.String(100), nullable=False, server_default="")
    )
    op.add_column("profile", sa.Column("school_logo", sa.LargeBinary, nullable=True))
    op.create_table(
        "letters",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "case_id", sa.Integer, sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("language", sa.String(5), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_letters_case_id", "letters", ["case_id"])
    op.create_table(
        "letter_versions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "letter_id",
            sa.Integer,
            sa.ForeignKey("letters.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("saved_at", sa.DateTime, nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("html", sa.Text, nullable=False),
        sa.Column("checked", sa.Boolean, nullable=False, server_default="0"),
        sa.UniqueConstraint("letter_id", "number"),
    )
    op.create_table(
        "letter_outputs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "version_id",
            sa.Integer,
            sa.ForeignKey("letter_versions.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
    )
    op.create_index("ix_letter_outputs_version_id", "letter_outputs", ["version_id"])


def downgrade() -> None:
    op.drop_table("letter_outputs")
    op.drop_table("letter_versions")
    op.drop_table("letters")
    with op.batch_alter_table("profile") as batch:
        batch.drop_column("school_logo")
        batch.drop_column("school_place")
        batch.drop_column("school_address")
