"""The case search finds evidence too (walk 7, W7-8): its description, web address, account
and sender. New items are indexed when they are recorded; this indexes the items already in
the file, with the same columns as services/search_index.index_evidence (a migration does not
import the services).

Revision ID: 0015
Revises: 0014
"""

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

_BODY = "trim(description || ' ' || url || ' ' || handle || ' ' || sender)"


def upgrade() -> None:
    op.execute(
        "INSERT INTO search_index (rowid, case_id, kind, ref, body) "
        f"SELECT id * 8 + 5, case_id, 'evidence', id, {_BODY} FROM evidence_items "
        f"WHERE {_BODY} != ''"
    )


def downgrade() -> None:
    op.execute("DELETE FROM search_index WHERE kind = 'evidence'")
