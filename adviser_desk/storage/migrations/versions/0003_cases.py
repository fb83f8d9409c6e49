"""Cases, people and their roles, tasks, notes, the case timeline and the search index.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("profile") as batch:
        batch.add_column(
            sa.Column("retention_years", sa.Integer, nullable=False, server_default="2")
        )
    op.create_table(
        "persons",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("email", sa.String(200), nullable=False, server_default=""),
        sa.Column("phone", sa.String(50), nullable=False, server_default=""),
        sa.Column("school", sa.String(200), nullable=False, server_default=""),
        sa.Column("class_name", sa.String(50), nullable=False, server_default=""),
        sa.Column("attends_this_school", sa.Boolean, nullable=False, server_default="1"),
    )
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("number", sa.String(16), nullable=False, unique=True),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("description", sa.Text, nullable=False, server_default=""),
        sa.Column("status", sa.String(20), nullable=False, server_default="open"),
        sa.Column("opened_on", sa.Date, nullable=False),
        sa.Column("closed_on", sa.Date, nullable=True),
        sa.Column("incident_types", sa.JSON, nullable=False),
        sa.Column("platforms", sa.JSON, nullable=False),
        sa.Column("images", sa.String(20), nullable=False, server_default="unknown"),
        sa.Column("reach", sa.String(20), nullable=False, server_default="unknown"),
        sa.Column("still_spreading", sa.Boolean, nullable=True),
        sa.Column("offence_suspected", sa.Boolean, nullable=True),
        sa.Column("police_consulted", sa.Boolean, nullable=True),
        sa.Column("police_report", sa.String(20), nullable=False, server_default="none"),
        sa.Column("police_report_by", sa.String(200), nullable=False, server_default=""),
        sa.Column("psychological_help", sa.Boolean, nullable=True),
        sa.Column("media_expected", sa.Boolean, nullable=True),
        sa.Column("escalation", sa.String(30), nullable=False, server_default="none"),
        sa.Column(
            "contact_person_id",
            sa.Integer,
            sa.ForeignKey("persons.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("may_tell", sa.JSON, nullable=False),
        sa.Column("publicity", sa.String(20), nullable=False, server_default="undecided"),
        sa.Column("secrecy_statement", sa.Text, nullable=False, server_default=""),
        sa.Column("retention_years", sa.Integer, nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        # Kept up to date by the services so the case list needs no scan of all tasks.
        sa.Column("open_tasks", sa.Integer, nullable=False, server_default="0"),
        sa.Column("first_open_due", sa.Date, nullable=True),
    )
    op.create_index("ix_cases_status", "cases", ["status"])
    op.create_table(
        "case_people",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "case_id", sa.Integer, sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "person_id",
            sa.Integer,
            sa.ForeignKey("persons.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("anonymous", sa.Boolean, nullable=False, server_default="0"),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.UniqueConstraint("case_id", "person_id", "role"),
    )
    op.create_index("ix_case_people_case_id", "case_people", ["case_id"])
    op.create_index("ix_case_people_person_id", "case_people", ["person_id"])
    op.create_table(
        "tasks",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "case_id", sa.Integer, sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("item_key", sa.String(100), nullable=True),
        sa.Column("section", sa.String(50), nullable=False, server_default="own"),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("assignee_role", sa.String(50), nullable=False, server_default=""),
        sa.Column(
            "assignee_person_id",
            sa.Integer,
            sa.ForeignKey("persons.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("due_on", sa.Date, nullable=True),
        sa.Column("status", sa.String(20), nullable=False, server_default="open"),
        sa.Column("done_at", sa.DateTime, nullable=True),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("na_reason", sa.Text, nullable=False, server_default=""),
        sa.Column("referrals", sa.JSON, nullable=False),
        sa.Column("warning", sa.Boolean, nullable=False, server_default="0"),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_index("ix_tasks_case_id", "tasks", ["case_id"])
    op.create_index("ix_tasks_status_case_due", "tasks", ["status", "case_id", "due_on"])
    op.create_table(
        "notes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "case_id", sa.Integer, sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("observed_at", sa.DateTime, nullable=True),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_index("ix_notes_case_id", "notes", ["case_id"])
    op.create_table(
        "case_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "case_id", sa.Integer, sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("observed_at", sa.DateTime, nullable=True),
        sa.Column("kind", sa.String(50), nullable=False),
        sa.Column("details", sa.JSON, nullable=False),
    )
    op.create_index("ix_case_events_case_id", "case_events", ["case_id"])
    # Full-text search lives inside the encrypted file like every other table; its shadow
    # tables are ordinary (encrypted) pages and temp_store=MEMORY keeps sorting off the disk.
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "case_id UNINDEXED, kind UNINDEXED, ref UNINDEXED, body, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )


def downgrade() -> None:
    op.execute("DROP TABLE search_index")
    for table in ("case_events", "notes", "tasks", "case_people", "cases", "persons"):
        op.drop_table(table)
    with op.batch_alter_table("profile") as batch:
        batch.drop_column("retention_years")
