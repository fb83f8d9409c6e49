"""The case search finds what was said in a conversation (issue 11, after walk 7's W7-8): the
adviser's and the student's lines, not the app's own notes. New lines are indexed as they are
added; this indexes the lines already in the file, as services/search_index.index_line does
(a migration does not import the services). The index stays inside the encrypted file.

Revision ID: 0016
Revises: 0015
"""

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "INSERT INTO search_index (rowid, case_id, kind, ref, body) "
        "SELECT l.id * 8 + 6, i.case_id, 'interview', l.id, l.text "
        "FROM interview_lines l JOIN interviews i ON i.id = l.interview_id "
        "WHERE l.speaker IN ('adviser', 'student') AND trim(l.text) != ''"
    )


def downgrade() -> None:
    op.execute("DELETE FROM search_index WHERE kind = 'interview'")
