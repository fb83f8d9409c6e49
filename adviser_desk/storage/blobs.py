"""Who owns a stored original: the one registry the purge reads.

Originals live once per content in ``evidence_blobs`` (two cases holding the same screenshot
share it), so they cannot simply cascade from one owner. Instead every column that refers to a
blob, with the condition under which it holds the bytes, is listed here; a blob nobody lists
is deleted. A table that refers to ``evidence_blobs`` by foreign key must either cascade from
the blob (it is part of it, like a thumbnail) or be listed here: tests/storage check both, so
a new kind of stored file (an interview's audio recording, say) cannot be purged or kept by
accident. The hand-over reads the same registry to know which originals go with a case, so
each owner also says how its row finds its case.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class BlobOwner:
    table: str
    column: str  # holds the blob's sha256
    holds_bytes: str = "1"  # an SQL condition on the row: when it really holds the bytes
    # An SQL expression on the row giving its case's id (a recording would say
    # "(SELECT case_id FROM interviews WHERE id = interview_id)").
    case_of: str = "case_id"


BLOB_OWNERS: tuple[BlobOwner, ...] = (
    # A withheld item keeps only the hash of what it was shown, not the bytes.
    BlobOwner("evidence_items", "sha256", "stored"),
)


def owned_query() -> str:
    # Names and conditions come from the registry above, never from input.
    return " UNION ".join(
        f"SELECT {o.column} FROM {o.table} WHERE {o.column} IS NOT NULL AND ({o.holds_bytes})"  # noqa: S608
        for o in BLOB_OWNERS
    )


def delete_unowned(session: Session) -> int:
    """Deletes every original that no owner holds any more (its thumbnail cascades with it);
    returns how many went."""
    result = session.execute(
        text(f"DELETE FROM evidence_blobs WHERE sha256 NOT IN ({owned_query()})")  # noqa: S608
    )
    return int(getattr(result, "rowcount", 0) or 0)


def case_blobs(session: Session, case_ids: list[int]) -> list[str]:
    """Every original the given cases hold (by any registered owner), each once, sorted."""
    if not case_ids:
        return []
    ids = ",".join(str(int(case_id)) for case_id in case_ids)  # integers only, never input
    query = " UNION ".join(
        f"SELECT {o.column} FROM {o.table} WHERE {o.column} IS NOT NULL AND ({o.holds_bytes}) "  # noqa: S608
        f"AND ({o.case_of}) IN ({ids})"
        for o in BLOB_OWNERS
    )
    return sorted(str(digest) for digest in session.scalars(text(query)))
