"""Reading evidence: the rows of a case, originals and thumbnails."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import func, insert, literal, or_, select, update

from adviser_desk.domain import evidence as de
from adviser_desk.domain.work import (
    CancelRequested,
    never_cancelled,
)
from adviser_desk.services.evidence_base import (
    PNG_SIGNATURE,
    THUMB_BATCH,
    EvidenceBase,
    _thumbnail_or_empty,
)
from adviser_desk.services.evidence_rows import ItemRow, item_row
from adviser_desk.storage.models import (
    CustodyEvent,
    EvidenceBlob,
    EvidenceItem,
    EvidenceThumbnail,
    TakedownEvent,
)


class EvidenceQueries(EvidenceBase):
    """Reads: rows, originals, thumbnails; all in deferred transactions."""

    def items(self, case_id: int) -> list[ItemRow]:
        with self.case_file.reading() as session:
            rows = session.scalars(
                select(EvidenceItem)
                .where(EvidenceItem.case_id == case_id)
                .order_by(EvidenceItem.id)
            ).all()
            # One query for all custody events: a case can hold a thousand items.
            by_item: dict[int, list[CustodyEvent]] = {}
            for event in session.scalars(
                select(CustodyEvent)
                .join(EvidenceItem, EvidenceItem.id == CustodyEvent.item_id)
                .where(EvidenceItem.case_id == case_id)
                .order_by(CustodyEvent.id)
            ):
                by_item.setdefault(event.item_id, []).append(event)
            takedown: dict[int, list[TakedownEvent]] = {}
            for step in session.scalars(
                select(TakedownEvent)
                .join(EvidenceItem, EvidenceItem.id == TakedownEvent.item_id)
                .where(EvidenceItem.case_id == case_id)
                .order_by(TakedownEvent.happened_on, TakedownEvent.id)
            ):
                takedown.setdefault(step.item_id, []).append(step)
            return [item_row(session, item, by_item, takedown) for item in rows]

    def thumbnails(self, case_id: int) -> dict[int, bytes]:
        """The small images of a case's stored images, by item id, in one query (their own
        table: no original is read)."""
        with self.case_file.reading() as session:
            rows = session.execute(
                select(EvidenceItem.id, EvidenceThumbnail.data)
                .join(EvidenceThumbnail, EvidenceThumbnail.sha256 == EvidenceItem.sha256)
                .where(EvidenceItem.case_id == case_id, EvidenceItem.stored.is_(True))
            )
            return {item_id: thumb for item_id, thumb in rows if thumb}

    def missing_thumbnails(self, case_id: int) -> list[str]:
        """Digests of the case's stored images that have no thumbnail yet (PNGs are stored
        first and get theirs afterwards), or still the PNG thumbnail of a file written before
        revision 0008 (four times the bytes of the JPEG the list and the log now read)."""
        with self.case_file.reading() as session:
            return list(
                session.scalars(
                    select(EvidenceItem.sha256)
                    .distinct()
                    .outerjoin(EvidenceThumbnail, EvidenceThumbnail.sha256 == EvidenceItem.sha256)
                    .where(
                        EvidenceItem.case_id == case_id,
                        EvidenceItem.stored.is_(True),
                        EvidenceItem.kind == de.EvidenceKind.IMAGE.value,
                        EvidenceItem.sha256.is_not(None),
                        or_(
                            EvidenceThumbnail.sha256.is_(None),
                            func.substr(EvidenceThumbnail.data, 1, 4) == literal(PNG_SIGNATURE),
                        ),
                    )
                )
            )

    def make_missing_thumbnails(
        self, case_id: int, cancelled: CancelRequested = never_cancelled
    ) -> int:
        """Makes the thumbnails intake left for later (and redoes old PNG thumbnails as JPEG,
        from the PNG itself); returns how many were made.

        Decoding runs in a small thread pool (Pillow releases the GIL) while this thread reads
        the next originals; each small batch commits on its own, so Cancel loses nothing. An
        image that cannot be decoded gets an empty entry, so it is not tried again."""
        digests = self.missing_thumbnails(case_id)
        made = 0
        workers = max(1, min(4, os.cpu_count() or 1))
        with ThreadPoolExecutor(workers, thread_name_prefix="thumbnails") as pool:
            for first in range(0, len(digests), THUMB_BATCH):
                if cancelled():
                    break
                chunk = digests[first : first + THUMB_BATCH]
                with self.case_file.reading() as session:
                    old: dict[str, bytes] = {
                        digest: data
                        for digest, data in session.execute(
                            select(EvidenceThumbnail.sha256, EvidenceThumbnail.data).where(
                                EvidenceThumbnail.sha256.in_(chunk)
                            )
                        )
                    }
                    sources = [
                        (
                            digest,
                            old.get(digest)
                            or session.scalar(
                                select(EvidenceBlob.data).where(EvidenceBlob.sha256 == digest)
                            ),
                        )
                        for digest in chunk
                    ]
                futures = [
                    (digest, pool.submit(_thumbnail_or_empty, data))
                    for digest, data in sources
                    if data is not None
                ]
                rows = [{"sha256": digest, "data": future.result()} for digest, future in futures]
                del sources, futures
                with self.case_file.transaction() as session:
                    # Another window (or a second run) may have made some meanwhile.
                    current: dict[str, bytes] = {
                        digest: data
                        for digest, data in session.execute(
                            select(EvidenceThumbnail.sha256, EvidenceThumbnail.data).where(
                                EvidenceThumbnail.sha256.in_([r["sha256"] for r in rows])
                            )
                        )
                    }
                    new = [r for r in rows if r["sha256"] not in current]
                    if new:
                        session.execute(insert(EvidenceThumbnail), new)
                    redone = [
                        r
                        for r in rows
                        if r["data"] and current.get(str(r["sha256"]), b"")[:4] == PNG_SIGNATURE
                    ]
                    for row in redone:
                        session.execute(
                            update(EvidenceThumbnail)
                            .where(EvidenceThumbnail.sha256 == row["sha256"])
                            .values(data=row["data"])
                        )
                made += len(new) + len(redone)
        return made

    def original(self, item_id: int) -> bytes:
        """The stored bytes, for showing inside the app (never written to a temp file)."""
        with self.case_file.reading() as session:
            item = session.get(EvidenceItem, item_id)
            if item is None or not item.stored or item.sha256 is None:
                return b""
            blob = session.get(EvidenceBlob, item.sha256)
            return b"" if blob is None else blob.data

    def thumbnail(self, item_id: int) -> bytes:
        """The small image made at intake or after it (kept only inside the encrypted file)."""
        with self.case_file.reading() as session:
            item = session.get(EvidenceItem, item_id)
            if item is None or not item.stored or item.sha256 is None:
                return b""
            return (
                session.scalar(
                    select(EvidenceThumbnail.data).where(EvidenceThumbnail.sha256 == item.sha256)
                )
                or b""
            )

    def count(self, case_id: int) -> int:
        with self.case_file.reading() as session:
            return int(
                session.scalar(select(func.count()).where(EvidenceItem.case_id == case_id)) or 0
            )
