"""Thumbnails in their own table, and the evidence log's own custody record.

Thumbnails lived in the same row as the original, after it, so reading one walked the whole
original's overflow pages: a 5,000-item case took seconds to show its list. In their own
table the list reads only the small images.

The table starts empty. Copying the old thumbnails here walked every original (20 s for a
2 GB file on an idle machine, minutes on a busy one) while the adviser waited at the unlock;
the evidence list fills the table in the background instead, from the old column (and redoes
those PNGs as JPEG, which it had to do anyway), see EvidenceQueries.make_missing_thumbnails.

Printing the evidence log used to add a "printed" line to every item; it now adds one row for
the log itself. Earlier "printed" lines become one such row per printed PDF (its SHA-256 was
in each line's note), so no record is lost.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_NOTE_PREFIX = "evidence log sha256 "


def upgrade() -> None:
    op.create_table(
        "evidence_thumbnails",
        sa.Column(
            "sha256",
            sa.String(64),
            sa.ForeignKey("evidence_blobs.sha256", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )
    # The old column stays: dropping it rewrites every original (about 6 minutes for a 2 GB
    # file, measured), while its bytes cost a few percent of the file and go with their
    # original when it is purged. It is read once per image to fill evidence_thumbnails; new
    # rows leave it empty.
    op.create_table(
        "evidence_log_prints",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "case_id", sa.Integer, sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("items", sa.Integer, nullable=False),
        sa.Column("verification", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_evidence_log_prints_case_id", "evidence_log_prints", ["case_id"])
    op.execute(
        "INSERT INTO evidence_log_prints (case_id, at, actor, sha256, items, verification) "
        f"SELECT i.case_id, MIN(c.at), c.actor, substr(c.note, {len(_NOTE_PREFIX) + 1}), "
        "COUNT(*), '' FROM custody_events c JOIN evidence_items i ON i.id = c.item_id "
        f"WHERE c.action = 'printed' AND c.note LIKE '{_NOTE_PREFIX}%' "
        "GROUP BY i.case_id, c.note, c.actor ORDER BY MIN(c.at)"
    )
    op.execute(
        f"DELETE FROM custody_events WHERE action = 'printed' AND note LIKE '{_NOTE_PREFIX}%'"
    )


def downgrade() -> None:
    op.drop_table("evidence_log_prints")
    op.execute(
        "UPDATE evidence_blobs SET thumbnail = "
        "(SELECT data FROM evidence_thumbnails t WHERE t.sha256 = evidence_blobs.sha256)"
    )
    op.drop_table("evidence_thumbnails")
