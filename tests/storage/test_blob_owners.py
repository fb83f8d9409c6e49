"""The purge deletes an original only when no registered owner holds it any more; these
checks keep the registry complete as the schema grows."""

from __future__ import annotations

from adviser_desk.storage.blobs import BLOB_OWNERS
from adviser_desk.storage.models import Base


def test_every_foreign_key_to_a_blob_is_an_owner_or_part_of_the_blob() -> None:
    owners = {(o.table, o.column) for o in BLOB_OWNERS}
    referring = [
        (table.name, column.name, fk.ondelete)
        for table in Base.metadata.tables.values()
        for column in table.columns
        for fk in column.foreign_keys
        if fk.column.table.name == "evidence_blobs"
    ]
    assert referring, "the thumbnails at least refer to their original"
    for table, column, ondelete in referring:
        # Part of the blob (a thumbnail): goes with it. Otherwise it must be a listed owner,
        # or the purge would delete bytes it still needs.
        assert ondelete == "CASCADE" or (table, column) in owners, (table, column)


def test_every_registered_owner_exists_in_the_schema() -> None:
    for owner in BLOB_OWNERS:
        table = Base.metadata.tables[owner.table]
        assert owner.column in table.columns, owner
