"""An item whose stored original was removed waits no more for the question about minors (walk J,
finding 10). Removing an original after its case became a sexual case left ``minor_answer``
"pending" on the record that stayed, and an Undo then named it as still waiting, though there is
nothing stored to ask about. The removal now clears it; this clears it in files made before.

Revision ID: 0021
Revises: 0020
"""

from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "UPDATE evidence_items SET minor_answer = '' WHERE stored = 0 AND minor_answer = 'pending'"
    )


def downgrade() -> None:
    # Nothing to put back: "pending" on a record with nothing stored was never true.
    pass
