"""The case search finds a message's own text (walk 10, W10-4: "50 euro", from the message
"Als je niet 50 euro stuurt…", found nothing, while its description and sender were found).
New items are indexed with it (services/search_index.EVIDENCE_COLUMNS); this indexes the
messages already in the file again, with the same columns (a migration does not import the
services). The index stays inside the encrypted file.

Revision ID: 0018
Revises: 0017
"""

from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

_BEFORE = "trim(description || ' ' || url || ' ' || handle || ' ' || sender)"
_NOW = "trim(description || ' ' || url || ' ' || handle || ' ' || sender || ' ' || message_text)"


def _reindex(body: str) -> None:
    op.execute(
        "DELETE FROM search_index WHERE rowid IN "
        "(SELECT id * 8 + 5 FROM evidence_items WHERE message_text != '')"
    )
    op.execute(
        "INSERT INTO search_index (rowid, case_id, kind, ref, body) "
        f"SELECT id * 8 + 5, case_id, 'evidence', id, {body} FROM evidence_items "
        f"WHERE message_text != '' AND {body} != ''"
    )


def upgrade() -> None:
    _reindex(_NOW)


def downgrade() -> None:
    _reindex(_BEFORE)
