"""Reading evidence: the rows of a case, originals and thumbnails."""

from __future__ import annotations

import os
from collections.abc import Callable, Collection
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import column, func, insert, literal, or_, select, table, update
from sqlalchemy.orm import Session

from adviser_desk.domain import evidence as de
from adviser_desk.domain.work import (
    CancelRequested,
    never_cancelled,
)
from adviser_desk.services import withheld_match
from adviser_desk.services.evidence_base import (
    PNG_SIGNATURE,
    THUMB_BATCH,
    EvidenceBase,
    _thumbnail_or_empty,
)
from adviser_desk.services.evidence_rows import (
    CustodyRecord,
    ItemRow,
    TakedownRecord,
    item_row,
)
from adviser_desk.storage.models import (
    CustodyEvent,
    EvidenceBlob,
    EvidenceItem,
    EvidenceThumbnail,
    TakedownEvent,
)

# The thumbnail column files older than revision 0008 kept in the original's row. It is not in
# the model (new files do not have it); it is read once per image to fill evidence_thumbnails.
_LEGACY_BLOBS = table("evidence_blobs", column("sha256"), column("thumbnail"))


def _has_legacy_thumbnails(session: Session) -> bool:
    return any(
        row[1] == "thumbnail"
        for row in session.connection().exec_driver_sql("PRAGMA table_info(evidence_blobs)")
    )


class EvidenceQueries(EvidenceBase):
    """Reads: rows, originals, thumbnails; all in deferred transactions."""

    def items(self, case_id: int, limit: int | None = None, after_id: int = 0) -> list[ItemRow]:
        """The rows of a case in list order, in three queries of plain rows (a case can hold
        5,000 items; as ORM objects they took a second and a half to build). ``limit`` and
        ``after_id`` read it in parts: the first screen at once, the rest in the background."""
        with self.case_file.reading() as session:
            query = (
                select(*EvidenceItem.__table__.columns)
                .where(EvidenceItem.case_id == case_id, EvidenceItem.id > after_id)
                .order_by(EvidenceItem.id)
            )
            rows = session.execute(query if limit is None else query.limit(limit)).all()
            if not rows:
                return []
            # The same items: of this case, from the first row read to the last.
            these = (
                EvidenceItem.case_id == case_id,
                EvidenceItem.id.between(rows[0].id, rows[-1].id),
            )
            by_item: dict[int, list[CustodyRecord]] = {}
            for event in session.execute(
                select(*CustodyEvent.__table__.columns)
                .join(EvidenceItem, EvidenceItem.id == CustodyEvent.item_id)
                .where(*these)
                .order_by(CustodyEvent.id)
            ):
                by_item.setdefault(event.item_id, []).append(event)
            takedown: dict[int, list[TakedownRecord]] = {}
            for step in session.execute(
                select(*TakedownEvent.__table__.columns)
                .join(EvidenceItem, EvidenceItem.id == TakedownEvent.item_id)
                .where(*these)
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
                .where(
                    EvidenceItem.case_id == case_id,
                    EvidenceItem.stored.is_(True),
                    withheld_match.not_withheld(),
                )
            )
            return {item_id: thumb for item_id, thumb in rows if thumb}

    def thumbnails_of(self, item_ids: Collection[int]) -> dict[int, bytes]:
        """The small images of the given items (the rows on screen), in one query. Items
        without one (not an image, or not made yet) are left out."""
        if not item_ids:
            return {}
        with self.case_file.reading() as session:
            rows = session.execute(
                select(EvidenceItem.id, EvidenceThumbnail.data)
                .join(EvidenceThumbnail, EvidenceThumbnail.sha256 == EvidenceItem.sha256)
                .where(
                    EvidenceItem.id.in_(list(item_ids)),
                    EvidenceItem.stored.is_(True),
                    withheld_match.not_withheld(),
                )
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
                    # In the list's order, so the rows on top (on screen) get theirs first.
                    .group_by(EvidenceItem.sha256)
                    .order_by(func.min(EvidenceItem.id))
                )
            )

    def make_missing_thumbnails(
        self,
        case_id: int,
        cancelled: CancelRequested = never_cancelled,
        batch_done: Callable[[int, int], None] | None = None,
    ) -> int:
        """Makes the thumbnails intake left for later, those of a file upgraded from before
        revision 0008 (from its old thumbnail column, redone as JPEG), and redoes old PNG
        thumbnails as JPEG; returns how many were made. ``batch_done(done, total)`` follows
        each committed batch, so the list can show them as they come.

        Decoding runs in a small thread pool (Pillow releases the GIL) while this thread reads
        the next originals; each small batch commits on its own, so Cancel loses nothing. An
        image that cannot be decoded gets an empty entry, so it is not tried again."""
        digests = self.missing_thumbnails(case_id)
        made = 0
        workers = max(1, min(4, os.cpu_count() or 1))
        with self.case_file.reading() as session:
            legacy = _has_legacy_thumbnails(session)
        with ThreadPoolExecutor(workers, thread_name_prefix="thumbnails") as pool:
            for first in range(0, len(digests), THUMB_BATCH):
                if cancelled():
                    break
                chunk = digests[first : first + THUMB_BATCH]
                rows = self._thumbnails_for(chunk, legacy, pool)
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
                if batch_done is not None:
                    batch_done(min(first + THUMB_BATCH, len(digests)), len(digests))
        return made

    def _thumbnails_for(
        self, chunk: list[str], legacy: bool, pool: ThreadPoolExecutor
    ) -> list[dict[str, object]]:
        """New thumbnails for one batch: from a small old one where there is one (an old PNG
        in evidence_thumbnails, or the pre-0008 column), else from the original."""
        with self.case_file.reading() as session:
            small: dict[str, bytes] = {
                digest: data
                for digest, data in session.execute(
                    select(EvidenceThumbnail.sha256, EvidenceThumbnail.data).where(
                        EvidenceThumbnail.sha256.in_(chunk)
                    )
                )
                if data
            }
            if legacy:
                for digest, data in session.execute(
                    select(_LEGACY_BLOBS.c.sha256, _LEGACY_BLOBS.c.thumbnail).where(
                        _LEGACY_BLOBS.c.sha256.in_([d for d in chunk if d not in small]),
                        _LEGACY_BLOBS.c.thumbnail.is_not(None),
                    )
                ):
                    if data:
                        small[digest] = bytes(data)
        # Old thumbnails were PNG (four times the bytes of a JPEG): redone from the small PNG.
        futures = {
            digest: pool.submit(_thumbnail_or_empty, data)
            for digest, data in small.items()
            if data[:4] == PNG_SIGNATURE
        }
        made = {digest: data for digest, data in small.items() if digest not in futures}
        made.update({digest: future.result() for digest, future in futures.items()})
        # The rest (and a small one that would not decode) come from the original.
        rest = [digest for digest in chunk if not made.get(digest)]
        if rest:
            with self.case_file.reading() as session:
                originals = [
                    (
                        digest,
                        session.scalar(
                            select(EvidenceBlob.data).where(EvidenceBlob.sha256 == digest)
                        ),
                    )
                    for digest in rest
                ]
            futures = {
                digest: pool.submit(_thumbnail_or_empty, data)
                for digest, data in originals
                if data is not None
            }
            del originals
            made.update({digest: future.result() for digest, future in futures.items()})
        return [{"sha256": digest, "data": made[digest]} for digest in chunk if digest in made]

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
